"""Who speaks a dialogue line set off by dashes, as reportage prints it:

    – Đi nhanh thì bốn tiếng. Hôm nào trượt chân thì không tính được – thầy cười, ...
    – Con thích thầy vì thầy cho con mượn sách – Giàng Thị Mỷ, 9 tuổi, lí nhí.
    - Ban ngày em chạy thêm giao hàng - anh bật cười - chứ lương này nuôi sao nổi.

A turn opens with a dash at the start of a sentence and runs on over the sentences of its paragraph
that open with none, up to the first that holds a tag: a dash followed by a mention of someone (a
lower-case title or pronoun, or a full name) and what they did. The tag credits every sentence of
the turn; the reporter's narration after it does not belong to it, and a sentence opening with a
dash of its own is the next speaker's turn. A stretch closed by a second dash is an aside ("– cụ
thể là các nhà nhập khẩu Mỹ –"), a tag only with someone and their verb right after them. A turn
with no tag is its lead-in's (a line ending in a colon) or, failing that, `untagged`'s."""
from __future__ import annotations

import re
from dataclasses import replace

from .clauses import nsubj_of
from .name_shapes import full_name
from .patterns import Found, asks
from .phrases import classify
from .types import Attribution, Candidate
from .untagged import DASHES as _DASHES, OPENS_TURN as _OPENS_TURN, asked_before, person_at, person_opening, \
    shown_before, who_is

# a dash inside the line, then the tag's first letter (what the words were is before it)
_TAG_DASH = re.compile(rf"(?<=\S)\s+[{_DASHES}]\s+(?=[^\W\d_])")
_TAG_END = re.compile(rf"[,;.!?…]|\s[{_DASHES}]\s")


def speaker(art, text: str, lo: int = 0) -> tuple[Candidate, Found] | None:
    """The speaker a tag in sentence `art._si` names, when the sentence is part of a dialogue turn,
    with the tag's verb as the cue (the turn's other sentences are credited by `credit_turns`)."""
    si = art._si
    if si is None or lo or not _turn(art, si):
        return None
    tagged = _tag(art, si)
    return None if tagged is None else (tagged[0], Found(text, *tagged[1]))


def _opens(art, k: int) -> bool:
    return bool(_OPENS_TURN.match(art.s[k].text))


def _turn(art, si: int) -> list[int]:
    """The sentences of the turn `si` belongs to, in order; none if `si` is in no dialogue turn
    or comes after its turn's tag."""
    para = art.s[si].paragraph
    first = si
    while not _opens(art, first):
        if first == 0 or para is None or art.s[first - 1].paragraph != para or _tag(art, first - 1) is not None:
            return []  # (narration after a tag, or no turn at all)
        first -= 1
    turn = [first]
    while _tag(art, turn[-1]) is None and turn[-1] + 1 < len(art.s) and para is not None \
            and art.s[turn[-1] + 1].paragraph == para and not _opens(art, turn[-1] + 1):
        turn.append(turn[-1] + 1)
    return turn if si in turn else []


def _tag(art, k: int) -> tuple[Candidate, tuple[int, int]] | None:
    """(who, the span of what they did) of the first speaker's tag inside sentence k, read once
    per sentence (every sentence of a turn asks for it)."""
    cache = art.__dict__.setdefault("_dialogue_tags", {})
    if k not in cache:
        cache[k] = _read_tag(art, k)
    return cache[k]


def _read_tag(art, k: int) -> tuple[Candidate, tuple[int, int]] | None:
    text = art.s[k].text
    parsed = art.s[k].parsed
    for dash in _TAG_DASH.finditer(text, 1 if _OPENS_TURN.match(text) else 0):
        start = dash.end()
        window = text[start:start + 80]
        end = _TAG_END.search(window)
        piece = window[:end.start()] if end else window
        closed = bool(end) and end.group(0).strip() in tuple(_DASHES)  # "– X –": an aside unless X speaks
        words = list(re.finditer(r"\S+", piece))
        for n in (5, 4, 3, 2, 1):  # the longest mention first ("điều dưỡng Vũ Thị Hằng", "ông cụ", "anh")
            if len(words) < n:
                continue
            mention = text[start:start + words[n - 1].end()]
            known = n == 1 and mention[:1].isupper() and mention.isalpha() and (
                art.known_given_name(mention) is not None or _name_then_speech(art, parsed, start, start + len(mention)))
            if not mention[:1].islower() and not full_name(mention, art.lex) and not known:
                continue  # a reply opens with a capital; a tag with a name ("Giàng Thị Mỷ", "Bi" named before)
            if parsed is not None and n > 1 and any(start + words[1].start() <= t.start < start + words[n - 1].end()
                                                    and t.upos in ("VERB", "ADV", "AUX", "ADJ") for t in parsed.tokens) \
                    and not full_name(text[start + words[1].start():start + words[n - 1].end()], art.lex):
                continue  # ("anh cười", "bà Tư vừa": a mention holds no verb or adverb after its head)
            who = classify(mention, art.lex)
            low = mention.lower()
            if who is None and low in art.lex.WRITER_PRONOUNS \
                    and asks(text[start + words[n - 1].end():start + len(piece)].strip(" .!?…"), art.lex):
                who = Candidate(mention, mention, "person")  # "- ... hả chị? - tôi hỏi.": the writer asks, as after a quote
            if known and who is None:
                who = Candidate(mention, mention, "person", named=True)
            if who is not None and who.stype == "anonymous" and re.search(r"\d\s+tuổi$", mention):
                found = art.resolve(who, k)  # "người đàn bà 62 tuổi": the one named with that age
                who = Candidate(found[0], mention, "person", named=True) if found and found[1] == "person" else who
            if who is None or who.stype not in ("person", "pronoun", "title") or who.stype == "title" and n > 2:
                continue  # ("bà con ngư dân không đủ vốn", "cụ thể là các nhà ...": no one in an aside)
            after = start + words[n - 1].end()
            verb = next((t for t in parsed.tokens if t.start >= after and t.upos == "VERB"), None) if parsed else None
            if verb is not None and verb.start < start + len(piece) and (not closed or not text[after:verb.start].strip()):
                return who, (verb.start, verb.end)  # the tag's verb, past "vừa", "lại"
            if not closed and parsed is not None and text[after:after + 1] in (",", "."):
                return who, (start, after)  # ("– Giàng Thị Mỷ, 9 tuổi, lí nhí": the mention tags the line)
            if parsed is None and len(words) > n and not closed:
                return who, (start + words[n].start(), start + words[n].end())  # (no parse: the next word)
            break  # the longest mention that classifies is the one; a shorter one is no tag either
    return None


def _name_then_speech(art, parsed, start: int, end: int) -> bool:
    """"- ... - Bi nói, ...": one word the parse reads as a name, then a verb of speaking."""
    if parsed is None:
        return False
    toks = parsed.tokens
    k = next((i for i, t in enumerate(toks) if t.start == start and t.end == end), None)
    return k is not None and toks[k].upos == "PROPN" and k + 1 < len(toks) \
        and bool(art.rx["cue"].fullmatch(toks[k + 1].text))


def credit_turns(art, per: list[list[Attribution]], confidence: float) -> None:
    """Every sentence of a dialogue turn that is credited to no one takes the turn's speaker: the
    one its tag names, as the tag's own sentence credits them (or as the article's memory resolves
    the tag's mention there). The ranker never sees such sentences' speaker in their own words."""
    done: set[int] = set()
    keep_si = art._si
    for si in range(len(art.s)):
        if si in done:
            continue
        turn = _turn(art, si)
        done.update(turn)
        if not turn:
            continue
        k = turn[-1]
        tagged = _tag(art, k)
        if tagged is not None and per[k] and per[k][0].role == "speaker" and per[k][0].mention == tagged[0].mention:
            # the tag's own sentence: words set off by dashes are the printed form of direct speech
            per[k][0] = replace(per[k][0], quote="direct")
        if all(any(a.role == "speaker" for a in per[j]) for j in turn):
            continue
        if tagged is None:
            lead = lead_in(art, per, turn[0]) or asked_before(art, turn[0] - 1) or shown_before(art, per, turn[0] - 1)
            if lead is not None:
                items = _items_after(art, turn, lead.source_type in ("document", "organization"))
                done.update(items)
                for j in turn + items:
                    if not any(x.role == "speaker" for x in per[j]) or _inner_hearsay(art, per, turn, j):
                        # (a paper's or a body's dashed items are what it says, not lines of speech)
                        # (and a list's items are what was said, not its words: after a colon with no
                        # quotation marks, the guideline's indirect)
                        quote = "indirect" if lead.source_type in ("document", "organization") or items else "direct"
                        per[j] = [replace(lead, quote=quote, confidence=min(lead.confidence, confidence))] + _told_of(per[j])
                        art.sources.append((j, per[j][0]))
            continue
        who, (a, b) = tagged
        credited = next((x for x in per[k] if x.role == "speaker" and x.mention == who.mention), None)
        if credited is None:
            art._si = k
            resolved = art.resolve(who, k)
            if resolved is None:
                continue
            credited = Attribution(resolved[0], who.mention, resolved[1], art.s[k].text[a:b], "direct", confidence)
        for j in turn:
            if not any(x.role == "speaker" for x in per[j]) or _inner_hearsay(art, per, turn, j):
                per[j] = [replace(credited, quote="direct", confidence=min(credited.confidence, confidence))] + _told_of(per[j])
                art.sources.append((j, per[j][0]))
    art._si = keep_si


def _inner_hearsay(art, per: list[list[Attribution]], turn: list[int], j: int) -> bool:
    """A later sentence of a turn whose own credit is someone unnamed the speaker tells of ("– Nghỉ
    thì ngồi nhà làm gì? Con cháu bảo mãi rồi, nhưng ..."): kin or neighbours the speaker tells
    of, the speaker's words all the same; they stay as told of. (A doctor the speaker quotes keeps
    the credit.)"""
    if j == turn[0]:
        return False
    own = next((x for x in per[j] if x.role == "speaker"), None)
    if own is None or own.source_type != "anonymous":
        return False
    mention = (own.mention or "").lower()
    # (or the speaker themself, read as someone unnamed: "Tui nói hoài mà bả không nghe")
    return mention in art.lex.HEARSAY_GROUPS or (mention.split() or [""])[0] in art.lex.FIRST_PERSON_WORDS


def _told_of(atts: list[Attribution]) -> list[Attribution]:
    """The sentence's own credits kept as whom the speaker told of."""
    return [replace(x, role="relay") if x.role == "speaker" else x for x in atts]


def _items_after(art, turn: list[int], papers: bool) -> list[int]:
    """The dash lines right after the first one under a paper's or a body's lead-in ("Thông báo
    nêu rõ các mức thu:" then "- Học phí: ...", "- Tiền ăn: ..."): a list of what it says; a paper
    holds no dialogue, so each line is the next item, not the next speaker. Under anyone's lead-in,
    items joined by semicolons ("- 2 nhà bị vùi lấp;" then "- khoảng 5 ha lúa bị ngập;") are one
    list too (not a line in the first person: "– Tôi không đồng ý"). They run up to the first line
    that opens with no dash or holds a tag."""
    out, k = [], turn[-1] + 1
    while k < len(art.s) and _opens(art, k) and _tag(art, k) is None \
            and (papers or (art.s[k - 1].text.rstrip().endswith(";") and not _first_person(art, k))):
        out.append(k)
        k += 1
    return out


def _first_person(art, k: int) -> bool:
    """Whether line k opens in the first person ("– Tôi không đồng ý"): someone speaking."""
    words = art.s[k].text.lstrip(" " + _DASHES).split()
    return bool(words) and words[0].lower() in art.lex.FIRST_PERSON_WORDS


def lead_in(art, per: list[list[Attribution]], first: int) -> Attribution | None:
    """The speaker of a line that ends in a colon right before a turn or a quote with no tag of its
    own ("Bà lau nước mắt, nói khẽ:" then "– Đêm đó mưa to lắm."): the lead-in's credit, when it
    rests on a verb of speaking (or a body's or a paper's), else the person it says did something
    (`_gesture_lead_in`); never what a sign or a letter it names says."""
    lead_text = art.s[first - 1].text.rstrip() if first else ""
    if not lead_text.endswith(":"):
        return None
    if re.search(art.lex.LIST_LEAD_END, lead_text, re.I):
        return None  # ("các biện pháp sau:": a list of what to do follows, not speech)
    lead = next((x for x in per[first - 1] if x.role == "speaker"), None)
    # a paper's or a body's account, whatever its cue ("Theo danh sách do nhà xe cung cấp, trên xe có:")
    papers = lead is not None and lead.source_type in ("document", "organization")
    if lead is None and not per[first - 1]:
        return _gesture_lead_in(art, first - 1)
    if lead is None or not lead.cue or lead.cue == lead.mention or not (papers or art.rx["cue"].search(lead.cue)):
        return None
    at = lead_text.find(lead.cue)
    if at >= 0 and re.search(art.lex.WORDS_OF_ANOTHER, lead_text[at + len(lead.cue):], re.I):
        return None  # "kể lại lời một bệnh nhân:": the words are someone else's
    return lead


def _gesture_lead_in(art, k: int) -> Attribution | None:
    """A lead-in that credits no one itself, what someone did before they spoke ("Lành cười, gãi
    đầu:", "Bà Sáu ... nhẩm một hồi rồi đáp:"): its speaker is the subject of the sentence's main
    verb (the parse's `nsubj` of the root), when that is a person; the cue, the verb before the colon."""
    parsed = art.s[k].parsed
    text = art.s[k].text
    if parsed is None or any(c in text for c in "“”\"«»") or art.rx["written_thing"].search(text):
        return None  # ("anh chỉ lên tấm biển gỗ treo trên cột:": what the sign says follows)
    toks = parsed.tokens
    root = next((i for i, t in enumerate(toks) if t.head == 0 and t.upos == "VERB"), None)
    subj = nsubj_of(toks, root) if root is not None else None
    if subj is None or not _colon_clause_is_roots(art, toks, root):
        return _subject_at_start(art, k, toks)
    first = min([subj] + [i for i in range(subj) if toks[i].head == subj + 1])
    if first != 0 and toks[first - 1].text != ",":
        return None  # ("Sau bữa cơm, ông ... :" is fine; a subject inside a longer opener is not read)
    mention = text[toks[first].start:toks[subj].end]
    who = who_is(art, mention)
    if who is None or who.stype not in ("person", "pronoun", "title"):
        return None
    return person_at(art, k, who, mention, _verb_before_colon(toks, root))


def _subject_at_start(art, k: int, toks) -> Attribution | None:
    """Where the parse gives the lead-in no subject for its last verb ("Út Lộc ngó ra mấy cái ao,
    một lúc mới đáp:", "Lúc tiễn tôi ra ngõ, anh chỉ vào thằng cháu:"): the person its first words
    name, or the first words after an opening clause; never before a verb of writing."""
    v = next((t for t in reversed(toks) if t.upos == "VERB"), None)
    if v is None or v.text.lower() in art.lex.DOCUMENT_ONLY_CUES:
        return None
    text = art.s[k].text
    comma = re.match(r"[^,:;]{3,60},\s*", text)
    return person_opening(art, k, text.split(), v.text) or (
        person_opening(art, k, text[comma.end():].split(), v.text) if comma else None)


def _colon_clause_is_roots(art, toks, root: int) -> bool:
    """The last verb before the colon is the main verb or joined to it (`conj`) with no subject of
    its own, and no verb of writing ("Lành lấy ra một lá thư, trên phong bì ghi:": what the envelope
    says, not Lành's words)."""
    v = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].upos == "VERB"), None)
    if v is None or toks[v].text.lower() in art.lex.DOCUMENT_ONLY_CUES:
        return False
    seen = 0
    while v != root and seen < len(toks):
        if toks[v].deprel != "conj" or nsubj_of(toks, v) is not None:
            return False
        v, seen = toks[v].head - 1, seen + 1
    return v == root


def _verb_before_colon(toks, root: int) -> str:
    return next((t for t in reversed(toks) if t.upos == "VERB"), toks[root]).text
