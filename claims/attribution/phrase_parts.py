"""The small tests `phrases.classify` combines to read a noun phrase: a screen name, a
document's name without when it came out, a noun for people by their role, a media or body head
as written, what a demonstrative phrase points back to, a person described after being named, a
group named after words that describe it, someone's kin or spokesperson, a person named after a
foreign body, whose words a phrase says they are. Pure functions of the phrase and the language tables."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .name_shapes import looks_foreign, person_like
from .patterns import is_cap, said_by, starts_with_any
from .types import Candidate


def screen_name(name: str, lex) -> bool:
    """Two to four capitalised Vietnamese syllables, no place, country or body: a person's name as
    an account shows it ("Thảo Nguyên", "Huy Trần"), not a handle ("Mẹ bỉm Phú Hòa", "Mẹ Bống": a
    kin word first names someone by their child)."""
    words = name.split()
    # (a page named for a place or an outlet, "Đà Lạt Mộng Mơ", "Báo Thanh Niên", is no one; past
    # two words a person's name opens or closes with a family name: "Lê Minh Kinh Bắc")
    return 2 <= len(words) <= 4 and all(is_cap(w) and w.isalpha() and not looks_foreign(w) for w in words) \
        and not any(" ".join(words[:k]) in lex.PLACES or " ".join(words[:k]) in lex.COUNTRY_NAMES for k in (1, 2, 3)) \
        and not starts_with_any(name, lex.ORG_HEADS) and not starts_with_any(name, lex.MEDIA_HEADS) \
        and (len(words) == 2 or words[0] in lex.SURNAMES or words[-1] in lex.SURNAMES) and words[0].lower() not in lex.PERSON_NOUN_GENDER


def document_name(phrase: str, lex) -> str:
    """A document's name without when it came out: "báo cáo của NOAA công bố giữa tháng 4" is NOAA's report."""
    head = starts_with_any(phrase, lex.DOCUMENT_HEADS) or ""
    relative = re.search(r"\s+mà\s", phrase[len(head):])
    if relative:
        # "văn bản thỏa thuận mà AFP được tiếp cận": the relative clause tells how it was seen, not which paper
        phrase = phrase[:len(head) + relative.start()]
    released = re.search(rf"\s(?:{'|'.join(map(re.escape, lex.DOCUMENT_RELEASE_VERBS))})(?!\w)", phrase[len(head):])
    sent = re.search(r"(?<=\S)\s+gửi\s", phrase[len(head):])
    if sent and re.search(r"(?<!\w)của\s+\S", phrase[len(head):len(head) + sent.start()]):
        # "Báo cáo nhanh của Hạt Kiểm lâm X gửi UBND tỉnh": whose it is, then to whom it went (an
        # ownerless "công bố thông tin gửi HNX" is called by its recipient)
        return phrase[:len(head) + sent.start()].strip()
    if not released or re.search(r"(?<!\w)của\s", phrase[len(head) + released.end():]):
        return phrase  # ("thông tư ban hành tháng trước của Bộ Tài chính": whose it is comes after)
    return phrase[:len(head) + released.start()].strip()


def agent_noun(rest: str, lex) -> bool:
    """Whether a lower-case noun phrase opens with a noun for people by their role ("cổ động viên
    trẻ", "giảng viên của trường"): one of its first three syllables, not the first, is an agent
    syllable, before any preposition."""
    words = []
    for w in rest.split()[:3]:
        if not w[:1].islower() or w in ("của", "ở", "tại", "trong", "thuộc", "và"):
            break
        words.append(w.strip(",.;:"))
    if len(words) > 1 and words[1] not in lex.PERSON_AGENT_PREFIXES.get(words[0], (words[1],)):
        return True  # "chủ tàu lặn", "thợ săn": an owner or a tradesman
    return any(w in lex.PERSON_AGENT_SYLLABLES for w in words[1:])


@lru_cache(maxsize=8)
def title_cased_head(media_head: str, lex) -> bool:
    """A media head written as part of a name ("Đài Truyền hình Việt Nam"), not before one."""
    return any(w[:1].isupper() for w in media_head.split()[1:]) \
        or (media_head[:1].isupper() and media_head.lower() in lex.MEDIA_HEADS_IN_NAME)


def org_heads_capitalised(lang: str) -> str:
    """The heads of organisations' names as written at a name's start ("Công ty", "Sở", "CTCP")."""
    heads = sorted((h for h in lexicon.get(lang).ORG_HEADS if h[:1].isalpha()), key=len, reverse=True)
    return "|".join(re.escape(h[:1].upper() + h[1:]) for h in heads) + "|CTCP|TNHH"


def anaphor_kind(head: str, lex) -> str | None:
    """What a demonstrative noun phrase ("cơ quan này", "nguồn tin đó") can point back to."""
    if head.lower() in ("đơn vị", "phía", "bên", "cơ quan", "doanh nghiệp"):
        return "organization"  # before the document heads: "đơn vị" is no "đơn" (petition)
    # the longest head decides: "báo cáo này" is a report, though it starts with "báo" (a paper)
    found = [(len(m), -k, kind) for k, (kind, heads) in enumerate((
        ("media", lex.MEDIA_HEADS), ("document", lex.DOCUMENT_HEADS), ("anonymous", lex.ANONYMOUS_HEADS),
        ("organization", lex.ORG_HEADS))) if (m := starts_with_any(head, heads))]
    return max(found)[2] if found else None


def epithet(np: str, lex) -> Candidate | None:
    """A person described, not named, after being named ("Chiến lược gia người Hàn Quốc", "nhà
    cầm quân 52 tuổi", "tiền vệ sinh năm 2001"): lower-case role words and a description (origin,
    age, birth year) that only fits someone the article has introduced."""
    # "Vị chiến lược gia người Hàn Quốc": the courtesy "vị" changes nothing
    m = re.fullmatch(r"(?:[Vv]ị\s+)?(?P<role>[^\d,;:()]{2,40}?)\s+(?:(?:người|gốc)\s+(?P<origin>\S.*)|\d{1,3}\s+tuổi|sinh năm\s+\d{4})", np)
    if not m:
        return None
    role = m.group("role")
    words = role.split()
    if not 1 <= len(words) <= 4 or any(is_cap(w) for w in words[1:]) or words[0].lower() in lex.ANONYMOUS_QUANTIFIERS:
        return None  # "Một phụ nữ 40 tuổi" is someone new; "Nguyễn Văn A 40 tuổi" is a name
    if starts_with_any(role, lex.ANONYMOUS_HEADS) or starts_with_any(role, lex.ORG_HEADS) or starts_with_any(role, lex.MEDIA_HEADS):
        return None
    core = re.sub(r"^(?:nữ|nam|cựu|tân)\s+", "", role, flags=re.I)
    job = (starts_with_any(core, lex.PERSON_TITLES) and core.split()[0].lower() not in lex.KIN_TITLES | {"cụ"}) \
        or core.lower().startswith("nhà ") or core.split()[-1].lower() == "gia"  # "chiến lược gia", "nhà cầm quân"
    if not job:
        return None  # "cụ bà 90 tuổi": someone new, not a role the article gave a person
    origin = m.group("origin")
    if origin is not None and origin not in lex.COUNTRY_NAMES and origin not in lex.PLACES:
        return None
    gender = "f" if words[0].lower() == "nữ" else None
    return Candidate(role.lower(), np, "epithet", gender=gender, title=role.lower())


def described_then_named(tail: str, lex) -> bool:
    """Lower-case words that describe (two to four, no function word), then a name to the end:
    " giám sát độc lập Civitas"."""
    words = tail.split()
    at = next((k for k, w in enumerate(words) if is_cap(w)), None)
    if at is None or not 2 <= at <= 4:
        return False
    described, name = " ".join(words[:at]), " ".join(words[at:])
    if starts_with_any(described, lex.PERSON_TITLES) or starts_with_any(described, lex.ANONYMOUS_HEADS) \
            or any(w.lower() in lex.PERSON_AGENT_SYLLABLES for w in words[:at]) or agent_noun(described, lex):
        return False  # ("nhóm phóng viên Reuters", "nhóm công nhân nhà máy X", "nhóm thợ lặn Y": people of a body or place)
    if name in lex.PLACES or name in lex.COUNTRY_NAMES or (len(words) - at == 1 and not looks_foreign(name)) \
            or words[at] in lex.SURNAMES:
        return False  # ("nhóm bạn thân Hùng", "nhóm tình nguyện viên Quảng Nam": whose friends, where from)
    # (no preposition or demonstrative: "nhóm bạn ở Hà Nội" is no group's name; "theo dõi" is a verb)
    return all(w.isalpha() and w.lower() not in lex.NOT_DESCRIBING for w in words[:at]) \
        and all(is_cap(w) for w in words[at:])


def has_proper_after(s: str, head: str) -> bool:
    tail = s[len(head):].split()
    return bool(tail) and (is_cap(tail[0]) or (len(tail) > 1 and is_cap(tail[1])))


def kin_or_agent_of_someone(np: str, lex) -> bool:
    """A relative of someone ("Chồng bà Thoa", "Mẹ của một nạn nhân") or a named person's unnamed
    spokesperson ("người đại diện của ông Holmqvist"): a title and a capitalised name follow, or
    "của" after the kin noun."""
    head = starts_with_any(np, lex.KIN_NOUNS)
    if head is None:
        spk = starts_with_any(np, lex.SPOKESPERSON_HEADS)
        head = spk if spk and re.match(r"\s+của\s", np[len(spk):]) else None
    if head is None or (len(np) > len(head) and np[len(head)].isalnum()):
        return False
    if head.lower() in lex.KIN_NOUNS and re.match(r"\s+của\s+\S", np[len(head):]):
        return True  # "Mẹ của một nạn nhân 19 tuổi": whoever the relative is of
    rest = re.sub(r"^\s*(?:của\s+)?", "", np[len(head):])
    if head.lower() in lex.KIN_NOUNS and rest.strip().lower() in lex.PRONOUN_GENDER and rest.strip().lower() != "em":
        return True  # "Ông Tâm, vợ ông kể": his wife, whom the pronoun says is his ("con em" are children)
    title = starts_with_any(rest, lex.ADDRESS_TITLES)
    name = rest[len(title):].strip() if title else ""
    return bool(title) and bool(name) and name[:1].isupper() and len(name.split()) <= 4


def named_after_country(body: str, lex) -> str | None:
    """The capitalised words after a country that closes a body's name ("Bộ Ngoại giao Trung Quốc
    Mao Ninh" -> "Mao Ninh"): a foreign body's spokesperson named right after it."""
    if not starts_with_any(body, lex.ORG_HEADS):
        return None
    for m in _after_country_rx(lex).finditer(body):
        # (not a short form in brackets: "Hội đồng Xuất khẩu dầu cọ Indonesia (IPEC)" is the body's)
        words = m.group(1).split()
        # (a person's name: two words or more, none in capitals only ("VSA", "ACV"), not a place
        # ("Thái Nguyên", "Uông Bí") nor a second country ("Việt Nam Thụy Điển"))
        if len(words) >= 2 and all(is_cap(w) and w[0] not in "([" and not (w.isupper() and len(w) > 1) for w in words) \
                and words[0] not in lex.COUNTRY_NAMES and m.group(1) not in lex.PLACES \
                and not any(" ".join(words[k:k + 2]) in lex.PLACES or " ".join(words[k:k + 2]) in lex.COUNTRY_NAMES
                            or words[k] in lex.COUNTRY_NAMES for k in range(len(words))) \
                and person_like(words, lex):
            return m.group(1)
    return None


@lru_cache(maxsize=4)
def _after_country_rx(lex) -> re.Pattern:
    """A country, then up to four words that end the phrase (longest country names first)."""
    countries = "|".join(re.escape(c) for c in sorted(lex.COUNTRY_NAMES, key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?:{countries})\s+(\S+(?:\s+\S+){{0,3}})$")


@lru_cache(maxsize=4)
def _said_by_pattern(lex) -> re.Pattern:
    return re.compile(rf"{said_by(lex)}(.+)", re.IGNORECASE)


def said_by_someone(np: str, lex) -> str | None:
    """Whoever a statement noun phrase credits: "đánh giá của ông X", "tin tức từ X", "các công bố
    ban đầu từ các quan chức Y" -> the one after "của" / "từ"."""
    m = _said_by_pattern(lex).fullmatch(np)
    return m.group(1) if m else None
