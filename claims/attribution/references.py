"""How a reference that names no one points back to someone the article named: a pronoun
("ông", "bà ta", "người này"), a title or role ("vị giám đốc", "Bị cáo này"), an anaphor ("cơ
quan này", "nguồn tin đó"), a kin noun ("người mẹ này"), and the one person a story is about. A
part of the article memory (`memory.ArticleMemory`), kept apart so that each module reads in one go;
titles and offices are read in `title_memory`, epithets for things ("đài này", "công văn trên") in
`epithets`."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .patterns import heads_one_of_some, starts_with_any
from .name_shapes import looks_foreign
from .phrases import POINTING_BACK
from .quotes import tagged_quote_spans
from .types import Candidate

PRONOUN_REACH = 3  # sentences back a pronoun looks for the person it means
_CHAIN_LINKS = 4  # sentences using the same pronoun a chain may pass through, each within reach of the next


@lru_cache(maxsize=64)
def _bare_pronoun_rx(title: str, lex) -> re.Pattern:
    """The pronoun standing alone ("ông", "của ông"), not before a name ("ông Tư") nor in a noun or
    a compound ("đàn ông", "bà con", "ông cụ", "tiếng Anh")."""
    forms = "|".join(map(re.escape, {title, title.capitalize()}))
    return re.compile(rf"(?<![\w]){lex.PRONOUN_COMPOUND_BEFORE}(?:{forms})(?!\w){lex.PRONOUN_COMPOUND_AFTER}(?!\s+[{lex.UPPER}])")


def contains_words(words: list[str], part: list[str]) -> bool:
    """Whether `part` runs word for word inside `words` ("Văn An" is in "Nguyễn Văn An", not in
    "Trần Văn Anh")."""
    return any(words[k:k + len(part)] == part for k in range(len(words) - len(part) + 1))


@lru_cache(maxsize=64)
def _unnamed_rx(phrase: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{re.escape(phrase)}|một\s+(?:người|nam|nữ|phụ nữ|thanh niên|cô gái|chàng trai|"
                      rf"thiếu niên|cụ|cháu)|đối tượng)(?!\w)", re.I)


class ReferenceMemory:
    """The references' side of the article memory; expects `s`, `lex`, `people`, `mentions`,
    `sources`, `relays` and the body-memory methods of the memory it is part of."""

    def _gender_fits(self, phrase: str, gender: str | None) -> bool:
        """"Ông" cannot mean "một phụ nữ bán rau"."""
        words = [w for w in phrase.split() if w.islower()]  # "chợ Nam Định" says nothing of a man
        said = {g for w, g in self.lex.GENDERED_NOUNS.items() if contains_words(words, w.split())}
        return gender is None or not said or gender in said

    def _unnamed_one(self, si: int, gender: str | None = None) -> tuple[str, str] | None:
        """"bà nói" when no one is named within reach but one unnamed person spoke just before
        ("Một bị hại ngồi ở hàng ghế cuối cho biết ..."): that person, still unnamed."""
        for s_i, att in reversed(self.sources):
            if s_i >= si:
                continue
            if s_i < si - PRONOUN_REACH:
                break
            # ("Chủ đại lý, một phụ nữ ... xin giấu tên, nói" just before: one unnamed person, of the
            # pronoun's sex as the sentence says it; never a crowd or "nguồn tin" of no sex)
            described = (si - s_i <= 2) and gender is not None and self._sex_said_before_cue(s_i, att) == gender
            # ("Lãnh đạo một doanh nghiệp ..., đề nghị giấu tên, nói": the one who heads one firm)
            if att.source_type == "anonymous" and att.mention \
                    and (att.mention.lower().startswith("một ") or described or heads_one_of_some(att.mention)) \
                    and not self._plural(att.mention) and self._gender_fits(att.mention, gender):
                return att.source, "anonymous"
            if att.source_type == "person" and att.source not in self.people and att.mention \
                    and starts_with_any(att.mention, self.lex.ROLE_HEADS) and self._gender_fits(att.mention, gender):
                return att.source, "person"  # "Ông này cho hay" after "chỉ huy Đội ... khu vực 7 cho biết": the office's holder
            return None  # the last speaker is someone else
        return None

    def _sex_said_before_cue(self, s_i: int, att) -> str | None:
        """The one sex sentence s_i gives its unnamed speaker before the cue ("Chủ đại lý, một phụ nữ
        ngoài 50 tuổi xin giấu tên, nói": a woman); None when it gives none or both."""
        text = self.s[s_i].text
        cut = text.find(att.cue) if att.cue and att.cue in text else len(text)
        words = [w for w in re.findall(r"\w+", text[:cut].lower())]
        said = {g for w, g in self.lex.GENDERED_NOUNS.items() if contains_words(words, w.split())}
        return said.pop() if len(said) == 1 else None

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
        if not firsts:
            # Malay and Indonesian names are called by a middle word ("ông Faizal" after "Ahmad
            # Faizal Rahman"), when the article knows one such name
            firsts = [full for full in self.people if name in full.split()[1:-1]
                      and all(looks_foreign(t) for t in full.split())]
        return firsts[0] if len(firsts) == 1 else None

    def _resolve_pronoun(self, cand: Candidate, si: int, links: int = 0) -> str | None:
        # "Bà này" means the one last called "bà" ("Bà Vũ Ngọc Diệp ..."), not a "chị" named after her
        title = re.sub(rf"{POINTING_BACK}$", "", (cand.title or "").lower())
        # "Ông nói" points back to someone named or credited a few sentences before, not to the
        # last man named anywhere earlier (out of fold on the treebank such far credits were right
        # 1 time in 19)
        opener = self._opening_subject_called(title, si)
        if opener is not None:
            return opener
        recent = {att.source for s_i, att in self.sources if si - PRONOUN_REACH <= s_i < si}
        last = max(((s_i, att) for s_i, att in self.sources if s_i < si), key=lambda x: x[0], default=None)
        if last is not None and not any(last[0] < m[0] < si and m[2] != last[1].source for m in self.mentions):
            recent.add(last[1].source)  # the last speaker, with no one named since (a long quote in between)
        prior = [m for m in self.mentions if (si - PRONOUN_REACH <= m[0] < si or (m[0] < si and m[2] in recent))
                 and not any(c.isdigit() for c in m[2])]  # "Cựu thị trưởng 58 tuổi", left unresolved, is no one to point to
        # (not whom the speaker names inside the quote the pronoun tags: '“Tôi đã hứa với anh Hòa
        # ...”, ông nói' is not Hòa)
        text = self.s[si].text
        said = re.compile(rf"(?<!\w){re.escape(cand.mention)}(?!\w)", re.I) if cand.mention else None
        at = said.search(text) if said else None
        closed = max(text.rfind(mark) for mark in "”\"»")
        tag = said.search(text, closed + 1) if said and closed >= 0 else None  # (the tag after the quote, not "Anh em" inside it)
        quoted = tagged_quote_spans([s.text for s in self.s], si, tag.start(), PRONOUN_REACH) if tag else {}
        prior = [m for m in prior if not any(a <= m[1] < b for a, b in quoted.get(m[0], ()))
                 or self.rx["self_introduced"].search(self.s[m[0]].text[:m[1]])]  # ("Tôi là Nguyễn Văn Thành": himself)
        if not prior:
            # someone named before the pronoun in its own sentence, never the object after it
            # ("Ông cho biết anh Trần Văn Bình ...": not Bình)
            prior = [m for m in self.mentions if m[0] == si and at is not None and m[1] < at.start()]
        told_of = self._told_of_by_another(prior, cand)
        prior = [m for m in prior if m not in told_of]
        holder = self._office_holder_just_before(prior, si, title, cand)
        if holder is not None:
            return holder
        for s_i, _, name, t in reversed(prior):
            if t and t == title or " " in title and title in self.people[name].titles:
                return name  # (or the epithet they were introduced with: "Ông lão Trần Văn Bảy" is "ông lão")
            if t in self.lex.GENDERLESS_TITLES and cand.gender is not None and self.people[name].gender == cand.gender:
                return name  # "Cụ Nguyễn Thị Lành ... Theo bà": an elder, called "bà" or "ông" by gender
        fits_age = self.lex.PRONOUN_AGE_TITLES.get(title)
        for s_i, _, name, t in reversed(prior):
            g = self.people[name].gender
            if fits_age is not None and not (self.people[name].titles & fits_age):
                continue  # "ông cụ" is no "anh Tú, 28 tuổi"; "em" no headmaster
            if cand.gender is None or g is None or g == cand.gender:
                return name
        return self._pronoun_chain(cand, si, title, links)

    def _opening_subject_called(self, title: str, si: int) -> str | None:
        """"Anh Tình vẫn lo khoản nợ, nhưng anh bảo ...": a pronoun opening a clause set against the
        first (`ANSWERING_OPENERS`), with more to say after its cue, is the one the sentence opened on
        by that title (no one named between); not a closing tag ("..., ông nói thêm")."""
        here = sorted((pos, name, t) for s_i, pos, name, t in self.mentions if s_i == si)
        text = self.s[si].text
        turn = re.search(rf",\s*(?:{'|'.join(self.lex.ANSWERING_OPENERS)})\s+(?:theo\s+)?{re.escape(title)}(?=,?\s+\S+\s+\S+\s+\S)", text) \
            if title and here and here[0][2] == title and len(text[:here[0][0]].split()) <= 2 else None
        if turn is None or any(here[0][0] < pos < turn.start() for pos, _, _ in here[1:]):
            return None
        return here[0][1]

    def _office_holder_just_before(self, prior: list, si: int, title: str, cand: Candidate) -> str | None:
        """"Trưởng Công an xã X cho biết ... Theo ông, ...": the one who spoke in the sentence just
        before, known by an office and of no stated sex, rather than someone called "ông" further
        back; not when someone called so was named within the two sentences before ("Bà Trần Thị
        Hoa cho biết ... Giám đốc Sở cho biết ... Theo bà": Hoa)."""
        if cand.gender is None:
            return None
        just_before = {att.source for s_i, att in self.sources if s_i == si - 1}
        # ("Luật sư Trịnh Quang Hiếu ... nhận định ..." then "Ông cho rằng": a man known by his
        # title who spoke just before, whoever was called "ông" two sentences back)
        # (a personal name of the pronoun's stated sex: one of unknown sex after "Bà Nguyễn Thị Hạnh
        # ngồi thẫn thờ" may be the man the next "Bà" is not; "Giám đốc Sở" unnamed is left to the
        # rule below)
        titled = [name for s_i, _, name, t in prior if s_i == si - 1 and name in just_before and t and t != title
                  and t not in self.lex.PRONOUN_GENDER and self.people[name].gender == cand.gender
                  and not starts_with_any(name, self.lex.PERSON_TITLES) and not starts_with_any(name, self.lex.ROLE_HEADS)]
        if len(set(titled)) == 1 and not any(s_i == si - 1 and name not in titled for s_i, _, name, _ in prior):
            return titled[0]
        if any(t == title and s_i >= si - 2 for s_i, _, _, t in prior):
            return None
        for s_i, _, name, _ in reversed(prior):
            if s_i == si - 1 and name in just_before and self.people[name].gender is None \
                    and (starts_with_any(name, self.lex.PERSON_TITLES) or starts_with_any(name, self.lex.ROLE_HEADS)):
                return name
        return None

    def _pronoun_chain(self, cand: Candidate, si: int, title: str, links: int) -> str | None:
        """"Ông có ba người con ...", "Trưa, ông ăn bát bún ...", then '"...", ông nói': narration that
        kept calling one person by the pronoun since they were last named; the pronoun still means
        them, so it is resolved where the narration last used it (a few links back at most)."""
        if links >= _CHAIN_LINKS or not title or title not in self.lex.PRONOUN_GENDER:
            return None
        rx = _bare_pronoun_rx(title, self.lex)
        for k in range(si - 1, max(-1, si - PRONOUN_REACH - 1), -1):
            if self.rx["someone_new"].search(self.s[k].text):
                return None  # ("Giữa lưng chừng núi, một ông cụ bán nước chè ...": the pronoun may be his)
            if rx.search(self.s[k].text):
                return self._resolve_pronoun(cand, k, links + 1)
        return None

    def _told_of_by_another(self, prior: list, cand: Candidate) -> set:
        """The mentions in `prior` named inside what a speaker told, after the cue, when the teller
        had the pronoun's own title ("ông Tư kể cha mình là ông Ba Lượm ..."): a pronoun next means
        the teller, not the one told of."""
        title = (cand.title or "").lower()
        if not title or not prior:
            return set()
        at_sentence: dict[int, list[tuple]] = {}
        for m in prior:
            if m[3] == title:
                at_sentence.setdefault(m[0], []).append(m)
        told = set()
        for k, att in self.sources:  # (one pass over the credits, whatever the number of mentions)
            if k not in at_sentence or att.source not in self.people or not att.cue:
                continue
            # (the teller called by the pronoun's own title, "ông Tư kể ... ông Ba Lượm"; "Đại tá X
            # cho biết ông Y đã ra đầu thú" leaves "ông" meaning Y)
            if not (att.mention or "").lower().startswith(title + " "):
                continue
            at = self.s[k].text.find(att.cue)
            told.update(m for m in at_sentence[k] if m[2] != att.source and 0 <= at < m[1])
        for k, teller in self.relays:
            # "Ông kể có lần cụ Trần Văn Nhạ ... bảo: “...”": the one whose words a teller called
            # "ông" recounted, whatever their title, is told of; "Ông cười" next is the teller
            mention = (teller.mention or "").lower()
            if teller.source_type != "person" or teller.source not in self.people or not teller.cue \
                    or not (mention == title or mention.startswith(title + " ")):
                continue
            at = self.s[k].text.find(teller.cue)
            told.update(m for m in prior if m[0] == k and m[2] != teller.source and 0 <= at < m[1])
        return told

    def _resolve_anaphor(self, cand: Candidate, si: int) -> tuple[str, str] | None:
        """"nguồn tin này", "cơ quan này": the latest earlier source of that kind, preferring one
        whose own words contain the head ("nguồn tin" -> "một nguồn tin giấu tên")."""
        head = cand.name.lower()
        # relays count: "Tuần báo X dẫn một nguồn tin ..." names the weekly "tuần báo Đức" means later
        earlier = [att for s_i, att in sorted(self.sources + self.relays, key=lambda x: -x[0]) if s_i < si]
        # a mention that itself pointed back ("cơ quan này") names no kind: after it, a state body
        # credited since is meant ("Văn phòng Ban Chỉ huy ... báo cáo ...; cơ quan này đính chính"),
        # not a firm or a hospital ("Công ty X khẳng định ...; Cơ quan này cũng cho biết": the police)
        if cand.title == "media":
            # "Hãng tin Pháp" after "Hãng tin này dẫn lời" (Reuters) and "theo AFP": the country decides
            outlet = self._outlet_of_country(cand.mention, si)
            if outlet:
                return outlet, "media"
        latest = earlier[0] if earlier else None
        state_since = latest is not None and latest.source_type == "organization" \
            and starts_with_any(latest.source, self.lex.STATE_BODY_HEADS) is not None
        for att in earlier:
            pointed = re.search(r"\s(?:này|nói trên)$", att.mention.lower()) is not None
            if cand.title == "organization" and not self._headed_by(att, head) and not self._document_owner(att):
                held = self._office_body(att, head)
                if held:
                    return held, "organization"  # "Bộ này" after "Thứ trưởng Bộ Công Thương X cho biết": his ministry
                continue  # ("Bộ này" is no "một cán bộ Ban Tổ chức": the head of a body, not a syllable)
            if head in att.mention.lower() and not (pointed and state_since) or head in att.source.lower():
                owner = self._document_owner(att) if cand.title == "organization" else None
                return owner or (att.source, att.source_type)
        if re.search(r"(?<!\w)nguồn(?: tin)?$", head):
            # "Theo các nguồn tin này" after "AP dẫn lời hai quan chức Ai Cập ...": the unnamed
            # source just credited, whatever the article called them
            for s_i, att in sorted(self.sources + self.relays, key=lambda x: -x[0]):
                if s_i < si and att.source_type == "anonymous":
                    if si - s_i <= PRONOUN_REACH:
                        return att.source, att.source_type
                    break
        if starts_with_any(head, self.lex.SPOKESPERSON_HEADS) == head:
            # "Đại diện này" after "Người phát ngôn của Công ty X cho rằng ...": the body whose
            # spokesperson spoke last, however the article named the post
            for att in earlier:
                if self._spokesperson(att.mention):
                    return att.source, att.source_type
        kin = re.fullmatch(r"người\s+(.+)", head)
        gender = self.lex.PERSON_NOUN_GENDER.get(kin.group(1)) if kin else None
        if cand.title == "anonymous" and (re.match(r"(?:nhà\s|.*\sgia$)", head) or gender):
            # "Nhà khoa học này", "người mẹ này": the one given that role, else the person just
            # credited of that sex, as a pronoun would mean ("TS X, Viện Y, đánh giá ... Nhà khoa
            # học này cũng lưu ý ..."); "người dùng này" is no one's kin
            named = self._resolve_title(head, si) or self._resolve_pronoun(replace(cand, gender=gender) if gender else cand, si)
            if named:
                return named, "person"
        person_noun = re.fullmatch(r"người\s+(.+)", head) if cand.title == "anonymous" and not gender else None
        if person_noun:
            # "Người bảo vệ này" after "Ông X, bảo vệ của quán, ...": the one given that role;
            # "người đàn ông này" the man last named, as "ông" would mean, unless a man was brought
            # in unnamed since ("đã bắt một người đàn ông ...": still him, unnamed)
            if self._introduced_unnamed(head, si):
                return cand.mention, "anonymous"
            role = person_noun.group(1)
            said = self.lex.GENDERED_NOUNS.get(role)
            if said:
                named = self._resolve_pronoun(replace(cand, gender=said), si)
            else:  # the one person given that role ("bảo vệ"), never a guess between two
                holders = [n for n, p in self.people.items() if any(contains_words(r.split(), role.split()) for r in p.roles)]
                named = self._resolve_title(role, si) if len(holders) == 1 else None
            return (named, "person") if named else (cand.mention, "anonymous")
        agent = head.split()
        if cand.title == "named" and len(agent) > 1 and agent[0] in self.lex.PERSON_AGENT_PREFIXES \
                and agent[1] not in self.lex.PERSON_AGENT_PREFIXES[agent[0]]:
            # "chủ tài khoản này", "chủ quán này": a person known by what they own; the one given
            # that role, else the person just named (as "người này" would mean), unless someone was
            # brought in unnamed since ("một chủ quán"; "chủ trang X, được xác định là anh Y" is named)
            if self._introduced_unnamed("một " + head, si):
                return cand.mention, "anonymous"
            holders = [n for n, p in self.people.items() if any(contains_words(r.split(), agent) for r in p.roles)]
            named = self._resolve_title(head, si) if len(holders) == 1 else self._resolve_pronoun(cand, si)
            if named and len(holders) != 1 and not self._introduced_as_owner(named, agent[0]):
                named = None  # the person just named was brought in as something else ("nhân viên quán")
            return (named, "person") if named else (cand.mention, "anonymous")
        if cand.title == "named":
            # an unknown head speaks only if the article named something with it: "sàn này" after
            # "sàn thương mại điện tử Tiki" is Tiki's marketplace; else nothing can be credited
            named = self._named_with_head(head, si)
            return (named, "organization") if named else None
        return self._thing_of_kind(cand, si, head, earlier)

    def _introduced_as_owner(self, name: str, prefix: str) -> bool:
        """Whether a sentence naming `name` calls someone an owner ("chủ trang X, được xác định là
        anh Y"), and not the owner of some other place ("chủ một tiệm tạp hóa gần đó")."""
        person = self.people.get(name)
        sentences = {s_i for s_i, _ in person.positions} if person else set()
        return any(re.search(rf"(?<!\w){prefix}\s+(?!một\s|các\s|những\s)\w", self.s[s_i].text, re.I)
                   for s_i in sentences)

    def _introduced_unnamed(self, phrase: str, si: int) -> bool:
        """Whether someone was brought in without a name within a pronoun's reach before `si`:
        `phrase` itself ("người đàn ông"), or "một" + a word for a person ("một nam thanh niên",
        "một phụ nữ bán hàng rong"), or "đối tượng"; whoever is named there may be the one who
        arrested or met them."""
        pattern = _unnamed_rx(phrase)
        return any(pattern.search(self.s[s_i].text) for s_i in range(max(0, si - PRONOUN_REACH), si))

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
