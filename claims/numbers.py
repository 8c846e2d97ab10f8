"""Figures in a sentence, read the Vietnamese way: "2.500" is 2500, "7,8" is 7.8, "hơn 30" is a
lower bound, "5.000-7.000 đồng/kg" a range with its unit, "ngày 2/2" a date. Each figure keeps
the counted noun or unit so that only figures about the same thing are ever compared."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from . import lexicon


@dataclass(frozen=True)
class Figure:
    text: str  # as written, approximators dropped ("2.500 quân")
    low: float
    high: float
    unit: str  # counted noun or unit, lower case ("quân", "đồng/kg", "%"); "date" for dates
    kind: str  # "count" | "date" | "time"
    bound: str = "exact"  # "exact" | "about" | "above" | "below" | "atleast" | "atmost" | "order"
    start: int = 0
    end: int = 0

    @property
    def value(self) -> float:
        return (self.low + self.high) / 2


@lru_cache(maxsize=4)
def _rx(lang: str):
    lex = lexicon.get(lang)
    leads = "|".join(sorted((re.escape(w) for w in lex.DATE_LEADS), key=len, reverse=True))
    approx = "|".join(sorted((re.escape(w) for w in lex.APPROXIMATORS), key=len, reverse=True))
    num = r"\d+(?:[.,]\d+)*"
    return {
        "date": re.compile(rf"(?<![\w/])(?:(?P<lead>{leads})\s+)?(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})(?:[/-](?P<y>\d{{2,4}}))?(?![\w/])", re.I),
        # with a lead word a dot also separates day and month ("chiều 23.7", "ngày 3.8.2024")
        "dotdate": re.compile(rf"(?<![\w/])(?P<lead>{leads})\s+\(?(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})(?:\.(?P<y>\d{{4}}))?(?![\w/.,]\d)", re.I),
        "monthyear": re.compile(r"(?<!\w)tháng\s+(?P<m>\d{1,2})[./](?P<y>\d{4})(?![\w/.,]\d)", re.I),
        "century": re.compile(r"(?<!\w)thế kỷ\s+(?P<n>\d{1,2}|[XVI]+)(?!\w)", re.I),
        "years": re.compile(r"(?<![\w/.,])(?:(?:giai đoạn|năm|niên khóa|nhiệm kỳ|mùa giải|mùa)\s+)?"
                            r"(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?![\w/.,]\d)", re.I),
        "quarter": re.compile(r"(?<!\w)quý\s+(?P<q>I{1,3}|IV|[1-4])(?:[/.](?P<y>\d{4})|\s+năm\s+(?P<y2>\d{4}))?(?!\w)", re.I),
        # an ordinal with what it orders: "lần thứ hai", "nhiệm kỳ thứ ba" (the noun is one or two syllables)
        "ordinal": re.compile(r"(?<!\w)(?P<noun>(?:[^\W\d_]+\s+)?[^\W\d_]+)\s+thứ\s+(?P<n>hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,3})(?!\w)"),
        # a year of birth: "(SN 1979)"
        "born": re.compile(r"(?<!\w)SN\s+(?P<y>(?:19|20)\d\d)(?!\w)"),
        # a minute of a match: "phút 23", "phút 90+4"
        "minute": re.compile(r"(?<!\w)phút\s+(?P<m>\d{1,3})(?:\+(?P<x>\d{1,2}))?(?![\w/.,]\d)", re.I),
        "month": re.compile(rf"(?<!\w)(?P<lead>tháng|năm|tuần)\s+(?P<n>\d{{1,4}})(?![\w/.,]\d)", re.I),  # ("tuần 33": a week of the year)
        "time": re.compile(r"(?<![\w])(?P<h>\d{1,2})h(?P<mi>\d{2})?(?![\w])"),
        # "7 giờ sáng", "10g sáng", "9 giờ 30 tối": a clock time with its part of the day
        "clock": re.compile(r"(?<![\w])(?P<h>\d{1,2})\s*(?:giờ|g)(?:\s*(?P<mi>\d{1,2})(?:\s*phút)?)?\s+"
                           r"(?P<part>sáng|trưa|chiều|tối|đêm)(?!\w)", re.I),
        "num": re.compile(
            rf"(?:(?P<approx>{approx})\s+)?(?P<a>{num})(?:[%‰]?\s*[-–]\s*(?P<b>{num}))?\s*(?P<pct>[%‰])?"  # (‰: salinity, "14,2‰")
            rf"(?:\s*(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ|vạn)(?!\w))?", re.I),
        "word": re.compile(
            rf"(?:(?P<approx>{approx})\s+)?(?<!\w)(?P<w>hàng chục|hàng trăm|hàng nghìn|hàng ngàn|hàng triệu|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|một)"
            rf"(?:\s+(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?\s+(?P<next>\w+)",
            re.I),
    }


def parse_number(s: str) -> float:
    """"2.500" -> 2500, "7,8" -> 7.8, "7.5" -> 7.5 (a dot before one or two digits is decimal)."""
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s) and len(s.split(",")[-1]) == 3 and s.count(",") > 1:
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d+,\d+", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+\.\d{1,2}", s):
        return float(s)
    return float(s.replace(".", "").replace(",", "."))


_EXPLICIT_UNIT = re.compile(
    r"\s*(USD/\s?cổ phiếu|đồng/kg|đồng/lít|USD|đô la|đồng|VNĐ|VND|euro|bảng Anh|nhân dân tệ|độ C|km2|km|kg|tấn|lít|ha|"
    r"m2|m3|m²|m³|mg|%)(?![\w])")

Words = Sequence[tuple[int, int]]


def _noun_word(text: str, pos: int, words: Words | None, lex) -> tuple[str, int] | None:
    """The word that starts at `pos` (after spaces): a segmenter's word when `words` are known
    ("mục tiêu", "bệnh nhi"), else one syllable. None for a function word, a name or a non-word."""
    lead = len(text[pos:]) - len(text[pos:].lstrip(" "))
    at = pos + lead
    if words is not None:
        span = next(((a, b) for a, b in words if a == at), None)
        if span is None:
            # the segmenter may glue a figure to its noun ("28,75 điểm", "3.412 ca"): the rest of that word
            span = next(((at, b) for a, b in words if a < at < b), None)
        if span is None:
            return None
        tok = text[span[0]:span[1]]
        end = span[1]
    else:
        m = re.match(r"[^\s,.;:()“”\"!?/]+", text[at:])
        if not m:
            return None
        tok, end = m.group(0), at + m.end()
    if re.fullmatch(r"[A-Z]{2,5}", tok) and tok not in lex.NOT_UNIT_ACRONYMS:
        return tok, end  # "40 UAV", "3 ICBM": an acronym counted like a noun
    # a segmenter's compound ("bị cáo") is a content word even when its first syllable is not
    if not tok[:1].islower() or tok in lex.NOT_A_NOUN or not tok.replace(" ", "").replace("-", "").isalpha():
        return None
    if tok.startswith("người ") and tok not in lex.PERSON_NOUNS:
        tok, end = "người", at + len("người")  # "53 người dân": the count is of people
    return tok, end


def _unit_after(text: str, pos: int, lex, words: Words | None = None) -> tuple[str, int, int]:
    """(counted noun or unit, end of the figure as written, end of the compared unit). With the
    segmenter's words the noun is one word, plus the next one after a measure word ("con heo");
    without them, up to two syllables."""
    rates = "|".join(lex.RATE_WORDS)
    m = _EXPLICIT_UNIT.match(text[pos:])
    if m:
        unit, end = m.group(1).replace(" ", "").lower(), pos + m.end()
        rate = re.match(rf"(?:\s*/\s?|\s+mỗi\s+)({rates})(?!\w)", text[end:]) if "/" not in unit else None
        if rate:  # "80 triệu đồng/m2", "6.000 m3/ngày đêm"
            unit, end = f"{unit}/{rate.group(1)}", end + rate.end()
        return unit, end, end
    out: list[str] = []
    end = pos
    while len(out) < 3:
        hit = _noun_word(text, end, words, lex)
        if not hit:
            break
        tok, end = hit
        out.append(tok)
        if words is not None:
            if len(out) == 2 or tok not in lex.MEASURE_WORDS:
                break
        elif (len(out) == 1 and tok in lex.SINGLE_WORD_NOUNS and tok not in lex.CLASSIFIERS) or (len(out) == 2 and out[0] not in lex.CLASSIFIERS):
            break
    if len(out) == 1 and out[0] in lex.NOUN_COMPOUNDS:
        comp = re.match(rf"\s+({'|'.join(re.escape(t) for t in lex.NOUN_COMPOUNDS[out[0]])})(?!\w)", text[end:])
        if comp:
            out.append(comp.group(1))
            end += comp.end()
    if out:
        tail = re.match(rf"\s+({'|'.join(re.escape(t) for t in lex.COMPOUND_NOUN_TAILS)})(?!\w)", text[end:])
        if tail:  # "máy bay" + "không người lái"
            out.append(tail.group(1))
            end += tail.end()
    unit_end = end
    kind_words: list[str] = []
    if out == ["người"]:
        for kind in lex.PERSON_KINDS:  # "3 người đàn ông" is not "hai người phụ nữ"
            m_kind = re.match(rf"\s+{re.escape(kind)}(?!\w)", text[end:])
            if m_kind:
                kind_words.append(kind)
                unit_end = end + m_kind.end()
                break
    m2 = re.match(rf"(?:\s*/\s?|\s+mỗi\s+)({rates})(?!\w)", text[unit_end if kind_words else end:])
    if out and m2:
        base = unit_end if kind_words else end
        out[-1] = out[-1] + "/" + m2.group(1)
        end = base + m2.end()
        unit_end = max(unit_end, end)
    return " ".join(out + kind_words).lower(), end, unit_end


def extract(text: str, lang: str = "vi", words: Words | None = None) -> list[Figure]:
    """Figures in `text` in order. `words` are the word spans of a segmenter (offsets into
    `text`); with them the counted noun is a whole word ("85 mục tiêu", "3 lính")."""
    lex = lexicon.get(lang)
    rx = _rx(lang)
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add_date(m: re.Match, val: float, unit: str = "date", start: int | None = None) -> None:
        a = m.start() if start is None else start
        if "(" in text[a:m.end()]:
            a = text.index("(", a, m.end()) + 1  # "ngày (3.8)": the date is what is in brackets
        figures.append(Figure(text[a:m.end()], val, val, unit, "date", start=a, end=m.end()))
        taken.append((a, m.end()))

    for name in ("date", "dotdate"):
        for m in rx[name].finditer(text):
            d, mo = int(m.group("d")), int(m.group("m"))
            if not (1 <= d <= 31 and 1 <= mo <= 12) or not free(m.start(), m.end()):
                continue
            if not m.group("lead") and _noun_word(text, m.end(), words, lex):
                if "/" in m.group(0) and not m.group("y") and d <= mo:
                    # "8/10 câu": a fraction of the things counted, not 8 October
                    unit, end, _ = _unit_after(text, m.end(), lex, words)
                    figures.append(Figure(text[m.start():end], d / mo, d / mo, unit, "count", "exact", m.start(), end))
                    taken.append((m.start(), end))
                continue  # "5-8 con": a range of counts, not 5 August
            y = m.group("y")
            add_date(m, (int(y) if y else 0) * 10000 + mo * 100 + d)
    for m in rx["monthyear"].finditer(text):
        if 1 <= int(m.group("m")) <= 12 and free(m.start(), m.end()):
            add_date(m, int(m.group("y")) * 10000 + int(m.group("m")) * 100, "tháng")
    for m in rx["century"].finditer(text):
        if free(m.start(), m.end()):
            n = m.group("n")
            add_date(m, float(n) if n.isdigit() else float(_roman(n)), "thế kỷ")
    for m in rx["years"].finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b and free(m.start(), m.end()):
            figures.append(Figure(m.group(0), a, b, "năm", "date", start=m.start(), end=m.end()))
            taken.append((m.start(), m.end()))
    for m in rx["ordinal"].finditer(text):
        noun = m.group("noun")
        two = noun.split()
        if words is not None and len(two) == 2 and not any(a == m.start("noun") and b == m.end("noun") for a, b in words):
            noun, start = two[1], m.start("noun") + len(two[0]) + 1  # "đây là lần thứ hai": "lần", not "là lần"
        else:
            start = m.start("noun")
        while noun.split()[0] in lex.NOT_A_NOUN and len(noun.split()) > 1:
            start += len(noun.split()[0]) + 1
            noun = " ".join(noun.split()[1:])  # "là lần thứ hai": "lần"
        if noun.split()[0][:1].islower() and noun not in lex.NOT_A_NOUN and free(start, m.end()):
            n = m.group("n")
            val = float(n) if n.isdigit() else float(lex.NUMBER_WORDS.get(n, 4 if n == "tư" else 0))
            figures.append(Figure(text[start:m.end()], val, val, noun.lower(), "ordinal", start=start, end=m.end()))
            taken.append((start, m.end()))
    for m in rx["born"].finditer(text):
        if free(m.start(), m.end()):
            add_date(m, int(m.group("y")) * 10000, "năm sinh")
    for m in rx["quarter"].finditer(text):
        if free(m.start(), m.end()):
            q = m.group("q").upper()
            n = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(q) or int(q)
            y = int(m.group("y") or m.group("y2") or 0)
            figures.append(Figure(m.group(0), y * 10 + n, y * 10 + n, "quý", "date", start=m.start(), end=m.end()))
            taken.append((m.start(), m.end()))
    for m in rx["minute"].finditer(text):
        if free(m.start(), m.end()):
            val = int(m.group("m")) + int(m.group("x") or 0)
            figures.append(Figure(m.group(0), val, val, "phút trận", "time", start=m.start(), end=m.end()))
            taken.append((m.start(), m.end()))
    for m in rx["month"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        n = int(m.group("n"))
        lead = m.group("lead").lower()
        if lead == "tháng" and not 1 <= n <= 12 or lead == "năm" and not 1900 <= n <= 2100 \
                or lead == "tuần" and not _week_label(text, m, n, words, lex):
            continue
        figures.append(Figure(m.group(0), n, n, lead, "date", start=m.start(), end=m.end()))
        taken.append((m.start(), m.end()))
    for m in list(rx["clock"].finditer(text)) + list(rx["time"].finditer(text)):
        if free(m.start(), m.end()):
            val = int(m.group("h")) * 60 + int(m.group("mi") or 0)
            figures.append(Figure(m.group(0), val, val, "time", "time", start=m.start(), end=m.end()))
            taken.append((m.start(), m.end()))
    identifier_leads = {w.lower() for w in lex.IDENTIFIER_LEADS}
    for m in rx["num"].finditer(text):
        a0 = m.start("a")
        if not free(a0, m.end("a")):
            continue
        before = text[:a0]
        if before[-1:].isalpha() or before[-1:] in "/-." and before[-2:-1].isalnum() \
                or re.search(r"\w*\d\w*\s+[-.]\s*$", before):
            continue  # part of a code: "61B-011.66", "12A5", "66C - 8315"
        after = text[m.end("a"):m.end("a") + 1]
        if after[:1].isalpha() and after not in ("h",) and not m.group("b"):
            continue
        prev = before.split()
        prev_word = prev[-1] if prev else ""
        prev2 = " ".join(prev[-2:]).lower()
        prev3 = " ".join(prev[-3:]).lower()
        if (prev_word.lower() in identifier_leads or prev2 in identifier_leads) and not any(
                p in lex.NOT_IDENTIFIER for p in (prev2, prev3)):
            continue
        explicit = not m.group("pct") and not m.group("scale") and _EXPLICIT_UNIT.match(text[m.end():])
        if prev_word[:1].isupper() and prev_word.isalpha() and prev_word.lower() not in lex.NOT_NAME_BEFORE_FIGURE \
                and not explicit:
            continue  # "Tháp 22", "Sora 2": part of a name; "chợ Hóc Môn 100.000 đồng" is a price
        try:
            low = parse_number(m.group("a"))
            high = parse_number(m.group("b")) if m.group("b") else low
        except ValueError:
            continue
        scale = m.group("scale")
        if scale:
            factor = lex.SCALES[scale.lower()]
            low, high = low * factor, high * factor
        unit = m.group("pct") or ""
        end = m.end()
        if not unit:
            unit, end, _ = _unit_after(text, m.end(), lex, words)
        start = a0
        written = text[start:end].strip()
        approx = (m.group("approx") or "").lower()
        bound = lex.APPROXIMATORS.get(approx, "exact") if approx else "exact"
        if not unit and not scale:
            if not re.search(lex.BARE_NUMBER_LEADS, before[-12:].lower()) \
                    and not _levels_a_so_phrase(before, prev_word, bool(m.group("approx")), lex):
                continue  # a bare numeral with nothing counted is reported only after "cả", "là"
        figures.append(Figure(written, low, high, unit, "count", bound, start, end))
        taken.append((start, end))
    for m in rx["word"].finditer(text):
        w = m.group("w").lower()
        if not free(m.start("w"), m.end("next")):
            continue
        nxt = m.group("next")
        scale = m.group("scale")
        if scale and w.startswith("hàng") and w.split()[-1] == scale.lower():
            continue  # "hàng triệu triệu người" is rhetoric, not a figure ("hàng chục nghìn người" is one)
        if words is not None and any(a == m.start("w") and b > m.end("w") for a, b in words):
            continue  # "ba rọi", "một số", "năm học": the number word is part of another word
        if w == "một" and not scale and (nxt.lower() not in lex.ONE_COUNTS or re.match(r"\s*nữa", text[m.end():])):
            continue  # "một" works as "a" more often than it counts; "một lần nữa" is "once again"
        prev_word = text[:m.start("w")].split()[-1:] or [""]
        if w == "năm" and (nxt[:1].isdigit() or nxt.lower() in ("nay", "ngoái", "qua", "trước", "sau", "tới", "học")
                           or prev_word[0].lower() in ("nhiều", "mấy", "các", "những", "vài", "bao", "mỗi", "từng", "hàng",
                                                       "đầu", "cuối", "giữa", "tháng", "hằng")):
            continue  # "nhiều năm triển khai", "9 tháng đầu năm tăng 12%": years, not five
        if w == "ba" and nxt[:1].isupper():
            continue
        if m.group("w")[:1].isupper() and text[:m.start("w")].strip(" “\"'(-–"):
            continue  # "bà Sáu nói", "ông Tám": a name, not a number
        unit, end, _ = _unit_after(text, m.start("next"), lex, words)
        if not unit:
            continue
        val = float(lex.NUMBER_WORDS.get(w, 0)) * (lex.SCALES[scale.lower()] if scale else 1)
        approx = (m.group("approx") or "").lower()
        # "hàng chục" is an order of magnitude (tens), not "about ten"
        bound = "order" if w.startswith("hàng") else lex.APPROXIMATORS.get(approx, "exact") if approx else "exact"
        figures.append(Figure(text[m.start("w"):end], val, val, unit, "count", bound, m.start("w"), end))
        taken.append((m.start("w"), end))
    figures.sort(key=lambda f: f.start)
    figures = _join_time_and_date(text, figures)
    return _old_value_units(text, figures, lex)


def _week_label(text: str, m: re.Match, n: int, words: Words | None, lex) -> bool:
    """"tuần 33": a week of the year, not "2 tuần 5 ngày" nor "mỗi tuần 3 buổi" (a count follows,
    or "tuần" is itself counted)."""
    before = text[:m.start()].split()[-1:]
    if before and (before[0][:1].isdigit() or before[0].lower() in ("mỗi", "mấy", "vài", "hai", "ba", "các", "những")):
        return False
    nxt = text[m.end():].split()[:1]
    return 1 <= n <= 53 and not _EXPLICIT_UNIT.match(text[m.end():]) \
        and not (nxt and nxt[0].lower().strip(",.;") in lex.TIME_UNITS)  # ("1 tuần 3 ngày")


def _levels_a_so_phrase(before: str, prev_word: str, approx: bool, lex) -> bool:
    """"số người ngừng việc chỉ khoảng 700": a bare numeral that an approximator or a level word
    puts on its clause's "số + noun" phrase counts that noun (not "xóm 5", not "số 5")."""
    if not (approx or prev_word.lower() in lex.SO_PHRASE_LEVELS) or re.search(r"(?<!\w)từ\s+(?:năm\s+)?\d{4}\s+\S+\s*$", before):
        return False  # ("từ 2019 đến 2022": a year, not a count)
    clause = re.split(r"[,;:.!?]\s", before)[-1].lower()
    return bool(re.search(r"(?<!\w)(?<!một )(?<!đa )(?<!phần )số\s+(?!hóa|hoá|phận|liệu|ít|đông|còn lại)[^\W\d]", clause))


def _old_value_units(text: str, figures: list[Figure], lex) -> list[Figure]:
    """"21 người, không phải 22": the figure named as the wrong one counts what the figure before
    it counts, though the noun is not written again (or only its classifier: "2 máy bay ..., không
    phải 6 chiếc")."""
    out: list[Figure] = []
    for f in figures:
        if f.kind == "count" and (not f.unit or f.unit in lex.CLASSIFIERS) and re.search(lex.OLD_VALUE_LEADS, text[max(0, f.start - 30):f.start].lower()):
            counted = [g for g in out if g.kind == "count" and g.unit]
            before = counted[-1] if counted else None
            if before is not None and f.unit and (len(counted) > 1 or before.unit.split()[0] in lex.PERSON_COUNTERS | {"người"}
                                                  or before.unit in lex.PEOPLE_COUNTED_AS or before.unit.startswith("hộ")):
                before = None  # a classifier counts no people, and after two counts it may sum them ("3 xe tải và 2 ô tô")
            if before is not None:
                f = replace(f, unit=before.unit)
        out.append(f)
    return out


def _join_time_and_date(text: str, figures: list[Figure]) -> list[Figure]:
    """"23h ngày 2/6", "10g sáng 4-2": a time written right before its date is one expression."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "time" and f.kind == "date" and not text[prev.end:f.start].strip():
            out[-1] = Figure(text[prev.start:f.end], f.low, f.high, f.unit, "date", f.bound, prev.start, f.end)
            continue
        clock = re.search(r"(?<!\w)\d{1,2}\s*(?:giờ|g|h)(?:\s*\d{1,2})?\s+$", text[:f.start]) if f.kind == "date" else None
        if clock and (prev is None or prev.end <= clock.start()):
            f = Figure(text[clock.start():f.end], f.low, f.high, f.unit, "date", f.bound, clock.start(), f.end)  # "10g sáng 4-2"
        out.append(f)
    return out


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10}
    total = 0
    for ch, nxt in zip(s.upper(), s.upper()[1:] + " "):
        v = vals[ch]
        total += -v if nxt in vals and vals[nxt] > v else v
    return total


def compatible(a: Figure, b: Figure, tolerance: float = 0.0) -> bool:
    """Can both figures be true of one quantity? "hơn 30" and "34" can; "7,5 tỷ" and "7,7 tỷ" cannot."""
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    slack = tolerance * max(abs(a.value), abs(b.value), 1)
    return lo_a - slack <= hi_b and lo_b - slack <= hi_a


def _interval(f: Figure) -> tuple[float, float]:
    lo, hi = f.low, f.high
    if f.bound == "above" or f.bound == "atleast":
        return lo, float("inf")
    if f.bound in ("below", "atmost"):
        return (0.0 if f.bound == "atmost" else lo * 0.8), hi
    if f.bound == "order":
        return lo, hi * 10
    if f.bound == "about":
        return lo * 0.9, hi * 1.1
    return lo, hi
