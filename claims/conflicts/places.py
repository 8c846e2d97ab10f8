"""Where a figure holds: the places a sentence names ("tỉnh Kiên Hòa", a known country, "chợ
đầu mối X", "cả nước"), which of them belong to a figure, and whether two figures' places are the
same, different, or unknown."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..numbers import Figure


@lru_cache(maxsize=4)
def _place_rx(lex) -> re.Pattern:
    heads = "|".join(re.escape(h) for h in sorted(lex.PLACE_LEVELS, key=len, reverse=True))
    known = "|".join(re.escape(p) for p in sorted(set(lex.COUNTRY_NAMES) | set(lex.PLACES), key=len, reverse=True))
    name = rf"(?:[{lex.UPPER}][\w'-]*)(?:\s+[{lex.UPPER}][\w'-]*)*"
    sites = "|".join(re.escape(h) for h in sorted(lex.SITE_HEADS, key=len, reverse=True))
    whole = "|".join(re.escape(h) for h in sorted(lex.WHOLE_COUNTRY, key=len, reverse=True))
    # ("tỉnh lân cận Bình Khang": a neighbouring province is still named by its head)
    # (not "nhà nước": "hãng thông tấn nhà nước Antara" is the state's agency, not a country)
    return re.compile(rf"(?<!\w)(?<!nhà )(?<!Nhà )(?:(?P<head>(?i:{heads}))\s+(?:(?:lân cận|láng giềng|giáp ranh)\s+)?(?P<name>{name}|\d+)"
                      rf"|(?P<known>{known})(?!\w)"
                      rf"|(?i:ở|tại)\s+(?P<loose>{name})"
                      rf"|(?P<site>(?i:{sites}))(?:\s+(?P<site_name>{name}|(?!(?:ở|tại|có|là|được|bán|với|giá)\b)[^\W\d]+))?(?!\w)"
                      rf"|(?P<whole>(?i:{whole}))(?!\w))")


@lru_cache(maxsize=4)
def _known_rx(lex) -> re.Pattern:
    known = "|".join(re.escape(p) for p in sorted(set(lex.COUNTRY_NAMES) | set(lex.PLACES), key=len, reverse=True))
    return re.compile(rf"(?:{known})(?!\w)")


@lru_cache(maxsize=4)
def _org_heads(lex) -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(re.escape(h.lower()) for h in sorted(lex.ORG_HEADS, key=len, reverse=True))})(?!\w)")


@lru_cache(maxsize=4)
def _cue_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in sorted(lex.SPEECH_CUES, key=len, reverse=True))})(?!\w)")


@lru_cache(maxsize=4)
def _body_heads(lex) -> str:
    """A body's head as its name writes it ("Trung tâm", "Công an", "UBND"), not a place's own
    ("tỉnh", "TP"), as a regex alternation."""
    places = {p.lower() for p in lex.PLACE_LEVELS}
    heads = {h[:1].upper() + h[1:] for h in lex.ORG_HEADS if h.lower() not in places and h.lower() not in ("nước", "điện")}
    return "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))


@lru_cache(maxsize=4)
def _body_end_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_body_heads(lex)})\s+(?:[^\s,;:.]+\s+){{0,3}}$")


def _in_address(text: str, at: int, lex) -> bool:
    """Whether the place named at `at` is inside brackets right after a body's name: its address
    ("Công ty May Phú An (Khu công nghiệp Tân Hưng, huyện Đức Thành)")."""
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.find(")", opened) < at:
        return False
    return bool(_body_before_rx(lex).search(text[max(0, opened - 80):opened]))


@lru_cache(maxsize=4)
def _body_before_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_body_heads(lex)})(?:\s+[^\s,;:.()]+){{0,8}}\s*$")


def _in_body_name(text: str, at: int, lex) -> bool:
    """Whether the place named at `at` ends a body's name ("Trung tâm Y tế huyện Mường Pha")."""
    return bool(_body_end_rx(lex).search(text[max(0, at - 40):at]))


@lru_cache(maxsize=4)
def _units(lex) -> frozenset[str]:
    return frozenset(u.lower() for u in lex.UNITS)


@lru_cache(maxsize=8192)
def place_mentions(text: str, lang: str = "vi") -> tuple[tuple[int, int, int | None, str], ...]:
    """(start, end, level, name) of every place named: "tỉnh Kiên Hòa" (level of "tỉnh"), a known
    country or province (its level), or a capitalised name after "ở / tại" (level unknown)."""
    lex = lexicon.get(lang)
    out = []
    for m in _place_rx(lex).finditer(text):
        end = m.end()
        if m.group("head") and re.search(r"\s(?:lân cận|láng giềng|giáp ranh)\s", m.group(0)) \
                and re.search(r"(?:các|những)\s+$", text[:m.start()], re.I):
            continue  # "các tỉnh lân cận Hà Nội": the provinces around it, none of them named
        if m.group("head"):
            head = m.group("head")
            level, name = lex.PLACE_LEVELS.get(head, lex.PLACE_LEVELS.get(head.lower())), m.group("name")
        elif m.group("site"):
            level = -1  # a market, a shop, a port: smaller than any administrative unit
            name = f"{m.group('site').lower()} {m.group('site_name') or ''}".strip()
        elif m.group("whole"):
            level, name = max(lex.PLACE_LEVELS.values()), "cả nước"  # "cả nước xuất khẩu ...": the national figure
        elif m.group("known"):
            name = m.group("known")
            if _inside_longer_name(text, m.start(), m.end(), lex):
                continue  # "Pháp Vân", "cầu Nhật Tân": a known name inside a longer one is not that place
            level = lex.PLACE_LEVELS["quốc gia"] if name in lex.COUNTRY_NAMES else lex.PLACE_LEVELS["tỉnh"]
        else:
            # "Tại TP.HCM": the known name the loose one cuts at its dot
            known = _known_rx(lex).match(text, m.start("loose"))
            longer = bool(known) and len(known.group(0)) > len(m.group("loose"))
            name, end = (known.group(0), known.end()) if longer else (m.group("loose"), end)
            level = (lex.PLACE_LEVELS["quốc gia"] if name in lex.COUNTRY_NAMES else
                     lex.PLACE_LEVELS["tỉnh"] if name in lex.PLACES else None)
            if level is None and _org_heads(lex).match(text[m.start("loose"):m.start("loose") + 40].lower()):
                continue  # "tại Bệnh viện Chợ Rẫy", "tại Trung tâm Y tế huyện": a body, not a place
            if name.lower() in _units(lex):
                continue  # "tại Km 196+500": a kilometre post, not a place name
        if _time_zone(text, m.start(), lex):
            continue  # "7h (giờ Hà Nội)": a time zone, not where the figure holds
        out.append((m.start(), end, level, name.lower()))
    return tuple(out)


@lru_cache(maxsize=4)
def _title_before(lex) -> re.Pattern:
    titles = "|".join(re.escape(t) for t in sorted(lex.PERSON_TITLES, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{titles})\s+$", re.I)


def _inside_longer_name(text: str, start: int, end: int, lex) -> bool:
    """A known name run on by capitalised words ("Pháp Vân"), or after one that is not the
    sentence's first word nor a function word ("Cầu Nhật Tân"). Not after a title ("Tổng thống Mỹ
    Donald Trump": the country is his) nor at the sentence's start ("Riêng Mỹ nhập khẩu ...")."""
    head = text[:start]
    before = re.search(rf"(?:^|(?<=[\s“\"(]))([{lex.UPPER}][\w'-]*)\s+$", head)
    opens = before is not None and not head[:before.start(1)].strip(" “\"(-–")
    after_title = bool(_title_before(lex).search(head[-40:]))
    if re.match(rf"\s+[{lex.UPPER}]", text[end:]) and not after_title:
        return True
    return bool(before) and not opens and before.group(1).lower() not in lex.STOPWORDS


def _time_zone(text: str, at: int, lex) -> bool:
    """The time-zone word right before a place ("(giờ Hà Nội)"), not an hour count ("24 giờ Hà
    Nội ghi nhận", "17 giờ tại Hà Nội")."""
    before = text[max(0, at - 12):at].lower()
    word = re.escape(lex.TIME_ZONE_WORD)
    return bool(re.search(rf"(?<!\w){word}\s+$", before)) and not re.search(rf"\d\s*{word}\s+$", before)


def _written(text: str, mentions: list[tuple[int, int, int | None, str]]) -> str:
    """The places as written, each once, without "ở / tại"."""
    out: list[str] = []
    for a, b, _, _ in mentions:
        name = re.sub(r"^(?:ở|tại)\s+", "", text[a:b], flags=re.I)
        if name not in out:
            out.append(name)
    return ", ".join(out)


def _chains(mentions: list[tuple[int, int, int | None, str]], text: str, lang: str = "vi") -> tuple[tuple[tuple[int | None, str], ...], ...]:
    """Places that form one address ("xã Tân Hòa, huyện Phú Lâm, tỉnh Lâm Hà": each a larger
    unit than the one before, joined by a comma or a space) are one chain; "Thổ Nhĩ Kỳ và Syria"
    are two."""
    chains: list[list[tuple[int, int, int | None, str]]] = []
    for m in mentions:
        last = chains[-1][-1] if chains else None
        if last is not None and re.fullmatch(r"[\s,]*", text[last[1]:m[0]]) and (
                last[2] is not None and m[2] is not None and m[2] > last[2]):
            chains[-1].append(m)
        else:
            chains.append([m])
    opener = re.match(lexicon.get(lang).PLACE_OPENER, text)
    if len(chains) == 2 and len(chains[0]) == 1 and opener and chains[0][0][1] <= opener.end() \
            and all(m[2] is not None and (chains[0][0][2] is None or m[2] < chains[0][0][2]) for m in chains[1]):
        # "Tại Bình Định, ... huyện Phù Mỹ có 412 nhà": the smaller unit lies in the one the sentence
        # opens with (a name of no known level there is the larger: "Tại Hòa Lâm, ... huyện X")
        chains = [chains[1] + chains[0]]
    out: list[tuple[tuple[int | None, str], ...]] = []
    for c in chains:
        chain = tuple((lvl, name) for _, _, lvl, name in c)
        if chain not in out:
            out.append(chain)  # "UBND tỉnh Lâm Hà ... ở tỉnh Lâm Hà": one place named twice
    return tuple(out)


@lru_cache(maxsize=4)
def _source_lead(lex) -> str:
    return "|".join(re.escape(w) for w in sorted(lex.SOURCE_LEAD_WORDS, key=len, reverse=True))


def figure_places(text: str, f: Figure, seg: tuple[int, int], others: list[Figure], mention: str | None,
                   lang: str, source: str | None = None) -> tuple[tuple[tuple[tuple[int | None, str], ...], ...], str]:
    """The places of a figure: those between the figure before it and itself, else those after it
    up to the next figure, inside its stretch of the sentence; the source's own name
    ("Sở Y tế tỉnh Kiên Hòa"), as mentioned or as resolved (a stored claim may keep the short
    mention "Ban Chỉ huy" for "Ban Chỉ huy ... tỉnh Hòa Lâm"), is whose figure it is, not where."""
    skip = []
    for name in {mention, source}:
        at = text.find(name) if name and len(name) > 2 else -1
        if at >= 0:
            skip.append((at, at + len(name)))
    lead = re.match(rf"\s*(?:{_source_lead(lexicon.get(lang))})\s[^,;:]+,", text, re.I)
    if lead:
        skip.append((0, lead.end()))  # "Theo Ban Chỉ huy ... tỉnh Hòa Lâm, ...": the source's place
    lex = lexicon.get(lang)
    cue = _cue_rx(lex).search(text, 0, f.start)
    mentions = [m for m in place_mentions(text, lang)
                if seg[0] <= m[0] < seg[1] and not any(a <= m[0] < b for a, b in skip)
                # "đưa đến Trung tâm Y tế huyện X", "Chủ tịch UBND xã Y, cho biết ...": a body's
                # place after the figure, or in the speaker's description, is not where the toll holds
                and not (_in_body_name(text, m[0], lex) and (m[0] > f.end or (cue is not None and m[0] < cue.start())))
                and not (m[0] > f.end and _in_address(text, m[0], lex))]
    # (a count of places introduces where the figure holds: "6 người mất tích tại hai tỉnh Cao Bằng
    # và Bắc Kạn", "mưa lũ tại hai tỉnh Quảng Trị và Quảng Ngãi đã làm 18 người chết")
    counts = [g for g in others if g.unit in lex.PLACE_LEVELS and g.low and g.low >= 2]
    others = [g for g in others if g.unit not in lex.PLACE_LEVELS]
    before_end = max([g.end for g in others if g.end <= f.start and g.start >= seg[0]], default=seg[0])
    after_end = min([g.start for g in others if g.start >= f.end and g.start < seg[1]], default=seg[1])
    near = [m for m in mentions if before_end <= m[0] < f.start]
    if not near and before_end > seg[0] and re.fullmatch(r"[^\d,;:.]{0,25}?\s(?:và|hoặc)\s*", text[before_end:f.start]) \
            and not any(f.end <= m[0] < after_end for m in mentions):  # ("... và 2 người mất tích ở xã Y": its own place)
        # "Huyện X ... với 9 người chết và 7 người mất tích": a figure joined to the one before
        # holds where that one does
        near = [m for m in mentions if m[0] < before_end]
    if not near:
        # "14 người mất tích, phần lớn là người dân bản X": where most of them are from, not where the toll holds
        # ("18 người chết tại 4 tỉnh, nhiều nhất là Quảng Trị": the province with most of them)
        part = re.search(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.SHARE_OF_WHOLE_LEADS))})(?!\w)", text[f.end:after_end].lower())
        near = [m for m in mentions if f.end <= m[0] < (f.end + part.start() if part else after_end)]
    if not near:
        near = _place_after_a_list(text, f, others, mentions, seg, lex)
    if not near:
        # a sentence that opens with where ("Tại Việt Nam, giá gạo 5% tấm ... 398 USD/tấn") says
        # it for every figure that names no place of its own
        opener = re.match(lexicon.get(lang).PLACE_OPENER, text)
        if opener:
            near = [m for m in place_mentions(text, lang) if m[0] < opener.end()
                    and not any(a <= m[0] < b for a, b in skip)]
    whole = re.search(lex.WHOLE_UNIT, text[seg[0]:f.start].lower())
    level = lex.PLACE_LEVELS.get(whole.group(1)) if whole else None
    if level is not None and not any(seg[0] + whole.start() <= m[0] < f.start for m in place_mentions(text, lang)):
        # "ông X, Chủ tịch UBND huyện Phù Mỹ, khẳng định ... toàn huyện có 690 nhà": the whole of
        # the unit the sentence named before, the speaker's own, whatever else was named; none when
        # it named two of that level ("huyện Đông Hải, giáp ranh huyện Tây Sơn": which is not said)
        named = [m for m in place_mentions(text, lang) if m[0] < seg[0] + whole.start() and m[2] == level]
        if named:  # (unknown among two, it is still a whole unit of its own: no named district's figure)
            near = named[-1:] if len({m[3] for m in named}) == 1 else \
                [(seg[0] + whole.start(), seg[0] + whole.end(), level, whole.group(0))]
    chains = _chains(near, text, lang)
    first = min((m[0] for m in near), default=None)
    count = next((g for g in counts if first is not None and g.start <= first <= g.end + 2), None) if near \
        else _unnamed_places_count(text, f, counts, lex)
    if count is not None and len(chains) < count.low <= 64:
        # "tại hai tỉnh Quảng Trị và Thừa Thiên Huế", one name unknown to the place list: still two
        # places, none of them alone
        chains += tuple(((None, f"#{k}"),) for k in range(int(count.low) - len(chains)))
    return chains, _written(text, near)


def _unnamed_places_count(text: str, f: Figure, counts: list[Figure], lex) -> Figure | None:
    """"18 người chết tại 4 tỉnh miền Trung", "mưa lũ tại 4 tỉnh ... đã làm 18 người chết": a count of
    places, none named, where the figure holds (right after it and its noun, or before it with no
    other figure between)."""
    for g in counts:
        after = g.start >= f.end and re.fullmatch(rf"(?:\s+[^\W\d]+){{0,2}}\s+(?:{lex.PLACE_PREPOSITIONS})\s+", text[f.end:g.start])
        before = g.end <= f.start and re.search(rf"(?<!\w)(?:{lex.PLACE_PREPOSITIONS})\s+$", text[:g.start]) \
            and not re.search(r"\d", text[g.end:f.start])
        if after or before:
            return g
    return None


def _place_after_a_list(text: str, f: Figure, others: list[Figure], mentions, seg: tuple[int, int], lex) -> list:
    """"11 người chết, 5 người mất tích tại hai tỉnh A và B": figures listed one after another (a
    comma or "và" between), then where they hold: the place after the last one holds for each."""
    end = f.end
    for g in sorted((g for g in others if g.start >= f.end and g.start < seg[1]), key=lambda g: g.start):
        if not re.fullmatch(r"[^\d,;:.]{0,25}?(?:,|\svà)\s*", text[end:g.start]):
            break
        end = g.end
    if end == f.end:
        return []
    stop = min([g.start for g in others if g.start >= end and g.start < seg[1]], default=seg[1])
    first = min((m for m in mentions if end <= m[0] < stop), default=None, key=lambda m: m[0])
    # (only the last figure's own noun before "tại": "5 người được tìm thấy ở huyện X" tells where
    # those five were found, not where the first figure holds)
    # (the mention may begin with its preposition: "... 26 người bị thương tại Quảng Trị, Huế")
    if first is None or not (re.fullmatch(rf"(?:\s+[^\W\d]+){{0,2}}\s+(?:{lex.PLACE_PREPOSITIONS})(?:\s+\S+)?\s*", text[end:first[0]])
                             or re.fullmatch(r"(?:\s+[^\W\d]+){0,2}\s+", text[end:first[0]])
                             and re.match(rf"(?:{lex.PLACE_PREPOSITIONS})\s", text[first[0]:first[1]], re.I)):
        return []
    return [m for m in mentions if end <= m[0] < stop]


def places_match(a, b) -> bool | None:
    """True: the same place; False: different places (or a place against a group of places);
    None: unknown (one figure names no place)."""
    if not a.places or not b.places:
        return None  # (a national figure against one naming no place: see `_national_against_local`)
    if national(a.places) != national(b.places):
        return False  # "cả nước có 8.000 bài thi" against a province's ("xã X / tỉnh Y" nest; the country holds all)
    if len(a.places) != len(b.places):
        return False  # "Thổ Nhĩ Kỳ" against "Thổ Nhĩ Kỳ và Syria": a part against a total
    unmatched = list(b.places)
    for chain in a.places:
        hit = next((c for c in unmatched if _chain_match(chain, c)), None)
        if hit is None:
            return False
        unmatched.remove(hit)
    return True


def national(places) -> bool:
    """Whether a figure's only place is the whole country (`place_mentions` names it "cả nước")."""
    return bool(places) and all(any(n == "cả nước" for _, n in chain) for chain in places)


def _chain_match(a: tuple[tuple[int | None, str], ...], b: tuple[tuple[int | None, str], ...]) -> bool:
    names_a, names_b = {n for _, n in a}, {n for _, n in b}
    if names_a & names_b:
        levels_a, levels_b = dict((lvl, n) for lvl, n in a if lvl is not None), dict((lvl, n) for lvl, n in b if lvl is not None)
        return all(levels_a[lvl] == levels_b[lvl] for lvl in levels_a.keys() & levels_b.keys())
    levels_a = {lvl for lvl, _ in a if lvl is not None}
    levels_b = {lvl for lvl, _ in b if lvl is not None}
    # no name in common: the same place only if they name it at different levels ("xã X" / "tỉnh Y")
    return bool(levels_a and levels_b and not levels_a & levels_b)
