"""When one event happened: two sentences giving different occurrence times for one event
("xảy ra lúc 4h17" / "xảy ra lúc 5h30") disagree."""
from __future__ import annotations

import re

from .. import lexicon
from .base import ClaimView, proper_names, similarity, squash, who
from .figures import Context, FigureLink
from .frames import different_moments, occurrences


def moment_links(a: ClaimView, b: ClaimView, lang: str = "vi", ctx: Context | None = None) -> list[FigureLink]:
    """Two sentences saying when one event happened ("xảy ra lúc 4h17" / "xảy ra lúc 5h30"). A
    time that only says when something was reported or counted ("tính đến 10h", "lúc 10h, AFAD
    cho biết") is not an occurrence time and is never compared with one."""
    lex = lexicon.get(lang)
    ctx = ctx or Context()
    occ_a, occ_b = occurrences(a.text, a.figures, lang), occurrences(b.text, b.figures, lang)
    for x in occ_a:
        for y in occ_b:
            same = ctx.same_event or bool(proper_names(a.text, lang) & proper_names(b.text, lang))
            if not (x.kinds & y.kinds) or not same or not different_moments(x, y):
                continue
            what = ", ".join(sorted(w for w, k in lex.EVENT_KINDS.items() if k in x.kinds & y.kinds
                                    and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", a.text.lower()))) or "sự việc"
            return [FigureLink("number_mismatch", squash(0.5 + similarity(a.text, b.text, lang)),
                               lex.REASONS["moment"].format(what=what, x=x.moment.text, a=who(a, lex), y=y.moment.text,
                                                            b=who(b, lex)), x.moment.text, y.moment.text)]
    return []
