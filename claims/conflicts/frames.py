"""The quantity frame of a figure: what it counts, its scope (new / cumulative), the place it is
for, the moment it holds for, whose figure it is, and how the sentence presents it (a rise, a
corrected value, a first estimate). Two figures are about one quantity only when their frames
match; how they then differ says whether the pair is a conflict, an update or a correction."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lexicon
from ..numbers import Figure
from .harms import casualty
from .places import figure_places, place_mentions, places_match  # noqa: F401  (places_match: part of what frames offer)


@dataclass(frozen=True)
class Moment:
    """When a figure holds: a clock time and/or a day ("17h ngày 3/9"), or a period ("năm 2023")."""

    text: str
    day: int | None = None  # month * 100 + day
    year: int | None = None
    minutes: int | None = None
    period: str | None = None  # a period as written, lower case ("9 tháng đầu năm 2023")


@dataclass(frozen=True)
class Frame:
    figure: Figure
    unit: str  # the unit family figures are compared under ("người", "đồng", "%")
    harm: str | None  # the harm counted ("dead", "injured"...), None when no harm word follows
    what: str  # what is counted, as written for the editor ("người chết", "ca")
    scope: str | None  # "new" | "cumulative" | None
    places: tuple[tuple[tuple[int | None, str], ...], ...]  # chains of (level, name): one chain per place
    place_text: str  # the places as written ("tỉnh Kiên Hòa")
    as_of: Moment | None
    occurred: Moment | None  # when the event counted happened ("xảy ra rạng sáng 6/2")
    change: str | None  # "rise" ("tăng lên 17"), "fall" ("giảm xuống 3"), "old" ("không phải 51"), "initial" ("ban đầu")
    source: str | None
    now: bool = False  # said to hold at the time of writing ("hiện là 24 người", "đến nay")

    @property
    def key(self) -> tuple[str, str | None]:
        return self.unit, self.harm


# --------------------------------------------------------------------------- what is counted
def in_base_unit(f: Figure, lex) -> Figure:
    """A figure in its unit's base ("3.000 kg" as 3 tấn, "2 km2" as 200 ha), so that one quantity
    given in two units is compared as one; the text stays as written."""
    base = lex.UNIT_BASES.get(f.unit)
    if base is None:
        return f
    unit, factor = base
    # rounded: 0.07 ha must be 7 ha / 100 exactly, not a hair off from "7 ha" written elsewhere
    return replace(f, low=round(f.low * factor, 9), high=round(f.high * factor, 9), unit=unit)


def unit_family(f: Figure, lex, text: str = "") -> str:
    """The unit figures are compared under: a rate ("thùng/ngày") is not a total ("thùng"),
    but a price per kilo may be quoted without "/kg"; a sum per head or per period ("mỗi người
    ... 25 triệu đồng", "250 triệu USD mỗi năm") is not a total either."""
    base, _, per = f.unit.partition("/")
    base, per = base.strip(), per.strip()
    if base not in lex.MONEY_UNITS:
        return _counted_noun(f.unit, text[:f.start], lex).replace(" ", "")
    rates = "|".join(re.escape(w) for w in sorted(lex.MONEY_RATE_WORDS, key=len, reverse=True))
    clause = re.split(r"[,;:.]", text[:f.start])[-1].lower()
    each = re.search(rf"(?<!\w)mỗi\s+({rates})(?!\w)", clause)
    if per in lex.MONEY_RATE_WORDS:
        return f"{base}/{per}"
    return f"{base}/{each.group(1)}" if each else base


def counted_unit(unit: str, lex) -> str:
    """One counted noun however it is written ("hộ dân" and "hộ" count households)."""
    return lex.COUNTED_NOUN_VARIANTS.get(unit, unit)


def _counted_noun(unit: str, before: str, lex) -> str:
    """The noun a count is of, without its classifier: "5 căn nhà" and "5 ngôi nhà" both count
    "nhà"; a classifier alone takes the noun named with "số" before it ("số nhà bị sập ... là 5 căn")."""
    unit = counted_unit(unit, lex)
    head, _, rest = unit.partition(" ")
    if unit in lex.PERSON_COUNTERS:
        # "số thí sinh trúng tuyển ... là 157 em", "số công nhân ngừng việc là 4.500 người": a
        # counter for people takes the noun the "số" phrase names (two syllables: most nouns)
        named = number_of(before)[:2]
        if len(named) == 2 and not any(w in lex.STOPWORDS or w in lex.CLASSIFIERS for w in named):
            return "".join(named)
        return unit
    if unit == "người":
        # "số công nhân nghỉ việc ... khoảng 600 người": people counted as the "số" phrase's people;
        # not a toll ("số nạn nhân tử vong ... là 19 người" counts the dead, as "27 người chết" does)
        phrase = number_of(before)
        named = " ".join(phrase[:2])
        harmed = any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", " ".join(phrase)) for w in lex.CASUALTY_WORDS)
        return named if named in lex.PEOPLE_COUNTED_AS and not harmed else unit
    if head not in lex.CLASSIFIERS:
        return unit
    if rest:
        return rest
    named = number_of(before)
    return named[0] if named else unit


def _unit_of_so_phrase(text: str, f: Figure, lex) -> Figure:
    """A bare numeral counts the noun its clause's "số ..." phrase names ("số người bị thương
    được xác định là 6", "Số người chết tăng lên 6"): a one-word noun of people or things."""
    named = number_of(re.split(r"[,;:.]", text[:f.start])[-1])
    if named and named[0] in lex.SINGLE_WORD_NOUNS and named[0] not in lex.TIME_UNITS:
        return replace(f, unit=named[0])
    return f


def number_of(before: str) -> list[str]:
    """The words of the last "số ..." phrase ("the number of ...") in `before`, lower case, at most
    six: "số người được huy động đã tăng lên" -> người, được, huy, động, đã, tăng."""
    found = re.findall(r"(?<!\w)(?<!con )số\s+((?:\w+\s*){1,6})", before.lower())  # "con số": "the figure"
    return found[-1].split() if found else []


# --------------------------------------------------------------------------- clauses
@lru_cache(maxsize=4)
def _segment_rx(lex) -> re.Pattern:
    joins = "|".join(re.escape(w) for w in sorted(set(lex.CONTRAST_JOINS) - lex.COMMA_JOINS, key=len, reverse=True))
    after_comma = "|".join(re.escape(w) for w in sorted(lex.COMMA_JOINS, key=len, reverse=True))
    return re.compile(rf"[;!?]|\.(?=\s)|,?\s+(?:{joins})(?!\w)|,\s*(?:{after_comma})(?!\w)", re.I)


def segment(text: str, pos: int, lex) -> tuple[int, int]:
    """The stretch of the sentence a figure at `pos` belongs to: cut at ";" and at contrasting
    joins ("trong khi", ", còn"), so that "... 501.649 ca; ngày 3/9 ghi nhận 14.922 ca mới"
    gives each figure its own date."""
    start, end = 0, len(text)
    for m in _segment_rx(lex).finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


# --------------------------------------------------------------------------- moments
_CLOCK = re.compile(r"(?<!\w)(\d{1,2})\s*(?:h|giờ|g)\s*(\d{1,2})?(?!\w)", re.I)


def moment_of(f: Figure) -> Moment:
    if f.kind == "time" and f.unit == "time":
        return Moment(f.text, minutes=int(f.value))
    if f.kind == "date" and f.unit == "date":
        val = int(f.value)
        clock = _CLOCK.search(f.text)
        minutes = int(clock.group(1)) * 60 + int(clock.group(2) or 0) if clock else None
        return Moment(f.text, day=val % 10000 or None, year=val // 10000 or None, minutes=minutes)
    return Moment(f.text, period=" ".join(f.text.lower().split()))


def same_moment(a: Moment | None, b: Moment | None) -> bool | None:
    """True / False when both say when, None when either does not or they cannot be compared."""
    if a is None or b is None:
        return None
    if a.period or b.period:
        return (a.period == b.period) if a.period and b.period else None
    known = False
    for x, y in ((a.year, b.year), (a.day, b.day), (a.minutes, b.minutes)):
        if x is not None and y is not None:
            if x != y:
                return False
            known = True
    return True if known else None


def later(a: Moment, b: Moment) -> bool:
    """Is `a` after `b` (both known and different)?"""
    ka = (a.year or 0, a.day or 0, a.minutes or 0)
    kb = (b.year or 0, b.day or 0, b.minutes or 0)
    if a.year is None or b.year is None:
        ka, kb = ka[1:], kb[1:]
    if a.day is None or b.day is None:
        ka, kb = ka[-1:], kb[-1:]
    return ka > kb


def _moments(text: str, f: Figure, seg: tuple[int, int], figures: tuple[Figure, ...], lex) -> tuple[Moment | None, Moment | None]:
    """(as of, occurred): the time expression nearest before the figure in its stretch of the
    sentence, else the first after it; one under an occurrence word ("xảy ra lúc") says when the
    event happened, not when the figure was counted."""
    times = [g for g in figures if g.kind in ("date", "time") and seg[0] <= g.start < seg[1] and g is not f]
    as_of = occurred = said_as_of = None
    for g in sorted(times, key=lambda g: (g.start > f.start, abs(g.start - f.start))):
        before = text[max(seg[0], g.start - 30):g.start].lower()
        if g.start > f.start and re.search(r"[,;]", text[f.end:g.start]) \
                and not re.search(lex.AS_OF_LEADS, text[max(seg[0], g.start - 80):g.start].lower()) \
                and not re.search(lex.REPORT_TIME_LEADS, text[max(seg[0], g.start - 60):g.start].lower()):
            # "40 ha, chủ yếu là thông trồng năm 2009": a later clause's time, unless "tính đến" or
            # "theo báo cáo sáng 9/9"
            continue
        m = _with_its_day(text, g, moment_of(g), times)
        if re.search(lex.OCCURRENCE_LEADS, before):
            occurred = occurred or m
        elif g.unit not in ("năm sinh", "thế kỷ"):
            as_of = as_of or m
            if said_as_of is None and re.search(lex.AS_OF_LEADS, text[max(seg[0], g.start - 80):g.start].lower()):
                said_as_of = m  # "tính đến 6h", "báo cáo ... lúc 6h": said to be the counting time
    return said_as_of or as_of, occurred


def _with_its_day(text: str, g: Figure, m: Moment, times: list[Figure]) -> Moment:
    """A clock time and the date right after it are one moment ("6h sáng ngày 3/11"), which the
    figures reader gives as two."""
    if g.kind != "time" or m.day is not None:
        return m
    for d in times:
        if d.kind == "date" and d.unit == "date" and 0 <= d.start - g.end <= 16 \
                and re.fullmatch(r"\s*(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm)\s*)?(?:ngày\s*)?", text[g.end:d.start].lower()):
            day = moment_of(d)
            return Moment(text[g.start:d.end], day=day.day, year=day.year, minutes=m.minutes)
    return m


@lru_cache(maxsize=4)
def _kind_rx(lex) -> re.Pattern:
    words = sorted(lex.EVENT_KINDS, key=len, reverse=True)
    return re.compile(rf"(?<!\w)({'|'.join(re.escape(w) for w in words)})(?!\w)", re.I)


def event_kinds(text: str, lex) -> frozenset[str]:
    """The kinds of event a sentence names ("trận động đất" -> earthquake)."""
    return frozenset(lex.EVENT_KINDS[m.group(1).lower()] for m in _kind_rx(lex).finditer(text))


@dataclass(frozen=True)
class Occurrence:
    """When the event a sentence tells of happened, as it says ("xảy ra lúc 4h17 rạng sáng 6/2")."""

    moment: Moment
    zone: str | None  # "local", "vn"...: the time zone the sentence gives
    approximate: bool  # "khoảng 4h"
    kinds: frozenset[str]


@lru_cache(maxsize=8192)
def occurrences(text: str, figures: tuple[Figure, ...], lang: str = "vi") -> tuple[Occurrence, ...]:
    lex = lexicon.get(lang)
    low = text.lower()
    zone = next((z for w, z in sorted(lex.TIME_ZONES.items(), key=lambda x: -len(x[0]))
                 if w in low and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low)), None)
    out = []
    for g in figures:
        if g.kind not in ("date", "time") or g.unit not in ("date", "time"):
            continue
        before = low[max(0, g.start - 30):g.start]
        if not re.search(lex.OCCURRENCE_LEADS, before):
            continue
        approx = bool(re.search(r"(?:khoảng|gần|hơn|chừng|tầm|sau|trước)\s*(?:lúc\s*)?$", before))
        out.append(Occurrence(moment_of(g), zone, approx, event_kinds(text, lex)))
    return tuple(out)


def different_moments(a: Occurrence, b: Occurrence, tolerance_min: int = 10) -> bool:
    """Two occurrence times that cannot be one moment: same zone, same day (or no day), clock
    times apart by more than the tolerance, neither approximate."""
    if a.approximate or b.approximate or a.zone != b.zone:
        return False
    if a.moment.day is not None and b.moment.day is not None and a.moment.day != b.moment.day:
        return False  # other days: another event, or a date read wrong; not a clock to compare
    if a.moment.minutes is None or b.moment.minutes is None:
        return False
    return abs(a.moment.minutes - b.moment.minutes) > tolerance_min


# --------------------------------------------------------------------------- scope and change
def _scope(text: str, f: Figure, seg: tuple[int, int], lex) -> str | None:
    before = text[max(seg[0], f.start - 60):f.start].lower()
    after = text[f.end:min(seg[1], f.end + 30)].lower()
    gap_lead = re.search(lex.DIFFERENCE_LEADS, before) or (
        f.unit != "%" and f.unit.split("/")[0] not in lex.MONEY_UNITS and re.search(lex.CHANGE_BY_LEADS, before))
    if gap_lead and re.match(lex.DIFFERENCE_AFTER, text[f.end:seg[1]].lower()):
        return "difference"  # "cao hơn 3 người so với ...", "tăng 1 người so với ...": how far two figures are apart
    if re.search(lex.DIFFERENCE_WITH_BASE_LEADS, before):
        return "difference"  # "cao hơn số đo tại trạm từ 2 đến 4 độ C": the base named first, then the gap
    if re.search(lex.BASELINE_LEADS, before):
        return "baseline"  # "hạ nhiệt so với mức đỉnh 660 USD/tấn hồi đầu năm": what another figure is measured against
    if re.search(lex.CHANGE_BY_LEADS, before) and re.match(r"\s*(?:\w+\s+){0,2}?(?:lên|xuống|còn)\s+(?:mức\s+)?\d", after):
        return "difference"  # "tăng 8 điểm lên 1.278 điểm": 8 is the step, 1.278 the level
    if f.unit.split("/")[0].strip() in lex.MONEY_UNITS and re.search(lex.CHANGE_BY_LEADS, before):
        return "difference"  # "kinh phí dự kiến giảm khoảng 140 triệu đồng": by how much, not how much
    own_clause = re.split(r"[,;:]", before)[-1]
    if re.search(lex.FORECAST_LEADS, own_clause):
        return "forecast"  # predicted, in the figure's own clause (before "thêm" could make it new)
    if re.search(lex.TARGET_LEADS, own_clause) or re.search(lex.PLAN_BEFORE, own_clause):
        return "target"  # aimed at or still needed ("cần thêm 1.555 doanh nghiệp"), in the figure's own clause
    if re.search(lex.NEW_SCOPE_BEFORE, before) or re.match(lex.NEW_SCOPE_AFTER, after) \
            or re.match(lex.DAY_SCOPE_OPENER, text[:f.start].lower()) and not re.search(lex.DAY_OPENER_YIELDS, text.lower()):
        return "new"
    # (the figure's own clause: "dừng thi công toàn bộ các mũi và sơ tán 120 công nhân" evacuated
    # 120, not all of anyone)
    if re.search(lex.ALL_GROUPS_SCOPE, re.split(r"[,;:]|\svà\s", before)[-1]) or \
            re.search(lex.ALL_GROUPS_SCOPE, re.split(r"[,;:]|\.(?!\d)", text[f.end:min(seg[1], f.end + 60)].lower())[0]):
        return "all"  # "theo tất cả các phương thức": the whole, not one group's figure
    # a period its stretch of the sentence opens with governs all its figures ("Từ đầu năm đến
    # nay, ... xảy ra 4 vụ tai nạn, làm 5 người chết": both are year-to-date totals)
    # (after whose figures they are: "Theo Thanh tra Sở Y tế, từ đầu năm đến nay, ... tổng số tiền 620 triệu")
    if re.search(lex.PERIOD_SCOPE, before) or re.match(rf"\W*(?:theo\s[^,]{{2,80}},\s*)?(?:\w+\s+){{0,2}}?{lex.PERIOD_SCOPE}",
                                                       text[seg[0]:f.start].lower()) \
            or re.match(lex.LAST_PERIOD_OPENER, text.lower()):
        return "period"
    if re.match(lex.OUT_OF_TOTAL_AFTER, after):
        return None  # "700 trên tổng số 2.300": the part, the total being the other figure
    if re.search(lex.CUMULATIVE_SCOPE, before) or re.match(rf"[^,;]{{0,20}}?{lex.CUMULATIVE_SCOPE}", after):
        return "cumulative"
    if re.match(lex.AT_SCENE_AFTER, after):
        return "at_scene"
    if re.search(lex.ONE_INSTANCE_LEADS, text[seg[0]:f.start].lower()):
        return "one"  # "Lần nhận tiền lớn nhất ... 4 tỷ đồng": one of several payments, not their sum
    if f.text.lower().startswith("một") and not text[seg[0]:f.start].strip(" ,;:–-") \
            and re.match(r"[^,;:.]{0,40}?\s(?:đã|vừa|sau đó)\s+\w", text[f.end:seg[1]]):
        return "one"  # "Một người bị thương nặng đã tử vong": one person's fate, not a toll
    return None


def a_level(f: Figure, lex) -> bool:
    """A price (money per unit) or a rate: a level that holds at a time, not a sum over a period."""
    base, _, per = f.unit.partition("/")
    return f.unit in ("%", "‰") or (base.strip() in lex.MONEY_UNITS and bool(per.strip()))


def _change(text: str, f: Figure, lex) -> str | None:
    before = text[max(0, f.start - 40):f.start].lower()
    if re.search(lex.OLD_VALUE_LEADS, before) or re.match(lex.OLD_VALUE_AFTER, text[f.end:f.end + 50].lower()):
        return "old"
    if re.search(lex.RISE_LEADS, before):
        return "fall" if re.search(lex.FALL_LEADS, before) else "rise"
    if re.search(lex.INITIAL_MARKERS, text[:f.start].lower()):
        return "initial"
    if re.search(lex.WHILE_ONGOING, text[:f.start].lower()) and re.search(lex.ESTIMATE_VERBS, text[:f.start].lower()):
        return "initial"  # estimated while the fire still spread: an early step
    return None


# --------------------------------------------------------------------------- the frame
@lru_cache(maxsize=65536)
def frames(text: str, figures: tuple[Figure, ...], source: str | None, mention: str | None,
           lang: str = "vi") -> tuple[Frame, ...]:
    """The frame of every counted figure of a claim (dates, times, durations and ages have none)."""
    lex = lexicon.get(lang)
    counts = [f for f in figures if f.kind == "count"]
    # a sentence that opens with a calendar period before any figure ("7 tháng đầu năm 2026, toàn
    # tỉnh xảy ra 6 vụ ..., 143 người mắc, 2 người tử vong") gives every figure for that period
    counted = [f for f in counts if f.unit and f.unit.split("/")[0] not in lex.TIME_UNITS]
    opens_with_period = bool(counted) and bool(re.search(lex.PERIOD_SCOPE, text[:counted[0].start].lower())
                                               or re.match(lex.PERIOD_OPENER, text.lower()))
    out = []
    for f in counts:
        if not f.unit:
            f = _unit_of_so_phrase(text, f, lex)
        if not f.unit or f.unit.split("/")[0] in lex.TIME_UNITS:
            continue
        f = in_base_unit(f, lex)
        seg = segment(text, f.start, lex)
        harm, harm_word = casualty(text, f, lex, seg[0])
        if harm is None and f.unit in lex.HARM_UNITS:
            harm = lex.HARM_UNITS[f.unit]  # "71 thi thể": the dead, counted by their bodies
        as_of, occurred = _moments(text, f, seg, figures, lex)
        what = f"{f.unit} {harm_word}".strip() if harm_word else f.unit
        # (a duration is no figure of its own place: "của cả nước trong 11 tháng đạt 33,7 tỷ USD")
        places, place_text = figure_places(text, f, seg, [g for g in counted if g is not f], mention, lang, source)
        now = as_of is None and bool(re.search(lex.NOW_LEADS, text[seg[0]:f.start].lower()))
        scope = _scope(text, f, seg, lex) or ("period" if opens_with_period else None) \
            or ("all" if re.match(r"\W*(?:tính chung|tổng cộng)(?!\w)", text.lower()) else None)  # "Tính chung toàn tỉnh X, ..."
        listed = bool(out) and re.fullmatch(r"\s*[^\d,;:.]{0,20}?\s*(?:,|và)\s*(?:hơn|gần|khoảng)?\s*",
                                            text[out[-1].figure.end:f.start]) is not None
        if scope is None and listed and out[-1].scope in ("all", "period", "cumulative", "new") \
                and not re.match(r"\s*(?:\S+\s+){0,2}?(?:vẫn|còn|đang)(?!\w)", text[f.end:]):  # ("... và 11 người vẫn mất tích": a running total)
            # "toàn tỉnh ... đã làm 8 người chết, 3 người mất tích", "huy động thêm 40 giường bệnh và 25
            # nhân viên y tế": a list under one verb shares its scope
            scope = out[-1].scope
        if not places and out and out[-1].places and out[-1].figure.start >= seg[0] \
                and not place_mentions(text[out[-1].figure.end:f.start], lang) \
                and not lex.TOTAL_WORDS & set(re.findall(r"\w+", text[out[-1].figure.end:f.start].lower())):
            # "cả nước có 122 vụ tai nạn, 65 người chết", "vốn đăng ký của cả nước đạt 33,7 tỷ USD, vốn
            # giải ngân đạt 21,3 tỷ USD": a figure of the same stretch, no other place named between, holds there too
            places, place_text = out[-1].places, out[-1].place_text
        if scope == "period" and a_level(f, lex):
            scope = None  # "quý III ... 74 triệu đồng/m2": when a price or a rate holds, not a total over it
        if scope == "target" and harm and harm_word.split(" và ")[0] in text[f.end:f.end + 60].lower() \
                and re.search(lex.VAGUE_WINDOWS, text[seg[0]:f.start].lower()):
            # "Thời gian tới ... miễn viện phí cho 80 học sinh phải nhập viện": its own harm after it,
            # counted now ("sắp tới huyện sẽ di dời 300 hộ" is the plan's figure)
            scope = None
        out.append(Frame(f, unit_family(f, lex, text), harm, what, scope, places, place_text,
                         as_of, occurred, _change(text, f, lex), source, now))
    return _wholes_of_parts(text, tuple(out))


def _wholes_of_parts(text: str, out: tuple[Frame, ...]) -> tuple[Frame, ...]:
    """"27 người, trong đó 21 người chết và 6 người mất tích": a whole named by no harm word counts
    the harms of the parts it is split into, together ("dead+missing", as "27 người chết và mất
    tích" would)."""
    fixed = list(out)
    for k, fr in enumerate(out):
        if fr.harm is not None or not re.match(r"\s*,?\s*trong đó(?!\w)", text[fr.figure.end:].lower()):
            continue
        # (the list after "trong đó", to the end of its clause: "; ngoài ra 40 người bị thương" is another count)
        stop = re.search(r"[;.](?!\d)|(?<!\w)ngoài ra(?!\w)", text[fr.figure.end:])
        end = fr.figure.end + stop.start() if stop else len(text)
        listed = [p for p in out[k + 1:] if p.unit == fr.unit and p.harm and "+" not in p.harm and p.figure.end <= end]
        if len({p.harm for p in listed}) >= 2:
            listed.sort(key=lambda p: p.harm)  # (in the order the harm key is written: "dead+missing")
            fixed[k] = replace(fr, harm="+".join(sorted({p.harm for p in listed})),
                               what=f"{fr.unit} " + " và ".join(dict.fromkeys(p.what.split(" ", 1)[-1] for p in listed)))
    return tuple(fixed)


def frame_parts(a: Frame, b: Frame, lex) -> str:
    """What two matched frames share, for the editor: "người chết · tỉnh Kiên Hòa · 17h ngày 3/9"."""
    parts = [a.what]
    if a.scope:
        parts.append(lex.SCOPE_LABELS[a.scope])
    if a.places and places_match(a, b):
        parts.append(a.place_text)
    if a.as_of and b.as_of and same_moment(a.as_of, b.as_of):
        parts.append(a.as_of.text)
    return " · ".join(parts)
