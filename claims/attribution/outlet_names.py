"""An outlet's name after "tờ", "báo", "đài" ("báo Tài nguyên & Môi trường", "tờ Jakarta Post"),
read from the words that follow the outlet noun. Pure function of a string and the lexicon."""
from __future__ import annotations

import re

from .name_shapes import cap_prefix, looks_foreign
from .patterns import is_cap


def outlet_name(s: str, lex) -> str:
    """An outlet's name after "tờ", "báo", "đài": Vietnamese writes its words in sentence case
    ("Văn hóa Nghệ thuật Thủ đô", "Người lao động"), so up to two lower-case syllables follow a
    capitalised one, inside the name or at the phrase's end, unless they are function words."""
    raw = s.split()
    # a comma or full stop ends the name ("Tuổi trẻ, số ra sáng nay")
    cut = next((k + 1 for k, t in enumerate(raw) if t != t.rstrip(",.;:)")), len(raw))
    cut = next((k for k, t in enumerate(raw[:cut]) if t.startswith("(")), cut)  # "(Singapore)": where it is from
    toks = [t.rstrip(",.;:)") for t in raw[:cut]]
    out: list[str] = []
    i = 0
    while i < len(toks):
        if is_cap(toks[i]):
            out.append(toks[i])
            i += 1
            continue
        if out and i == len(toks) - 1 and re.fullmatch(r"\d{1,3}h|\d{2,3}", toks[i]):
            out.append(toks[i])  # "trang tin Xứ Nghệ 24h", "Kênh 14": a number ending the name is part of it
            break
        j = i
        while j < len(toks) and not is_cap(toks[j]) and j - i < 3:
            j += 1
        run = toks[i:j]
        ends = j == len(toks) or is_cap(toks[j])
        if not out or len(run) > 2 or not ends or any(t.lower() in lex.OUTLET_NAME_STOPS for t in run) \
                or j < len(toks) and any(t.lower() in lex.MEDIA_HEADS for t in run) \
                or any(looks_foreign(t) and t not in lex.NAME_JOINERS for t in run) \
                or looks_foreign(out[-1]) and not any(t in lex.NAME_JOINERS for t in run):
            break  # (a foreign name is not in Vietnamese sentence case: "Jakarta Post phỏng vấn" ends at "Post";
            # an outlet noun before more capitals opens a second outlet: "Thanh Niên & báo Tuổi Trẻ")
        out.extend(run)
        i = j
    return " ".join(out) if out else cap_prefix(s)
