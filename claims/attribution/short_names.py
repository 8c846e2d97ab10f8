"""How a body's short form points to its full name: an acronym in brackets after the name
("EVN" for "Tập đoàn Điện lực Việt Nam (EVN)", "CDC Gia Lai" for "Trung tâm Kiểm soát bệnh tật (CDC)
Gia Lai"), an acronym spelt out ("Cục CSGT"), a bare head ("Cơ quan điều tra") or a brand ("Kim
Phát") for the body named in full before. A part of the article memory (`memory.ArticleMemory`),
beside the bodies it reads (`bodies`)."""
from __future__ import annotations

import re

from .names import holders_name, names_in
from .patterns import is_cap, is_short_form, starts_with_any

FULL_NAME_REACH = 300  # sentences back a short name looks for its full name (an article's length; bounds long pages)


def spelt_out(full: str, head: str | None, acronym: str, then_place: bool = False) -> bool:
    """"Cục Cảnh sát giao thông" spells out "Cục CSGT": the same head, then words whose initials
    are the acronym's letters ("&" for "và": "Bộ GD&ĐT"); without a head, the whole name's
    ("HĐXX": "Hội đồng xét xử"); `then_place`: the name may go on after them."""
    letters = acronym.replace("&", "V")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    if head and not full.lower().startswith(head.lower() + " "):
        return False
    words = full[len(head):].split() if head else full.split()
    if then_place:  # ("Sở GD&ĐT" of "Sở Giáo dục và Đào tạo Nghệ An": the acronym leaves the place out)
        words = words[:len(letters)]
    return len(words) == len(letters) and "".join(w[0] for w in words).upper() == letters


class ShortNameMemory:
    """Expects `s`, `lex`, `rx`, `sources`, `_alias_cache`, `_bracket_index` and the bodies' `_org_mentions`
    of the memory it is part of."""

    def bracket_alias(self, name: str, si: int) -> str | None:
        """"EVN", "VietStar Tech" after "Tập đoàn Điện lực Việt Nam (EVN)", "Công ty cổ phần Công
        nghệ Sao Việt (VietStar Tech)": the body's name as written with its short form, the fullest
        name; a short form no body's name introduced is left alone (None)."""
        key = (name, si)
        if key not in self._alias_cache:
            found = None
            if name and len(name) <= 40 and "(" not in name:
                for s_i, k in self._bracketed_at().get(name, ()):
                    if s_i > si:
                        break
                    if k <= 0:
                        continue  # a bracket opening the sentence follows no name
                    text = self.s[s_i].text
                    before = text[:k].rstrip()
                    follows = text[k + len(name) + 2:].split()[:4]
                    # (a person's name may follow: "Tập đoàn X (EVN) Nguyễn Xuân Hùng")
                    person_next = bool(follows) and any(" ".join(follows).startswith(n) for n, _, _ in names_in(" ".join(follows), self.lex))
                    goes_on = bool(follows) and (is_cap(follows[0]) or follows[0] in self.lex.ADMIN_PLACE_HEADS
                                                 and len(follows) > 1 and is_cap(follows[1]))
                    if not is_short_form(name, self.lex) or (goes_on and not person_next):
                        break  # "(Bộ Y tế)": the parent body; "(CDC) Hà Nội": the name goes on after it
                    found = next((f"{n} ({name})" for n in self._org_mentions(s_i) if before.endswith(n) and n != name), None)
                    if found:
                        break
            if found is None and name and "(" not in name:
                # "CDC" after "Theo Trung tâm Kiểm soát bệnh tật (CDC) TP Cần Thơ": the name went on
                # after the bracket, and the body was credited with it written in full (unless a body
                # of that kind was named since: "Trung tâm Kiểm soát ... Hoa Kỳ" is another CDC)
                credit = next(((s_i, att.source) for s_i, att in reversed(self.sources) if s_i < si
                               and att.source_type in ("organization", "media") and f"({name})" in att.source), None)
                head = starts_with_any(credit[1], self.lex.ORG_HEADS) if credit else None
                # (of its kind: its head and the word after it, "Trung tâm Kiểm soát ...")
                kind = " ".join(credit[1].split()[:len(head.split()) + 1]).lower() if head else None
                since = kind is not None and any(n.lower().startswith(kind + " ") and f"({name})" not in n
                                                 for k in range(credit[0] + 1, si + 1) for n in self._org_mentions(k))
                found = credit[1] if credit and not since else None
            self._alias_cache[key] = found or self._short_form_then_place(name, si)
        return self._alias_cache[key]

    def _short_form_then_place(self, name: str, si: int) -> str | None:
        """"CDC Gia Lai" after "Trung tâm Kiểm soát bệnh tật (CDC) Gia Lai", met only inside someone's
        title: the short form, then the rest of the name as written after the bracket."""
        short, _, rest = (name or "").partition(" ")
        if not rest or "(" in name or not is_short_form(short, self.lex):
            return None
        for s_i, k in self._bracketed_at().get(short, ()):
            text = self.s[s_i].text
            if s_i <= si and k > 0 and re.match(rf"\s*{re.escape(rest)}(?!\w)", text[k + len(short) + 2:]):
                body = next((n for n in self._org_mentions(s_i) if text[:k].rstrip().endswith(n) and n != short), None)
                if body:
                    return f"{body} ({short}) {rest}"
        return None

    def _bracketed_at(self) -> dict[str, list[tuple[int, int]]]:
        """Where each bracketed text stands in the article, its first place in each sentence, in
        order: read once per article, not once per mention (a long page has thousands of them)."""
        if self._bracket_index is None:
            index: dict[str, list[tuple[int, int]]] = {}
            for s_i, sent in enumerate(self.s):
                for m in re.finditer(r"\(([^()]{1,40})\)", sent.text):
                    places = index.setdefault(m.group(1), [])
                    if not places or places[-1][0] != s_i:
                        places.append((s_i, m.start()))
            self._bracket_index = index
        return self._bracket_index

    def _body_it_abbreviates(self, name: str, si: int) -> str | None:
        """"Cơ quan điều tra" after "Cơ quan Cảnh sát điều tra Công an TP Hà Nội", "phòng khám"
        after "Phòng khám đa khoa Tâm An", "Xã" after "UBND xã Phìn Sáng": a body's head with only
        lower-case words after it, no name of its own, is the latest body named in full whose name
        holds those words in order (not "Cơ quan y tế" for "Trạm Y tế xã X": no "cơ quan" in it); a
        headline's is the first named after it."""
        words = name.lower().split()
        if not 1 <= len(words) <= 4 or any(is_cap(w) or any(ch.isdigit() for ch in w) for w in name.split()[1:]) \
                or not starts_with_any(name, self.lex.ORG_HEADS):
            return None

        def holds(full: str) -> bool:
            full_words = full.lower().replace(",", " ").split()
            if len(full_words) <= len(words) or not any(is_cap(w) for w in full.split()[1:]):
                return False
            if len(words) == 1:  # one word ("xã", "sở") opens the name, or follows the body of a place ("UBND xã X")
                return full_words[0] == words[0] or len(full_words) > 1 and full_words[1] == words[0] \
                    and full.split()[0] in self.lex.ORG_HEAD_ACRONYMS
            rest = iter(full_words)
            return all(w in rest for w in words)
        if self.s[si].kind == "headline":
            order = list(range(si + 1, min(len(self.s), si + 6)))
        else:
            order = list(range(si - 1, max(-1, si - 1 - FULL_NAME_REACH), -1))
        credited: dict[int, list[str]] = {}
        for x, att in self.sources:
            if att.source_type == "organization":
                credited.setdefault(x, []).append(att.source)
        for s_i in order:
            found = [full for full in credited.get(s_i, []) + self._org_mentions(s_i) if holds(full)]
            if found:
                return found[0] if self.s[si].kind == "headline" else found[-1]
        return None

    def _longer_name_before(self, name: str, si: int) -> str | None:
        """The one body named in full before that this name shortens: its short form in brackets
        and what follows ("CDC Hà Nội" for "Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội"), its first
        words ("Văn phòng Ban Chỉ đạo" for "Văn phòng Ban Chỉ đạo quốc gia về phòng, chống thiên
        tai"), its head and short form ("Cục A05" for "Cục An ninh mạng ... (A05)"), or its acronym's start ("VKS" for "VKSND Tối cao"); None when two bodies fit."""
        words = name.split()
        acronym = len(words) == 1 and name.isupper() and len(name) >= 2
        head = starts_with_any(name, self.lex.ORG_HEADS)
        prefix = len(words) >= 3 and head is not None
        # ("Sở GD&ĐT Hải Dương" for "Sở Giáo dục và Đào tạo tỉnh Hải Dương": a head, its acronym, a place)
        rest = name[len(head):].split() if head else []
        placed = (rest[0], " ".join(rest[1:])) if len(rest) >= 2 and rest[0].replace("&", "").isupper() else None
        if not (acronym or prefix or " " in name):
            return None
        found: set[str] = set()
        credited: dict[int, list[str]] = {}
        for x, a in self.sources:
            if a.source_type == "organization":
                credited.setdefault(x, []).append(a.source)
        for s_i in range(si - 1, max(-1, si - 1 - FULL_NAME_REACH), -1):
            if self.s[s_i].kind == "headline":
                continue  # a headline runs a name on into what it says ("CLB X giữa tranh cãi ...")
            for full in self._org_mentions(s_i) + credited.get(s_i, []):
                if re.search(r"\d", full[len(name):]):
                    continue  # ("Đại học X cao nhất 28,75": a figure, no part of a name)
                short = re.match(r"(.+?)\s*\(([^()]+)\)\s*(.*)$", full)
                if short and f"{short.group(2)} {short.group(3)}".strip() == name \
                        or prefix and full.startswith(name + " ") and not starts_with_any(full[len(name):].strip(), self.lex.COUNTRY_NAMES) \
                        and not holders_name(full[len(name):].split(), self.lex, full, self.s[s_i].text) \
                        or acronym and full.split()[0] != name and full.split()[0].startswith(name) and full.split()[0].isupper() \
                        or placed and full.endswith(" " + placed[1]) and spelt_out(full, head, placed[0], then_place=True):
                    found.add(full)
        if not found and head and len(rest) == 1 and is_short_form(rest[0], self.lex):
            return self._head_then_bracketed(head, rest[0], si)
        return found.pop() if len(found) == 1 else None

    def _head_then_bracketed(self, head: str, short: str, si: int) -> str | None:
        """"Cục A05" after "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05)": the
        words from the last such head before the bracket to it, read from the text (a long name's
        lower-case fields and its commas are no break there), when they hold no other punctuation."""
        for s_i, k in reversed(self._bracketed_at().get(short, ())):  # (the nearest before first)
            if s_i >= si or k <= 0:
                continue
            after = self.s[s_i].text[k + len(short) + 2:].split()[:2]
            if after and (is_cap(after[0]) or after[0].lower() in self.lex.ADMIN_PLACE_HEADS):
                return None  # "Sở Giáo dục và Đào tạo (GD-ĐT) TP Hồ Chí Minh": the name goes on after the bracket
            before = self.s[s_i].text[:k].rstrip()
            heads = list(re.finditer(rf"(?<!\w){re.escape(head)}\s+(?=[{self.lex.UPPER}])", before))
            if not heads:
                continue
            full = before[heads[-1].start():]
            if len(full.split()) <= 16 and not re.search(r"[;:.!?“”\"()]", full) \
                    and "," not in self.rx["name_comma"].sub(" ", full):
                return f"{full} ({short})"
        return None

    def fuller_org_name(self, name: str, si: int) -> str | None:
        """"Công ty Kỳ Phong" after "Công ty TNHH Điện tử Kỳ Phong": a body's short name, its head
        and the capitalised end of its name, written out in full before (the one such name; none
        when two differ). A short name without its head ("TaGo") matches a full name's capitalised
        end too."""
        head = starts_with_any(name, self.lex.ORG_HEADS)
        tail = name[len(head):].strip() if head else name
        if not tail or not all(is_cap(w) for w in tail.split()) or tail in self.lex.COUNTRY_NAMES or tail in self.lex.PLACES:
            # "Công an tỉnh Nghệ An" is no short form of "Công an huyện X, tỉnh Nghệ An", nor "Bộ Tài
            # chính" (a field, no proper name) of "Bộ Công Thương - Tài chính"
            return None
        found = None
        # (a body credited by a name no capital runs in, "Hội đồng xét xử nhận định", spells an acronym
        # too: asked only for an acronym)
        credited: dict[int, list[str]] = {}
        if tail.replace("&", "").isupper():
            for s_i, att in self.sources:
                if att.source_type == "organization":
                    credited.setdefault(s_i, []).append(att.source)
        for s_i in range(si - 1, max(-1, si - 1 - FULL_NAME_REACH), -1):  # before its sentence, not beside it
            for full in self._org_mentions(s_i) + credited.get(s_i, []):
                if spelt_out(full, head, tail) and full != found:
                    if found is not None:
                        return None
                    found = full  # "Cục CSGT" after "Cục Cảnh sát giao thông": the head, then its initials
                    continue
                if len(full) <= len(name) or not full.endswith(" " + tail) or full == found:
                    continue
                fields = full[len(head or ""):].lower()
                if any(re.search(rf"(?<!\w){re.escape(g)}(?!\w)", fields) for g in self.lex.GROUP_HEADS):
                    continue  # "Công ty Tân Á" is not its group "Công ty cổ phần Tập đoàn Tân Á"
                if full.lower().startswith(head.lower() + " ") if head else self._formal_name(full, tail):
                    if found is not None:
                        return None  # two full names ending alike, a parent and a subsidiary: left as written
                    found = full
        return found

    def _formal_name(self, full: str, brand: str) -> bool:
        """Whether `full` is a firm's formal name that `brand` ends ("Công ty cổ phần Công nghệ và
        Vận tải TaGo"): its fields capitalised, not a description ("Công ty phần mềm Nexora") nor a
        state body whose place the brand is ("Bộ Ngoại giao Kessland")."""
        head = starts_with_any(full, self.lex.ORG_HEADS)
        if not head or starts_with_any(full, self.lex.STATE_BODY_HEADS):
            return False
        fields = full[len(head):-len(brand)].split()
        # (a field's later syllables are lower case: "Công nghệ"; its first never is)
        return all(is_cap(w) for k, w in enumerate(fields) if k == 0 or fields[k - 1] in ("và", ","))
