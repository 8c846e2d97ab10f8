"""A figure its sentence sets against another source's, by name: "cao hơn nhiều con số công an
công bố", "ít hơn 260 ca so với số liệu của Cục Phòng bệnh", "gấp gần ba lần con số vườn báo cáo".
The sentence itself says the two figures differ and whose the other one is, so it is on the topic
of that source's claim however differently the two are worded."""
from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import Figure, compatible
from .base import ClaimView
from .parts import part_of_a_total


# Scopes that measure something else than the figure itself: a gap, a plan, a forecast, a baseline
# (the frames' names, `conflicts.frames`).
_OTHER_MEASURES = frozenset({"difference", "target", "forecast", "baseline"})


@lru_cache(maxsize=4)
def _set_against_rx(lex) -> re.Pattern:
    """A comparison ("cao hơn", "ít hơn 260 ca", "gấp gần ba lần") and, a few words on, another
    source's figure ("con số", "số liệu", "thống kê", "báo cáo") and who gave it."""
    compare = "|".join(map(re.escape, lex.FIGURE_COMPARISONS))
    figure = "|".join(map(re.escape, lex.OTHER_FIGURE_NOUNS))
    verbs = "|".join(map(re.escape, lex.PUBLISH_VERBS + lex.FIGURE_GIVING_VERBS))
    return re.compile(rf"(?<!\w)(?:{compare})(?:\s+\S+){{0,5}}?\s+(?:so\s+với\s+)?(?:{figure})\s+(?:(?:của|do|mà)\s+)?"
                      rf"(?P<who>[^,.;:“”\"()]{{2,60}}?)(?:\s+(?:{verbs})(?!\w)|\s*[,.;:()]|\s*$)", re.I)


@lru_cache(maxsize=4096)
def _set_against(text: str, lex) -> re.Match | None:
    """The comparison with another source's figure, unless it is negated ("không cao hơn đáng kể
    so với số liệu của Sở": the two agree) or sets the figure against another period's ("thấp hơn
    con số Bộ Y tế công bố cho cả năm 2023", "gấp tám lần con số năm 2022"). Read once per text:
    the pair finder asks it of every pair of claims in an article."""
    m = _set_against_rx(lex).search(text)
    if m is None or re.search(r"(?<!\w)(?:không|chưa|chẳng)(?:\s+\S+){0,2}\s*$", text[:m.start()].lower()):
        return None
    tail = re.split(r"[,.;:]", text[m.end("who"):], maxsplit=1)[0]
    if re.search(lex.OTHER_PERIOD_AFTER_COMPARISON, m.group(0) + tail, re.I):
        return None
    return m


def source_set_against(text: str, lex) -> str | None:
    """Who gave the figure a sentence sets its own against, as written (lower case), if it does."""
    m = _set_against(text, lex)
    return m.group("who").strip().lower() if m else None


def rebuts(later: ClaimView, earlier: ClaimView, lex) -> bool:
    """Whether `later` sets its figure against `earlier`'s by naming `earlier`'s source: the name
    as written runs inside that source's name ("công an" in "Cơ quan công an", "Cục Phòng bệnh"),
    or a generic word stands for the body ("doanh nghiệp" for "Công ty ... HMP Land", the
    lexicon's `GENERIC_ORG_REFS`). Not a pronoun or a bare place level ("ông", "xã": anyone's),
    nor the later source's own body revising its figure ("Phó trưởng Công an tỉnh" on "công an")."""
    who = source_set_against(later.text, lex)
    if not who or not earlier.source or later.source == earlier.source \
            or who in lex.PRONOUN_GENDER or who in lex.PERSON_TITLES or who in lex.ADMIN_PLACE_HEADS:
        return False
    first = min((f.start for f in later.figures), default=len(later.text))
    own = f"{later.source or ''} {later.mention or ''} {later.text[:first]}".lower()  # (and how it is introduced)
    if re.search(rf"(?<!\w){re.escape(who)}(?!\w)", own):
        return False
    theirs = f"{earlier.source} {earlier.mention or ''}".lower()
    if re.search(rf"(?<!\w){re.escape(who)}(?!\w)", theirs):
        return True
    heads = lex.GENERIC_ORG_REFS.get(who, ())
    return any(theirs.startswith(h.lower()) for h in heads)


def rebutted_link(a: ClaimView, b: ClaimView, fr_a, fr_b, lex):
    """The figures of one thing the two claims give, when one of them sets its own against the
    other's source by name: (figure of `a`, figure of `b`), or None. The rebutting figure is the
    one the comparison follows ("nhóm tự thống kê được 4,5 tỷ đồng, cao hơn ...", not "riêng anh
    mất 300 triệu" before it); the other claim's is its one figure of that thing (of the same
    scope where it gives several: none when that leaves two). The comparison's own figure ("nhiều
    hơn 810 người", "gấp ba lần") and a running story's step ("đã lên 15 người") are not compared."""
    if rebuts(a, b, lex):
        later, fr_later, earlier, fr_earlier = a, fr_a, b, fr_b
    elif rebuts(b, a, lex):
        later, fr_later, earlier, fr_earlier = b, fr_b, a, fr_a
    else:
        return None
    at = _set_against(later.text, lex).start()
    own = [x for x in fr_later if x.figure.end <= at and x.unit != "lần" and not _after_comparison(later.text, x, lex)]
    if not own or own[-1].change is not None:
        return None
    x = own[-1]
    theirs = [y for y in fr_earlier if y.key == x.key and not _after_comparison(earlier.text, y, lex)
              and _scoped(x, y, later.text, earlier.text, lex)]
    if len(theirs) > 1:
        theirs = [y for y in theirs if y.scope == x.scope]
    if len(theirs) > 1:
        theirs = _total_or_named_part(later.text, x, earlier.text, theirs, lex)
    if len(theirs) != 1 or theirs[0].change is not None or not _differ(x.figure, theirs[0].figure):
        return None
    return (x, theirs[0]) if later is a else (theirs[0], x)


def _total_or_named_part(text_x: str, x, text_y: str, theirs: list, lex) -> list:
    """Of a total and its parts ("40 ha rừng bị cháy, trong đó 30 ha rừng trồng"), the part the
    rebutting figure's own words name ("diện tích rừng trồng bị cháy là 36 ha"), else the total
    ("tổng diện tích ... là 42,6 ha, trong đó tiểu khu 12 chiếm 35,2 ha": not a part)."""
    parts = [y for y in theirs if part_of_a_total(text_y, y, lex)]
    totals = [y for y in theirs if y not in parts]
    said = _pairs_around(text_x, x.figure)
    common = set().union(*(_pairs_around(text_y, t.figure) for t in totals)) if totals else set()
    named = [y for y in parts if (_pairs_around(text_y, y.figure) - common) & said]
    return named if len(named) == 1 else totals


def _pairs_around(text: str, f: Figure) -> set[str]:
    """Two-word terms in a figure's clause before it and right after it ("30 ha rừng trồng")."""
    before = re.split(r"[,;:.]", text[:f.start])[-1]
    after = re.split(r"[,;:.]|\d", text[f.end:])[0]
    words = [w for w in re.findall(r"\w+", f"{before} | {after}".lower())]
    return {f"{a} {b}" for a, b in zip(words, words[1:])}


def _scoped(x, y, text_x: str, text_y: str, lex) -> bool:
    """Scopes that may be one quantity's: the same, an increase said two ways ("hóa đơn sẽ tăng
    42.300 đồng" / "trả thêm 29.100 đồng"), or one left unsaid where it is not a period's, or a
    period both sentences name ("từ đầu năm" put after the figure); a week's count is no count
    "từ đầu năm"."""
    scopes = {x.scope, y.scope}
    if x.scope == y.scope or scopes <= {"difference", "new"}:
        return True
    if None not in scopes or scopes & _OTHER_MEASURES:
        return False
    if "period" in scopes:
        said = [set(re.findall(lex.PERIOD_SCOPE, t.lower())) for t in (text_x, text_y)]
        return bool(said[0] & said[1])
    return True


def _differ(x: Figure, y: Figure) -> bool:
    """Two figures the sentence says differ: incompatible, or both "hơn" / "khoảng" two values
    ("hơn 4,5 tỷ" against "hơn 2,8 tỷ" may both hold as ranges, not as the claims meant)."""
    return not compatible(x, y) or x.bound == y.bound and abs(x.value - y.value) > 1e-9 * max(x.value, y.value, 1)


def _after_comparison(text: str, fr, lex) -> bool:
    """"ít hơn 260 ca", "gấp gần ba lần": a figure inside the comparison, the gap between two."""
    return _comparison_end_rx(lex).search(text[max(0, fr.figure.start - 20):fr.figure.start].lower()) is not None


@lru_cache(maxsize=4)
def _comparison_end_rx(lex) -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(map(re.escape, lex.FIGURE_COMPARISONS))})(?:\s+\S+){{0,2}}\s*$")
