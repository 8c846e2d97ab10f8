"""A running story's steps: which of two figures for one quantity is the later one (a later
as-of time, "tăng lên", the same authority's figure in the later article, a toll that only grows),
and when two figures are one count rounded once. Used by `figures`."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..numbers import Figure, compatible
from .frames import Frame, later, same_moment

if TYPE_CHECKING:
    from .figures import Context


def newer(fa: Frame, fb: Frame, ctx: Context, lex, two_voices: bool = False) -> int:
    """1 when fa is the later figure of a running story, -1 when fb is, 0 when nothing says so."""
    if "order" in (fa.figure.bound, fb.figure.bound):
        return 0  # "hàng nghìn người" gives an order of size, no step of a running count
    if rounded_alike(fa.figure, fb.figure):
        return 0  # "hơn 1.200 bài" and "1.248 bài": one count, rounded once
    if ctx.across and ctx.same_event and fa.now and fb.now:
        return 1 if ctx.a_newer else -1  # each report's "hiện": the later report's is the later count
    if two_voices and fa.scope == fb.scope == "period" and any(fr.as_of is None or fr.as_of.period for fr in (fa, fb)):
        # two bodies' totals for one closed period ("đến hết tháng 10", "10 tháng qua"): a discrepancy,
        # whenever each spoke; a year-to-date count dated to the day ("tính đến 20/11") still runs on
        return 0
    moment = same_moment(fa.as_of, fb.as_of)
    if moment is False:
        return 1 if later(fa.as_of, fb.as_of) else -1
    if fa.scope == fb.scope == "at_scene":
        return 0  # both "chết tại chỗ": the event's own moment, which no later report raises (a
        # later total with those who died after may: "2 tử vong tại chỗ", then "3 người tử vong")
    if moment is None and ctx.across and ctx.same_event and not two_voices \
            and (fa.scope == "cumulative") != (fb.scope == "cumulative"):
        # "huy động tổng cộng 22 xe" in the later report against "điều động 15 xe" first: the day's
        # total of what was sent, a later count, when it is the newer and the larger
        total, first = (fa, fb) if fa.scope == "cumulative" else (fb, fa)
        if (total is fa) == ctx.a_newer and total.figure.value > first.figure.value:
            return 1 if ctx.a_newer else -1
    if moment is None:
        moved_a, moved_b = fa.change in ("rise", "fall"), fb.change in ("rise", "fall")
        if moved_a != moved_b:
            return 1 if moved_a else -1  # "đã tăng lên 17" is the later figure of the two
        if moved_a and fa.change == fb.change and fa.harm is not None and fa.harm == fb.harm:
            # "tăng lên 17" and "tăng lên 24" of one toll: two steps, the higher the later (for
            # "giảm xuống", the lower)
            higher = 1 if fa.figure.value > fb.figure.value else -1
            return higher if fa.change == "rise" else -higher
        if (fa.change == "initial") != (fb.change == "initial"):
            return -1 if fa.change == "initial" else 1
        if ctx.same_event and fa.source and fa.source == fb.source:
            return 1 if ctx.a_newer else -1  # the same authority's later figure, in a later article
        if ctx.across and ctx.same_event and not two_voices and fa.unit == fb.unit == "người":
            # the newer report's count of people dated ("Tính đến 20h, ... đã đưa được 8 người ra
            # ngoài") against the earlier report's undated one ("đã đưa được 4 người ra ngoài"): a
            # later, higher step of the same running count
            later_fr, earlier_fr = (fa, fb) if ctx.a_newer else (fb, fa)
            if later_fr.as_of is not None and earlier_fr.as_of is None and later_fr.figure.value > earlier_fr.figure.value:
                return 1 if ctx.a_newer else -1
        counted = fa.harm is not None and fa.harm == fb.harm
        # a count another outlet words around the same term ("ngôi nhà bị tốc mái"): quantity.comparable
        # made sure of the shared term; sums of money are not counts that only grow
        counted = counted or (ctx.across and fa.harm is None and fb.harm is None and _grows(fa, lex))
        # two authorities' different tolls with no word of time or change between them are a
        # discrepancy to check ("Công an: 6 người bị thương" / "Sở Y tế: 11 người"), not a step
        two_voices = two_voices and fa.harm not in ctx.newer_changes  # (unless the newer article says it rose)
        if ctx.same_event and counted and not two_voices:
            # a toll (dead, injured, missing, houses damaged...) only grows while a story runs: a
            # higher one in the later report of the event, with nothing saying both hold for one
            # moment, is the later count; a lower one is left to the other checks (a correction, a
            # conflict)
            newer, older = (fa, fb) if ctx.a_newer else (fb, fa)
            dated_there = older.as_of is not None and moment_key(older) in ctx.newer_moments
            grew = newer.figure.value > older.figure.value or fa.harm in lex.FALLING_HARMS
            if grew and not dated_there:
                return 1 if ctx.a_newer else -1
            # (when the newer article gives this toll for the older figure's own moment, its
            # undated figure, often a headline summing up its body, is read at that moment)
    return 0


def _grows(fr: Frame, lex) -> bool:
    """A quantity a running story adds to (damage counted, an area burnt or flooded), not a
    passenger list, a score, a length or a price, where two outlets' figures disagree."""
    return "/" not in fr.figure.unit and fr.unit in _growing(lex)


@lru_cache(maxsize=4)
def _growing(lex) -> frozenset[str]:
    return frozenset(w.replace(" ", "") for w in lex.GROWING_COUNTS)


def rounded_alike(a: Figure, b: Figure, within: float = 0.1) -> bool:
    """A rounded figure ("hơn", "khoảng", "gần") and one within a tenth of it say the same count."""
    if not ({a.bound, b.bound} & {"above", "about", "atleast", "below", "atmost"}) or not compatible(a, b):
        return False
    return abs(a.value - b.value) <= within * max(a.value, b.value)


def moment_key(fr: Frame) -> tuple:
    """What `Context.newer_moments` holds for a dated toll."""
    return fr.harm, fr.as_of.day if fr.as_of else None, fr.as_of.minutes if fr.as_of else None
