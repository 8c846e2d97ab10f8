"""Descriptions that point back to someone named: by age ("người đàn bà 62 tuổi"), by sex and
home, origin or people ("cô gái quê Thanh Hóa", "người phụ nữ dân tộc Pa Cô"), by looks ("Người đàn
ông có làn da sạm"), by a sex word before a job the article gave them ("nữ giáo viên trẻ"). A mixin
of `memory.ArticleMemory`, beside the people index (`people`) it reads."""
from __future__ import annotations

import re
from functools import lru_cache

from .references import PRONOUN_REACH


class DescriptionMemory:
    """Expects `s`, `lex`, `rx`, `people`, `mentions` and `sources` of the memory it is part of,
    and `_introduced_unnamed` and `_sex_of` of its references."""

    def _person_of_age(self, mention: str, si: int) -> str | None:
        """The one person named before with the age an unnamed description gives ("người đàn bà 62
        tuổi", "chàng trai 24 tuổi"): the age set beside their name (", 62 tuổi", "(62 tuổi)") is
        what the description points back to. None when no one, or more than one, has that age."""
        m = re.search(r"(?<!\w)(\d{1,3})\s+tuổi$", mention.strip())
        sex = self._sex_described(mention.strip()[:m.start()]) if m else None
        if sex is None:
            return None
        found = {name for name in self.people if self._stated_age(name, before=si) == m.group(1)}
        if len(found) != 1:
            return None
        name = found.pop()
        words = name.split()
        # (a middle name says it surest: "Văn", "Thị"; a title may belong to someone else nearby)
        known = (self.lex.MIDDLE_NAME_GENDER.get(words[1]) if len(words) >= 3 else None) or self.people[name].gender
        return name if known in (None, sex) else None  # ("người phụ nữ 62 tuổi" is no "ông Tám, 62 tuổi")

    def _opening_one(self, si: int, fits: set[str]) -> set[str]:
        """Of several people named in sentence `si`, the one it opens with, alone as its subject
        ("Chị Pờ Mỳ Gia, 27 tuổi, ... được chị Xuân đỡ đẻ"); all of them when the subject joins two
        ("Chị Lê Thị Hoa và chị Phạm Thị Lan cùng nuôi tôm")."""
        named = sorted((pos, full) for s_i, pos, full, _ in self.mentions if s_i == si and full in fits)
        if len(fits) < 2 or len(named) < 2 or len(self.s[si].text[:named[0][0]].split()) > 2:
            return fits
        text = self.s[si].text
        first_end = text.find(named[0][1].split()[-1], named[0][0])
        between = text[first_end + len(named[0][1].split()[-1]):named[1][0]] if first_end >= 0 else ""
        if re.match(rf"[\s,]*(?:{'|'.join(self.lex.SUBJECT_JOINERS)})\s", between):
            return fits
        return {named[0][1]}

    def _sex_described(self, described: str) -> str | None:
        """The sex a description of one person gives ("người đàn ông", "chàng trai", "cô gái"); None
        for a role ("Nghi phạm", "Tài xế": the other side of the story) or a count of someone new
        ("một người đàn ông", "hai cô gái")."""
        if re.match(r"(?i)(?:một|các|những|hai|ba|nhiều)\s", described.strip()):
            return None
        described = re.sub(r"^người\s+", "", described.strip().lower())
        return self.lex.GENDERED_NOUNS.get(described) or next(
            (g for noun, g in self.lex.GENDERED_NOUNS.items() if described.startswith(noun + " ") and len(described.split()) <= 3), None)

    def _person_described(self, mention: str, si: int) -> str | None:
        """"cô gái quê Thanh Hóa" right after "chị Lê Thị Hằng, vợ anh", "người thầy 38 tuổi" after
        "thầy Vi Văn Thắng", "người đàn ông ngoài 80 tuổi": a description by sex and home, origin or
        age points back, as a pronoun does, to the one person of that sex named in the sentences
        just before (none when two are, when it counts someone new, or when the one near was
        given another age)."""
        m = _described_by_rx(self.lex).search(mention.strip())
        bare = self._bare_sex_noun(mention, si) if m is None else None
        if bare is not None:
            noun, manner = bare
            found = self._speaker_described_bare(noun, si)
            if found is not None or manner is None:
                return found  # (else as before, by looks: "Người phụ nữ gầy gò" after "Mỗi ngày bà ...";
                # the parse tags "gầy gò", "cao lớn" as verbs, so it cannot tell looks from deeds)
        sex = self._sex_described(mention.strip()[:m.start()]) if m else self._sex_with_looks(mention, si)
        if sex is None or self._introduced_unnamed(mention.strip().lower(), si) \
                or self.rx["someone_new"].search(" ".join(self.s[k].text for k in range(max(0, si - PRONOUN_REACH), si))):
            return None  # ("bắt giữ một người đàn ông 38 tuổi", "Một vị khách quen ..."): someone new was brought in
        near = {full for s_i, _, full, _ in self.mentions if si - PRONOUN_REACH <= s_i < si and full in self.people}
        near |= {att.source for s_i, att in self.sources if si - PRONOUN_REACH <= s_i < si and att.source in self.people}
        role = self._role_after_sex_word(mention)
        fits = {full for full in near if self._sex_of(full, self.people[full]) == sex
                and (role is None or self._holds_role(full, role))}  # ("Nữ bác sĩ trực" is no patient's daughter)
        if not fits and role is not None:
            # the one person named in the sentence just before, in that role, whose name tells no
            # sex ("Nguyễn Hoàng Phúc, sinh viên năm ba, ..." then "chàng sinh viên nói")
            fits = {full for s_i, _, full, _ in self.mentions if s_i == si - 1 and full in near
                    and self._sex_of(full, self.people[full]) is None and self._holds_role(full, role)}
        if len(fits) > 1:
            # (the one the sentence just before introduced: "Ông Danh Sóc, 58 tuổi, ..." then "người
            # đàn ông gốc Khmer nói")
            fits = {full for s_i, _, full, _ in self.mentions if s_i == si - 1 and full in fits}
            fits = self._opening_one(si - 1, fits)
        if len(fits) != 1:
            return None
        one = fits.pop()
        # (a man described by his looks right after he spoke is still him: "Người đàn ông có làn da
        # sạm" after the captain's words; one described by place, age or role may be someone new)
        just_spoke = any(s_i == si - 1 and att.source == one for s_i, att in self.sources) \
            and any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", mention.lower()) for w in self.lex.LOOK_WORDS)
        if not just_spoke and any(t not in self.lex.ADDRESS_TITLES and t.split()[0] not in self.lex.KIN_TITLES | {"cụ", "thầy"}
                                  for t in self.people[one].titles):
            return None  # (an officer named with a rank or office, "Thượng tá Nguyễn Văn Hùng", tells of others,
            # unless he is the one who spoke just before; "bà cụ", "ông lão", "thầy giáo" are how a
            # story's own people are called)
        stated = self._stated_age(one)
        if m and m.group("age") and not m.group("about") and stated is not None and stated != m.group("age"):
            return None  # ("người đàn ông 45 tuổi" is no "ông Tám, 62 tuổi")
        return one

    def _bare_sex_noun(self, mention: str, si: int) -> tuple[str, str | None] | None:
        """(the bare sex noun, the part of speech of the word after it) of "người đàn bà", also with
        how they were as they spoke ("người đàn bà run rẩy kể", "Người đàn ông lặng lẽ nói"): one
        word the parse reads as a verb or an adjective (two, "đứng xem", "đi cùng", single out
        someone else), not an age ("trẻ", "già": `_person_described` reads those)."""
        low = mention.strip().lower()
        noun = low if low in self.lex.BARE_SEX_NOUNS else next(
            (n for n in self.lex.BARE_SEX_NOUNS if low.startswith(n + " ")), None)
        rest = low[len(noun):].split() if noun else []
        if noun is None or not rest:
            return (noun, None) if noun else None
        parsed, text = self.s[si].parsed, self.s[si].text
        at = text.lower().find(low)
        if parsed is None or at < 0 or len(rest) > 2 or {self.lex.YOUNG_WORD, self.lex.OLD_WORD} & set(rest):
            return None
        tail = [t for t in parsed.tokens if at + len(noun) < t.start and t.end <= at + len(low)]
        return (noun, tail[0].upos) if len(tail) == 1 and tail[0].upos in ("VERB", "ADJ") and tail[0].text[:1].islower() \
            and tail[0].end == at + len(low) else None

    def _role_after_sex_word(self, mention: str) -> frozenset[str] | None:
        """The words of a role a sex word makes a man's or a woman's ("nữ giáo viên trẻ", "chàng
        sinh viên"); None for a sex noun alone ("chàng trai", "nữ") or no sex word."""
        words = re.sub(r"^người\s+", "", mention.strip().lower()).split()
        if len(words) < 2 or words[0] not in self.lex.SEX_WORDS or " ".join(words[:2]) in self.lex.GENDERED_NOUNS \
                or words[1] in ("trai", "gái"):
            return None
        return frozenset(words[1:])

    def _holds_role(self, name: str, role: frozenset[str]) -> bool:
        """Whether a word of the role is a word of a title or role the article gave the person
        ("nữ giáo viên" and "cô giáo", "chàng sinh viên" and "sinh viên năm ba")."""
        person = self.people[name]
        own = {w for t in list(person.titles) + list(person.roles) for w in t.lower().split()}
        return bool(own & role)

    def _sex_with_looks(self, mention: str, si: int) -> str | None:
        """"Người đàn ông da đen nhẻm", "người phụ nữ tóc đã bạc": a sex noun and a few lower-case
        words of how they look or what they do, describing someone the article did not bring in
        unnamed just before ("một người đàn ông ..." is someone new)."""
        words = mention.strip().split()
        for k in (3, 2, 1):
            rest = words[k:]
            noun = re.sub(r"^người\s+", "", " ".join(words[:k]).lower())
            # (a sex noun itself, "người đàn ông", "cô gái", or one that makes a role a man's or a
            # woman's, "nữ giáo viên trẻ", "chàng sinh viên"; not a pronoun before a title, "ông bộ
            # trưởng"; a look may take a clause, "có làn da sạm màu nắng gió")
            sex = self.lex.GENDERED_NOUNS.get(noun) if 1 <= len(rest) <= 7 and noun not in self.lex.PRONOUN_GENDER else None
            if sex is not None and all(w[:1].islower() and w.isalpha() for w in rest) \
                    and not any(w.lower() in self.lex.RELATION_WORDS or w.lower() in self.lex.PRONOUN_GENDER for w in rest) \
                    and not self.rx["cue"].search(" ".join(rest)) \
                    and not self._introduced_unnamed(" ".join(words[max(0, k - 2):k]).lower(), si):
                return sex
        return None

    def _stated_age(self, name: str, before: int | None = None) -> str | None:
        """The age written beside a person's name (", 62 tuổi", "(62 tuổi"), if any (in the
        sentences before `before`, when given)."""
        last = name.split()[-1]
        for s_i, pos in self.people[name].positions:
            if before is not None and s_i >= before:
                continue
            text = self.s[s_i].text
            k = text.find(last, pos)
            age = re.match(r"[^\S\n]*[,(][^\S\n]*(\d{1,3})[^\S\n]+tuổi(?!\w)", text[k + len(last):]) if k >= 0 else None
            if age:
                return age.group(1)
        return None


@lru_cache(maxsize=4)
def _described_by_rx(lex) -> re.Pattern:
    """A description's tail that says who someone is: a home or an origin, a people (by the list or
    after "dân tộc": "người phụ nữ dân tộc Pa Cô") or an age."""
    return re.compile(rf"\s+(?:(?:{'|'.join(lex.HOME_WORDS)})\s+\S|(?:{'|'.join(map(re.escape, lex.ETHNIC_GROUPS | lex.ONE_SYLLABLE_PEOPLES))})$|"
                      rf"(?:{lex.ETHNICITY_LEAD}\s+[{lex.UPPER}]\S*(?:\s+[{lex.UPPER}]\S*)?$)|"
                      rf"(?:(?P<about>{'|'.join(lex.AGE_ABOUT)})\s+)?(?P<age>\d{{1,3}})\s+tuổi$)")
