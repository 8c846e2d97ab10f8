"""Conflicting statements: differing figures for one quantity, a statement and another party's
denial, and opposite claims by different sources. Works on `ClaimView`s, so the same checks run
inside one article and against claims stored from earlier articles."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from . import lexicon
from .numbers import Figure, compatible

KINDS = ("number_mismatch", "denial", "contradiction")


@dataclass(frozen=True)
class ClaimView:
    """A claim as the conflict checks see it. `ref` identifies it (sentence index or db id)."""

    ref: int
    text: str
    source: str | None
    source_type: str | None
    figures: tuple[Figure, ...]
    article: str | None = None  # None: the article being analysed


@dataclass(frozen=True)
class Conflict:
    sentence: int
    other_article: str | None
    other_sentence: int
    other_text: str
    kind: str
    reason: str
    score: float


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=4096)
def topic_terms(text: str, lang: str = "vi") -> frozenset[str]:
    """Syllable bigrams of a sentence (Vietnamese words are mostly two syllables), minus pairs
    of function words; capitalised names are kept whole as single terms too."""
    lex = lexicon.get(lang)
    sylls = [w.lower() for w in _WORD.findall(text)]
    terms = set()
    for a, b in zip(sylls, sylls[1:]):
        if a in lex.STOPWORDS and b in lex.STOPWORDS:
            continue
        terms.add(f"{a} {b}")
    for name in re.findall(r"(?:[A-ZĐ][\w-]+(?:\s+[A-ZĐ][\w-]+)*)", text):
        if len(name) > 2:
            terms.add(name.lower())
    return frozenset(terms)


def similarity(a: str, b: str, lang: str = "vi") -> float:
    ta, tb = topic_terms(a, lang), topic_terms(b, lang)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb)) ** 0.5 / max(len(ta), len(tb)) ** 0.5


def _unit_family(f: Figure) -> str:
    return f.unit.split("/")[0].strip()


def _casualty(text: str, f: Figure, lex) -> str | None:
    window = text[f.end: f.end + 60].lower()
    hits = [(window.find(w), fam) for w, fam in lex.CASUALTY_WORDS.items() if w in window]
    return min(hits)[1] if hits else None


def _same_bound_mismatch(a: Figure, b: Figure) -> bool:
    if a.bound == b.bound and a.bound in ("atmost", "atleast", "above", "below"):
        return abs(a.value - b.value) > 1e-9 * max(a.value, b.value, 1)
    return not compatible(a, b)


def number_conflicts(a: ClaimView, b: ClaimView, lang: str = "vi", min_topic: float = 0.12) -> list[tuple[float, str]]:
    lex = lexicon.get(lang)
    out = []
    sim = similarity(a.text, b.text, lang)
    for fa in a.figures:
        if fa.kind != "count":
            continue
        for fb in b.figures:
            if fb.kind != "count" or _unit_family(fa) != _unit_family(fb) or not fa.unit:
                continue
            ca, cb = _casualty(a.text, fa, lex), _casualty(b.text, fb, lex)
            if ca != cb:
                continue
            if not _same_bound_mismatch(fa, fb):
                continue
            topic = sim + (0.25 if ca else 0.0)
            if topic < min_topic:
                continue
            out.append((round(min(0.99, 0.5 + topic), 2), f"“{fa.text}” vs “{fb.text}”"))
    return out


def _has_denial(text: str, lex) -> str | None:
    low = text.lower()
    for marker in sorted(lex.DENIAL_MARKERS, key=len, reverse=True):
        if marker in low:
            return marker
    return None


def _who(c: ClaimView) -> str:
    return c.source or "the article itself"


def compare(a: ClaimView, b: ClaimView, lang: str = "vi") -> list[Conflict]:
    """Conflicts between two claims, reported on `a` (the newer / later one is usually a)."""
    lex = lexicon.get(lang)
    found: list[Conflict] = []
    other_ref = b.ref
    for score, detail in number_conflicts(a, b, lang):
        found.append(Conflict(a.ref, b.article, other_ref, b.text, "number_mismatch",
                              f"Different figures for the same thing: {detail} ({_who(a)} / {_who(b)})", score))
        break
    same_source = a.source and b.source and a.source == b.source
    sim = similarity(a.text, b.text, lang)
    for denier, other in ((a, b), (b, a)):
        marker = _has_denial(denier.text, lex)
        if marker and not same_source and not _has_denial(other.text, lex) and sim >= 0.1:
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "denial",
                                  f"{_who(denier)} denies (“{marker}”) what {_who(other)} states", round(min(0.99, 0.55 + sim), 2)))
            break
    if not found and not same_source and a.source and b.source and sim >= 0.35:
        pa, pb = _polarity(a.text, lex), _polarity(b.text, lex)
        if pa != pb:
            found.append(Conflict(a.ref, b.article, other_ref, b.text, "contradiction",
                                  f"{_who(a)} and {_who(b)} make opposite statements on the same matter", round(min(0.95, 0.4 + sim), 2)))
    return found


def _polarity(text: str, lex) -> bool:
    words = text.lower().split()
    return sum(1 for w in words if w in lex.POLARITY_NEGATORS) % 2 == 0


def within(claims: Sequence[ClaimView], lang: str = "vi") -> list[Conflict]:
    """All conflicts inside one article, each pair at most once, reported on the later sentence."""
    out: list[Conflict] = []
    for j in range(len(claims)):
        for i in range(j):
            for c in compare(claims[j], claims[i], lang):
                out.append(c)
    return _best_per_denial(out)


def _best_per_denial(conflicts: Iterable[Conflict]) -> list[Conflict]:
    """One denial may echo in several sentences of the same quote: keep the best pair per sentence."""
    best: dict[tuple[int, str], Conflict] = {}
    rest = []
    for c in conflicts:
        if c.kind == "number_mismatch":
            rest.append(c)
            continue
        key = (min(c.sentence, c.other_sentence), c.kind)
        if key not in best or c.score > best[key].score:
            best[key] = c
    return rest + list(best.values())
