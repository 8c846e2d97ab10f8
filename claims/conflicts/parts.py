"""Parts of a total: a figure a breakdown marker makes a part ("Trong đó, 37 ngôi nhà ...") is
not set against the total or another source's figure, except a place's part given by its place
("Trong đó, Lai Châu có 11 người chết"), which is that place's whole."""
from __future__ import annotations

import re
from functools import lru_cache

from .frames import Frame
from .quantity import named_places
from .terms import near_breakdown


def whole_of_its_place(a_text: str, fa: Frame, b_text: str, fb: Frame, lex) -> bool:
    """Whether two figures may be compared as far as parts go: neither is a part, or each part is
    its own named place's whole, both naming the very same places ("toàn tỉnh Lai Châu có 9 người
    chết"; not a district or a hamlet of it)."""
    parts = [(t, f) for t, f in ((a_text, fa), (b_text, fb)) if part_of_a_total(t, f, lex)]
    if not parts:
        return True
    # (and of one time: a part of this week's toll is no rival to a toll "hồi tháng 6")
    return all(_part_by_place(t, f, lex) for t, f in parts) and bool(named_places(fa)) \
        and named_places(fa) == named_places(fb) and (fa.as_of is None) == (fb.as_of is None)


def _part_by_place(text: str, fr: Frame, lex) -> bool:
    """Whether the breakdown marker before a part opens with the figure's own place ("Trong đó,
    Lai Châu có ...", "Riêng tỉnh Lai Châu có ...": one word, the place's level, may come between)."""
    place = fr.place_text.lower()
    if not place:
        return False
    return re.search(rf"{_markers_rx(lex)}\s*,?\s*(?:\w+\s+)?{re.escape(place)}(?!\w)", text[:fr.figure.start].lower()) is not None


@lru_cache(maxsize=4)
def _markers_rx(lex) -> str:
    return rf"(?<!\w)(?:{'|'.join(re.escape(m) for m in lex.BREAKDOWN_MARKERS)})"


def part_of_a_total(text: str, fr: Frame, lex) -> bool:
    """A figure a breakdown marker makes a part ("trong đó 37 ngôi nhà"); not one that counts
    another harm than the group it is taken from ("trong số các công nhân nhập viện có 9 người
    trong tình trạng nặng": all the serious cases, the total of its own kind)."""
    share = re.search(lex.SHARE_OF_TOTAL, text.lower())
    if share and not share.start() <= fr.figure.start < share.end():
        # "..., vốn chiếm 41% tổng doanh thu, giảm 29%": the change of a part whose share of the
        # total is given (the share itself is a measure of its own: "hộ nghèo chiếm 5,2% tổng số hộ")
        return True
    if not near_breakdown(text, fr.figure, lex):
        return False
    among = re.search(r"(?<!\w)trong số\s+([^,;]{0,60})", text[:fr.figure.start].lower())
    if fr.harm and among:
        group = {fam for w, fam in lex.CASUALTY_WORDS.items() if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", among.group(1))}
        if group and fr.harm not in group:
            return False
    return True
