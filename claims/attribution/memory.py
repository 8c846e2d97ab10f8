"""What an article remembers as it is read: the people named in it (with titles, roles, gender),
the sources credited so far, the organisations written out in full (`bodies`), and how a
candidate resolves to one of them (`resolve`; pronouns, titles and anaphors in `references`)."""
from __future__ import annotations

import re
from typing import Sequence

from .. import lexicon
from .patterns import is_cap, patterns, starts_with_any
from .names import looks_foreign, names_in
from .phrases import classify
from .bodies import BodyMemory
from .leaders import head_of
from .references import PRONOUN_REACH, ReferenceMemory, contains_words
from .types import Attribution, Candidate, Person, SentenceIn


def _ends_with_org_head(before: str, lex) -> bool:
    """Whether the text before a capitalised run ends with an organisation's head ("Công ty",
    "Tập đoàn"), so the run is that organisation's name."""
    words = before.split()[-3:]
    return any(starts_with_any(" ".join(words[i:]), lex.ORG_HEADS) == " ".join(words[i:])
               for i in range(len(words)))


class ArticleMemory(ReferenceMemory, BodyMemory):
    def __init__(self, sentences: Sequence[SentenceIn], lang: str):
        self.s = sentences
        self.lang = lang
        self.lex = lexicon.get(lang)
        self.rx = patterns(lang)
        self.people: dict[str, Person] = {}
        self.mentions: list[tuple[int, int, str, str | None]] = []  # (sent, pos, name, title)
        self.sources: list[tuple[int, Attribution]] = []  # (sentence, speaker credited there)
        self.relays: list[tuple[int, Attribution]] = []  # (sentence, outlet or body that relayed a speaker)
        self._si: int | None = None
        self._org_cache: dict[int, list[str]] = {}
        self._alias_cache: dict[tuple[str, int], str | None] = {}
        self._bracket_index: dict[str, list[tuple[int, int]]] | None = None
        self._runs_cache: dict[str, list[tuple[int, str]]] = {}
        self.nicknames: dict[str, str] = {}  # a name the article says someone is called by -> their name
        self._titles_lower = {t.lower() for t in self.lex.PERSON_TITLES}
        self._heads_lower = {h.lower() for h in self.lex.ORG_HEADS}  # built once: `_owned_document` asks per mention
        self._titles_tuple = tuple(sorted(self._titles_lower))  # built once: `_trailing_title` asks per chunk
        self._scan_people()
        self._scan_given_names()

    # ---------------------------------------------------------------- people
    def _scan_people(self) -> None:
        for si, sent in enumerate(self.s):
            text = sent.text
            chained: str | None = None  # a title the comma before this chunk ends: "Tổng Bí thư, Chủ tịch nước X"
            named_here: str | None = None  # the last person this sentence named
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
                    if after.startswith(",") or after.startswith(" -"):
                        role = re.split(r"[,;:]| - ", after.lstrip(", -"), maxsplit=1)[0]
                        self.people[full].roles.append(role.lower())
                chained = None if found else self._trailing_title(m.group(0)) if text[m.end():m.end() + 1] == "," else None

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

    def _person_of_age(self, mention: str, si: int) -> str | None:
        """The one person named before with the age an unnamed description gives ("người đàn bà 62
        tuổi", "chàng trai 24 tuổi"): the age set beside their name (", 62 tuổi", "(62 tuổi)") is
        what the description points back to. None when no one, or more than one, has that age."""
        m = re.search(r"(?<!\w)(\d{1,3})\s+tuổi$", mention.strip())
        if m is None or re.match(r"(?i)(?:một|các|những|hai|ba|nhiều)\s", mention.strip()):
            return None  # ("một người đàn ông 38 tuổi": someone new)
        # only a description by sex ("người đàn ông", "chàng trai", "người phụ nữ"), never by role
        # ("Nghi phạm 38 tuổi", "Tài xế 25 tuổi": the other side of the story, however old)
        described = re.sub(r"^người\s+", "", mention.strip()[:m.start()].strip().lower())
        sex = next((g for noun, g in self.lex.GENDERED_NOUNS.items()
                    if described == noun or described.startswith(noun + " ") and len(described.split()) <= 3), None)
        if sex is None:
            return None
        age = re.compile(rf"^[^\S\n]*[,(][^\S\n]*{m.group(1)}[^\S\n]+tuổi(?!\w)")
        found = {p.name for p in self.people.values()
                 for s_i, pos in p.positions if s_i < si
                 for k in [self.s[s_i].text.find(p.name.split()[-1], pos)] if k >= 0
                 and age.match(self.s[s_i].text[k + len(p.name.split()[-1]):])}
        if len(found) != 1:
            return None
        name = found.pop()
        words = name.split()
        # (a middle name says it surest: "Văn", "Thị"; a title may belong to someone else nearby)
        known = (self.lex.MIDDLE_NAME_GENDER.get(words[1]) if len(words) >= 3 else None) or self.people[name].gender
        return name if known in (None, sex) else None  # ("người phụ nữ 62 tuổi" is no "ông Tám, 62 tuổi")

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

    def resolve(self, cand: Candidate, si: int) -> tuple[str, str] | None:
        """Resolve a candidate to (source name, source type), or None if it stays unknown."""
        if cand.stype in ("anonymous", "epithet", "title"):
            aged = self._person_of_age(cand.mention, si)
            if aged is not None:
                return aged, "person"  # "người đàn ông 38 tuổi" after "anh Trần Văn Cường, 38 tuổi"
        if cand.stype in ("organization", "media") and cand.mention.endswith(f"({cand.name})") \
                and starts_with_any(cand.mention, self.lex.ORG_HEADS + self.lex.MEDIA_HEADS):
            # "Văn phòng Điều phối ... của Liên Hợp Quốc (OCHA)": the name is written out right here
            return cand.mention, cand.stype
        if cand.stype in ("organization", "document", "media", "single") and cand.mention.strip() == cand.name \
                and len(cand.name.split()) == 1 and cand.name[:1].isupper():
            # "Thư cho biết", "Trường cho biết" after "Chị Nguyễn Anh Thư", "Anh Phạm Văn Trường": the
            # person the article named so, not a letter or a school
            person = self.known_given_name(cand.name)
            named_body = re.compile(rf"(?<!\w){re.escape(cand.name)}\s+[{self.lex.UPPER}]")
            if person is not None and not any(named_body.search(self.s[k].text) for k in range(si)):
                return person.name, "person"  # ("Trường cho biết" after "Trường THCS Nguyễn Du": the school)
        if cand.stype in ("organization", "person", "single", "media"):
            aliased = self.bracket_alias(cand.name, si)
            if aliased is not None:
                return aliased, "media" if cand.stype == "media" else "organization"
        if cand.stype == "pronoun":
            if cand.title in self.lex.PLURAL_PRONOUNS:
                for s_i, att in reversed(self.sources):
                    if s_i < si and att.source_type in ("organization", "anonymous"):
                        return att.source, att.source_type
                return None
            if cand.title in ("vị này", "người này"):
                identified = self._identified_just_before(si)
                if identified is not None:
                    return identified, "anonymous"
                # "this person": the last person-like source, named or not ("một lãnh đạo xã"), or
                # the unnamed spokesperson credited as their body ("Đại diện cảng ... cho biết")
                for s_i, att in reversed(self.sources):
                    if s_i >= si or self._plural(att.mention):
                        continue
                    if att.source_type == "organization" and self._spokesperson(att.mention):
                        if any(s_i <= m[0] < si for m in self.mentions):
                            # someone named since the spokesperson spoke ("Đại diện Công an cho biết
                            # đã bắt Nguyễn Văn B ... người này khai"): whom the pronoun means
                            break
                        return att.source, att.source_type
                    if att.source_type in ("person", "anonymous"):
                        return att.source, att.source_type
            unnamed = self._unnamed_one(si, cand.gender)
            last = max((s_i for s_i, _ in self.sources if s_i < si), default=None)
            name = self._resolve_pronoun(cand, si)
            named_fits = name is not None and cand.gender is not None and self.people[name].gender == cand.gender
            # ("Chị này": "this woman", the one who just spoke, though a woman was named before her)
            pointing = bool(cand.mention) and cand.mention.lower().endswith(" này") and last is not None \
                and self._said_of_self_fits(last, cand.gender)
            said_by_last = " ".join(att.mention or "" for s_i, att in self.sources if s_i == last)
            if unnamed is not None and (not named_fits or pointing) and not any(
                    last <= m[0] < si and not (m[0] == last and m[2] in said_by_last) for m in self.mentions):
                # (a name inside the unnamed speaker's own description, "Một nữ sinh ngành Logistics", is no one else)
                # "Theo chị, ..." right after "một phụ huynh ..., đề nghị không nêu tên, cho biết ...",
                # with no one named since: the unnamed speaker, not someone named before whose sex
                # the pronoun does not confirm ("Theo ông" still means "ông Trần Văn Nam")
                return unnamed
            if not name:
                story = self._headline_person(cand, si) if unnamed is None else None
                return unnamed or ((story, "person") if story else None)
            # "Bà cho biết" after "Chủ quán, một phụ nữ ... xin giấu tên, nói": still unnamed
            credited = next((att.source_type for s_i, att in reversed(self.sources) if s_i < si and att.source == name), None)
            return name, "anonymous" if credited == "anonymous" else "person"
        owned = self._owned_document(cand, si)
        if owned is not None:
            return owned, "document"
        if cand.stype == "anaphor":
            return self._resolve_anaphor(cand, si)
        bare_spokesperson = cand.mention.strip().lower() in {h.lower() for h in self.lex.SPOKESPERSON_HEADS}
        if cand.mention.lower().startswith("vị ") and self._spokesperson(cand.mention[3:]) or bare_spokesperson:
            # ("Theo người phát ngôn, ..." after "người phát ngôn Cục Hải quan cho biết": the same one)
            # "vị đại diện nói" after "Một đại diện Công ty X ... giải thích", "vị đại diện WHO" after
            # "bà Karin Lindqvist, đại diện WHO, ...": the one just credited as such
            body = re.sub(rf"^(?:{'|'.join(map(re.escape, self.lex.SPOKESPERSON_HEADS))})\s*", "",
                          (cand.mention if bare_spokesperson else cand.mention[3:]).strip(), flags=re.I)
            body = re.sub(r"^(?:này|đó|nói trên|trên)$", "", body)  # "Vị đại diện này": the one just credited
            for s_i, att in reversed(self.sources):
                person = self.people.get(att.source) if att.source_type == "person" else None
                said = " ".join([att.mention or ""] + (list(person.roles) if person else [])).lower()
                if body and body.lower() not in said:
                    continue  # "vị đại diện UNICEF" is not WHO's representative
                if si - PRONOUN_REACH <= s_i < si and (self._spokesperson(att.mention) or person is not None and any(
                        self._spokesperson(r) for r in person.roles)):
                    return att.source, att.source_type
        if cand.stype == "title":
            # "cầu thủ này kể", "vị lãnh đạo nói": the unnamed one just credited in that role
            if re.search(r"\s(?:này|nói trên)$", cand.mention.lower()) or cand.mention.lower().startswith("vị "):
                recent = self._last_described_as(cand.name, si)
                if recent is not None:
                    return recent  # (after "Một cầu thủ trụ cột khác ... cho rằng", "Lãnh đạo Chi cục X khẳng định")
            name = self._resolve_title(cand.name, si)
            vi = cand.mention.lower().startswith("vị ")
            role = re.sub(r"\s+\d+\s+tuổi$", "", cand.name.lower())  # ("Vị chiến lược gia 56 tuổi")
            if name is None and (vi and role in self.lex.VI_POINTS_BACK or cand.mention.lower().startswith("nữ ")
                                 and re.sub(r"^nữ\s+", "", cand.name.lower()) in self.lex.VI_POINTS_BACK
                                 or re.search(r"\s(?:này|nói trên)$", cand.mention.lower())):
                # "vị chuyên gia", "Vị chiến lược gia 56 tuổi" after "HLV X": the person just
                # credited, as a pronoun would be, whatever title the lead gave (an official, not a
                # resident called "anh"); so is "bị cáo này" ("this defendant") after "kháng cáo
                # của Lâm Quốc Thịnh, 47 tuổi"
                name = self._resolve_pronoun(cand, si)
                person = self.people.get(name) if name else None
                if person is not None and vi and not self._official(person):
                    name = None
            elif name is None and vi:
                # "Vị lãnh đạo chi cục" after "Phó chi cục trưởng Chi cục X": the one just credited
                # whose office shares its words ("vị thuyền trưởng", "vị khách" are someone else)
                # (the latest such official within reach, past anyone else named since: "V. khai ...
                # Lời khai này không khớp ..., vị chỉ huy công an quận nói")
                # (an office is specific: it reaches twice as far back as a pronoun)
                name = next((m[2] for m in reversed(self.mentions) if si - 2 * PRONOUN_REACH <= m[0] < si
                             and self._official(self.people[m[2]]) and self._shares_office(cand.name, self.people[m[2]])),
                            None)
            if name:
                return name, "person"
            words = cand.mention.split()
            if len(words) >= 2 and words[0].lower() in self.lex.ADDRESS_TITLES and words[1][:1].islower():
                return cand.mention, "anonymous"  # "anh tiếp viên", "chị bán hàng": a person left unnamed
            title = starts_with_any(cand.mention, self.lex.PERSON_TITLES) or words[0]
            office = cand.mention[len(title):].split()
            if len(words) >= 3 and (words[1].lower() in self.lex.OFFICE_WORDS or office and (
                    office[0].lower() in self.lex.OFFICE_WORDS or office[0][:1].isupper())) and any(
                    w[:1].isupper() or w[:1].isdigit() for w in words[2:]):
                return cand.mention, "person"  # "Giám đốc Sở Y tế tỉnh X": one person, known by the office
            return None
        if cand.stype == "epithet":
            # "Chiến lược gia người Hàn Quốc cho rằng ...": the person given that role; else, when the
            # description says where they come from or that she is a woman (what only fits someone
            # introduced), the one last credited or named nearby, as a pronoun would mean. "Tài xế 40
            # tuổi" given no such role is someone new and unnamed.
            name = self._resolve_title(cand.name, si)
            descriptive = re.match(r"(?:nhà\s|cựu\s|.*\sgia$)", cand.name)  # "chiến lược gia", "nhà cầm quân", "cựu thị trưởng"
            if name is None and (cand.gender or descriptive or re.search(r"\s(?:người|gốc)\s", cand.mention)):
                name = self._resolve_pronoun(cand, si)
            return (name, "person") if name else (cand.mention, "anonymous")
        if cand.stype == "person":
            full = self._fullest(cand.name, si)
            if full == cand.name and len(cand.name.split()) == 1:
                full = self._written_full_name(cand.name, si) or (cand.title and self._by_first_name(cand.name)) or full
            return full, "person"
        if cand.stype == "anonymous" and cand.mention.lower() in self.lex.PERSON_TITLES:
            # "Theo bác sĩ, ..." right after "bác sĩ Thương nói ...": her, not doctors at large
            named = self._resolve_title(cand.mention, si)
            if named and any(att.source == named for s_i, att in self.sources if si - PRONOUN_REACH <= s_i < si):
                return named, "person"
        if cand.stype == "anonymous":
            leader = head_of(self, cand.mention, si)
            if leader is not None:
                return leader  # "Người đứng đầu bệnh viện" after "..., Giám đốc Bệnh viện X"
            speaker = self._epithet_of_last_speaker(cand.mention, si)
            if speaker is not None:
                return speaker
            group = re.fullmatch(r"(?:các|những)\s+(.+)", cand.mention, flags=re.I)
            if group:  # "các hộ dân" after "Hơn 60 hộ dân ở thôn Đồng Cừ": the group named before
                for s_i, att in reversed(self.sources):
                    # only a counted group ("Hơn 60 hộ dân"); "các nguồn tin" are not "một nguồn tin"
                    if s_i < si and att.source_type == "anonymous" and group.group(1).lower() in att.source.lower() \
                            and re.match(r"(?:(?:hơn|gần|khoảng|trên)\s+)?\d", att.source, flags=re.I):
                        return att.source, "anonymous"
        if cand.stype == "single":
            full = self._fullest(cand.name, si)
            if full != cand.name:
                return full, "person"
            return self.fuller_org_name(cand.name, si) or cand.name, "organization"
        if cand.stype == "organization":
            if cand.named and cand.name in self.people and self.people[cand.name].titles:
                return cand.name, "person"  # "Vy Anh lên tiếng" after "nữ ca sĩ Vy Anh": a person without a family name
            full = self._fullest(cand.name, si) if cand.named and len(cand.name.split()) >= 2 else cand.name
            if full != cand.name and full.split()[-len(cand.name.split()):] == cand.name.split() \
                    and not starts_with_any(cand.name, self.lex.ORG_HEADS):  # "Công an tỉnh X" ends an officer's title, it is no name
                return full, "person"  # "Hữu Khoa viết" after "Tiền vệ Lê Hữu Khoa": his name without the family name
            return self._resolve_org(cand, si), "organization"
        bare = cand.mention[:1].lower() + cand.mention[1:]
        if cand.stype == "document" and bare.islower() and len(cand.mention.split()) <= 2:
            head = bare.lower()
            for s_i, att in reversed(self.sources):
                earlier = self.s[s_i].text.lower()
                # "thông báo nói thêm" after "NASA cho biết trong một thông báo" / "CLB X ra thông cáo"
                if si - 3 <= s_i < si and att.source_type != "document" and re.search(
                        rf"\b(?:trong|ra|phát đi|công bố|gửi) (?:một |bản )?{re.escape(head)}\b", earlier):
                    return att.source, att.source_type
                # "Kết luận cũng chỉ ra" after "Theo kết luận thanh tra của X": the same document
                if s_i < si and att.source_type == "document" and att.source.lower().startswith(head):
                    return att.source, att.source_type
        return cand.name, cand.stype

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

    def _last_described_as(self, role: str, si: int) -> tuple[str, str] | None:
        """"X này" points back at the nearest source credited in the sentences just before whose
        mention has that role noun, named or not; None when that source was someone else."""
        # (the role heads the mention: "Luật sư của bị cáo" is no "bị cáo này")
        rx = re.compile(rf"^(?:(?:một|các|những|hai|ba|vài)\s+)?{re.escape(role.lower())}(?!\w)")
        for s_i, att in reversed(self.sources):
            if s_i >= si:
                continue
            if si - s_i > PRONOUN_REACH:
                return None
            if att.mention and rx.search(att.mention.lower()):
                return (att.source, att.source_type) if att.source_type == "anonymous" else None
            return None  # the last speaker was someone else: the titled people the article named decide
        return None

    def _epithet_of_last_speaker(self, mention: str, si: int) -> tuple[str, str] | None:
        """"..., người mẹ nói" right after "Bà Nguyễn Thị Sáu, mẹ chị Duyên, kể lại ...": a role or
        kin word after "người" / "vị", with no quantifier and no name, is the person credited in the
        two sentences before when the article described them with that word, no one else was named
        since and the sex fits; "người dân", "người nhà" (groups) never are."""
        m = re.fullmatch(r"(?:người|vị)\s+(\S+(?:\s+\S+){0,2})", mention.strip(), flags=re.I)
        if m is None or any(w[:1].isupper() for w in m.group(1).split()):
            return None
        noun = m.group(1).lower()
        # (kin, "người mẹ"; not a bare sex, "người đàn ông", which as often brings in someone new)
        gender = self.lex.PERSON_NOUN_GENDER.get(noun.split()[0])
        if not (gender or starts_with_any(noun, self.lex.PERSON_TITLES)):
            return None
        last = next(((s_i, att) for s_i, att in reversed(self.sources) if s_i < si), None)
        if last is not None and si - last[0] <= 2 and last[1].source_type == "anonymous" \
                and re.match(rf"{re.escape(noun.split()[0])}\s+của\s", last[1].source, flags=re.I):
            return last[1].source, "anonymous"  # "..., người mẹ nghẹn ngào" after "Mẹ của nạn nhân X kể"
        if last is None or si - last[0] > 2 or last[1].source_type != "person":
            return None
        if any(last[0] < m_[0] <= si and m_[2] != last[1].source for m_ in self.mentions):
            return None  # someone else named since
        person = self.people.get(last[1].source)
        if gender and person is not None and person.gender and person.gender != gender:
            return None
        # the article called them so ("Bà X, mẹ chị Duyên"): a doctor is no "người mẹ", a passenger
        # no "người tài xế"
        said = " ".join([last[1].mention or ""] + (list(person.roles) + list(person.titles) if person else [])).lower()
        return (last[1].source, "person") if re.search(rf"(?<!\w){re.escape(noun.split()[0])}(?!\w)", said) else None

    def known_given_name(self, word: str) -> Candidate | None:
        """"Hùng cho rằng ...": a bare Vietnamese given name is a person once the article has named
        someone "... Hùng"; otherwise a capitalised word ("Trong", "Cùng") is no name at all. (Not a
        foreign first name: "Thủ tướng Kessland Johan Brekke" makes no one called "Kessland".)"""
        matches = {name for name in self.people if len(name.split()) >= 2 and name.split()[-1] == word}
        if len(matches) == 1:
            full = matches.pop()
            return Candidate(full, word, "person", gender=self.people[full].gender, named=True)
        return None
