"""One quantity or two: whether two figures' frames describe the same thing counted (what,
scope, place, moment, whose), asked before any link is made (`claims.conflicts.figures`); and
`Context`, what the pair finder knows about the two claims' articles."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .base import ClaimView
from .frames import Frame, a_level, frames, same_moment
from .places import national, places_match
from .scopes import (national_against_local, one_site_against_all, other_giver, other_kind_of_money, other_level_owner,
                     other_sector, price_against_total, share_against_growth, size_against_other, sources_place_differs,
                     sources_place_same)
from .measures import firms_own, other_kind_of_measure, past_event, per_period, rate_name, severity, share_of, share_of_plan, years_named
from .things import other_things
from .terms import (clause_before, measured, measures, other_kind_after, other_numbered_event, predicate_terms, same_measure_and_period,
                    vessel_codes, worded_alike)


@dataclass(frozen=True)
class Context:
    """What the pair finder knows beyond the two claims: frame keys that the article(s) give for
    two or more places (a figure naming no place may then be their total), whether the two claims
    come from articles matched as one event, and whether `a` is in the newer article."""

    multi_place: frozenset = frozenset()
    same_event: bool = False
    a_newer: bool = False
    newer_moments: frozenset = frozenset()  # (harm, day, minutes) of the tolls the newer article dates
    newer_changes: frozenset = frozenset()  # harms the newer article says rose or fell ("tăng lên 8")
    across: bool = False  # the two claims are in different articles
    # which side is a correction notice: "a", "b", or "both" (inside one notice, its later
    # sentence corrects the figure an earlier one quotes as published)
    notice: str = ""
    # the notice marks each correction ("con số chính xác là ...", "không phải 81% như đã đăng"):
    # its unmarked figures (how large the error was, what stays as it was) correct nothing
    notice_marked: bool = False
    # the notice's own claim says it puts a figure right ("con số chính xác là 720.000 lượt khách"):
    # its words need not repeat the published clause's verb to be about the same quantity
    marked_here: bool = False
    # inside one article, (later, earlier) refs of a correction and the nearest earlier claim giving
    # a figure in its unit: what it most likely puts right, on one topic whatever the names
    corrected_pairs: frozenset = frozenset()
    # the goods the article weighs against each other ("gạo", "cà phê": `things.contrasted`)
    things: frozenset = frozenset()


# Scopes whose figures are compared only with figures of the same scope: a year-to-date toll, a
# target or forecast, the gap between two figures ("thấp hơn 1 điểm"), the whole of every group,
# the base another figure is measured against ("so với mức đỉnh 660 USD/tấn")
SEPARATE_SCOPES = ("period", "target", "forecast", "difference", "all", "one", "baseline")


def same_kind_of_scope(fa: Frame, fb: Frame) -> bool:
    """Figures of a separate scope go only with figures of that same scope."""
    if fa.scope in SEPARATE_SCOPES or fb.scope in SEPARATE_SCOPES:
        return fa.scope == fb.scope
    return True


def named_places(fr: Frame) -> tuple:
    """The places a frame names (not those only counted: "tại 5 xã" holds for five places unnamed)."""
    return tuple(chain for chain in fr.places if not all(name.startswith("#") for _, name in chain))


def multi_place_keys(claims) -> frozenset:
    """Frame keys an article gives for two or more different places, in figures of their own
    ("Thổ Nhĩ Kỳ" and "Syria"; a list of provinces): a figure for the same thing naming no place
    may be their total. One figure over several places ("7 người chết tại A, B và C") is itself a
    total, and gives no such key."""
    seen: dict = {}
    for c in claims:
        for fr in frames(c.text, c.figures, c.source, c.mention):
            named = named_places(fr)  # ("tại 5 xã": places counted, none named, list no places)
            if named:
                seen.setdefault(fr.key, set()).add(named)
    return frozenset(k for k, places in seen.items() if len(places) >= 2)


def comparable(fa: Frame, fb: Frame, a: ClaimView, b: ClaimView, ctx: Context, lex) -> bool:
    """Do the two frames describe one quantity?"""
    if not same_quantity(fa, fb, ctx, lex):
        return False
    if (fa.scope == "new") != (fb.scope == "new") and not (ctx.marked_here and None in (fa.scope, fb.scope)):
        # "14.922 ca nhiễm mới" is not the running total "501.649 ca" (a correction's bare "con số
        # chính xác là 612 ca" is the corrected week's new cases)
        return False
    if not same_kind_of_scope(fa, fb) and not (ctx.marked_here and None in (fa.scope, fb.scope)
                                                and {fa.scope, fb.scope} <= {"period", "all", None}):
        # (a notice's "con số chính xác là 1,52 triệu tấn" puts right "năm 2024 các doanh nghiệp
        # ... 1,25 triệu tấn": the year and the whole are the published sentence's)
        return False  # a year-to-date toll is not one event's toll; a target is not a result
    if price_against_total(fa, a.text, fb, b.text, lex):
        return False  # "412 USD/tấn" is a price, "5,6 tỷ USD" a year's sales
    if places_match(fa, fb) is False:
        return False  # two places, or one country against the total of two
    if a_level(fa.figure, lex) and fa.places and fb.places and fa.places != fb.places:
        return False  # a level holds where it is measured: salinity at a district's station is not the city's tap water
    if national_against_local(fa, fb, b, lex) or national_against_local(fb, fa, a, lex):
        return False  # "cả nước xuất khẩu 2,11 triệu tấn" against a provincial body's own figure
    if one_site_against_all(a, b):
        return False  # one named hospital's patients against all the hospitals'
    if sources_place_differs(fa, a, fb, lex) or sources_place_differs(fb, b, fa, lex):
        return False  # "Sở Y tế tỉnh Kon Tum: tỉnh láng giềng này ghi nhận 95 ca" against Gia Lai's 412
    if fa.unit == "%" and fa.harm is None and same_moment(fa.as_of, fb.as_of) is False:
        return False  # a rate or a change of one day is not the next day's ("giảm 3,4%" / "tăng trở lại 1,2%")
    if (bool(named_places(fa)) != bool(named_places(fb))) and fa.key in ctx.multi_place and not ctx.marked_here \
            and not national(fa.places or fb.places) \
            and not sources_place_same(fa, a, fb, lex) and not sources_place_same(fb, b, fa, lex):
        return False  # the article gives this figure per place: the one naming no place may be their total
        # (not a marked correction's: "con số chính xác là 1,12 triệu lượt" need not name the province again;
        # nor against the whole country's: no total of places is wider)
    if same_moment(fa.occurred, fb.occurred) is False:
        return False  # events on different days: two fires, not one
    if ctx.across and _dated_year(fa) != _dated_year(fb) and not _same_day(fa, fb):
        # news writes the year only for a date of another year ("ngày 14/8/2024" against "19/5",
        # or against a figure of today's story with no date): not steps of one running count,
        # nor one moment
        return False
    if a_level(fa.figure, lex) and fa.figure.unit != "%" and _year_named(fa) != _year_named(fb) and not _same_day(fa, fb):
        return False  # a price is its moment's: "Năm 2024, giá ... có thời điểm đạt đỉnh 135.000 đồng/kg" is no price of today's
    if _average(a.text, fa, lex) != _average(b.text, fb, lex) and not (a.headline or b.headline or ctx.marked_here):
        # "năng suất bình quân toàn tỉnh 5,9 tấn/ha" is no one field's "6,5 tấn/ha" (a headline
        # leaves the word out: "Giá chung cư vượt 80 triệu đồng/m2" is the average's; so does a
        # correction: "con số chính xác là 3,18%")
        return False
    if share_against_growth(a.text, fa, b.text, fb):
        return False  # "chiếm khoảng 51%" is a share of the whole, "tăng 11,4%" a growth rate
    if other_level_owner(a.text, fa, b.text, fb, lex):
        return False  # "mực nước sông ... 112,4 m" at a gauge, "mực nước hồ chứa ... 568,3 m" behind the dam
    if other_giver(a.text, fa, b.text, fb, lex):
        return False  # "Nhà xe hỗ trợ 10 triệu đồng" and "UBND tỉnh hỗ trợ 3 triệu đồng": two payments
    if other_kind_of_money(a.text, fa, b.text, fb, lex):
        return False  # "tiền gốc 118 tỷ đồng" and "tiền lãi 6 tỷ đồng": principal and interest
    if fa.harm is None and fa.unit in lex.MONEY_UNITS and not (a.headline or b.headline) \
            and other_kind_of_measure(a.text, fa.figure, b.text, fb.figure, lex):
        # "vốn FDI thực hiện ... 5,2 tỷ USD" and "Vốn điều chỉnh ... 4,6 tỷ USD": sums, not prices
        # (a headline names its measure loosely: "Giá chung cư Hà Nội lập đỉnh mới")
        return False
    codes_a, codes_b = vessel_codes(a.text, fa.figure), vessel_codes(b.text, fb.figure)
    if codes_a and codes_b and not codes_a & codes_b:
        return False  # "ngư dân trên tàu QH 90417 TS" and "... trên tàu QH 91236 TS": two boats' crews
    if _one_day_against_span(fa, a.text, fb, b.text, lex) or _one_day_against_span(fb, b.text, fa, a.text, lex):
        return False  # "Ngày 1/2 ... 58 vụ" is one day of the holiday's "trong 9 ngày ... 412 vụ"
    if fa.harm is None and fb.harm is None and fa.figure.unit not in lex.UNITS and fb.figure.unit not in lex.UNITS \
            and other_kind_after(a.text, fa.figure, b.text, fb.figure, lex):  # (counted nouns, not measures: "45% nhờ ...")
        return False  # "14 tàu cá" and "6 tàu du lịch": two kinds of boat
    if other_things(a, b, ctx.things):
        return False  # "2,28 triệu tấn gạo" is not coffee's "494.000 tấn"
    if other_sector(a, fa, b, fb, lex):
        return False  # "Ở khu vực nông nghiệp, mức tăng 3,1%" is one sector's, not the economy's GRDP
    if size_against_other(a, fa, b, fb, lex) or size_against_other(b, fb, a, fa, lex):
        return False  # "cao tốc dài 88 km" is the road's length, "ùn tắc khoảng 5 km" the jam's
    if _one_source_over_time(fa, fb, a, b, ctx, lex):
        return True  # one authority's running count for one event, each figure dated: one quantity
    if other_numbered_event(a.text, b.text, lex):
        return False  # storm No. 3's toll is not storm No. 4's
    if not ctx.across and a.article == b.article and not a.source and not b.source and not (a.headline or b.headline) \
            and fa.unit.split("/")[0].strip() in lex.MONEY_UNITS:
        return False  # a market report's own list of prices and sums (bars and rings, buy and sell, world and home)
    if not ctx.across and a.article == b.article and not a.source and not b.source and fa.unit == "%" and not {
            t for t in predicate_terms(a.text, fa.figure, lex) & predicate_terms(b.text, fb.figure, lex)
            if not set(t.split()) <= lex.BASELINE_SYLLABLES}:
        # the article's own list of rates ("doanh nghiệp mới tăng 8% so với cùng kỳ", "thu ngân
        # sách tăng 12,3% so với cùng kỳ"): only the baseline worded alike
        return False
    if past_event(a.text, fa.figure, lex) != past_event(b.text, fb.figure, lex):
        return False  # "Hồi tháng 1, một vụ nổ ... từng làm 2 người bị thương": another, earlier event
    plan_a, plan_b = share_of_plan(a.text, fa.figure, lex), share_of_plan(b.text, fb.figure, lex)
    if (plan_a or plan_b) and not (plan_a and plan_b and (fa.as_of is None) == (fb.as_of is None)
                                   and same_moment(fa.as_of, fb.as_of) is not False):
        return False  # "hoàn thành 24% kế hoạch năm" after a quarter is not the year's 105% of its plan
    years = (years_named(a.text), years_named(b.text)) if fa.scope == fb.scope and fa.scope in ("target", "forecast") else ()
    named_for = (_target_year(a.text), _target_year(b.text)) if years else ()
    if years and (all(years) and not years[0] & years[1] or bool(named_for[0]) != bool(named_for[1])):
        # next year's plan ("tăng 15,5% so với năm 2024") is not this year's, nor is a target for a
        # named year ("mục tiêu năm 2027 đạt 31 tỷ USD") the story's own plan, given with no year
        return False
    if fa.unit == "%" and None not in (names := (rate_name(a.text, fa.figure, lex), rate_name(b.text, fb.figure, lex))) \
            and names[0] != names[1]:
        return False  # "tỷ lệ nợ xấu ... 1,5%" is not "tỷ lệ bao phủ nợ xấu đạt 118%"
    if fa.harm is not None and severity(a.text, fa.figure, lex) != severity(b.text, fb.figure, lex) and any(
            severity(c.text, fr.figure, lex) and len(re.findall(rf"\d[\d.,]*\s+{re.escape(fr.figure.unit)}(?!\w)", c.text)) > 1
            for c, fr in ((a, fa), (b, fb))):
        # "Hiện 17 người đang điều trị ..., 6 người bị thương nhẹ được sơ cứu": one of several counts by
        # how badly hurt, some of the "19 người bị thương" (an airline's "4 hành khách bị thương nhẹ"
        # alone is its whole count)
        return False
    shares = (share_of(a.text, fa.figure, lex), share_of(b.text, fb.figure, lex))
    if None not in shares and not set(shares[0].split()) & set(shares[1].split()):
        return False  # "9% thời lượng tin chính trị" is no share of the vote ("52,3% số phiếu")
    if per_period(a.text, fa.figure, lex) != per_period(b.text, fb.figure, lex):
        return False  # "150 công nhân làm việc mỗi ngày" is a site's daily workforce, not the 20 on the scaffold
    if firms_own(a, fa, lex) != firms_own(b, fb, lex):
        return False  # "năm qua công ty xuất được ... 120 triệu USD": one firm's, not the province's 935
    if not same_measure_and_period(fa, fb, a.text, b.text, lex,
                                   measures_too=fa.harm is None and (fa.unit == "%" or fa.unit.split("/")[0].strip() in lex.MONEY_UNITS)):
        return False  # revenue against profit, a month against nine months, "so với tháng trước" against a year before
    if fa.harm is None and fa.unit not in lex.MONEY_UNITS:
        # no harm word to say what is counted: the words before the figures must not say that
        # they count different things (sums of money are too often worded two ways to judge)
        ma, mb = measured(a.text, fa.figure, lex), measured(b.text, fb.figure, lex)
        if ma and mb and not ma & mb:
            return False  # "phóng 64 UAV" / "bắn hạ 51 UAV", "lượng tìm kiếm giảm 12%" / "giá tăng 15%"
        if fa.unit == "người" and not ma & mb:
            return False  # bare "người" says only that people are counted: the predicate must say the same
    if not ctx.across and fa.harm is None and fa.unit in lex.MONEY_UNITS and not ctx.marked_here \
            and not a.headline and not b.headline and (fa.as_of is None) == (fb.as_of is None) \
            and not predicate_terms(a.text, fa.figure, lex) & predicate_terms(b.text, fb.figure, lex) \
            and not worded_alike(a.text, fa, b.text, fb, lex) and not measures(a.text, fa.figure, lex) \
            and not measures(b.text, fb.figure, lex) and not _points_at_a_figure(a.text, fa, lex) and not _points_at_a_figure(b.text, fb, lex):
        return False  # "phong tỏa 42 tỷ đồng" / "được cảm ơn 18 tỷ đồng": sums of one article that share no word of their clause
    # (a marked correction of a count need not repeat the verb; sums of money are too many kinds to let it)
    if ctx.across and fa.harm is None and not (ctx.marked_here and fa.unit.split("/")[0].strip() not in lex.MONEY_UNITS) \
            and not predicate_terms(a.text, fa.figure, lex) & predicate_terms(b.text, fb.figure, lex) \
            and not worded_alike(a.text, fa, b.text, fb, lex):
        # two outlets share no context: the counted noun or the currency alone ("khách hàng",
        # "thuyền viên", "tỷ đồng") is no evidence of one quantity ("mất điện" / "khôi phục cấp
        # điện", crew aboard / crew rescued, a fine / a shipment's value); a two-word term of the
        # figure's own clause must be shared
        return False
    return True


def _points_at_a_figure(text: str, fr: Frame, lex) -> bool:
    """"con số chỉ vào khoảng 350.000 USD": the clause names the figure as such, one given before."""
    clause = clause_before(text, fr.figure).lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", clause) for w in lex.FIGURE_POINTERS)


def _average(text: str, fr: Frame, lex) -> bool:
    """The figure is an average ("bình quân", "trung bình" in its clause before it), or a count of
    what comes only in wholes given with a fraction ("làm 19,4 người chết")."""
    f = fr.figure
    whole = f.unit != "%" and (f.unit in lex.WHOLE_COUNT_UNITS or fr.harm in lex.PERSON_HARMS)
    return whole and f.low != int(f.low) or _average_before(text[:f.start], lex.AVERAGE_BEFORE)


@lru_cache(maxsize=65536)
def _average_before(before: str, pattern: str) -> bool:
    # (cached: the cross-article pass asks it of the same figures many times)
    clause = re.split(r"[,;:]|\.(?!\d)", before)[-1].lower()
    return bool(re.search(pattern, clause))


def _target_year(text: str) -> bool:
    """A plan or target set for a year written out ("mục tiêu xuất khẩu năm 2027"), not a date's
    year ("Ngày 15/1/2025") nor a baseline ("so với năm 2024")."""
    return bool(re.search(r"(?<!so với )(?<!\w)năm\s+(?:19|20)\d\d(?!\d)", text.lower()))


def _one_source_over_time(fa: Frame, fb: Frame, a: ClaimView, b: ClaimView, ctx: Context, lex) -> bool:
    """The same source gives both figures, for the same unit, each as of a moment, in two reports of
    one event ("CFA: tính đến trưa 20/2 ... 18.000 ha", "CFA: tính đến sáng 21/2 ... 26.500 ha"):
    a running count however differently the two outlets word it ("thiêu rụi" / "diện tích bị
    cháy"). Not sums of money (aid and damage are both "tỷ đồng") nor lengths (a slick, a
    distance), which one source gives of many different things."""
    return bool(ctx.same_event and a.source and a.source == b.source and fa.as_of and fb.as_of
                and fa.harm == fb.harm and fa.unit not in lex.MONEY_UNITS and fa.unit not in lex.LENGTH_UNITS)


def _dated_year(fr: Frame) -> bool:
    """The figure's moment is a day, or a month, given with its year ("ngày 14/8/2024", "Tháng
    5/2024, một bức tường đổ sập ...")."""
    return bool(fr.as_of and (fr.as_of.day and fr.as_of.year
                              or fr.as_of.period and re.search(r"(?<!\d)\d{1,2}/\d{4}(?!\d)", fr.as_of.period)))


def _year_named(fr: Frame) -> str | None:
    """The year the figure's moment names ("Năm 2024", "tháng 5/2024", "ngày 3/11/2025"), if any."""
    m = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", (fr.as_of.text or "") if fr.as_of else "")
    return m.group(0) if m else None


def _one_day_against_span(day: Frame, day_text: str, span: Frame, span_text: str, lex) -> bool:
    """A figure dated one day, no clock time, against one summed over a stretch of days."""
    dated = day.as_of is not None and day.as_of.day is not None and day.as_of.minutes is None \
        and not re.search(lex.CUMULATIVE_AS_OF, day_text[:day.figure.start].lower())  # ("tính đến ngày 12/10": a running total)
    return dated and not re.search(lex.SPAN_OF_DAYS, day_text.lower()) \
        and bool(re.search(lex.SPAN_OF_DAYS, span_text[:span.figure.start].lower()))


def _same_day(fa: Frame, fb: Frame) -> bool:
    """Both figures dated to the same day and month, one with its year and one without ("18h ngày
    3/11/2025" and "6h sáng ngày 3/11": one outlet writes the year); another day may be another
    year's (an anniversary, a trial of last year's events)."""
    return bool(fa.as_of and fb.as_of and fa.as_of.day and fa.as_of.day == fb.as_of.day)


def same_quantity(fa: Frame, fb: Frame, ctx: Context, lex) -> bool:
    """The same thing counted (the frame key), or people counted two ways across outlets."""
    return fa.key == fb.key or (ctx.across and people_alike(fa, fb, lex))


def people_alike(fa: Frame, fb: Frame, lex) -> bool:
    """Across outlets, a toll of people one counts as "người" and the other by who they were
    ("6 thuyền viên mất tích" / "7 người mất tích"): a harm only people suffer, one side bare
    "người". Not inside one article, where "3 học sinh" beside "5 người" is more often a part."""
    if fa.harm is None or fa.harm != fb.harm or fa.harm not in lex.PERSON_HARMS:
        return False
    people = {fa.unit, fb.unit}
    return len(people) == 2 and people - {"người"} <= people_nouns(lex) and "người" in people


@lru_cache(maxsize=4)
def people_nouns(lex) -> frozenset[str]:
    return frozenset(w.replace(" ", "") for w in lex.PEOPLE_COUNTED_AS)
