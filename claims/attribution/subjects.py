"""Who is the subject of a reporting cue: the noun phrase before it, found by walking back over
the comma- and dash-separated segments, skipping appositions, times and adverbs, and the clause
verbs the tagger finds."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .name_shapes import full_name
from .noun_phrases import is_clause, np_candidate
from .patterns import MASK, OUTLET_TAG, starts_with_any, strip_words, words_alt
from .clauses import given_name_described, shared_subject, subject_of_clause_before, unclosed_apposition
from .subject_trims import after_a_clause_and, after_inner_verb, before_second_predicate, without_relative_clause
from .phrase_parts import org_heads_capitalised
from .phrases import classify
from .types import Candidate


def segments(art, left: str, base: int) -> list[tuple[str, int]]:
    segs = []
    pos = 0
    for m in art.rx["split"].finditer(left):
        segs.append((left[pos:m.start()], base + pos))
        pos = m.end()
    segs.append((left[pos:], base + pos))
    return segs


def subject_before(art, masked: str, text: str, cue_start: int, lo: int = 0) -> Candidate | None:
    colon = masked.rfind(":", lo, cue_start)
    while colon >= 0 and masked.rfind("(", lo, colon) > masked.rfind(")", lo, colon) \
            and masked.find(")", colon, cue_start) >= 0:
        colon = masked.rfind(":", lo, colon)  # "(mã chứng khoán: HPJ)": a colon inside an aside
    if colon >= 0 and masked[colon + 1:cue_start].strip():
        after_colon = subject_before(art, masked, text, cue_start, colon + 1)
        if after_colon is not None:
            return after_colon  # "Vụ X: NH khẳng định ...": the topic before the colon is not the speaker
    def blank(part: str) -> str:
        # a bracketed aside ("(huyện Đức Trọng, Lâm Đồng)", not an acronym like "(CDC)") and an
        # outlet's dateline tag ("TP - ") are neither segments nor the subject
        part = re.sub(r"\((?![A-ZĐ][A-ZĐ0-9+&.-]{1,9}\))[^()]*\)", lambda m: " " * len(m.group(0)), part)
        # "Một lãnh đạo Cục đề nghị không nêu tên nói": asking not to be named, a negated verb
        # phrase between the source and its cue, is an aside (as "giấu tên" already reads)
        # (", xin giấu tên," set off by commas too; without them "giấu tên" stays in the description:
        # "Một cán bộ đề nghị giấu tên cho rằng")
        part = re.sub(r"(?:(?:,\s*|(?<=\s))(?:(?:đề nghị|xin|yêu cầu)\s+)?không(?:\s+muốn)?\s+(?:được\s+)?nêu\s+"
                      r"(?:tên|danh tính)|,\s*(?:đề nghị|xin|yêu cầu)\s+giấu tên)\s*,?(?=\s*$)",
                      lambda m: " " * len(m.group(0)), part, flags=re.I)
        # "Bộ Xây dựng trong công văn gửi các địa phương nêu rõ": the document it speaks through,
        # between the subject and the cue, is an aside
        part = _in_document(art.lang).sub(lambda m: " " * len(m.group(0)), part)
        # "Em trai ông Lực khi được hỏi khẳng định": when the paper reached them, an aside before the cue
        part = _reached_aside(art.lang).sub(lambda m: " " * len(m.group(0)), part)
        return re.sub(rf"^{OUTLET_TAG}", lambda m: " " * len(m.group(0)), part) if lo == 0 else part
    left = blank(masked[lo:cue_start])
    # a comma inside a body's name ("Ban Chỉ đạo phòng, chống thiên tai") splits no segment
    left = art.rx["name_comma"].sub(lambda m: m.group(0).replace(",", "\u201a"), left)
    left = inside_body_names(art, left)
    text = text[:lo] + blank(text[lo:cue_start]) + text[cue_start:]
    segs = _without_makeup_aside(art, segments(art, left, lo))
    shared = shared_subject(art, segs, text)
    if shared is not None:
        return shared
    named = given_name_described(art, segs, masked, lo) or unclosed_apposition(art, segs, lo)
    if named is not None:
        return named
    cands: list[Candidate] = []
    adjacent = None  # the candidate right before the cue, no comma between: the verb's own subject
    for idx in range(len(segs) - 1, -1, -1):
        seg, off = segs[idx]
        raw = text[off: off + len(seg)]
        seg_s = seg.strip()
        if not seg_s:
            if idx == len(segs) - 1:
                continue
            break
        if MASK in seg_s:
            # "“...”, ông X nói": text after the quote in the same segment can be the subject
            # (a comma inside the quote: ‘...,” ông nói’; a quoted name ending the tail keeps its mark:
            # "một tin nhắn trong nhóm Zalo “Cư dân Hạc Thành”")
            tail = seg_s.rsplit(MASK, 1)[1].lstrip(" ,-–”\"»").rstrip(" ,-–")
            if tail:
                c = np_candidate(art, tail, is_last=(idx == len(segs) - 1))
                if c:
                    cands.append(c)
            break
        if idx == 0 and idx < len(segs) - 1 and re.match(r"(?i)ở\s", seg_s) and off == lo:
            break  # "Ở New York, người phát ngôn ... cho biết": where, before the subject (", ở buôn X," is an aside)
        if re.match(r"(?i)phía\s+\S", seg_s) and idx < len(segs) - 1 and not cands:
            # "Phía Công ty X, sau khi làm việc với ..., cho biết": the side speaks when no one else
            # is named before the cue ("Phía Hamas, người phát ngôn Y tuyên bố": Y)
            c = np_candidate(art, seg_s.split(None, 1)[1], is_last=False)
            if c is not None:
                cands.append(c)
                break
        if starts_with_any(seg_s, art.lex.LEADING_ADVERBIALS) and idx < len(segs) - 1:
            if not cands and all(not s.strip() for s, _ in segs[idx + 1:]):
                continue  # "X, trong một tuyên bố ngày 5/8, cho rằng": an aside between subject and cue
            break
        before_seg = text[segs[idx - 1][1]: segs[idx - 1][1] + len(segs[idx - 1][0])].strip() if idx > 0 else ""
        if idx > 0 and starts_with_any(seg_s, art.lex.ADMIN_PLACE_HEADS) and (
                np_candidate(art, before_seg, is_last=False) or re.match(r"(?i)(?:ở|tại)\s", before_seg)
                or _place_at_end(art, before_seg) is not None):
            # "Hơn 60 hộ dân ở thôn X, xã Y phản ánh": where the speakers are from, not who speaks;
            # "Ở xã X, tỉnh Y, ông Z ... kể": where the scene is
            continue
        if idx == len(segs) - 1 and idx > 0 and not strip_words(seg_s, art.lex.PRE_CUE_ADVERBS, at_end=True):
            continue  # "Tướng X, trưởng phái đoàn, thì nói ...": only an adverb between the apposition and the cue
        if adjacent is not None and adjacent.stype in ("title", "pronoun") and is_clause(art, raw):
            break  # "Lời khai này không khớp với dữ liệu do X cung cấp, vị chỉ huy nói": a clause, then its speaker
        raw = after_inner_verb(art, raw, off)
        if idx == len(segs) - 1:
            raw = before_second_predicate(art, raw, off)
            raw = after_a_clause_and(art, raw, off)
        elif idx > 0:
            raw = without_relative_clause(raw)
        c = np_candidate(art, raw.strip(), is_last=(idx == len(segs) - 1))
        place = _place_at_end(art, before_seg) if c is not None and idx > 0 and not before_seg[-1:].isdigit() else None
        if place is not None and (_bare_name(art, c) or place in art.lex.NAMED_AFTER_PEOPLE and _untitled_name(art, c)) \
                and not starts_with_any(before_seg, art.lex.LEADING_ADVERBIALS):
            # "nhiều hộ dân ... ở Thành Công, Kim Liên phản ánh": a name after a place closes a list
            # of places, not a person; the speakers are those before it ("Trong nhà ở phố X, Tuấn
            # cho biết": a scene, then the speaker)
            listed = np_candidate(art, f"{before_seg}, {raw.strip()}", is_last=(idx == len(segs) - 1))
            if listed is not None and listed.stype not in ("person", "title", "pronoun"):
                cands.append(listed)
                break
        if c is None:
            if idx == len(segs) - 1 and is_clause(art, raw):
                break  # a clause right before the cue is not an apposition
            continue
        cands.append(c)
        if idx == len(segs) - 1 and not re.match(r"(?:người|là|nơi)\s", raw.strip(), flags=re.I):
            adjacent = c  # (", người từng điều trị cho anh cho biết": an apposition left unclosed)
        if c.embedded:
            break
    clause_subject = subject_of_clause_before(art, segs, text)
    if clause_subject is not None:
        return clause_subject
    if not cands:
        return None
    cands.reverse()
    for c in cands:
        if c.embedded:
            return c
    last = cands[-1]
    if adjacent is not None and len(cands) > 1 and not any(c.named for c in cands):
        # "Học sinh ngộ độc sau bữa trưa, phụ huynh tố ...": an unnamed subject right before the
        # cue, not the first clause's
        return adjacent
    if len(cands) > 1 and last.stype == "person" and full_name(last.name, art.lex) and (
            starts_with_any(last.mention, art.lex.PERSON_TITLES) or last.mention.startswith(last.name)):
        return last  # "Cũng như ông A, bị cáo B cho biết": the person right before the cue speaks
    if len(cands) > 1 and cands[0].stype == "anonymous" and re.match(r"(?i)một\s+(?!số\s)", cands[0].mention) \
            and not segs[-1][0].strip() and not is_clause(art, cands[0].mention) \
            and all(c.stype == "organization" for c in cands[1:]):
        # "Một lãnh đạo Cục A05, Bộ Công an, cho biết": the unnamed official speaks; the bodies
        # after are where they work
        return cands[0]
    spokesperson = next((c for c in cands[1:] if c.stype == "person" and c.named), None) \
        if len(cands) > 2 and starts_with_any(cands[0].mention, art.lex.SPOKESPERSON_HEADS) else None
    if spokesperson is not None:
        return spokesperson  # "Đại diện công ty, bà Vũ Ngọc Hân, Giám đốc truyền thông, trấn an": she speaks
    named = [c for c in cands if c.named and c.stype in ("person", "organization", "media", "single")]
    first = text.find(cands[0].mention) if len(cands) > 1 else -1
    last = text.find(cands[-1].mention, first + 1) if first >= 0 else -1
    as_written = text[first:last + len(cands[-1].mention)] if last > first else None
    # bodies listed to the end ("A, B và C"), or joined by dashes into one ("liên danh A – B")
    dashed = as_written is not None and "," not in as_written and re.search(r"\s[-–]\s", as_written) \
        and all(c.named for c in cands) and " của " not in as_written \
        and not re.match(r"\s*[-–]", text[last + len(cands[-1].mention):])
    # ("Bộ Y tế – cơ quan soạn thảo – cho rằng", "Vinamilk - Công ty mẹ của X - cho biết": asides)
    if len(cands) > 1 and all(c.stype == "organization" for c in cands) and (" và " in cands[-1].mention or dashed):
        joined = as_written or ", ".join(c.mention for c in cands)
        spoken = classify(joined, art.lex)  # (a spokesperson's body: "đại diện liên danh A – B")
        return spoken if spoken is not None and spoken.stype == "organization" else \
            Candidate(joined, joined, "organization", named=True)
    return named[0] if named else cands[0]


# Parts of speech a plain noun phrase is made of ("Tài xế", "Mẹ của nạn nhân", "Nhiều phụ huynh")
_NP_TAGS = frozenset({"NOUN", "PRON", "DET", "NUM", "ADJ", "CLF"})
# What may follow a reporting verb when it reports: what was said opens with a clause, "rằng",
# "là", a colon or a quote; a topic ("kể về"), a listener ("nói với") or a passive does not
_NOT_REPORTING_NEXT = frozenset({"về", "với", "cho", "được", "bị", "lại", "tới", "đến", "thêm", "qua", "lên", "xuống"})


def _without_makeup_aside(art, segs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """"X, gồm 64 cảm biến đặt ở 12 quận, huyện, thống kê": an aside on what the subject is made of,
    set off by commas up to the cue (its own commas inside), is no segment; the subject is before it."""
    if len(segs) < 3 or segs[-1][0].strip():
        return segs
    at = next((k for k in range(1, len(segs) - 1) if starts_with_any(segs[k][0].strip(), art.lex.MAKEUP_ASIDES)), None)
    return segs if at is None else segs[:at]  # (the subject then stands right before the cue, as without the aside)


def plain_subject(art, masked: str, cue_start: int, cue_end: int, lo: int = 0) -> Candidate | None:
    """A subject no table places ("Tài xế thừa nhận ...", "Mẹ của nạn nhân kể ...") is still the
    speaker when the parse reads everything before the cue as one plain noun phrase (nouns,
    pronouns, quantifiers, adjectives, "của" + a noun; no verb, no name), the cue is one only
    people use (`PERSON_SPEECH_CUES`) and it goes on to what was said. It is someone unnamed:
    anonymous. `main_cue` asks this last, after every cue of the sentence."""
    parsed = art.s[art._si].parsed if art._si is not None else None
    if parsed is None or masked[cue_start:cue_end].lower() not in art.lex.PERSON_SPEECH_CUES:
        return None  # ("Giá vàng dự báo ...", "Lá đơn nêu rõ ...": cues things can take too)
    after = masked[cue_end:].lstrip()
    nxt = after.split(maxsplit=1)[0].lower().strip(",.;") if after else ""
    if not nxt or nxt in _NOT_REPORTING_NEXT or after[:1] in ",.;":
        return None
    if not any(t.start == cue_start and t.upos == "VERB" for t in parsed.tokens):
        return None  # the cue is part of a longer word ("bài viết", "câu trả lời") or no verb here
    following = next((t for t in parsed.tokens if t.start >= cue_end), None)
    if following is not None and (following.upos in ("VERB", "NUM") or following.text.lower() in art.lex.APPROXIMATORS):
        # a verb right after: the cue word is part of a verb phrase ("2 bài viết thu hút ..."); a
        # quantity: an estimate of size, not a report ("Khối đất đá ước tính hơn 15.000 m3")
        return None
    text = art.s[art._si].text
    start = lo
    lead = text[lo:cue_start].split(",", 1)
    if len(lead) == 2 and (starts_with_any(lead[0].strip(), art.lex.LEADING_ADVERBIALS)
                           or starts_with_any(lead[0].strip(), art.lex.DISCOURSE_PREFIXES)):
        start = lo + len(lead[0]) + 1  # "Tuy nhiên, người bán hàng than ..."
    toks = [t for t in parsed.tokens if t.start >= start and t.end <= cue_start]
    if toks and toks[0].text.lower() in art.lex.DISCOURSE_PREFIXES:
        toks = toks[1:]  # "Còn người mẹ kể ..."
    while toks and toks[-1].text.lower() in art.lex.PRE_CUE_ADVERBS:
        toks.pop()  # "Tài xế cũng thừa nhận", "Người bán hàng thì than"
    if not 1 <= len(toks) <= 6 or toks[0].upos not in ("NOUN", "PRON", "DET", "NUM"):
        return None
    opening = text[toks[0].start:cue_start]
    if starts_with_any(opening, art.lex.LEADING_ADVERBIALS) or starts_with_any(opening, art.lex.NARRATIVE_TIMES):
        return None  # "Lúc ấy bà mới nói", "Bây giờ đồng chí Thanh kể": a time, then the subject
    for k, t in enumerate(toks):
        if t.upos in _NP_TAGS and (k == 0 or not any(w[:1].isupper() for w in t.text.split())):
            continue
        if t.text.lower() == "của" and 0 < k < len(toks) - 1:
            continue
        return None
    np = text[toks[0].start:toks[-1].end]
    low = np.lower()
    if re.search(r"\s(?:này|đó|ấy|nói trên)$", low):
        return None  # "Chàng trai này kể": someone described before, for the article's memory to find
    if starts_with_any(np, art.lex.NON_HUMAN_HEADS) or low.split()[0] in art.lex.STOPWORDS \
            and low.split()[0] not in art.lex.ANONYMOUS_QUANTIFIERS:
        return None
    return Candidate(np, np, "anonymous")


def _bare_name(art, c: Candidate) -> bool:
    """A mention that is only a short capitalised name, with no title, head or surname-led full
    name: "Kim Liên", "Thanh Khê" (a person's "Lê Văn Nam" or a body's "Bộ Y tế" is not)."""
    words = c.mention.split()
    return c.stype in ("person", "organization") and not c.title and 1 <= len(words) <= 2 \
        and all(w[:1].isupper() for w in words) and not full_name(c.mention, art.lex) \
        and not starts_with_any(c.mention, art.lex.ORG_HEADS)


def _untitled_name(art, c: Candidate) -> bool:
    """A person's name with no title before it ("Tô Hiệu"): a street named after someone reads so."""
    words = c.mention.split()
    # (two words only: "Lê Lợi", "Tô Hiệu"; "Nguyễn Minh Đức" after "trên phố Tạ Hiện," is the speaker)
    return c.stype == "person" and not c.title and 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words)


def _place_at_end(art, stretch: str) -> str | None:
    """The place word (or "" for a bare "ở X") when a stretch ends with where its people are: "ở"/
    "tại"/"trên" and a capitalised name ("... ở Thành Công"), or a place word and a name or number
    ("trên các tuyến Lạch Tray", "ở quận 1"). None otherwise."""
    # (a stretch that is only the place, "Tại Hà Nội, Hùng cho biết", sets the scene for a speaker)
    m = re.search(r"\s(?:ở|tại|trên)\s+((?:\w+\s+){0,2}?)(?:[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3}|\d+)$", stretch)
    if m is None:
        return None
    words = m.group(1).split()
    return next((w.lower() for w in reversed(words) if w.lower() in art.lex.PLACE_WORDS or w.lower() in
                 art.lex.NAMED_AFTER_PEOPLE), "" if not words or not m.group(0)[-1].isdigit() else None)


@lru_cache(maxsize=4)
def _in_document(lang: str) -> re.Pattern:
    heads = "|".join(map(re.escape, sorted(lexicon.get(lang).DOCUMENT_ASIDE_HEADS, key=len, reverse=True)))
    return re.compile(rf"(?<=\S)\s+(?:trong|qua|tại|có)\s+(?:{heads})(?!\w)[^,;:]*$")  # ("X có văn bản đính chính")


def through_paper(art, before: str) -> bool:
    """"Cục X có văn bản [đính chính]", "Sở có công văn [khẳng định]": a cue right after "có" and a
    paper's head is the body's act through that paper, not the paper's name."""
    heads = "|".join(map(re.escape, art.lex.DOCUMENT_ASIDE_HEADS))
    return re.search(rf"(?<!\w)có\s+(?:{heads})\s*$", before.lower()) is not None


def inside_body_names(art, left: str) -> str:
    """Commas and dashes inside a body's title-cased name split no segment: "Bộ Văn hóa, Thể thao
    và Du lịch", "Ban Kinh tế - Ngân sách HĐND tỉnh", "Bộ Lao động - Thương binh và Xã hội" (each
    part of the name capitalised, the last joined by "và"). Same length, for the offsets."""
    name, joined_by_and = _body_name_patterns(art.lang)

    def keep(m: re.Match) -> str:
        joined = m.group(0)
        # (the list's "và" after its first comma: "Sở Giáo dục và Đào tạo, Hà Nội sẽ ..." lists nothing)
        if "," in joined and not joined_by_and.search(joined[joined.index(","):]):
            return joined  # "Sở Y tế, Công an tỉnh": a list of bodies, each its own segment
        parts = re.split(r",\s+|\s+[-–]\s+|\s+và\s+", joined)[1:]
        if any(_names_a_body(art, p) for p in parts):
            return joined  # "Bộ Công an, Công an tỉnh và Viện Kiểm sát": bodies listed, each with its head
        return re.sub(r"(?<=\s)[-–](?=\s)", "\u2011", joined.replace(",", "\u201a"))
    return name.sub(keep, left)


def a_listed_body_name(lang: str, text: str) -> bool:
    """The whole of `text` is a body's name whose fields a comma and "và" list ("Hiệp hội Doanh
    nghiệp Sản xuất Gạch ốp lát, Sứ vệ sinh và Vật liệu Xây dựng phía Nam")."""
    name, joined_by_and = _body_name_patterns(lang)
    m = name.match(text)
    # (a short tail the field pattern leaves: "... Xây dựng phía Nam")
    return bool(m) and "," in m.group(0) and bool(joined_by_and.search(m.group(0)[m.group(0).index(","):])) \
        and len(text) - m.end() <= 12


def _names_a_body(art, part: str) -> bool:
    """A body's head followed by a name or an administrative unit ("Viện Kiểm sát", "Công an
    tỉnh"), not a word of another name that starts like one ("Xã hội", "Thương binh")."""
    head = starts_with_any(part, art.lex.BODY_LIST_HEADS)
    rest = part[len(head):].split() if head else []
    return bool(rest) and (rest[0][:1].isupper() or rest[0] in art.lex.ADMIN_PLACE_HEADS)


@lru_cache(maxsize=4)
def _body_name_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    up = lexicon.get(lang).UPPER
    part = rf"[{up}]\w*(?:\s+(?!và\s)\w+){{0,4}}"  # a field of up to five syllables ("Vận động Khai khoáng")
    # (the first may run longer: "Hiệp hội Doanh nghiệp Sản xuất Gạch ốp lát, Sứ vệ sinh và ...")
    # (and may hold its own "và": "Hiệp hội Thương mại và Phân phối Sản phẩm X, Thiết bị và Phụ kiện Y")
    heads = org_heads_capitalised(lang)
    first = rf"[{up}]\w*(?:\s+(?:và\s+(?!(?:{heads})\s)(?=[{up}]))?(?!và\s)\w+){{0,11}}"
    return (re.compile(rf"\b(?:{org_heads_capitalised(lang)})\s+{first}"
                       # (a field is no other body's head: "Bộ Công Thương, Hiệp hội X, Y và Z" names two)
                       rf"(?:(?:,\s+|\s+[-–]\s+)(?!(?:{org_heads_capitalised(lang)})\s){part})+(?:\s+và\s+{part})?(?=[\s,]|$)"),
            re.compile(rf"\svà\s+[{up}]"))


@lru_cache(maxsize=4)
def _reached_aside(lang: str) -> re.Pattern:
    """"khi được hỏi", "khi được phóng viên liên hệ" (and what about, "về việc này") right before
    the cue: when the paper reached the speaker; not "khi được bác sĩ cho biết": someone else speaks."""
    lex = lexicon.get(lang)
    return re.compile(rf"(?<=\S)\s+(?:khi|lúc)\s+được\s+(?:(?:{words_alt(lex.REPORTER_SUBJECTS)})\s+)?"
                      rf"(?:{words_alt(lex.REACHED_VERBS)})(?:\s+về\s+[^,;:]{{1,30}}?)?(?=\s*$)", re.I)

