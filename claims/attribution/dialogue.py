"""Who speaks a dialogue line set off by dashes, as reportage prints it:

    – Đi nhanh thì bốn tiếng. Hôm nào trượt chân thì không tính được – thầy cười, ...
    – Con thích thầy vì thầy cho con mượn sách – Giàng Thị Mỷ, 9 tuổi, lí nhí.
    - Ban ngày em chạy thêm giao hàng - anh bật cười - chứ lương này nuôi sao nổi.

A turn opens with a dash at the start of a sentence and runs on over the sentences of its paragraph
that open with none; a dash inside the turn followed by a mention of someone (a lower-case title or
pronoun, or a name) and what they did is the speaker's tag, and credits every sentence of the turn.
A sentence opening with a dash of its own is the next speaker's turn."""
from __future__ import annotations

import re
from dataclasses import replace

from .names import full_name
from .patterns import Found
from .phrases import classify
from .types import Attribution, Candidate

_OPENS_TURN = re.compile(r"\s*[-–]\s+\S")
# a dash inside the line, then the tag's first letter (what the words were is before it)
_TAG_DASH = re.compile(r"(?<=\S)\s+[-–]\s+(?=[^\W\d_])")


def speaker(art, text: str, lo: int = 0) -> tuple[Candidate, Found] | None:
    """The speaker of the dialogue turn sentence `art._si` belongs to, with the tag's verb as the
    cue when the tag is in this sentence (an empty span when it is in another of the turn)."""
    si = art._si
    if si is None or lo:
        return None
    for k in _turn(art, si):
        tagged = _tag(art, k)
        if tagged is not None:
            who, verb = tagged
            return who, Found(text, *verb) if k == si else Found(text, 0, 0)
    return None


def _turn(art, si: int) -> list[int]:
    """The sentences of the turn `si` belongs to, `si` first; none if it is in no dialogue turn."""
    opens = lambda k: bool(_OPENS_TURN.match(art.s[k].text))  # noqa: E731
    para = art.s[si].paragraph
    first = si
    while not opens(first):
        if first == 0 or para is None or art.s[first - 1].paragraph != para:
            return []
        first -= 1
    last = si
    while last + 1 < len(art.s) and para is not None and art.s[last + 1].paragraph == para and not opens(last + 1):
        last += 1
    return [si] + [k for k in range(first, last + 1) if k != si]


def _tag(art, k: int) -> tuple[Candidate, tuple[int, int]] | None:
    """(who, the span of what they did) of the first speaker's tag inside sentence k."""
    text = art.s[k].text
    parsed = art.s[k].parsed
    for dash in _TAG_DASH.finditer(text, 1 if _OPENS_TURN.match(text) else 0):
        start = dash.end()
        words = list(re.finditer(r"[^\s,;:.!?–-]+", re.split(r"[,;]|\s[-–]\s", text[start:start + 80])[0]))
        for n in (5, 4, 3, 2, 1):  # the longest mention first ("điều dưỡng Vũ Thị Hằng", "ông cụ", "anh")
            if len(words) < n:
                continue
            mention = text[start:start + words[n - 1].end()]
            if not mention[:1].islower() and not full_name(mention, art.lex):
                continue  # a reply opens with a capital; a tag with a name ("Giàng Thị Mỷ")
            if parsed is not None and n > 1 and any(start + words[1].start() <= t.start < start + words[n - 1].end()
                                                    and t.upos in ("VERB", "ADV", "AUX", "ADJ") for t in parsed.tokens) \
                    and not full_name(text[start + words[1].start():start + words[n - 1].end()], art.lex):
                continue  # ("anh cười", "bà Tư vừa": a mention holds no verb or adverb after its head)
            who = classify(mention, art.lex)
            if who is None or who.stype not in ("person", "pronoun", "title"):
                continue
            after = start + words[n - 1].end()
            verb = next((t for t in parsed.tokens if t.start >= after and t.upos == "VERB"), None) if parsed else None
            if verb is not None and verb.start < start + words[-1].end():
                return who, (verb.start, verb.end)  # the tag's verb, past "vừa", "lại"
            if len(words) > n or text[after:].lstrip()[:1] in ",.":
                return who, (start, after)  # (no verb the parse sees: the mention tags the line)
    return None


def credit_turns(art, per: list[list[Attribution]], confidence: float) -> None:
    """Every sentence of a dialogue turn that is credited to no one takes the turn's speaker: the
    one its tag names, as the tag's own sentence credits them (or as the article's memory resolves
    the tag's mention there). The ranker never sees such sentences' speaker in their own words."""
    done: set[int] = set()
    for si in range(len(art.s)):
        if si in done:
            continue
        turn = sorted(_turn(art, si))
        done.update(turn)
        if not turn or all(any(a.role == "speaker" for a in per[k]) for k in turn):
            continue
        found = next(((k, t) for k in turn if (t := _tag(art, k)) is not None), None)
        if found is None:
            continue
        k, (who, (a, b)) = found
        credited = next((x for x in per[k] if x.role == "speaker" and x.mention == who.mention), None)
        if credited is None:
            art._si = k
            resolved = art.resolve(who, k)
            if resolved is None:
                continue
            credited = Attribution(resolved[0], who.mention, resolved[1], art.s[k].text[a:b], "direct", confidence)
        for j in turn:
            if not any(x.role == "speaker" for x in per[j]):
                per[j] = [replace(credited, quote="direct", confidence=min(credited.confidence, confidence))] + per[j]
                art.sources.append((j, per[j][0]))
