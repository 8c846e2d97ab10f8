"""Who a title, an office or a role points to ("Bộ trưởng", "vị chủ tịch xã", "cô giáo"): the
person last given it, an official's office shared in words, the one person a story's headline
names; and a person's sex as a title or a middle name gives it. A mixin of `memory.ArticleMemory`,
beside the references (`references`) that ask it."""
from __future__ import annotations

import re

from .patterns import starts_with_any
from .types import Candidate, Person


class TitleMemory:
    """Expects `s`, `lex`, `people`, `mentions` and `sources` of the memory it is part of."""

    def _official(self, person: Person) -> bool:
        """Someone with a title or an office ("HLV", "Giám đốc ...", "đại diện WHO"), not a
        resident known as "anh" with "người dân xã X" for a role."""
        lex = self.lex
        return any(t not in lex.KIN_TITLES and t not in lex.NOT_OFFICES for t in person.titles) or any(
            starts_with_any(r, tuple(lex.PERSON_TITLES)) or starts_with_any(r, lex.SPOKESPERSON_HEADS)
            or starts_with_any(r, tuple(lex.ROLE_HEADS)) or re.search(r"(?<!\w)(?:trưởng|phó)(?!\w)", r)
            for r in person.roles)  # ("phó chi cục trưởng ...", "đội trưởng ...": an office)

    def _shares_office(self, phrase: str, person: Person) -> bool:
        """Whether a role phrase ("lãnh đạo chi cục") shares a content word with the person's office
        ("phó chi cục trưởng chi cục quản lý thị trường"), its "của ..." part and numbers left out."""
        head = re.split(r"\s+của\s+", phrase.lower())[0]
        words = {w for w in head.split() if w.isalpha() and w not in ("tuổi", "vị")}
        held = {w for r in list(person.roles) + list(person.titles) for w in r.lower().split()}
        generic = set(" ".join(self.lex.VI_POINTS_BACK).split())
        return bool((words - generic) & held)

    def _headline_person(self, cand: Candidate, si: int) -> str | None:
        """A story about one person (the only one its headline names, named again in its lead):
        "ông" far into it is that person, while no one else it could mean has been named since."""
        heads = {m[2] for m in self.mentions if self.s[m[0]].kind == "headline"}
        if len(heads) != 1:
            return None
        (name,) = heads
        lead = next((k for k in range(len(self.s)) if self.s[k].kind == "body"), None)
        g = self.people[name].gender if name in self.people else None
        if lead is None or lead >= si or not any(m[0] == lead and m[2] == name for m in self.mentions) \
                or (cand.gender is not None and g is not None and g != cand.gender):
            return None
        last = max(m[0] for m in self.mentions if m[2] == name and m[0] < si)
        others = {m[2] for m in self.mentions if last <= m[0] < si and m[2] != name}
        if any(cand.gender is None or self.people[o].gender in (None, cand.gender) for o in others if o in self.people):
            return None
        return name

    def _resolve_title(self, title_phrase: str, si: int) -> str | None:
        """"Bộ trưởng", "Phó Hiệu trưởng Trường THPT Yên Mỹ": the person last given that title or role."""
        whole = title_phrase.lower().strip()  # ("bà cụ" as the article called "Bà cụ Lê Thị Xuân")
        key = re.sub(r"^(?:vị|ông|bà|anh|chị|cô|cậu|nữ|nam|chàng)\s+", "", whole)  # "ông giám đốc", "nữ ca sĩ"
        if key.startswith("người ") and key.split()[1:2] and key.split()[1] in self.lex.FAMILY_ROLES:
            key = key[len("người "):]  # "người mẹ": the mother
        key = re.sub(r"\s+(?:này|đó|nói trên)$", "", key)  # "bị cáo này": the defendant just named
        key = re.sub(r"\s+\d{1,3}\s+tuổi$", "", key)  # "vị CEO 34 tuổi": the age describes, the title names
        key = self.lex.TITLE_ABBREVIATIONS.get(key, key)
        first = " ".join(key.split()[:3])
        sex = self.lex.SEX_WORDS.get(title_phrase.lower().split()[0]) if title_phrase.split() else None
        best = ahead_best = None
        headline = self.s[si].kind == "headline"
        reach = len(self.s) if headline else 2  # a headline's "Chủ tịch xã" may be named far into the body
        for name, p in self.people.items():
            if sex is not None and self._sex_of(name, p) not in (None, sex):
                continue  # "nữ bị cáo": the woman on trial, not the man named last
            # a bare "bà" / "ông" says nothing of which woman or man "bà vợ" is
            hit = any(self.lex.TITLE_ABBREVIATIONS.get(t) == key  # "BS X" ... "nữ bác sĩ"
                      or key in (self.lex.TITLE_ABBREVIATIONS.get(d) for d in t.split("."))  # "TS.BS X" ... "nữ bác sĩ"
                      or t == key or t == whole or (key.startswith(t) and t not in self.lex.ADDRESS_TITLES) or t.startswith(first)
                      or re.sub(r"^(?:nữ|nam)\s+", "", t) == key for t in p.titles) or any(set(key.split()) <= set(r.split()) and self._role_holds(r, key.split()[0]) for r in p.roles) or any(
                r.startswith(key) or key.startswith(r[: max(len(r), 8)]) or self._role_holds(r, first) for r in p.roles)
            if hit and any(s <= si for s, _ in p.positions):
                # (a sex the title asks for, known to fit, ranks before one not known)
                last = (sex is not None and self._sex_of(name, p) == sex, max(s for s, _ in p.positions if s <= si))
                if best is None or last > best[0]:
                    best = (last, name)
            elif best is None and any(si < s <= si + reach for s, _ in p.positions) and (
                    key in p.titles or headline and hit):
                # a lead's "Tổng Bí thư" named in the next sentence: that very title, not one it starts with
                ahead = min(s for s, _ in p.positions if s > si)
                if ahead_best is None or ahead < ahead_best[0]:
                    ahead_best = (ahead, name)
        best = best or ahead_best
        return best[1] if best else None

    def _role_holds(self, role: str, words: str) -> bool:
        """Whether a role has the words as its own, not as whose kin it is ("cháu nội cụ" is no
        "cụ", "con trai của giám đốc" no director)."""
        m = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", role)
        kin = (*self.lex.KIN_NOUNS, *self.lex.FAMILY_ROLES, "của")  # (not "cô" of "cô sinh viên": her own)
        return m is not None and not re.search(rf"(?<!\w)(?:{'|'.join(map(re.escape, kin))})(?:\s+\S+)?\s*$", role[:m.start()])

    def _sex_of(self, name: str, person: Person) -> str | None:
        """A person's sex as a title gave it, else as a middle name tells it ("Nguyễn Thị Hoa")."""
        if person.gender:
            return person.gender
        middle = name.split()[1:-1]
        return next((self.lex.MIDDLE_NAME_GENDER[w] for w in middle if w in self.lex.MIDDLE_NAME_GENDER), None)
