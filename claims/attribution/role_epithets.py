"""Epithets by role or kin that point back to someone the article named: "người mẹ già nói",
"người thuyền trưởng", "nữ cán bộ trẻ cho biết", "vị cán bộ này". A mixin of
`memory.ArticleMemory`, beside the people index (`people`) whose roles and appositions it reads.

The epithet is the last speaker when the article described them so; else the one person named in
the few sentences before the quote it tags opened whose description holds the word; else the one
person the whole article so described, when no one unnamed in that role was brought in since."""
from __future__ import annotations

import re

from ..words import dictionary_words
from .patterns import starts_with_any
from .quotes import quote_spans
from .references import PRONOUN_REACH

# sentences back from a quote's tag to where the quote may have opened (a quote of a few sentences)
_QUOTE_REACH = 8
# sentences back an epithet may reach for the one person the article described so (a feature's length)
_FAR_REACH = 25


class RoleEpithetMemory:
    """Expects `s`, `lex`, `rx`, `people`, `mentions`, `sources`, `_stated_age` and `_official` of
    the memory it is part of."""

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
        since and the sex fits, else the one so described just before the quote it tags opened;
        "người dân", "người nhà" (groups) never are."""
        m = re.fullmatch(r"(người|vị|nữ)\s+(\S+(?:\s+\S+){0,2})", mention.strip(), flags=re.I)
        if m is None or any(w[:1].isupper() for w in m.group(2).split()):
            return None
        noun = m.group(2).lower()
        # (kin, "người mẹ"; not a bare sex, "người đàn ông", which as often brings in someone new;
        # "nữ cán bộ trẻ" is a woman)
        gender = self.lex.SEX_WORDS.get(m.group(1).lower()) or self.lex.PERSON_NOUN_GENDER.get(noun.split()[0])
        office = starts_with_any(noun, self.lex.LEADER_OFFICES)  # ("người đội trưởng" as "vị đội trưởng")
        # (any role the person was described with, "người thuyền trưởng"; never a group, "người
        # dân", "người nhà", nor a function word, "người ta")
        if starts_with_any(mention.strip().lower(), tuple(h for h in self.lex.ANONYMOUS_HEADS if " " in h)) \
                or noun.split()[0] in self.lex.STOPWORDS:  # (the bare head "người" is every epithet's)
            return None
        found = self._opener_of_running_quote(mention, gender, si) or self._epithet_of_speaker_just_before(noun, gender, office, si)
        return found if found is not None else self._one_described_so(noun, gender, office, si)

    def _opener_of_running_quote(self, mention: str, gender: str | None, si: int) -> tuple[str, str] | None:
        """'bà Duyên lắc đầu: “... .' then '... ai”, người mẹ nói': the epithet tags the close of a
        quote that opened sentences before, credited there to one person, the only one named before
        the quote opened: one quote, one speaker (of the sex the epithet gives). Not a question put
        to someone ("Chúng tôi hỏi ông Páo: “...?"): the asker's words, whoever was credited."""
        text = self.s[si].text
        close = re.search(rf"[”\"]\s*,?\s*{re.escape(mention.strip())}(?!\w)", text)
        if close is None or "“" in text[:close.start()]:
            return None  # (a quote opened and closed in the sentence: the epithet's own)
        start = si - 1
        while start >= 0 and "“" not in self.s[start].text and si - start < _QUOTE_REACH:
            start -= 1
        if start < 0 or "“" not in self.s[start].text:
            return None
        opener = self.s[start].text
        if opener.rfind("”") > opener.rfind("“"):
            return None  # (the quote there closed: the epithet's quote is not the one it opened)
        credited = [att for s_i, att in self.sources if s_i == start and att.source_type == "person"]
        if len(credited) != 1:
            return None
        name = credited[0].source
        opened_at = opener.rfind("“")
        named = [pos for s_i, pos, full, _ in self.mentions if s_i == start and pos < opened_at and full == name]
        if any(s_i == start and pos < opened_at and full != name and self._listed_with(opener, pos, named)
               for s_i, pos, full, _ in self.mentions):
            return None  # ("Ông Páo và ông Tiến cùng kể: “...": two who may have spoken it)
        asked = re.search(r"(?<!\w)hỏi(?!\w)[^,]*$", opener[:opened_at].lower())
        if asked and (not named or named[0] > asked.start()):
            # ("Chúng tôi hỏi ông Páo: “...?": the one asked is credited, the asker speaks; not
            # "Hỏi bà có về không, bà Duyên lắc đầu: “...": the question's clause ends, she answers)
            return None
        person = self.people.get(name)
        if gender and person is not None and person.gender and person.gender != gender:
            return None
        return name, "person"

    def _listed_with(self, text: str, pos: int, named: list[int]) -> bool:
        """Whether the mention at `pos` is listed with the credited one as the subject ("Ông Páo và
        ông Tiến cùng kể", "Ông Páo, ông Tiến kể"; not "Nhắc đến con trai là anh Tiến, ông Páo
        nghẹn giọng": a comma after a clause about the son)."""
        gap = self._between(text, pos, named)
        if re.fullmatch(r"\s*(?:và|cùng|với|cùng với)\s*", gap):
            return True
        first = min([pos] + named[:1])
        opening = [w for w in text[:first].split() if w.lower() not in self.lex.KIN_TITLES]
        return gap.strip() == "," and not opening

    def _between(self, text: str, pos: int, named: list[int]) -> str:
        """The words between a mention at `pos` and the credited one's mention nearest it (its
        title and name skipped: the gap from the end of the earlier's words to the later's start)."""
        if not named:
            return "?"
        other = min(named, key=lambda p: abs(p - pos))
        first, second = sorted((pos, other))
        # (the mentions' own words are capitalised or a title: left out; a comma is kept)
        words = [w for w in re.findall(r",|[^\s,]+", text[first:second])
                 if w == "," or not w[:1].isupper() and w.lower() not in self.lex.KIN_TITLES]
        return " ".join(words)

    def _epithet_of_speaker_just_before(self, noun: str, gender: str | None, office: str | None,
                                        si: int) -> tuple[str, str] | None:
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
        said = [last[1].mention or ""] + (list(person.roles) + list(person.titles) if person else [])
        # (an office is said whole and as the person's own: "đội trưởng" is no "bộ đội", "người
        # trưởng thôn" no "con trai của trưởng thôn" nor "phó trưởng thôn")
        return (last[1].source, "person") if _describes(noun, office, said, self.lex) else None

    def _one_described_so(self, noun: str, gender: str | None, office: str | None, si: int) -> tuple[str, str] | None:
        """"Bà Trần Thị Sáu, 72 tuổi, mẹ anh Lợi, ngồi bên bàn thờ ..." then a quote closed by
        "người mẹ già nói": the one person named in the few sentences before the quote opened
        whose own description holds the word, of the sex it gives, else the one so described
        anywhere before (within `_FAR_REACH`); none when two are, nor when the word comes up again
        after the person was last named ("một người mẹ khác", "Thuyền trưởng tàu này"): someone
        unnamed in that role was brought in. Of several who fit "trẻ", the one clearly young."""
        start = si
        while start > 0 and not re.search(r"[“\"]", self.s[start].text) and si - start < _QUOTE_REACH:
            start -= 1  # (back to where the quote opened: its tag closes a quote of several sentences)
        near, anywhere = set(), set()
        for s_i, pos, full, _ in self.mentions:
            person = self.people.get(full)
            if si - _FAR_REACH <= s_i < si and person is not None and not (gender and person.gender and person.gender != gender) \
                    and self._age_fits(noun, full):
                said = list(person.roles) + list(person.titles) + self._appositions(s_i, pos, full).split(", ")
                if _describes(noun, office, said, self.lex):
                    anywhere.add(full)
                    if s_i >= start - PRONOUN_REACH:
                        near.add(full)
        # (else the one person the whole article so described: "anh X, 39 tuổi, trưởng nhóm," in
        # the scene that opened the story, "người trưởng nhóm nói" at its end)
        fits = {full for full in near or anywhere if not self._role_brought_up_since(noun, office, full, si)}
        if len(fits) > 1 and self.lex.YOUNG_WORD in noun.split():
            fits = {full for full in fits if int(self._stated_age(full) or self.lex.YOUNG_UNTIL) < self.lex.YOUNGEST_UNTIL}
        return (fits.pop(), "person") if len(fits) == 1 else None

    def _role_brought_up_since(self, noun: str, office: str | None, full: str, si: int) -> bool:
        """Whether the epithet's word comes up in the narration after the person was last named
        and before `si` (not as theirs: those name them again; not in a quote: "nhận ra mẹ
        không?" brings in no mother)."""
        last = max(s_i for s_i, _, name, _ in self.mentions if name == full and s_i < si)
        rx = re.compile(rf"(?<!\w){re.escape(_epithet_word(noun, office, self.lex))}(?!\w)")
        for k in range(last + 1, si):
            told = _narration(self.s[k].text).lower()
            for m in rx.finditer(told):
                before, after = told[:m.start()].split()[-1:], told[m.end():].split()[:3]
                pair = [w.strip(",.;:") for w in before + after[:1]]
                kin_pair = any(w in self.lex.FAMILY_ROLES for w in pair)
                # ("mẹ con chị Hồng", "bố mẹ của bé Su": a pair about someone else's family)
                rest = self.s[k].text[m.end():].split()  # (as written: a name after a title is capitalised)
                rest = rest[1:] if rest and rest[0].lower() in self.lex.FAMILY_ROLES else rest
                someone_else = bool(rest) and (rest[0].lower() == "của" or rest[0].lower() in self.lex.PERSON_TITLES
                                               and rest[1:2] and rest[1][:1].isupper())
                if not kin_pair or someone_else:
                    return True  # (not a pair of kin words about their own family: "Hai mẹ con", "Vợ chồng chị")
        return False

    def _age_fits(self, noun: str, name: str) -> bool:
        """"người giáo viên trẻ" is no one given as 40 or more nor called as an elder, "người mẹ già"
        no one given as under 50."""
        words = noun.split()
        age = self._stated_age(name)
        if self.lex.YOUNG_WORD in words and (age is not None and int(age) >= self.lex.YOUNG_UNTIL
                                             or self.people[name].titles & self.lex.ELDER_TITLES):
            return False
        return not (self.lex.OLD_WORD in words and age is not None and int(age) < self.lex.OLD_FROM)

    def _appositions(self, s_i: int, pos: int, full: str) -> str:
        """The short comma-set phrases right after a name ("Ông Nguyễn Văn Tám, 52 tuổi, thuyền
        trưởng tàu QNg 95317 TS, cho biết"): what the sentence says the person is, up to the first
        that opens on a verb or holds a reporting cue (", cho biết bản có 20 thợ săn", ", thuê một
        kỹ sư": the predicate)."""
        text, parsed = self.s[s_i].text, self.s[s_i].parsed
        last = full.split()[-1]
        found = re.search(rf"(?<!\w){re.escape(last)}(?!\w)", text[pos:])
        k = pos + found.start() if found else -1
        if k < 0 or not text[k + len(last):].lstrip().startswith(","):
            return ""
        verbs = {t.start for t in parsed.tokens if t.upos in ("VERB", "AUX")} if parsed else set()
        parts, at = [], k + len(last)
        for part in text[k + len(last):].split(",")[1:4]:
            at = text.find(part, at)
            first = at + len(part) - len(part.lstrip())
            if not part.strip() or len(part.split()) > 12 or first in verbs or self.rx["cue"].search(part):
                break
            parts.append(part.strip())
            at += len(part)
        return ", ".join(parts)


def _narration(text: str) -> str:
    """A sentence with what it quotes blanked out, its length kept (a quote closed in it that opened
    in a sentence before, or left open, too), so that offsets in it are the sentence's own."""
    spans, _ = quote_spans(text, False)
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _epithet_word(noun: str, office: str | None, lex) -> str:
    """The word of an epithet that must have been said of the person: an office whole, else the
    noun's first two words when they make one word ("thuyền trưởng"), else its first ("mẹ")."""
    words = noun.split()
    pair = " ".join(words[:2])
    return office.lower() if office else pair if len(words) > 1 and pair in dictionary_words() \
        and words[0] not in lex.PERSON_NOUN_GENDER and words[0] not in lex.PERSON_TITLES else words[0]


def _describes(noun: str, office: str | None, said: list[str], lex) -> bool:
    """Whether what the article said of someone (their roles, titles, appositions) holds the
    epithet's word as theirs: an office said whole and as the person's own ("đội trưởng" is no "bộ
    đội", "người trưởng thôn" no "con trai của trưởng thôn" nor "phó trưởng thôn"), else the
    noun's first word when it names a person ("mẹ" of "người mẹ già"), or its first two when they
    make one word ("thuyền trưởng" is no "thuyền viên"); "cán bộ", "lãnh đạo": an office of their
    own, with the epithet's other words ("người cán bộ xã")."""
    said = [part.lower() for part in said if part]
    if not office and " ".join(noun.split()[:2]) in lex.ANY_OFFICE_EPITHETS:
        rest = [w for w in noun.split()[2:] if w not in (lex.YOUNG_WORD, lex.OLD_WORD)]
        offices = [part for part in said if _own_office(part, lex)]
        return bool(offices) and all(any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", part) for part in offices) for w in rest)
    own = r"(?<!phó )(?<!của )" if office else ""
    rx = re.compile(rf"(?<!\w){own}{re.escape(_epithet_word(noun, office, lex))}(?!\w)")
    return any(rx.search(part) for part in said)


def _own_office(part: str, lex) -> bool:
    """Whether a role or title is an office its holder holds ("Phó chủ tịch UBND xã", "cán bộ văn
    hóa", "đội trưởng"), not whose kin they are ("con trai trưởng bản", "con trưởng")."""
    words = part.split()
    if not words or starts_with_any(part, lex.KIN_NOUNS) or words[0] in lex.FAMILY_ROLES:
        return False
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", part) for w in lex.NOT_OFFICE_ROLES):
        return False  # ("thuyền trưởng", "đội trưởng đội bóng": no one's office in the state)
    return bool(starts_with_any(part, (*lex.LEADER_OFFICES, *lex.ANY_OFFICE_EPITHETS))) \
        or any(w in lex.OFFICE_MARKERS for w in words[:2])  # ("phó giám đốc", "trưởng thôn", "đồn trưởng")
