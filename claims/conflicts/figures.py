"""Figures for one quantity that cannot both be true: same unit and harm word, about the same
named matter, no sign that they measure different things, not a breakdown of a total, not a
statement about only some of the things counted."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..numbers import Figure, compatible
from .base import _WORD, ClaimView, proper_names, similarity, squash

def _unit_family(f: Figure, lex) -> str:
    """The unit figures are compared under: a rate ("thùng/ngày") is not a total ("thùng"),
    but a price per kilo may be quoted without "/kg"."""
    base = f.unit.split("/")[0].strip()
    return base if base in lex.MONEY_UNITS else f.unit.replace(" ", "")


def _casualty(text: str, f: Figure, lex) -> str | None:
    """The harm a figure counts ("27 người chết" -> dead); "34 người chết và mất tích" counts
    two harms together, a different total from either."""
    window = text[f.end: f.end + 60].lower()
    hits = sorted((window.find(w), w, fam) for w, fam in lex.CASUALTY_WORDS.items() if w in window)
    if not hits:
        return None
    pos, word, fam = hits[0]
    for pos2, _, fam2 in hits[1:]:
        gap = window[pos + len(word):pos2]
        if fam2 != fam and re.fullmatch(r"\s*(?:và|hoặc|,|/)\s*", gap):
            return "+".join(sorted((fam, fam2)))
    return fam


def _same_bound_mismatch(a: Figure, b: Figure) -> bool:
    if a.bound == b.bound and a.bound in ("atmost", "atleast", "above", "below"):
        return abs(a.value - b.value) > 1e-9 * max(a.value, b.value, 1)
    return not compatible(a, b)


def number_conflicts(a: ClaimView, b: ClaimView, lang: str = "vi", min_topic: float = 0.25) -> list[tuple[float, str]]:
    """Figures for the same thing that cannot both be true. Same unit (and harm word, if any),
    about the same named matter, no sign in the words before them that they measure different
    things, not a breakdown of a total, not a statement about only some of the things counted."""
    lex = lexicon.get(lang)
    names_a, names_b = proper_names(a.text), proper_names(b.text)
    shared = names_a & names_b
    sim = similarity(a.text, b.text, lang)
    topical = bool(shared) or (not (names_a and names_b) and sim >= min_topic)

    def family(f: Figure, text: str) -> tuple[str, str | None]:
        return _unit_family(f, lex), _casualty(text, f, lex)

    out = []
    for fa in a.figures:
        if fa.kind != "count" or not fa.unit or fa.unit.split("/")[0] in lex.TIME_UNITS:
            continue
        key = family(fa, a.text)
        same = [fb for fb in b.figures if fb.kind == "count" and fb.unit and family(fb, b.text) == key]
        # one agreeing pair means the other figures are a breakdown ("327 người, gồm 199 ..."), not a conflict
        agree = any(not _same_bound_mismatch(x, y) for x in a.figures if x.kind == "count" and x.unit
                    and family(x, a.text) == key for y in same)
        if not same or agree:
            continue
        fb = same[0]
        if any(_near_breakdown(t, f, lex) for t, f in ((a.text, fa), (b.text, fb))):
            continue  # "2 bệnh nhân còn lại", "riêng thôn X có ...": a part of the total
        if _partial(a.text, fa, lex) or _partial(b.text, fb, lex):
            continue  # "Nhiều dự án có giá trên 100 triệu": some of them, not the figure for all
        if not topical:
            continue
        if key[1] is None and key[0] not in lex.MONEY_UNITS:
            # no harm word to say what is counted: the words before the figures must not say that
            # they count different things (sums of money are too often worded two ways to judge)
            ma, mb = _measured(a.text, fa, lex), _measured(b.text, fb, lex)
            if ma and mb and not ma & mb:
                continue  # "phóng 64 UAV" / "bắn hạ 51 UAV", "lượng tìm kiếm giảm 12%" / "giá tăng 15%"
        out.append((squash(0.55 + sim + 0.1 * len(shared)), lex.REASONS["figures"].format(x=fa.text, y=fb.text)))
        break
    return out


def _clause_before(text: str, f: Figure) -> str:
    before = text[:f.start]
    cut = max(before.rfind(ch) for ch in ",.;:“”\"()")
    return before[cut + 1:]


def _measured(text: str, f: Figure, lex) -> frozenset[str]:
    """The content words just before a figure, in its clause: what the figure measures
    ("giá bán sơ cấp ... bình quân", "tiền lắp máy lạnh là")."""
    words = _WORD.findall(_clause_before(text, f))[-8:]
    return frozenset(w.lower() for w in words if w.islower() and len(w) > 1 and w not in lex.STOPWORDS
                     and w not in _cue_syllables(lex) and w not in lex.APPROXIMATORS)


@lru_cache(maxsize=4)
def _cue_syllables(lex) -> frozenset[str]:
    """Syllables of reporting verbs: "cho biết 40 UAV" says who speaks, not what is counted."""
    return frozenset(w for cue in lex.SPEECH_CUES for w in cue.split())


@lru_cache(maxsize=4)
def _partial_patterns(lex) -> tuple[re.Pattern, re.Pattern]:
    alt = "|".join(re.escape(c) for c in sorted(lex.SPEECH_CUES, key=len, reverse=True))
    return (re.compile(rf"(?<!\w)(?:{alt})(?!\w)"),
            re.compile(rf"\s*(?:{'|'.join(re.escape(m) for m in lex.PARTIAL_MARKERS)})(?!\w)", re.I))


def _partial(text: str, f: Figure, lex) -> bool:
    clause = re.split(r"[.;:]", text[:f.start])[-1]
    cue, partial = _partial_patterns(lex)
    if cue.search(clause):
        return False  # "nhiều trang tin đưa tin con số ...": the quantifier is on the sources
    return bool(partial.match(clause))


def _near_breakdown(text: str, f: Figure, lex) -> bool:
    window = text[max(0, f.start - 200): f.end + 25].lower()
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)", window) for m in lex.BREAKDOWN_MARKERS)
