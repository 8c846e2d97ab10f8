"""The same event across outlets: what an article is about (its event signature: the kind of
event, the places and actors named in its headline and lead, the days it gives, the headline and
lead themselves), keys to find stored articles by it, and whether two signatures are one event.
Pure functions; `claims.store` files the keys and runs the search."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz

from .. import lexicon
from ..numbers import Figure, extract
from .base import proper_names
from .frames import event_kinds
from .places import place_mentions

LEAD_SENTENCES = 3  # the headline and the first body sentences say what the event is
# A lead that opens with a clock time to the minute and a day tells when the event struck
# ("Khoảng 4h50 sáng 14/10, xe khách ..."); a report's own time ("Chiều 15/10, Công an cho biết",
# "Tính đến 18h ngày 10/9") is not given to the minute or is an as-of time.
STRUCK_AT = re.compile(r"\s*(?:khoảng|vào|lúc|tầm|chừng)?\s*(?:lúc\s+)?\d{1,2}\s*(?:h|giờ)\s*\d{2}(?:\s*phút)?"
                       r"\s+(?:\w+\s+){0,2}?(?:ngày\s+)?(?P<day>\d{1,2})/(?P<month>\d{1,2})(?!\d)", re.I)
SPOT_PENALTY = 0.25  # two leads naming different communes or sites: most likely two incidents
MAX_KEYS = 12  # keys filed per article


@dataclass(frozen=True)
class EventSignature:
    kinds: frozenset[str]  # "earthquake", "flood"...
    places: frozenset[str]  # lower case, without the unit word ("kiên hòa")
    actors: frozenset[str]  # other names (bodies, people), lower case
    days: frozenset[int]  # month * 100 + day of the dates in the headline and lead
    lead: str  # headline and first sentences, for fuzzy matching
    spots: frozenset[str] = frozenset()  # the finest places: communes, hamlets, sites ("khu công nghiệp x")
    months: frozenset[int] = frozenset()  # months the lead says the event happened in ("xảy ra hồi tháng 9/2024")
    struck: int | None = None  # the day a lead opens with, to the minute ("Khoảng 4h50 sáng 14/10, ...")


def signature(title: str | None, sentences: Sequence[tuple[str, Sequence[Figure] | None]],
              lang: str = "vi") -> EventSignature:
    """The event signature of an article from its headline and first sentences, given as
    (text, figures) with figures None where they must be read again."""
    lex = lexicon.get(lang)
    lead = [(t, f) for t, f in sentences if t.strip()][:LEAD_SENTENCES]
    if title and title.strip() and (not lead or lead[0][0].strip() != title.strip()):
        lead = [(title, None)] + lead[:LEAD_SENTENCES - 1]
    kinds, places, actors, days, spots, months = set(), set(), set(), set(), set(), set()
    struck = None
    for text, figs in lead:
        opening = STRUCK_AT.match(text) if struck is None and text != title else None
        # ("Lúc 10h30 ngày 17/10, bệnh viện cho biết ...", "... tìm thấy thêm 2 thi thể": a later step's time)
        if opening and not _later_step_rx(lex).search(text.lower()):
            struck = int(opening.group("month")) * 100 + int(opening.group("day"))
        kinds |= event_kinds(text, lex)
        mentions = place_mentions(text, lang)
        found = {name for _, _, _, name in mentions}
        places |= found
        spots |= {name for _, _, level, name in mentions if level is not None and level <= lex.PLACE_LEVELS["xã"]}
        actors |= {n for n in proper_names(text, lang) if not any(p in n or n in p for p in found)}
        for f in (extract(text, lang) if figs is None else figs):
            if f.kind == "date" and f.unit == "date" and int(f.value) % 10000:
                days.add(int(f.value) % 10000)
            elif f.kind == "date" and f.unit == "tháng" and int(f.value) % 10000 // 100 \
                    and re.search(lex.OCCURRENCE_LEADS, text[max(0, f.start - 30):f.start].lower()):
                months.add(int(f.value) % 10000 // 100)  # "xảy ra hồi tháng 9/2024": when, to the month
    return EventSignature(frozenset(kinds), frozenset(places), frozenset(actors), frozenset(days),
                          " ".join(t for t, _ in lead)[:600], frozenset(spots), frozenset(months), struck)


@lru_cache(maxsize=4)
def _later_step_rx(lex) -> re.Pattern:
    """A reporting cue or a word of a later step in a story (`FOLLOW_UP_WORDS`)."""
    words = sorted(set(lex.SPEECH_CUES) | set(lex.FOLLOW_UP_WORDS), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)")


def event_keys(sig: EventSignature) -> set[str]:
    """Keys an article is filed under for event search: its places and actors (the kind alone
    would pair every fire with every fire)."""
    keys = sorted(f"ep:{p}" for p in sig.places) + sorted(f"ea:{a}" for a in sig.actors)
    return {k[:190] for k in keys[:MAX_KEYS]}


def _day_gap(a: int, b: int) -> int:
    ma, da = divmod(a, 100)
    mb, db = divmod(b, 100)
    gap = abs((ma * 31 + da) - (mb * 31 + db)) % (12 * 31)
    return min(gap, 12 * 31 - gap)  # 30/12 and 2/1 are days apart, not a year


def _month_gap(month: int, day: int) -> int:
    """Days from a date (month * 100 + day) to the nearest day of a month, on 31-day months."""
    m, d = divmod(day, 100)
    at, first, last = m * 31 + d, month * 31 + 1, month * 31 + 31
    if first <= at <= last:
        return 0
    def wrapped(x: int) -> int:  # December and early January are near, across the new year
        x = abs(x) % (12 * 31)
        return min(x, 12 * 31 - x)
    return min(wrapped(at - first), wrapped(at - last))


def different_events(a: EventSignature, b: EventSignature, lang: str = "vi") -> bool:
    """Whether the two articles clearly report two events: different kinds of event, or what
    their leads say about when (days, or the month an event happened in) too far apart."""
    lex = lexicon.get(lang)
    if a.kinds and b.kinds and not a.kinds & b.kinds:
        return True
    if a.struck is not None and b.struck is not None and _day_gap(a.struck, b.struck) >= 2:
        return True  # "4h50 sáng 14/10" and "22h15 tối 17/10": two crashes on one road, days apart
    if a.days and b.days and min(_day_gap(x, y) for x in a.days for y in b.days) > lex.EVENT_DAYS:
        return True
    # a trial over an accident of months ago is not a report of today's accident
    return any(x.months and y.days and min(_month_gap(m, d) for m in x.months for d in y.days) > lex.EVENT_DAYS
               for x, y in ((a, b), (b, a)))


def same_event(a: EventSignature, b: EventSignature, lang: str = "vi") -> float:
    """A score in [0, 1]; 0 when the two articles cannot be one event (`different_events`), or
    nothing is named in common and the leads do not match."""
    lex = lexicon.get(lang)
    if different_events(a, b, lang):
        return 0.0
    # a name one lead gives as a place and the other as an actor ("Jakarta") is shared all the same
    shared_actors = len(a.actors & b.actors)
    shared_places = len((a.places | a.actors) & (b.places | b.actors)) - shared_actors
    lead = fuzz.token_set_ratio(a.lead.lower(), b.lead.lower()) / 100
    kind = bool(a.kinds & b.kinds)
    if not (shared_places or shared_actors) and lead < 0.8:
        return 0.0
    if not kind and shared_places + shared_actors < 2 and lead < 0.8:
        return 0.0  # no kind of event in common: two names or matching leads are needed
    same_day = bool(a.days & b.days)  # both leads date the event, to the same day
    score = 0.35 * kind + 0.15 * min(shared_places, 2) + 0.1 * min(shared_actors, 2) + 0.3 * lead + 0.1 * same_day
    if a.spots and b.spots and not a.spots & b.spots:
        # both leads say exactly where (a commune, a site) and name different spots: two fires in
        # one city's two industrial parks share the city and the kind, not the event
        score -= SPOT_PENALTY
    return round(max(min(score, 1.0), 0.0), 3)


SAME_EVENT = 0.6  # the score from which two articles are taken to report one event
# ... and for a correction notice ("Sở ... đính chính số liệu ..."): it reports no event of a kind
# of its own, only the figures of one it put out, so a shared name and day mostly make the match;
# what it then links must name the very figure it corrects or be worded as it
SAME_EVENT_NOTICE = 0.5
