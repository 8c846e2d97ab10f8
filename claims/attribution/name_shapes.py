"""What a name looks like: a word that is no Vietnamese syllable (a foreign name), a run that reads
as a person's name, a whole personal name, the capitalised words a phrase opens with. Pure
functions of the text and the language tables; `names` finds where names run with them."""
from __future__ import annotations

import re
from typing import Sequence

from .. import lexicon
from .patterns import is_cap


def cap_prefix(s: str) -> str:
    out = []
    for tok in s.split():
        if is_cap(tok) or (out and tok.lower() in ("al-", "bin", "de", "van", "von")) or (out and tok.startswith("al-")):
            out.append(tok.rstrip(",.;:)"))
        else:
            break
    return " ".join(out) if out else s


_VI_SYLLABLE = re.compile(lexicon.get("vi").SYLLABLE)


def looks_foreign(tok: str) -> bool:
    """A capitalised word that is no Vietnamese syllable ("Samsung", "Iran", "Levie") is a name;
    "Cùng", "Tới", "Trong" at the start of a sentence are ordinary words."""
    t = tok.strip("()\"“”'.,:;").lower()
    return bool(t) and not _VI_SYLLABLE.fullmatch(t)


def person_like(run: Sequence[str], lex) -> bool:
    """Vietnamese full names start with a family name; foreign names are not Vietnamese syllables."""
    if len(run) > 1 and looks_foreign(run[-1]) and "-" not in run[-1] and len(run[-1].rstrip(".")) > 1 \
            and not any(looks_foreign(t) for t in run[:-1]):  # ("Nguyễn Văn T." is a name given by its initial)
        return False  # "Phúc Lộc Mart", "Hòa Lâm FC": a brand's word after Vietnamese ones ("Kim Sang-woo" is a name)
    if _middle_named(run, lex):
        return True
    return run[0] in lex.SURNAMES or any(looks_foreign(t) and not t.isupper() for t in run)  # "CDC" is no name


def _middle_named(toks: Sequence[str], lex) -> bool:
    """"Hờ Thị Mai", "Thào Văn Sềnh": three or four syllables whose second is a middle name, a
    family name the table lacks."""
    return 3 <= len(toks) <= 4 and toks[1] in lex.MIDDLE_NAME_GENDER


def full_name(name: str, lex) -> bool:
    """A whole personal name, not a role's body read as one ("CEO công ty Box" -> "Box"):
    a Vietnamese family name and two more syllables, or two or more foreign words."""
    toks = name.split()
    if len(toks) >= 3 and toks[0] in lex.SURNAMES:
        return True
    if _middle_named(toks, lex) and all(t[:1].isupper() and t.isalpha() for t in toks):
        return True
    # ("HĐQT HTBank": an acronym is a body's, never a word of a name; "JD Vance": initials are)
    return len(toks) >= 2 and all(looks_foreign(t) and not (t.isupper() and len(t) > 2) for t in toks)
