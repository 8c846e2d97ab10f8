"""A bare sex noun tagging a quote ("“...”, người đàn ông nói", "cô gái nói nhỏ"): the one of that
sex who was speaking just before, when the story has one such speaker. A mixin of
`memory.ArticleMemory`, beside the descriptions (`descriptions`) and the people index it reads.

Only a speaker counts: someone only talked about (a dead man, a son in prison, a singer a fan
names) speaks no quote; an official is not called "người phụ nữ" in the queue she hands rice to;
a "cô gái" or a "chàng trai" is young, not someone given as 41 or called "bà"."""
from __future__ import annotations

import re

from .references import PRONOUN_REACH


class BareEpithetMemory:
    """Expects `s`, `lex`, `rx`, `people`, `sources`, `_introduced_unnamed`, `_sex_of`,
    `_official` and `_stated_age` of the memory it is part of."""

    def _speaker_described_bare(self, mention: str, si: int) -> str | None:
        noun = mention.strip().lower()
        sex, young = self.lex.BARE_SEX_NOUNS[noun]
        text = self.s[si].text
        if not self._tags_a_quote(mention, si) or self._introduced_unnamed("một " + noun, si) \
                or self.rx["someone_new"].search(" ".join(self.s[k].text for k in range(max(0, si - PRONOUN_REACH), si))):
            return None
        spoke: dict[str, int] = {}
        for s_i, att in self.sources:
            if si - PRONOUN_REACH <= s_i < si and att.source in self.people:
                spoke[att.source] = s_i
        fits = {name: s_i for name, s_i in spoke.items()
                if self._sex_of(name, self.people[name]) == sex and not self._official(self.people[name])
                and not (young and not self._young(name))
                and name.split()[-1] not in _quoted(text)}  # ("xem chị Hà hát", said by a fan of Hà)
        if not fits:
            return None
        last = max(fits.values())
        latest = [name for name, s_i in fits.items() if s_i == last]
        return latest[0] if len(latest) == 1 else None

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
