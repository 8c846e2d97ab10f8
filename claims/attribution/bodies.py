"""What an article remembers of the bodies it names: organisations written out in full, and how a
bare head ("công an", "Doanh nghiệp"), a short name ("Kim Phát") or a document "của sở này"
resolves to one of them (short forms and acronyms: `short_names`). A part of the article memory (`memory.ArticleMemory`), kept apart so
that each module reads in one go."""
from __future__ import annotations

import re

from ..words import dictionary_words
from .patterns import is_cap, starts_with_any
from .phrase_parts import org_heads_capitalised
from .phrases import classify
from .types import Attribution, Candidate

ORG_REACH = 8  # sentences back a body named again without its place looks for its full name
# words a body's name may run to: "Công ty Cổ phần Chế biến, Xuất khẩu Nông sản và Thực phẩm Phú Thịnh" has 16
MAX_NAME_WORDS = 18


class BodyMemory:
    """The bodies' side of the article memory; expects `s`, `lang`, `lex`, `rx`, `sources` and
    `_org_cache` from the memory it is part of."""

    def _owned_document(self, cand: Candidate, si: int) -> str | None:
        """"số liệu của trung tâm này", "báo cáo của sở này": the document with the body named
        before written out ("báo cáo của Sở Tài nguyên và Môi trường tỉnh X")."""
        if cand.stype not in ("document", "anaphor"):
            return None
        # (the head may have two words, "trung tâm", but never swallows the pointer: "cục này")
        owned = re.fullmatch(r"(.+?\s+của\s+)(\w+(?:\s+(?!(?:này|trên|nói trên|đó)$)\w+)?)(\s+(?:này|trên|nói trên|đó))?",
                             cand.mention, re.I)
        if owned is None or not starts_with_any(owned.group(1), self.lex.DOCUMENT_HEADS):
            return None
        if owned.group(3) is None and not (owned.group(2).islower() and owned.group(2) in self._heads_lower):
            return None  # ("số liệu của hiệp hội": a bare head in running text is the body named before)
        named = self._org_named_before(owned.group(2).lower(), si)
        if named:
            # the fuller name it was credited under ("Cục Y tế dự phòng": lower-case words go on)
            named = next((att.source for s_i, att in reversed(self.sources) if s_i < si and att.source_type == "organization"
                          and att.source.lower().startswith(named.lower() + " ")), named)
        return owned.group(1) + named if named else None

    def _org_named_before(self, head: str, si: int) -> str | None:
        """The latest organization written out in full before sentence `si` whose name starts with
        `head` ("sở" -> "Sở Công Thương TP HCM"), even if it was never quoted as a source."""
        for s_i in range(si, -1, -1):
            names = [n for n in self._org_mentions(s_i) if n.lower().startswith(head + " ")]
            if s_i == si:
                # in its own sentence only a body named before the mention ("Đại diện bệnh viện cho
                # biết ông được chuyển lên Bệnh viện Chợ Rẫy": not the hospital that speaks)
                at = self._generic_head_at(head, si)
                names = [n for n in names if 0 <= self.s[si].text.find(n) < at]
            if names:
                return names[-1]
        return None

    def _generic_head_at(self, head: str, si: int) -> int:
        """Where a body's head word stands alone as a mention in sentence `si` ("đại diện bệnh
        viện"), not as the start of a name ("Bệnh viện Bạch Mai") nor inside a word ("cán bộ"):
        after "đại diện" if so written, else its last such use."""
        text = self.s[si].text
        rep = re.search(rf"(?<!\w)đại diện\s+{re.escape(head)}(?!\w)", text, re.I)
        if rep:
            return rep.end() - len(head)
        generic = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", text, re.I)
                   if not re.match(rf"\s+[{self.lex.UPPER}]", text[m.end():])]
        return generic[-1] if generic else len(text)

    def _org_named_after(self, head: str, si: int) -> str | None:
        for s_i in range(si + 1, min(len(self.s), si + 4)):
            names = [n for n in self._org_mentions(s_i) if n.lower().startswith(head + " ")]
            if names:
                return names[0]
        return None

    def _org_mentions(self, s_i: int) -> list[str]:
        if s_i not in self._org_cache:
            text = self.s[s_i].text
            parsed = self.s[s_i].parsed
            verbs = {t.start for t in parsed.tokens if t.upos == "VERB" and t.text[:1].islower()} if parsed else set()
            out = []
            for m in re.finditer(rf"(?<!\w)(?:{org_heads_capitalised(self.lang)})(?=\s)", text):
                words, caps = [m.group(0)], 0
                pos = m.end()
                toks = text[m.end():].split()
                for k, tok in enumerate(toks):
                    pos = text.find(tok, pos) + len(tok)
                    nxt = toks[k + 1].strip(",.;:()") if k + 1 < len(toks) else ""
                    if tok in ("và", "-", "–") and is_cap(nxt) and (caps or k > 0) and not nxt.isupper() \
                            and nxt not in self.lex.COUNTRY_NAMES and nxt not in self.lex.OUTLETS \
                            and not re.match(rf"(?:{org_heads_capitalised(self.lang)})(?!\w)", " ".join(toks[k + 1:k + 4])):
                        words.append(tok)  # "Sở Tài nguyên và Môi trường", "Bộ Lao động - Thương binh và Xã hội"
                        continue
                    if tok == "tại" and caps and is_cap(nxt) and m.group(0).lower() in self.lex.NAMES_GO_ON_WITH_TAI:
                        words.append(tok)  # "Đại sứ quán Việt Nam tại Nhật Bản": the mission's host is in its name
                        continue
                    # ("Sản xuất Gạch ốp lát, Sứ vệ sinh và ...": a field's lower-case compound, the
                    # list of fields going on after it, whatever the tagger made of "ốp")
                    in_listed_field = k + 1 < len(toks) and is_cap(words[-1]) and tok[:1].islower() \
                        and toks[k + 1].endswith(",") and f"{tok.lower()} {nxt.lower()}" in dictionary_words() \
                        and self._name_goes_on(toks[k + 2:k + 10])
                    # ("Dịch vụ Suất ăn Công nghiệp và Thương mại X": a field's lower-case syllable the
                    # tagger reads as a verb, the list of fields going on right after it)
                    in_listed_field = in_listed_field or k + 1 < len(toks) and is_cap(words[-1]) \
                        and tok[:1].islower() and self._name_goes_on(toks[k + 1:k + 9]) \
                        and not re.match(rf"(?:{org_heads_capitalised(self.lang)})(?!\w)", " ".join(toks[k + 1:k + 4]))
                    # ("Cơ quan Cảnh sát điều tra Công an TP X": a field the tagger reads as a verb)
                    # (only when the name goes on with a capital right after: "điều tra Công an ...",
                    # not "Công an huyện X điều tra vụ cướp")
                    in_listed_field = in_listed_field or caps > 0 and (
                        f"{tok} {nxt}".lower() in self.lex.NAME_FIELDS_READ_AS_VERBS and k + 2 < len(toks) and is_cap(toks[k + 2])
                        or tok.lower() in self.lex.NAME_FIELDS_READ_AS_VERBS and is_cap(nxt))
                    if (caps or k == 0) and pos - len(tok) in verbs and not in_listed_field:
                        # "Công ty ... Kim Phát niêm yết": the name ends before its verb; "Công ty
                        # khẳng định ...": a bare head as subject, no name at all
                        break
                    word = tok.strip(",.;:()“”\"")
                    if tok[:1] in "(“\"":
                        break  # a bracketed aside or a quote follows the name
                    if tok.endswith(",") and self._name_goes_on(toks[k + 1:k + 9]) \
                            and not re.match(rf"(?:{org_heads_capitalised(self.lang)})(?!\w)", " ".join(toks[k + 1:k + 4])):
                        # (not a list of bodies: "Sở Y tế, Công an tỉnh và Viện Kiểm sát")
                        words.append(tok)  # "Công ty cổ phần Đầu tư, Xây dựng và Phát triển Địa ốc X"
                        caps += is_cap(word)
                        continue
                    # (a field's second syllable is no stop word: "Dịch vụ", "Thương mại" are words)
                    field_goes_on = bool(word) and is_cap(words[-1]) and word[:1].islower() \
                        and f"{words[-1].lower()} {word}" in dictionary_words()
                    if not word or not field_goes_on and not in_listed_field and (
                            word.lower() in self.lex.STOPWORDS or (word[:1].islower() and self.rx["cue"].fullmatch(word))
                            or word.lower() in self.lex.CLAUSE_WORDS) or len(words) > MAX_NAME_WORDS:
                        break
                    words.append(word)
                    caps += is_cap(word)
                    if word != tok:
                        break  # punctuation ends the name
                if caps:
                    if not parsed:
                        while words and words[-1][:1].islower():
                            words.pop()  # without a parse, trust the name only up to its last capital
                    out.append(" ".join(words))
            self._org_cache[s_i] = out
        return self._org_cache[s_i]

    @staticmethod
    def _name_goes_on(after: list[str]) -> bool:
        """After a comma inside a body's name: a capitalised field, then "và" and another
        ("Xây dựng và Phát triển", each field's first syllable capitalised): the list goes on."""
        k = next((j for j, t in enumerate(after) if t == "và"), None)
        # (a field's later syllables are lower case, "Xây dựng"; brands are not: "Novaland, Phát Đạt và Đất Xanh")
        return k is not None and 1 < k and is_cap(after[0]) and after[1][:1].islower() \
            and k + 1 < len(after) and is_cap(after[k + 1])

    def _resolve_org(self, cand: Candidate, si: int) -> str:
        """"công an" after "Công an phường Tân An": the organization named earlier; "Kim Phát"
        after "Công ty Vàng bạc đá quý Kim Phát": the full name written before."""
        low = cand.name.lower()
        if low in self.lex.GENERIC_ORG_REFS:
            # "Doanh nghiệp giải thích": the company last quoted or named
            heads = self.lex.GENERIC_ORG_REFS[low]
            for s_i, att in reversed(self.sources):
                if s_i < si and att.source_type == "organization" and starts_with_any(att.source, heads):
                    return att.source
            for s_i in range(si, -1, -1):
                named = [n for n in self._org_mentions(s_i) if starts_with_any(n, heads) and len(n.split()) > 2]
                # "Trường Đại học X" holds the head "Đại học" too: the whole name, not its tail
                named = [n for n in named if not any(n != m and m.endswith(" " + n) for m in named)]
                if named:
                    return named[-1]
        if cand.named and 1 <= len(low.split()) <= 3 and not starts_with_any(cand.name, self.lex.ORG_HEADS) \
                and cand.name not in self.lex.COUNTRY_NAMES and cand.name not in self.lex.PLACES:  # "Mỹ" is not its ministry
            for s_i in range(si, -1, -1):
                for n in reversed(self._org_mentions(s_i)):
                    k = n.lower().rfind(" " + low)
                    # "Công ty Vàng bạc đá quý Kim Phát niêm yết ..." holds "Kim Phát" as its name's end
                    if k > 0 and (k + 1 + len(low) == len(n) or n[k + 1 + len(low):][:2].strip()[:1].islower()):
                        return n[:k + 1 + len(low)]
        kind = re.match(rf"(?:{'|'.join(self.lex.BODY_KIND_WORDS)})\s+(\S.*)$", low)
        if kind:
            # "Cơ quan thanh tra xác định" after "Thanh tra tỉnh Phú Yên công bố": the body of that kind named before
            # (the one such body in reach: of two police bodies named, "cơ quan công an" may be either)
            named = {n for s_i in range(max(0, si - ORG_REACH), si) for n in self._org_mentions(s_i)
                     if n.lower().startswith(kind.group(1) + " ")}
            # (bodies of that kind as written, "Công an quận 1" too, which may not read as a name)
            as_named = kind.group(1)[:1].upper() + kind.group(1)[1:]  # (a body's name opens on a capital)
            # (a place's level or a capital after it, not a verb: "Thanh tra chỉ ra", "Ảnh: Công an cung cấp")
            written = {m.group(1).lower().split(".")[0] for s_i in range(max(0, si - ORG_REACH), si)  # ("Tp.Cần Thơ" is "TP Cần Thơ")
                       for m in re.finditer(rf"(?<!\w){re.escape(as_named)}\s+(\S+)", self.s[s_i].text)
                       if m.group(1)[:1].isupper() or m.group(1).lower() in self.lex.ADMIN_PLACE_HEADS}
            if len(named) == 1 and len(written) <= 1:
                return named.pop()
        fuller = (self.fuller_org_name(cand.name, si) or self._longer_name_before(cand.name, si)) if cand.named else None
        if fuller:
            return fuller
        if cand.named and len(low.split()) >= 2 and starts_with_any(cand.name, self.lex.ORG_HEADS):
            # "theo Sở Y tế" after "Sở Y tế Nghệ An cho biết": the same body, its place left out
            for s_i, att in reversed(self.sources):
                rest = att.source[len(cand.name):].strip() if att.source.startswith(cand.name + " ") else ""
                if not (si - ORG_REACH <= s_i < si and att.source_type == "organization" and rest):
                    continue
                if rest in self.lex.COUNTRY_NAMES or starts_with_any(rest, self.lex.COUNTRY_NAMES):
                    continue  # "Bộ Ngoại giao Trung Quốc" is not the "Bộ Ngoại giao" of the article's own country
                if rest[:1].isupper() or starts_with_any(rest, self.lex.ADMIN_PLACE_HEADS):
                    return att.source
        bare_head = low in {h.lower() for h in self.lex.ORG_HEADS}  # ("Đại sứ quán", "VKSND") a head alone
        if len(low.split()) <= 2 and not cand.named or bare_head:
            for s_i, att in reversed(self.sources):
                if att.source_type == "organization" and att.source.lower().startswith(low) and s_i < si:
                    return att.source
            if bare_head:
                named = self._org_named_before(low, si)  # "Đại diện sở", "Công ty cho rằng"
                if named is None and cand.name in self.lex.ORG_HEAD_ACRONYMS:
                    # "VKSND cáo buộc" after "Viện Kiểm sát nhân dân tỉnh Gia Lai đã truy tố ..."; the
                    # supreme court or procuracy has an acronym of its own ("VKSNDTC")
                    named = self._org_named_before(self.lex.ORG_HEAD_ACRONYMS[cand.name], si)
                    named = None if named and named.lower().endswith(self.lex.OWN_ACRONYM_ENDINGS) else named
                if named is None and self.s[si].kind == "headline":
                    named = self._org_named_after(low, si)  # a headline's "Công an" is named in the body
                return named or self._body_it_abbreviates(cand.name, si) or cand.name
        return self._body_it_abbreviates(cand.name, si) or cand.name

    def _document_owner(self, att: Attribution) -> tuple[str, str] | None:
        """"Cơ quan này" after "Theo báo cáo của Cơ quan X": the body whose document spoke."""
        if att.source_type != "document":
            return None
        owner = re.search(r"(?<!\w)của\s+(.+)$", att.source)
        # (the body's name ends where what the document did begins: "của Sở X gửi UBND tỉnh")
        name = re.split(r"\s(?:gửi|trình|về|cho|tại|ngày|tháng|năm|công bố|ban hành)(?!\w)", owner.group(1))[0] if owner else ""
        body = classify(name, self.lex) if name else None
        return (body.name, "organization") if body is not None and body.stype == "organization" else None

    def _subject_body(self, head: str, si: int) -> str | None:
        """The first body sentence `si` names outside a place or partner phrase ("Tại trụ sở UBND
        tỉnh X, Thanh tra Chính phủ ...": the inspectorate); for "cơ quan" a state body only
        ("Công ty Thành Đạt" is no "cơ quan")."""
        text = self.s[si].text
        for name in self._org_mentions(si):
            at = text.find(name)
            if at >= 0 and re.search(r"(?:tại|ở|với|trụ sở|cho|của)\s+$", text[:at].lower()):
                continue
            if head == "cơ quan" and not starts_with_any(name, self.lex.STATE_BODY_HEADS):
                continue
            return name
        return None
