""""Người đứng đầu bệnh viện cho biết": an epithet for the head of a body is the person the article
named as that body's leader (an office from `LEADER_OFFICES`, not a deputy), chosen by the words
the epithet's body shares with the office as written; a body the epithet only points at ("đơn vị
này") means the leader credited last."""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import starts_with_any


@lru_cache(maxsize=4)
def _epithet_rx(lex) -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(map(re.escape, lex.LEADER_EPITHETS))})(?:\s+(.*))?$", re.I)


@lru_cache(maxsize=4)
def _office_rx(lex) -> re.Pattern:
    """A leading office as written, with "Phó" before it kept ("Phó Giám đốc": a deputy)."""
    return re.compile(rf"(?<!\w)(?:phó\s+)?(?:{'|'.join(map(re.escape, lex.LEADER_OFFICES))})(?!\w)", re.I)


def _leads(office: str, lex) -> bool:
    office = office.lower().strip()
    return not office.startswith("phó") and starts_with_any(office, lex.LEADER_OFFICES) is not None


def _office_before(art, s_i: int, at: int) -> str:
    """The words between the last break, or the last verb, and a name: an office ("Giám đốc Sở Y tế
    [Lê Văn Tâm]", "dẫn lời Giám đốc Sở [Hồ Thị Yến]"), not a clause's subject ("Giám đốc bệnh viện
    đã phân công bác sĩ [X]": the doctor's)."""
    text = art.s[s_i].text
    chunk = re.split(r"[,;:.()“”\"]", text[max(0, at - 80):at])[-1]
    start = at - len(chunk)
    parsed = art.s[s_i].parsed
    if parsed is not None:
        verbs = [t.end for t in parsed.tokens if start <= t.start and t.end <= at and t.upos in ("VERB", "AUX")
                 and t.text[:1].islower()]
        piece = text[max(verbs):at] if verbs else chunk
    else:
        piece = "" if len(chunk.split()) > 6 else chunk
    # (the office from its first word: "[dẫn] lời Giám đốc Sở", the verb's object noun before it)
    found = _office_rx(art.lex).search(piece)
    return piece[found.start():] if found else piece


def _unit_words(office: str, lex) -> list[str]:
    """"Trưởng phòng Cảnh sát hình sự Công an tỉnh X" -> cảnh sát, hình, sự: the unit's own name, up
    to the head of the body it belongs to."""
    rest = office.lower().strip()[len(starts_with_any(office.lower().strip(), lex.UNIT_LEADER_OFFICES)):].split()
    heads = {h.lower() for h in lex.ORG_HEADS}
    for k in range(1, len(rest)):
        if rest[k] in heads or " ".join(rest[k:k + 2]) in heads:
            return rest[:k]
    return rest


def head_of(art, mention: str, si: int) -> tuple[str, str] | None:
    """(the leader's name, "person"), or None when the mention is no such epithet or the article
    named no leader it fits."""
    m = _epithet_rx(art.lex).match(mention.strip())
    if m is None:
        return None
    words = {w for w in (m.group(1) or "").lower().replace(",", " ").split() if w not in art.lex.NO_PARTICULAR_BODY}
    named_body = any(w[:1].isupper() for w in (m.group(1) or "").split())
    best: tuple[int, int, str] | None = None  # (shared words, last position, name)
    for name, person in art.people.items():
        before = [p for p in person.positions if p[0] < si]
        # the office as written right before the name ("Giám đốc Sở Y tế Lê Văn Tâm")
        written = [w for s_i, at in before if (w := _office_before(art, s_i, at))]
        offices = [r for r in list(person.roles) + list(person.titles) + written if _leads(r, art.lex)]
        if not offices or not before:
            continue
        units = [r for r in offices if starts_with_any(r.lower().strip(), art.lex.UNIT_LEADER_OFFICES)]
        heads = [r for r in offices if r not in units]
        # (a unit's head holds the words of the unit, not of the body it belongs to)
        held = {w for r in heads + (list(person.roles) if heads else []) for w in r.lower().split()} \
            | {w for r in units for w in _unit_words(r, art.lex)}
        shared = len(words & held)
        if words and shared < (min(2, len(words)) if named_body else 1):
            continue  # ("Người đứng đầu Bộ Y tế", a body named, is not the minister of another "Bộ")
        key = (shared, max(before)[0], name)
        if best is None or key[:2] > best[:2]:
            best = key
    return (best[2], "person") if best is not None else None
