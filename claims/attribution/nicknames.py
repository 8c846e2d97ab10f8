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
from .patterns import named_then_described
from .references import PRONOUN_REACH


class NicknameIndex:
    """Needs the attributes `memory.ArticleMemory.__init__` sets (s, lex, rx, people, mentions,
    nicknames) and `PeopleIndex.known_given_name`, `PeopleIndex._fullest`."""

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
            sex = self.lex.PRONOUN_GENDER.get((m.group("title") or "").lower())
            person = self.people.get(owner)
            if sex and person is not None and self._sex_of(owner, person) not in (None, sex):
                continue  # ("cô Út" is no man's nickname)
            self.nicknames[nick] = owner

    def _record_given_name_described(self, si: int) -> None:
        found = named_then_described(self.s[si].text, self.lex)
        parsed = self.s[si].parsed
        if found is None or parsed is None:
            return
        if any(t.start == 0 and t.text == found[0] and t.upos == "PROPN" for t in parsed.tokens):
            full = self.add_person(found[0], None, found[2], si, 0)
            self.people[full].roles.append(found[1].lower())

    def _owner_called(self, nick: str, m, si: int) -> str | None:
        """Whom the sentence calls so: the one named in it last before the nickname, or the one
        whose name shares a word with it ("Anh X, con trai út của ông Hai, ... gọi là Út Lộc" is
        X); one named before by the given name alone ("Nhung là người mà ... gọi là cô Út"); after
        a pronoun ("gọi anh là"), the person of that sex named last within reach. Not when a thing
        is what is called ("con hẻm này được người dân gọi là Hẻm Ông Tư", "cánh đồng mà ...")."""
        words = set(nick.split())
        here = []
        for chunk in re.finditer(r"[^,;:()“”\"]+", m.string[:m.start()]):
            found = [(self._fullest(name, si) if len(name.split()) <= 2 else name, chunk.start() + chunk.group(0).find(name))
                     for name, title, _ in names_in(chunk.group(0), self.lex) if len(name.split()) > 1 or title]
            # ("Nhung là người mà ...": a given name alone, the one named so before)
            found = found or [(known.name, chunk.start() + chunk.group(0).find(word)) for word in chunk.group(0).split()
                              if word[:1].isupper() and (known := self.known_given_name(word)) is not None]
            here += [(name, at) for name, at in found if name != nick]
        pron = m.group("pron")
        if here and not pron:
            name, at = next(((n, a) for n, a in here if words & set(n.split()[1:])), here[-1])
            between = m.string[at:m.start()]
            # (a common noun pointed at, not a person: "con hẻm này", "cánh đồng mà"; "ông Tư mà" is one)
            thing = any(t.group(1).islower() and t.group(1) != "người"
                        for t in re.finditer(r"(\w+)\s+(?:này|mà|đó|kia)(?!\w)", between))
            return None if thing else name
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

    def _by_initials(self, name: str) -> str | None:
        """"T." after "anh N.V.T.": the one person whose initials end with it."""
        fits = [full for full in self.people if re.fullmatch(rf"(?:[A-ZĐ]\.)+{name}", full)]
        return fits[0] if len(fits) == 1 else None
