"""Relays told as memories: "Bà kể có lần ông Tư nói muối là thứ “...”", "Cậu bé kể có lần thầy
Hải nói với cả lớp: “...”". One who recounts what another once said relays that other, whose
words the quote holds: the guideline's relay, where the source is the one relayed and the teller
is kept as the relay. Only when the quote opens in the recounted verb's own clause, or "rằng"
follows it and runs to the sentence's end ("kể có lần ông Tư nói với bà rằng ..."). Read after a
sentence's credit is decided (by the rules or the ranker), since either may credit the teller."""
from __future__ import annotations

import re
from dataclasses import replace

from .cues import main_cue
from .quotes import mask, quote_spans
from .types import Attribution

_QUOTE_OPENERS = "“\"«"
# where the recounted clause ends and the teller's own goes on
_CLAUSE_BREAK = re.compile(r";|,\s*(?:nhưng|rồi|còn|song|và)(?!\w)")


def credit_recounted(art, si: int, atts: list[Attribution], open_quote: bool) -> list[Attribution]:
    """The sentence's attributions with a recounted speaker made the source, the teller a relay."""
    primary = next((a for a in atts if a.role == "speaker"), None)
    if primary is None or not primary.cue or primary.cue.lower() not in art.lex.RECOUNTING_CUES:
        return atts
    text = art.s[si].text
    at = text.find(primary.mention) if primary.mention else -1
    cue_at = text.find(primary.cue, at + len(primary.mention)) if at >= 0 else -1
    if cue_at < 0:
        return atts
    spans, _ = quote_spans(text, open_quote)
    masked = art.rx["name_comma"].sub(lambda m: m.group(0).replace(",", "\u201a"), mask(text, spans))
    keep = art._si
    art._si = si
    try:
        lo = cue_at + len(primary.cue)
        # (a time set off before it: "kể hồi mới về làm dâu, có lần ông Hòa nói ...")
        once = re.match(rf"(?i)\s*(?:rằng\s+)?(?:(?:{'|'.join(art.lex.TIME_CLAUSE_LEADS)})\s[^,;:“”\"]{{1,40}},\s*)?"
                        rf"(?:{'|'.join(map(re.escape, art.lex.ONCE_LEADS))})(?!\w),?", text[lo:])
        found = main_cue(art, masked, text, lo + (once.end() if once else 0))
        if found is None:
            return atts
        inner, m = found
        # (only a speech verb with quoted words after it: "kể ông B nói dối" quotes no one)
        if m.group(0).lower() not in art.lex.RECOUNTED_SPEECH or inner.stype not in ("person", "title", "anonymous") \
                or not _quote_is_theirs(art, masked, text, m.end()):
            return atts
        resolved = art.resolve(inner, si)
    finally:
        art._si = keep
    if resolved is None or resolved[0] == primary.source:
        return atts
    name, stype = resolved
    if stype == "person" and name not in art.people:
        art.add_person(name, inner.title, inner.gender, si, m.start())
    speaker = Attribution(name, inner.mention, stype, m.group(0), primary.quote, primary.confidence)
    return [speaker, replace(primary, role="relay")] + [a for a in atts if a is not primary]


def _quote_is_theirs(art, masked: str, text: str, after: int) -> bool:
    """A "rằng" right after the recounted speech verb, or a quote opens after the recounted speech verb in its own clause: no clause break (", nhưng",
    ", rồi", ";") and no other verb of speaking before it ("... nói bà nên ở lại, nhưng bà vẫn đáp:
    “...”" quotes the teller)."""
    that = re.match(r"\s*(?:với\s+(?:[^\W\d]+\s+){1,3}?)?rằng(?!\w)", text[after:])
    if that:
        # "ông Tư nói với bà rằng cái chữ là ...": his words told indirectly, to the sentence's end
        # (not "... bảo rằng nhà bà không thuộc diện hỗ trợ, nhưng hàng xóm ai cũng được nhận": the
        # teller goes on in her own voice)
        return not _CLAUSE_BREAK.search(text, after + that.end())
    at = min((k for k in (text.find(q, after) for q in _QUOTE_OPENERS) if k >= 0), default=-1)
    if at < 0:
        return False
    if _CLAUSE_BREAK.search(text[after:at]):
        return False
    return art.rx["cue"].search(masked, after, at) is None
