"""Which measure a figure is, beyond its unit and harm: a ratio's name ("tỷ lệ nợ xấu"), a share
of a plan ("24% kế hoạch năm"), a rate per day, a firm's own figure, an earlier event's, the years a
sentence names. Small pure
predicates `quantity.comparable` and `figures._classify` ask."""
from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import Figure
from .base import ClaimView
from .frames import Frame
from .terms import clause_before


@lru_cache(maxsize=65536)
def past_event(text: str, f: Figure, lex) -> bool:
    before = text[:f.start].lower()
    return bool(re.search(lex.PAST_EVENT_BEFORE, re.split(r"[;:]", before)[-1]) or re.match(lex.PAST_EVENT_BEFORE, before))


@lru_cache(maxsize=65536)
def share_of_plan(text: str, f: Figure, lex) -> bool:
    return f.unit == "%" and bool(re.match(lex.SHARE_OF_PLAN_AFTER, text[f.end:], re.I))


def years_named(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text))


@lru_cache(maxsize=65536)
def rate_name(text: str, f: Figure, lex) -> str | None:
    """The ratio a percentage is, named by the last "tỷ lệ" before it in its sentence part."""
    before = re.split(r"[;.](?!\d)", text[:f.start])[-1].lower()
    found = re.findall(lex.RATE_NAME, before)
    return found[-1] if found else None


@lru_cache(maxsize=65536)
def share_of(text: str, f: Figure, lex) -> str | None:
    """What a percentage is a share of, named right after it ("52,3% số phiếu", "78% thời lượng tin
    chính trị"); a bare one takes the name of the percentage before it in its sentence ("..., còn
    bà B chỉ được 9%": 9% of the airtime too)."""
    if f.unit != "%":
        return None
    for end in [f.end] + [m.end() for m in reversed(list(re.finditer(r"\d[\d.,]*\s*%", text[:f.start])))]:
        words = re.findall(r"[^\W\d]+", text[end:end + 40].split(",")[0].split(".")[0].lower())[:2]
        if words and (words[0] in lex.SHARE_WHOLES or " ".join(words) in lex.SHARE_WHOLES):
            return " ".join(words)
    return None


@lru_cache(maxsize=65536)
def severity(text: str, f: Figure, lex) -> str | None:
    """How badly a count was hurt, said right after it in its clause ("6 người bị thương nhẹ",
    "4 người nguy kịch"): such a count is a part of the injured, not their total."""
    window = re.split(r"[,;.(](?!\d)|\d|(?<!\w)và(?!\w)", text[f.end:f.end + 40])[0].lower()
    found = re.search(lex.SEVERITY_WORDS, window)
    return found.group(0) if found else None


@lru_cache(maxsize=65536)
def per_period(text: str, f: Figure, lex) -> bool:
    """A rate per period: after the figure ("150 công nhân làm việc mỗi ngày", "3.000 tấn/ngày"), or
    an average per period in its clause before it ("Bình quân mỗi ngày có 24 người thiệt mạng") or
    opening the sentence ("Trung bình một ngày, lực lượng chức năng xử lý 7.000 trường hợp")."""
    opener = re.match(rf"\W*(?:{lex.PER_PERIOD_BEFORE})[^,;:]*,", text, re.I)  # "Trung bình một ngày, ... 7.000"
    return bool(re.search(lex.PER_PERIOD_AFTER, text[f.end:], re.I)) \
        or bool(re.search(lex.PER_PERIOD_BEFORE, clause_before(text, f), re.I)) or bool(opener and opener.end() <= f.start)


def firms_own(c: ClaimView, fr: Frame, lex) -> bool:
    """A figure in a person's statement about the firm they speak for: between the cue and the
    figure, "công ty / doanh nghiệp" as the subject (not "các doanh nghiệp": all of them)."""
    if not c.source or not c.cue or c.source_type != "person":
        return False
    at = c.text.lower().find(c.cue.lower())
    return at >= 0 and at < fr.figure.start and bool(re.search(lex.OWN_FIRM_BEFORE, c.text[at + len(c.cue):fr.figure.start]))


@lru_cache(maxsize=65536)
def facility_share(text: str, f: Figure, lex) -> bool:
    """A toll a hospital took in or treats, said in the figure's clause ("bệnh viện đã tiếp nhận 9
    người bị thương"): one facility's share of the whole."""
    clause = re.split(r"[,;:.](?!\d)", text[:f.start])[-1].lower()
    return bool(re.search(lex.FACILITY_COUNT_VERBS, clause))


@lru_cache(maxsize=65536)
def measure_kinds(text: str, f: Figure, lex) -> dict[str, frozenset[str]]:
    """Each economic measure named before the figure in its clause, with the words right after it
    that say which kind of it this is (`MEASURE_KIND_WORDS`, each word's kind: "vốn FDI thực hiện ước
    đạt 5,2 tỷ USD" -> vốn: foreign, disbursed; "vốn FDI" and "vốn đầu tư nước ngoài" are one kind), read up to a word that reports the figure ("đạt", "tăng"), a period, a
    place or a function word. (`lex` and `f` are hashable: the tables module, a frozen figure.)"""
    clause = re.split(r"\.(?!\d)|[;:]|,(?!\d)\s*(?:trong khi|còn|nhưng)", text[:f.start])[-1].lower()
    ends = set(lex.APPROXIMATORS) | set(lex.COUNT_REPORT_WORDS) | lex.MEASURE_KIND_ENDS
    kinds: dict[str, frozenset[str]] = {}
    for m in sorted(set(lex.MEASURE_NOUNS), key=len, reverse=True):  # (the longest first: "doanh thu thuần" before "doanh thu")
        hits = list(re.finditer(rf"(?<!\w){re.escape(m)}(?!\w)", clause))
        if not hits or any(m in longer for longer in kinds):
            continue
        words = []
        for w in clause[hits[-1].end():].split():
            if w in ends or not w.isalpha():
                break
            words.append(w)
        said = f" {' '.join(words)} "
        kinds[m] = frozenset(kind for k, kind in lex.MEASURE_KIND_WORDS.items() if f" {k} " in said)
    return kinds


def other_kind_of_measure(a_text: str, fa: Figure, b_text: str, fb: Figure, lex) -> bool:
    """The same measure of two kinds, each said right after it ("vốn FDI thực hiện" against
    "vốn điều chỉnh", "lợi nhuận trước thuế" against "lợi nhuận sau thuế"); whose it is ("doanh
    thu công ty" / "doanh thu doanh nghiệp") is no kind."""
    ka, kb = measure_kinds(a_text, fa, lex), measure_kinds(b_text, fb, lex)
    return any(ka[m] and kb[m] and not ka[m] & kb[m] for m in ka.keys() & kb.keys())
