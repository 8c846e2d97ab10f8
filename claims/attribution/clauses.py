"""Subjects shared across a sentence's clauses: a cue that opens a second predicate after the
first clause's comma, a cue joined by "và" to an earlier verb (`conj` in the parse), a second
clause with no subject of its own. `subjects.subject_before` asks these when the stretch right
before the cue holds no subject of its own."""
from __future__ import annotations

from .noun_phrases import np_candidate
from .patterns import named_then_described, starts_with_any, strip_words
from .types import Candidate


def _opener(art, stretch: str) -> bool:
    """The sentence's first stretch is an opener, not a subject with an apposition after it, when
    it names no one and reads as no noun phrase: "Đối đáp tại tòa, đại diện VKSND ... giữ nguyên
    quan điểm, khẳng định ..." (a participial clause the tagger may read as nouns)."""
    words = stretch.split()
    return len(words) <= 6 and not any(w[:1].isupper() for w in words[1:]) \
        and np_candidate(art, stretch.strip(), is_last=False) is None


def conj_subject(art, text: str, cue_start: int, lo: int = 0) -> Candidate | None:
    """"Bộ Công an đã vào cuộc điều tra và khẳng định ...": a cue the parse joins by "và" to an
    earlier verb of the clause (`conj`) shares that verb's subject, the `nsubj` subtree before it.
    Only verb-only cues ("khẳng định", "cho biết"), a mention with a head the tables place, in the
    same stretch (no comma between it and the cue); asked when the walk back finds no subject."""
    parsed = art.s[art._si].parsed if art._si is not None else None
    if parsed is None:
        return None
    toks = parsed.tokens
    k = next((i for i, t in enumerate(toks) if t.start == cue_start), None)
    cue = " ".join(text[cue_start:].split()[:2]).lower()
    if k is None or not (any(c in art.lex.VERB_ONLY_CUES for c in (cue, cue.split()[0] if cue else ""))
                         or (toks[k].upos == "VERB" and toks[k].text.lower() in art.lex.CUES_ALSO_NOUNS)):
        # ("xác minh người quay và đăng tải video": who posted is the man filmed, a verb that may
        # take either; "tuyên bố" the parse reads as a verb is one)
        return None
    if k is None or k == 0 or toks[k].deprel != "conj" or toks[k - 1].text.lower() != "và" or not toks[k].head:
        return None
    h, chain = toks[k].head - 1, [k]
    if not 0 <= h < k or toks[h].upos != "VERB":
        return None
    subj = nsubj_of(toks, h)
    while subj is None and toks[h].deprel == "conj" and 0 <= toks[h].head - 1 < h \
            and toks[toks[h].head - 1].upos == "VERB":
        # "Bà Mai đứng dậy, cầm micro và khẳng định ...": a chain of coordinated verbs, the
        # first holding the subject
        chain.append(h)
        h = toks[h].head - 1
        subj = nsubj_of(toks, h)
    if subj is None:
        return None
    under = [i for i in range(h) if _under(toks, i, subj)]
    first, last = min(under), max(under)  # (head-first: "Công ty" then "Hòa Phát" hangs on it)
    if toks[first].start < lo or not _commas_open_chain(toks, text, first, k, chain):
        return None
    c = np_candidate(art, text[toks[first].start:toks[last].end], is_last=False)
    return c if c is not None and c.stype in ("person", "organization", "anonymous", "title", "media") else None


def nsubj_of(toks, h: int) -> int | None:
    """The token heading the subject of verb `h` (0-based), from the part before it."""
    return next((i for i in range(h) if toks[i].head == h + 1 and (toks[i].deprel or "").startswith("nsubj")), None)


def _commas_open_chain(toks, text: str, first: int, k: int, chain: list[int]) -> bool:
    """No comma between the subject and the cue, or each one right before a verb of the chain
    (", cầm micro và khẳng định"): a comma elsewhere may close an aside with a subject of its own."""
    for i in range(first, k):
        if toks[i].text == "," and (i + 1 not in chain or i + 1 >= k):
            return False
    return "," not in text[toks[first].start:toks[first].end]


def _under(toks, i: int, root: int) -> bool:
    """Whether token i is in the subtree of token `root` (0-based indices)."""
    seen = 0
    while i != root and seen < len(toks):
        head = toks[i].head
        if not head:
            return False
        i, seen = head - 1, seen + 1
    return i == root


def subject_of_clause_before(art, segs: list[tuple[str, int]], text: str) -> Candidate | None:
    """"Không ít bình luận bênh vực nhà trường, cho rằng ...": a cue right after the comma that
    ends the sentence's first clause is that clause's second predicate, and its subject speaks.
    Only the first clause (after openers such as "Ở chiều ngược lại,"): a later one is an aside."""
    if len(segs) < 2:
        return None
    seg, off = segs[-2]
    parsed = art.s[art._si].parsed if art._si is not None else None
    if parsed is None:
        return None
    last = segs[-1][0].strip().lower()
    if last and last not in art.lex.MANNER_WORDS:
        return None  # (", chậm rãi nói": only how the second predicate is said; not ", không nói gì")
    for k, (before, at) in enumerate(segs[:-2]):
        first = next((t for t in parsed.tokens if t.start >= at + len(before) - len(before.lstrip())), None)
        if before.strip() and not starts_with_any(before.strip(), art.lex.LEADING_ADVERBIALS) \
                and not (first is not None and first.upos == "ADP") and not (k == 0 and _opener(art, before)):
            return None  # "Ông A, người từng làm ở đây, kể": an apposition, not a first clause
    for tok in parsed.tokens:
        if tok.start <= off or tok.end > off + len(seg) or tok.upos != "VERB" or not tok.text[:1].islower():
            continue
        low = tok.text.lower()
        if low in np_words(art) or low in art.lex.PRE_CUE_ADVERBS or art.rx["cue"].fullmatch(tok.text):
            continue
        if low in art.lex.NON_CUE_MENTAL:
            return None  # "X đề nghị ..., nêu rõ": a request, not a second statement
        # ("Ông Khoa không đồng tình, nói ...": a negation or an adverb before the first verb is no part of who)
        subject = _one_adverb_off(text[off:tok.start].strip(), art.lex)
        if not subject or starts_with_any(subject, art.lex.SUBORDINATORS):
            return None
        c = np_candidate(art, subject, is_last=False)
        # (after a gesture and how it was said, "Ông lão tựa lưng ..., thong thả nói", a title or
        # pronoun is the subject too)
        kinds = ("person", "organization", "media", "anonymous") + (("title", "pronoun") if last.strip() else ())
        return c if c is not None and c.stype in kinds else None
    return None


def _one_adverb_off(subject: str, lex) -> str:
    """The subject without the one negation or adverb before its first verb ("Ông Khoa không" ->
    "Ông Khoa"), taken off once: "Cục Hàng không chưa" keeps its name's "không"."""
    low = subject.lower()
    for w in sorted(set(lex.NEGATIONS) | set(lex.PRE_CUE_ADVERBS), key=len, reverse=True):
        if low.endswith(" " + w):
            return subject[:len(subject) - len(w)].rstrip()
    return subject


def shared_subject(art, segs: list[tuple[str, int]], text: str) -> Candidate | None:
    """"Moskva chưa bình luận ..., song nhiều lần khẳng định ...": a second clause with no
    subject of its own (a coordinator and adverbs only) shares the first clause's subject."""
    if len(segs) < 2:
        return None
    last = segs[-1][0].strip()
    co = starts_with_any(last, art.lex.COORDINATORS + ("và", "đồng thời", "mặt khác"))
    if not co or strip_words(last[len(co):].strip(), art.lex.PRE_CUE_ADVERBS, at_end=True).strip():
        return None
    first, off = segs[0]
    words = text[off: off + len(first)].split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w in art.lex.CLAUSE_WORDS), None)
    if not cut:
        return None
    return np_candidate(art, " ".join(words[:cut]), is_last=False)


def np_words(art) -> frozenset[str]:
    if not hasattr(art, "_np_vocab"):
        phrases = set()
        for table in (art.lex.PERSON_TITLES, art.lex.ORG_HEADS, art.lex.ANONYMOUS_HEADS,
                      art.lex.SPOKESPERSON_HEADS, art.lex.MEDIA_HEADS, art.lex.DOCUMENT_HEADS):
            for entry in table:
                words = entry.lower().split()
                phrases.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
        art._np_vocab = frozenset(phrases)
    return art._np_vocab


def given_name_described(art, segs: list[tuple[str, int]], masked: str, lo: int) -> Candidate | None:
    """"Ngân, cô sinh viên năm hai về quê dự đám giỗ, nói ...": a given name alone opens the
    sentence, a description of who she is follows between commas, then the cue: she speaks (the
    parse must read the word as a name: "Rồi, anh thợ ... nói" opens with an adverb)."""
    if len(segs) < 3 or segs[-1][0].strip() or segs[0][1] != lo:
        return None
    found = named_then_described(masked[lo:], art.lex)
    parsed = art.s[art._si].parsed if art._si is not None else None
    if found is None or parsed is None or found[1] != segs[1][0].strip():
        return None
    at = segs[0][1] + segs[0][0].find(found[0])
    if not any(t.start == at and t.text == found[0] and t.upos == "PROPN" for t in parsed.tokens):
        return None
    return Candidate(found[0], found[0], "person", gender=found[2], named=True)


def unclosed_apposition(art, segs: list[tuple[str, int]], lo: int) -> Candidate | None:
    """"Anh Quân (28 tuổi), bạn của chú rể có mặt từ đầu [cho biết]", "Tuy nhiên chị Ngân, chị gái
    của một thanh niên bên nhà gái cũng bị thương ... lại [cho rằng]", "Chị Lan, có ruộng ngay mép
    sông [nói]": a titled person alone opens the sentence (past a discourse opener, not a topic
    marker: "Về phía anh Quân, công an xã cho biết" is the police), and one stretch with no comma
    of its own, in lower case, runs from the comma to the cue: it says who the person is or what
    they do, an apposition left unclosed; the person speaks. Not a list of people ("Ông A, bà B
    cho biết"), nor a group or a body ("Anh Quân, người nhà cho biết"), nor kin told of by a
    pronoun or by no one ("Ông Tâm, vợ ông kể", "Bà Lan, các con đều khẳng định")."""
    parts = [(seg, off) for seg, off in segs if seg.strip()]
    if len(parts) != 2 or parts[0][1] != lo or not segs[-1][0].strip():
        return None  # (two stretches from the sentence's start, the second running up to the cue)
    opener = starts_with_any(parts[0][0].strip(), art.lex.TOPIC_MARKERS)
    first = strip_words(parts[0][0].strip(), art.lex.DISCOURSE_PREFIXES, at_end=False)
    last = parts[1][0].strip()
    cand = np_candidate(art, first, is_last=False)
    if opener or cand is None or cand.stype != "person" or not cand.title or not cand.named \
            or cand.mention.strip() != first or not first.lower().startswith(cand.title.lower()):
        return None  # (the title opens it: "Ngoài ông Tâm, nhiều người dân cho biết" is the residents)
    words = last.split()
    if not words[0][:1].islower() or starts_with_any(last, art.lex.LEADING_ADVERBIALS + art.lex.SUBORDINATORS):
        return None
    title = starts_with_any(last, tuple(art.lex.PERSON_TITLES))
    if title and last[len(title):].strip()[:1].isupper():
        return None  # ("Ông A, bà B cho biết": two people)
    head = strip_words(last, art.lex.ANONYMOUS_QUANTIFIERS, at_end=False)
    if starts_with_any(head, (*art.lex.HEARSAY_GROUPS, *art.lex.ORG_HEADS, *art.lex.GROUP_HEADS_OF_PEOPLE)):
        return None  # ("Anh Quân, bạn bè trong xóm đều nói", "Anh Quân, bệnh viện cho biết")
    kin = starts_with_any(head, (*art.lex.KIN_NOUNS, *art.lex.FAMILY_ROLES))
    after_kin = head[len(kin):].split()[:1] if kin else []
    if kin and (not after_kin or after_kin[0].lower() in art.lex.PRONOUN_GENDER or after_kin[0].lower() in art.lex.CLAUSE_WORDS
                or after_kin[0].lower() in art.lex.FAMILY_ROLES):  # ("vợ con anh": his family)
        return None  # ("Ông Tâm, vợ ông kể": his wife speaks; "chị gái của một thanh niên": who she is)
    return cand
