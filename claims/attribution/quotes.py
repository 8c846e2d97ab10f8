"""Quoted material: spans of quotes in a sentence, the sentence with quotes masked, and the
article-level step that credits every sentence of a multi-sentence quote to its speaker."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..words import ends_with_cue
from .dialogue import lead_in
from .patterns import CLOSE_Q, MASK, OPEN_Q, STRAIGHT_Q, asks
from .types import Attribution


def quote_spans(text: str, open_at_start: bool) -> tuple[list[tuple[int, int]], bool]:
    """Spans of quoted material (marks included) and whether a quote is still open at the end.
    A sentence that starts inside a quote opened earlier gets a span from its start."""
    spans: list[tuple[int, int]] = []
    start = 0 if open_at_start else None
    for i, ch in enumerate(text):
        if ch in OPEN_Q and start is None:
            if ch == "‘" and not _is_quote_apostrophe(text, i):
                continue
            start = i
        elif ch in CLOSE_Q and start is not None:
            spans.append((start, i + 1))
            start = None
        elif ch in CLOSE_Q and start is None and ch != "’" and not spans:
            spans.append((0, i + 1))  # the end of a quote opened in an earlier sentence
        elif ch == STRAIGHT_Q:
            way = _straight_direction(text, i)
            if start is None and way == "close":
                if not spans:  # the end of a quote opened in an earlier sentence, its close unmarked
                    spans.append((0, i + 1))
                continue  # a stray closing mark opens nothing
            if start is not None and way == "open":
                # a mark that can only open: the quote we thought open had ended unmarked (a
                # quote carried over from an earlier sentence, or a missing closing mark)
                if start > 0:
                    spans.append((start, i))
                start = i
                continue
            if start is None:
                start = i
            else:
                spans.append((start, i + 1))
                start = None
    still_open = start is not None
    if still_open:
        spans.append((start, len(text)))
    return _outside_interjected_tags(text, _without_quoted_names(text, spans)), still_open


def tagged_quote_spans(texts: list[str], si: int, at: int, reach: int) -> dict[int, list[tuple[int, int]]]:
    """Sentence by sentence, the spans of the quote that a tag at `at` in sentence `si` closes
    ('“Tôi đã hứa với anh Hòa ...' then '... giữ được lời”, ông nói'), back to where it opened (at
    most `reach` sentences); empty when no quote closes before the tag."""
    closed = max(texts[si].rfind(mark, 0, at) for mark in (*CLOSE_Q, STRAIGHT_Q))
    if closed < 0:
        return {}
    start = si
    while start > 0 and si - start < reach and not any(m in texts[start][:closed if start == si else None]
                                                          for m in (*OPEN_Q, STRAIGHT_Q)):
        start -= 1
    spans, open_at_start = {}, False
    for k in range(start, si + 1):
        spans[k], open_at_start = quote_spans(texts[k], open_at_start)
    return spans


@lru_cache(maxsize=4)
def _name_leads(lang: str) -> tuple[re.Pattern, re.Pattern]:
    lex = lexicon.get(lang)
    return (re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.NAMING_WORDS))})\s*$", re.I),
            re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.QUOTED_NAME_LEADS))})\s*$", re.I))


def _without_quoted_names(text: str, spans: list[tuple[int, int]], lang: str = "vi") -> list[tuple[int, int]]:
    """A short quoted name right after what names it ("tài khoản có tên “Mẹ Bống”", "nhóm Zalo “Cư
    dân Hạc Thành”") is part of the noun phrase, not anyone's words: always after "tên", after a
    page or a group only when it reads as a name, half its words or more capitalised ("viết trên
    Facebook “Tôi đã trở lại”" is speech). A quote left open at the sentence's end is kept."""
    naming, leads = _name_leads(lang)

    def a_name(a: int, b: int) -> bool:
        inside = text[a + 1:b - 1]
        words = inside.split()
        if not (0 < len(words) <= 6) or re.search(r"[.!?,;:]", inside) or b == len(text) and text[b - 1] not in "”\"":
            return False
        return bool(naming.search(text[:a])) or (bool(leads.search(text[:a]))
                                                 and 2 * sum(w[:1].isupper() for w in words) >= len(words))
    return [(a, b) for a, b in spans if not (a > 0 and a_name(a, b))]


_INTERJECTED_TAG = re.compile(r"(?<=\S)\s[-–—]\s((?:[^\s\d\-–—\"“”.!?,]+\s){0,5}[^\s\d\-–—\"“”.!?,]+)\s[-–—]\s(?=\S)")


def _outside_interjected_tags(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A speaker tag set between dashes inside a quote ("Hồi ấy - ông kể - ngày nào cũng ...")
    is the narrator's, not the quote's: the span is cut around it. The tag is a few words ending
    with a reporting verb, so an inserted place or aside ("- Thanh Hóa -", "- nhiều người dân
    phản ánh -" before a tag after the quote) is not cut out of a quote that has its own tag."""
    out = []
    for a, b in spans:
        tagged_after = b < len(text) and any(ch.isalpha() for ch in text[b:])  # '“...”, chị Hoa cho biết.'
        for m in _INTERJECTED_TAG.finditer(text, a, b):
            if tagged_after or not ends_with_cue(m.group(1).split()):
                continue
            out.append((a, m.start()))
            a = m.end()
        out.append((a, b))
    return out


def _straight_direction(text: str, i: int) -> str | None:
    """Which way a straight quotation mark faces, from the spacing around it: "open" after a space,
    a colon or a dash and before a word; "close" after a word and before a space or punctuation;
    None where the spacing does not say (then the marks pair up in turn). Counting marks alone
    goes wrong for a whole story once one quote closes unmarked, as long quotes often do."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([:—–-") and (after.isalnum() or after in "…(‘“")
    closes = (not before.isspace() and before not in "([") and (after.isspace() or after in ",.;:!?)…-–—")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


def _is_quote_apostrophe(text: str, i: int) -> bool:
    return "’" in text[i + 1:]


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for k in range(a, b):
            if not chars[k].isspace():
                chars[k] = MASK
    return "".join(chars)


def quoted_words(text: str, spans: list[tuple[int, int]]) -> int:
    return max((len(text[a:b].split()) for a, b in spans), default=0)


def new_paragraph(art, si: int) -> bool:
    a, b = art.s[si - 1].paragraph, art.s[si].paragraph
    return a is not None and b is not None and a != b


# How many sentences, from the new paragraph's first, may still close a quote left open at a
# paragraph's end: a speech quoted over short paragraphs (or text whose paragraphs are single
# sentences) closes within a few.
QUOTE_LOOKAHEAD = 3


def paragraph_continues_quote(art, si: int) -> bool:
    """A quote runs on into a new paragraph that opens with a quote mark (the usual convention)
    or when the next quote mark within its paragraph, or within a few sentences, closes one."""
    first = art.s[si].text.lstrip()
    if first[:1] in OPEN_Q + STRAIGHT_Q:
        return True
    para = art.s[si].paragraph
    k = si
    while k < len(art.s) and (art.s[k].paragraph == para or k < si + QUOTE_LOOKAHEAD) and art.s[k].kind == "body":
        way = _first_mark(art.s[k].text)
        if way is not None:
            return way == "close"
        k += 1
    return False


def _first_mark(text: str) -> str | None:
    """Whether the first quotation mark of a text opens or closes a quote (None: no mark)."""
    for i, ch in enumerate(text):
        if ch in OPEN_Q and (ch != "‘" or _is_quote_apostrophe(text, i)):  # as quote_spans reads "‘"
            return "open"
        if ch in CLOSE_Q and ch != "’":  # "’" is far more often an apostrophe than a closing mark
            return "close"
        if ch == STRAIGHT_Q:
            way = _straight_direction(text, i)
            if way is not None:
                return way
    return None


def spread_quotes(art, per: list[list[Attribution]], started_inside: list[bool], opened: list[bool],
                  carried_confidence: float | None = None) -> None:
    """Every sentence of a multi-sentence quote is credited to the quote's speaker, trusted no more
    than the speaker's own credit and than `carried_confidence` (the model's measured rate of
    right credits carried this way; without a model, 0.85 inside a quote and 0.8 after one)."""
    n = len(per)
    si = 0
    while si < n:
        if opened[si] and not started_inside[si]:
            group = [si]
            k = si + 1
            while k < n and started_inside[k]:
                group.append(k)
                if not opened[k]:
                    break
                k += 1
            speaker = next((per[g][0] for g in group if per[g] and per[g][0].role == "speaker"), None)
            if speaker is None and _after_lead_in(art, si):
                # "Chị Hương, phụ huynh lớp 2A, đăng trong nhóm Facebook:" then the post in quotes:
                # the lead-in's speaker, credited there or the subject of what it says they did
                speaker = lead_in(art, per, si)
            if speaker is None and k + 1 < n and not opened[group[-1]] and _tags_before(art, group[-1] + 1):
                nxt = per[group[-1] + 1] if group[-1] + 1 < n else []
                speaker = nxt[0] if nxt and nxt[0].role == "speaker" else None
            if speaker is None and _goes_on_speaking(art, per, si, group, opened):
                # '"...", ông Tư nói. "Ngôi sao phải cân. Lệch một li ..."': a quote of several
                # sentences opening right after his quoted words, in his paragraph, with no tag of its own
                speaker = per[si - 1][0]
            if speaker is not None:
                for g in group:
                    if not per[g]:
                        per[g] = [replace(speaker, quote="direct", confidence=_carried(speaker, 0.85, carried_confidence))]
                    elif per[g][0].source == speaker.source:
                        per[g][0] = replace(per[g][0], quote="direct")
            si = group[-1] + 1
            continue
        # a sentence that is one whole quote right after a quoted statement continues it; not one
        # with words after its quote (its own tag: '"...?", một bạn trẻ hỏi.')
        t = art.s[si].text.strip()
        if (not per[si] and si > 0 and per[si - 1] and per[si - 1][0].quote == "direct" and t[:1] in OPEN_Q + STRAIGHT_Q
                and art.s[si].kind == "body" and _whole_quote(t) and not _asked(art, per[si - 1][0])):
            per[si] = [replace(per[si - 1][0], confidence=_carried(per[si - 1][0], 0.8, carried_confidence))]
        elif not per[si] and _after_lead_in(art, si) and t[:1] in OPEN_Q + STRAIGHT_Q \
                and art.s[si].kind == "body" and _whole_quote(t):
            lead = lead_in(art, per, si)  # "Chị Hà nói:" then one quoted sentence
            if lead is not None:
                per[si] = [replace(lead, quote="direct", confidence=_carried(lead, 0.85, carried_confidence))]
        si += 1


def _asked(art, a: Attribution) -> bool:
    """'“Có bao giờ ông muốn nghỉ không?”, tôi hỏi.': the writer's question, which the next quote
    answers (anyone else's question may be theirs to go on from: "“...?”, ông Phong hỏi. “...”")."""
    return a.source.lower() in {w.lower() for w in art.lex.REPORTER_SUBJECTS} and asks(a.cue, art.lex)


def _after_lead_in(art, si: int) -> bool:
    """Whether the sentence before `si` ends with a colon: it leads into `si`."""
    return 0 < si <= len(art.s) and art.s[si - 1].text.rstrip().endswith(":")


def _tags_before(art, k: int) -> bool:
    """Whether sentence k can be the tag of the quote just before it: in the quote's paragraph, or
    short ("Ông Tám nói."); a new paragraph's own statement names a new speaker."""
    if k >= len(art.s):
        return False
    if _after_lead_in(art, k + 1):
        return False  # "Chị Hương nói:" leads into what follows it, not what came before
    same_paragraph = art.s[k].paragraph is None or art.s[k].paragraph == art.s[k - 1].paragraph
    # "Bà Lan, tiểu thương ..., chia sẻ như vậy khi ...": a tag that points back at the quote
    points_back = bool(re.search(art.lex.BACK_POINTING_TAG, art.s[k].text, re.I))
    return same_paragraph or points_back or len(art.s[k].text.split()) <= TAG_SENTENCE_WORDS


TAG_SENTENCE_WORDS = 8  # "Bà Lê Thị Tư, hàng xóm, kể lại." and shorter


def _whole_quote(text: str) -> bool:
    """Whether a sentence is one quote and nothing after it but punctuation."""
    spans, still_open = quote_spans(text, False)
    if still_open or not spans:
        return still_open
    return not any(ch.isalnum() for ch in text[spans[-1][1]:])


def _goes_on_speaking(art, per: list[list[Attribution]], si: int, group: list[int], opened: list[bool]) -> bool:
    """Whether the quote of several sentences opening at `si` goes on from the quoted words just
    before it: the same paragraph, a statement (no question, which the next quote answers), and
    nothing after it in the paragraph that someone else says or does."""
    if si == 0 or not per[si - 1] or per[si - 1][0].role != "speaker" or per[si - 1][0].quote != "direct":
        return False
    same = [k for k in (si, group[-1] + 1) if k < len(art.s)
            and (art.s[k].paragraph is None or art.s[k].paragraph == art.s[k - 1].paragraph)]
    if si not in same or art.s[si].kind != "body" or art.s[si].text.lstrip()[:1] not in OPEN_Q + STRAIGHT_Q:
        return False
    if "?" in art.s[si - 1].text or opened[group[-1]] or not _closes_bare(art.s[group[-1]].text, len(group) > 1):
        return False  # ('"Bao giờ thì xong?", ông Tư hỏi. "Chắc phải cuối tháng ..."': the answer is another's)
    after = group[-1] + 1
    # ('"Bố cứ nói thế ...". Anh Lộc, con trai ông, vừa cười vừa kéo bễ.': someone else said it)
    return after not in same or bool(per[after]) and per[after][0].source == per[si - 1][0].source


def _closes_bare(text: str, started_inside: bool) -> bool:
    """Whether a quote's last sentence closes it with nothing after but punctuation (no tag)."""
    spans, still_open = quote_spans(text, started_inside)
    return not still_open and bool(spans) and not any(ch.isalnum() for ch in text[spans[-1][1]:])


def _carried(speaker: Attribution, default_cap: float, measured: float | None) -> float:
    return round(min(speaker.confidence, default_cap if measured is None else measured), 2)
