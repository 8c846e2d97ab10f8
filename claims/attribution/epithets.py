"""How an epithet for a thing points back to the one the article named or credited: "sàn này" to
"sàn thương mại điện tử Tiki", "hãng tin Anh" to Reuters, "đài này" to the broadcaster credited last,
"công văn trên" to "công văn số 112/HH-BĐS", "Bộ này" to the ministry last credited or whose
official spoke. A part of the article memory (`memory.ArticleMemory`),
beside the references to people (`references`)."""
from __future__ import annotations

import re

from .outlet_names import outlet_name
from .patterns import starts_with_any
from .phrases import classify
from .types import Candidate

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

    def _headed_by(self, att, head: str) -> bool:
        """Whether a credited source is a body with that head ("Bộ Nội vụ", "Đại diện Bộ Y tế",
        "cơ quan này"), not one that holds the word inside another ("cán bộ")."""
        def bare(text: str) -> str:
            low = re.sub(r"^(?:một|các|những|vị)\s+", "", text.strip().lower())
            spk = starts_with_any(low, self.lex.SPOKESPERSON_HEADS)
            return re.sub(r"^(?:của|cho)\s+", "", low[len(spk):].strip()) if spk else low
        return any(b == head or b.startswith(head + " ") for b in (bare(att.mention), bare(att.source)))

    def _office_body(self, att, head: str) -> str | None:
        """The body a credited person holds office in, written with `head` between the office and
        the name ("Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân": "Bộ Công Thương")."""
        if att.source_type != "person" or not att.mention or att.source not in att.mention:
            return None
        m = re.search(rf"(?<=\s){re.escape(head[:1].upper() + head[1:])}\s+[{self.lex.UPPER}]", att.mention)
        body = att.mention[m.start():att.mention.index(att.source)].strip(" ,") if m and m.start() < att.mention.index(att.source) else ""
        return body if len(body.split()) >= 2 else None

    def _latest_body_of_kind(self, heads: tuple[str, ...], si: int) -> str | None:
        """The body with one of `heads` last credited or written out in full before sentence `si`,
        whichever came later."""
        credited = next(((s_i, att.source) for s_i, att in sorted(self.sources, key=lambda x: -x[0])
                         if s_i < si and att.source_type == "organization" and starts_with_any(att.source, heads)), None)
        for s_i in range(si - 1, credited[0] if credited else -1, -1):
            named = [n for n in self._org_mentions(s_i) if starts_with_any(n, heads) and len(n.split()) > 2]
            named = [n for n in named if not any(n != m and m.endswith(" " + n) for m in named)]
            if named:
                return named[-1]
        return credited[1] if credited else None

    def _thing_of_kind(self, cand: Candidate, si: int, head: str, earlier: list) -> tuple[str, str]:
        """A body's, a paper's or an outlet's epithet ("Bộ này", "công văn này", "tờ báo này") that
        no earlier source holding its words resolved: the nearest thing of its kind, credited
        (`earlier`, latest first) or named; else the mention as written."""
        if cand.title == "organization" and head in self.lex.GENERIC_ORG_REFS:
            # "Doanh nghiệp này" after the bank credited, then "ông X, Giám đốc Công ty Y": the
            # latest firm of that kind, credited or only named
            latest = self._latest_body_of_kind(self.lex.GENERIC_ORG_REFS[head], si)
            if latest:
                return latest, "organization"
        if cand.title == "organization" and head not in ("cơ quan", "đơn vị", "phía", "bên", "tổ chức"):
            # "Bộ này" after "Bộ Nông nghiệp và Môi trường đã có công điện ...": the body last
            # credited, unless its name opens with another kind of body ("Công an tỉnh X" is no
            # "Bộ"; "BV Chợ Rẫy" may be "Bệnh viện này"), else the body named with that head
            for att in earlier:
                if att.source_type == "organization":
                    other = starts_with_any(att.source, self.lex.ORG_HEADS)
                    if not other or other.lower() == head or self.lex.ORG_HEAD_ACRONYMS.get(other) == head \
                            or att.source.lower().startswith(head + " "):
                        return att.source, att.source_type
            named = self._org_named_before(head, si)
            if named:
                return named, "organization"
        if cand.title == "document":
            # "công văn này" after "gửi công văn số 112/HH-BĐS": the paper of that kind, numbered
            # or titled, before any other paper credited since
            named = self._document_numbered(head, si) or self._document_titled(head, si)
            if named:
                return named, "document"
        if cand.title == "media":
            outlet = self._outlet_of_country(cand.mention, si) or self._outlet_of_kind(head, si)
            if outlet:
                return outlet, "media"
        kinds = {"anonymous": ("anonymous",), "organization": ("organization",), "media": ("media",),
                 "document": ("document",)}[cand.title or "organization"]
        for att in earlier:
            if att.source_type in kinds:
                return att.source, att.source_type
            owner = self._document_owner(att) if cand.title == "organization" else None
            if owner:
                return owner  # "Cơ quan này" after "Theo báo cáo của Viện X": the institute
        if cand.title == "organization":
            named = self._org_named_before(head, si)
            if named:
                return named, "organization"
            before = self._subject_body(head, si - 1) if head in ("cơ quan", "đơn vị") and si > 0 else None
            if before:
                # "Cơ quan này khẳng định" right after "Ngân hàng Nhà nước Khu vực 11 đã có văn bản
                # ...": the body the sentence before named first, as its subject
                return before, "organization"
        if cand.title == "media":
            # "tờ báo này" after "Khảo sát của báo Thanh Niên ... cho thấy": the outlet named there,
            # though it was credited with nothing
            outlet = self._named_with_head(head.split()[-1], si)
            found = classify(outlet, self.lex) if outlet else None
            if found is not None and found.stype == "media":
                return found.name, "media"
        if cand.title == "document":
            titled = self._document_titled(head, si)
            if titled:
                return titled, "document"  # "Báo cáo này" after "Theo Báo cáo Đầu tư mạo hiểm Việt Nam 2024 do ..."
        for s_i in range(si - 1, max(-1, si - 4), -1):
            # "tài khoản này" after "chủ tài khoản TikTok “Mẹ Phú Hòa”": the one named with that head
            m = re.search(rf"(?<!\w){re.escape(head)}\s+(?:[\w]+\s+)?(?:“[^”]+”|\"[^\"]+\")", self.s[s_i].text, re.I)
            if m:
                return m.group(0), cand.title or "organization"
        return cand.mention, cand.title or "organization"  # unresolved: "cơ quan này" as written
