"""Figures for one quantity: two figures are compared only when their quantity frames match
(what is counted, scope, place, moment: claims/conflicts/frames.py, decided in
claims/conflicts/quantity.py), and are then a conflict
(`number_mismatch`), a later figure (`update`) or a figure put right (`correction`). A figure that
spreads on social media against an authority's figure is a `denial` pair."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, replace

from .. import lexicon
from ..numbers import Figure, compatible
from .base import clause_around, time_marks, ClaimView, proper_names, similarity, squash, who
from .frames import Frame, frame_parts, frames, same_moment
from .corrections import corrects, marks_correction, quotes_publication, says_unchanged
from .measures import facility_share
from .parties import one_voice, same_party
from .quantity import (Context, comparable, multi_place_keys, people_alike, people_nouns,  # noqa: F401  (Context,
                       same_kind_of_scope, same_quantity)  # multi_place_keys: what figures offer the pair finder)
from .statements import is_rumour, own_figures
from .parts import part_of_a_total, whole_of_its_place
from .rebuttals import rebutted_link
from .steps import newer
from .terms import clause_of, none_harmed, partial, predicate_terms


# How alike a notice's unmarked sentence and a published one must be for the first to be the
# second printed again with the right figure (round 12's reprint: 0.92; other claims on the same
# matter stay under 0.3)
RESTATED = 0.6

# How many times larger one sum of money may be than another and the two still be one sum given
# two ways: beyond it they are different things (a share's price, "7.150 đồng", and a fine, "4 tỷ
# đồng"); an indictment's "26 tỷ" against a defendant's "200 triệu" is still one sum disputed; a
# slip of "triệu" for "tỷ" is a correction's to name, which is decided before this
MONEY_ORDERS = 1000
# ... and, inside one article, two figures given as one quantity, no harm named, not two parties'
# (a rumour aside, and an order of size: "hàng trăm công nhân nhập viện" against "4 công nhân"):
# more than ten times apart, the article's own figures measure different things (a rate per degree
# and a peak load, a margin and a total); two parties may well be that far apart ("1.200 tấn" / "95 tấn")
FIGURE_ORDERS = 10

@dataclass(frozen=True)
class FigureLink:
    kind: str  # number_mismatch | update | correction | denial (a rumour's figure against an authority's)
    score: float
    reason: str
    figure: str  # a's figure as written
    other_figure: str  # b's figure as written


def _same_bound_mismatch(a: Figure, b: Figure) -> bool:
    if a.bound == b.bound and a.bound in ("atmost", "atleast", "above", "below"):
        return abs(a.value - b.value) > 1e-9 * max(a.value, b.value, 1)
    return not compatible(a, b)


def figure_links(a: ClaimView, b: ClaimView, lang: str = "vi", ctx: Context | None = None,
                 min_topic: float = 0.25) -> list[FigureLink]:
    """At most one link between the figures of two claims, reported on `a`; across outlets, one
    update per figure of `a` ("15 người thiệt mạng và 2 người mất tích": two later steps)."""
    lex = lexicon.get(lang)
    ctx = ctx or Context()
    fr_a = own_figures(a.text, frames(a.text, a.figures, a.source, a.mention, lang), lex)
    fr_b = own_figures(b.text, frames(b.text, b.figures, b.source, b.mention, lang), lex) if fr_a else ()
    if not fr_a or not fr_b or not any(same_quantity(x, y, ctx, lex) for x in fr_a for y in fr_b):
        return []
    inside = not ctx.across  # (a given name after a title is a shared name inside one article only)
    names_a, names_b = proper_names(a.text, lang, inside), proper_names(b.text, lang, inside)
    shared = names_a & names_b
    sim = similarity(a.text, b.text, lang)
    # (a correction notice is about one matter: its own figures are on one topic)
    on_topic = bool(shared or ctx.same_event or ctx.notice == "both" or (not (names_a and names_b) and sim >= min_topic)
                    or (a.ref, b.ref) in ctx.corrected_pairs or (b.ref, a.ref) in ctx.corrected_pairs
                    or _two_sources_one_harm(a, b, fr_a, fr_b, ctx, lex) or _one_breakdown(fr_a, fr_b))
    if (a.ref, b.ref) in ctx.corrected_pairs or (b.ref, a.ref) in ctx.corrected_pairs:
        # ("con số đúng là 140 tỷ đồng" puts right "lợi nhuận sau thuế quý II đạt 158 tỷ đồng": the
        # quarter is the corrected sentence's)
        ctx = replace(ctx, marked_here=True)
    set_against = rebutted_link(a, b, fr_a, fr_b, lex) if a.article == b.article and not ctx.across else None
    if set_against is not None:
        # "cao hơn nhiều con số công an công bố": the claim itself says the two figures differ
        x, y = set_against
        return [FigureLink("number_mismatch", squash(0.7 + sim), lex.REASONS["set_against"].format(
            x=x.figure.text, a=who(a, lex), y=y.figure.text, b=who(b, lex)), x.figure.text, y.figure.text)]
    if on_topic or a.article == b.article:
        # inside one article, naming the other claim's very figure as the wrong one is topic enough
        named = _names_as_wrong(a, b, fr_a, fr_b, ctx, lex, sim) or _names_as_wrong(b, a, fr_b, fr_a, ctx, lex, sim, flip=True)
        if named:
            return [named]
    if not on_topic:
        return []
    fix_a, fix_b = corrects(a.text, lex), corrects(b.text, lex)
    if ctx.notice == "both":
        # inside one notice, a later figure corrects an earlier one the notice quotes as published
        # ("Trong bài viết ... đưa tin 3.200 tỷ", "đã bị ghi thành 312 bài"); its other figures
        # (what stays unchanged, the country's totals) are set against nothing
        # (the later figure must be a correction's or worded as the quoted one: "5 ngành còn chỉ
        # tiêu" near a notice's end corrects nothing of "điểm chuẩn của hai ngành đã công bố")
        # (worded alike and no narrower: "ngày cao điểm 1/5 ... đón 190.000 lượt khách", "Tỉnh lân
        # cận Bình Khang đón ..." are one day's and another province's figures, not the quoted one put right)
        if a.ref > b.ref and quotes_publication(b.text, lex) and (fix_a or _worded_alike(a, fr_a, b, fr_b, lex)):
            fix_a, fix_b = True, False  # (its "do nhầm lẫn" tells how the quoted figure went wrong)
        elif b.ref > a.ref and quotes_publication(a.text, lex) and (fix_b or _worded_alike(b, fr_b, a, fr_a, lex)):
            fix_a, fix_b = False, True
        else:
            # a notice's correction puts right what came before it, never a figure it goes on to give
            # (or before the very figure it quotes as published: "Con số chính xác là ... Trước đó, bài viết đưa tin ...")
            fix_a = fix_a and (a.ref > b.ref or quotes_publication(b.text, lex))
            fix_b = fix_b and (b.ref > a.ref or quotes_publication(a.text, lex))
            if not (fix_a or fix_b):
                return []
    elif ctx.notice:
        mine = (a, fr_a) if ctx.notice == "a" else (b, fr_b)
        if all(says_unchanged(clause_of(mine[0].text, fr.figure), lex) for fr in mine[1]):
            return []  # "Các số liệu khác như ... vẫn giữ nguyên": what the notice leaves as published
        if ctx.notice_marked and not marks_correction(mine[0].text, mine[1], lex) and sim < RESTATED \
                and not any(fr.harm for fr in mine[1]):
            # (a paragraph the notice prints again as corrected still corrects its original; so do
            # tolls listed after a marked one: "Ngoài ra, số người bị thương ... là 23 người")
            return []
        fix_a, fix_b = fix_a or ctx.notice == "a", fix_b or ctx.notice == "b"
        # (against a figure the published article credits: what a notice puts right is the official
        # figure, not a site's own count given in narration)
        theirs = b if ctx.notice == "a" else a
        ctx = replace(ctx, marked_here=bool(theirs.source) and marks_correction(mine[0].text, mine[1], lex))
    updates: list[FigureLink] = []
    for fa in fr_a:
        if fa.change == "old":
            continue
        same = [fb for fb in fr_b if comparable(fa, fb, a, b, ctx, lex)]
        if not same:
            continue
        mine = [x for x in fr_a if same_quantity(x, fa, ctx, lex) and x.change != "old" and same_kind_of_scope(x, fa)]
        theirs = [y for y in same if y.change != "old"]
        if not theirs:
            continue
        # of several figures of the other claim for this quantity, the one worded most like fa
        # ("giải ngân được 4.410 tỷ" goes with "giải ngân 1.520 tỷ", not the plan's "10.700 tỷ")
        mine_terms = predicate_terms(a.text, fa.figure, lex)
        fb = max(theirs, key=lambda y: len(mine_terms & predicate_terms(b.text, y.figure, lex)))
        # a figure of one claim that agrees with a figure of the other makes the rest a breakdown
        # ("327 người, gồm 199 ...") or a later step ("hơn 12" at 8h, "17" at 14h), not a conflict;
        # a third figure both give alike (the plan both name) says nothing of these two
        # (the very same figure given for the unit, though worded too differently to compare: "63 bài
        # Ngữ văn" beside "18 bài Toán và 9 bài Tiếng Anh" agrees with "chỉ là 63 bài")
        agree = any(not _same_bound_mismatch(fa.figure, y.figure) for y in theirs) \
            or any(not _same_bound_mismatch(x.figure, fb.figure) for x in mine) \
            or any(y.change != "old" and same_quantity(fa, y, ctx, lex) and fa.figure.value == y.figure.value
                   and fa.figure.high == y.figure.high for y in fr_b)
        if not ctx.across and (_sum_of_parts(fa, b) or _sum_of_parts(fb, a)):
            continue  # "toàn vùng 187 tàu cá bị chìm" / "Quảng Ngãi có 96 tàu, Bình Định 60 chiếc và Phú Yên 31 chiếc"
        if not ctx.marked_here and not whole_of_its_place(a.text, fa, b.text, fb, lex):
            # "2 bệnh nhân còn lại", "riêng thôn X có ...": a part of the total (a correction puts
            # right the very part it follows: "riêng tuần 33 có 712 ca" / "con số chính xác là 612 ca";
            # the part for a named place is that place's whole: "Trong đó, tỉnh X có 11 người chết"
            # against "toàn tỉnh X có 9 người chết")
            continue
        shares = (facility_share(a.text, fa.figure, lex), facility_share(b.text, fb.figure, lex))
        if fa.harm is not None and shares[0] != shares[1] and not ctx.marked_here \
                and (fa if shares[0] else fb).figure.high <= (fb if shares[0] else fa).figure.low:
            continue  # a hospital's 9 of the police's 11 injured: a share within the whole (14 of 12 is not)
        if partial(a.text, fa.figure, lex) or partial(b.text, fb.figure, lex):
            continue  # "Nhiều dự án có giá trên 100 triệu": some of them, not the figure for all
        # "là 157 em, không phải 124 em": a claim that names the other's figure as the wrong one
        # corrects it, with or without a correction word
        disowns_b = any(x.change == "old" and same_quantity(x, fa, ctx, lex) and not _same_bound_mismatch(x.figure, fb.figure)
                        for x in fr_a)
        disowns_a = any(y.change == "old" and same_quantity(y, fb, ctx, lex) and not _same_bound_mismatch(y.figure, fa.figure)
                        for y in fr_b)
        names_a = any(x.change == "old" and same_quantity(x, fa, ctx, lex) for x in fr_a)
        names_b = any(y.change == "old" and same_quantity(y, fb, ctx, lex) for y in fr_b)
        if (names_a and not disowns_b) or (names_b and not disowns_a):
            continue  # "3.000 m2, không phải 5.000 m2": it corrects the 5.000, not the site's 12.000 m2
        link = _classify(a, b, fa, fb, fix_a or disowns_b, fix_b or disowns_a, ctx, lex, sim, len(shared), agree)
        if link and ctx.notice in ("a", "b") and link.kind != "correction":
            continue  # a correction notice against what it corrects: its other figures (a later session's trading) are no step
        if link and link.kind == "update" and ctx.across:
            updates.append(link)  # across outlets each toll of a claim may have its own later step
            continue
        if link:
            return updates or [link]
    return updates


# a whole number as written (thousands set off by dots), not part of a date, a decimal or a code
_WHOLE_NUMBER = re.compile(r"(?<![\w/.,])\d{1,3}(?:\.\d{3})*(?![\w/%]|[.,]\d)")


@lru_cache(maxsize=16384)
def _whole_numbers(text: str) -> tuple[int, ...]:
    """A claim's whole numbers, read once per text (the pair finder asks per pair of figures)."""
    return tuple(int(m.group(0).replace(".", "")) for m in _WHOLE_NUMBER.finditer(text))


def _sum_of_parts(total, other: ClaimView) -> bool:
    """The other claim's whole numbers, three or more, add up exactly to this figure: the parts it
    lists per place or group, however each is worded ("Quảng Ngãi có 96 tàu cá bị chìm, Bình Định
    60 chiếc và Phú Yên 31 chiếc" against 187). (Two may add up by chance: "3 người chết, 2 người
    mất tích" and a later "5 người chết" are a running toll's steps.)"""
    if total.figure.kind != "count" or total.figure.low != total.figure.high:
        return False
    parts = [p for p in _whole_numbers(other.text) if 0 < p < total.figure.value]
    return len(parts) >= 3 and sum(parts) == total.figure.value


def _one_breakdown(fr_a, fr_b) -> bool:
    """Both claims break a total down alike, three or more things counted in each ("45 người, gồm
    41 hành khách và 4 thuyền viên" / "42 người, gồm 38 hành khách và 4 thuyền viên"): one
    quantity told twice, whatever else the sentences name."""
    units_a, units_b = {f.unit for f in fr_a}, {f.unit for f in fr_b}
    return len(units_a & units_b) >= 3


def _two_sources_one_harm(a: ClaimView, b: ClaimView, fr_a, fr_b, ctx: Context, lex) -> bool:
    """Inside one article, two different sources count the same harm worded alike (a shared
    two-word term of the figure's clause: "có 1.200 tấn cá chết" / "chỉ khoảng 95 tấn cá bị chết"):
    one matter, however differently each is introduced. Not figures with no harm named: a year's
    total and last year's, a part and the whole are worded alike too; unless one source answers
    the other with "chỉ" ("khoảng 1.200 người ngừng việc" / "số người ngừng việc chỉ khoảng 700")."""
    if ctx.across or a.article != b.article or not (a.source and b.source) or a.source == b.source:
        return False
    if not any(x.key == y.key for x in fr_a for y in fr_b):
        return False
    places_a, places_b = _sources_places(f"{a.mention or ''} {a.source}", lex), _sources_places(f"{b.mention or ''} {b.source}", lex)
    if any(places_a.get(head, name) != name for head, name in places_b.items()):
        return False  # a province's body and another's: two tolls ("tỉnh Lào Cai" / "tỉnh Cao Bằng")
    for x in fr_a:
        for y in fr_b:
            if x.key != y.key:
                continue
            alike = bool(predicate_terms(a.text, x.figure, lex) & predicate_terms(b.text, y.figure, lex))
            answered = _only(a.text, x, lex) != _only(b.text, y, lex)  # one source puts it as "chỉ" so many
            # (a toll both give as of the same stated moment: "64 thi thể ... tính đến chiều 18/6" /
            # "cũng đến chiều 18/6, ... vớt được 71 thi thể")
            # (not a part of the toll: "10 thi thể ... trong buổi sáng")
            answered = answered or x.harm is not None and x.as_of is not None and y.as_of is not None \
                and same_moment(x.as_of, y.as_of) is True and not _within_a_period(a.text, x) \
                and not _within_a_period(b.text, y)
            # a toll: worded alike, or answered however differently it is worded ("chỉ là 19 người");
            # any other count: both, the answer made by "chỉ" or by a contrast opening the later claim
            # ("Nhưng theo ông X, ... san lấp khoảng 65% diện tích"; a toll's other counts, a boat's
            # missing against the region's, are answered so too often to count on it)
            if (alike or answered) if x.harm is not None else (
                    alike and (answered or _opens_with_answer(a if a.ref > b.ref else b, lex)
                               and _clause_times(a.text, x) == _clause_times(b.text, y))):  # ("năm 2020 ... 30%" / "đến nay ... 70%": steps)
                return True
    return False


def _within_a_period(text: str, fr: Frame) -> bool:
    """A toll limited to part of the time it is counted to ("đưa được 10 thi thể lên bờ trong buổi
    sáng"): what one shift did, not the running total."""
    clause = clause_around(text, fr.figure.start, fr.figure.end).lower()
    return re.search(r"(?<!\w)(?:trong|riêng)\s+(?:buổi|ngày|đêm|sáng|chiều|tối|hôm)(?!\w)", clause) is not None


@lru_cache(maxsize=4096)
def _sources_places(names: str, lex) -> dict[str, str]:
    """The places a source's own name holds, by their unit ("Ban chỉ huy ... tỉnh Lào Cai": tỉnh
    -> lào cai); two sources name two places only at the same level ("phường X" lies in "tỉnh Y").
    (Read once per source: the pair finder asks it for every pair of claims of one harm.)"""
    heads = "|".join(map(re.escape, lex.ADMIN_PLACE_HEADS))
    return {m.group(1).lower(): m.group(2).strip().lower()
            for m in re.finditer(rf"(?<!\w)({heads})\s+((?:[{lex.UPPER}]\w*\s*)+)", names)}


def _clause_times(text: str, fr: Frame) -> frozenset[str]:
    """The dated times of the clause a figure stands in (between the marks around it)."""
    return time_marks(clause_around(text, fr.figure.start, fr.figure.end))


def _opens_with_answer(c: ClaimView, lex) -> bool:
    """"Nhưng theo ông X, ...", "Tuy nhiên, công ty Y cho biết ...": the later source's claim set
    against what came before by a contrast that opens its sentence."""
    return bool(re.match(rf"(?i)\W*(?:{'|'.join(map(re.escape, lex.ANSWERING_OPENERS))})(?!\w)", c.text))


def _only(text: str, fr: Frame, lex) -> bool:
    """"chỉ khoảng 700", "chỉ có 12": a figure its source puts as no more than that."""
    return bool(re.search(lex.ONLY_BEFORE_FIGURE, text[max(0, fr.figure.start - 30):fr.figure.start].lower()))


def _worded_alike(later: ClaimView, fr_later, quoted: ClaimView, fr_quoted, lex) -> bool:
    """A later figure worded as the quoted one (a shared predicate term) that names no place or
    moment the quoted one lacks."""
    return any(predicate_terms(later.text, x.figure, lex) & predicate_terms(quoted.text, y.figure, lex)
               for x in fr_later for y in fr_quoted
               if not (x.places and not y.places) and not (x.as_of and not y.as_of))


def _names_as_wrong(a: ClaimView, b: ClaimView, fr_a, fr_b, ctx: Context, lex, sim: float,
                    flip: bool = False) -> FigureLink | None:
    """"21 người, không phải 22 như thông tin ban đầu": a claim that names the other's very figure
    (same unit, same value) as the wrong one corrects it, however differently the two word the
    predicate. The right figure is the one just before "không phải", and the wrong one must count
    the same thing. Reported on the first claim given (`flip`: the correcting one is the second)."""
    for old in (x for x in fr_a if x.change == "old"):
        def same_count(x: Frame) -> bool:
            return x.change != "old" and (x.figure.unit == old.figure.unit  # "74 công nhân ..., không phải 126 người"
                                          or old.unit == "người" and x.unit in people_nouns(lex) and old.harm in (None, x.harm))
        # the right figure before the wrong one ("là 157 em, không phải 124 em"), else after it
        # ("120 sinh viên là chưa chính xác, con số đúng là 12 sinh viên")
        new = next((x for x in reversed(fr_a) if x.figure.end <= old.figure.start and same_count(x)), None) \
            or next((x for x in fr_a if x.figure.start >= old.figure.end and same_count(x)), None)
        if new is None:
            none = none_harmed(a.text, old, lex)
            wrong = next((y for y in fr_b if y.change != "old" and y.figure.value == old.figure.value
                          and y.figure.high == old.figure.high and same_quantity(old, y, ctx, lex)), None) if none else None
            if wrong is not None:  # "không có người tử vong, không phải 1 người chết": none, not the 1 reported
                reason = lex.REASONS["correction"].format(parts=frame_parts(old, wrong, lex), x=none, a=who(a, lex),
                                                          y=wrong.figure.text, b=who(b, lex))
                x, y = (wrong.figure.text, none) if flip else (none, wrong.figure.text)
                return FigureLink("correction", squash(0.7 + sim), reason, x, y)
            continue
        wrong = next((y for y in fr_b if y.change != "old" and (y.figure.unit == old.figure.unit or y.unit == new.unit
                                                                 or people_alike(new, y, lex))
                      and y.figure.value == old.figure.value and y.figure.high == old.figure.high
                      and same_quantity(new, y, ctx, lex)), None)  # "126 người" names "126 công nhân" as wrong
        if wrong is None or new.figure.value == wrong.figure.value:
            continue
        x, y = (wrong.figure.text, new.figure.text) if flip else (new.figure.text, wrong.figure.text)
        if is_rumour(b.text, lex) and not is_rumour(a.text, lex):
            # "Thông tin thân đập nứt dài 40 m là sai sự thật, vết nứt thực tế ... 2,5 m": what spread
            # online is denied, not a publication corrected
            return FigureLink("denial", squash(0.7 + sim), lex.REASONS["rumour_figure"].format(
                a=who(a, lex), parts=frame_parts(new, wrong, lex), x=new.figure.text, y=wrong.figure.text), x, y)
        reason = lex.REASONS["correction"].format(parts=frame_parts(new, wrong, lex), x=new.figure.text, a=who(a, lex),
                                                  y=wrong.figure.text, b=who(b, lex))
        return FigureLink("correction", squash(0.7 + sim), reason, x, y)
    return None


def _classify(a: ClaimView, b: ClaimView, fa: Frame, fb: Frame, fix_a: bool, fix_b: bool, ctx: Context, lex,
              sim: float, n_shared: int, agree: bool) -> FigureLink | None:
    parts = frame_parts(fa, fb, lex)
    x, y = fa.figure.text, fb.figure.text
    differ = not agree and _same_bound_mismatch(fa.figure, fb.figure)
    # (a notice against a stored article corrects one moment's figure: not the next session's trading)
    other_moment = ctx.notice in ("a", "b") and (same_moment(fa.as_of, fb.as_of) is False
                                                  or same_moment(fa.occurred, fb.occurred) is False)
    if fix_a != fix_b and differ and not other_moment:
        new, old = ((a, fa), (b, fb)) if fix_a else ((b, fb), (a, fa))
        if is_rumour(old[0].text, lex) and not is_rumour(new[0].text, lex):
            # ("Thông tin thân đập nứt dài 40 m là sai sự thật, vết nứt thực tế ... 2,5 m"): what spread
            # online is denied, not a publication corrected
            return FigureLink("denial", squash(0.6 + sim), lex.REASONS["rumour_figure"].format(
                a=who(new[0], lex), parts=parts, x=new[1].figure.text, y=old[1].figure.text), x, y)
        return FigureLink("correction", squash(0.6 + sim), lex.REASONS["correction"].format(
            parts=parts, x=new[1].figure.text, a=who(new[0], lex), y=old[1].figure.text, b=who(old[0], lex)), x, y)
    if abs(fa.figure.value - fb.figure.value) < 1e-9 * max(fa.figure.value, 1):
        return None
    # two sources that are not one party ("Công an tỉnh X" and its director are one)
    two_voices = bool(a.source and b.source and a.source != b.source and not same_party(a, b, lex)
                      and not one_voice(a.source, b.source, lex))
    step = newer(fa, fb, ctx, lex, two_voices)
    if step and two_voices and _only(a.text, fa, lex) != _only(b.text, fb, lex) \
            and same_moment(fa.as_of, fb.as_of) is not False:
        step = 0  # "số người chết đã lên tới 27" against another's "chỉ là 19 người": a dispute, not a later count
    if step:
        new, old = ((a, fa), (b, fb)) if step > 0 else ((b, fb), (a, fa))

        def when(fr: Frame) -> str:
            return lex.REASONS["as_of"].format(when=fr.as_of.text) if fr.as_of else ""
        return FigureLink("update", squash(0.5 + sim), lex.REASONS["update"].format(
            parts=parts, x=new[1].figure.text, a=who(new[0], lex), when_a=when(new[1]),
            y=old[1].figure.text, b=who(old[0], lex), when_b=when(old[1])), x, y)
    if not differ or "order" in (fa.figure.bound, fb.figure.bound) and not (fa.harm and fa.harm == fb.harm):
        # ("hàng chục công nhân có biểu hiện ..." against the firm's 3.500 workers: an order of size
        # contradicts a count only of the same harm, "hàng trăm ... nhập viện" against "4 ... nhập viện")
        return None
    apart = max(fa.figure.value, fb.figure.value) / max(min(fa.figure.value, fb.figure.value), 1e-9)
    if not fa.harm and apart > MONEY_ORDERS:
        # "7.150 đồng" a share and "4 tỷ đồng" a fine, a farmer's "3 ha" and the province's "182.000
        # ha": figures that far apart are two things, whatever their unit
        return None
    rumour = is_rumour(a.text, lex) != is_rumour(b.text, lex)
    if apart > FIGURE_ORDERS and not rumour and not fa.harm and "order" not in (fa.figure.bound, fb.figure.bound) \
            and not ctx.across and not two_voices:
        # "mỗi 1 độ C ... kéo theo 800-1.000 MW" against "phụ tải vượt 54.000 MW": two sources' counts
        # of one thing differ by a part, not tenfold; a rumour may blow a figure up ("3.000 hộ")
        return None
    if rumour:
        spread, official = (a, b) if is_rumour(a.text, lex) else (b, a)
        if official.source_type in lex.AUTHORITY_TYPES:
            return FigureLink("denial", squash(0.6 + sim), lex.REASONS["rumour_figure"].format(
                a=who(official, lex), parts=parts, x=(fb if official is b else fa).figure.text,
                y=(fa if official is b else fb).figure.text), x, y)
    return FigureLink("number_mismatch", squash(0.55 + sim + 0.1 * n_shared), lex.REASONS["frame"].format(
        parts=parts, x=x, a=who(a, lex), y=y, b=who(b, lex)), x, y)
