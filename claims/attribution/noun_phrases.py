"""Whether the words before a cue make a source's noun phrase, and which ("Một phụ huynh có con
học lớp 6A", "Báo cáo ... do ENV công bố", "Vợ Lực là bà Trần Thị Mai"): the part of subject finding
that reads one stretch of words, after `subjects` has chosen the stretch."""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import starts_with_any, strip_words, words_alt
from .phrases import classify
from .types import Candidate


def is_clause(art, s: str) -> bool:
    words = s.split()  # a capitalised "Cần" (Cần Thơ) or "Có" in a name is no verb
    return any(w in art.lex.CLAUSE_WORDS for w in words)


@lru_cache(maxsize=4)
def _published_by_rx(lex) -> re.Pattern:
    """"Báo cáo ... do ENV công bố [cuối năm 2023]", "Tuyên bố chung được hai ngoại trưởng ký [chiều
    qua]": a paper, who published or made it, and when."""
    verbs = lex.PUBLISH_VERBS + lex.PAPER_MAKING_VERBS
    return re.compile(rf"(.+?\s+(?:do|được)\s+.+?\s+(?:{'|'.join(map(re.escape, verbs))}))"
                      r"(?:\s+(?:cuối|đầu|giữa|hồi|vào|trong|ngày|tháng|năm|tuần|lúc|sáng|trưa|chiều|tối|đêm)(?!\w).*)?$", re.I)


@lru_cache(maxsize=4)
def _occasion_tail(lex) -> re.Pattern:
    """", tại cuộc họp báo ở New Delhi" after a speaker: where they spoke, to the stretch's end."""
    return re.compile(rf"\s+(?:tại|ở|trong)\s+(?:(?:{'|'.join(map(re.escape, lex.OCCASION_NOUNS))})(?!\w).*"
                      rf"|(?:{'|'.join(map(re.escape, lex.OCCASION_ENDING_NOUNS))})\s*)$", re.I)


def a_place(art, phrase: str) -> bool:
    """"Hà Nội", "Các quận, huyện", "toàn tỉnh": a place, which counts but says nothing."""
    phrase = phrase.strip()
    words = [w for w in phrase.lower().replace(",", " ").split() if w not in art.lex.WHOLE_OF_WORDS]
    # (an administrative unit, not a site: "Bệnh viện X ghi nhận 50 ca" is the hospital speaking)
    # ("thành phố ghi nhận ...": a level of two words)
    return phrase in art.lex.PLACES or phrase in art.lex.COUNTRY_NAMES \
        or bool(words) and starts_with_any(" ".join(words), tuple(art.lex.PLACE_LEVELS)) is not None


def _passive_agent(art, s: str) -> Candidate | None:
    """"Số liệu trên được Sở X [báo cáo]", "Thông tin này được Bộ Y tế [xác nhận]": a paper or a
    statement made the subject of a passive, its agent right before the cue: the agent says it
    (asked only where no publishing or making verb follows the agent: "Nghị quyết được HĐND thông
    qua [nêu rõ]" is the paper's)."""
    m = re.match(r"(.+?)\s+được\s+(\S.*)$", s)
    if m is None or not (starts_with_any(m.group(1), art.lex.DOCUMENT_HEADS)
                         or starts_with_any(m.group(1), art.lex.STATEMENT_NOUNS)):
        return None
    parsed = art.s[art._si].parsed if art._si is not None else None
    at = art.s[art._si].text.find(m.group(2)) if parsed is not None else -1
    if at >= 0 and any(at <= t.start and t.end <= at + len(m.group(2)) and t.upos == "VERB" and t.text[:1].islower()
                       for t in parsed.tokens):
        return None  # "Báo cáo được Sở Xây dựng gửi UBND tỉnh [nêu rõ]": a clause, not an agent alone
    agent = classify(m.group(2), art.lex)
    return agent if agent is not None and agent.named and agent.stype in ("organization", "person", "media") else None


def published_paper(art, before_cue: str) -> bool:
    """"Báo cáo về ... do Hội X công bố cuối năm ngoái [ghi nhận]": the words before the cue are a
    paper and who published it, so a cue only papers speak with is the paper's."""
    s = before_cue.split(",")[-1].strip()  # ("Trong khi đó, số liệu do ... công bố": after the opener)
    return (" do " in s or " được " in s) and starts_with_any(s, art.lex.DOCUMENT_HEADS) is not None \
        and _published_by_rx(art.lex).match(s) is not None


def np_candidate(art, seg: str, is_last: bool) -> Candidate | None:
    s = seg.strip(" ,")
    s = art.rx["time_head"].sub("", s)
    s = art.rx["time_tail"].sub("", s).strip()
    s = strip_words(s, art.lex.PRE_CUE_ADVERBS, at_end=True)
    s = art.rx["time_tail"].sub("", s).strip()
    s = strip_words(s, art.lex.PRE_CUE_ADVERBS, at_end=True)
    s = re.sub(art.lex.CHANNEL_TAIL, "", s).strip()  # "tài khoản này đăng video [khẳng định]"
    scene = _occasion_tail(art.lex).search(s)
    if scene and scene.start() > 0 and classify(s[:scene.start()], art.lex) is not None:
        s = s[:scene.start()].strip()  # "Người phát ngôn X tại cuộc họp báo ở Y [xác nhận]" (not "Phát biểu tại hội nghị, X")
    s = re.sub(r"^cũng\s+(?=có\s)", "", s, flags=re.I)  # "cũng có ý kiến": also some people
    s = re.sub(r"\s+bày tỏ$", "", s)  # "Nhiều sinh viên bày tỏ [lo lắng rằng]": a light verb before the cue
    s = strip_words(s, art.lex.PRE_CUE_ADVERBS, at_end=True)  # "Công ty X đã [phát đi thông cáo]"
    if s[-1:].islower():
        plain = strip_words(s, art.lex.QUOTE_TAG_VERBS, at_end=True)  # '", người mẹ này bức xúc [nói]': how she said it
        found = classify(plain, art.lex) if plain != s else None
        if found is not None and found.stype in ("person", "anonymous", "pronoun", "title", "anaphor"):
            s = plain  # (a body's name keeps its words: "nhà máy nhiệt điện than")
    if not s:
        return None
    published = _published_by_rx(art.lex).match(s) if " do " in s or " được " in s else None
    agent = _passive_agent(art, s) if is_last and published is None else None
    if agent is not None:
        return agent
    by = classify(published.group(1), art.lex) if published else None
    if by is not None and by.stype in ("organization", "media", "document") and " do " in published.group(1):
        # "Báo cáo về ... do ENV công bố cuối năm 2023 [ghi nhận]": who published it, not "do"
        # read as "because"
        return by
    if published is not None:
        # "Tuyên bố chung được hai ngoại trưởng ký chiều qua [nêu rõ]", "Biên bản do Sở X lập ngày
        # 5-3 [nêu rõ]": the paper, described by a clause saying who made it
        paper = classify(re.split(r"\s+(?:được|do)\s+", published.group(1), maxsplit=1)[0], art.lex)
        if paper is not None and paper.stype == "document":
            return paper
    relative = re.match(r"(.+?)\s+(mà|có)\s+\S", s)
    head = classify(relative.group(1), art.lex) if relative else None
    # ("có" describes a paper, "có chữ ký của 47 hộ"; after a body it is the verb: "đại diện hội ... đã có buổi gặp")
    if head is not None and head.stype in (("document", "organization", "media") if relative.group(2) == "mà" else ("document",)):
        # "Dự thảo tuyên bố mà hãng tin này tiếp cận được", "Đơn kiến nghị có chữ ký của 47 hộ dân":
        # the paper or body, described by a clause after it
        return head
    clause = s[relative.end(2):].strip() if relative else ""
    if head is not None and relative.group(2) == "mà" and head.stype == "anonymous" and not head.named \
            and len(clause.split()) <= 5 and "," not in clause and starts_with_any(clause.lower(), art.lex.REPORTER_SUBJECTS):
        # "nhiều bị hại mà phóng viên liên hệ [đều khẳng định]": unnamed people, and a short clause
        # saying how the paper met them (not "Nhiều hộ dân mà nhà [bị ngập]": cut inside its own clause)
        return Candidate(s, s, "anonymous", embedded=False)
    embedded = False
    low = " " + s.lower() + " "
    cut = -1
    for sub in art.lex.SUBORDINATORS:
        if sub in art.lex.COORDINATORS:
            continue
        k = low.rfind(" " + sub + " ")
        if k >= 0 and k > cut and sub not in ("của", "với", "cho", "về", "như", "là", "việc"):
            cut = k + len(sub) + 1
    for verb in art.lex.NON_CUE_MENTAL:
        k = low.rfind(" " + verb + " ")
        if k >= 0 and low[k + len(verb) + 2:].startswith(("giấu tên", "không nêu tên")):
            continue  # "một cán bộ đề nghị giấu tên": asking for anonymity is part of the description
        if k >= 0 and k + len(verb) + 1 > cut:
            cut = k + len(verb) + 1
    for co in art.lex.COORDINATORS:
        k = low.rfind(" " + co + " ")
        if k >= 0 and "\u201a" in s[:k] and starts_with_any(s, art.lex.ORG_HEADS) is not None:
            continue  # "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ ...": "và" inside a body's name
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
                   r"|^có(?= (?:(?:không ít|nhiều|một số|rất nhiều) )?(?:ý kiến|người|nguồn|chuyên gia|quan chức))"
                   r"|\bkhông ít\b|\bcó mặt\b", "_", s[:1].lower() + s[1:],
                   flags=re.I).split()
    if words[:1] == ["có"] and len(words) > 1 and starts_with_any(s.split(None, 1)[1], art.lex.ANONYMOUS_HEADS):
        words[0] = "_"  # "Có phụ huynh [phản ánh]", "Có bài viết [khẳng định]": some (any head the tables call unnamed people)
    if "là" in words:
        tail = s[s.lower().rfind(" là ") + 4:] if " là " in s.lower() else ""
        named = classify(tail, art.lex) if tail else None
        if named is not None and named.stype == "person" and named.named:
            named.embedded = embedded
            return named  # "Vợ Lực là bà Trần Thị Mai [phủ nhận]": the person named after "là"
    # (a body's name whose comma the segmenter kept inside it: its words are the name's, "Thiết bị")
    listed_name = ("\u201a" in s or "," in s) and starts_with_any(s, art.lex.ORG_HEADS) is not None
    if any(w in art.lex.CLAUSE_WORDS for w in words) and not listed_name:  # lower-case words only: "Cần Thơ" is a city
        group = classify(" ".join(s.split()[:4]), art.lex)
        clause_words = [w for w in words if w in art.lex.CLAUSE_WORDS]
        # "Một phụ huynh có con học lớp 6A": an unnamed group and a "có" clause that describes it
        if group is None or group.stype != "anonymous" or words[0] in art.lex.CLAUSE_WORDS \
                or (clause_words != ["có"] and not described_by_looks(art, s)) or len(words) > 12:
            return None
        return Candidate(s, s, "anonymous", embedded=embedded)
    cand = classify(s, art.lex)
    if cand is not None and cand.stype == "title" and _pronoun_then_verb(art, s, is_last):
        cand = classify(s.split()[0], art.lex)  # "Ông cười, thú nhận ...": he laughed; he is the subject
    elif cand is not None and cand.stype == "title" and not is_last:
        # (a clause set off before the cue: "Đại tướng ngồi nghe, ... nhắc"; right before it the verb
        # phrase says which one, "Luật sư bào chữa cho bị cáo cho rằng")
        title = _title_then_verb(art, s)
        if title is not None:
            cand = classify(title, art.lex)  # "Đại tướng ngồi nghe, thỉnh thoảng mới nhắc": the general, then what he did
    bare = strip_words(s, art.lex.DISCOURSE_PREFIXES, at_end=False) if cand is None else s
    if cand is None and _one_capitalised_word(bare):
        cand = art.known_given_name(bare)  # ("Riêng Toàn khai ...": as for Toàn, the man named before)
    if cand is not None:
        cand.embedded = embedded
    return cand


@lru_cache(maxsize=4)
def _looks_rx(lex) -> re.Pattern:
    return re.compile(rf"(?:(?:một|hai|ba|các|những)\s+)?(?:người\s+)?(?:{words_alt(tuple(lex.GENDERED_NOUNS))})\s+(?:{words_alt(lex.LOOK_WORDS)})\s+(?=\S)", re.I)


def described_by_looks(art, s: str) -> bool:
    """"Người đàn ông tóc đã bạc gần hết": a sex noun, then how they look in a few words, a clause
    of its own ("đã" and all), still one person described (no cue among them: a subject does not
    run on past its verb)."""
    m = _looks_rx(art.lex).match(s)
    look = s[m.end():] if m else ""  # (how they look: the words after the look noun)
    return m is not None and len(look.split()) <= 5 and "," not in look and not art.rx["cue"].search(look)


def _title_then_verb(art, s: str) -> str | None:
    """"Đại tướng ngồi nghe": a title of two words or more, then a word the parse reads as a verb
    right after it: the title alone is the mention (a role after it, "Bác sĩ trưởng khoa", is a noun)."""
    title = starts_with_any(s, tuple(art.lex.PERSON_TITLES))
    parsed = art.s[art._si].parsed if art._si is not None else None
    if title is None or len(title.split()) < 2 or len(s) <= len(title) or parsed is None:
        return None
    rest = s[len(title):].split()
    if re.search(r"(?<!\w)(?:trưởng|phó)(?!\w)", " ".join(rest[:3]).lower()):
        return None  # "Thượng tá chỉ huy trưởng": a role the tagger reads as a verb ("chỉ huy")
    text = art.s[art._si].text
    at = text.find(s)
    nxt = next((t for t in parsed.tokens if t.start >= at + len(title)), None) if at >= 0 else None
    return title if nxt is not None and nxt.upos == "VERB" and nxt.text[:1].islower() \
        and text[at + len(title):nxt.start].strip() == "" else None


def _pronoun_then_verb(art, s: str, is_last: bool) -> bool:
    """A pronoun and a word the tagger reads as a verb ("Ông cười", "Ông rít một hơi thuốc, ...,
    chậm rãi kể": a gesture set off by a comma, then the speech, one subject), not a pronoun and a
    role ("anh tiếp viên"), nor, right before the cue, one described by what they do ("Chị bán rau
    ở chợ Đầm cho biết": a vendor); an adjective only alone ("Bà buồn"). The tagger's token must
    stand right after the pronoun."""
    words = s.split()
    parsed = art.s[art._si].parsed if art._si is not None else None
    if len(words) < 2 or words[0].lower() not in art.lex.PRONOUN_GENDER or parsed is None \
            or len(words) > 2 and (is_last or re.search(r"(?<!\w)(?:ở|tại|trên)(?!\w)", s)):
        return False  # ("Chị bán rau ở chợ Đầm, năm nay ngoài 40 tuổi, cho biết": where she works says who she is)
    text = art.s[art._si].text
    at = text.find(s)
    if at < 0:
        return len(words) == 2 and any(t.text == words[1] and t.upos in ("VERB", "ADJ") for t in parsed.tokens)
    nxt = next((t for t in parsed.tokens if t.start >= at + len(words[0]) + 1), None)
    return nxt is not None and nxt.start == text.find(words[1], at + len(words[0])) \
        and (nxt.upos == "VERB" or nxt.upos == "ADJ" and len(words) == 2)


def classify_here(art, np: str) -> Candidate | None:
    """classify, plus what only this article knows: a bare given name of someone named in it
    ("Theo lời khai của Lực")."""
    cand = classify(np, art.lex)
    if cand is not None and cand.stype == "title" and _one_capitalised_word(np.split()[-1]):
        # "luật sư Đức" after "luật sư Phan Minh Đức": a given name that is also a country's, of
        # someone the article gave that title ("Thủ tướng Anh" is Britain's, not TS Lê Tuấn Anh)
        known = art.known_given_name(np.split()[-1])
        title = " ".join(np.split()[:-1]).lower()
        if known is not None and title in {t.lower() for t in art.people[known.name].titles}:
            cand = known
    if cand is None:
        for pre in [f"{n} của " for n in art.lex.STATEMENT_NOUNS]:
            if np.lower().startswith(pre):
                np = np[len(pre):]
                break
        if _one_capitalised_word(np):
            cand = art.known_given_name(np)
    return cand


def relayed_within(art, np: str) -> tuple[str, str] | None:
    """(who said it, who relays it) of a credit that names both: "trang tin X dẫn số liệu từ Ban
    Chỉ huy Y" (Y's figures, X relays them), "số liệu của Bộ Nội vụ được báo Lao Động dẫn lại"
    (the ministry's, the paper relays them); only an outlet relays."""
    passive = re.fullmatch(r"(.+?)\s+(?:được|do)\s+(\S.*?)\s+dẫn\s+lại", np, re.I)
    nouns = words_alt(("lời",) + art.lex.RELAYED_FIGURE_NOUNS + tuple(n for n in art.lex.STATEMENT_NOUNS if " " in n))
    # (a relay's own words after "dẫn": "người dẫn đường", "dẫn đầu", "kênh dẫn nước" relay no one;
    # "dẫn nguồn tin từ X" relays the unnamed source itself)
    active = re.fullmatch(rf"(.+?)\s+dẫn\s+(?:lại\s+)?(?:(?:{nouns})\s+(?:của\s+|từ\s+)?|từ\s+|của\s+|(?=nguồn\s))(\S.*)", np, re.I)
    found = (passive.group(1), passive.group(2)) if passive else (active.group(2), active.group(1)) if active else None
    relay = classify_here(art, found[1]) if found else None
    return found if relay is not None and relay.stype == "media" else None  # (an outlet relays: "Theo anh X dẫn lời các cụ" is his account)


def classify_credited(art, np: str) -> Candidate | None:
    """The phrase after "theo": classify_here, and else the phrase without a passive clause that
    describes it ("một thợ mỏ sống sót được tờ Jakarta Post phỏng vấn": the miner)."""
    described = re.match(r"(.+?)\s+(?:được|bị)(?!\s+(?:cáo|can|hại)(?!\w))\s+\S.*$", np)  # ("bị cáo", "bị hại" are nouns)
    cand = classify_here(art, described.group(1)) if described else None
    if cand is not None and cand.stype in ("anonymous", "person"):
        return cand  # (not a paper: "kết luận được Thanh tra Chính phủ ban hành" keeps its issuer)
    owned = re.match(rf"(?:{words_alt(art.lex.THEO_OWNER_NOUNS)})(?:\s+[^\W\d]\w*){{0,2}}?\s+(?:của|từ)\s+(\S.*)$", np, re.I)
    owner = classify_here(art, owned.group(1)) if owned else None
    if owner is None and not owned:
        owner = _owner_without_cua(art, np)
    if owner is not None and owner.stype in ("organization", "media", "person"):
        return owner  # "Theo số liệu sơ bộ của Cục Hải quan": the office
    return classify_here(art, np)


def _owner_without_cua(art, np: str) -> Candidate | None:
    """"Theo số liệu Sở Y tế Long An (công bố sáng 17/6)": "của" left out, a body's name right after
    the figures (at most two lower-case words between) owns them; only a body or an outlet."""
    noun = re.match(rf"(?:{words_alt(art.lex.THEO_OWNER_NOUNS)})(?!\w)", np, re.I)
    if noun is None:
        return None
    words = np[noun.end():].split()
    at = next((k for k, w in enumerate(words[:3]) if w[:1].isupper()), None)
    if at is None or any(not w.isalpha() for w in words[:at]):
        return None
    named = " ".join(words[at:])
    released = re.search(rf"\s(?:{words_alt(art.lex.DOCUMENT_RELEASE_VERBS)})(?!\w)", named)
    named = named[:released.start()] if released else named  # ("... công bố cùng tuần": when, not whose)
    if not (starts_with_any(named, art.lex.ORG_HEADS) or starts_with_any(named, art.lex.MEDIA_HEADS)):
        return None  # ("dữ liệu GLOBOCAN": a database's name, the figures' own)
    owner = classify_here(art, named)
    return owner if owner is not None and owner.stype in ("organization", "media") else None


def _one_capitalised_word(s: str) -> bool:
    """One word of letters, capitalised ("Hùng", "Ước": any capital, accented or not)."""
    return len(s) > 1 and s[0].isupper() and s.isalpha()
