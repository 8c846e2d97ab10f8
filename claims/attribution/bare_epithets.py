"""A bare sex noun tagging a quote ("“...”, người đàn ông nói", "cô gái nói nhỏ"): the one of that
sex who was speaking just before, when the story has one such speaker. A mixin of
`memory.ArticleMemory`, beside the descriptions (`descriptions`) and the people index it reads.

Only a speaker counts: someone only talked about (a dead man, a son in prison, a singer a fan
names) speaks no quote; an official is not called "người phụ nữ" in the queue she hands rice to;
a "cô gái" or a "chàng trai" is young, not someone given as 41 or called "bà"."""
from __future__ import annotations

import re

from .patterns import starts_with_any
from .references import PRONOUN_REACH


class BareEpithetMemory:
    """Expects `s`, `lex`, `rx`, `people`, `mentions`, `sources`, `_sex_of`
    and `_stated_age` of the memory it is part of."""

    def _speaker_described_bare(self, mention: str, si: int) -> str | None:
        noun = mention.strip().lower()
        sex, young = self.lex.BARE_SEX_NOUNS[noun]
        text = self.s[si].text
        if self._someone_new_of(sex, si):
            return None
        if not self._tags_a_quote(mention, si):
            return self._subject_just_before(sex, young, si)
        spoke: dict[str, int] = {}
        for s_i, att in self.sources:
            if si - PRONOUN_REACH <= s_i < si and att.source in self.people:
                spoke[att.source] = s_i
        fits = {name: s_i for name, s_i in spoke.items()
                if self._sex_of(name, self.people[name]) == sex and not self._holds_office(self.people[name])
                and not (young and not self._young(name)) and not self._named_in_quote(name, text)}
        if not fits:
            # (an official who spoke before, then a villager the next sentence opened on: him; the
            # one who spoke in the sentence just before is never taken so, see below)
            return self._subject_just_before(sex, young, si)
        last = max(fits.values())
        latest = [name for name, s_i in fits.items() if s_i == last]
        if len(latest) != 1:
            return None
        # (another of that sex named since the credit may be the one: "Ông Hải và anh Bảo cùng cho biết")
        # (not one the speaker's own sentence names only as whose something is, "Chị Kim, người thu
        # mua nón của bà Lài, khẳng định": a description of the speaker; a possessor in a sentence
        # of its own, "Ngôi nhà của bà Tám bị cuốn trôi", may be the scene's next speaker)
        others = {full for s_i, pos, full, title in self.mentions if last <= s_i < si and full != latest[0]
                  and full in self.people and self._sex_of(full, self.people[full]) == sex
                  and not (s_i == last and self._possessor(s_i, pos, title))}
        return None if others else latest[0]

    def _possessor(self, s_i: int, pos: int, title: str | None) -> bool:
        """Whether a mention follows "của" (its title between): whose something is, not who acts."""
        before = self.s[s_i].text[:pos].rstrip().lower()
        if title and before.endswith(title.lower()):
            before = before[:-len(title)].rstrip()
        return before.endswith(" của") or before == "của"

    def _someone_new_of(self, sex: str, si: int) -> bool:
        """Whether the sentences just before bring in someone unnamed who may be of that sex ("một
        thanh niên", "đối tượng"), not one of the other ("Một người đàn ông ở đầu xóm báo tin" then
        "người đàn bà run rẩy kể": not him)."""
        window = " ".join(self.s[k].text for k in range(max(0, si - PRONOUN_REACH), si))
        for m in self.rx["someone_new"].finditer(window):
            words = re.sub(r"^một\s+", "", window[m.start():].lower()).split()[:3]
            stated = next((self.lex.GENDERED_NOUNS[" ".join(words[a:b])] for a in (0, 1) for b in (a + 2, a + 1)
                           if " ".join(words[a:b]) in self.lex.GENDERED_NOUNS), None)
            if stated is None or stated == sex:
                return True
        return False

    def _subject_just_before(self, sex: str, young: bool, si: int) -> str | None:
        """"Bà Hoàng Thị Quyên, 54 tuổi, bán khâu nhục ..." then "Vừa xếp bát, người phụ nữ vừa kể":
        the one the sentence just before opened on (a short adverbial at most before the name), when
        they are the only one of that sex it names, no one of it is named since, and it told of
        them rather than credited them (after "Ông Nam cho biết ...", a "Người đàn ông cho biết"
        is as often someone new: the writer would have said "ông")."""
        here = sorted((pos, full, title) for s_i, pos, full, title in self.mentions if s_i == si - 1 and full in self.people)
        if not here:
            return None
        pos, first, title = here[0]
        prefix = self.s[si - 1].text[:pos].strip()
        if title and prefix.lower().endswith(title):
            prefix = prefix[:-len(title)].strip()  # ("Bà Hoàng Thị Quyên": the name with its title)
        if prefix and not (prefix.endswith(",") and len(prefix.split()) <= 6):
            return None  # (the name inside the sentence's predicate is no one it opened on)
        same_sex = {full for _, full, _ in here if self._sex_of(full, self.people[full]) == sex}
        since = {full for s_i, _, full, _ in self.mentions if s_i == si and full in self.people
                 and self._sex_of(full, self.people[full]) == sex}
        if same_sex != {first} or since or self._holds_office(self.people[first]) or (young and not self._young(first)) \
                or any(s_i == si - 1 and att.source == first for s_i, att in self.sources) \
                or self.rx["out_of_telling"].search(self._own_predicate(si - 1, pos)) or self._suffered(si - 1, pos, first):
            return None  # (nor one the sentence left dead or held: "tử vong tại chỗ", "bị công an bắt giữ")
        return first

    def _own_predicate(self, s_i: int, pos: int) -> str:
        """What a sentence says of the one it opened on, up to a reporting cue: "Bà Lan, mẹ nạn nhân,
        kể con bà bị lũ cuốn trôi" tells of the son's death, not hers."""
        rest = self.s[s_i].text[pos:]
        cue = self.rx["cue"].search(rest)
        return rest[:cue.start()] if cue else rest

    def _suffered(self, s_i: int, pos: int, full: str) -> bool:
        """Whether the person's own predicate, right after the name and its comma-set phrases, opens
        with a passive of harm (`SUFFERED_MARKERS`: "Ông Hờ A Sùng, 52 tuổi, bị đất đá vùi lấp")."""
        text = self.s[s_i].text
        last = re.compile(rf"(?<!\w){re.escape(full.split()[-1])}(?!\w)").search(text, pos)
        return last is not None and re.match(
            rf"(?:\s*,[^,]{{1,60}}(?=,)){{0,3}}\s*,?\s*(?:(?:đã|vừa|cũng|lại|bất ngờ)\s+)?(?:{'|'.join(self.lex.SUFFERED_MARKERS)})(?!\w)",
            text[last.end():]) is not None

    def _holds_office(self, person) -> bool:
        """An official (a rank or office among the titles, a leader's office or a deputy's among the
        roles): not one a story calls "người phụ nữ"; kin ("chú ruột của cháu") is no office."""
        lex = self.lex
        return any(t not in lex.KIN_TITLES and t not in lex.NOT_OFFICES and t not in lex.ADDRESS_TITLES
                   for t in person.titles) or any(
            r.split()[:1] and r.split()[0] not in lex.KIN_TITLES
            and (starts_with_any(r, lex.LEADER_OFFICES) or re.search(r"(?<!\w)(?:trưởng|phó)(?!\w)", r))
            for r in person.roles)

    def _named_in_quote(self, name: str, text: str) -> bool:
        """Whether the quote speaks of the person by name: after a title ("xem chị Hà hát", a fan's
        words) or alone as a subject ("Nam chạy khắp nơi tìm em"); not inside a longer name ("Hà
        Giang") or after a noun ("quán Lan", "đường Lan")."""
        quoted = _quoted(text)
        given = re.escape(name.split()[-1])
        for m in re.finditer(rf"(?<!\w){given}(?!\w)(?!\s+[{self.lex.UPPER}])", quoted):
            before = quoted[:m.start()].split()
            if not before or not before[-1][-1].isalnum() or before[-1].lower() in self.lex.ADDRESS_TITLES:
                return True
        return False

    def _young(self, name: str) -> bool:
        """Whether someone may be called "cô gái" / "chàng trai": no age given of 30 or more, and
        not called as an elder ("bà", "ông", "cụ")."""
        age = self._stated_age(name)
        return (age is None or int(age) < 30) and not (self.people[name].titles & self.lex.ELDER_TITLES)

    def _tags_a_quote(self, mention: str, si: int) -> bool:
        """Whether the mention says who spoke the quote of its sentence: right after the quote
        closes ('“...”, người đàn ông nói') or before a colon that opens it ("người đàn ông cười,
        đáp: “...")."""
        text = self.s[si].text
        for m in re.finditer(rf"(?<!\w){re.escape(mention.strip())}(?!\w)", text):
            if re.search(r"[”\"]\s*,?\s*$", text[:m.start()]) or re.match(r"[^“\"]{0,60}:\s*[“\"]", text[m.end():]):
                return True
        return False


def _quoted(text: str) -> str:
    """The words inside the sentence's quotation marks."""
    return " ".join(re.findall(r"[“\"]([^”\"]*)[”\"]?", text))
