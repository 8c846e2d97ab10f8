"""What an article remembers as it is read: the people named in it (`people`), the sources
credited so far, the organisations written out in full (`bodies`), and how a candidate resolves to
one of them (`resolve`; pronouns, titles and anaphors in `references`)."""
from __future__ import annotations

import re
from typing import Sequence

from .. import lexicon
from .patterns import heads_one_of_some, patterns, starts_with_any
from .bare_epithets import BareEpithetMemory
from .bodies import BodyMemory
from .short_names import ShortNameMemory
from .descriptions import DescriptionMemory
from .epithets import EpithetMemory
from .leaders import head_of
from .nicknames import NicknameIndex
from .people import PeopleIndex
from .references import PRONOUN_REACH, ReferenceMemory
from .role_epithets import RoleEpithetMemory
from .title_memory import TitleMemory
from .types import Attribution, Candidate, Person, SentenceIn


class ArticleMemory(PeopleIndex, RoleEpithetMemory, DescriptionMemory, BareEpithetMemory, NicknameIndex, ReferenceMemory,
                    TitleMemory, EpithetMemory, BodyMemory, ShortNameMemory):
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

    def resolve(self, cand: Candidate, si: int) -> tuple[str, str] | None:
        """Resolve a candidate to (source name, source type), or None if it stays unknown."""
        if cand.stype == "title" and heads_one_of_some(cand.mention):
            # "Giám đốc một công ty may ở Long An": the head of some firm, an unnamed official
            return cand.mention, "anonymous"
        if cand.stype in ("anonymous", "epithet", "title"):
            aged = self._person_of_age(cand.mention, si) or self._person_described(cand.mention, si)
            gesture = re.match(r"(.*?\d{1,3}\s+tuổi)\s+[^\W\d]", cand.mention.strip())
            if aged is None and gesture and self.s[si].text.rstrip().endswith(":"):
                # a line leading into speech: "Người phụ nữ 30 tuổi im lặng một lúc, ... rồi nói:"
                # is the description, then what she did before speaking
                aged = self._person_of_age(gesture.group(1), si) or self._person_described(gesture.group(1), si)
            if aged is not None:
                return aged, "person"  # "người đàn ông 38 tuổi" after "anh Trần Văn Cường, 38 tuổi"
        if cand.stype in ("organization", "media") and cand.mention.endswith(f"({cand.name})") \
                and starts_with_any(cand.mention, self.lex.ORG_HEADS + self.lex.MEDIA_HEADS):
            # "Văn phòng Điều phối ... của Liên Hợp Quốc (OCHA)": the name is written out right here
            return cand.mention, cand.stype
        birth_order = self.birth_order_name(cand.name)
        if (cand.stype in ("organization", "document", "media", "single") or (cand.stype == "person" and birth_order)) \
                and cand.mention.strip() == cand.name and (len(cand.name.split()) == 1 or birth_order or cand.name in self.nicknames) \
                and cand.name[:1].isupper():
            # "Thư cho biết", "Trường cho biết" after "Chị Nguyễn Anh Thư", "Anh Phạm Văn Trường": the
            # person the article named so, not a letter or a school ("Út Bình" after "Lê Văn Bình")
            person = self.known_name(cand.name)
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
            if self.lex.SEX_WORDS.get(cand.mention.split()[0].lower()) == "f":
                described = self._epithet_of_last_speaker(cand.mention, si)
                if described is not None:
                    return described  # "nữ cán bộ trẻ" after "Chị X, 29 tuổi, Phó chủ tịch UBND xã"
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
