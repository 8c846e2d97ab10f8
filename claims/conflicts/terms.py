"""The words around a figure, in its clause: what they say it measures ("kỷ luật 1.300 tổ chức";
the economic measure, "doanh thu" or "lợi nhuận"), the period it sums ("quý III", "9 tháng"), the
base of a change ("so với cùng kỳ"), its two-word terms for telling two outlets' quantities apart,
and whether it is a part of a total ("trong đó 37 ngôi nhà") or of some of them ("Nhiều dự án có
giá trên 100 triệu"). Pure functions of a sentence and one of its figures (and two frames'
figures); claims/conflicts/figures.py decides with them."""
from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import Figure
from .base import _WORD
from .frames import number_of


def clause_before(text: str, f: Figure) -> str:
    before = text[:f.start]
    cut = max(before.rfind(ch) for ch in ",.;:“”\"()")
    return before[cut + 1:]


@lru_cache(maxsize=4)
def _correction_words(lex) -> re.Pattern:
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, lex.CORRECTION_MARKERS))})(?!\w)")


@lru_cache(maxsize=4)
def _period_and_link(lex) -> tuple[re.Pattern, re.Pattern]:
    return re.compile(lex.FIGURE_PERIOD_PHRASE), re.compile(lex.FIGURE_LINK_AT_END)


@lru_cache(maxsize=65536)
def measured(text: str, f: Figure, lex) -> frozenset[str]:
    """The last content words before a figure, in its clause: the predicate that says what the
    figure measures ("kỷ luật 1.300 tổ chức" / "kiểm tra 264.200 tổ chức", "giá bán ... bình quân")."""
    clause = clause_before(text, f)
    # ("Con số chính xác là 213 bài": the correction's own words say nothing of what is counted,
    # nor does its subject before them, "cơ quan này đính chính con số chính xác là 3,21%")
    marks = list(_correction_words(lex).finditer(clause))
    clause = clause[marks[-1].end():] if marks else clause
    # (nor does the period it is counted over, or the verb that links it: "lượng gạo xuất khẩu của
    # tỉnh trong ba tháng đầu năm chỉ đạt 268.500 tấn" measures the exports)
    period, link = _period_and_link(lex)
    clause = period.sub(" ", link.sub("", clause))
    # (nor does the speaker before a reporting verb: "Bộ đội Biên phòng tỉnh X xác nhận 14 tàu" and
    # "Sở Y khẳng định chỉ có 6 tàu" say nothing of what is counted by their names)
    cues = list(_cue_rx(lex).finditer(clause))
    clause = clause[cues[-1].end():] if cues else clause

    def content(words):
        # (nor a place's level: "huyện Phù Mỹ có 95 ngôi nhà" counts houses, as "120 ngôi nhà bị tốc mái" does)
        return [w.lower() for w in words if w.islower() and len(w) > 1 and w not in lex.STOPWORDS
                and w not in _cue_syllables(lex) and w not in lex.APPROXIMATORS and w not in lex.PLACE_LEVELS]
    # "số người được huy động ... đã tăng lên 1.000": the "số ..." phrase names what is counted
    words = frozenset(content(_WORD.findall(clause)[-8:])[-3:]) | frozenset(content(number_of(clause)))
    if cues and not words:
        # the figure right after the speaker's verb: what follows it says what is counted ("xác
        # nhận 14 tàu cá đã bị sóng đánh chìm" / "chỉ có 6 tàu bị chìm"; not "đã sửa chữa 5 tàu")
        after = _WORD.findall(predicate_after(text, f, lex))
        # (the counted noun's own words first, "4 tàu [cá] đã được trục vớt": from where the predicate opens)
        opens = next((k for k, w in enumerate(after[:3]) if w.lower() in lex.COUNTED_NOUN_ENDS), 0)
        words = frozenset(content(after[opens:])[:3])
    return words


@lru_cache(maxsize=16384)
def predicate_terms(text: str, f: Figure, lex) -> frozenset[str]:
    """Two-word terms around a figure, in its clause: the words before it ("khôi phục cấp điện cho
    95.000"), the predicate after its noun ("180.000 khách hàng bị mất điện", "5 thuyền viên được
    cứu vớt") and the "số ..." phrase; reporting verbs, function words and approximators left out.
    Vietnamese words are mostly two syllables, so a shared pair of adjacent syllables is a shared
    word where one shared syllable ("điện") is not."""
    text = text[:1].lower() + text[1:]  # a sentence's first word is no name for being capitalised
    clause = clause_before(text, f)
    # the figure's own predicate: up to a mark or a "và" / "nhưng" that opens the next one ("vệt dầu
    # dài 500 m và đã được khoanh lại bằng phao quây": the booms are not what is measured)
    after = predicate_after(text, f, lex)

    def content(chunk: str) -> list[str]:
        return [w.lower() for w in _WORD.findall(chunk) if w.islower() and w.lower() not in lex.STOPWORDS
                and w.lower() not in _cue_syllables(lex) and w.lower() not in lex.APPROXIMATORS]

    def pairs(words: list[str]) -> set[str]:
        return {f"{x} {y}" for x, y in zip(words, words[1:])}

    own = re.sub(rf"(?<!\w)(?:(?:{'|'.join(map(re.escape, lex.CORRECTION_MARKERS))})(?:\s+là)?|(?:con số|số liệu)\s+(?:\w+\s+)?là)(?!\w)",
                 " ", clause)
    if own != clause and not content(own) and len(clause) < f.start:
        # "...bị công bố sai thành 27,85 điểm; con số chính xác là 26,85 điểm": the correction's
        # figure measures what the clause before it names
        earlier = text[:f.start - len(clause)].rstrip(",.;: ")
        marks = [m.end() for m in re.finditer(r"[;:“”\"()]|[,.](?!\d)|(?<!\d)[,.]", earlier)]  # (not "27,85")
        clause = earlier[max(marks, default=0):] + " " + own
    before = _WORD.findall(clause)
    return frozenset(pairs(content(" ".join(before))) | pairs(content(" ".join(_WORD.findall(after)[:10])))
                     | pairs(content(" ".join(number_of(clause)))))


@lru_cache(maxsize=4)
def _cue_syllables(lex) -> frozenset[str]:
    """Syllables of reporting verbs: "cho biết 40 UAV" says who speaks, not what is counted."""
    return frozenset(w for cue in lex.SPEECH_CUES for w in cue.split())


@lru_cache(maxsize=16384)
def predicate_after(text: str, f: Figure, lex) -> str:
    """The figure's own predicate after it: up to a mark or a word that opens the next clause ("vệt
    dầu dài 500 m và đã được khoanh lại bằng phao quây": the booms are not what is measured)."""
    return _predicate_end(lex).split(text[f.end:], maxsplit=1)[0]


def counted_noun_rest(text: str, f: Figure, lex) -> tuple[str, ...]:
    """The words that still name what is counted after the figure, up to where its predicate opens
    ("6 tàu du lịch bị chìm": "du lịch"; "14 tàu cá đã bị chìm": "cá"); none when no predicate opens
    within three words."""
    words = _WORD.findall(predicate_after(text, f, lex))[:3]
    opens = next((k for k, w in enumerate(words) if w.lower() in lex.COUNTED_NOUN_ENDS), None)
    return tuple(w.lower() for w in words[:opens]) if opens else ()


def other_kind_after(a_text: str, fa: Figure, b_text: str, fb: Figure, lex) -> bool:
    """Two figures of one bare noun whose own words after it differ: "14 tàu cá bị chìm" / "6 tàu du
    lịch bị chìm" (up to where the predicate opens); with no such opener, "14 tàu cá chìm" / "6 tàu
    du lịch chìm", the first words differ and neither is among the other's next words (so "6 tàu
    chìm" still meets "14 tàu cá chìm")."""
    rests = (counted_noun_rest(a_text, fa, lex), counted_noun_rest(b_text, fb, lex))
    if all(rests):
        return rests[0] != rests[1]
    next_a = [w.lower() for w in _WORD.findall(predicate_after(a_text, fa, lex))[:4]]
    next_b = [w.lower() for w in _WORD.findall(predicate_after(b_text, fb, lex))[:4]]
    if any(rests) or not next_a or not next_b or next_a[0] == next_b[0]:
        return False
    return next_a[0] not in next_b and next_b[0] not in next_a \
        and not {next_a[0], next_b[0]} & (lex.COUNTED_NOUN_ENDS | set(lex.STOPWORDS))


@lru_cache(maxsize=4)
def _predicate_end(lex) -> re.Pattern:
    return re.compile(rf"[,.;:“”\"()]|\s(?:{'|'.join(lex.NEXT_CLAUSE_WORDS)})\s")


@lru_cache(maxsize=4)
def _cue_rx(lex) -> re.Pattern:
    """A reporting verb, whole ("cho biết", longest first)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in sorted(lex.SPEECH_CUES, key=len, reverse=True))})(?!\w)")


@lru_cache(maxsize=4)
def _partial_patterns(lex) -> tuple[re.Pattern, re.Pattern]:
    return (_cue_rx(lex),
            re.compile(rf"\s*(?:{'|'.join(re.escape(m) for m in lex.PARTIAL_MARKERS)})(?!\w)", re.I))


@lru_cache(maxsize=16384)
def partial(text: str, f: Figure, lex) -> bool:
    clause = re.split(r"[.;:]", text[:f.start])[-1]
    cue, partial = _partial_patterns(lex)
    if cue.search(clause):
        return False  # "nhiều trang tin đưa tin con số ...": the quantifier is on the sources
    stretch = re.split(r"\.(?!\d)|;", text[:f.start])[-1].lower()
    if f.unit.split("/")[0].strip() not in lex.MONEY_UNITS and re.search(lex.SPREAD_BEFORE, stretch):
        # (a market's "giá phổ biến ở mức 62.000 đồng/kg" is the going price, compared as such)
        return True  # "lượng mưa phổ biến 200-300 mm, có nơi trên 400 mm": a spread over an area, no one place's figure
    if re.search(lex.OWN_GROUP_BEFORE, stretch):
        return True  # "Gia đình tôi cũng có 6 người phải nhập viện": one family's part of the toll
    if re.search(lex.TOP_ITEM, stretch):
        return True  # "mặt hàng có kim ngạch lớn nhất với 190 triệu USD": one item of the total
    if (f.unit == "%" or f.unit.split("/")[0].strip() in lex.MONEY_UNITS) and re.search(lex.SECTOR_LEAD, stretch):
        return True  # "Ngành thủy sản đặt kế hoạch ... 1,1 tỷ USD": a sector's own sum
    if f.unit and _listed(text, f.unit) and not _names_a_harm(text, lex):
        # "dệt may 1,9 tỷ USD; giày dép 1,6 tỷ USD; ...": one item of a list ("5 người chết; 12
        # người bị thương" are two tolls, not items)
        return True
    return bool(partial.match(clause))


@lru_cache(maxsize=16384)
def _names_a_harm(text: str, lex) -> bool:
    low = text.lower()
    return any(w in low for w in lex.CASUALTY_WORDS)


@lru_cache(maxsize=16384)
def _listed(text: str, unit: str) -> bool:
    """Whether the sentence lists items with a figure each, set off by semicolons, in this unit."""
    parts = text.split(";")
    if len(parts) < 2:
        return False
    rx = re.compile(rf"\d[\d.,]*\s*(?:\w+\s+)?{re.escape(unit)}(?!\w)", re.I)
    return sum(1 for p in parts if rx.search(p)) >= 2


@lru_cache(maxsize=16384)
def near_breakdown(text: str, f: Figure, lex) -> bool:
    """A part of a total: a breakdown marker before the figure ("trong đó 37 ngôi nhà", "gồm 199
    người"). A figure the marker follows is the total itself ("hơn 1.000 người, trong đó 300 cán
    bộ"; "hơn 400 người gồm kiểm lâm, công an") and is compared as one."""
    before = text[max(0, f.start - 200): f.start].lower()
    no_comma = r"(?!\s*,)"
    among = list(re.finditer(lex.BREAKDOWN_AFTER_TOTAL, before))
    if among and among[-1].end() >= len(before) - 30:
        return True  # "Trong số 23 người bị thương, 5 người nguy kịch": right before the figure
    lead = re.match(rf"\W*{lex.BREAKDOWN_AFTER_TOTAL}", text.lower())
    if lead and f.start >= lead.end():
        return True  # "Trong số 74 người nhập viện, 68 người ... và 6 người ...": the lead governs the sentence
    return any(re.search(rf"(?<!\w){re.escape(m)}(?!\w)" + (no_comma if m in lex.CONNECTIVE_WITH_COMMA else ""), before)
               for m in lex.BREAKDOWN_MARKERS)


def none_harmed(text: str, old, lex) -> str | None:  # old: a Frame (frames imports this module)
    """The words that put the harm `old` names as wrong at none, before it ("không có người tử vong")."""
    if old.harm is None:
        return None
    for m in re.finditer(lex.NONE_HARMED, text[:old.figure.start], re.I):
        if lex.CASUALTY_WORDS.get(m.group("harm").lower()) == old.harm:
            return m.group(0)
    return None


def _clause_around(text: str, f: Figure) -> str:
    """The figure's clause: from the mark before it to the mark after it."""
    after = re.split(r"\.(?!\d)|[;:“”\"()]|,(?!\d)", text[f.end:], maxsplit=1)[0]
    return f"{clause_before(text, f)} {f.text} {after}".lower()


@lru_cache(maxsize=16384)
def measures(text: str, f: Figure, lex) -> frozenset[str]:
    """The economic measures named before a figure in its sentence stretch ("doanh thu thuần quý III
    đạt 2.450 tỷ đồng" -> doanh thu): the longest entry at each place."""
    before = re.split(r"\.(?!\d)|[;:]|,(?!\d)\s*(?:trong khi|còn|nhưng)", text[:f.start].lower())[-1]
    found = set()
    for m in sorted(set(lex.MEASURE_NOUNS) | set(lex.MEASURE_SYNONYMS), key=len, reverse=True):
        for hit in re.finditer(rf"(?<!\w)(?<!đánh ){re.escape(m)}(?!\w)", before):  # "đánh giá" is no price
            if not any(m in other and m != other for other in found):
                found.add(m)
    if re.search(lex.SHARE_PRICE_MOVE, before):
        found.add("giá cổ phiếu")  # "cổ phiếu HPJ giảm 4,6%"
    return frozenset(lex.MEASURE_SYNONYMS.get(m, m) for m in found)


@lru_cache(maxsize=16384)
def periods(text: str, f: Figure, lex) -> frozenset[str]:
    """The periods the figure's sentence stretch names ("9 tháng", "tháng 9", "quý III", "năm 2024"),
    a leading "Tháng 9 năm ngoái, ..." included."""
    stretch = re.split(r"\.(?!\d)|;|,(?!\d)\s*(?:trong khi|còn|nhưng|riêng)", text[:f.start])[-1]
    clause = f"{stretch} {_clause_around(text, f)}".lower()
    # "từ đầu năm đến hết tháng 10" is the year's first ten months ("10 tháng"), not October
    clause = re.sub(r"(?<!\w)từ đầu năm,?\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(\d{1,2})(?![\d/])", r"\1 tháng", clause)
    for half, months in lex.PERIOD_ALIASES.items():
        clause = re.sub(rf"(?<!\w){half}(?!\w)", months, clause)  # the first half: six months
    out = set()
    for k, rx in enumerate(lex.PERIOD_PATTERNS):
        for m in re.finditer(rx, clause, re.I):
            if f.text.lower() not in m.group(0):  # "9 tháng" may be the figure itself
                value = m.group(1).lower()
                out.add(f"{k}:{_ROMAN.get(value, value)}")
    return frozenset(out)


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}  # "quý IV" is "quý 4"


@lru_cache(maxsize=16384)
def change_base(text: str, f: Figure, lex) -> str | None:
    """What a change is measured against: right after the figure ("tăng 8% so với tháng trước") or
    opening its sentence ("So với cùng kỳ năm ngoái, kim ngạch ... tăng 15,3%")."""
    m = re.match(rf"[^,.;]{{0,20}}?{lex.CHANGE_BASE}", text[f.end:].lower()) \
        or re.match(rf"\W*{lex.CHANGE_BASE}", re.split(r"\.(?!\d)|;", text[:f.start])[-1].lower())
    if not m:
        return None
    base = m.group(1).strip()
    return "cùng kỳ" if base.startswith("cùng kỳ") else base


def same_measure_and_period(fa, fb, a_text: str, b_text: str, lex, measures_too: bool = True) -> bool:
    """Nothing in the two clauses says they measure different things over different periods: the
    measures they name share one (`measures_too`: for sums and rates), the periods both name are
    one, a change is against one base."""
    ma, mb = (measures(a_text, fa.figure, lex), measures(b_text, fb.figure, lex)) if measures_too else ((), ())
    if ma and mb and not set(ma) & set(mb):
        return False
    if opposed_qualifiers(a_text, fa.figure, b_text, fb.figure, lex):
        return False  # "vốn FDI đăng ký ... 3,84 tỷ USD" is not "vốn FDI giải ngân ... 2,41 tỷ USD"
    pa, pb = periods(a_text, fa.figure, lex), periods(b_text, fb.figure, lex)
    kinds = {p.split(":")[0] for p in pa} & {p.split(":")[0] for p in pb}
    if pa and pb and (not kinds or any({p for p in pa if p.startswith(k + ":")} != {p for p in pb if p.startswith(k + ":")}
                                       for k in kinds)):
        return False  # "tháng 9" against "9 tháng"; a month against another month of one year
    ba, bb = change_base(a_text, fa.figure, lex), change_base(b_text, fb.figure, lex)
    if ba and bb and ba != bb:
        return False
    return True


def opposed_qualifiers(a_text: str, fa: Figure, b_text: str, fb: Figure, lex) -> bool:
    """One figure's clause names one side of an opposed pair of qualifiers (`OPPOSED_QUALIFIERS`)
    and the other's only the other side: two kinds of the measure."""
    sides_a, sides_b = _qualifier_sides(a_text, fa, lex), _qualifier_sides(b_text, fb, lex)
    return any(len(x) == 1 and len(y) == 1 and x != y for x, y in zip(sides_a, sides_b))


@lru_cache(maxsize=16384)
def _qualifier_sides(text: str, f: Figure, lex) -> tuple[frozenset[int], ...]:
    # (as written in lower case: "Sở Kế hoạch và Đầu tư" names a body, no plan)
    before = re.split(r"\.(?!\d)|[;:]|,(?!\d)\s*(?:trong khi|còn|nhưng)", text[:f.start])[-1]
    return tuple(frozenset(k for k, side in enumerate(pair)
                           if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", before) for w in side))
                 for pair in lex.OPPOSED_QUALIFIERS)


def worded_alike(a_text: str, fa, b_text: str, fb, lex) -> bool:
    """The three words right before both figures are the same, one of them a content word ("trên
    tàu có 11 thuyền viên" / "cho biết trên tàu có 12 thuyền viên"): one quantity, worded alike."""
    wa = clause_before(a_text, fa.figure).lower().split()[-3:]
    wb = clause_before(b_text, fb.figure).lower().split()[-3:]
    return len(wa) == 3 and wa == wb and any(w not in lex.STOPWORDS and w not in lex.APPROXIMATORS
                                             and w not in _cue_syllables(lex) for w in wa)


@lru_cache(maxsize=16384)
def other_numbered_event(a_text: str, b_text: str, lex) -> bool:
    """Both sentences number their event and the numbers differ ("bão số 3" / "bão số 4")."""
    na = set(re.findall(lex.EVENT_ORDINAL, a_text, re.I))
    nb = set(re.findall(lex.EVENT_ORDINAL, b_text, re.I))
    return bool(na and nb and not na & nb)


@lru_cache(maxsize=16384)
def sector(text: str, f: Figure, lex) -> str | None:
    """The sector or field a figure's clause names ("khu vực nông nghiệp", "ngành chế biến"):
    a part of the economy's whole, comparable only with the same sector's figure."""
    # (a sector set before a comma governs its sentence: "Ở khu vực nông nghiệp, mức tăng 3,1%")
    before = re.split(r"[.;:]", text[:f.start].lower())[-1]
    # (only one that opens a clause: "diện tích khu vực bị cháy" is the fire's area, not a sector)
    found = re.findall(rf"(?:^|,)\s*(?:(?:ở|tại|trong|riêng|còn)\s+)?(?:{'|'.join(map(re.escape, lex.SECTOR_HEADS))})"
                       rf"\s+(\w+(?:\s+\w+)?)", before.strip())
    if found:
        return found[-1]
    # a named major or branch anywhere in the clause ("Sinh viên ngành Công nghệ thông tin có ...")
    named = re.findall(r"(?<!\w)ngành\s+([A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\s,;:.]*(?:\s+[^\s,;:.]+){0,3})", re.split(r"[.;:]", text[:f.start])[-1])
    return named[-1] if named else None


@lru_cache(maxsize=16384)
def dimension(text: str, f: Figure, lex) -> str | None:
    """The size word right before a figure ("dài 88 km", "rộng khoảng 3 m"): a thing's size, not
    an amount that happened."""
    words = [w for w in _WORD.findall(text[max(0, f.start - 30):f.start].lower()) if w not in lex.APPROXIMATORS]
    if not words or words[-1] not in lex.DIMENSION_WORDS or " ".join(words[-2:]) == "kéo dài":
        return None  # ("ùn tắc kéo dài 10 km": a jam that stretches, no thing's size)
    # only a thing's description: a name or a short noun before the size ("Cao tốc Kim Sơn - Hòa
    # Khánh dài 88 km"), not a clause that did something ("được đào vào lòng núi sâu khoảng 40 m")
    clause = re.split(r"[,;:]", text[:f.start])[-1]
    before = _WORD.findall(clause[:clause.lower().rfind(words[-1])])
    return words[-1] if sum(w.islower() for w in before[1:]) <= 2 else None


_CODE = re.compile(r"(?<![\w-])[A-ZĐ]{1,3}[- ]?\d{4,6}(?:[- ][A-ZĐ]{1,3})?(?![\w-])")


@lru_cache(maxsize=16384)
def vessel_codes(text: str, f: Figure) -> frozenset[str]:
    """Registration codes in a figure's stretch of the sentence ("tàu cá QH 90417 TS", "xe 51B-627.48"
    is a plate): two different ones say the figures count on two vessels."""
    start = max(text.rfind(",", 0, f.start), text.rfind(";", 0, f.start)) + 1
    stop = min([k for k in (text.find(",", f.end), text.find(";", f.end), text.find(".", f.end)) if k >= 0] or [len(text)])
    # (the core, letters and number: "BĐ 97668 TS" and "BĐ 97668" are one boat)
    return frozenset(re.match(r"[A-ZĐ]+\d+", re.sub(r"[- ]", "", m.group(0))).group(0) for m in _CODE.finditer(text[start:stop]))


@lru_cache(maxsize=16384)
def clause_of(text: str, f: Figure) -> str:
    """A figure's own stretch of the sentence, between the marks around it."""
    start = max(text.rfind(",", 0, f.start), text.rfind(";", 0, f.start)) + 1
    stop = min([k for k in (text.find(",", f.end), text.find(";", f.end)) if k >= 0] or [len(text)])
    return text[start:stop]


@lru_cache(maxsize=16384)
def level_owner(text: str, f: Figure, lex) -> str | None:
    """What a physical level is of, in the figure's clause: the word after "mực nước" ("sông",
    "hồ"), "lưu lượng" ("về", "xả"), and so on; None when the clause names no such level."""
    clause = _clause_around(text, f)
    m = re.search(rf"(?<!\w)(?:{'|'.join(map(re.escape, lex.LEVEL_NOUNS))})((?:\s+\w+){{1,3}})", clause)
    words = m.group(1).split() if m else []
    pairs = [" ".join(words[k:k + 2]) for k in range(len(words))] + words
    return next((w for w in pairs if w in lex.LEVEL_OWNERS), None)
