"""Noun phrases as sources: whether a phrase can be a source at all, and of which type (person,
organization, media, document, anonymous, or a pronoun, title or anaphor that the article must
resolve); the names inside it are found by `names.py`. Pure functions of the phrase and the
language tables."""
from __future__ import annotations

import re
from dataclasses import replace

from ..words import dictionary_words
from .name_shapes import cap_prefix, full_name, looks_foreign, person_like
from .names import names_in
from .outlet_names import outlet_name
from .patterns import MASK, is_cap, said_by, starts_with_any, strip_words
from .types import Candidate
from .phrase_parts import (agent_noun, anaphor_kind, described_then_named, document_name, epithet, has_proper_after,
                           kin_or_agent_of_someone, named_after_country, said_by_someone, screen_name, title_cased_head)


POINTING_BACK = r"\s+(?:này|đó|trên|nói trên|kể trên)"  # "cơ quan này", "nguồn tin đó": the one named before


def classify(np: str, lex) -> Candidate | None:
    """Decide whether a noun phrase can be a source, and of which type; a phrase none of the
    tables place, "X này" with a lower-case head ("sàn này", "start-up này"), is an anaphor that
    speaks only if the article named something with that head (`epithets._named_with_head`)."""
    initials = re.fullmatch(r"(?:lời\s+)?((?:[A-ZĐ]\.){1,4})", np.strip(" ,;:"))
    if initials:
        # "T. nói", "Theo lời T.": someone the article names by initials only ("anh N.V.T."), a person
        name = initials.group(1).rstrip(".")
        return Candidate(name, np.strip(" ,;:"), "person", named=True)
    same = re.fullmatch(r"(?i)cùng\s+([^\W\d]+(?:\s+[^\W\d]+){0,2})", np.strip(" ,.;:"))
    if same and same.group(1)[:1].islower():
        found = classify(same.group(1) + " này", lex)  # "theo cùng bản tin": the same one, as "bản tin này"
        return replace(found, mention=np.strip(" ,.;:")) if found is not None else None
    spk = starts_with_any(np, lex.SPOKESPERSON_HEADS)
    if spk and re.search(rf"{POINTING_BACK}$", np.strip(" ,.;:")):
        body = _classify(np[len(spk):].strip(), lex)
        if body is not None and body.stype == "anaphor" and body.title == "organization":
            # "Đại diện công ty này": the firm named before speaks through its representative
            return Candidate(body.name, np, "anaphor", title="organization")
    found = _classify(np, lex)
    if found is not None and found.name.count("“") != found.name.count("”"):
        return None  # a name cut inside a quoted one ("Fanpage “Hóng" of "Fanpage “Hóng biến Sài Gòn”")
    if found is not None and found.stype == "person" and found.gender is None and len(found.name.split()) >= 3:
        found.gender = lex.MIDDLE_NAME_GENDER.get(found.name.split()[1])  # "Hờ Thị Mai": a family name the table lacks
    if found is not None and found.stype == "organization" and "," in found.name:
        # "Cục Quản lý đất đai, Bộ Nông nghiệp và Môi trường": a body, then the body it belongs to
        # (the corpus's convention: the first is the source); not one name with a comma inside
        # ("Bộ Văn hóa, Thể thao và Du lịch": no body's head after the comma)
        first, rest = found.name.split(",", 1)
        parent = starts_with_any(rest.strip(), lex.PARENT_BODY_HEADS)
        own_head = starts_with_any(first.strip(), lex.ORG_HEADS)
        if parent and own_head and own_head.lower() not in {h.lower() for h in lex.PARENT_BODY_HEADS} \
                and not re.search(r"\s(?:và|cùng)\s", first):  # ("Sở Y tế, Sở Giáo dục ...": two bodies alike)
            own = _classify(first.strip(), lex)
            if own is not None and own.stype == "organization":
                return Candidate(own.name, np, "organization", named=True)
    if found is not None:
        return found
    demo = re.fullmatch(rf"(\S+(?:\s+\S+){{0,2}}?){POINTING_BACK}", np.strip(" ,.;:-–\"“”'"), flags=re.I)
    head = demo.group(1) if demo else ""
    words = head.lower().split()
    person = starts_with_any(head, lex.PERSON_TITLES) or starts_with_any(head, lex.ANONYMOUS_HEADS) \
        or any(w in lex.PERSON_AGENT_SYLLABLES or w in lex.PERSON_TITLES or w in lex.GENDERED_NOUNS for w in words) \
        or any(n in head.lower() for n in lex.PERSON_NOUN_GENDER)  # "Nữ bệnh nhân này", "Chàng trai này", "Tân binh này"
    if head and head[1:] == head[1:].lower() and not person and not starts_with_any(head, lex.NON_HUMAN_HEADS) \
            and not any(w in lex.STOPWORDS for w in words):  # "trong đó", "sau đó": no noun
        return Candidate(head, np, "anaphor", title="named")
    return None


def _titled_after_owner(rest: str, head_part: str, lex) -> list[tuple[str, str | None, str | None]]:
    """"Chủ nhiệm Ủy ban Pháp luật của Quốc hội Hoàng Thanh Tùng": a title, the body it belongs
    to after "của", then the holder's full name ending the phrase (not "vợ của ông X": no title
    of office opens it)."""
    if head_part == rest:
        return []  # (no "của": the common case, asked first)
    title = starts_with_any(head_part, lex.PERSON_TITLES)
    if not title or title.lower() in lex.PRONOUN_GENDER or title.lower() in lex.KIN_TITLES:
        return []
    found = [(name, None, gender) for name, t, gender in names_in(rest[len(head_part):], lex)
             if t is None and rest.endswith(name) and len(name.split()) >= 3 and name.split()[0] in lex.SURNAMES]
    return [(found[-1][0], title.lower(), found[-1][2])] if found else []


def _classify(np: str, lex) -> Candidate | None:
    np = re.sub(r"^\([A-ZĐ+]{2,8}\)\s*[-–]?\s*", "", np.strip())  # "(TNO) ...": the outlet's own tag
    inner = np.strip(" ,.;:-–\"“”'")
    # (a quoted name closing the phrase keeps its marks, "tài khoản tên “Mẹ Bống”"; a phrase cut
    # inside one, "Fanpage “Hóng", names no one)
    np = inner + "”" if np.rstrip(" ,.;:-–").endswith("”") and inner.count("“") > inner.count("”") else inner
    if np.count("“") != np.count("”"):
        return None
    np = strip_words(np, lex.DISCOURSE_PREFIXES, at_end=False)
    if not np or MASK in np or len(np.split()) > 32:  # (a report and its long-named owner: "báo cáo cập nhật lúc 16h ngày 15/8 của Ban Chỉ huy ..., ... và ...")
        return None
    low = np.lower()
    if low in lex.OWN_NEWSROOM:
        # "Tòa soạn xin đính chính": the paper's own voice, unless the article named a board before
        # ("Ban biên tập bộ sách X ... Ban biên tập khẳng định": that board)
        return Candidate(np, np, "anaphor", title="named")
    agent = re.match(rf"^.+?\s+do\s+(.+?)\s+(?:{'|'.join(map(re.escape, lex.PUBLISH_VERBS))})$", np, flags=re.I)
    if agent:  # "số liệu do các sở Y tế công bố": the body that published them
        return classify(agent.group(1), lex)
    said_by = said_by_someone(np, lex)
    if said_by:
        np, low = said_by, said_by.lower()  # "đánh giá của ông X", "các công bố ban đầu từ X": X said it
    else:
        said = starts_with_any(np, lex.STATEMENT_NOUNS)
        rest = np[len(said):].strip() if said else ""
        unnamed = rest and re.match(r"(?:một|các|những|nhiều)\s", rest, re.I) and _classify(rest, lex)
        if rest and (starts_with_any(rest, lex.PERSON_TITLES) or rest.lower() in lex.PRONOUN_GENDER
                     or unnamed and unnamed.stype == "anonymous"):
            # "lời bị cáo", "lời kể ông X", "lời một kỹ sư trực ca": "của" left out, the same credit
            np, low = rest, rest.lower()
    if np in lex.REPORTER_ACRONYMS:
        return Candidate(np, np, "media")  # "Theo tìm hiểu của PV": the paper's reporter, as "phóng viên"
    piece = re.fullmatch(rf"(?:(?:một|các|những|nhiều)\s+)?(?:{'|'.join(lex.PUBLISHED_PIECES)})(?:\s+[^\W\d]\w*){{0,2}}?"
                         rf"\s+(?:trên|của)\s+(.+?)(?:\s+(?:năm|ngày|tháng)\s+[\d/]+)?", np, flags=re.I)
    outlet = classify(piece.group(1), lex) if piece else None
    if outlet is not None and outlet.stype == "media" and outlet.named:
        return outlet  # "một bài viết trên Báo Bình Dương năm 2022": the outlet that published it
    account = re.fullmatch(lex.NAMED_ACCOUNT, np)
    if account and screen_name(account.group("name"), lex):
        return Candidate(account.group("name"), np, "person", named=True)  # "Tài khoản Facebook Hà Thu"
    if kin_or_agent_of_someone(np, lex):
        return Candidate(np, np, "anonymous")  # "Chồng bà Thoa", "người đại diện của ông X": unnamed, not X
    if low in lex.OTHERS_GROUPS:
        return Candidate(np, np, "anonymous")  # "Số khác": the others, unnamed
    if low in lex.PRONOUN_GENDER:
        return Candidate(np, np, "pronoun", gender=lex.PRONOUN_GENDER[low], title=low)
    if re.match(rf"(?:{'|'.join(lex.PERSON_AGENT_PREFIXES)})\s+(?:một|các|những|nhiều|mấy)\s+[^\W\d]", low):
        return Candidate(np, np, "anonymous")  # "Chủ một cửa hàng vàng bạc trên phố X": the owner of some shop
    demo = re.fullmatch(rf"(?:vị\s+)?(.+?){POINTING_BACK}", np, flags=re.I)
    definite = re.fullmatch(r"vị\s+(.+)", np, flags=re.I)
    if demo or definite:
        head = (demo or definite).group(1)
        role = starts_with_any(head, lex.PERSON_TITLES) or ""
        if (role or np.lower().startswith("vị ")) and not names_in(head, lex) \
                and not any(is_cap(w) for w in head[len(role):].split()):  # "vị lãnh đạo Bệnh viện X" names no one: anonymous ("vị CEO" is a title)
            return Candidate(head, np, "title", title=head.lower())  # "vị hiệu trưởng này", "vị chủ nhà xe": named before
        owner = re.fullmatch(r"(.+?)\s+của\s+(.+)", head) if demo else None
        owner_kind = anaphor_kind(owner.group(2), lex) if owner else None
        if owner_kind == "media":
            # "khảo sát của tờ báo này": the demonstrative belongs to the owner, the paper named before
            return Candidate(owner.group(2), np, "anaphor", title=owner_kind)
        if owner_kind == "organization" and (re.match(r"nhóm\s+(?:phân tích|nghiên cứu|chuyên gia)", owner.group(1), re.I)
                                             or starts_with_any(owner.group(1), lex.SPOKESPERSON_HEADS)):
            # "Nhóm phân tích của công ty này": a body's team or spokesperson speaks for the body named before
            return Candidate(owner.group(2), np, "anaphor", title=owner_kind)
        bare = re.sub(r"^(?:các|những)\s+(?=nguồn)", "", head, flags=re.I)  # "các nguồn tin này": the sources just credited
        kind = anaphor_kind(bare, lex)
        if demo and kind:
            return Candidate(bare, np, "anaphor", title=kind)  # "nguồn tin này", "cơ quan này"
    if low in lex.PLURAL_PRONOUNS:
        return Candidate(np, np, "pronoun", title=low)
    described = epithet(np, lex)
    if described is not None:
        return described
    doc_first = starts_with_any(np, lex.DOCUMENT_HEADS) if not low.startswith("đơn vị") else None  # "Đơn vị thi công": a unit
    title_first = starts_with_any(np, lex.PERSON_TITLES)
    if doc_first and not (title_first and len(title_first) > len(doc_first)):
        non_human = starts_with_any(np, lex.NON_HUMAN_HEADS)
        owned = re.match(rf"\s+(?:(?:\w+\s+){{0,2}}?của\s+|(?:[a-zà-ỹđ]+\s+){{0,2}})[{lex.UPPER}]", np[len(doc_first):])  # "số liệu (của) hải quan X"
        if not non_human or len(doc_first) > len(non_human) or owned:
            # "Theo bảng kê giáo viên gửi vào nhóm Zalo", "kết quả xét nghiệm của CDC": the document speaks
            return Candidate(document_name(np, lex), np, "document", named=is_cap(np))
    non_human = starts_with_any(np, lex.NON_HUMAN_HEADS)
    if non_human and len(starts_with_any(np, lex.ANONYMOUS_HEADS) or "") <= len(non_human):
        return None  # ("điều dưỡng", a nurse, is no "điều")
    quant = starts_with_any(np, lex.ANONYMOUS_QUANTIFIERS)
    numeral = re.match(r"(?:(?:hơn|gần|khoảng|trên|chừng|hàng)\s+)?\d+\s+", np, flags=re.I)
    if not quant and numeral:
        quant = numeral.group(0).strip()  # "2 tài khoản Facebook": a counted, unnamed group
    rest = np[len(quant):].lstrip() if quant else np
    # an unnamed spokesperson speaks for the body: "Một phát ngôn viên của Bộ Ngoại giao Mỹ"
    spk = starts_with_any(rest, lex.SPOKESPERSON_HEADS)
    head_part = re.split(r"\s+của\s+", rest, maxsplit=1)[0]
    names = names_in(head_part, lex) or _titled_after_owner(rest, head_part, lex)
    media_first = starts_with_any(rest, lex.MEDIA_HEADS)
    org_first = starts_with_any(rest, lex.ORG_HEADS)
    if org_first and media_first and len(org_first) > len(media_first):
        media_first = None  # "Đài Khí tượng thủy văn": a weather station, not a broadcaster
    if media_first and re.search(r"\([A-ZĐ][A-ZĐ0-9&.-]{1,9}\)$", rest):
        return Candidate(rest, np, "media", named=True)  # "truyền thông nhà nước Triều Tiên (KCNA)": named by its acronym
    if media_first and media_first.lower() == "mạng" and not quant and described_then_named(rest[len(media_first):], lex):
        return Candidate(rest, np, "organization", named=True)  # "mạng quan trắc cộng đồng Không Khí Xanh": a network's name
    if media_first and media_first.lower() in lex.PORTAL_HEADS:
        return Candidate(rest, np, "media", named=True)  # "Cổng thông tin điện tử Chính phủ": the whole is the name
    if media_first and not quant and rest.strip().lower() == media_first.lower() \
            and media_first.lower() in lex.BARE_OUTLET_REFERENCES:
        return Candidate(media_first.lower(), np, "anaphor", title="media")  # "Tờ báo cho biết": the paper named before
    whole = starts_with_any(rest, lex.OUTLETS) if media_first else None
    if whole and len(whole) > len(media_first) and whole[:1].isupper():
        return Candidate(whole, np, "media", named=True)  # "Đài Tiếng nói Việt Nam": the head is part of the name
    if media_first and media_first.lower() not in ("phóng viên", "pv", "trang", "mạng"):
        after = rest[len(media_first):].strip()
        # (two words: "quốc tế", "điện tử", "khoa học"; one is more often a word of the head: "báo chí X")
        described_by = re.match(rf"((?:[^\W\d{lex.UPPER}]+\s+){{2}})(?=[{lex.UPPER}])", after)
        if described_by and not any(w in lex.STOPWORDS or w in ("này", "trên", "đó", "nói", "nhất", "hơn", "lớn", "uy")
                                    for w in described_by.group(1).split()) \
                and after[described_by.end():].strip() not in lex.COUNTRY_NAMES:
            after = after[described_by.end():]  # "tạp chí quốc tế Herpetological ...": a descriptor, then the name
        country = starts_with_any(after, lex.COUNTRY_NAMES) if not title_cased_head(media_first, lex) else None
        named = after[len(country):].strip() if country else ""
        if named and not looks_foreign(country.split()[0]) \
                and (looks_foreign(named.split()[0]) or starts_with_any(named, lex.OUTLETS)):
            # "hãng tin Tây Ban Nha EFE": where the outlet is from, then its name ("báo Pháp Luật",
            # "Bangkok Post" are names)
            after = named
        title_cased = title_cased_head(media_first, lex)
        described = re.match(r"(?:có|đặt) trụ sở (?:tại|ở) |(?:của|ở|tại) (\S.*)$", after, flags=re.I)
        if described and described.group(1) and described.group(1) not in lex.COUNTRY_NAMES:
            described = None  # "báo của Bộ Y tế" is that ministry's paper, not one named before
        if after and not title_cased and (after in lex.COUNTRY_NAMES or after.lower() in ("này", "trên", "đó", "nói trên")
                                          or described):  # "Kênh truyền hình có trụ sở tại Qatar": the one named before
            if np != media_first and starts_with_any(np, lex.ANONYMOUS_QUANTIFIERS) \
                    and after.lower() not in ("này", "trên", "đó", "nói trên"):
                return Candidate(np, np, "anonymous")  # "Một số trang tin của Pakistan": some outlets, none named before
            return Candidate(media_first.lower(), np, "anaphor", title="media")  # "tuần báo Đức": the weekly named before
        listed = starts_with_any(after, lex.OUTLETS) if after else None
        if after and (is_cap(after.split()[0]) or listed in lex.OUTLETS):  # ("dpa" is written in lower case)
            name = max((listed or "", outlet_name(after, lex)), key=len)  # "Lao động Thủ đô" beyond "Lao động"
            return Candidate(f"{media_first} {name}" if title_cased else name, np, "media", named=True)
    if spk and names and rest[len(spk):].strip().startswith(names[0][0]) and names[0][1] is None:
        names = []  # "Đại diện Kim Phát": the body named after the head, though "Kim" is a family name
    if spk and not names:
        body = rest[len(spk):].strip()
        body = re.sub(r"^(của|cho)\s+", "", body, flags=re.I)
        person = named_after_country(body, lex)
        if person:  # "Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh": the spokesperson, by name
            return Candidate(person, np, "person", named=True)
        if body and (is_cap(body.split()[0]) or starts_with_any(body, lex.ORG_HEADS)):
            return Candidate(body, np, "organization", named=True)
        # (where the body is comes after a preposition of place: "Đại diện một số doanh nghiệp
        # tại TP HCM" speaks for unnamed firms, not for the city)
        unplaced = re.split(rf"\s+(?:{lex.PLACE_PREPOSITIONS})\s+", body, maxsplit=1)[0]
        named_part = re.search(rf"(?<!\S)[{lex.UPPER}][^\s,]*(?:\s+[{lex.UPPER}0-9][^\s,]*)*", unplaced)
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
    if outlet and not outlet[:1].isupper():
        outlet = None  # "một thanh niên trong thôn": a young man, not the paper "Thanh Niên"
    if outlet and not starts_with_any(rest, lex.ANONYMOUS_HEADS):
        return Candidate(outlet, np, "media", named=True)
    if media_head and after_media and is_cap(after_media.split()[0]) and media_head.lower() not in ("trang", "mạng"):
        name = outlet_name(after_media, lex)
        return Candidate(name, np, "media", named=True)
    doc = starts_with_any(rest, lex.DOCUMENT_HEADS) if not rest.lower().startswith("đơn vị") else None
    copy = re.match(rf"(?:{'|'.join(lex.DOCUMENT_COPY_WORDS)})\s+", rest, re.I)
    if not doc and copy:
        doc = starts_with_any(rest[copy.end():], lex.DOCUMENT_HEADS)  # "bản hợp đồng", "bản kết luận": one copy of the paper
    if doc and not starts_with_any(rest, ("quyết định " + w for w in ("tạm", "dừng"))):
        return Candidate(document_name(np if not quant else rest, lex), np, "document", named=is_cap(np))
    anon = starts_with_any(rest, lex.ANONYMOUS_HEADS)
    org = starts_with_any(rest, lex.ORG_HEADS)
    if anon and not quant and anon.lower() in lex.ROLE_HEADS:
        tail = rest[len(anon):].strip()
        first = tail.split()[0].lower() if tail else ""
        # ("Chỉ huy trưởng Đồn Biên phòng X": the commander, a body's name after)
        office = first in lex.OFFICE_WORDS or first in lex.RANK_AFTER_ROLE and len(tail.split()) > 1 and is_cap(tail.split()[1])
        if office and re.search(rf"(?<!^)\b(?:[{lex.UPPER}]|\d)", tail):
            return Candidate(np, np, "person")  # "chỉ huy đội CSGT số 8": one person, known by the office
    if anon and not quant and anon.lower() in {t.lower() for t in lex.PERSON_TITLES}:
        tail = rest[len(anon):].strip()
        if tail and is_cap(tail.split()[0]) and not starts_with_any(tail, lex.ORG_HEADS) \
                and tail.split()[0] not in lex.COUNTRY_NAMES and not starts_with_any(tail, lex.COUNTRY_NAMES):
            # ("Người phát ngôn Bộ Ngoại giao Thái Lan": a country of two words is no one's name)
            return Candidate(cap_prefix(tail), np, "person", title=anon.lower(), named=True)  # "tài xế Thắng"
    if anon and not quant and not anon.lower().startswith(("nhà ", "nhóm")) and anon[:1].islower():
        full = cap_prefix(rest[len(anon):].strip())
        # (a Vietnamese full name only: "nhóm Kataib Hezbollah" is a group's name)
        if full and full == rest[len(anon):].strip() and full.split()[0] in lex.SURNAMES and full_name(full, lex):
            return Candidate(full, np, "person", title=anon.lower(), named=True)  # "điều dưỡng Vũ Thị Hằng", "ngư dân Lê Văn Tám"
    if anon and not quant and anon.lower().startswith("nhà "):
        # "nhà phân tích Ibrahim Sow", "nhà kinh tế John Smith": a role, then a full name (not a
        # country, a place or a body: "nhà khoa học Việt Nam", "nhà nghiên cứu Đại học Harvard")
        full = cap_prefix(rest[len(anon):].strip())
        if len(full.split()) >= 2 and not starts_with_any(full, lex.ORG_HEADS) \
                and not starts_with_any(full, lex.COUNTRY_NAMES) and full not in lex.PLACES:
            return Candidate(full, np, "person", title=anon.lower(), named=True)
    if anon and not (org and len(org) >= len(anon) and has_proper_after(rest, org)):
        owner = re.search(rf"\scủa\s+([{lex.UPPER}].*)$", rest) if anon.lower() == "nhóm" and not quant else None
        owner_body = classify(owner.group(1), lex) if owner else None
        if owner and (owner.group(1).split()[0].isupper() or owner_body is not None and owner_body.stype == "organization"):
            return Candidate(np, np, "organization", named=True)  # "Nhóm phân tích của BTS": the firm's team ("nhóm bạn của Hùng" is none)
        if anon.lower() in ("nhóm", "người") and has_proper_after(rest, anon) and not quant:
            return Candidate(np, np, "organization" if anon.lower() == "nhóm" else "person", named=True)
        if anon.lower() == "nhóm" and not quant and described_then_named(rest[len(anon):], lex):
            return Candidate(np, np, "organization", named=True)  # "nhóm giám sát độc lập Civitas": a group's name at the end
        return Candidate(np, np, "anonymous")
    if quant and not org:
        if any(h.lower() in low for h in lex.ANONYMOUS_HEADS) or starts_with_any(rest, lex.PERSON_TITLES) \
                or starts_with_any(rest, lex.QUANTIFIED_ONLY_HEADS) \
                or agent_noun(rest, lex):
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
    after_country = np[len(country):].split()[:1] if country else []
    if country and country.lower() in lex.PERSON_TITLES and after_country and after_country[0].islower() \
            and after_country[0] not in lex.STOPWORDS and after_country[0] != "quốc":
        country = None  # "Anh thanh niên", "Anh công nhân" opening a sentence: a man, not Britain
    if country and is_cap(np):  # "Anh" is Britain, "anh tiếp viên" a man
        return Candidate(np, np, "organization", named=True)
    title = starts_with_any(np, lex.PERSON_TITLES)
    if title:
        tail = np[len(title):].strip()
        words = tail.split()
        if len(words) > 1 and is_cap(words[0]) and words[1][:1].islower() and title.lower() not in lex.ADDRESS_TITLES \
                and f"{words[0]} {words[1]}".lower() in dictionary_words() and not starts_with_any(tail, lex.ORG_HEADS):
            # "Trưởng ban Quản lý các khu công nghiệp tỉnh X", "Trưởng phòng Công tác sinh viên": an
            # office's name (a capital, then its lower-case syllables: one word), no one's: one person
            # known by it ("bị cáo Quang và ..." is Quang)
            return Candidate(np, np, "person")
        if tail and is_cap(tail.split()[0]) and not starts_with_any(tail, lex.ORG_HEADS) \
                and tail not in lex.COUNTRY_NAMES and not re.fullmatch(r"[A-ZĐ0-9&+.-]{2,}", tail.split()[0]):
            # (a short form in capitals is a body's: "Phó Giám đốc TTYT huyện X" holds an office there)
            return Candidate(cap_prefix(tail), np, "person", title=title.lower(),
                              gender=lex.PERSON_TITLES.get(title.lower()) or lex.PERSON_TITLES.get(title), named=True)
        place = words[1:] if words and words[0].lower() in lex.PLACE_WORDS else []
        if len(place) == 1 and looks_foreign(place[0]):
            # "Thống đốc bang Idaho", "Phó thống đốc tỉnh Gorontalo": the office of a foreign
            # place, one person known by it (not whichever governor the article named last)
            return Candidate(np, np, "person")
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
