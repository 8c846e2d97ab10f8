"""A source named before a colon: a headline "Source: statement" ("Bộ Công Thương: Không để thiếu
xăng dầu", "..., chủ quán: “...”") and, in the body, a transcript's line "Giám đốc Sở X Lê Văn A:
Toàn tỉnh có ...". Step 5 of `rules.analyse`, which passes its `make`."""
from __future__ import annotations

import re

from .patterns import is_cap, starts_with_any
from .phrases import classify
from .types import Attribution, Candidate


def headline_speaker(art, text: str, make, body: bool = False) -> Attribution | None:
    """The source a headline names before a colon: a titled person, a body or an outlet; not a
    place or an event ("Sạt lở đất ở Lâm Sơn: ...", "Vĩnh Lạc: ..."). In the body (`body`), only
    a named person opening the sentence, with a capital or a quote after the colon."""
    # (a word quoted before the colon: 'Vụ du khách tố bị "chặt chém", chủ quán: "..."')
    m = re.match(r"\s*((?:[^:“”\"‘’']|[“\"‘'][^:“”\"‘’']{1,30}[”\"’']){2,90}?):\s+(\S.*)$", text)
    if not m or len(m.group(2).split()) < 3:
        return None
    quoted = m.group(2).lstrip()[:1] in "“\"'‘"
    if not body and "," in m.group(1):
        # "..., chủ quán: “...”", "..., Trưởng khoa Truyền nhiễm: “...”": after the event, a role no
        # table lists (or a title read as a name), held by the one person the article gives every
        # word of it (whatever verb the event before the comma holds: "du khách tố ...")
        role = m.group(1).rsplit(",", 1)[1].strip()
        before = classify(role, art.lex)
        holder = _role_holder(art, role) if before is None or before.stype == "person" and not before.named else None
        if holder is not None:
            return make(Candidate(holder, role, "person", None, None, False, True), None, 0.8,
                        quote="direct" if quoted else "indirect")
    if art.rx["cue"].search(m.group(1).split(",")[0].lower()):
        return None
    if body and not (m.group(2)[:1].isupper() or m.group(2)[:1] in "“\""):
        return None
    cand = None
    kept = art.rx["name_comma"].sub(lambda c: c.group(0).replace(",", "\u201a"), m.group(1))  # (not "Bộ Văn hóa, Thể thao ...")
    before_comma = classify(kept.rsplit(",", 1)[0].strip().replace("\u201a", ","), art.lex) if "," in kept else None
    if before_comma is not None and before_comma.stype == "title" \
            and sum(w[:1].islower() for w in before_comma.mention.split()[1:]) > 3:
        # "Cụ bà mất tiền vì cuộc gọi ...": a title opening what happened, no one's title ("Chủ
        # tịch UBND huyện Mường Tè" is an office: its words after the title are a body's name)
        before_comma = None
    if not body and "," in kept and (before_comma is None or before_comma.stype not in ("person", "title", "pronoun")):
        # "Vết nứt dài hơn 100 m trên đồi, Chủ tịch xã: “...”": what happened, then who answers
        # ("Bác sĩ Trương Minh Khang, Bệnh viện Nhi đồng 1: ...": the person and where they work)
        cand = classify(kept.rsplit(",", 1)[1].strip().replace("\u201a", ","), art.lex)
    cand = cand or classify(m.group(1).strip(), art.lex)
    if not body and cand is not None and cand.stype == "organization" and not cand.named:
        # "..., công an phường: '...'", "Ban quản lý dự án: ...": a body's head the article's body
        # names in full ("Công an phường Hưng Dũng")
        fuller = art._body_it_abbreviates(cand.name, art._si)
        cand = Candidate(fuller, cand.mention, "organization", named=True) if fuller else cand
    if body:
        if cand is None or cand.stype != "person" or not cand.named or "," in m.group(1) \
                or re.match(art.lex.VERDICT_AFTER_COLON, m.group(2).lower()):
            return None  # ("Bị cáo X: Tù chung thân ...": a verdict list, not his words)
        quoted = m.group(2).lstrip()[:1] in "“\"'‘"
        return make(cand, m.group(1).strip(), 0.8, quote="direct" if quoted else "indirect")
    if cand is None or not (cand.named or cand.stype == "title"):
        return None
    office = cand.stype == "title" and any(is_cap(w) for w in cand.mention.split()[1:])  # "Chủ tịch phường Tân Lập"
    # (a person by title or by full name after a short role: "Đạo diễn Vũ Hạnh Nguyên: 'Tôi không ...'";
    # not a place read as a name: "Sạt lở đất ở Lâm Sơn: ...")
    role = cand.mention[:len(cand.mention) - len(cand.name)].strip() if cand.mention.endswith(cand.name) else None
    full_name = len(cand.name.split()) >= 3 and role is not None and len(role.split()) <= 3 \
        and not re.search(r"(?<!\w)(?:ở|tại|của|và|với)(?!\w)", role.lower())
    # (a bare title a headline gives someone the body names: "Chủ tịch xã" for ông Lò Văn Sơn)
    titled = cand.stype == "title" and _named_with_that_title(art, cand)
    ok = office or titled or (cand.stype == "person" and (cand.title or full_name)) or cand.stype == "media" or (
        cand.stype == "organization" and starts_with_any(cand.name, art.lex.ORG_HEADS)
        and not starts_with_any(cand.name, art.lex.ADMIN_PLACE_HEADS))
    if not ok:
        return None
    return make(cand, None, 0.85, quote="direct" if quoted else "indirect")


def _role_holder(art, role: str) -> str | None:
    """The one person of the article given every word of a short role (titles and roles the
    article set beside their name), None for none or several."""
    words = role.lower().split()
    if not 1 <= len(words) <= 5 or any(w[:1].isdigit() for w in words):
        return None
    holders = [p.name for p in art.people.values()
               if all(w in " ".join(list(p.titles) + list(p.roles)).lower().split() for w in words)]
    return holders[0] if len(holders) == 1 else None


def _named_with_that_title(art, cand: Candidate) -> bool:
    """The person a headline's bare title resolves to was given every word of it in the article
    ("Chủ tịch xã" for "ông Lò Văn Sơn, Chủ tịch UBND xã Phìn Sáng"; not "Giám đốc Sở Xây dựng" for
    the director of the city police)."""
    found = art.resolve(cand, art._si)
    person = art.people.get(found[0]) if found is not None and found[1] == "person" else None
    if person is None:
        return False
    said = " ".join(list(person.titles) + list(person.roles)).lower().split()
    return all(w in said for w in cand.name.lower().split())
