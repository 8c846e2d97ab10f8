"""Corrections: the words that say a figure puts right one given before ("đính chính", "nhầm
lẫn", "con số chính xác"), and the headline of a correction notice ("Đính chính ..."), whose every
figure corrects what was published before."""
from __future__ import annotations

import re
from functools import lru_cache



@lru_cache(maxsize=4)
def _correction_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(m) for m in lex.CORRECTION_MARKERS)})(?!\w)", re.I)


@lru_cache(maxsize=16384)
def corrects(text: str, lex) -> bool:
    # ("chưa có con số chính xác, ước tính ...": no exact figure yet, an estimate, no correction)
    return bool(_correction_rx(lex).search(text)) and not re.search(lex.NO_EXACT_FIGURE_YET, text, re.I)


@lru_cache(maxsize=16384)
def correction_notice(headline: str | None, lex) -> bool:
    """Whether an article with this headline is a correction notice ("Đính chính ...")."""
    low = (headline or "").lower()
    # ("Công an TP cải chính tin đồn ...": an authority refuting a rumour, a denial, not a notice)
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)(?!\s+(?:\S+\s+){{0,2}}?(?:tin đồn|tin giả|thông tin sai))", low)
               for m in lex.CORRECTION_NOTICES)


@lru_cache(maxsize=4)
def _publication_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(m) for m in lex.PUBLICATION_QUOTES)})(?!\w)", re.I)


@lru_cache(maxsize=16384)
def quotes_publication(text: str, lex) -> bool:
    """Whether a notice's sentence quotes what was published ("Trong bài viết ... đưa tin ...",
    "đã bị ghi thành 312 bài"): the figure it gives is the one corrected."""
    return bool(_publication_rx(lex).search(text))


@lru_cache(maxsize=16384)
def says_unchanged(text: str, lex) -> bool:
    """Whether a notice's sentence keeps its figures as published ("vẫn giữ nguyên")."""
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", low) for m in lex.UNCHANGED_MARKERS)


def marks_correction(text: str, frames, lex) -> bool:
    """Whether a sentence says which figure it puts right: a correction word ("nhầm lẫn", "con số
    chính xác là") or the wrong figure named beside the right one ("78%, chứ không phải 81%")."""
    return corrects(text, lex) or any(fr.change == "old" for fr in frames)


OWN_FIGURE_REACH = 80  # characters from a sentence's own wrong figure to its correction word


def old_values_before_marker(text: str, figures, lex) -> frozenset[tuple[str, float]]:
    """(unit, value) of the counts a sentence gives before its correction word, when it gives one
    of that unit after it too: the sentence corrects its own figure ("báo cáo ghi 3 người chết,
    nhưng cơ quan này đã điều chỉnh lại còn 2 người"), not another sentence's."""
    before, after = _told_then_changed(text, figures, lex)
    return frozenset(x for x in before if x[0] in after)


def _told_then_changed(text: str, figures, lex) -> tuple[set, set]:
    """(unit, value) of the counts a sentence gives shortly before its correction word with a "then"
    between ("ghi 27 người, song sau đó đã đính chính ..."; "Trong khi 12 người vẫn điều trị, Sở đã
    đính chính ..." puts nothing of its own right), and the units it counts after the word."""
    m = _correction_rx(lex).search(text)
    if m is None:
        return set(), set()
    before = {(f.unit, f.value) for f in figures if f.kind == "count" and f.end <= m.start()
              and m.start() - f.end <= OWN_FIGURE_REACH and re.search(lex.THEN_CHANGED, text[f.end:m.start()].lower())}
    after = {f.unit for f in figures if f.kind == "count" and f.start >= m.end()}
    return before, after


@lru_cache(maxsize=16384)
def points_back(text: str, lex) -> bool:
    """Whether a correction word has a demonstrative just before it ("cho biết đây là nhầm lẫn",
    "con số trên bị ghi nhầm"): it puts right the figure given just before."""
    low = text.lower()
    return any(re.search(lex.POINTING_CORRECTION, low[:m.start()]) for m in _correction_rx(lex).finditer(text))


def retracted(text: str, figures, lex) -> frozenset[tuple[str, float]]:
    """(unit, value) of the counts a sentence says were taken back, with no right figure of theirs
    given after ("cổng thông tin đăng tin ... 7 người chết, sau đó gỡ bài và đính chính"): the
    figure is the wrong one, and corrects nothing."""
    before, after = _told_then_changed(text, figures, lex)
    return frozenset(x for x in before if x[0] not in after)
