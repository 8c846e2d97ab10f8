"""Noun phrases as sources: which names a phrase holds, and whether it can be a source at all,
and of which type (person, organization, media, document, anonymous, or a pronoun, title or
anaphor that the article must resolve). Pure functions of the phrase and the language tables."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .. import lexicon
from .patterns import MASK, is_cap, starts_with_any, strip_words
from .types import Candidate


def names_in(np: str, lex) -> list[tuple[str, str | None, str | None]]:
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
            if (is_cap(tokens[i]) and tokens[i] in lex.SURNAMES and i + 1 < len(tokens) and is_cap(tokens[i + 1])
                    and " ".join(tokens[i:i + 2]).rstrip(".,;:") not in lex.PLACES
                    and " ".join(tokens[i:i + 2]).rstrip(".,;:") not in lex.COUNTRY_NAMES  # "Thái Lan", not Mr Thái
                    and not _after_place_word(tokens, i, lex)
                    # inside a body's name ("Công ty Xi măng Hà Tiên", also after "Đại diện"): the
                    # phrase opens with the body's head and a lower-case word comes right before
                    and not (i > 0 and not is_cap(tokens[i - 1]) and _inside_body_name(tokens, i, lex)
                             and not _full_personal_name(tokens, i))):
                run, i2 = _run_at(tokens, i)
                if not person_like(run, lex):
                    i = i2  # "Hòa Lâm FC": a brand's word after a surname, no one's name
                    continue
                out.append((" ".join(run), None, _name_gender(run, lex)))
                i = i2
                continue
            i += 1
            continue
        j = i + span
        found = None
        # long enough for "Bộ trưởng Bộ Lao động - Thương binh và Xã hội Nguyễn Thị Hằng"
        while j < len(tokens) and j <= i + span + 14:
            if not is_cap(tokens[j]):
                if tokens[j].lower() in ("của", "tại", "ở", "thuộc", "trên", "với", "cho", "viết", "nói", "kể"):
                    break  # ("nữ ca sĩ viết trên Facebook": a clause follows the title, not a name)
                j += 1
                continue
            run, j2 = _run_at(tokens, j)
            if _after_place_word(tokens, j, lex) and len(run) >= 4:
                run = run[2:]  # "tỉnh Hòa Lâm Vũ Đức Thịnh": a two-syllable place name, then the person
            followed_by_lower = j2 < len(tokens) and tokens[j2][:1].islower() and not tokens[j2 - 1].endswith((",", "."))
            if run and run[0].lower() in org_heads and title not in lex.ADDRESS_TITLES:
                # "Thứ trưởng Bộ Công Thương Lê Quang Thịnh": the body's name, then the person's
                whole, jw = list(run), j2
                while jw < len(tokens) and is_cap(tokens[jw]) and not tokens[jw - 1].endswith((",", ";", ":", ")", ".")):
                    whole.append(tokens[jw].rstrip(".,;:)"))
                    jw += 1
                tail = next((k for k in range(1, len(whole) - 1) if whole[k] in lex.SURNAMES and 2 <= len(whole) - k <= 4
                             and " ".join(whole[k - 1:k + 1]) not in lex.PLACES), None)
                if tail is not None:
                    found = (whole[tail:], jw)
                    break
            run = _drop_non_name_prefix(run, lex)
            body_name = not run or (run[0].lower() in org_heads and title not in lex.ADDRESS_TITLES) or " ".join(run) in lex.PLACES or (
                title not in lex.ADDRESS_TITLES and not person_like(run, lex)) or (
                followed_by_lower and (len(run) == 1 and title not in lex.ADDRESS_TITLES))
            if not body_name and run and not (len(run) == 1 and (
                    (run[0] in lex.COUNTRY_NAMES and (title not in lex.KIN_TITLES or j != i + span))  # "chị Nga" is a woman; "tướng Iran", "cô gái Nga" no one
                    or run[0] in lex.OUTLETS or re.fullmatch(r"[A-ZĐ]{2,}", run[0]))):  # "cô gái VN"
                found = (run, j2)
                break
            j = j2
        if found:
            out.append((" ".join(found[0]), title, gender or _name_gender(found[0], lex)))
            i = found[1]
        else:
            i += span
    return out


def _inside_body_name(tokens: list[str], i: int, lex) -> bool:
    """Whether token i continues a body's name begun a few words before ("Công ty Xi măng Hà
    Tiên", "Trường tiểu học Nguyễn Trãi"): a body's head, then only words of a name (no verb
    or adverb of a clause: "Tòa án ... đã tuyên phạt Trương Mỹ Lan" names a person)."""
    for k in range(max(0, i - BODY_NAME_WORDS), i):
        head = starts_with_any(" ".join(tokens[k:i]), lex.ORG_HEADS)
        if head and head[:1].isupper():
            between = tokens[k + len(head.split()):i]
            return all(w.lower() not in lex.STOPWORDS and w.lower() not in lex.PRE_CUE_ADVERBS
                       and w.lower() not in lex.CLAUSE_WORDS for w in between)
    return False


def _full_personal_name(tokens: list[str], i: int) -> bool:
    """Three or more capitalised words from a family name: a person's full name, even after a
    body's ("Cán bộ Sở Y tế Nguyễn Văn Nam"); a body's own name part rarely has three ("Hà Tiên")."""
    run = 0
    for tok in tokens[i:]:
        if not is_cap(tok):
            break
        run += 1
        if tok.endswith((",", ".", ";", ":")):
            break
    return run >= 3


BODY_NAME_WORDS = 6  # a body's head, its kind ("tiểu học", "Xi măng") and the name's first word


def _after_place_word(tokens: list[str], i: int, lex) -> bool:
    """Whether a place's head noun ("xã", "thành phố") comes right before token i."""
    return any(i >= n and " ".join(tokens[i - n:i]).lower() in lex.PLACE_WORDS for n in (1, 2))


def _name_gender(run: Sequence[str], lex) -> str | None:
    middle = run[1:-1] if len(run) >= 3 else []
    return next((lex.GENDERED_MIDDLE_NAMES[t] for t in middle if t in lex.GENDERED_MIDDLE_NAMES), None)


def _run_at(tokens: list[str], j: int) -> tuple[list[str], int]:
    run = []
    while j < len(tokens) and len(run) < 6 and (is_cap(tokens[j]) or (
            # a particle inside a foreign name ("Martin de Vries", "Ludwig van Beethoven")
            run and tokens[j] in NAME_PARTICLES and j + 1 < len(tokens) and is_cap(tokens[j + 1])
            and looks_foreign(run[-1]))):
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
            if len(run) > n and (head in lex.COUNTRY_NAMES or head in lex.OUTLETS or head in lex.NAMED_GROUPS
                                 or head in lex.PLACES):  # "Sở Y tế Hà Nội Nguyễn Văn An": the city, then the name
                run = run[n:]
                changed = True
                break
        if not changed and len(run) > 2 and run[1] in lex.SURNAMES and run[0] not in lex.SURNAMES and (
                run[0].isupper() or looks_foreign(run[0])) and not any(looks_foreign(t) for t in run[2:]):
            run = run[1:]  # "Vicofa Nguyễn Quang Đạt", "CKII Trần Thu Hương": a body's acronym or a degree, then the name
            changed = True
            continue
        if not changed and len(run) > 2 and len(run[0]) > 1 and run[0].isupper() and run[0].isalpha() \
                and not run[1].isupper():
            run = run[1:]  # "MEC Grace Phiri", "HĐQT HTBank Phan Văn Lực": a body's acronym before the name
            changed = True
            continue
        if not changed and len(run) > 2 and run[0].lower() in {h.lower() for h in lex.ORG_HEADS}:
            run = run[2:]  # "Điện Kremlin Dmitry Peskov": head + one name word belong to the body
            changed = True
    return run


def classify(np: str, lex) -> Candidate | None:
    """Decide whether a noun phrase can be a source, and of which type."""
    np = re.sub(r"^\([A-ZĐ+]{2,8}\)\s*[-–]?\s*", "", np.strip())  # "(TNO) ...": the outlet's own tag
    np = np.strip(" ,.;:-–\"“”'")
    np = strip_words(np, lex.DISCOURSE_PREFIXES, at_end=False)
    if not np or MASK in np or len(np.split()) > 25:
        return None
    low = np.lower()
    agent = re.match(rf"^.+?\s+do\s+(.+?)\s+(?:{'|'.join(map(re.escape, lex.PUBLISH_VERBS))})$", np, flags=re.I)
    if agent:  # "số liệu do các sở Y tế công bố": the body that published them
        return classify(agent.group(1), lex)
    for pre in [f"{n} từ " for n in lex.STATEMENT_NOUNS] + [f"{n} của " for n in lex.STATEMENT_NOUNS]:
        if low.startswith(pre) and len(np) > len(pre):
            np = np[len(pre):]  # "đánh giá của ông X": X said it
            low = np.lower()
            break
    else:
        said = starts_with_any(np, lex.STATEMENT_NOUNS)
        rest = np[len(said):].strip() if said else ""
        if rest and (starts_with_any(rest, lex.PERSON_TITLES) or rest.lower() in lex.PRONOUN_GENDER):
            np, low = rest, rest.lower()  # "lời bị cáo", "lời kể ông X": "của" left out, the same credit
    if low in lex.PRONOUN_GENDER:
        return Candidate(np, np, "pronoun", gender=lex.PRONOUN_GENDER[low], title=low)
    demo = re.fullmatch(r"(?:vị\s+)?(.+?)\s+(?:này|đó|trên|nói trên|kể trên)", np, flags=re.I)
    definite = re.fullmatch(r"vị\s+(.+)", np, flags=re.I)
    if demo or definite:
        head = (demo or definite).group(1)
        if (starts_with_any(head, lex.PERSON_TITLES) or np.lower().startswith("vị ")) and not names_in(head, lex) \
                and not any(is_cap(w) for w in head.split()):  # "vị lãnh đạo Bệnh viện X" names no one: anonymous
            return Candidate(head, np, "title", title=head.lower())  # "vị hiệu trưởng này", "vị chủ nhà xe": named before
        kind = anaphor_kind(head, lex)
        if demo and kind:
            return Candidate(head, np, "anaphor", title=kind)  # "nguồn tin này", "cơ quan này"
    if low in lex.PLURAL_PRONOUNS:
        return Candidate(np, np, "pronoun", title=low)
    epithet = _epithet(np, lex)
    if epithet is not None:
        return epithet
    doc_first = starts_with_any(np, lex.DOCUMENT_HEADS)
    title_first = starts_with_any(np, lex.PERSON_TITLES)
    if doc_first and not (title_first and len(title_first) > len(doc_first)):
        non_human = starts_with_any(np, lex.NON_HUMAN_HEADS)
        owned = re.match(rf"\s+(?:(?:\w+\s+){{0,2}}?của\s+|(?:[a-zà-ỹđ]+\s+){{0,2}})[{lex.UPPER}]", np[len(doc_first):])  # "số liệu (của) hải quan X"
        if not non_human or len(doc_first) > len(non_human) or owned:
            # "Theo bảng kê giáo viên gửi vào nhóm Zalo", "kết quả xét nghiệm của CDC": the document speaks
            return Candidate(_document_name(np, lex), np, "document", named=is_cap(np))
    if starts_with_any(np, lex.NON_HUMAN_HEADS):
        return None
    quant = starts_with_any(np, lex.ANONYMOUS_QUANTIFIERS)
    numeral = re.match(r"(?:(?:hơn|gần|khoảng|trên|chừng|hàng)\s+)?\d+\s+", np, flags=re.I)
    if not quant and numeral:
        quant = numeral.group(0).strip()  # "2 tài khoản Facebook": a counted, unnamed group
    rest = np[len(quant):].lstrip() if quant else np
    # an unnamed spokesperson speaks for the body: "Một phát ngôn viên của Bộ Ngoại giao Mỹ"
    spk = starts_with_any(rest, lex.SPOKESPERSON_HEADS)
    head_part = re.split(r"\s+của\s+", rest, maxsplit=1)[0]
    names = names_in(head_part, lex)
    media_first = starts_with_any(rest, lex.MEDIA_HEADS)
    org_first = starts_with_any(rest, lex.ORG_HEADS)
    if org_first and media_first and len(org_first) > len(media_first):
        media_first = None  # "Đài Khí tượng thủy văn": a weather station, not a broadcaster
    if media_first and re.search(r"\([A-ZĐ][A-ZĐ0-9&.-]{1,9}\)$", rest):
        return Candidate(rest, np, "media", named=True)  # "truyền thông nhà nước Triều Tiên (KCNA)": named by its acronym
    if media_first and media_first.lower() in lex.PORTAL_HEADS:
        return Candidate(rest, np, "media", named=True)  # "Cổng thông tin điện tử Chính phủ": the whole is the name
    if media_first and media_first.lower() not in ("phóng viên", "pv", "trang", "mạng"):
        after = rest[len(media_first):].strip()
        title_cased = any(w[:1].isupper() for w in media_first.split()[1:])  # "Đài Truyền hình Việt Nam": a name
        described = re.match(r"(?:có|đặt) trụ sở (?:tại|ở) |(?:của|ở|tại) (\S.*)$", after, flags=re.I)
        if described and described.group(1) and described.group(1) not in lex.COUNTRY_NAMES:
            described = None  # "báo của Bộ Y tế" is that ministry's paper, not one named before
        if after and not title_cased and (after in lex.COUNTRY_NAMES or after.lower() in ("này", "trên", "đó", "nói trên")
                                          or described):  # "Kênh truyền hình có trụ sở tại Qatar": the one named before
            return Candidate(media_first.lower(), np, "anaphor", title="media")  # "tuần báo Đức": the weekly named before
        if after and is_cap(after.split()[0]):
            name = starts_with_any(after, lex.OUTLETS) or cap_prefix(after)
            return Candidate(f"{media_first} {name}" if title_cased else name, np, "media", named=True)
    if spk and names and rest[len(spk):].strip().startswith(names[0][0]) and names[0][1] is None:
        names = []  # "Đại diện Kim Phát": the body named after the head, though "Kim" is a family name
    if spk and not names:
        body = rest[len(spk):].strip()
        body = re.sub(r"^(của|cho)\s+", "", body, flags=re.I)
        if body and (is_cap(body.split()[0]) or starts_with_any(body, lex.ORG_HEADS)):
            return Candidate(body, np, "organization", named=True)
        named_part = re.search(rf"(?<!\S)[{lex.UPPER}][^\s,]*(?:\s+[{lex.UPPER}0-9][^\s,]*)*", body)
        if named_part:  # "Đại diện hệ thống siêu thị Xanh Mart": the body is the named one
            return Candidate(named_part.group(0), np, "organization", named=True)
        return Candidate(np, np, "anonymous")
    if names and not (quant and not is_cap(rest)):
        name, title, gender = names[0]
        return Candidate(name, np, "person", gender=gender, title=title, named=True)
    # media: "hãng tin Reuters", "tờ Kommersant của Nga", "CNN", "phóng viên TTXVN tại Trung Đông"
    media_head = media_first
    after_media = rest[len(media_head):].strip() if media_head else rest
    outlet = starts_with_any(after_media, lex.OUTLETS)
    if outlet and not starts_with_any(rest, lex.ANONYMOUS_HEADS):
        return Candidate(outlet, np, "media", named=True)
    if media_head and after_media and is_cap(after_media.split()[0]) and media_head.lower() not in ("trang", "mạng"):
        name = cap_prefix(after_media)
        return Candidate(name, np, "media", named=True)
    doc = starts_with_any(rest, lex.DOCUMENT_HEADS)
    if doc and not starts_with_any(rest, ("quyết định " + w for w in ("tạm", "dừng"))):
        return Candidate(_document_name(np if not quant else rest, lex), np, "document", named=is_cap(np))
    anon = starts_with_any(rest, lex.ANONYMOUS_HEADS)
    org = starts_with_any(rest, lex.ORG_HEADS)
    if anon and not quant and anon.lower() in lex.ROLE_HEADS:
        tail = rest[len(anon):].strip()
        if tail and tail.split()[0].lower() in lex.OFFICE_WORDS and re.search(rf"(?<!^)\b(?:[{lex.UPPER}]|\d)", tail):
            return Candidate(np, np, "person")  # "chỉ huy đội CSGT số 8": one person, known by the office
    if anon and not quant and anon.lower() in {t.lower() for t in lex.PERSON_TITLES}:
        tail = rest[len(anon):].strip()
        if tail and is_cap(tail.split()[0]) and not starts_with_any(tail, lex.ORG_HEADS) \
                and tail.split()[0] not in lex.COUNTRY_NAMES:
            return Candidate(cap_prefix(tail), np, "person", title=anon.lower(), named=True)  # "tài xế Thắng"
    if anon and not (org and len(org) >= len(anon) and has_proper_after(rest, org)):
        if anon.lower() == "nhóm" and not quant and re.search(rf"\scủa\s+[{lex.UPPER}]", rest):
            return Candidate(np, np, "organization", named=True)  # "Nhóm phân tích của BTS": the firm's team
        if anon.lower() in ("nhóm", "người") and has_proper_after(rest, anon) and not quant:
            return Candidate(np, np, "organization" if anon.lower() == "nhóm" else "person", named=True)
        return Candidate(np, np, "anonymous")
    if quant and not org:
        if any(h.lower() in low for h in lex.ANONYMOUS_HEADS) or starts_with_any(rest, lex.PERSON_TITLES) \
                or _agent_noun(rest, lex):
            return Candidate(np, np, "anonymous")
        return None
    title_head = starts_with_any(rest, lex.PERSON_TITLES)
    if org and not (title_head and len(title_head) > len(org)):
        if quant and not has_proper_after(rest, org):
            return Candidate(np, np, "anonymous")
        acronym = re.search(r"\(([A-ZĐ][A-ZĐ0-9+&.-]{1,9})\)\s*$", np)
        # "Công an phường Hòa Phú (TP Thủ Dầu Một, Bình Dương)": the bracketed place is no part of the name
        name = acronym.group(1) if acronym else re.sub(r"\s*\((?![A-ZĐ][A-ZĐ0-9+&.-]{1,9}\))[^()]*\)", "", np).strip()
        return Candidate(name, np, "organization", named=has_proper_after(rest, org) or is_cap(np))
    country = starts_with_any(np, lex.COUNTRY_NAMES) or starts_with_any(np, lex.NAMED_GROUPS)
    if country and is_cap(np):  # "Anh" is Britain, "anh tiếp viên" a man
        return Candidate(np, np, "organization", named=True)
    title = starts_with_any(np, lex.PERSON_TITLES)
    if title:
        tail = np[len(title):].strip()
        if tail and is_cap(tail.split()[0]) and not starts_with_any(tail, lex.ORG_HEADS) \
                and tail not in lex.COUNTRY_NAMES:
            return Candidate(cap_prefix(tail), np, "person", title=title.lower(),
                              gender=lex.PERSON_TITLES.get(title.lower()) or lex.PERSON_TITLES.get(title), named=True)
        return Candidate(np, np, "title", title=np.lower())
    toks = np.split()
    if is_cap(toks[0]):
        run = cap_prefix(np).split()
        if len(run) == 1:
            if re.fullmatch(r"[A-ZĐ0-9&+.-]{2,}", run[0]):
                return Candidate(run[0], np, "organization", named=True)
            if not looks_foreign(run[0]):
                return None  # "Cùng", "Trong": a capitalised ordinary word, not a name
            return Candidate(run[0], np, "single", named=True)  # a surname or a company: resolved later
        if " ".join(run) in lex.PLACES or " ".join(run[:2]) in lex.PLACES:
            return None
        if 2 <= len(run) <= 4 and person_like(run, lex):
            return Candidate(" ".join(run), np, "person", named=True)
        toks_after = np.split()
        if any(starts_with_any(" ".join(toks_after[k:]), lex.ORG_HEADS) for k in (1, 2)):
            return Candidate(np, np, "organization", named=True)  # "CTCP Tập đoàn Bất động sản X": the whole name
        return Candidate(" ".join(run), np, "organization", named=True)
    return None


def _document_name(phrase: str, lex) -> str:
    """A document's name without when it came out: "báo cáo của NOAA công bố giữa tháng 4" is NOAA's report."""
    head = starts_with_any(phrase, lex.DOCUMENT_HEADS) or ""
    released = re.search(rf"\s(?:{'|'.join(map(re.escape, lex.DOCUMENT_RELEASE_VERBS))})(?!\w)", phrase[len(head):])
    return phrase[:len(head) + released.start()].strip() if released else phrase


def _agent_noun(rest: str, lex) -> bool:
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
def org_heads_capitalised(lang: str) -> str:
    """The heads of organisations' names as written at a name's start ("Công ty", "Sở", "CTCP")."""
    heads = sorted((h for h in lexicon.get(lang).ORG_HEADS if h[:1].isalpha()), key=len, reverse=True)
    return "|".join(re.escape(h[:1].upper() + h[1:]) for h in heads) + "|CTCP|TNHH"


def anaphor_kind(head: str, lex) -> str | None:
    """What a demonstrative noun phrase ("cơ quan này", "nguồn tin đó") can point back to."""
    if head.lower() in ("đơn vị", "phía", "bên", "cơ quan", "doanh nghiệp"):
        return "organization"  # before the document heads: "đơn vị" is no "đơn" (petition)
    if starts_with_any(head, lex.MEDIA_HEADS):
        return "media"
    if starts_with_any(head, lex.DOCUMENT_HEADS):
        return "document"
    if starts_with_any(head, lex.ANONYMOUS_HEADS):
        return "anonymous"
    if starts_with_any(head, lex.ORG_HEADS):
        return "organization"
    return None


def _epithet(np: str, lex) -> Candidate | None:
    """A person described, not named, after being named ("Chiến lược gia người Hàn Quốc", "nhà
    cầm quân 52 tuổi", "tiền vệ sinh năm 2001"): lower-case role words and a description (origin,
    age, birth year) that only fits someone the article has introduced."""
    m = re.fullmatch(r"(?P<role>[^\d,;:()]{2,40}?)\s+(?:(?:người|gốc)\s+(?P<origin>\S.*)|\d{1,3}\s+tuổi|sinh năm\s+\d{4})", np)
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


NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn"})


def cap_prefix(s: str) -> str:
    out = []
    for tok in s.split():
        if is_cap(tok) or (out and tok.lower() in ("al-", "bin", "de", "van", "von")) or (out and tok.startswith("al-")):
            out.append(tok.rstrip(",.;:)"))
        else:
            break
    return " ".join(out) if out else s


_VI_SYLLABLE = re.compile(lexicon.get("vi").SYLLABLE)


def looks_foreign(tok: str) -> bool:
    """A capitalised word that is no Vietnamese syllable ("Samsung", "Iran", "Levie") is a name;
    "Cùng", "Tới", "Trong" at the start of a sentence are ordinary words."""
    t = tok.strip("()\"“”'.,:;").lower()
    return bool(t) and not _VI_SYLLABLE.fullmatch(t)


def person_like(run: Sequence[str], lex) -> bool:
    """Vietnamese full names start with a family name; foreign names are not Vietnamese syllables."""
    if len(run) > 1 and looks_foreign(run[-1]) and "-" not in run[-1] and len(run[-1].rstrip(".")) > 1 \
            and not any(looks_foreign(t) for t in run[:-1]):  # ("Nguyễn Văn T." is a name given by its initial)
        return False  # "Phúc Lộc Mart", "Hòa Lâm FC": a brand's word after Vietnamese ones ("Kim Sang-woo" is a name)
    return run[0] in lex.SURNAMES or any(looks_foreign(t) and not t.isupper() for t in run)  # "CDC" is no name


def full_name(name: str, lex) -> bool:
    """A whole personal name, not a role's body read as one ("CEO công ty Box" -> "Box"):
    a Vietnamese family name and two more syllables, or two or more foreign words."""
    toks = name.split()
    if len(toks) >= 3 and toks[0] in lex.SURNAMES:
        return True
    # ("HĐQT HTBank": an acronym is a body's, never a word of a name)
    return len(toks) >= 2 and all(looks_foreign(t) and not t.isupper() for t in toks)


def has_proper_after(s: str, head: str) -> bool:
    tail = s[len(head):].split()
    return bool(tail) and (is_cap(tail[0]) or (len(tail) > 1 and is_cap(tail[1])))
