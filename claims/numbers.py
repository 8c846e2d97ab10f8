"""Figures in a sentence, read the Vietnamese way: "2.500" is 2500, "7,8" is 7.8, "hơn 30" is a
lower bound, "5.000-7.000 đồng/kg" a range with its unit, "ngày 2/2" a date. Each figure keeps
the counted noun or unit so that only figures about the same thing are ever compared."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon


@dataclass(frozen=True)
class Figure:
    text: str  # as written, approximators dropped ("2.500 quân")
    low: float
    high: float
    unit: str  # counted noun or unit, lower case ("quân", "đồng/kg", "%"); "date" for dates
    kind: str  # "count" | "date" | "time"
    bound: str = "exact"  # "exact" | "about" | "above" | "below" | "atleast" | "atmost"
    start: int = 0
    end: int = 0

    @property
    def value(self) -> float:
        return (self.low + self.high) / 2


_STOP = set("""ở tại và của trong đã bị được là với cho từ sau trước nay qua này đó khi thì mà như vào ra lên xuống
đến tới nhưng hay hoặc cũng còn đang sẽ vừa mới để do vì nên khiến gồm bao trên dưới theo về cùng chỉ""".split())
_SINGLE = set("""người quân vụ giờ ngày tuần tháng năm lần con ca bé cháu em xe nhà tỷ triệu phút giây km kg tấn
lít thùng ha độ điểm bàn trận tuổi hộ căn chiếc chuyến đợt mục đồng""".split())
_CLASSIFIERS = set("cuộc con chiếc ngôi căn bức quả tòa toà đợt trận".split())


@lru_cache(maxsize=4)
def _rx(lang: str):
    lex = lexicon.get(lang)
    leads = "|".join(sorted((re.escape(w) for w in lex.DATE_LEADS), key=len, reverse=True))
    approx = "|".join(sorted((re.escape(w) for w in lex.APPROXIMATORS), key=len, reverse=True))
    num = r"\d+(?:[.,]\d+)*"
    return {
        "date": re.compile(rf"(?<![\w/])(?:(?P<lead>{leads})\s+)?(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})(?:[/-](?P<y>\d{{2,4}}))?(?![\w/])", re.I),
        "month": re.compile(rf"(?<!\w)(?P<lead>tháng|năm)\s+(?P<n>\d{{1,4}})(?![\w/.,]\d)", re.I),
        "time": re.compile(r"(?<![\w])(?P<h>\d{1,2})h(?P<mi>\d{2})?(?![\w])"),
        "num": re.compile(
            rf"(?:(?P<approx>{approx})\s+)?(?P<a>{num})(?:\s*[-–]\s*(?P<b>{num}))?\s*(?P<pct>%)?"
            rf"(?:\s*(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ|vạn)(?!\w))?", re.I),
        "word": re.compile(
            rf"(?:(?P<approx>{approx})\s+)?(?<!\w)(?P<w>hàng chục|hàng trăm|hàng nghìn|hàng ngàn|hàng triệu|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|một)\s+(?P<next>\w+)",
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


def _unit_after(text: str, pos: int, lex) -> tuple[str, int]:
    rest = text[pos:]
    m = re.match(r"\s*(USD/\s?cổ phiếu|đồng/kg|đồng/lít|USD|đô la|đồng|VNĐ|VND|euro|bảng Anh|nhân dân tệ|km|kg|tấn|lít|ha|%)(?![\w])", rest)
    if m:
        return m.group(1).replace(" ", "").lower(), pos + m.end()
    words = list(re.finditer(r"\s*([^\s,.;:()“”\"!?]+)", rest))
    out: list[str] = []
    end = pos
    for w in words[:3]:
        tok = w.group(1)
        if not tok[:1].islower() or tok in _STOP or not tok.replace("/", "").replace("-", "").isalpha():
            break
        out.append(tok)
        end = pos + w.end()
        if len(out) == 1 and tok in _SINGLE and tok not in _CLASSIFIERS:
            break
        if len(out) == 2 and out[0] not in _CLASSIFIERS:
            break
        if len(out) == 3:
            break
    if out == ["người"]:
        for kind in lex.PERSON_KINDS:  # "3 người đàn ông" is not "hai người phụ nữ"
            m_kind = re.match(rf"\s+{re.escape(kind)}(?!\w)", text[end:])
            if m_kind:
                out.append(kind)
                end += m_kind.end()
                break
    m2 = re.match(r"/\s?(ngày|kg|người|tháng|năm|lít)", text[end:])
    if out and m2:
        out[-1] = out[-1] + "/" + m2.group(1)
        end += m2.end()
    return " ".join(out).lower(), end


def extract(text: str, lang: str = "vi") -> list[Figure]:
    lex = lexicon.get(lang)
    rx = _rx(lang)
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in rx["date"].finditer(text):
        d, mo = int(m.group("d")), int(m.group("m"))
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        y = m.group("y")
        val = (int(y) if y else 0) * 10000 + mo * 100 + d
        figures.append(Figure(m.group(0), val, val, "date", "date", start=m.start(), end=m.end()))
        taken.append((m.start(), m.end()))
    for m in rx["month"].finditer(text):
        if not free(m.start(), m.end()):
            continue
        n = int(m.group("n"))
        lead = m.group("lead").lower()
        if lead == "tháng" and not 1 <= n <= 12 or lead == "năm" and not 1900 <= n <= 2100:
            continue
        figures.append(Figure(m.group(0), n, n, lead, "date", start=m.start(), end=m.end()))
        taken.append((m.start(), m.end()))
    for m in rx["time"].finditer(text):
        if free(m.start(), m.end()):
            val = int(m.group("h")) * 60 + int(m.group("mi") or 0)
            figures.append(Figure(m.group(0), val, val, "time", "time", start=m.start(), end=m.end()))
            taken.append((m.start(), m.end()))
    for m in rx["num"].finditer(text):
        a0 = m.start("a")
        if not free(a0, m.end("a")):
            continue
        before = text[:a0]
        if before[-1:].isalpha() or before[-1:] in "/-." and before[-2:-1].isalnum():
            continue  # part of a code: "61B-011.66", "12A5"
        after = text[m.end("a"):m.end("a") + 1]
        if after[:1].isalpha() and after not in ("h",) and not m.group("b"):
            continue
        prev_word = before.split()[-1] if before.split() else ""
        prev2 = " ".join(before.split()[-2:]).lower()
        if prev_word.lower() in {w.lower() for w in lex.IDENTIFIER_LEADS} or prev2 in {w.lower() for w in lex.IDENTIFIER_LEADS}:
            continue
        if prev_word[:1].isupper() and prev_word.isalpha() and prev_word.lower() not in ("khoảng", "hơn", "gần", "có", "với", "và"):
            continue  # "Tháp 22", "Sora 2": part of a name
        try:
            low = parse_number(m.group("a"))
            high = parse_number(m.group("b")) if m.group("b") else low
        except ValueError:
            continue
        scale = m.group("scale")
        if scale:
            factor = lex.SCALES[scale.lower()]
            low, high = low * factor, high * factor
        unit = "%" if m.group("pct") else ""
        end = m.end()
        if not unit:
            unit, end = _unit_after(text, m.end(), lex)
        start = a0
        written = text[start:end].strip()
        approx = (m.group("approx") or "").lower()
        bound = lex.APPROXIMATORS.get(approx, "exact") if approx else "exact"
        if not unit and not scale:
            continue  # a bare numeral with nothing counted is not reported
        figures.append(Figure(written, low, high, unit, "count", bound, start, end))
        taken.append((start, end))
    for m in rx["word"].finditer(text):
        w = m.group("w").lower()
        if not free(m.start("w"), m.end("next")):
            continue
        nxt = m.group("next")
        if w == "một" and nxt.lower() not in ("tuần", "ngày", "tháng", "năm", "giờ", "bé", "người", "lần", "nhóm", "em"):
            continue  # "một" works as "a" more often than it counts
        if w == "năm" and (nxt[:1].isdigit() or nxt.lower() in ("nay", "ngoái", "qua", "trước", "sau", "tới", "học")):
            continue
        if w == "ba" and nxt[:1].isupper():
            continue
        unit, end = _unit_after(text, m.end("w"), lex)
        if not unit:
            continue
        val = float(lex.NUMBER_WORDS.get(w, 0))
        approx = (m.group("approx") or "").lower()
        bound = "about" if w.startswith("hàng") else lex.APPROXIMATORS.get(approx, "exact") if approx else "exact"
        figures.append(Figure(text[m.start("w"):end], val, val, unit, "count", bound, m.start("w"), end))
        taken.append((m.start("w"), end))
    figures.sort(key=lambda f: f.start)
    return figures


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
    if f.bound == "about":
        return lo * 0.9, hi * 1.1
    return lo, hi
