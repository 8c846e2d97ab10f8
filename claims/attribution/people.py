"""The people an article names, as it is read: each with titles, roles and gender (`_scan_people`),
the given names used alone and the fullest written form of a name (epithets by role or kin:
`role_epithets`; descriptions by age, sex and looks: `descriptions`). A mixin of `memory.ArticleMemory`, which resolves candidates against this index."""
from __future__ import annotations

import re

from .patterns import is_cap, starts_with_any
from .name_shapes import looks_foreign
from .names import names_in
from .phrases import classify
from .references import PRONOUN_REACH, contains_words
from .types import Candidate, Person


def _ends_with_org_head(before: str, lex) -> bool:
    """Whether the text before a capitalised run ends with an organisation's head ("Công ty",
    "Tập đoàn"), so the run is that organisation's name."""
    words = before.split()[-3:]
    return any(starts_with_any(" ".join(words[i:]), lex.ORG_HEADS) == " ".join(words[i:])
               for i in range(len(words)))



class PeopleIndex:
    """Needs the attributes `memory.ArticleMemory.__init__` sets (s, lex, rx, people, mentions,
    sources, nicknames, the caches)."""

    def _scan_people(self) -> None:
        for si, sent in enumerate(self.s):
            text = sent.text
            chained: str | None = None  # a title the comma before this chunk ends: "Tổng Bí thư, Chủ tịch nước X"
            named_here: str | None = None  # the last person this sentence named
            self._record_called_names(si)  # ("người trong xóm gọi là Út Lộc")
            self._record_given_name_described(si)  # ("Ngân, cô sinh viên năm hai ..., nói")
            for m in re.finditer(r"[^,;:()“”\"]+", text):
                found = names_in(m.group(0), self.lex)
                for name, title, gender in found:
                    if len(name.split()) == 1 and title is None:
                        continue
                    lead = text[:m.start() + max(0, m.group(0).find(name))].rstrip()
                    if title and lead.lower().endswith(title.lower()):
                        lead = lead[:-len(title)]  # ("quen gọi là ông Tư Sáng": the lead before the title)
                    if named_here and self.rx["called_by"].search(lead) and named_here != name \
                            and not (len(name.split()) >= 3 and name.split()[0] in self.lex.SURNAMES):  # (a full name is no nickname)
                        # "ông Võ Văn Thạnh, người trong làng quen gọi “ông Bảy Thạnh”": his nickname
                        self.nicknames.setdefault(name, named_here)
                    if named_here is None:
                        owner = self._called_by_pronoun(name, lead, si)
                        if owner:
                            self.nicknames.setdefault(name, owner)
                    at = m.start() + max(0, m.group(0).find(name))
                    if named_here is None and title and starts_with_any(m.group(0).strip().lower(), self.lex.PRONOUN_GENDER) \
                            and re.search(rf"(?:{'|'.join(map(re.escape, self.lex.REAL_NAME_LEADS))})\s*$", lead.lower()):
                        # "Chị tên thật là Nguyễn Thị Hồng" after "chị Hai": the one last called so
                        # (a birth-order name, the last person named: "chị Hai", not a witness "chị Hoa")
                        nick = self.mentions[-1][2] if self.mentions and self.mentions[-1][3] == title else None
                        if nick is not None and nick in self.lex.BIRTH_ORDER_NAMES:
                            self.nicknames.setdefault(nick, name)
                    full = named_here = self.add_person(name, title, gender, si, at)
                    epithet = self._epithet_before(text[m.start():at], title)
                    if epithet:
                        self.people[full].titles.add(epithet)  # "Bà cụ Lê Thị Xuân": later "bà cụ" alone
                    said_to_be = re.match(r"\s*([^\W\d_].{1,40}?)\s+là\s+(?:\S+\s+)?$", text[m.start():at])
                    if said_to_be and (said_to_be.group(1)[:1].islower() or m.start() == 0) \
                            and len(said_to_be.group(1).split()) <= 5 and not self.rx["cue"].search(said_to_be.group(1)):
                        # (a short noun phrase, not "Giám đốc Sở cho biết người tử vong [là bà X]")
                        self.people[full].roles.append(said_to_be.group(1).lower())  # "mẹ của H. là chị X": her role
                    if chained and title and (title not in self.lex.ADDRESS_TITLES or chained not in self._titles_lower) \
                            and m.group(0).lstrip().lower().startswith(title):
                        self.people[full].titles.add(chained)  # both offices of a title chain are the person's
                        chained = None
                    # an apposition after the name records the person's role
                    # (past an aside in brackets: "Phạm Đức Long (53 tuổi), cựu Giám đốc chi nhánh X")
                    after = re.sub(r"^\s*\([^()]{0,40}\)", "", text[m.end():m.end() + 160])[:120]
                    if not self._told_of_in_a_clause_of_when(m.group(0), lead[m.start():], after) \
                            and (after.startswith(",") or after.startswith(" -")):
                        parts = re.split(r"[,;:]| - ", after.lstrip(", -"), maxsplit=2)
                        self.people[full].roles.append(parts[0].lower())
                        if len(parts) >= 2 and re.fullmatch(r"\s*\d{1,3}\s+tuổi\s*", parts[0]) \
                                and starts_with_any(parts[1].strip().rstrip("."), self.lex.LEADER_OFFICES):
                            self.people[full].roles.append(parts[1].strip().lower())  # ", 41 tuổi, đội trưởng,": the role after the age
                chained = None if found else self._trailing_title(m.group(0)) if text[m.end():m.end() + 1] == "," else None

    def _told_of_in_a_clause_of_when(self, chunk: str, before_name: str, after: str) -> bool:
        """"Khi được hỏi về trường hợp bà Lài, [vị chủ tịch xã thừa nhận]": a name told of inside a
        clause of when (words between its lead and the name) whose comma opens the main clause (no
        second comma, or a reporting cue before it), not an apposition ("Khi ông X, Chủ tịch UBND
        xã, đến", "Khi làm việc với ông Y, Giám đốc Sở Tài chính, đoàn kiểm tra ...": his office)."""
        lead = starts_with_any(chunk.strip().lower(), self.lex.WHEN_CLAUSE_LEADS)
        if lead is None or len(before_name.strip().split()) - len(lead.split()) < 2 or not after.startswith(","):
            return False
        parts = after[1:].split(",")
        return len(parts) < 2 or len(parts[0].split()) > 12 or bool(self.rx["cue"].search(parts[0]))

    def _called_by_pronoun(self, nickname: str, lead: str, si: int) -> str | None:
        """"Người trong ấp quen gọi anh là Út Lộc" after "anh Nguyễn Tấn Lộc": the one named in full
        in the sentences just before, of the pronoun's sex, whose name shares a word with it."""
        called = self.rx["called_pronoun"].search(lead)
        words = nickname.split()
        if not called or (len(words) >= 3 and words[0] in self.lex.SURNAMES):
            return None  # (a full name is no nickname)
        sex = self.lex.PRONOUN_GENDER.get(called.group("pron").lower())
        for s_i, _, full, _ in reversed(self.mentions):
            if s_i < si - PRONOUN_REACH:
                break
            person = self.people.get(full)
            # the given name is the word they share ("Khởi Bễ", "Út Lộc"), not a surname or "Văn"
            if person and len(full.split()) >= 3 and full.split()[0] in self.lex.SURNAMES \
                    and full.split()[-1] in words and (sex is None or person.gender in (None, sex)):
                return full
        return None

    def _scan_given_names(self) -> None:
        """"Khang dẫn chúng tôi ra bãi đất" after "Đỗ Minh Khang": a person named by the given name
        alone as a sentence's subject is mentioned there, so a later "anh nói" can mean him."""
        given: dict[str, set[str]] = {}
        for full in self.people:
            words = full.split()
            if len(words) >= 2 and words[0] in self.lex.SURNAMES:
                given.setdefault(words[-1], set()).add(full)
        alts = "|".join(re.escape(g) for g, fulls in given.items() if len(fulls) == 1)
        if not alts:
            return
        rx = re.compile(rf"(?:^|,\s+)({alts})(?=\s+[{self.lex.UPPER.lower()}a-z])")
        found = [(si, m.start(1), next(iter(given[m.group(1)])), None)
                 for si, sent in enumerate(self.s) if sent.parsed is not None for m in rx.finditer(sent.text)
                 # the parse must read it as a name: "Thanh tra giao thông", "Thu nhập" are common words
                 if any(t.start == m.start(1) and t.upos == "PROPN" and t.text == m.group(1) for t in sent.parsed.tokens)]
        if found:
            self.mentions = sorted(set(self.mentions) | set(found), key=lambda m: (m[0], m[1]))

    def _said_of_self_fits(self, si: int, gender: str | None) -> bool:
        """Whether what an unnamed speaker says of themselves in sentence `si` ("con chị": she)
        leaves the pronoun's sex possible."""
        if gender is None:
            return True
        said = {self.lex.PRONOUN_GENDER.get(w) for w in re.findall(r"\w+", self.s[si].text)
                if w in self.lex.PRONOUN_GENDER} - {None}
        return not said or gender in said

    def _trailing_title(self, chunk: str) -> str | None:
        """The office title a comma-ended chunk is ("Tổng Bí thư", "theo Tổng Bí thư" -> "tổng bí
        thư"); not one the chunk merely ends with ("Sau khi gặp Thủ tướng") nor an address title."""
        title = re.sub(r"^theo\s+", "", chunk.strip().lower())
        if title in self._titles_lower and title not in self.lex.ADDRESS_TITLES:
            return title
        # an office with its body, then the person with only "ông": "Chủ tịch CLB, ông Bùi Đức Thịnh"
        head = starts_with_any(title, self._titles_tuple)
        words = title.split()
        if head and head not in self.lex.ADDRESS_TITLES and len(words) <= 6 and not chunk.strip().lower().startswith("theo") \
                and all(w[:1].isupper() or w.isupper() for w in chunk.split()[len(head.split()):]):
            return title
        return None

    def _epithet_before(self, before: str, title: str | None) -> str | None:
        """"Bà cụ", "Ông lão" right before a name: the title and a word that says more of the
        person, as the article may call them alone later."""
        words = before.split()
        if not title or len(words) < 2 or words[-2].lower() != title or title not in self.lex.ADDRESS_TITLES:
            return None
        epithet = f"{words[-2]} {words[-1]}"
        found = classify(epithet, self.lex)
        return epithet.lower() if found is not None and found.stype == "title" else None

    def add_person(self, name: str, title: str | None, gender: str | None, si: int, pos: int) -> str:
        full = self._fullest(name, si) if len(name.split()) <= 2 else name
        if full == name and title and len(name.split()) == 1:
            # "Ông Nikorn" after "Nikorn Saengthong"; "bà Ortega" after "đối thủ Camila Ortega"
            full = self._by_first_name(name) or self._written_full_name(name, si) or full
        p = self.people.setdefault(full, Person(full, gender))
        if gender and not p.gender:
            p.gender = gender
        if title:
            p.titles.add(title)
        p.positions.append((si, pos))
        self.mentions.append((si, pos, full, title))
        return full

    def _written_full_name(self, name: str, si: int) -> str | None:
        """"Bà Varga" after "Ứng cử viên đối lập Ilena Varga": the one capitalised run ending with it."""
        runs = {run for s_i, run in self._full_runs(name) if s_i <= si}
        return runs.pop() if len(runs) == 1 else None

    def _full_runs(self, name: str) -> list[tuple[int, str]]:
        """(sentence, full name) for every capitalised run of the article ending with `name`,
        read once per name (a long article asks for the same few names many times)."""
        if name not in self._runs_cache:
            found = []
            rx = re.compile(rf"((?:[{self.lex.UPPER}][\w'’-]+\s+){{1,3}}){re.escape(name)}(?![\w])")
            for s_i, sent in enumerate(self.s):
                for m in rx.finditer(sent.text):
                    if _ends_with_org_head(sent.text[:m.start()], self.lex):
                        continue  # "Công ty TNHH TechNova": a company's name, no one's full name
                    if is_cap(sent.text[m.end():].lstrip()[:1]) and not sent.text[m.end():m.end() + 1].strip():
                        continue  # "Ethiopia Tesfaye Mulugeta": the name goes on, "Tesfaye" is its first word
                    run = (m.group(1) + name).split()
                    while run and (run[0] in self.lex.PERSON_TITLES or run[0].lower() in self.lex.PERSON_TITLES
                                   or starts_with_any(run[0], self.lex.ORG_HEADS) or run[0] in self.lex.COUNTRY_NAMES):
                        run = run[1:]
                    if len(run) >= 2 and all((looks_foreign(t) and not t.isupper()) or t in self.lex.SURNAMES
                                             for t in run[:-1]):  # "TNHH", "CP": legal forms, no first names
                        found.append((s_i, " ".join(run)))
            self._runs_cache[name] = found
        return self._runs_cache[name]

    def _fullest(self, name: str, si: int | None = None) -> str:
        """"Qaani" -> "Esmail Qaani": the longest known name ending with (or containing) this one;
        of two people it could be ("Anh Bình" after "Vũ Ngọc Bình" and "Nguyễn Văn Bình"), the one
        named last before sentence `si`."""
        if name in self.nicknames:
            return self.nicknames[name]
        initials = self._by_initials(name) if re.fullmatch(r"[A-ZĐ]", name) else None
        if initials:
            return initials
        toks = name.split()
        # ("ông Bảy" after "... quen gọi “ông Bảy Thạnh”": a nickname's owner, ranked with the others)
        fits = [self.nicknames[n] for n in self.nicknames if len(toks) < len(n.split()) and contains_words(n.split(), toks)]
        fits += [full for full in (*self.people, *self.nicknames) if len(full.split()) > len(toks)
                and (full.split()[-len(toks):] == toks or (len(toks) >= 2 and contains_words(full.split(), toks))
                     or (len(toks) == 1 and full.split()[0] in self.lex.GIVEN_NAME_PREFIXES and full.split()[1] == toks[0]))]
        if not fits:
            return name
        fits = list(dict.fromkeys(self.nicknames.get(full, full) for full in fits))  # ("ông Bảy": "Bảy Thạnh", his nickname)
        if si is not None and len(fits) > 1:
            def last_before(full: str) -> int:
                return max((s for s, _ in self.people[full].positions if s <= si), default=-1)
            latest = max(fits, key=last_before)
            if last_before(latest) >= 0:
                return latest
        return max(fits, key=lambda full: len(full.split()))

    def _identified_just_before(self, si: int) -> str | None:
        """"... xác định chủ tài khoản là một nam thanh niên 27 tuổi ở xã X. Người này khai ...": the
        sentence before ends by saying who someone is, an unnamed person; "người này" is that one."""
        if si == 0:
            return None
        said = re.search(r"(?<!\w)là\s+(một\s+[^,;:.“”\"]+?)\s*[.!]?\s*$", self.s[si - 1].text)
        if said and names_in(self.s[si - 1].text[:said.start()], self.lex):
            return None  # "Ông Nguyễn Văn Hùng là một chuyên gia ...": what the named man is
        who = classify(said.group(1), self.lex) if said else None
        if who is None or who.stype != "anonymous" or re.match(r"một\s+nguồn", who.mention, re.I):
            return None
        return who.mention

    def known_name(self, mention: str) -> Candidate | None:
        """A bare given name ("Lành") or a nickname the article says someone is called by ("Út
        Lộc"), as the one person it names; None for any other capitalised words."""
        if mention in self.nicknames:
            full = self.nicknames[mention]
            person = self.people.get(full)
            return Candidate(full, mention, "person", gender=person.gender if person else None, named=True)
        words = mention.split()
        if self.birth_order_name(mention):
            # "Út Bình" after "anh Lê Văn Bình", "Ba Lành" after "Trần Văn Lành": a birth-order name
            # before the given name of the one person named so
            return self.known_given_name(words[1])
        return self.known_given_name(mention) if len(words) == 1 else None

    def birth_order_name(self, mention: str) -> bool:
        """A birth-order word before a given name ("Út Bình", "Ba Lành"), not two such words."""
        words = mention.split()
        return len(words) == 2 and words[0] in self.lex.BIRTH_ORDER_NAMES and words[1] not in self.lex.BIRTH_ORDER_NAMES

    def known_given_name(self, word: str) -> Candidate | None:
        """"Hùng cho rằng ...": a bare Vietnamese given name is a person once the article has named
        someone "... Hùng"; otherwise a capitalised word ("Trong", "Cùng") is no name at all. (Not a
        foreign first name: "Thủ tướng Kessland Johan Brekke" makes no one called "Kessland".)"""
        matches = {name for name in self.people if len(name.split()) >= 2 and name.split()[-1] == word}
        if len(matches) == 1:
            full = matches.pop()
            return Candidate(full, word, "person", gender=self.people[full].gender, named=True)
        return None
