"""Names an article says someone is called by, written without quotation marks ("Anh Nguyễn Văn
Lộc, ..., người trong xóm gọi là Út Lộc"; "Đó là Nhung, ..., người mà bà con gọi thân mật là cô
Út"; "Dân chạy xe quen gọi anh là Nghĩa Còi"): the nickname is the person's from then on, so a
later "anh Út Lộc kể" or "cô nói" credits the one named in full. A mixin of
`memory.ArticleMemory`, read by `people.PeopleIndex._scan_people` before each sentence's names, so
"cô Út" there is already the one called so. Also a given name alone, described right after it
("Ngân, cô sinh viên năm hai ..., nói"): she is someone, and "cô sinh viên" later means her."""
from __future__ import annotations

import re

from .names import names_in
from .patterns import described_sex
from .references import PRONOUN_REACH


class NicknameIndex:
    """Needs the attributes `memory.ArticleMemory.__init__` sets (s, lex, rx, people, mentions,
    nicknames) and `PeopleIndex.known_given_name`."""

    def _record_called_names(self, si: int) -> None:
        text = self.s[si].text
        for m in self.rx["called_name"].finditer(text):
            nick = m.group("nick")
            words = nick.split()
            if len(words) >= 3 and words[0] in self.lex.SURNAMES:
                continue  # (a full name is no nickname)
            owner = self._owner_called(nick, m, si)
            if owner is None or owner == nick or nick in self.nicknames:
                continue
            self.nicknames[nick] = owner

    def _record_given_name_described(self, si: int) -> None:
        text = self.s[si].text
        m = re.match(rf"([{self.lex.UPPER}][^\W\d_]+),([^,;:]+),", text)
        parsed = self.s[si].parsed
        if m is None or parsed is None or m.group(1) in self.lex.COUNTRY_NAMES or m.group(1) in self.lex.PLACES:
            return
        sex = described_sex(m.group(2), self.lex)
        if sex and any(t.start == 0 and t.text == m.group(1) and t.upos == "PROPN" for t in parsed.tokens):
            full = self.add_person(m.group(1), None, sex, si, 0)
            self.people[full].roles.append(m.group(2).strip().lower())

    def _owner_called(self, nick: str, m, si: int) -> str | None:
        """Whom the sentence calls so: one named in it before the nickname (the one whose name
        shares a word with it, else the first: "Anh X, con trai út của ông Hai, ... gọi là Út Lộc"
        is X), one named before by the given name alone ("Đó là Nhung"), or, after a pronoun
        ("gọi anh là"), the person of that sex named last within reach."""
        words = set(nick.split())
        here = []
        for chunk in re.finditer(r"[^,;:()“”\"]+", m.string[:m.start()]):
            found = [self._fullest(name, si) if len(name.split()) <= 2 else name
                     for name, title, _ in names_in(chunk.group(0), self.lex) if len(name.split()) > 1 or title]
            # ("Nhung là người mà ...": a given name alone, the one named so before)
            found = found or [known.name for word in chunk.group(0).split()
                              if word[:1].isupper() and (known := self.known_given_name(word)) is not None]
            here += [name for name in found if name != nick]
        if here:
            return next((full for full in here if words & set(full.split()[1:])), here[0])
        pron = m.group("pron")
        if not pron:
            return None
        sex = self.lex.PRONOUN_GENDER.get(pron.lower())
        for s_i, _, full, _ in reversed(self.mentions):
            if s_i < si - PRONOUN_REACH:
                break
            person = self.people.get(full)
            if person is not None and len(full.split()) >= 2 and person.gender in (None, sex):
                return full
        return None
