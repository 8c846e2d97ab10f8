"""Where attribution is decided: parsed sentences in, frozen `SentenceAttribution`s out.

Pure functions only: no database, no Streamlit, no model loading. The rules read the language
tables of `claims.lexicon`; the order of the checks for one sentence is

1. a leading "Theo X, ..." (with a nested speaker or an apposition after it),
2. a vague lead ("Thông tin ban đầu, ..."),
3. subject + reporting cue outside quotation marks ("X cho biết ...", "“...”, X nói."),
   the subject found by walking back over the comma-separated segments before the cue,
4. a postposed "..., theo X." that credits the whole sentence,
then, across sentences, multi-sentence quotes and pronoun / short-name follow-ups.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Sequence

from . import lexicon
from .nlp import ParsedSentence

SOURCE_TYPES = ("person", "organization", "media", "document", "anonymous")
_MASK = "░"
_OPEN_Q = "“«„‘"
_CLOSE_Q = "”»’"
_STRAIGHT_Q = '"'


@dataclass(frozen=True)
class Attribution:
    source: str
    mention: str
    source_type: str
    cue: str | None
    quote: str | None
    confidence: float
    role: str = "speaker"  # "speaker" (credited) | "relay" (the medium that passed it on)


@dataclass(frozen=True)
class SentenceAttribution:
    is_claim: bool
    attributions: tuple[Attribution, ...]
    flags: tuple[str, ...]

    @property
    def primary(self) -> Attribution | None:
        return next((a for a in self.attributions if a.role == "speaker"), None)


@dataclass(frozen=True)
class SentenceIn:
    """What attribution needs of a sentence: its text, kind and role, and its parse."""

    text: str
    kind: str = "body"
    role: str | None = None
    parsed: ParsedSentence | None = None
    paragraph: int | None = None  # sentences of one paragraph share it; None: unknown


@dataclass
class _Candidate:
    name: str
    mention: str
    stype: str  # a SOURCE_TYPE or "pronoun" / "title" (to be resolved)
    gender: str | None = None
    title: str | None = None
    embedded: bool = False
    named: bool = False  # carries a proper name


@dataclass
class _Person:
    name: str
    gender: str | None
    titles: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    positions: list[tuple[int, int]] = field(default_factory=list)  # (sentence, char)


# ============================================================================ regexes
def _words_alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=8)
def _rx(lang: str) -> dict:
    lex = lexicon.get(lang)
    cues = _words_alt(list(lex.SPEECH_CUES) + list(lex.FINDING_CUES))
    titles = _words_alt(lex.PERSON_TITLES)
    return {
        "cue": re.compile(rf"(?<![\w{_MASK}])(?:{cues})(?![\w])", re.I),
        "colon_tag_cue": re.compile(rf"(?<![\w{_MASK}])(?:{_words_alt(lex.QUOTE_TAG_VERBS)})(?=\s*:\s*[“\"{_MASK}])", re.I),
        "tag_cue": re.compile(rf"(?<![\w{_MASK}])(?:{_words_alt(lex.QUOTE_TAG_VERBS)})(?=\s*[.!?…]*\s*$)", re.I),
        "title_start": re.compile(rf"^(?:(?:{titles})\s+)+", re.I),
        "title_any": re.compile(rf"(?<!\w)(?:{titles})(?!\w)", re.I),
        "lead_theo": re.compile(rf"^(?:{_OUTLET_TAG})?(?:(?:{_words_alt(lex.LEADING_ADVERBIALS)})\s*,?\s*)?({_words_alt(lex.SOURCE_PREPOSITIONS)})\s+", re.I),
        "post_theo": re.compile(rf",\s*({_words_alt(lex.SOURCE_PREPOSITIONS)})\s+([^,;:]+?)\s*[.!?…]*\s*$", re.I),
        "vague_lead": re.compile(rf"^(?:{_words_alt(lex.VAGUE_LEADS)})\s*,", re.I),
        "relay": re.compile(rf"(?<!\w)(?:{_words_alt(lex.RELAY_CUES)})(?!\w)", re.I),
        "hedge": re.compile(rf"(?<!\w)(?:{_words_alt(lex.HEDGES)})(?!\w)", re.I),
        "cap_run": re.compile(r"(?:(?:[A-ZÀ-Ỹ][\w'’.-]*|al-[\w-]+|bin|de|van|von|der|la|ibn|el-[\w-]+)\s*)+"),
        "time_tail": re.compile(
            r"(?:\s+(?:vào|hôm|ngày|sáng|trưa|chiều|tối|đêm|rạng sáng|cùng ngày|hôm nay|hôm qua|tuần này|tuần trước|"
            r"mới đây|gần đây|trước đó|sau đó|thứ\s+\w+|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}h\d*|qua|nay)\s*)+$", re.I),
        "split": re.compile(r"\s*[,;:]\s*|\s+[-–—]\s+"),
    }


# ============================================================================ quotes
def quote_spans(text: str, open_at_start: bool) -> tuple[list[tuple[int, int]], bool]:
    """Spans of quoted material (marks included) and whether a quote is still open at the end.
    A sentence that starts inside a quote opened earlier gets a span from its start."""
    spans: list[tuple[int, int]] = []
    start = 0 if open_at_start else None
    for i, ch in enumerate(text):
        if ch in _OPEN_Q and start is None:
            if ch == "‘" and not _is_quote_apostrophe(text, i):
                continue
            start = i
        elif ch in _CLOSE_Q and start is not None:
            spans.append((start, i + 1))
            start = None
        elif ch in _CLOSE_Q and start is None and ch != "’" and not spans:
            spans.append((0, i + 1))  # the end of a quote opened in an earlier sentence
        elif ch == _STRAIGHT_Q:
            if start is None:
                start = i
            else:
                spans.append((start, i + 1))
                start = None
    still_open = start is not None
    if still_open:
        spans.append((start, len(text)))
    return spans, still_open


def _is_quote_apostrophe(text: str, i: int) -> bool:
    return "’" in text[i + 1:]


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for k in range(a, b):
            if not chars[k].isspace():
                chars[k] = _MASK
    return "".join(chars)


def _quoted_words(text: str, spans: list[tuple[int, int]]) -> int:
    return max((len(text[a:b].split()) for a, b in spans), default=0)


# ============================================================================ noun phrases
def _strip_words(s: str, words: Sequence[str], at_end: bool) -> str:
    changed = True
    low_words = sorted({w.lower() for w in words}, key=len, reverse=True)
    while changed and s:
        changed = False
        low = s.lower()
        for w in low_words:
            if at_end and (low == w or low.endswith(" " + w)):
                s = s[: len(s) - len(w)].rstrip()
                changed = True
                break
            if not at_end and (low == w or low.startswith(w + " ")):
                s = s[len(w):].lstrip()
                changed = True
                break
    return s


# An outlet's dateline tag before the first sentence: "TP - ", "VOV.VN - ", "(Chinhphu.vn) - "
_OUTLET_TAG = r"\s*(?:\([A-ZĐ][^()]{1,24}\)|[A-ZĐ][\w.]{0,14})\s+[-–]\s+"

# Cues that are never nouns: "người dân trong bản cho rằng" ("bản" = village) is speech.
_VERB_ONLY_CUES = frozenset({"cho biết", "cho biết thêm", "cho hay", "cho rằng", "nói", "nói thêm", "nói rằng",
                             "khẳng định", "xác nhận", "thừa nhận", "bác bỏ", "phủ nhận", "khai", "khai nhận"})

_DISCOURSE_PREFIXES = ("còn", "và", "nhưng", "trong khi đó", "về phía", "phía", "đến lượt mình", "riêng",
                       "cả", "thậm chí", "ngoài ra", "đồng thời", "bên cạnh đó", "trước đó", "sau đó", "tuy nhiên")
_CLAUSE_WORDS = ("đã", "đang", "sẽ", "chưa", "không", "có", "là", "được", "bị", "vẫn", "cần", "phải", "khiến",
                 "gây", "thì", "đều")
_COORDINATORS = ("trong khi", "nhưng", "song", "còn")


def _starts_with_any(s: str, items: Sequence[str]) -> str | None:
    low = s.lower()
    for w in sorted(items, key=len, reverse=True):
        wl = w.lower()
        if low == wl or low.startswith(wl + " ") or low.startswith(wl + ","):
            return s[: len(w)]
    return None


def _is_cap(tok: str) -> bool:
    t = tok.lstrip("(\"“'")
    return bool(t) and (t[0].isupper() or t[0].isdigit() and any(c.isupper() for c in t))


def _names_in(np: str, lex) -> list[tuple[str, str | None, str | None]]:
    """Personal names in a noun phrase: (name, title before it, gender).

    After a title the name is the first capitalised run that is not a body's name:
    "Người phát ngôn Bộ Ngoại giao Iran Nasser Kanani" -> "Nasser Kanani"."""
    out = []
    tokens = np.split()
    titles_l = {t.lower(): g for t, g in lex.PERSON_TITLES.items()}
    org_heads = {h.lower() for h in lex.ORG_HEADS}
    i = 0
    while i < len(tokens):
        title = gender = None
        span = 0
        for n in (4, 3, 2, 1):
            cand = " ".join(tokens[i:i + n]).lower().rstrip(",")
            if i + n <= len(tokens) and cand in titles_l:
                title, gender, span = cand, titles_l[cand], n
                break
        if title is None:
            if (_is_cap(tokens[i]) and tokens[i] in lex.SURNAMES and i + 1 < len(tokens) and _is_cap(tokens[i + 1])
                    and " ".join(tokens[i:i + 2]).rstrip(".,;:") not in lex.PLACES
                    and not (i > 0 and tokens[i - 1].lower() in lex.PLACE_WORDS)
                    and not (i > 0 and _starts_with_any(" ".join(tokens[:i]), lex.ORG_HEADS) and not _is_cap(tokens[i - 1]))):
                run, i2 = _run_at(tokens, i)
                out.append((" ".join(run), None, _name_gender(run, lex)))
                i = i2
                continue
            i += 1
            continue
        j = i + span
        found = None
        # long enough for "Bộ trưởng Bộ Lao động - Thương binh và Xã hội Nguyễn Thị Hằng"
        while j < len(tokens) and j <= i + span + 14:
            if not _is_cap(tokens[j]):
                if tokens[j].lower() in ("của", "tại", "ở", "thuộc"):
                    break
                j += 1
                continue
            run, j2 = _run_at(tokens, j)
            if j > 0 and tokens[j - 1].lower() in lex.PLACE_WORDS and len(run) >= 4:
                run = run[2:]  # "tỉnh Hòa Lâm Vũ Đức Thịnh": a two-syllable place name, then the person
            followed_by_lower = j2 < len(tokens) and tokens[j2][:1].islower() and not tokens[j2 - 1].endswith((",", "."))
            run = _drop_non_name_prefix(run, lex)
            body_name = not run or (run[0].lower() in org_heads and title not in lex.ADDRESS_TITLES) or " ".join(run) in lex.PLACES or (
                title not in lex.ADDRESS_TITLES and not _person_like(run, lex)) or (
                followed_by_lower and (len(run) == 1 and title not in lex.ADDRESS_TITLES))
            if not body_name and run and not (len(run) == 1 and (
                    run[0] in lex.COUNTRY_NAMES or run[0] in lex.OUTLETS or re.fullmatch(r"[A-ZĐ]{2,}", run[0]))):  # "cô gái VN"
                found = (run, j2)
                break
            j = j2
        if found:
            out.append((" ".join(found[0]), title, gender or _name_gender(found[0], lex)))
            i = found[1]
        else:
            i += span
    return out


def _name_gender(run: Sequence[str], lex) -> str | None:
    middle = run[1:-1] if len(run) >= 3 else []
    return next((lex.GENDERED_MIDDLE_NAMES[t] for t in middle if t in lex.GENDERED_MIDDLE_NAMES), None)


def _run_at(tokens: list[str], j: int) -> tuple[list[str], int]:
    run = []
    while j < len(tokens) and _is_cap(tokens[j]) and len(run) < 6:
        run.append(tokens[j].rstrip(".,;:)"))
        j += 1
        if tokens[j - 1].endswith((",", ";", ":", ")", ".")):
            break
    return run, j


def _drop_non_name_prefix(run: list[str], lex) -> list[str]:
    """From "Israel Benjamin Netanyahu" or "Bộ Ngoại giao Iran Nasser Kanani" keep the name."""
    run = list(run)
    changed = True
    while changed and len(run) > 1:
        changed = False
        for n in (3, 2, 1):
            head = " ".join(run[:n])
            if len(run) > n and (head in lex.COUNTRY_NAMES or head in lex.OUTLETS or head in lex.NAMED_GROUPS):
                run = run[n:]
                changed = True
                break
        if not changed and len(run) > 2 and run[0].lower() in {h.lower() for h in lex.ORG_HEADS}:
            run = run[2:]  # "Điện Kremlin Dmitry Peskov": head + one name word belong to the body
            changed = True
    return run


def _classify(np: str, lex) -> _Candidate | None:
    """Decide whether a noun phrase can be a source, and of which type."""
    np = re.sub(r"^\([A-ZĐ+]{2,8}\)\s*[-–]?\s*", "", np.strip())  # "(TNO) ...": the outlet's own tag
    np = np.strip(" ,.;:-–\"“”'")
    np = _strip_words(np, _DISCOURSE_PREFIXES, at_end=False)
    if not np or _MASK in np or len(np.split()) > 25:
        return None
    low = np.lower()
    for pre in ["thông tin từ ", "tin từ "] + [f"{n} của " for n in lex.STATEMENT_NOUNS]:
        if low.startswith(pre) and len(np) > len(pre):
            np = np[len(pre):]  # "đánh giá của ông X": X said it
            low = np.lower()
            break
    if low in lex.PRONOUN_GENDER:
        return _Candidate(np, np, "pronoun", gender=lex.PRONOUN_GENDER[low], title=low)
    demo = re.fullmatch(r"(?:vị\s+)?(.+?)\s+(?:này|đó|trên|nói trên|kể trên)", np, flags=re.I)
    definite = re.fullmatch(r"vị\s+(.+)", np, flags=re.I)
    if demo or definite:
        head = (demo or definite).group(1)
        if (_starts_with_any(head, lex.PERSON_TITLES) or np.lower().startswith("vị ")) and not _names_in(head, lex) \
                and not any(_is_cap(w) for w in head.split()):  # "vị lãnh đạo Bệnh viện X" names no one: anonymous
            return _Candidate(head, np, "title", title=head.lower())  # "vị hiệu trưởng này", "vị chủ nhà xe": named before
        kind = _anaphor_kind(head, lex)
        if demo and kind:
            return _Candidate(head, np, "anaphor", title=kind)  # "nguồn tin này", "cơ quan này"
    if low in lex.PLURAL_PRONOUNS:
        return _Candidate(np, np, "pronoun", title=low)
    doc_first = _starts_with_any(np, lex.DOCUMENT_HEADS)
    title_first = _starts_with_any(np, lex.PERSON_TITLES)
    if doc_first and not (title_first and len(title_first) > len(doc_first)):
        non_human = _starts_with_any(np, lex.NON_HUMAN_HEADS)
        owned = re.match(r"\s+(?:(?:\w+\s+){0,2}?của\s+|(?:[a-zà-ỹđ]+\s+){0,2})[A-ZĐ]", np[len(doc_first):])  # "số liệu (của) hải quan X"
        if not non_human or len(doc_first) > len(non_human) or owned:
            # "Theo bảng kê giáo viên gửi vào nhóm Zalo", "kết quả xét nghiệm của CDC": the document speaks
            return _Candidate(np, np, "document", named=_is_cap(np))
    if _starts_with_any(np, lex.NON_HUMAN_HEADS):
        return None
    quant = _starts_with_any(np, lex.ANONYMOUS_QUANTIFIERS)
    numeral = re.match(r"(?:(?:hơn|gần|khoảng|trên|chừng|hàng)\s+)?\d+\s+", np, flags=re.I)
    if not quant and numeral:
        quant = numeral.group(0).strip()  # "2 tài khoản Facebook": a counted, unnamed group
    rest = np[len(quant):].lstrip() if quant else np
    # an unnamed spokesperson speaks for the body: "Một phát ngôn viên của Bộ Ngoại giao Mỹ"
    spk = _starts_with_any(rest, lex.SPOKESPERSON_HEADS)
    head_part = re.split(r"\s+của\s+", rest, maxsplit=1)[0]
    names = _names_in(head_part, lex)
    media_first = _starts_with_any(rest, lex.MEDIA_HEADS)
    if media_first and media_first.lower() not in ("phóng viên", "pv", "trang", "mạng"):
        after = rest[len(media_first):].strip()
        if after and _is_cap(after.split()[0]):
            return _Candidate(_starts_with_any(after, lex.OUTLETS) or _cap_prefix(after), np, "media", named=True)
    if spk and names and rest[len(spk):].strip().startswith(names[0][0]) and names[0][1] is None:
        names = []  # "Đại diện Kim Phát": the body named after the head, though "Kim" is a family name
    if spk and not names:
        body = rest[len(spk):].strip()
        body = re.sub(r"^(của|cho)\s+", "", body, flags=re.I)
        if body and (_is_cap(body.split()[0]) or _starts_with_any(body, lex.ORG_HEADS)):
            return _Candidate(body, np, "organization", named=True)
        named_part = re.search(r"(?<!\S)[A-ZĐ][^\s,]*(?:\s+[A-ZĐ0-9][^\s,]*)*", body)
        if named_part:  # "Đại diện hệ thống siêu thị Xanh Mart": the body is the named one
            return _Candidate(named_part.group(0), np, "organization", named=True)
        return _Candidate(np, np, "anonymous")
    if names and not (quant and not _is_cap(rest)):
        name, title, gender = names[0]
        return _Candidate(name, np, "person", gender=gender, title=title, named=True)
    # media: "hãng tin Reuters", "tờ Kommersant của Nga", "CNN", "phóng viên TTXVN tại Trung Đông"
    media_head = _starts_with_any(rest, lex.MEDIA_HEADS)
    after_media = rest[len(media_head):].strip() if media_head else rest
    outlet = _starts_with_any(after_media, lex.OUTLETS)
    if outlet and not _starts_with_any(rest, lex.ANONYMOUS_HEADS):
        return _Candidate(outlet, np, "media", named=True)
    if media_head and after_media and _is_cap(after_media.split()[0]) and media_head.lower() not in ("trang", "mạng"):
        name = _cap_prefix(after_media)
        return _Candidate(name, np, "media", named=True)
    doc = _starts_with_any(rest, lex.DOCUMENT_HEADS)
    if doc and not _starts_with_any(rest, ("quyết định " + w for w in ("tạm", "dừng"))):
        return _Candidate(np if not quant else rest, np, "document", named=_is_cap(np))
    anon = _starts_with_any(rest, lex.ANONYMOUS_HEADS)
    org = _starts_with_any(rest, lex.ORG_HEADS)
    if anon and not quant and anon.lower() in {t.lower() for t in lex.PERSON_TITLES}:
        tail = rest[len(anon):].strip()
        if tail and _is_cap(tail.split()[0]) and not _starts_with_any(tail, lex.ORG_HEADS) \
                and tail.split()[0] not in lex.COUNTRY_NAMES:
            return _Candidate(_cap_prefix(tail), np, "person", title=anon.lower(), named=True)  # "tài xế Thắng"
    if anon and not (org and len(org) >= len(anon) and _has_proper_after(rest, org)):
        if anon.lower() in ("nhóm", "người") and _has_proper_after(rest, anon) and not quant:
            return _Candidate(np, np, "organization" if anon.lower() == "nhóm" else "person", named=True)
        return _Candidate(np, np, "anonymous")
    if quant and not org:
        if any(h.lower() in low for h in lex.ANONYMOUS_HEADS) or _starts_with_any(rest, lex.PERSON_TITLES):
            return _Candidate(np, np, "anonymous")
        return None
    title_head = _starts_with_any(rest, lex.PERSON_TITLES)
    if org and not (title_head and len(title_head) > len(org)):
        if quant and not _has_proper_after(rest, org):
            return _Candidate(np, np, "anonymous")
        acronym = re.search(r"\(([A-ZĐ][A-ZĐ0-9+&.-]{1,9})\)\s*$", np)
        # "Công an phường Hòa Phú (TP Thủ Dầu Một, Bình Dương)": the bracketed place is no part of the name
        name = acronym.group(1) if acronym else re.sub(r"\s*\((?![A-ZĐ][A-ZĐ0-9+&.-]{1,9}\))[^()]*\)", "", np).strip()
        return _Candidate(name, np, "organization", named=_has_proper_after(rest, org) or _is_cap(np))
    country = _starts_with_any(np, lex.COUNTRY_NAMES) or _starts_with_any(np, lex.NAMED_GROUPS)
    if country and _is_cap(np):  # "Anh" is Britain, "anh tiếp viên" a man
        return _Candidate(np, np, "organization", named=True)
    title = _starts_with_any(np, lex.PERSON_TITLES)
    if title:
        tail = np[len(title):].strip()
        if tail and _is_cap(tail.split()[0]) and not _starts_with_any(tail, lex.ORG_HEADS) \
                and tail not in lex.COUNTRY_NAMES:
            return _Candidate(_cap_prefix(tail), np, "person", title=title.lower(),
                              gender=lex.PERSON_TITLES.get(title.lower()) or lex.PERSON_TITLES.get(title), named=True)
        return _Candidate(np, np, "title", title=np.lower())
    toks = np.split()
    if _is_cap(toks[0]):
        run = _cap_prefix(np).split()
        if len(run) == 1:
            if re.fullmatch(r"[A-ZĐ0-9&+.-]{2,}", run[0]):
                return _Candidate(run[0], np, "organization", named=True)
            if not _looks_foreign(run[0]):
                return None  # "Cùng", "Trong": a capitalised ordinary word, not a name
            return _Candidate(run[0], np, "single", named=True)  # a surname or a company: resolved later
        if " ".join(run) in lex.PLACES or " ".join(run[:2]) in lex.PLACES:
            return None
        if 2 <= len(run) <= 4 and _person_like(run, lex):
            return _Candidate(" ".join(run), np, "person", named=True)
        toks_after = np.split()
        if any(_starts_with_any(" ".join(toks_after[k:]), lex.ORG_HEADS) for k in (1, 2)):
            return _Candidate(np, np, "organization", named=True)  # "CTCP Tập đoàn Bất động sản X": the whole name
        return _Candidate(" ".join(run), np, "organization", named=True)
    return None


@lru_cache(maxsize=8)
def _org_heads_capitalised(lang: str) -> str:
    """The heads of organisations' names as written at a name's start ("Công ty", "Sở", "CTCP")."""
    heads = sorted((h for h in lexicon.get(lang).ORG_HEADS if h[:1].isalpha()), key=len, reverse=True)
    return "|".join(re.escape(h[:1].upper() + h[1:]) for h in heads) + "|CTCP|TNHH"


def _anaphor_kind(head: str, lex) -> str | None:
    """What a demonstrative noun phrase ("cơ quan này", "nguồn tin đó") can point back to."""
    if head.lower() in ("đơn vị", "phía", "bên", "cơ quan", "doanh nghiệp"):
        return "organization"  # before the document heads: "đơn vị" is no "đơn" (petition)
    if _starts_with_any(head, lex.MEDIA_HEADS):
        return "media"
    if _starts_with_any(head, lex.DOCUMENT_HEADS):
        return "document"
    if _starts_with_any(head, lex.ANONYMOUS_HEADS):
        return "anonymous"
    if _starts_with_any(head, lex.ORG_HEADS):
        return "organization"
    return None


def _cap_prefix(s: str) -> str:
    out = []
    for tok in s.split():
        if _is_cap(tok) or (out and tok.lower() in ("al-", "bin", "de", "van", "von")) or (out and tok.startswith("al-")):
            out.append(tok.rstrip(",.;:)"))
        else:
            break
    return " ".join(out) if out else s


_VI_SYLLABLE = re.compile(lexicon.get("vi").SYLLABLE)


def _looks_foreign(tok: str) -> bool:
    """A capitalised word that is no Vietnamese syllable ("Samsung", "Iran", "Levie") is a name;
    "Cùng", "Tới", "Trong" at the start of a sentence are ordinary words."""
    t = tok.strip("()\"“”'.,:;").lower()
    return bool(t) and not _VI_SYLLABLE.fullmatch(t)


def _person_like(run: Sequence[str], lex) -> bool:
    """Vietnamese full names start with a family name; foreign names are not Vietnamese syllables."""
    return run[0] in lex.SURNAMES or any(_looks_foreign(t) and not t.isupper() for t in run)  # "CDC" is no name


def _full_name(name: str, lex) -> bool:
    """A whole personal name, not a role's body read as one ("CEO công ty Box" -> "Box"):
    a Vietnamese family name and two more syllables, or two or more foreign words."""
    toks = name.split()
    if len(toks) >= 3 and toks[0] in lex.SURNAMES:
        return True
    return len(toks) >= 2 and all(_looks_foreign(t) for t in toks)


def _has_proper_after(s: str, head: str) -> bool:
    tail = s[len(head):].split()
    return bool(tail) and (_is_cap(tail[0]) or (len(tail) > 1 and _is_cap(tail[1])))


# ============================================================================ the analyser
class _Article:
    def __init__(self, sentences: Sequence[SentenceIn], lang: str):
        self.s = sentences
        self.lang = lang
        self.lex = lexicon.get(lang)
        self.rx = _rx(lang)
        self.people: dict[str, _Person] = {}
        self.mentions: list[tuple[int, int, str, str | None]] = []  # (sent, pos, name, title)
        self.sources: list[tuple[int, Attribution]] = []
        self._si: int | None = None
        self._org_cache: dict[int, list[str]] = {}
        self._scan_people()

    # ---------------------------------------------------------------- people
    def _scan_people(self) -> None:
        for si, sent in enumerate(self.s):
            text = sent.text
            for m in re.finditer(r"[^,;:()“”\"]+", text):
                for name, title, gender in _names_in(m.group(0), self.lex):
                    if len(name.split()) == 1 and title is None:
                        continue
                    full = self._add_person(name, title, gender, si, m.start())
                    # an apposition after the name records the person's role
                    after = text[m.end():m.end() + 120]
                    if after.startswith(",") or after.startswith(" -"):
                        role = re.split(r"[,;:]| - ", after.lstrip(", -"), maxsplit=1)[0]
                        self.people[full].roles.append(role.lower())

    def _add_person(self, name: str, title: str | None, gender: str | None, si: int, pos: int) -> str:
        full = self._fullest(name) if len(name.split()) <= 2 else name
        p = self.people.setdefault(full, _Person(full, gender))
        if gender and not p.gender:
            p.gender = gender
        if title:
            p.titles.add(title)
        p.positions.append((si, pos))
        self.mentions.append((si, pos, full, title))
        return full

    def _written_full_name(self, name: str, si: int) -> str | None:
        """"Bà Varga" after "Ứng cử viên đối lập Ilena Varga": the one capitalised run ending with it."""
        runs = set()
        for s_i in range(si, -1, -1):
            for m in re.finditer(rf"((?:[A-ZĐ][\w'’-]+\s+){{1,3}}){re.escape(name)}(?![\w])", self.s[s_i].text):
                run = (m.group(1) + name).split()
                while run and (run[0] in self.lex.PERSON_TITLES or run[0].lower() in self.lex.PERSON_TITLES
                               or _starts_with_any(run[0], self.lex.ORG_HEADS)):
                    run = run[1:]
                if len(run) >= 2 and all(_looks_foreign(t) or t in self.lex.SURNAMES for t in run[:-1]):
                    runs.add(" ".join(run))
        return runs.pop() if len(runs) == 1 else None

    def _fullest(self, name: str) -> str:
        """"Qaani" -> "Esmail Qaani": the longest known name ending with (or containing) this one."""
        toks = name.split()
        best = name
        for full in self.people:
            ft = full.split()
            if len(ft) > len(best.split()) and (ft[-len(toks):] == toks or (len(toks) >= 2 and name in full)):
                best = full
        return best

    def _resolve_pronoun(self, cand: _Candidate, si: int) -> str | None:
        title = (cand.title or "").lower()
        prior = [m for m in self.mentions if m[0] < si] or [m for m in self.mentions if m[0] == si]
        for s_i, _, name, t in reversed(prior):
            if t and t == title:
                return name
        for s_i, _, name, t in reversed(prior):
            g = self.people[name].gender
            if cand.gender is None or g is None or g == cand.gender:
                return name
        return None

    def _resolve_title(self, title_phrase: str, si: int) -> str | None:
        """"Bộ trưởng", "Phó Hiệu trưởng Trường THPT Yên Mỹ": the person last given that title or role."""
        key = re.sub(r"^(?:vị|ông|bà|anh|chị|cô|nữ|nam)\s+", "", title_phrase.lower().strip())  # "ông giám đốc", "nữ ca sĩ"
        first = " ".join(key.split()[:3])
        best = None
        for name, p in self.people.items():
            # a bare "bà" / "ông" says nothing of which woman or man "bà vợ" is
            hit = any(t == key or (key.startswith(t) and t not in self.lex.ADDRESS_TITLES) or t.startswith(first)
                      or re.sub(r"^(?:nữ|nam)\s+", "", t) == key for t in p.titles) or any(set(key.split()) <= set(r.split()) for r in p.roles) or any(
                r.startswith(key) or key.startswith(r[: max(len(r), 8)]) or first in r for r in p.roles)
            if hit and any(s <= si for s, _ in p.positions):
                last = max(s for s, _ in p.positions if s <= si)
                if best is None or last > best[0]:
                    best = (last, name)
        return best[1] if best else None

    def _resolve_anaphor(self, cand: _Candidate, si: int) -> tuple[str, str] | None:
        """"nguồn tin này", "cơ quan này": the latest earlier source of that kind, preferring one
        whose own words contain the head ("nguồn tin" -> "một nguồn tin giấu tên")."""
        head = cand.name.lower()
        earlier = [att for s_i, att in reversed(self.sources) if s_i < si]
        for att in earlier:
            if head in att.mention.lower() or head in att.source.lower():
                return att.source, att.source_type
        kinds = {"anonymous": ("anonymous",), "organization": ("organization",), "media": ("media",),
                 "document": ("document",)}[cand.title or "organization"]
        for att in earlier:
            if att.source_type in kinds:
                return att.source, att.source_type
        if cand.title == "organization":
            named = self._org_named_before(head, si)
            if named:
                return named, "organization"
        for s_i in range(si - 1, max(-1, si - 4), -1):
            # "tài khoản này" after "chủ tài khoản TikTok “Mẹ Phú Hòa”": the one named with that head
            m = re.search(rf"(?<!\w){re.escape(head)}\s+(?:[\w]+\s+)?(?:“[^”]+”|\"[^\"]+\")", self.s[s_i].text, re.I)
            if m:
                return m.group(0), cand.title or "organization"
        return cand.mention, cand.title or "organization"  # unresolved: "cơ quan này" as written

    def _org_named_before(self, head: str, si: int) -> str | None:
        """The latest organization written out in full before sentence `si` whose name starts with
        `head` ("sở" -> "Sở Công Thương TP HCM"), even if it was never quoted as a source."""
        for s_i in range(si, -1, -1):
            names = [n for n in self._org_mentions(s_i) if n.lower().startswith(head + " ")]
            if names:
                return names[-1]
        return None

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
            for m in re.finditer(rf"(?<!\w)(?:{_org_heads_capitalised(self.lang)})(?=\s)", text):
                words, caps = [m.group(0)], 0
                pos = m.end()
                for tok in text[m.end():].split():
                    pos = text.find(tok, pos) + len(tok)
                    if caps and pos - len(tok) in verbs:
                        break  # "Công ty ... Kim Phát niêm yết": the name ends before its verb
                    word = tok.strip(",.;:()“”\"")
                    if tok[:1] in "(“\"":
                        break  # a bracketed aside or a quote follows the name
                    if not word or word.lower() in self.lex.STOPWORDS or self.rx["cue"].fullmatch(word) \
                            or word.lower() in _CLAUSE_WORDS or len(words) > 12:
                        break
                    words.append(word)
                    caps += _is_cap(word)
                    if word != tok:
                        break  # punctuation ends the name
                if caps:
                    if not parsed:
                        while words and words[-1][:1].islower():
                            words.pop()  # without a parse, trust the name only up to its last capital
                    out.append(" ".join(words))
            self._org_cache[s_i] = out
        return self._org_cache[s_i]

    def _resolve_org(self, cand: _Candidate, si: int) -> str:
        """"công an" after "Công an phường Tân An": the organization named earlier; "Kim Phát"
        after "Công ty Vàng bạc đá quý Kim Phát": the full name written before."""
        low = cand.name.lower()
        if low in self.lex.GENERIC_ORG_REFS:
            # "Doanh nghiệp giải thích": the company last quoted or named
            heads = self.lex.GENERIC_ORG_REFS[low]
            for s_i, att in reversed(self.sources):
                if s_i < si and att.source_type == "organization" and _starts_with_any(att.source, heads):
                    return att.source
            for s_i in range(si, -1, -1):
                named = [n for n in self._org_mentions(s_i) if _starts_with_any(n, heads) and len(n.split()) > 2]
                if named:
                    return named[-1]
        if cand.named and 1 <= len(low.split()) <= 3 and not _starts_with_any(cand.name, self.lex.ORG_HEADS) \
                and cand.name not in self.lex.COUNTRY_NAMES and cand.name not in self.lex.PLACES:  # "Mỹ" is not its ministry
            for s_i in range(si, -1, -1):
                for n in reversed(self._org_mentions(s_i)):
                    k = n.lower().rfind(" " + low)
                    # "Công ty Vàng bạc đá quý Kim Phát niêm yết ..." holds "Kim Phát" as its name's end
                    if k > 0 and (k + 1 + len(low) == len(n) or n[k + 1 + len(low):][:2].strip()[:1].islower()):
                        return n[:k + 1 + len(low)]
        if len(low.split()) <= 2 and (not cand.named or low in {h.lower() for h in self.lex.ORG_HEADS}):
            for s_i, att in reversed(self.sources):
                if att.source_type == "organization" and att.source.lower().startswith(low) and s_i < si:
                    return att.source
            if low in {h.lower() for h in self.lex.ORG_HEADS}:
                named = self._org_named_before(low, si)  # "Đại diện sở", "Công ty cho rằng"
                if named is None and self.s[si].kind == "headline":
                    named = self._org_named_after(low, si)  # a headline's "Công an" is named in the body
                return named or cand.name
        return cand.name

    def _finish(self, cand: _Candidate, si: int) -> tuple[str, str] | None:
        """Resolve a candidate to (source name, source type), or None if it stays unknown."""
        if cand.stype == "pronoun":
            if cand.title in self.lex.PLURAL_PRONOUNS:
                for s_i, att in reversed(self.sources):
                    if s_i < si and att.source_type in ("organization", "anonymous"):
                        return att.source, att.source_type
                return None
            if cand.title in ("vị này", "người này"):
                # "this person": the last person-like source, named or not ("một lãnh đạo xã")
                for s_i, att in reversed(self.sources):
                    if s_i < si and att.source_type in ("person", "anonymous"):
                        return att.source, att.source_type
            name = self._resolve_pronoun(cand, si)
            return (name, "person") if name else None
        if cand.stype == "anaphor":
            return self._resolve_anaphor(cand, si)
        if cand.stype == "title":
            name = self._resolve_title(cand.name, si)
            if name:
                return name, "person"
            words = cand.mention.split()
            if len(words) >= 2 and words[0].lower() in self.lex.ADDRESS_TITLES and words[1][:1].islower():
                return cand.mention, "anonymous"  # "anh tiếp viên", "chị bán hàng": a person left unnamed
            return None
        if cand.stype == "person":
            full = self._fullest(cand.name)
            if full == cand.name and len(cand.name.split()) == 1:
                full = self._written_full_name(cand.name, si) or full
            return full, "person"
        if cand.stype == "anonymous":
            group = re.fullmatch(r"(?:các|những)\s+(.+)", cand.mention, flags=re.I)
            if group:  # "các hộ dân" after "Hơn 60 hộ dân ở thôn Đồng Cừ": the group named before
                for s_i, att in reversed(self.sources):
                    # only a counted group ("Hơn 60 hộ dân"); "các nguồn tin" are not "một nguồn tin"
                    if s_i < si and att.source_type == "anonymous" and group.group(1).lower() in att.source.lower() \
                            and re.match(r"(?:(?:hơn|gần|khoảng|trên)\s+)?\d", att.source, flags=re.I):
                        return att.source, "anonymous"
        if cand.stype == "single":
            full = self._fullest(cand.name)
            if full != cand.name:
                return full, "person"
            return cand.name, "organization"
        if cand.stype == "organization":
            if cand.named and cand.name in self.people and self.people[cand.name].titles:
                return cand.name, "person"  # "Vy Anh lên tiếng" after "nữ ca sĩ Vy Anh": a person without a family name
            return self._resolve_org(cand, si), "organization"
        bare = cand.mention[:1].lower() + cand.mention[1:]
        if cand.stype == "document" and bare.islower() and len(cand.mention.split()) <= 2:
            head = bare.lower()
            for s_i, att in reversed(self.sources):
                earlier = self.s[s_i].text.lower()
                # "thông báo nói thêm" after "NASA cho biết trong một thông báo" / "CLB X ra thông cáo"
                if si - 3 <= s_i < si and att.source_type != "document" and re.search(
                        rf"\b(?:trong|ra|phát đi|công bố|gửi) (?:một |bản )?{re.escape(head)}\b", earlier):
                    return att.source, att.source_type
                # "Kết luận cũng chỉ ra" after "Theo kết luận thanh tra của X": the same document
                if s_i < si and att.source_type == "document" and att.source.lower().startswith(head):
                    return att.source, att.source_type
        return cand.name, cand.stype

    # ---------------------------------------------------------------- subject + cue
    def _segments(self, left: str, base: int) -> list[tuple[str, int]]:
        segs = []
        pos = 0
        for m in self.rx["split"].finditer(left):
            segs.append((left[pos:m.start()], base + pos))
            pos = m.end()
        segs.append((left[pos:], base + pos))
        return segs

    def _subject_before(self, masked: str, text: str, cue_start: int, lo: int = 0) -> _Candidate | None:
        colon = masked.rfind(":", lo, cue_start)
        if colon >= 0 and masked[colon + 1:cue_start].strip():
            after_colon = self._subject_before(masked, text, cue_start, colon + 1)
            if after_colon is not None:
                return after_colon  # "Vụ X: NH khẳng định ...": the topic before the colon is not the speaker
        def blank(part: str) -> str:
            # a bracketed aside ("(huyện Đức Trọng, Lâm Đồng)", not an acronym like "(CDC)") and an
            # outlet's dateline tag ("TP - ") are neither segments nor the subject
            part = re.sub(r"\((?![A-ZĐ][A-ZĐ0-9+&.-]{1,9}\))[^()]*\)", lambda m: " " * len(m.group(0)), part)
            return re.sub(rf"^{_OUTLET_TAG}", lambda m: " " * len(m.group(0)), part) if lo == 0 else part
        left = blank(masked[lo:cue_start])
        text = text[:lo] + blank(text[lo:cue_start]) + text[cue_start:]
        segs = self._segments(left, lo)
        shared = self._shared_subject(segs, text)
        if shared is not None:
            return shared
        cands: list[_Candidate] = []
        for idx in range(len(segs) - 1, -1, -1):
            seg, off = segs[idx]
            raw = text[off: off + len(seg)]
            seg_s = seg.strip()
            if not seg_s:
                if idx == len(segs) - 1:
                    continue
                break
            if _MASK in seg_s:
                # "“...”, ông X nói": text after the quote in the same segment can be the subject
                tail = seg_s.rsplit(_MASK, 1)[1].strip(" ,-–")
                if tail:
                    c = self._np_candidate(tail, is_last=(idx == len(segs) - 1))
                    if c:
                        cands.append(c)
                break
            if _starts_with_any(seg_s, self.lex.LEADING_ADVERBIALS) and idx < len(segs) - 1:
                break
            if idx > 0 and _starts_with_any(seg_s, self.lex.ADMIN_PLACE_HEADS) and self._np_candidate(
                    text[segs[idx - 1][1]: segs[idx - 1][1] + len(segs[idx - 1][0])].strip(), is_last=False):
                continue  # "Hơn 60 hộ dân ở thôn X, xã Y phản ánh": where the speakers are from, not who speaks
            raw = self._after_inner_verb(raw, off)
            c = self._np_candidate(raw.strip(), is_last=(idx == len(segs) - 1))
            if c is None:
                if idx == len(segs) - 1 and self._is_clause(raw):
                    break  # a clause right before the cue is not an apposition
                continue
            cands.append(c)
            if c.embedded:
                break
        if not cands:
            return None
        cands.reverse()
        for c in cands:
            if c.embedded:
                return c
        last = cands[-1]
        if len(cands) > 1 and last.stype == "person" and _full_name(last.name, self.lex) and (
                _starts_with_any(last.mention, self.lex.PERSON_TITLES) or last.mention.startswith(last.name)):
            return last  # "Cũng như ông A, bị cáo B cho biết": the person right before the cue speaks
        named = [c for c in cands if c.named and c.stype in ("person", "organization", "media", "single")]
        if len(cands) > 1 and all(c.stype == "organization" for c in cands) and " và " in cands[-1].mention:
            joined = ", ".join(c.mention for c in cands)
            return _Candidate(joined, joined, "organization", named=True)
        return named[0] if named else cands[0]

    def _shared_subject(self, segs: list[tuple[str, int]], text: str) -> _Candidate | None:
        """"Moskva chưa bình luận ..., song nhiều lần khẳng định ...": a second clause with no
        subject of its own (a coordinator and adverbs only) shares the first clause's subject."""
        if len(segs) < 2:
            return None
        last = segs[-1][0].strip()
        co = _starts_with_any(last, _COORDINATORS + ("và", "đồng thời", "mặt khác"))
        if not co or _strip_words(last[len(co):].strip(), self.lex.PRE_CUE_ADVERBS, at_end=True).strip():
            return None
        first, off = segs[0]
        words = text[off: off + len(first)].split()
        cut = next((i for i, w in enumerate(words) if i > 0 and w in _CLAUSE_WORDS), None)
        if not cut:
            return None
        return self._np_candidate(" ".join(words[:cut]), is_last=False)

    def _np_words(self) -> frozenset[str]:
        if not hasattr(self, "_np_vocab"):
            phrases = set()
            for table in (self.lex.PERSON_TITLES, self.lex.ORG_HEADS, self.lex.ANONYMOUS_HEADS,
                          self.lex.SPOKESPERSON_HEADS, self.lex.MEDIA_HEADS, self.lex.DOCUMENT_HEADS):
                for entry in table:
                    words = entry.lower().split()
                    phrases.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
            self._np_vocab = frozenset(phrases)
        return self._np_vocab

    def _after_inner_verb(self, seg: str, off: int) -> str:
        """"Công an ... phát hiện 2 tài khoản Facebook [đăng tải]": when the tagger finds a verb
        inside the stretch before a cue, the cue's subject is what follows that verb."""
        parsed = self.s[self._si].parsed if self._si is not None else None
        if parsed is None or not parsed.tokens or _starts_with_any(seg.strip(), self.lex.DOCUMENT_HEADS):
            return seg  # "báo cáo Sở Y tế gửi UBND tỉnh [nêu]": the verb belongs to the document's description
        cut = None
        for tok in parsed.tokens:
            if tok.start < off or tok.end > off + len(seg) or tok.upos != "VERB":
                continue
            low = tok.text.lower()
            if not tok.text[:1].islower() or low in self._np_words():
                continue
            if low in self.lex.PRE_CUE_ADVERBS or self.rx["cue"].fullmatch(tok.text):
                continue
            cut = tok.end - off
            cut_verb = low
        rest = seg[cut:].strip() if cut is not None else ""
        if cut is not None and cut_verb in self.lex.NON_CUE_MENTAL:
            return seg  # "đề nghị Bộ trưởng nêu rõ": what someone was asked to say
        # only a clear source after the verb ("2 tài khoản Facebook", "một người dân", a name)
        if not rest or not (rest[0].isdigit() or rest[0].isupper() or _starts_with_any(rest, self.lex.ANONYMOUS_QUANTIFIERS)):
            return seg
        if any(f" {sub} " in f" {seg[:cut].lower()} " for sub in self.lex.SUBORDINATORS if sub not in _COORDINATORS):
            return seg  # "Sau khi nghe X giải thích": X speaks inside a subordinate clause
        return seg[cut:]

    def _is_clause(self, s: str) -> bool:
        words = s.split()  # a capitalised "Cần" (Cần Thơ) or "Có" in a name is no verb
        return any(w in _CLAUSE_WORDS for w in words)

    def _np_candidate(self, seg: str, is_last: bool) -> _Candidate | None:
        s = seg.strip(" ,")
        s = self.rx["time_tail"].sub("", s).strip()
        s = _strip_words(s, self.lex.PRE_CUE_ADVERBS, at_end=True)
        s = self.rx["time_tail"].sub("", s).strip()
        s = _strip_words(s, self.lex.PRE_CUE_ADVERBS, at_end=True)
        s = re.sub(self.lex.CHANNEL_TAIL, "", s).strip()  # "tài khoản này đăng video [khẳng định]"
        if not s:
            return None
        embedded = False
        low = " " + s.lower() + " "
        cut = -1
        for sub in self.lex.SUBORDINATORS:
            if sub in _COORDINATORS:
                continue
            k = low.rfind(" " + sub + " ")
            if k >= 0 and k > cut and sub not in ("của", "với", "cho", "về", "như", "là", "việc"):
                cut = k + len(sub) + 1
        for verb in self.lex.NON_CUE_MENTAL:
            k = low.rfind(" " + verb + " ")
            if k >= 0 and low[k + len(verb) + 2:].startswith(("giấu tên", "không nêu tên")):
                continue  # "một cán bộ đề nghị giấu tên": asking for anonymity is part of the description
            if k >= 0 and k + len(verb) + 1 > cut:
                cut = k + len(verb) + 1
        for co in _COORDINATORS:
            k = low.rfind(" " + co + " ")
            if k >= 0 and k + len(co) + 1 >= cut:
                s = s[k + len(co) + 1:].strip()
                low = " " + s.lower() + " "
                cut = -1
                break
        if cut >= 0:
            s = s[cut:].strip()
            embedded = True
        if not s:
            return None
        # words that look like verbs inside a noun phrase; "có ý kiến" is "some people" ("có" = there are)
        words = re.sub(r"\b(bị cáo|bị can|bị hại|không quân|phòng không|hàng không|không gian|không người lái|có liên quan|có thẩm quyền)\b"
                       r"|^có(?= (?:ý kiến|người|nguồn|chuyên gia|quan chức))|\bcó mặt\b", "_", s[:1].lower() + s[1:],
                       flags=re.I).split()
        if "là" in words:
            tail = s[s.lower().rfind(" là ") + 4:] if " là " in s.lower() else ""
            named = _classify(tail, self.lex) if tail else None
            if named is not None and named.stype == "person" and named.named:
                named.embedded = embedded
                return named  # "Vợ Lực là bà Trần Thị Mai [phủ nhận]": the person named after "là"
        if any(w in _CLAUSE_WORDS for w in words):  # lower-case words only: "Cần Thơ" is a city
            group = _classify(" ".join(s.split()[:4]), self.lex)
            clause_words = [w for w in words if w in _CLAUSE_WORDS]
            # "Một phụ huynh có con học lớp 6A": an unnamed group and a "có" clause that describes it
            if group is None or group.stype != "anonymous" or words[0] in _CLAUSE_WORDS \
                    or clause_words != ["có"] or len(words) > 12:
                return None
            return _Candidate(s, s, "anonymous", embedded=embedded)
        cand = _classify(s, self.lex)
        if cand is None and re.fullmatch(r"[A-ZĐ][^\W\d_]+", s):
            cand = self._known_given_name(s)
        if cand is not None:
            cand.embedded = embedded
        return cand

    def _classify_here(self, np: str) -> _Candidate | None:
        """_classify, plus what only this article knows: a bare given name of someone named in it
        ("Theo lời khai của Lực")."""
        cand = _classify(np, self.lex)
        if cand is None:
            for pre in [f"{n} của " for n in self.lex.STATEMENT_NOUNS]:
                if np.lower().startswith(pre):
                    np = np[len(pre):]
                    break
            if re.fullmatch(r"[A-ZĐ][^\W\d_]+", np):
                cand = self._known_given_name(np)
        return cand

    def _known_given_name(self, word: str) -> _Candidate | None:
        """"Hùng cho rằng ...": a bare Vietnamese given name is a person once the article has named
        someone "... Hùng"; otherwise a capitalised word ("Trong", "Cùng") is no name at all."""
        matches = {name for name in self.people if len(name.split()) >= 2 and name.split()[-1] == word}
        if len(matches) == 1:
            full = matches.pop()
            return _Candidate(full, word, "person", gender=self.people[full].gender, named=True)
        return None

    def _cue_ok(self, low: str, m: re.Match, masked: str) -> tuple[bool, bool]:
        """(usable, hedged) for a cue match."""
        cue = m.group(0).lower()
        after = low[m.end():].lstrip()
        before = low[: m.start()].rstrip()
        for w in self.lex.NOT_SPEECH_AFTER.get(cue, ()):
            if after.startswith(w + " ") or after == w or after.startswith(w + ",") or after.startswith(w + "."):
                return False, False
        prev_words = before.split()[-3:]
        prev_orig = masked[: m.start()].split()[-1:] or [""]
        if prev_orig[0].lower() in self.lex.NOT_SPEECH_BEFORE.get(cue, ()):
            return False, False  # "triển khai", "công khai"
        if prev_orig[0] in ("một", "các", "những", "bản", "lời", "buổi", "cuộc", "đợt", "lượt", "sự", "số", "ra", "gửi", "bảng", "đăng") \
                and cue not in _VERB_ONLY_CUES:
            return False, False  # "trong một tuyên bố", "20.000 lượt chia sẻ", "ra thông báo": the noun
        if m.group(0)[:1].isupper() and masked[: m.start()].strip(" “\"'(-–"):
            return False, False  # "Trung tâm Dự báo khí tượng": a capitalised word inside a name
        prev2 = " ".join(prev_words[-2:])
        if prev_words and (prev_words[-1] in self.lex.PASSIVES or prev2 in ("được cho", "bị cho")):
            return False, True
        if any(" ".join(prev_words[-k:]) in self.lex.NEGATIONS for k in (1, 2)):
            return False, False
        if prev_words and prev_words[-1] in self.lex.FUTURE_MARKERS:
            return False, False
        if prev_words and prev_words[-1] in ("cho", "đã", "sẽ") and cue in ("thấy",):
            return False, False
        if cue in ("xác định", "làm rõ", "kết luận", "phát hiện ra") and not before:
            return False, True  # "Xác định ..." at the start: agentless
        if cue in ("nói", "thông tin", "thông báo") and before.endswith(("lời", "bài", "những lời", "như đã")):
            return False, False
        return True, False

    def _main_cue(self, masked: str, text: str, lo: int = 0) -> tuple[_Candidate, re.Match] | None:
        low = masked.lower()
        for m in self.rx["cue"].finditer(masked, lo):
            ok, _ = self._cue_ok(low, m, masked)
            if not ok:
                continue
            cand = self._subject_before(masked, text, m.start(), lo)
            if cand is None or cand.embedded:
                continue
            cue = m.group(0).lower()
            if cue == "nhấn mạnh" and cand.stype in ("document",):
                continue
            if cue in ("xác định", "làm rõ", "kết luận", "phát hiện ra", "công bố", "thông báo", "dự báo",
                       "ước tính") and cand.stype == "pronoun":
                continue
            return cand, m
        tag = self.rx["tag_cue"].search(masked, lo) or self.rx["colon_tag_cue"].search(masked, lo)
        if tag and (_MASK in masked[:tag.start()] or masked[tag.end():].lstrip().startswith(":")):
            # "“...” - ông Tám bức xúc.": after a quote, a manner verb at the end tags the speaker
            cand = self._subject_before(masked, text, tag.start(), lo)
            if cand is not None and not cand.embedded and cand.stype != "document":
                return cand, tag
        return None

    def _relay_target(self, masked: str, text: str, m: re.Match) -> tuple[_Candidate | None, int]:
        """"CNN dẫn các nguồn thạo tin cho biết" / "X dẫn lời Y": the speaker after the relay verb."""
        rest = masked[m.end():]
        nxt = self.rx["cue"].search(rest)
        end = m.end() + (nxt.start() if nxt else len(rest))
        seg = re.split(r"[,;:]", text[m.end():end], maxsplit=1)[0]
        cand = _classify(seg.strip(), self.lex) if seg.strip() else None
        return cand, end

    # ---------------------------------------------------------------- one sentence
    def analyse(self, si: int, open_quote: bool) -> tuple[list[Attribution], bool, bool, list[tuple[int, int]]]:
        sent = self.s[si]
        self._si = si
        text = _drop_credit(sent.text) if sent.kind == "caption" else sent.text
        spans, still_open = quote_spans(text, open_quote)
        masked = _mask(text, spans)
        low = masked.lower()
        hedged = bool(self.rx["hedge"].search(low))
        qwords = _quoted_words(text, spans)
        atts: list[Attribution] = []

        def make(cand: _Candidate, cue: str | None, conf: float, role: str = "speaker",
                 quote: str | None = "indirect") -> Attribution | None:
            fin = self._finish(cand, si)
            if fin is None:
                return None
            name, stype = fin
            if cand.stype in ("pronoun", "title"):
                conf -= 0.1
            if cand.stype == "single" and stype == "organization":
                conf -= 0.15
            if stype == "person" and name not in self.people:
                self._add_person(name, cand.title, cand.gender, si, 0)
            return Attribution(name, cand.mention, stype, cue, quote, round(max(0.05, min(conf, 0.99)), 2), role)

        quote_kind = "direct" if qwords >= 3 else "indirect"
        # 1. leading "Theo X, ..."
        m = self.rx["lead_theo"].match(masked)
        if m:
            after = masked[m.end():]
            comma = after.find(",")
            x_text = text[m.end(): m.end() + comma] if comma > 0 else ""
            if x_text and not self._theo_excluded(x_text):
                x = self._classify_here(self.rx["time_tail"].sub("", x_text).strip())
                lo = m.end() + comma + 1
                inner = self._main_cue(masked, text, lo)
                nested = self.rx["lead_theo"].match(masked[lo:].lstrip())
                theo_cue = text[m.start(1): m.end(1)]
                if nested:
                    lo2 = lo + (len(masked[lo:]) - len(masked[lo:].lstrip())) + nested.end()
                    c2 = masked[lo2:].find(",")
                    y = _classify(text[lo2: lo2 + c2].strip(), self.lex) if c2 > 0 else None
                    if y:
                        a = make(y, text[lo2 - len(nested.group(0)) + nested.start(1): lo2 - len(nested.group(0)) + nested.end(1)] or "theo", 0.88)
                        if a:
                            atts.append(a)
                if not atts and inner and (x is None or x.stype in ("media", "title")) and self._subject_leads(masked, text, lo, inner):
                    cand, cm = inner
                    nxt = self.rx["cue"].match(masked, cm.end() + 1)
                    if cm.group(0).lower() == "lên tiếng" and nxt:
                        cm = nxt
                    a = make(cand, text[cm.start(): cm.end()], 0.9, quote=quote_kind)
                    if a:
                        atts.append(a)
                if not atts:
                    appos = self._apposition_after(masked, text, lo)
                    if appos is not None and (x is None or x.stype in ("title", "anonymous") or not x.named):
                        a = make(appos, theo_cue, 0.85, quote=quote_kind)
                    elif x is not None:
                        a = make(x, theo_cue, 0.9 if x.named or x.stype in ("anonymous", "document") else 0.75,
                                 quote=quote_kind)
                    else:
                        a = None
                    if a:
                        atts.append(a)
                        x = None
                if atts and x is not None and x.stype != "title":
                    r = make(x, theo_cue, 0.8, role="relay")
                    if r and r.source != atts[0].source:
                        atts.append(r)
        # 2. vague leads: "Thông tin ban đầu, ..."
        if not atts:
            vm = self.rx["vague_lead"].match(masked)
            if vm:
                phrase = text[: vm.end() - 1].strip()
                phrase = re.sub(r"^theo\s+", "", phrase, flags=re.I)
                atts.append(Attribution(phrase, phrase, "anonymous", phrase, "indirect", 0.8))
        # 3. subject + cue, with "X dẫn lời Y" relays
        if not atts:
            rm = self.rx["relay"].search(masked)
            if rm:
                relay = self._subject_before(masked, text, rm.start())
                target, _ = self._relay_target(masked, text, rm)
                if relay and target and not relay.embedded:
                    cue_m = self.rx["cue"].search(masked, rm.end())
                    cue = text[cue_m.start(): cue_m.end()] if cue_m else text[rm.start(): rm.end()]
                    a = make(target, cue, 0.85, quote=quote_kind)
                    r = make(relay, text[rm.start(): rm.end()], 0.8, role="relay")
                    atts.extend(x for x in (a, r) if x)
        if not atts:
            found = self._main_cue(masked, text)
            if found:
                cand, cm = found
                cue = text[cm.start(): cm.end()]
                nxt = self.rx["cue"].match(masked, cm.end() + 1)
                if cue.lower() == "lên tiếng" and nxt:  # "lên tiếng bác bỏ": the second verb says what was said
                    cue = text[nxt.start(): nxt.end()]
                    cm = nxt
                after = low[cm.end():].lstrip()
                if after.startswith("rằng") and cue.lower() in ("nói", "khẳng định", "nhấn mạnh", "nhất trí rằng"):
                    cue = cue + " rằng" if not cue.lower().endswith("rằng") else cue
                conf = 0.9
                if cue.lower() in ("kể", "nêu", "viết", "thông tin", "đăng tải", "khai", "lên tiếng", "trả lời",
                                   "xác định", "làm rõ", "kết luận", "phát hiện ra", "thông báo", "công bố"):
                    conf -= 0.1
                if not cand.named and cand.stype not in ("anonymous", "pronoun", "title", "document"):
                    conf -= 0.15
                a = make(cand, cue, conf, quote=quote_kind)
                if a:
                    atts.append(a)
        # 4. postposed "..., theo X." credits the whole sentence
        pm = self.rx["post_theo"].search(masked)
        if pm and not self._theo_excluded(pm.group(2)):
            x_raw = text[pm.start(2): pm.end(2)]
            x_raw = self._trim_np(x_raw, sent, pm.start(2))
            x = self._classify_here(x_raw) if x_raw else None
            cue_before = any(self._cue_ok(low, cm, masked)[0] for cm in self.rx["cue"].finditer(masked, max(0, pm.start() - 15))
                             if cm.end() <= pm.start())  # "kể từ năm 2004, theo X": "kể từ" is no cue
            speaker = next((a for a in atts if a.role == "speaker" and a.cue and a.cue.lower() != "theo"), None)
            if x is not None and not cue_before and speaker is not None and x.stype == "media":
                # "“...”, bà nói ..., theo Reuters.", "Chính phủ X thông báo ..., theo Reuters.": the speaker
                # speaks, the agency relays it ("..., theo thông tin từ quan chức X" names the real speaker)
                r = make(x, text[pm.start(1): pm.end(1)], 0.8, role="relay")
                if r:
                    atts.append(r)
            elif x is not None and not cue_before:
                a = make(x, text[pm.start(1): pm.end(1)], 0.85, quote=quote_kind)
                if a:
                    # the postposed credit covers the whole sentence, subject and cue included
                    atts = [a]
        for a in atts:
            if a.role == "speaker":
                self.sources.append((si, a))
        return atts, hedged, still_open, spans

    def _theo_excluded(self, x: str) -> bool:
        """"theo đề nghị của", "theo quy định": not a source; but "theo luật sư X" is."""
        hit = _starts_with_any(x, self.lex.THEO_NOT_SOURCE)
        if not hit:
            return False
        title = _starts_with_any(x, self.lex.PERSON_TITLES)
        return not (title and len(title) > len(hit))

    def _subject_leads(self, masked: str, text: str, lo: int, inner: tuple[_Candidate, re.Match]) -> bool:
        """After "Theo X,", is the inner cue's subject the clause's own subject, with only
        appositions (no other clause) between it and the cue?"""
        cand, cm = inner
        segs = self._segments(masked[lo: cm.start()], lo)
        first = next((i for i, (sg, _) in enumerate(segs) if sg.strip()), None)
        if first is None:
            return False
        if cand.mention not in text[segs[first][1]: segs[first][1] + len(segs[first][0])]:
            return False
        return not any(self._is_clause(sg) for sg, _ in segs[first + 1:])

    def _apposition_after(self, masked: str, text: str, lo: int) -> _Candidate | None:
        """"Theo cố vấn ..., ông Farhad Alaadin, Thủ tướng ...": the named person after the role."""
        rest = masked[lo:]
        parts = rest.split(",")
        if len(parts) < 3:
            return None
        seg = text[lo: lo + len(parts[0])].strip()
        cand = _classify(seg, self.lex)
        if cand and cand.stype == "person" and cand.named and not self._is_clause(seg):
            return cand
        return None

    def _trim_np(self, x: str, sent: SentenceIn, offset: int) -> str:
        """Cut a postposed source phrase before its own verb: "quan chức X đề cập trên kênh Y"."""
        if sent.parsed is None:
            return x.strip()
        words = x.split()
        for tok in sent.parsed.tokens:
            if tok.start < offset or tok.start >= offset + len(x):
                continue
            rel = tok.start - offset
            if tok.upos == "VERB" and rel > 0 and tok.text[:1].islower() and len(x[:rel].split()) >= 2:
                return x[:rel].strip()
        return " ".join(words).strip()

    # ---------------------------------------------------------------- the article
    def run(self) -> list[SentenceAttribution]:
        n = len(self.s)
        per: list[list[Attribution]] = []
        hedged: list[bool] = []
        opened: list[bool] = []  # a quote still open after this sentence
        started_inside: list[bool] = []
        open_q = False
        for si in range(n):
            if self.s[si].kind == "headline" and self.s[si].role == "subheading":
                open_q = False
            if open_q and si > 0 and self._new_paragraph(si) and not self._paragraph_continues_quote(si):
                open_q = False  # a quote left open at a paragraph's end, and not taken up: stop here
            started_inside.append(open_q)
            atts, h, still_open, _ = self.analyse(si, open_q)
            per.append(atts)
            hedged.append(h)
            opened.append(still_open)
            open_q = still_open if self.s[si].kind == "body" else False
        self._spread_quotes(per, started_inside, opened)
        out = []
        for si in range(n):
            sent = self.s[si]
            atts = per[si]
            claim = is_claim(sent, self.lex)
            flags = []
            primary = next((a for a in atts if a.role == "speaker"), None)
            if claim and primary is None:
                flags.append("unattributed")
            if primary is not None and primary.source_type == "anonymous":
                flags.append("anonymous_source")
            if hedged[si] and claim:
                flags.append("hedged")
            out.append(SentenceAttribution(claim, tuple(atts), tuple(flags)))
        return out

    def _new_paragraph(self, si: int) -> bool:
        a, b = self.s[si - 1].paragraph, self.s[si].paragraph
        return a is not None and b is not None and a != b

    def _paragraph_continues_quote(self, si: int) -> bool:
        """A quote runs on into a new paragraph that opens with a quote mark (the usual convention)
        or that closes it somewhere."""
        first = self.s[si].text.lstrip()
        if first[:1] in _OPEN_Q + _STRAIGHT_Q:
            return True
        para = self.s[si].paragraph
        k = si
        while k < len(self.s) and self.s[k].paragraph == para:
            if any(q in self.s[k].text for q in _CLOSE_Q + _STRAIGHT_Q):
                return True
            k += 1
        return False

    def _spread_quotes(self, per: list[list[Attribution]], started_inside: list[bool], opened: list[bool]) -> None:
        """Every sentence of a multi-sentence quote is credited to the quote's speaker."""
        n = len(per)
        si = 0
        while si < n:
            if opened[si] and not started_inside[si]:
                group = [si]
                k = si + 1
                while k < n and started_inside[k]:
                    group.append(k)
                    if not opened[k]:
                        break
                    k += 1
                speaker = next((per[g][0] for g in group if per[g] and per[g][0].role == "speaker"), None)
                if speaker is None and k + 1 < n and not opened[group[-1]]:
                    nxt = per[group[-1] + 1] if group[-1] + 1 < n else []
                    speaker = nxt[0] if nxt and nxt[0].role == "speaker" else None
                if speaker is not None:
                    for g in group:
                        if not per[g]:
                            per[g] = [replace(speaker, quote="direct", confidence=round(min(speaker.confidence, 0.85), 2))]
                        elif per[g][0].source == speaker.source:
                            per[g][0] = replace(per[g][0], quote="direct")
                si = group[-1] + 1
                continue
            # a sentence that is one whole quote right after a quoted statement continues it
            t = self.s[si].text.strip()
            if (not per[si] and si > 0 and per[si - 1] and per[si - 1][0].quote == "direct" and t[:1] in _OPEN_Q + _STRAIGHT_Q
                    and self.s[si].kind == "body"):
                per[si] = [replace(per[si - 1][0], confidence=round(min(per[si - 1][0].confidence, 0.8), 2))]
            si += 1


def _drop_credit(text: str) -> str:
    return re.sub(r"(?:\s*\(\s*|(?<=[.!?])\s*|\s[-–]\s)(?:ảnh|nguồn|photo|ảnh chụp màn hình)\b.*$", "", text, flags=re.I).strip()


def is_claim(sent: SentenceIn, lex) -> bool:
    """A checkable assertion: not a question, appeal, byline, CMS alt text or bare label."""
    text = sent.text.strip()
    if sent.role in ("byline", "cms_alt") or not text:
        return False
    core = _drop_credit(text) if sent.kind == "caption" else text
    if core.rstrip(" .\"”").endswith("?"):
        return False
    if _starts_with_any(core, lex.APPEAL_STARTS):
        return False
    if sent.kind in ("caption",) or sent.role == "subheading":
        return _has_predicate(core, sent.parsed)
    return len(core.split()) >= 3 or any(ch.isdigit() for ch in core)


def _has_predicate(text: str, parsed: ParsedSentence | None) -> bool:
    if parsed is None or not parsed.tokens:
        return len(text.split()) >= 6
    toks = [t for t in parsed.tokens if t.start < len(text)]
    seen_noun = False
    for t in toks:
        if t.upos in ("NOUN", "PROPN", "PRON", "NUM"):
            seen_noun = True
        elif t.upos in ("VERB", "ADJ") and seen_noun and t.text[:1].islower():
            return True
    return False


def attribute(sentences: Sequence[SentenceIn], lang: str = "vi") -> list[SentenceAttribution]:
    """Attribute every sentence of one article (order matters for quotes and pronouns)."""
    if not sentences:
        return []
    return _Article(sentences, lang).run()
