"""What a figure is of, where an article weighs several goods against each other: "quý I xuất khẩu
2,28 triệu tấn gạo" and "Với cà phê, ... 494.000 tấn" count two things, and their figures are no
one quantity. The things are read from the article itself, not from a list: the nouns after a
trade verb ("xuất khẩu gạo"), after a unit of goods ("tấn gạo") and after a topic opener ("Với cà
phê,", which counts twice), kept when the article names them so at least twice and names two or
more of them."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from ..words import dictionary_words
from .base import ClaimView

_WORD = r"[a-zà-ỹđ]+"


def _noun_at(low: str, pos: int, lex) -> str | None:
    """The lower-case word (of one syllable, or two where the dictionary joins them) at `pos`."""
    m = re.match(rf"\s*({_WORD})(?:\s+({_WORD}))?", low[pos:])
    if m is None:
        return None
    first, second = m.group(1), m.group(2)
    if first in lex.STOPWORDS or first in lex.TIME_UNITS or first in lex.PERIOD_NAMES:
        return None
    if second and f"{first} {second}" in dictionary_words():
        return f"{first} {second}"
    return first


@lru_cache(maxsize=4)
def _slots(lex) -> tuple[re.Pattern, re.Pattern]:
    verbs = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.TRADE_VERBS))})(?!\w)")
    topic = re.compile(rf"^(?:{'|'.join(map(re.escape, sorted(lex.TOPIC_OPENERS, key=len, reverse=True)))})\s+([^,]{{2,24}}),")
    return verbs, topic


def _traded_things(c: ClaimView, lex) -> list[str]:
    """The nouns after a trade verb ("xuất khẩu gạo") and after a unit of goods ("tấn gạo")."""
    low = c.text.lower()
    verbs, _ = _slots(lex)
    found = [_noun_at(low, m.end(), lex) for m in verbs.finditer(low)]
    found += [_noun_at(low, f.end, lex) for f in c.figures if f.unit in lex.GOODS_UNITS and low[f.end:f.end + 1] == " "]
    return [t for t in found if t]


def _opened_thing(c: ClaimView, lex) -> str | None:
    """The noun a topic opener names ("Với hạt điều, ...")."""
    _, topic = _slots(lex)
    opened = topic.match(c.text.lower())
    return _noun_at(opened.group(1), 0, lex) if opened and not re.search(r"\d", opened.group(1)) else None


def contrasted(claims: Sequence[ClaimView], lex) -> frozenset[str]:
    """The things the article weighs against each other: each named so at least twice (a topic
    opener counts twice: it names the thing outright), two or more."""
    traded = [t for c in claims for t in _traded_things(c, lex)]
    opened = [t for c in claims if (t := _opened_thing(c, lex))]
    counts = Counter(traded + opened * 2)
    kept = frozenset(t for t, n in counts.items() if n >= 2)
    # (goods at all: one of them after a trade verb or a unit of goods, not only after "Với ...,"
    # openers, which also open "Với tinh thần khẩn trương,")
    return kept if len(kept) >= 2 and kept & set(traded) else frozenset()


@lru_cache(maxsize=16384)
def of_things(text: str, things: frozenset[str]) -> frozenset[str]:
    low = text.lower()
    return frozenset(t for t in things if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", low))


def other_things(a: ClaimView, b: ClaimView, things: frozenset[str]) -> bool:
    """Both claims name things the article compares, and no thing in common."""
    if not things:
        return False
    ta, tb = of_things(a.text, things), of_things(b.text, things)
    return bool(ta) and bool(tb) and not ta & tb
