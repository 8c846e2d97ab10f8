"""Propose: every (cue, source mention) pair a sentence could hold, from several independent
proposers, for the learned ranker to choose among.

- the rules' own attribution of the sentence (`rules.analyse`), whatever step found it;
- for every word that could be a reporting predicate (a verb or adjective, a lexicon cue, a word
  before a colon that opens what is said), its subject three ways: the dependency tree's `nsubj`
  subtree, the rules' walk back over appositions (`subjects.subject_before`), and the plain noun
  phrase right before it;
- a "theo X" phrase anywhere in the sentence;
- a tag after a quote ("“...” - Vy kể.", "..., ông Hoàng nói.").

Generous on purpose: a proposer that finds a pair no other sees costs the ranker one more pair
to score, while a pair no proposer finds is lost for good.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from . import subjects
from .cues import issues_a_paper_on
from .features import Token
from .patterns import starts_with_any
from .quotes import mask, quote_spans
from .types import Attribution

NP_TAGS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "X", "SYM"})
PREDICATE_TAGS = frozenset({"VERB", "ADJ", "AUX"})
MAX_MENTION_TOKENS = 15
_QUOTE_MARKS = frozenset("“”\"«»'‘’")
# the rules read a whole noun phrase, a long body's name included ("Lãnh đạo Phòng An ninh mạng và
# phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an TP Hà Nội": 16 tokens)
MAX_RULE_MENTION_TOKENS = 25


@dataclass(frozen=True)
class Pair:
    cue: tuple[int, int]  # token range of the cue
    src: tuple[int, int]  # token range of the source's mention
    how: str  # which proposer: rule | nsubj | walk | np | theo | tag


def propose(art, si: int, open_quote: bool, proposal: Sequence[Attribution], tokens: Sequence[Token],
            feats: Sequence[dict]) -> list[Pair]:
    text = art.s[si].text
    n = len(tokens)
    if not n:
        return []
    spans, _ = quote_spans(text, open_quote)
    masked = mask(text, spans)
    # where a comma belongs to a body's name ("Ban Chỉ đạo phòng, chống thiên tai")
    name_commas = {m.start() + m.group(0).index(",") for m in art.rx["name_comma"].finditer(text)}
    found: dict[tuple, Pair] = {}

    def add(cue: tuple[int, int] | None, src: tuple[int, int] | None, how: str) -> None:
        limit = MAX_RULE_MENTION_TOKENS if how == "rule" else MAX_MENTION_TOKENS
        while src is not None and src[0] < src[1] and tokens[src[0]].text in _QUOTE_MARKS:
            src = (src[0] + 1, src[1])  # ('..., nói là lộc trời cho,” ông nói': the quote's end is no part of "ông")
        if cue is None or src is None or src[0] >= src[1] or src[1] - src[0] > limit or cue[0] >= n:
            return  # (a cue past the last token: a tag that is its own mention, at the text's end)
        if cue[0] < src[1] and src[0] < cue[1]:
            return  # a mention cannot contain its own cue
        if text[tokens[src[0]].start:tokens[src[1] - 1].end].lower() in art.lex.AGENTLESS_LEADS:
            return  # "Bước đầu xác định ...": the guideline's agentless form, no one is credited
        issuing = starts_with_any(text[tokens[cue[0]].start:], art.lex.ISSUING_VERBS)
        if issuing and issues_a_paper_on(art, text[tokens[cue[0]].start + len(issuing):].lower().lstrip()):
            return  # "X đã công bố kết luận thanh tra về dự án Y.": an event, nothing said
        if cue[0] > 0 and tokens[cue[0]].text[:1].isupper() and how not in ("heading", "rule") and not text.isupper() \
                and tokens[cue[0] - 1].upos != "PUNCT" and not (cue[1] < n and tokens[cue[1]].text == ":"):
            # (the rules read their own cues' case; a speaker set before a colon, "Ông X, ... Tánh
            # Linh: ...", ends in a name)
            return  # "Trung tâm Dự báo khí tượng": a capitalised word inside a name is no cue
        if cue[0] > 0 and how != "rule" and tokens[cue[0]].text[:1].isupper() \
                and tokens[cue[0] - 1].text.lower() in art.lex.ADDRESS_TITLES:
            return  # "Anh Bảo: Có chứ.": a given name after "anh", though "bảo" also means "said"
        if tokens[src[0]].text == "(":
            # "Cục X (Bộ Y tế) khẳng định": a parenthesis names the body the mention before it
            # belongs to, never the speaker alone (the parse may hang the verb on it)
            src = _with_head_before(tokens, feats, src)
            if src is None or (cue[0] < src[1] and src[0] < cue[1]):
                return
        key = (cue, src, how)
        if key not in found:
            found[key] = Pair(cue, src, how)

    primary = next((a for a in proposal if a.role == "speaker"), None)
    if primary is not None:
        src = _char_span_to_tokens(tokens, *_find(text, primary.mention))
        # (a speaker set before a colon has the name for its cue: the pair's cue is the colon after it)
        cue = _char_span_to_tokens(tokens, *_find(text, primary.cue)) if primary.cue and primary.cue != primary.mention else None
        if src and cue and src[0] < cue[0] < src[1]:
            src = (src[0], cue[0])  # a lead that names its channel around the cue ("Trên mạng X xuất hiện thông tin")
        add(cue or (src[1], src[1] + 1) if src else None, src, "rule")
    openers = [x for x in (_np_after_start(tokens, feats, 0), _np_after_start(tokens, feats, _first_comma(tokens) + 1))
               if x is not None]
    for i, t in enumerate(tokens):
        f = feats[i]
        if f.get("in_quote") or f.get("quote_char"):
            continue
        low = t.text.lower()
        if f.get("prep") and low == "theo":
            after = _np_after(tokens, i + 1, name_commas)
            # "theo đề nghị của X": the guideline's non-source, whatever the model learnt
            if after is not None and not starts_with_any(text[tokens[after[0]].start:tokens[after[1] - 1].end],
                                                         art.lex.THEO_REQUESTS):
                add((i, i + 1), after, "theo")
            continue
        if not _could_report(t, f, tokens, i) or (i > 1 and f.get("lexcue") and feats[i - 1].get("lexcue")):
            # (a sentence-initial cue word is the subject: "Tuyên bố khẳng định ...")
            continue
        cue = (i, _cue_end(tokens, feats, i))
        for c, tc in enumerate(tokens):
            if c < i and tc.head == i + 1 and (tc.deprel or "").startswith("nsubj"):
                add(cue, _subtree_before(tokens, c, i), "nsubj")
        walked = subjects.subject_before(art, masked, text, t.start) if t.start > 0 else None
        if walked is not None:
            add(cue, _char_span_to_tokens(tokens, *_find(text[:t.start], walked.mention)), "walk")
        add(cue, _np_before(tokens, feats, i), "np")
        add(cue, _np_before_manner(tokens, feats, i), "manner")
        for np_ in openers:  # "Trọng tài kéo ... và tuyên bố ...": a later verb of the clause's subject
            if np_[1] <= i:
                add(cue, np_, "clause")
        if i >= n - 3 and any(x.text in ("”", '"', "»") for x in tokens[:i]):
            add(cue, _tag_subject(tokens, i), "tag")
    heading = _heading_speaker(tokens, feats)
    if heading is not None:
        add((heading[1], heading[1] + 1), heading, "heading")
    return list(found.values())


def _with_head_before(tokens: Sequence[Token], feats: Sequence[dict], src: tuple[int, int]) -> tuple[int, int] | None:
    """A parenthesised mention with the noun phrase it follows, over a "và" inside a body's name
    ("Cục Hạ tầng và Thiết bị y tế (Bộ Y tế)")."""
    head = _np_ending_at(tokens, feats, src[0])
    if head is None:
        return None
    lo = head[0]
    # not over a "và" before a second body's name ("Bộ Công Thương và Cục X (Bộ Y tế)": two speakers)
    while lo >= 2 and tokens[lo - 1].text.lower() == "và" and not _starts_body(tokens, feats, lo) \
            and (tokens[lo - 2].upos in NP_TAGS or tokens[lo - 2].text[:1].isupper()):
        before = _np_ending_at(tokens, feats, lo - 1)
        if before is None:
            break
        lo = before[0]
    return (lo, src[1]) if src[1] - lo <= MAX_MENTION_TOKENS else None


def _starts_body(tokens: Sequence[Token], feats: Sequence[dict], i: int) -> bool:
    """A body's name starts at token i: a head word ("Cục", "Bộ") with a capitalised name after it,
    not a common word that starts like one ("Phòng ngừa dịch bệnh")."""
    if not feats[i].get("head_org"):
        return False
    rest = tokens[i].text.split()[1:] or ([tokens[i + 1].text] if i + 1 < len(tokens) else [])
    return bool(rest) and rest[0][:1].isupper()


def _cue_end(tokens: Sequence[Token], feats: Sequence[dict], i: int) -> int:
    """A cue of several words ("cho" + "biết") is one cue: the run of lexicon-cue words from i."""
    j = i + 1
    if feats[i].get("lexcue"):
        while j < len(tokens) and feats[j].get("lexcue") and not feats[j].get("in_quote") and j - i < 3:
            j += 1
    return j


def _could_report(t: Token, f: dict, tokens: Sequence[Token], i: int) -> bool:
    """A word that could be the predicate of a report: a lexicon cue, a verb or adjective (with a
    lower-case first letter: a capital is a name's), or any word right before a colon; never an
    adverb of time or aspect between a subject and its verb ("còn", "cũng", "đã")."""
    if f.get("lexcue") or f.get("tagcue"):
        return True
    if f.get("pre_cue_adverb"):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].text == ":":
        return True
    return t.upos in PREDICATE_TAGS and t.text[:1].islower()


def _np_before(tokens: Sequence[Token], feats: Sequence[dict], i: int) -> tuple[int, int] | None:
    """The noun phrase right before token i, over adverbs ("cũng", "thì") between them."""
    j = i - 1
    while j >= 0 and tokens[j].text[:1].islower() and (tokens[j].upos in ("ADV", "PART", "SCONJ")
                                                       or feats[j].get("pre_cue_adverb")):
        j -= 1
    return _np_ending_at(tokens, feats, j + 1)


def _np_before_manner(tokens: Sequence[Token], feats: Sequence[dict], i: int) -> tuple[int, int] | None:
    """The noun phrase before a cue and one or two words of manner ("Ông bà nhẹ nhàng trách: ...",
    "mọi người nhao nhao hỏi"): the subject the plain noun phrase stops short of."""
    j = i - 1
    skipped = 0
    while j >= 0 and skipped < 2 and tokens[j].text[:1].islower() and (
            tokens[j].upos in PREDICATE_TAGS or tokens[j].upos in ("ADV", "PART") or feats[j].get("pre_cue_adverb")):
        j -= 1
        skipped += 1
    if not skipped:
        return None
    return _np_ending_at(tokens, feats, j + 1)


def _heading_speaker(tokens: Sequence[Token], feats: Sequence[dict]) -> tuple[int, int] | None:
    """An interview's or a transcript's speaker set before a colon ("Ông Lâm: “...”", "Bà Hoa:
    Chúng tôi ..."): the noun phrase the sentence opens with, right before the colon, with what
    was said after it."""
    np_ = _np_after_start(tokens, feats, 0)
    if np_ is None or np_[1] >= len(tokens) - 1 or tokens[np_[1]].text != ":":
        return None
    after = tokens[np_[1] + 1]
    if not (after.text in ('"', "“", "«") or after.text[:1].isupper()):
        return None
    return np_


def _np_ending_at(tokens: Sequence[Token], feats: Sequence[dict], end: int) -> tuple[int, int] | None:
    """The noun phrase that ends just before token `end`."""
    j = end - 1
    k = j
    while k >= 0 and end - k <= MAX_MENTION_TOKENS and not feats[k].get("in_quote"):
        t = tokens[k]
        if (t.upos == "PUNCT" or (t.upos in PREDICATE_TAGS and t.text[:1].islower()) or t.upos in ("ADP", "CCONJ")) \
                and not _joins_one_name(tokens, k):
            break
        if t.upos not in NP_TAGS and not t.text[:1].isupper():
            break
        k -= 1
    return (k + 1, end) if k + 1 < end else None


def _joins_one_name(tokens: Sequence[Token], k: int) -> bool:
    """"và" between two capitalised words joins the parts of one body's name ("Sở Nông nghiệp và
    Môi trường"), not two noun phrases."""
    return tokens[k].text == "và" and 0 < k < len(tokens) - 1 and tokens[k - 1].text[:1].isupper() \
        and tokens[k + 1].text[:1].isupper()


def _first_comma(tokens: Sequence[Token]) -> int:
    """Index of the first comma within the sentence's first eight tokens, else -2 (none)."""
    return next((k for k, t in enumerate(tokens[:8]) if t.text == ","), -2)


def _np_after_start(tokens: Sequence[Token], feats: Sequence[dict], start: int) -> tuple[int, int] | None:
    """The noun phrase a clause opens with (its subject, in Vietnamese word order)."""
    if start < 0 or start >= len(tokens):
        return None
    k = start
    while k < len(tokens) and k - start < MAX_MENTION_TOKENS and not feats[k].get("in_quote"):
        t = tokens[k]
        if (t.upos == "PUNCT" or t.upos in ("ADP", "CCONJ", "SCONJ", "ADV") or (t.upos in PREDICATE_TAGS and t.text[:1].islower())) \
                and not _joins_one_name(tokens, k):
            break
        if t.upos not in NP_TAGS and not t.text[:1].isupper():
            break
        k += 1
    return (start, k) if k > start else None


def _np_after(tokens: Sequence[Token], i: int, name_commas: frozenset[int] | set[int] = frozenset()) -> tuple[int, int] | None:
    """"theo <phrase>" up to the next comma (not one inside a body's name), colon or full stop."""
    k = i
    while (k < len(tokens) and k - i < MAX_MENTION_TOKENS
           and (tokens[k].text not in (",", ":", ";", ".", "!", "?") or tokens[k].start in name_commas)):
        k += 1
    return (i, k) if k > i else None


def _tag_subject(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """"“...” - Vy kể.", "“...”, ông Hoàng nói.": the words between the mark and the verb."""
    k = i - 1
    while k >= 0 and tokens[k].text not in ("-", "–", "—", ",", "”", '"', "»"):
        k -= 1
    return (k + 1, i) if 0 <= k < i - 1 else None


def _subtree_before(tokens: Sequence[Token], root: int, limit: int) -> tuple[int, int]:
    """The contiguous stretch of the subtree under `root` that ends before token `limit`."""
    below = {root}
    grew = True
    while grew:
        grew = False
        for k, t in enumerate(tokens):
            if k not in below and t.head and t.head - 1 in below:
                below.add(k)
                grew = True
    lo = hi = root
    while lo - 1 in below:
        lo -= 1
    while hi + 1 in below and hi + 1 < limit:
        hi += 1
    return lo, hi + 1


def _find(text: str, needle: str | None) -> tuple[int, int]:
    """The last place the words stand as words: the pronoun "ông" of "theo ông" is not the end of
    "không" later in the sentence."""
    if not needle:
        return (-1, -1)
    last = at = text.rfind(needle)
    # (searched by hand, last first: a pattern per mention would be compiled anew for each)
    while at >= 0 and ((at > 0 and text[at - 1].isalnum()) or (at + len(needle) < len(text) and text[at + len(needle)].isalnum())):
        at = text.rfind(needle, 0, at + len(needle) - 1)
    at = at if at >= 0 else last
    return (at, at + len(needle)) if at >= 0 else (-1, -1)


def _char_span_to_tokens(tokens: Sequence[Token], a: int, b: int) -> tuple[int, int] | None:
    if a < 0:
        return None
    inside = [k for k, t in enumerate(tokens) if t.start < b and t.end > a]
    return (inside[0], inside[-1] + 1) if inside else None
