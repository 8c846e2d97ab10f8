"""What an article remembers as it is read: the people named in it (with titles, roles, gender),
the sources credited so far, the organisations written out in full, and how a pronoun, a title,
a short name or "cơ quan này" resolves to one of them."""
from __future__ import annotations

import re
from typing import Sequence

from .. import lexicon
from .patterns import is_cap, patterns, starts_with_any
from .phrases import looks_foreign, names_in
from .bodies import BodyMemory
from .types import Attribution, Candidate, Person, SentenceIn


PRONOUN_REACH = 3  # sentences back a pronoun looks for the person it means


def _ends_with_org_head(before: str, lex) -> bool:
    """Whether the text before a capitalised run ends with an organisation's head ("Công ty",
    "Tập đoàn"), so the run is that organisation's name."""
    words = before.split()[-3:]
    return any(starts_with_any(" ".join(words[i:]), lex.ORG_HEADS) == " ".join(words[i:])
               for i in range(len(words)))


def _contains(words: list[str], part: list[str]) -> bool:
    """Whether `part` runs word for word inside `words` ("Văn An" is in "Nguyễn Văn An", not in
    "Trần Văn Anh")."""
    return any(words[k:k + len(part)] == part for k in range(len(words) - len(part) + 1))


class ArticleMemory(BodyMemory):
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
        self._runs_cache: dict[str, list[tuple[int, str]]] = {}
        self._titles_lower = {t.lower() for t in self.lex.PERSON_TITLES}
        self._scan_people()
        self._scan_given_names()

    # ---------------------------------------------------------------- people
    def _scan_people(self) -> None:
        for si, sent in enumerate(self.s):
            text = sent.text
            chained: str | None = None  # a title the comma before this chunk ends: "Tổng Bí thư, Chủ tịch nước X"
            for m in re.finditer(r"[^,;:()“”\"]+", text):
                found = names_in(m.group(0), self.lex)
                for name, title, gender in found:
                    if len(name.split()) == 1 and title is None:
                        continue
                    at = m.start() + max(0, m.group(0).find(name))
                    full = self.add_person(name, title, gender, si, at)
                    if chained and title and title not in self.lex.ADDRESS_TITLES \
                            and m.group(0).lstrip().lower().startswith(title):
                        self.people[full].titles.add(chained)  # both offices of a title chain are the person's
                        chained = None
                    # an apposition after the name records the person's role
                    after = text[m.end():m.end() + 120]
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

    def _trailing_title(self, chunk: str) -> str | None:
        """The office title a comma-ended chunk is ("Tổng Bí thư", "theo Tổng Bí thư" -> "tổng bí
        thư"); not one the chunk merely ends with ("Sau khi gặp Thủ tướng") nor an address title."""
        title = re.sub(r"^theo\s+", "", chunk.strip().lower())
        return title if title in self._titles_lower and title not in self.lex.ADDRESS_TITLES else None

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
        toks = name.split()
        fits = [full for full in self.people if len(full.split()) > len(toks)
                and (full.split()[-len(toks):] == toks or (len(toks) >= 2 and _contains(full.split(), toks)))]
        if not fits:
            return name
        if si is not None and len(fits) > 1:
            def last_before(full: str) -> int:
                return max((s for s, _ in self.people[full].positions if s <= si), default=-1)
            latest = max(fits, key=last_before)
            if last_before(latest) >= 0:
                return latest
        return max(fits, key=lambda full: len(full.split()))

    def _gender_fits(self, phrase: str, gender: str | None) -> bool:
        """"Ông" cannot mean "một phụ nữ bán rau"."""
        words = [w for w in phrase.split() if w.islower()]  # "chợ Nam Định" says nothing of a man
        said = {g for w, g in self.lex.GENDERED_NOUNS.items() if _contains(words, w.split())}
        return gender is None or not said or gender in said

    def _unnamed_one(self, si: int, gender: str | None = None) -> tuple[str, str] | None:
        """"bà nói" when no one is named within reach but one unnamed person spoke just before
        ("Một bị hại ngồi ở hàng ghế cuối cho biết ..."): that person, still unnamed."""
        for s_i, att in reversed(self.sources):
            if s_i >= si:
                continue
            if s_i < si - PRONOUN_REACH:
                break
            if att.source_type == "anonymous" and att.mention and att.mention.lower().startswith("một ") \
                    and not self._plural(att.mention) and self._gender_fits(att.mention, gender):
                return att.source, "anonymous"
            return None  # the last speaker is someone else
        return None

    def _by_first_name(self, name: str) -> str | None:
        """A foreign person called by the first word of their name, as Thai names are ("ông
        Prasert" after "Prasert Wongsuwan"): the one known foreign name that starts with it."""
        firsts = [full for full in self.people if len(full.split()) > 1 and full.split()[0] == name]
        if not looks_foreign(name):
            # "ông Lâm" after "Lâm Hải Phong": a Chinese name, called by its family name, when no
            # one known is called Lâm by their given name
            if any(full.split()[-1] == name for full in self.people if len(full.split()) > 1):
                return None
            firsts = [f for f in firsts if not set(f.split()[1:-1]) & self.lex.VIETNAMESE_MIDDLE_NAMES]
            return firsts[0] if len(firsts) == 1 else None
        firsts = [full for full in firsts if all(looks_foreign(t) for t in full.split())]
        return firsts[0] if len(firsts) == 1 else None

    def _resolve_pronoun(self, cand: Candidate, si: int) -> str | None:
        title = (cand.title or "").lower()
        # "Ông nói" points back to someone named or credited a few sentences before, not to the
        # last man named anywhere earlier (out of fold on the treebank such far credits were right
        # 1 time in 19)
        recent = {att.source for s_i, att in self.sources if si - PRONOUN_REACH <= s_i < si}
        last = max(((s_i, att) for s_i, att in self.sources if s_i < si), key=lambda x: x[0], default=None)
        if last is not None and not any(last[0] < m[0] < si and m[2] != last[1].source for m in self.mentions):
            recent.add(last[1].source)  # the last speaker, with no one named since (a long quote in between)
        prior = [m for m in self.mentions if (si - PRONOUN_REACH <= m[0] < si or (m[0] < si and m[2] in recent))
                 and not any(c.isdigit() for c in m[2])]  # "Cựu thị trưởng 58 tuổi", left unresolved, is no one to point to
        if not prior:
            # someone named before the pronoun in its own sentence, never the object after it
            # ("Ông cho biết anh Trần Văn Bình ...": not Bình)
            at = re.search(rf"(?<!\w){re.escape(cand.mention)}(?!\w)", self.s[si].text, re.I) if cand.mention else None
            prior = [m for m in self.mentions if m[0] == si and at is not None and m[1] < at.start()]
        for s_i, _, name, t in reversed(prior):
            if t and t == title:
                return name
        for s_i, _, name, t in reversed(prior):
            g = self.people[name].gender
            if cand.gender is None or g is None or g == cand.gender:
                return name
        return None

    def _resolve_title(self, title_phrase: str, si: int) -> str | None:
        """"Bộ trưởng", "Phó Hiệu trưởng Trường THPT Yên Mỹ": the person last given that title or role."""
        key = re.sub(r"^(?:vị|ông|bà|anh|chị|cô|nữ|nam)\s+", "", title_phrase.lower().strip())  # "ông giám đốc", "nữ ca sĩ"
        key = re.sub(r"\s+(?:này|đó|nói trên)$", "", key)  # "bị cáo này": the defendant just named
        key = self.lex.TITLE_ABBREVIATIONS.get(key, key)
        first = " ".join(key.split()[:3])
        best = ahead_best = None
        headline = self.s[si].kind == "headline"
        reach = 6 if headline else 2  # a headline's "Thứ trưởng Bộ Công Thương" is named in the body's lead
        for name, p in self.people.items():
            # a bare "bà" / "ông" says nothing of which woman or man "bà vợ" is
            hit = any(self.lex.TITLE_ABBREVIATIONS.get(t) == key  # "BS X" ... "nữ bác sĩ"
                      or t == key or (key.startswith(t) and t not in self.lex.ADDRESS_TITLES) or t.startswith(first)
                      or re.sub(r"^(?:nữ|nam)\s+", "", t) == key for t in p.titles) or any(set(key.split()) <= set(r.split()) for r in p.roles) or any(
                r.startswith(key) or key.startswith(r[: max(len(r), 8)]) or first in r for r in p.roles)
            if hit and any(s <= si for s, _ in p.positions):
                last = max(s for s, _ in p.positions if s <= si)
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

    def _resolve_anaphor(self, cand: Candidate, si: int) -> tuple[str, str] | None:
        """"nguồn tin này", "cơ quan này": the latest earlier source of that kind, preferring one
        whose own words contain the head ("nguồn tin" -> "một nguồn tin giấu tên")."""
        head = cand.name.lower()
        # relays count: "Tuần báo X dẫn một nguồn tin ..." names the weekly "tuần báo Đức" means later
        earlier = [att for s_i, att in sorted(self.sources + self.relays, key=lambda x: -x[0]) if s_i < si]
        for att in earlier:
            if head in att.mention.lower() or head in att.source.lower():
                owner = self._document_owner(att) if cand.title == "organization" else None
                return owner or (att.source, att.source_type)
        if cand.title == "anonymous" and re.match(r"(?:nhà\s|người\s\S+$|.*\sgia$)", head):
            # "Nhà khoa học này", "người mẹ này": the one given that role, else the person just
            # credited, as a pronoun would mean ("TS X, Viện Y, đánh giá ... Nhà khoa học này cũng lưu ý ...")
            named = self._resolve_title(head, si) or self._resolve_pronoun(cand, si)
            if named:
                return named, "person"
        kinds = {"anonymous": ("anonymous",), "organization": ("organization",), "media": ("media",),
                 "document": ("document",)}[cand.title or "organization"]
        for att in earlier:
            if att.source_type in kinds:
                return att.source, att.source_type
            owner = self._document_owner(att) if cand.title == "organization" else None
            if owner:
                return owner  # "Cơ quan này" after "Theo báo cáo của Viện X": the institute
        if cand.title == "organization":
            named = self._org_named_before(head, si)
            if named:
                return named, "organization"
        for s_i in range(si - 1, max(-1, si - 4), -1):
            # "tài khoản này" after "chủ tài khoản TikTok “Mẹ Phú Hòa”": the one named with that head
            m = re.search(rf"(?<!\w){re.escape(head)}\s+(?:[\w]+\s+)?(?:“[^”]+”|\"[^\"]+\")", self.s[s_i].text, re.I)
            if m:
                return m.group(0), cand.title or "organization"
        return cand.mention, cand.title or "organization"  # unresolved: "cơ quan này" as written

    def resolve(self, cand: Candidate, si: int) -> tuple[str, str] | None:
        """Resolve a candidate to (source name, source type), or None if it stays unknown."""
        if cand.stype == "pronoun":
            if cand.title in self.lex.PLURAL_PRONOUNS:
                for s_i, att in reversed(self.sources):
                    if s_i < si and att.source_type in ("organization", "anonymous"):
                        return att.source, att.source_type
                return None
            if cand.title in ("vị này", "người này"):
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
            name = self._resolve_pronoun(cand, si)
            if not name:
                return self._unnamed_one(si, cand.gender)
            # "Bà cho biết" after "Chủ quán, một phụ nữ ... xin giấu tên, nói": still unnamed
            credited = next((att.source_type for s_i, att in reversed(self.sources) if s_i < si and att.source == name), None)
            return name, "anonymous" if credited == "anonymous" else "person"
        owned = self._owned_document(cand, si)
        if owned is not None:
            return owned, "document"
        if cand.stype == "anaphor":
            return self._resolve_anaphor(cand, si)
        if cand.stype == "title" and cand.mention.lower().startswith("vị ") and self._spokesperson(cand.name):
            # "vị đại diện nói" after "Một đại diện Công ty X ... giải thích": the one just credited
            for s_i, att in reversed(self.sources):
                if si - PRONOUN_REACH <= s_i < si and self._spokesperson(att.mention):
                    return att.source, att.source_type
        if cand.stype == "title":
            name = self._resolve_title(cand.name, si)
            if name is None and (cand.mention.lower().startswith(("vị ", "nữ ")) and re.sub(r"^nữ\s+", "", cand.name.lower())
                                 in self.lex.VI_POINTS_BACK or re.search(r"\s(?:này|nói trên)$", cand.mention.lower())):
                # "vị chuyên gia" after "PGS.TS Lý Thanh Hải, giảng viên ...": "the said expert" is
                # the person just credited, as a pronoun would be, whatever title the lead gave; so is
                # "bị cáo này" ("this defendant") after "kháng cáo của Lâm Quốc Thịnh, 47 tuổi"
                name = self._resolve_pronoun(cand, si)
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
            return cand.name, "organization"
        if cand.stype == "organization":
            if cand.named and cand.name in self.people and self.people[cand.name].titles:
                return cand.name, "person"  # "Vy Anh lên tiếng" after "nữ ca sĩ Vy Anh": a person without a family name
            full = self._fullest(cand.name, si) if cand.named and len(cand.name.split()) >= 2 else cand.name
            if full != cand.name and full.split()[-len(cand.name.split()):] == cand.name.split():
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

    def _spokesperson(self, mention: str | None) -> bool:
        """"Đại diện Cảng ...", "Một người phát ngôn của ...": someone speaking for a body."""
        bare = re.sub(r"^(?:một|vị)\s+", "", (mention or "").strip(), flags=re.I)
        return bool(starts_with_any(bare, self.lex.SPOKESPERSON_HEADS))

    def _plural(self, mention: str) -> bool:
        """A group ("Các điều tra viên", "Hai anh chủ quán", "Hơn 60 hộ dân"), which a singular
        "người này" cannot point back to."""
        low = mention.lower()
        return any(low.startswith(w + " ") for w in self.lex.PLURAL_MARKERS) or bool(re.match(r"\d", low)) \
            or low in self.lex.PLURAL_PRONOUNS

    def known_given_name(self, word: str) -> Candidate | None:
        """"Hùng cho rằng ...": a bare Vietnamese given name is a person once the article has named
        someone "... Hùng"; otherwise a capitalised word ("Trong", "Cùng") is no name at all."""
        matches = {name for name in self.people if len(name.split()) >= 2 and name.split()[-1] == word}
        if len(matches) == 1:
            full = matches.pop()
            return Candidate(full, word, "person", gender=self.people[full].gender, named=True)
        return None
