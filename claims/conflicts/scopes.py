"""Whether two figures' scopes can be one quantity, beyond what they count: the whole country
against a province, a sector against the economy, a thing's size against an amount, a price
against a sum, a body of one place against another place's figure. Used by `quantity.comparable`."""
from __future__ import annotations

import re
from functools import lru_cache

from .base import ClaimView
from .frames import Frame
from .places import place_mentions
from .terms import clause_before, dimension, level_owner, sector


def other_sector(a: ClaimView, fa: Frame, b: ClaimView, fb: Frame, lex) -> bool:
    """Two sectors' figures, or one sector's against the whole economy's ("GRDP", "tổng sản
    phẩm"); a sector's figure against one naming neither may be the same ("Ngành du lịch đón ..."
    under a headline on tourism)."""
    sa, sb = sector(a.text, fa.figure, lex), sector(b.text, fb.figure, lex)
    if sa == sb:
        return False
    if sa and sb:
        return True
    if (sa or sb)[:1].isupper() and not re.search(r"(?<!\w)ngành(?!\w)", (b.text if sa else a.text).lower()):
        # "Sinh viên ngành Công nghệ thông tin có tỷ lệ việc làm 99,1%": one named major's, not the
        # school's ("điểm chuẩn đúng của ngành này" is that major's again)
        return True
    return bool(_whole_economy_rx(lex).search((b.text if sa else a.text).lower()))


@lru_cache(maxsize=4)
def _whole_economy_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.WHOLE_ECONOMY))})(?!\w)")


def size_against_other(a: ClaimView, fa: Frame, b: ClaimView, fb: Frame, lex) -> bool:
    """A named thing's size ("Cao tốc X dài 88 km") against a figure whose clause never says that
    size ("ùn tắc khoảng 5 km"); "có tổng chiều dài là 98 km" says it."""
    size = dimension(a.text, fa.figure, lex)
    return bool(size) and dimension(b.text, fb.figure, lex) != size \
        and not re.search(rf"(?<!\w){size}(?!\w)", clause_before(b.text, fb.figure).lower())


def price_against_total(fa: Frame, a_text: str, fb: Frame, b_text: str, lex) -> bool:
    """One sum of money a price (written per unit, "412-418 USD/tấn", or called one), the other
    a sum not called a price ("mang về 5,6 tỷ USD"): a price against a total. A price may be written
    without its "/kg": "giá 25.000 đồng" and "25.000 đồng/kg" are still compared."""
    price_a, price_b = _a_price(fa, a_text, lex), _a_price(fb, b_text, lex)
    if price_a == price_b:
        return False
    bare, bare_text = (fb, b_text) if price_a else (fa, a_text)
    if "/" not in (fa.figure.unit + fb.figure.unit) and re.search(r"(?<!\w)tổng\s+(?:cộng|số)(?!\w)|(?<!\w)tổng\s*$",
                                                               clause_before(bare_text, bare.figure).lower()):
        return False  # "bán lô đất với giá 12 tỷ" against "đã trả tổng cộng 8 tỷ": one sum, disputed
    return bare.figure.unit in lex.MONEY_UNITS


def _a_price(fr: Frame, text: str, lex) -> bool:
    """A sum of money per unit: written so ("25.000 đồng/kg") or called a price in its clause ("mua
    20.000 cổ phiếu giá 36.000 đồng"), which is then no total ("bị phạt hơn 4 tỷ đồng")."""
    return "/" in fr.figure.unit or (fr.figure.unit in lex.MONEY_UNITS
                                     and bool(re.search(lex.PRICE_WORDS, clause_before(text, fr.figure).lower())))


def national_against_local(fr: Frame, theirs: Frame, other: ClaimView, lex) -> bool:
    """A figure for the whole country against a claim whose figure names no place but whose source
    is a body of one province or commune ("Sở Công Thương tỉnh An Giang"), or whose sentence names
    one ("Ninh Bình có ..., tỷ lệ tốt nghiệp 99,41%"): its figure is that place's, a part of the
    national one."""
    whole = max(lex.PLACE_LEVELS.values())
    if not any(level == whole for chain in fr.places for level, _ in chain if level is not None):
        return False
    named = ". ".join(x for x in (other.source, other.mention, other.text) if x)  # (no name runs across the joins)
    # (or whose text names a province or district, or its own without a name: "của tỉnh", "toàn huyện")
    own = _own_unit_rx(lex).search(other.text.lower())  # ("toàn xã hội" is society, no commune)
    province = lex.PLACE_LEVELS["tỉnh"]  # (a province or smaller: "Ủy ban ... Quốc gia" is the nation's own)
    return not theirs.places and (bool(own) or any(level is not None and level <= province
                                                   for _, _, level, _ in place_mentions(named)))


@lru_cache(maxsize=4)
def _own_unit_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:của|toàn|cả|trên địa bàn)\s+(?:{'|'.join(lex.LOCAL_UNITS)})(?!\s+[{lex.UPPER}])(?!\w)(?!\s+hội)")


def one_site_against_all(a: ClaimView, b: ClaimView) -> bool:
    """A figure for all the hospitals ("15 nạn nhân đang điều trị tại các bệnh viện") against one
    from a sentence about one named hospital ("Phó giám đốc Bệnh viện Thanh Nhàn cho biết bệnh viện
    đang điều trị 5 nạn nhân"): that hospital's share."""
    sa, sb = _hospitals(a.text), _hospitals(b.text)
    return (sa == "all" and sb == "one") or (sb == "all" and sa == "one")


@lru_cache(maxsize=16384)
def _hospitals(text: str) -> str | None:
    """"all" for a figure over all hospitals, "one" for a sentence about one named hospital."""
    if re.search(r"(?<!\w)(?:tại|ở|trong) (?:các|những|nhiều) bệnh viện(?!\w)", text.lower()):
        return "all"
    return "one" if len(re.findall(r"(?<!\w)[Bb]ệnh viện [A-ZĐ]", text)) == 1 else None


def sources_place_differs(fr: Frame, claim: ClaimView, other: Frame, lex) -> bool:
    """A figure naming no place, credited to a body of one place ("Sở Y tế tỉnh Kon Tum"), against
    a figure of another named place: that body counts its own place."""
    mine, _ = _source_places(fr, claim, other, lex)
    # (a place of no known level, "ở Cửa Việt và Cửa Tùng", may lie inside the body's province:
    # only the places of a known level can be another)
    leveled = {name.lower() for chain in other.places if any(level is not None for level, _ in chain) for _, name in chain}
    return bool(mine) and bool(leveled) and not mine & leveled


def sources_place_same(fr: Frame, claim: ClaimView, other: Frame, lex) -> bool:
    """A figure naming no place ("toàn tỉnh đón 1,2 triệu lượt khách"), credited to a body of the
    very place the other figure names: the same place's figure, not a total of several."""
    mine, theirs = _source_places(fr, claim, other, lex)
    return bool(mine & theirs)


def _source_places(fr: Frame, claim: ClaimView, other: Frame, lex) -> tuple[set[str], set[str]]:
    if fr.places or not other.places:
        return set(), set()
    named = " ".join(x for x in (claim.source, claim.mention) if x)
    theirs = {name.lower() for chain in other.places for _, name in chain}
    mine = {name.lower() for _, _, level, name in place_mentions(named)
            if level is not None and 0 < level <= lex.PLACE_LEVELS["tỉnh"]}  # a province's, not a country's ("BNPB Indonesia")
    return mine, theirs


def share_against_growth(a_text: str, fa: Frame, b_text: str, fb: Frame) -> bool:
    """A percentage given as a share against one given as a rise or fall."""
    return fa.unit == "%" and {_rate_kind(a_text, fa), _rate_kind(b_text, fb)} == {"share", "growth"}


def other_giver(a_text: str, fa: Frame, b_text: str, fb: Frame, lex) -> bool:
    """Two sums given by different givers ("Nhà xe hỗ trợ 10 triệu đồng" against "UBND tỉnh Lâm
    Hà hỗ trợ 3 triệu đồng"): neither's words hold the other's, and they share no name ("Công ty
    Minh Long" and "Công ty xây dựng Minh Long", "UBND tỉnh Quảng Bình" and "lãnh đạo tỉnh Quảng
    Bình" are one giver)."""
    giver_a, giver_b = _giver(a_text, fa, lex), _giver(b_text, fb, lex)
    if not giver_a or not giver_b or giver_a[0] <= giver_b[0] or giver_b[0] <= giver_a[0]:
        return False
    return not giver_a[1] & giver_b[1]


def _giver(text: str, fr: Frame, lex) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words of who gives a sum (the subject before the last giving verb ahead of it, after
    any speech cue) and the capitalised ones among them past its first word."""
    if fr.figure.unit.split("/")[0].strip().lower() not in lex.MONEY_UNITS:
        return None
    before = text[:fr.figure.start]
    verbs = list(_giving_rx(lex).finditer(before))
    if not verbs:
        return None
    subject = re.split(r"[,;:“”\"()]|(?<!\w)(?:cho biết|cho hay|nói|khẳng định|thông tin)(?!\w)", before[:verbs[-1].start()])[-1]
    words = [w for w in subject.split() if w.lower() not in lex.GIVING_MODALS]
    if not words:
        return None
    return frozenset(w.lower() for w in words), frozenset(w for w in words[1:] if w[:1].isupper())


@lru_cache(maxsize=4)
def _giving_rx(lex) -> re.Pattern:
    # ("trao đổi" is a talk, no gift)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.GIVING_VERBS))})(?!\w)(?!\s+đổi)", re.I)


def other_level_owner(a_text: str, fa: Frame, b_text: str, fb: Frame, lex) -> bool:
    """Two physical levels of different things ("mực nước sông" and "mực nước hồ")."""
    owner_a, owner_b = level_owner(a_text, fa.figure, lex), level_owner(b_text, fb.figure, lex)
    return bool(owner_a and owner_b and owner_a != owner_b)


def _rate_kind(text: str, fr: Frame) -> str | None:
    """"share" for a percentage given as a share ("chiếm khoảng 51%", "tỷ trọng ... 34%", "38%
    trong số này là ...", "78% tổng kim ngạch"), "growth" for one given as a rise or fall ("tăng
    11,4%", "11,4% so với cùng kỳ"), else None (a "tỷ lệ ... là 4,8%" may be either's counterpart)."""
    kind = _rate_before(text[max(0, fr.figure.start - 60):fr.figure.start])
    if kind is None:
        after = text[fr.figure.end:fr.figure.end + 30].lower()
        if re.match(r"\s*(?:trong\s+(?:số|tổng)|của\s+tổng|tổng)(?!\w)", after):
            return "share"
        if re.match(r"\s*so\s+với(?!\w)", after):
            return "growth"
    return kind


@lru_cache(maxsize=16384)
def _rate_before(before: str) -> str | None:
    low = before.lower()
    if re.search(r"(?<!\w)(?:chiếm|tỷ trọng|tỉ trọng)(?!\w)[^,;.]{0,40}$", low):
        return "share"
    return "growth" if re.search(r"(?<!\w)(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên|thêm))?\s*$", low) else None


def other_kind_of_money(a_text: str, fa: Frame, b_text: str, fb: Frame, lex) -> bool:
    """Two sums of different kinds of money, each named in its own clause before the figure
    ("tổng tiền gốc hơn 118 tỷ đồng" against "tổng tiền lãi họ thực nhận chỉ khoảng 6 tỷ đồng")."""
    kinds = [_money_kind(t, f, lex) for t, f in ((a_text, fa), (b_text, fb))]
    return None not in kinds and kinds[0] != kinds[1]


def _money_kind(text: str, fr: Frame, lex) -> str | None:
    """The one kind of money the figure's clause names after "tiền"; None for none or for two (a
    sum of both: "tổng tiền gốc và tiền lãi")."""
    if fr.figure.unit.split("/")[0].strip().lower() not in lex.MONEY_UNITS:
        return None
    clause = re.split(r"[,;:“”\"()]", text[:fr.figure.start])[-1].lower()
    found = set(_money_kinds_rx(lex).findall(clause))
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4)
def _money_kinds_rx(lex) -> re.Pattern:
    return re.compile(rf"(?<!\w)tiền\s+({'|'.join(map(re.escape, lex.MONEY_KINDS))})(?!\w)")

