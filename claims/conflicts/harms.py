"""What harm a figure counts ("27 người chết" -> dead; "số người chết đã tăng lên 17"; "34 người
chết và mất tích" -> both): the part of a quantity frame that says a toll is a toll, and whose."""
from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import Figure


@lru_cache(maxsize=4)
def _harm_before_rx(lex) -> re.Pattern:
    harms = "|".join(re.escape(w) for w in sorted(lex.CASUALTY_WORDS, key=len, reverse=True))
    # "số người chết ... là 17", "số ca tử vong đã tăng lên 17", "tổng số công nhân phải nhập viện
    # ... là 27 người", "số công nhân Công ty X (KCN Y) phải nhập viện ... đã tăng lên 214 người"
    # (the counted noun's own words, no comma); "làm chết 12 người"
    return re.compile(rf"(?:(?<!\w)số\s+(?:[^,;:.]{{0,100}}?\s)??(?P<a>{harms})(?!\w)(?!.*(?<!\w)số\s)"
                      rf"|(?<!\w)(?P<b>{harms})\s*$)")


def casualty(text: str, f: Figure, lex, seg_start: int = 0) -> tuple[str | None, str]:
    """`_casualty`, where a rescue counts only people brought out alive: not "không cứu được 2 nạn
    nhân" (they died), not "giải cứu 300 tấn thanh long" or "cứu được 40 ha lúa"."""
    harm, word = _casualty(text, f, lex, seg_start)
    if harm == "rescued":
        said = text.lower().rfind(word, seg_start, f.start) if word else -1
        negated = said >= 0 and re.search(r"(?<!\w)(?:không|chưa|không thể)\s*$", text[:said].lower())
        if negated or (f.unit != "người" and f.unit.replace(" ", "") not in _people_units(lex)):
            return None, ""
    return harm, word


@lru_cache(maxsize=4)
def _people_units(lex) -> frozenset[str]:
    return frozenset(w.replace(" ", "") for w in lex.PEOPLE_COUNTED_AS)


def _casualty(text: str, f: Figure, lex, seg_start: int = 0) -> tuple[str | None, str]:
    """The harm a figure counts and its word ("27 người chết" -> dead, "chết"; also "số người chết
    đã tăng lên 17", "làm chết 12 người"); "34 người chết và mất tích" counts two harms together,
    a different total from either."""
    # (a bracketed aside says where, not what: "112 công nhân Công ty X (Khu công nghiệp Y, huyện Z) phải nhập viện")
    window = re.sub(r"\s*\([^()]*\)", "", text[f.end: f.end + 200])[:60].lower()
    hits = sorted((window.find(w), w, fam) for w, fam in lex.CASUALTY_WORDS.items() if w in window)
    if not hits or not _harm_follows(window, hits[0][0]):
        m = _harm_before_rx(lex).search(text[seg_start:f.start].lower())
        if m:
            word = m.group("a") or m.group("b")
            return lex.CASUALTY_WORDS[word], word
        # a harm word only in a later clause is that clause's ("hàng chục người thân túc trực, chờ
        # tin các thuyền viên mất tích"; "cứu được 5 người, 6 thuyền viên vẫn mất tích")
        return None, ""
    pos, word, fam = hits[0]
    for pos2, word2, fam2 in hits[1:]:
        gap = window[pos + len(word):pos2]
        if fam2 != fam and re.fullmatch(r"\s*(?:và|hoặc|,|/)\s*", gap):
            return "+".join(sorted((fam, fam2))), f"{word} và {word2}"
        if fam2 == "dead" and fam != "dead" and re.fullmatch(r"(?:\s+(?!và\b|hoặc\b)[^\W\d]+){0,2}\s+(?:đã|vừa|sau đó)\s+", gap):
            # "Một người bị thương nặng đã tử vong": who they were, then what befell them, the toll counted
            return fam2, word2
    return fam, word


def _harm_follows(window: str, pos: int) -> bool:
    """Is the harm word part of the figure's own phrase ("12 người chết", "5 người bị thương"), not
    of a later clause ("12 học sinh phải nhập viện và không em nào tử vong" still counts)?"""
    gap = window[:pos]
    if re.search(r"(?<!\w)(?:những|các|mọi)\s+(?:người|nạn nhân|bệnh nhân|thuyền viên|ngư dân|công nhân|em|cháu)(?!\w)", gap) \
            or re.search(r"\w\s+(?:người|nạn nhân|bệnh nhân|thuyền viên|ngư dân|công nhân)(?!\w)", gap):
        # "200 người dân đang tìm kiếm / viếng những người mất tích", "hơn 120 người tìm kiếm người
        # mất tích": the harm is another group's, named after a verb
        return False
    return not re.search(r"[,;:]|(?<!\w)(?:và|nhưng|còn(?!\s+lại))(?!\w)", gap)  # "6 người còn lại"
