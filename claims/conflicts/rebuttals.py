"""A figure its sentence sets against another source's, by name: "cao hơn nhiều con số công an
công bố", "ít hơn 260 ca so với số liệu của Cục Phòng bệnh", "gấp gần ba lần con số vườn báo cáo".
The sentence itself says the two figures differ and whose the other one is, so it is on the topic
of that source's claim however differently the two are worded."""
from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import Figure, compatible
from .base import ClaimView


# Scopes that measure something else than the figure itself: a gap, a plan, a forecast, a baseline.
_OTHER_MEASURES = frozenset({"difference", "target", "forecast", "baseline"})


@lru_cache(maxsize=4)
def _set_against_rx(lex) -> re.Pattern:
    """A comparison ("cao hơn", "ít hơn 260 ca", "gấp gần ba lần") and, a few words on, another
    source's figure ("con số", "số liệu", "thống kê", "báo cáo") and who gave it."""
    compare = "|".join(map(re.escape, lex.FIGURE_COMPARISONS))
    figure = "|".join(map(re.escape, lex.OTHER_FIGURE_NOUNS))
    verbs = "|".join(map(re.escape, lex.PUBLISH_VERBS + ("báo cáo", "cung cấp")))
    return re.compile(rf"(?<!\w)(?:{compare})(?:\s+\S+){{0,5}}?\s+(?:so\s+với\s+)?(?:{figure})\s+(?:(?:của|do|mà)\s+)?"
                      rf"(?P<who>[^,.;:“”\"()]{{2,60}}?)(?:\s+(?:{verbs})(?!\w)|\s*[,.;:()]|\s*$)", re.I)


def source_set_against(text: str, lex) -> str | None:
    """Who gave the figure a sentence sets its own against, as written (lower case), if it does."""
    m = _set_against_rx(lex).search(text)
    return m.group("who").strip().lower() if m else None


def rebuts(later: ClaimView, earlier: ClaimView, lex) -> bool:
    """Whether `later` sets its figure against `earlier`'s by naming `earlier`'s source: the name
    as written runs inside that source's name ("công an" in "Cơ quan công an", "Cục Phòng bệnh"),
    or a generic word stands for the body ("doanh nghiệp" for "Công ty ... HMP Land", the
    lexicon's `GENERIC_ORG_REFS`)."""
    who = source_set_against(later.text, lex)
    if not who or not earlier.source or later.source == earlier.source:
        return False
    theirs = f"{earlier.source} {earlier.mention or ''}".lower()
    if re.search(rf"(?<!\w){re.escape(who)}(?!\w)", theirs):
        return True
    heads = lex.GENERIC_ORG_REFS.get(who, ())
    return any(theirs.startswith(h.lower()) for h in heads)


def rebutted_link(a: ClaimView, b: ClaimView, fr_a, fr_b, lex):
    """The figures of one thing the two claims give, when one of them sets its own against the
    other's source by name: (figure of `a`, figure of `b`), or None. The comparison's own figure
    ("nhiều hơn 810 người", "gấp ba lần") is no figure of the thing."""
    if not (rebuts(a, b, lex) or rebuts(b, a, lex)):
        return None
    for x in fr_a:
        for y in fr_b:
            # (an increase two ways: "hóa đơn sẽ tăng 42.300 đồng" / "trả thêm 29.100 đồng")
            # (a scope one sentence leaves unsaid is the other's: "từ đầu năm" put after the figure)
            scoped = x.scope == y.scope or None in (x.scope, y.scope) and not {x.scope, y.scope} & _OTHER_MEASURES \
                or {x.scope, y.scope} <= {"difference", "new"}
            if x.key == y.key and scoped and x.unit != "lần" \
                    and _differ(x.figure, y.figure) and not _after_comparison(a.text, x, lex) \
                    and not _after_comparison(b.text, y, lex):
                return x, y
    return None


def _differ(x: Figure, y: Figure) -> bool:
    """Two figures the sentence says differ: incompatible, or both "hơn" / "khoảng" two values
    ("hơn 4,5 tỷ" against "hơn 2,8 tỷ" may both hold as ranges, not as the claims meant)."""
    return not compatible(x, y) or x.bound == y.bound and abs(x.value - y.value) > 1e-9 * max(x.value, y.value, 1)


def _after_comparison(text: str, fr, lex) -> bool:
    """"ít hơn 260 ca", "gấp gần ba lần": a figure inside the comparison, the gap between two."""
    before = text[max(0, fr.figure.start - 20):fr.figure.start].lower()
    return re.search(rf"(?:{'|'.join(map(re.escape, lex.FIGURE_COMPARISONS))})(?:\s+\S+){{0,2}}\s*$", before) is not None
