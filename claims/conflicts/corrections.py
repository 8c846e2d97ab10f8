"""Corrections: the words that say a figure puts right one given before ("đính chính", "nhầm
lẫn", "con số chính xác"), and the headline of a correction notice ("Đính chính ..."), whose every
figure corrects what was published before."""
from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import extract


@lru_cache(maxsize=4)
def _correction_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(m) for m in lex.CORRECTION_MARKERS)})(?!\w)", re.I)


@lru_cache(maxsize=16384)
def corrects(text: str, lex) -> bool:
    return bool(_correction_rx(lex).search(text))


@lru_cache(maxsize=16384)
def correction_notice(headline: str | None, lex) -> bool:
    """Whether an article with this headline is a correction notice ("Đính chính ...")."""
    low = (headline or "").lower()
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", low) for m in lex.CORRECTION_NOTICES)


@lru_cache(maxsize=4)
def _publication_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(m) for m in lex.PUBLICATION_QUOTES)})(?!\w)", re.I)


@lru_cache(maxsize=16384)
def quotes_publication(text: str, lex) -> bool:
    """Whether a notice's sentence quotes what was published ("Trong bài viết ... đưa tin ...",
    "đã bị ghi thành 312 bài"): the figure it gives is the one corrected."""
    return bool(_publication_rx(lex).search(text))


def named_values(texts) -> frozenset[tuple[float, str]]:
    """(value, unit) of every number a notice names: its figures with their units, and bare numbers
    ("điều chỉnh từ 58 xuống còn 38 em": 58) with none."""
    out = set()
    for text in texts:
        figures = [f for f in extract(text) if f.kind == "count"]
        out.update((f.value, f.unit) for f in figures)
        for m in re.finditer(r"(?<![\w.,])\d[\d.]*(?:,\d+)?(?![\w])", text):
            if not any(f.start <= m.start() < f.end for f in figures):
                try:
                    out.add((float(m.group(0).replace(".", "").replace(",", ".")), ""))
                except ValueError:
                    pass
    return frozenset(out)


def names_value(values: frozenset[tuple[float, str]], value: float, unit: str) -> bool:
    """Whether a notice names this figure: the same value, with its unit or bare."""
    return (value, unit) in values or (value, "") in values
