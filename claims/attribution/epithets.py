"""How an epithet for a thing points back to the one the article named or credited: "sàn này" to
"sàn thương mại điện tử Tiki", "hãng tin Anh" to Reuters, "đài này" to the broadcaster credited last,
"công văn trên" to "công văn số 112/HH-BĐS". A part of the article memory (`memory.ArticleMemory`),
beside the references to people (`references`)."""
from __future__ import annotations

import re

from .names import outlet_name
from .phrases import classify

ANAPHOR_REACH = 4  # sentences back "sàn này" looks for a "sàn" with a name


class EpithetMemory:
    """The things' side of the article memory; expects `s`, `lex`, `sources` and `relays` of the
    memory it is part of."""

    def _named_with_head(self, head: str, si: int) -> str | None:
        """The latest thing named after `head` in the sentences before `si` ("sàn thương mại điện tử
        Tiki" for "sàn"): the head, up to four lower-case words and the capitalised name."""
        pattern = re.compile(rf"(?<!\w)(?i:{re.escape(head)})\s+(?:[^\s,.;:()“”\"{self.lex.UPPER}]+\s+){{0,4}}?(?=[{self.lex.UPPER}])")
        for s_i in range(si - 1, max(-1, si - 1 - ANAPHOR_REACH), -1):
            text = self.s[s_i].text
            found = [m for m in pattern.finditer(text)]
            if found:
                m = found[-1]
                return text[m.start():m.end()] + outlet_name(text[m.end():], self.lex)
        return None

    def _outlet_of_country(self, mention: str, si: int) -> str | None:
        """"hãng tin Anh" after "theo Reuters" and "Kyodo cho biết": the latest outlet credited
        before that is from the country the epithet names."""
        country = next((c for c in set(self.lex.OUTLET_COUNTRIES.values())
                        if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", mention)), None)
        if country is None:
            return None
        for s_i, att in sorted(self.sources + self.relays, key=lambda x: -x[0]):
            if s_i < si and att.source_type == "media" and self.lex.OUTLET_COUNTRIES.get(att.source) == country:
                return att.source
        return None

    def _outlet_of_kind(self, head: str, si: int) -> str | None:
        """"Đài này" after "... nói với kênh Al Jazeera" and "Theo hãng tin Reuters": the latest
        outlet named or credited with a head of the same kind (a broadcaster), nearest first."""
        kind = self.lex.MEDIA_HEAD_KINDS.get(head.split(" này")[0].strip())
        if kind is None:
            return None
        heads = sorted((h for h, k in self.lex.MEDIA_HEAD_KINDS.items() if k == kind), key=len, reverse=True)
        for s_i in range(si - 1, max(-1, si - 1 - ANAPHOR_REACH), -1):
            media = [att for k, att in self.sources + self.relays if k == s_i and att.source_type == "media"]
            credited = [att for att in media if any(re.search(rf"(?<!\w){re.escape(h)}\s", att.mention, re.I) for h in heads)]
            if credited:
                return credited[-1].source  # as the article credited it ("báo X phản ánh": X)
            if any(not any(re.search(rf"(?<!\w){re.escape(h)}\s", att.mention, re.I) for h in self.lex.MEDIA_HEAD_KINDS)
                   for att in media):
                return None  # "Theo CNN": an outlet of no stated kind, credited last: the usual reading
            for h in heads:
                named = self._named_with_head(h, s_i + 1) if re.search(rf"(?<!\w){re.escape(h)}\s", self.s[s_i].text, re.I) else None
                found = classify(named, self.lex) if named else None
                if found is not None and found.stype == "media":
                    return found.name
        return None

    def _document_numbered(self, head: str, si: int) -> str | None:
        """The latest paper under `head` with a number ("công văn số 112/HH-BĐS") in the sentences
        before `si`."""
        # ("báo cáo 45 ca" is a verb and a count: a number needs "số" or a code with "/")
        pattern = re.compile(rf"(?<!\w)(?i:{re.escape(head)})\s+(?:số\s+\d[\w/.\-]*|\d+/[\w/.\-]+)(?<![.\-])")
        # ("ban hành Công văn 3120 gửi EVN": a paper's name, its head capitalised inside the sentence, and its number)
        named = re.compile(rf"(?<=\s){re.escape(head[:1].upper() + head[1:])}\s+\d{{3,6}}(?![\d.,/])")
        for s_i in range(si - 1, max(-1, si - 1 - ANAPHOR_REACH), -1):
            found = list(pattern.finditer(self.s[s_i].text)) or list(named.finditer(self.s[s_i].text))
            if found:
                return found[-1].group(0)
        return None

    def _document_titled(self, head: str, si: int) -> str | None:
        """The latest document with a title of its own ("Báo cáo Đầu tư mạo hiểm Việt Nam 2024")
        under `head` in the sentences before `si`, read as the rules read a document's name."""
        pattern = re.compile(rf"(?<!\w)(?i:{re.escape(head)})\s+[{self.lex.UPPER}][^,;:.“”\"]*")
        for s_i in range(si - 1, max(-1, si - 1 - ANAPHOR_REACH), -1):
            found = list(pattern.finditer(self.s[s_i].text))
            # the title ends where who issued it or when begins ("... 2024 do quỹ X công bố")
            title = re.split(r"\s(?:do|của|được|vừa|mới|đã)\s", found[-1].group(0))[0].strip() if found else ""
            doc = classify(title, self.lex) if title else None
            if doc is not None and doc.stype == "document" and doc.named:
                return doc.name
        return None
