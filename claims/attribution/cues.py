"""Reporting cues: which cue words in a sentence really report speech (not negated, passive,
future or a noun), and the first one whose subject can be a source."""
from __future__ import annotations

import re

from . import clauses, dialogue, noun_phrases, subjects
from ..words import glued_to_word_before
from .patterns import MASK, Found, ends_with_entry, gives_a_count, right_after_speaker, says_nothing, starts_with_any
from .phrases import classify
from .types import Candidate


def cue_ok(art, low: str, m: re.Match, masked: str) -> tuple[bool, bool]:
    """(usable, hedged) for a cue match."""
    cue = m.group(0).lower()
    after = low[m.end():].lstrip()
    before = low[: m.start()].rstrip()
    words_before = masked[: m.start()].split()
    named_before = cue == "kể" and re.match(r"(?:cả|từ)\s", after) is not None and any(
        (c := classify(" ".join(words_before[-k:]), art.lex)) is not None and c.stype == "person" and c.named
        and " ".join(words_before).endswith(c.name) for k in (6, 5, 4, 3, 2))
    for w in art.lex.NOT_SPEECH_AFTER.get(cue, ()):
        if named_before and w in ("cả", "từ") and not re.match(
                r"từ\s+(?:năm|ngày|tháng|khi|lúc|đó|đầu|hôm|sau|giữa|cuối|\d)", after):  # ("kể từ năm 2020": since)
            continue  # "Già làng Đinh Blưn kể từ nhỏ ...": right after a person's name, "kể" tells ("kể cả" is "including" after a noun)
        if after.startswith(w) and not after[len(w):len(w) + 1].isalnum():  # ("khuyến cáo người dân:")
            return False, False
    prev_words = before.split()[-3:]
    prev_orig = masked[: m.start()].split()[-1:] or [""]
    if cue in art.lex.CUES_RIGHT_AFTER_SPEAKER and not right_after_speaker(masked[: m.start()], art.lex):
        return False, False  # "nhiệt điện than", "mỏ than": coal
    if cue in art.lex.CUES_NEEDING_A_FIGURE and not gives_a_count(after, art.lang):
        return False, False  # "cập nhật hình ảnh mới": no count updated
    if cue in art.lex.CUES_ONLY_BEFORE and not starts_with_any(after, art.lex.CUES_ONLY_BEFORE[cue]):
        return False, False  # "bác Tư", "bác đơn kháng cáo": an uncle, a plea rejected
    if MASK not in masked and says_nothing(art.lex, art.s[art._si].kind if art._si is not None else "body", before, after):
        return False, False  # "X phát biểu tại hội nghị sáng 9/1. Ảnh: Y": to whom and where, nothing said
    via_paper = subjects.through_paper(art, before)  # "Cục X có văn bản đính chính": the body speaks through it
    said_next = after[:1] in (":", "“", "\"") or after.startswith("rằng")
    if not via_paper and (prev_orig[0].lower() in art.lex.NOT_SPEECH_BEFORE.get(cue, ())
                          or not said_next and glued_to_word_before(masked[: m.start()], cue)):
        return False, False  # "triển khai", "công khai", "lời khai"
    # (the words as written: a name's last word is no verb, "Ông Phạm Văn Minh thông tin")
    if cue in art.lex.OBJECT_OF_VERBS and ends_with_entry(masked[: m.start()].split(), art.lex.OBJECT_OF_VERBS[cue]):
        return False, False  # "tìm hiểu thông tin tuyển sinh": the information sought, a noun
    label = masked[: m.start()].split()[-2:-1]
    if re.fullmatch(r"\d[\d.,]*\d|\d", prev_orig[0]) and cue not in art.lex.VERB_ONLY_CUES \
            and not (label and (label[0].lower() in art.lex.NUMBER_LABELS or label[0][:1].isupper() and not label[0].isupper())):
        return False, False  # "gần 6.000 bình luận": a count, the noun ("tàu Minh Phát 09 trả lời": a name's number)
    if not via_paper and (prev_orig[0] in ("một", "các", "những", "bản", "lời", "buổi", "cuộc", "đợt", "lượt", "sự", "số", "ra", "gửi",
                         "bảng", "đăng") or ends_with_entry(masked[: m.start()].lower().split(), art.lex.ISSUING_VERBS)) \
            and cue not in art.lex.VERB_ONLY_CUES:
        return False, False  # "trong một tuyên bố", "20.000 lượt chia sẻ", "ra thông báo", "ban hành kết luận": the noun
    if cue in art.lex.ISSUING_VERBS and issues_a_paper_on(art, after):
        return False, False  # "Thanh tra tỉnh đã công bố kết luận thanh tra về dự án X.": an event, nothing said
    if cue == "đánh giá" and prev_orig[0].lower() == "thi" and after.startswith("năng lực"):
        return False, False  # "phòng thi đánh giá năng lực": an exam's name
    if prev_orig[0].lower() == "về" and cue in art.lex.CUES_ALSO_NOUNS:
        return False, False  # "về thông tin ...": about the information ("từ viện về chia sẻ" came back and said)
    if cue not in art.lex.VERB_ONLY_CUES and after.startswith("của "):
        return False, False  # "Nhóm phân tích của BTS nhận định": a noun, whose owner follows
    if cue not in art.lex.VERB_ONLY_CUES and _verb_cue_follows(art, masked, m.end()):
        return False, False  # "Cục An toàn thông tin (Bộ KH&CN) cho biết": a word of the name before the verb
    if m.group(0)[:1].isupper() and masked[: m.start()].strip(" “\"'(-–"):
        return False, False  # "Trung tâm Dự báo khí tượng": a capitalised word inside a name
    prev2 = " ".join(prev_words[-2:])
    if prev_words and (prev_words[-1] in art.lex.PASSIVES or prev2 in ("được cho", "bị cho")):
        return False, True
    if any(" ".join(prev_words[-k:]) in art.lex.NEGATIONS for k in (1, 2)):
        return False, False
    if ends_with_entry(prev_words, art.lex.FUTURE_MARKERS):
        return False, False  # "sẽ công bố", "dự kiến công bố": a plan, nothing said yet
    if prev_words and prev_words[-1] in ("cho", "đã", "sẽ") and cue in ("thấy",):
        return False, False
    if cue in ("xác định", "làm rõ", "kết luận", "phát hiện ra") and not before:
        return False, True  # "Xác định ..." at the start: agentless
    # (a request made of someone: the verb, then its addressee; not "theo yêu cầu của", "được yêu cầu")
    if cue == "nhận thấy" and re.search(rf"(?<!\w)(?:{'|'.join(map(re.escape, art.lex.PERCEPTION_THEN_ACT))})\s", after):
        return False, False  # noticed something and acted: a perception, no judgement
    if cue in art.lex.FINDING_CUES and (ends_with_entry(prev_words, art.lex.ONGOING_MARKERS) or re.search(
            rf"(?<!\w)(?<!theo )(?<!được )(?<!nhận )(?:{'|'.join(map(re.escape, art.lex.FINDING_REQUESTED_BY))})\s+(?!của\s)\S",
            before)):
        return False, False  # "đang tiếp tục làm rõ vụ việc", "đề nghị ... làm rõ": nothing found yet
    if cue in ("nói", "thông tin", "thông báo") and before.endswith(("lời", "bài", "những lời", "như đã")):
        return False, False
    return True, False


def issues_a_paper_on(art, after: str) -> bool:
    """What follows an issuing verb is a paper on a topic and nothing more ("kết luận thanh tra về
    dự án X."): no colon, no "rằng", no other cue to carry what it says."""
    doc = starts_with_any(after, art.lex.DOCUMENT_HEADS)
    if not doc or not re.match(r"(?:\s+\S+){0,4}?\s+về\s", after[len(doc):]):
        return False
    # (a finding after a comma or "theo đó" is what the paper says: "công bố báo cáo về X, GDP tăng 7%")
    return not re.search(r"[:,;]|\srằng\s|theo đó", after) and not art.rx["cue"].search(after, len(doc))


def _verb_cue_follows(art, masked: str, at: int) -> bool:
    """Whether a cue that is only ever a verb ("cho biết", "khẳng định") comes right after `at`,
    past a bracketed aside."""
    rest = masked[at:]
    aside = re.match(r"\s*\([^()]{0,80}\)", rest)
    k = at + (aside.end() if aside else 0)
    k += len(masked[k:]) - len(masked[k:].lstrip())
    nxt = art.rx["cue"].match(masked, k)
    return bool(nxt) and nxt.group(0).lower() in art.lex.VERB_ONLY_CUES


def _chain_subject_wins(text: str, lo: int, cue_at: int, walked: Candidate, chained: Candidate) -> bool:
    """The subject of a chain of verbs joined by "và" right before the cue (the parse's `conj`)
    over the walk back's: "Bà Mai đứng dậy, cầm micro và khẳng định" (the walk reads the first
    clause whole), "Trọng tài X tách hai võ sĩ và tuyên bố" (the walk takes the first verb's object;
    the cue right after "và" leaves no room for a subject of its own)."""
    if walked.mention == chained.mention:
        return False
    if walked.name == chained.name and walked.mention.startswith(chained.mention):
        return True
    at = text.find(chained.mention, lo, cue_at)
    return at >= 0 and text.find(walked.mention, at + len(chained.mention), cue_at) >= 0


def main_cue(art, masked: str, text: str, lo: int = 0) -> tuple[Candidate, re.Match] | None:
    low = masked.lower()
    unplaced = None  # the first cue whose subject no table places but reads as a plain noun phrase
    for m in art.rx["cue"].finditer(masked, lo):
        ok, _ = cue_ok(art, low, m, masked)
        if not ok:
            continue
        cand = subjects.subject_before(art, masked, text, m.start(), lo)
        chained = clauses.conj_subject(art, text, m.start(), lo)
        if chained is not None and (cand is None or _chain_subject_wins(text, lo, m.start(), cand, chained)):
            cand = chained
        if cand is not None and cand.stype == "title" and art.resolve(cand, art._si) is None:
            # a role that names no one the article named ("Tài xế thừa nhận"): someone unnamed
            cand = subjects.plain_subject(art, masked, m.start(), m.end(), lo) or cand
        if cand is None:
            if unplaced is None:
                plain = subjects.plain_subject(art, masked, m.start(), m.end(), lo)
                unplaced = (plain, m) if plain is not None else None
            continue  # a later cue may have a subject the tables place ("..., ông X cho biết")
        if cand.embedded:
            continue
        cue = m.group(0).lower()
        if cue == "nhấn mạnh" and cand.stype in ("document",):
            continue
        if cue in art.lex.DOCUMENT_ONLY_CUES and cand.stype != "document" \
                and not noun_phrases.published_paper(art, text[lo:m.start()]):
            continue
        if cue in art.lex.PLACE_COUNTS_CUES and cand.stype != "person" and noun_phrases.a_place(art, cand.mention):
            continue
        if cue in ("xác định", "làm rõ", "kết luận", "phát hiện ra", "công bố", "thông báo") and cand.stype == "pronoun":
            continue
        return cand, m
    shown = art.rx["shown_by"].search(masked, lo) or art.rx["shown_from"].match(masked, lo)
    if shown:
        thing = re.split(r"[,;:]", masked[lo:shown.start("agent")].lower().rsplit(" do ", 1)[0])[-1].strip()
        if starts_with_any(thing, art.lex.EVIDENCE_NOUNS):
            shown = None  # "Ảnh vệ tinh do Viện X cung cấp cho thấy": a picture shows, its giver says nothing
    if shown:
        # "Số liệu do các sở Y tế công bố cho thấy ...": figures speak for the body that published them
        cand = classify(text[shown.start("agent"):shown.end("agent")].strip(), art.lex)
        if cand is not None and cand.stype not in ("pronoun", "title"):
            return cand, _Span(shown, "cue")
    tag = art.rx["tag_cue"].search(masked, lo) or art.rx["colon_tag_cue"].search(masked, lo)
    if tag and (MASK in masked[:tag.start()] or masked[tag.end():].lstrip().startswith(":")):
        # "“...” - ông Tám bức xúc.": after a quote, a manner verb at the end tags the speaker
        cand = subjects.subject_before(art, masked, text, tag.start(), lo)
        if cand is not None and not cand.embedded and cand.stype != "document":
            return cand, tag
    comma = art.rx["tag_cue_comma"].search(masked, lo)
    opened = masked.find(MASK, lo)
    if comma and not art.rx["cue"].search(masked[lo:opened]):  # 'con trai nói "...", chị Hoa lo lắng': the son's words
        # '"...", ông Sáu cười, mắt nhìn ra sông.': a titled person right after the quote
        cand = _titled_person(art, text, comma)
        if cand is not None:
            return cand, _Span(comma, "cue")
    inverted = art.rx["while_tag"].search(masked, lo)
    if inverted:
        cand = _titled_person(art, text, inverted)
        if cand is not None:
            return cand, _Span(inverted, "cue")
    gesture = _gesture_before_quote(art, masked, text, lo)
    if gesture is not None and not art.rx["cue"].search(masked[lo:gesture[1].end()]):
        return gesture  # 'Hỏi ..., anh lắc đầu: "..."': what the speaker did, then what they said
    spoken = dialogue.speaker(art, text, lo)
    if spoken is not None:
        return spoken  # '– Lên lẹ đi! – bà Tư vừa giữ mái chèo vừa hối.'
    # (a clause of when after the tag's verb is no part of the tag: '”, ông Ba hỏi khi chiếc đò rời bến.')
    when = art.rx["when_clause"].search(masked, max(masked.rfind(MASK), lo)) if MASK in masked[lo:] else None
    tail = art.rx["quote_tail"].search(masked[:when.start()] + "." if when else masked, lo) \
        or _tag_then_deed(art, masked, lo)
    # only after a quote standing as its own part of the sentence ('"...", anh Lực nghẹn giọng.',
    # '- "...", "...", chị Mai nói.', 'Ngồi bên di ảnh con, "...", chị Mai nghẹn giọng.'), not after a
    # quoted word inside a narrative ('Nghe tiếng kêu "Cứu với", anh Minh lao xuống sông.')
    if tail and _quote_stands_alone(masked[lo:tail.start()]) and not art.rx["cue"].search(masked[lo:opened]):
        cand = _titled_person(art, text, tail)
        if cand is not None:
            return cand, _Span(tail, "cue")
    return unplaced


def _tag_then_deed(art, masked: str, lo: int) -> re.Match | None:
    """'“...”, anh Sinh đáp, mắt nhìn lên mái.': a tag after a quote, then what the speaker did
    after a comma; the tag's verb is one of speaking or of how one spoke (not "“Mưa đỏ”, anh Tuấn
    đã xem ba lần, ...": a film's title put first, then what he did with it)."""
    m = art.rx["quote_tail_comma"].search(masked, lo)
    if m is None:
        return None
    verb = m.group("cue").lower()
    spoken = art.rx["cue"].fullmatch(verb) or verb in art.lex.PERSON_ONLY_CUES or verb in art.lex.QUOTE_TAG_VERBS \
        or verb in art.lex.GESTURE_TAG_VERBS
    return m if spoken else None


def _gesture_before_quote(art, masked: str, text: str, lo: int) -> tuple[Candidate, Found] | None:
    """'anh lắc đầu: "..."', 'Chị Hoa cười buồn: "..."': a person (a pronoun, a title, a name) and a
    short predicate the parse reads as a verb, right before a colon that opens a quote: the
    predicate tags the speaker, whatever the verb (structure, not a list of gestures)."""
    colon = re.search(rf":\s*[“\"{MASK}]", masked[lo:])
    parsed = art.s[art._si].parsed if art._si is not None else None
    if colon is None or parsed is None:
        return None
    end = lo + colon.start()
    start = max(masked.rfind(",", lo, end), masked.rfind(".", lo, end), lo - 1) + 1
    words = list(re.finditer(r"\S+", text[start:end]))
    for k in (3, 2, 1):  # the longest mention first ("Chị Hoa", "bà cụ", "anh")
        if len(words) <= k or len(words) - k > 3:
            continue
        lo_, first = start + words[0].start(), start + words[k].start()
        if any(lo_ <= t.start < first and t.upos in ("VERB", "ADV", "AUX", "ADJ") for t in parsed.tokens):
            continue  # ("Ông giới thiệu", "Bà thường": a mention holds no verb or adverb)
        who = classify(text[lo_:start + words[k - 1].end()], art.lex)
        if who is None or who.stype not in ("person", "pronoun", "title"):
            continue
        verb = next((t for t in parsed.tokens if t.start == first), None)
        if verb is None or verb.upos not in ("VERB", "ADJ") or not verb.text[:1].islower():
            continue  # ("anh lắc" is no mention: the parse's verb is "lắc đầu")
        if art.rx["written_thing"].search(text[first:start + words[-1].end()].lower()):
            return None  # "Anh mở bức thư: ...": what is written there, not his words
        return who, Found(text, first, start + words[-1].end())
    return None


def _titled_person(art, text: str, m: re.Match) -> Candidate | None:
    """The tag's "who" group when it is someone with a title or a pronoun ("ông Sáu", "chị") or a
    title alone ("thầy", the teacher the story is about), the only speakers a tag placed after a
    quote is trusted for."""
    cand = classify(text[m.start("who"):m.end("who")].strip(), art.lex)
    return cand if cand is not None and (cand.stype in ("person", "pronoun") and (cand.title or cand.stype == "pronoun")
                                         or cand.stype == "title") else None


def _quote_stands_alone(before: str) -> bool:
    """Whether the quote (or run of quotes) that `before` ends with opens the sentence, follows a
    dash, or follows a comma that closes a lead-in."""
    marks = f" “\"«”»{MASK}"
    core = before.rstrip(marks)
    while core.endswith(",") and core.rstrip(", ").endswith(tuple(marks.strip())):
        core = core.rstrip(", ").rstrip(marks)  # '"...", "...", chị Mai nói': several quotes
    core = core.strip()
    return not core or core.endswith((",", "-", "–"))


class _Span:
    """A match's named group as a match: what the callers read of a cue (start, end, group)."""

    def __init__(self, m: re.Match, group: str):
        self._m, self._g = m, group

    def start(self) -> int:
        return self._m.start(self._g)

    def end(self) -> int:
        return self._m.end(self._g)

    def group(self, _: int = 0) -> str:
        return self._m.group(self._g)


def relay_target(art, masked: str, text: str, m: re.Match) -> tuple[Candidate | None, int]:
    """"CNN dẫn các nguồn thạo tin cho biết" / "X dẫn lời Y": the speaker after the relay verb."""
    low = masked.lower()
    start = m.end()
    # "dẫn nhận định của giới phân tích rằng ...": what is relayed is said by the one after "của"
    # (so are figures: "dẫn số liệu của OCHA cho biết", OCHA's; not "thông báo", "thống kê": cue words too)
    said = re.match(rf"\s+(?:{'|'.join(map(re.escape, art.lex.STATEMENT_NOUNS))})\s+của\s+", low[start:]) \
        or re.match(rf"\s+(?:{'|'.join(map(re.escape, art.lex.RELAYED_FIGURE_NOUNS))})\s+của\s+", low[start:])
    if said:
        start += said.end()
    # the first real cue after the relay ("các nhà phân tích cho biết": "phân tích" here is a noun)
    nxt = next((c for c in art.rx["cue"].finditer(masked, start) if cue_ok(art, low, c, masked)[0]), None)
    end = nxt.start() if nxt else len(masked)
    if said:
        that = re.search(r"\s(?:rằng|là)\s", low[start:end])
        end = start + that.start() if that else end
    seg = re.split(r"[,;:]", text[start:end], maxsplit=1)[0].strip()
    unnamed = re.search(r"(?:nguồn tin|nguồn)$", m.group(0).lower())
    named = classify(seg, art.lex) if unnamed and seg else None
    if unnamed and seg and not seg[:1].isupper() and not (named is not None and named.named and named.stype in ("media", "organization")):
        # ("dẫn nguồn tin hãng thông tấn Kyodo", "... cơ quan khí tượng Nhật Bản": the body, named)
        # "AFP dẫn nguồn tin bệnh viện cho biết": an unnamed source from the hospital, not the hospital
        phrase = f"{text[m.start() + unnamed.start(): m.end()]} {seg}"
        return Candidate(phrase, phrase, "anonymous"), end
    cand = classify(seg, art.lex) if seg else None
    parts = re.split(r"[,;:]", text[start:end])
    named_after = classify(parts[1].strip(), art.lex) if len(parts) > 2 and parts[1].strip() else None
    if named_after is not None and named_after.stype == "person" and named_after.title in art.lex.ADDRESS_TITLES \
            and len(named_after.name.split()) >= 2 and not (cand is not None and cand.stype == "person" and len(cand.name.split()) >= 2):
        return named_after, end  # "dẫn lời giám đốc kỹ thuật CLB X, ông Somchai Wongsakul, nói": the role, then who holds it
    if cand is None and seg and re.match(r"(?:một|các|những|nhiều|hai|ba|vài)\s+[a-zà-ỹđ]", seg, flags=re.I):
        cand = Candidate(seg, seg, "anonymous")  # "dẫn lời một phi công của hãng X": someone quoted, unnamed
    if cand is None and seg and not seg[:1].isupper() and m.group(0).lower().endswith("lời") and 2 <= len(seg.split()) <= 15 \
            and seg.split()[0].lower() not in art.lex.STOPWORDS:
        # "dẫn lời giám sát trận đấu của AFF": words are someone's; a role no table knows, unnamed
        cand = Candidate(seg, seg, "anonymous")
    return cand, end

