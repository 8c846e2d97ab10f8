"""Interviews: answers credited to the person who gives them, across sentences.

Three layouts in which no sentence of the answer names its speaker:
- a speaker set as a heading, a paragraph of its own ("Ông Phạm Văn X, Giám đốc Sở Y:"), then
  what they said: the next paragraph, and the quoted paragraphs that run on from it;
- a transcript's answer that opens with its speaker ("Ông X: ...") and runs on in its paragraph;
- question and answer set as dash lines ("- Thưa ông, ...?" / "- Tôi cho rằng ..."): an answer
  line right after a question line is the interviewee's, the person the article names after
  "phỏng vấn" / "trao đổi với" before the first question, or, when the reporter tags the
  question as their own ("– ...? – tôi hỏi."), the person named last before it. Without either,
  dash lines are a story's dialogue and stay as they are.
A sentence that credits someone itself keeps its own credit. Pure: attributions in, attributions out.
"""
from __future__ import annotations

import re
from typing import Sequence

from .patterns import starts_with_any
from .phrases import classify
from .patterns import OPEN_Q, STRAIGHT_Q
from .types import Attribution

DASHES = ("-", "–", "—")
BULLETS = ("*", "•", "●", "▪")  # how some sites mark the reporter's questions
# Who is not the interviewee at a heading: the reporter's own lines
REPORTER_HEADS = ("pv", "phóng viên", "hỏi", "phóng viên hỏi", "reporter", "q")
# How a lead introduces the person interviewed: the first person named after it
# ("cuộc trò chuyện giữa phóng viên và ông X": the one beside the reporter)
INTERVIEW_LEAD = re.compile(r"(?:(?:trò chuyện|trao đổi|phỏng vấn)\s+giữa\s+(?:phóng viên|PV|nhà báo|chúng tôi|người viết)"
                            r"(?:\s+báo\s+\S+)?\s+(?:và|với)|phỏng vấn|trao đổi với|trò chuyện với|nói chuyện với|hỏi chuyện)\s", re.I)
# How a lead says its subject gives the interview: "chị dành cho phóng viên cuộc trò chuyện về ...",
# "ông trả lời phỏng vấn báo X": the person named (or pointed to) before it
INTERVIEW_GIVEN = re.compile(r"(?:dành cho|tiếp)\s+(?:phóng viên|PV|báo|chúng tôi)|(?:cuộc|buổi)\s+"
                             r"(?:trò chuyện|phỏng vấn|trao đổi)(?![^.,;]{0,30}?\s(?:với|cùng)\s)|trả lời phỏng vấn", re.I)
# Who asks, not answers: a lead's reporter ("nhà báo X đã có cuộc trò chuyện ...")
REPORTER_WORDS = re.compile(r"(?<!\w)(?:nhà báo|phóng viên|PV|biên tập viên|người viết)\s*$", re.I)
LEAD_PARAGRAPHS = 2  # paragraphs before the first question a lead may stand in
LEAD_REACH = 6  # the same in sentences, when paragraphs are unknown
# The reporter's tag on a question line: "– Năm nay được bao nhiêu? – tôi hỏi."
REPORTER_ASKS = re.compile(r"(?:^|[?!.,])\s*[-–—]\s*(?:tôi|chúng tôi|phóng viên|PV|người viết)\s+(?:hỏi|hỏi lại|gặng hỏi)\b", re.I)
# A question the reporter labels as their own: "PV: ...?", "**Phóng viên:** ...?", "Hỏi: ...?"
REPORTER_LABEL = re.compile(r"\s*[*_]*\s*(?:PV|P\.V|Phóng viên|Hỏi)\s*[*_]*\s*:", re.I)
DEFAULT_CONFIDENCE = 0.8  # without a model's measured rate of carried credits


def credit_interviews(art, per: list[list[Attribution]], started_inside: Sequence[bool],
                      carried_confidence: float | None = None) -> None:
    """Give every uncredited answer of an interview its speaker, in place."""
    conf = answer_confidence(carried_confidence)
    _after_headings(art, per, started_inside, conf)
    _rest_of_inline_answers(art, per, conf)
    _dash_answers(art, per, conf)
    _after_labelled_questions(art, per, conf)


def answer_confidence(carried_confidence: float | None) -> float:
    """An answer credited from its interview's lead: the model's measured rate of carried credits."""
    return DEFAULT_CONFIDENCE if carried_confidence is None else min(DEFAULT_CONFIDENCE, carried_confidence)


# ------------------------------------------------------------------ "Ông X: ..." runs on in its paragraph
def _rest_of_inline_answers(art, per: list[list[Attribution]], conf: float) -> None:
    """A transcript's answer opens with its speaker ("Ông Phước: Chúng tôi kiến nghị ... .");
    the paragraph's later sentences are the same answer."""
    n = len(per)
    for si in range(n):
        first = per[si][0] if per[si] else None
        if first is None or first.role != "speaker" or not _opens_with_speaker(art, art.s[si].text, first):
            continue
        para = art.s[si].paragraph
        k = si + 1
        while k < n and para is not None and art.s[k].paragraph == para and art.s[k].kind == "body":
            if per[k]:
                break  # a credit of its own: the answer is over or quotes someone else
            per[k] = [Attribution(first.source, first.mention, first.source_type, first.cue, first.quote,
                                  min(conf, first.confidence), "speaker")]
            k += 1


def _opens_with_speaker(art, text: str, a: Attribution) -> bool:
    """Whether the sentence is "<the credited mention>: <answer>", a title allowed before a
    mention that left it out ("Anh Bảo: Có chứ." credited to "Bảo")."""
    t = text.lstrip().lstrip("*_")
    if not a.mention or ":" not in t:
        return False
    label = t.split(":", 1)[0].rstrip("*_ ")
    if label == a.mention:
        return True
    title = label[: -len(a.mention)].strip().lower() if label.endswith(" " + a.mention) else None
    return bool(title) and title in {x.lower() for x in art.lex.PERSON_TITLES}


# ------------------------------------------------------------------ a speaker set as a heading
def _after_headings(art, per: list[list[Attribution]], started_inside: Sequence[bool], conf: float) -> None:
    n = len(per)
    for si in range(n):
        speaker = _heading_speaker(art, per, si)
        if speaker is None:
            continue
        name, stype, mention = speaker
        per[si] = []  # the heading itself states nothing
        k = si + 1
        first_para = art.s[k].paragraph if k < n else None
        # after a question the reporter labels ("Phóng viên: ...?"), the answer runs on over its
        # paragraphs until the next question
        transcript = si > 0 and bool(REPORTER_LABEL.match(art.s[si - 1].text)) and art.s[si - 1].text.rstrip().endswith("?")
        while k < n and art.s[k].kind == "body" and _heading_speaker(art, per, k) is None:
            in_first = first_para is not None and art.s[k].paragraph == first_para
            if transcript and REPORTER_LABEL.match(art.s[k].text):
                break
            # (only paragraphs in the interviewee's first person: the article's own lines, its
            # background or the reporter's "chúng tôi", may sit between and after the answers)
            # (and a dashed list the heading announced: "Ông X, ..., cho biết thiệt hại như sau:")
            goes_on = (transcript and _first_person_paragraph(art, k)) or _item_of_answer(art, per, k, name)
            if not (in_first or goes_on or started_inside[k] or _opens_with_quote(art.s[k].text)):
                break
            if per[k]:
                if any(a.role == "speaker" and a.source != name for a in per[k]):
                    break  # someone else speaks: the answer has ended
            else:
                quoted = started_inside[k] or any(ch in art.s[k].text for ch in OPEN_Q + STRAIGHT_Q)
                per[k] = [Attribution(name, mention, stype, None, "direct" if quoted else "indirect", conf, "speaker")]
            k += 1


def _heading_speaker(art, per: list[list[Attribution]], si: int) -> tuple[str, str, str] | None:
    """(name, type, mention) when sentence `si` is a paragraph of its own that only names a
    speaker before a colon."""
    sent = art.s[si]
    text = sent.text.strip().strip("*_").strip()  # set in bold: "**Ông X:**"
    if sent.kind not in ("body", "headline") or not text.endswith(":") or not _alone(art, si):
        return None
    head = text[:-1].strip().lstrip("".join(DASHES)).strip().strip("*_").strip()
    chunks = head.split(",")
    cue_first = any(m.group(0)[:1].islower() for m in art.rx["cue"].finditer(chunks[0]))
    cue_last = len(chunks) > 1 and bool(re.search(rf"(?:{art.rx['cue'].pattern})\s*$", chunks[-1].strip(), re.I))
    if cue_first or cue_last or any(a.role == "speaker" and a.source_type not in ("person", "organization") for a in per[si]):
        return None  # "Ông X cho biết:", "Ông X, ..., cho biết:": credited in the sentence itself
        # (a cue word inside a post, "chuyên gia phân tích chứng khoán:", is no cue)
    if not head or head.lower() in REPORTER_HEADS or len(head.split()) > 20:
        return None
    cand = classify(head, art.lex)
    if cand is None or cand.stype not in ("person", "organization") or not cand.named:
        return None
    acronym = cand.name.isupper() and " " not in cand.name and len(cand.name) <= 8  # "EVN:", not "HÀ NỘI:"
    places = {p.lower() for p in art.lex.PLACES} | {c.lower() for c in art.lex.COUNTRY_NAMES}
    if cand.stype == "organization" and (cand.name.lower() in places
                                         or starts_with_any(cand.name, art.lex.ADMIN_PLACE_HEADS)
                                         or not (starts_with_any(cand.name, art.lex.ORG_HEADS) or acronym)):
        return None  # "Nhật Bản:", "Thừa Thiên Huế:": a round-up's section, not a speaker ("EVN:" is one)
    resolved = art.resolve(cand, si)
    return (resolved[0], resolved[1], head) if resolved else None


def _item_of_answer(art, per: list[list[Attribution]], k: int, name: str) -> bool:
    """A dash line of a list the answer announced ("Các dấu hiệu điển hình gồm:" then "- Sốt
    cao ..."): the line before it, credited to the same speaker, ends in a colon or is an item too."""
    if k == 0 or not _dash_line(art.s[k].text):
        return False
    before = art.s[k - 1].text.rstrip()
    return any(a.role == "speaker" and a.source == name for a in per[k - 1]) \
        and (before.endswith(":") or _dash_line(before))


def _first_person_paragraph(art, si: int) -> bool:
    """Whether sentence `si`'s paragraph speaks as "tôi" (not "chúng tôi", often the reporter's)."""
    para = art.s[si].paragraph
    texts = [x.text for x in art.s if x.paragraph == para] if para is not None else [art.s[si].text]
    return any(re.search(r"(?<!chúng )(?<!\w)tôi(?!\w)", t, re.I) for t in texts)


def _alone(art, si: int) -> bool:
    """Whether sentence `si` is its paragraph's only sentence (paragraphs known)."""
    para = art.s[si].paragraph
    if para is None:
        return False
    return all(art.s[k].paragraph != para for k in (si - 1, si + 1) if 0 <= k < len(art.s))


def _opens_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in OPEN_Q + STRAIGHT_Q


# ------------------------------------------------------------------ "PV: ...?" then the answer
def _after_labelled_questions(art, per: list[list[Attribution]], conf: float) -> None:
    """A question the reporter labels as theirs ("PV: ...?", "**Phóng viên:** ...?") or sets in
    bold is answered by the next paragraph: by the person a labelled answer named before ("Anh
    Khang: ..."), else by the person the article named most before the question."""
    interviewee: tuple[str, str] | None = None
    # bold questions are an interview's only where the article is one: a lead says so, a question is
    # labelled "PV:", or an answer opens with a dash (an explainer's bold subheadings ask the reader)
    interview = any(REPORTER_LABEL.match(s.text) or _dash_line(s.text) or _leads_interview(art, s.text) for s in art.s)
    for q in range(len(per)):
        if not (_starts_paragraph(art, q) and _asks(art, q) and (REPORTER_LABEL.match(art.s[q].text)
                                                                 or interview and _bold(art.s[q].text))):
            continue
        _clear_question(art, per, q)
        k = _next_paragraph(art, q)
        if k is None:
            continue
        first = next((a for a in per[k] if a.role == "speaker"), None)
        if first is not None:
            if _opens_with_speaker(art, art.s[k].text, first):
                interviewee = (first.source, first.source_type)  # "Anh Khang: ..." answers this one
            continue
        who = interviewee or _most_named(art, q)
        if who is None or REPORTER_LABEL.match(art.s[k].text) or _bold(art.s[k].text) \
                or _heading_speaker(art, per, k) is not None:
            continue  # (a speaker's heading, "BS Nguyệt:", states nothing: its answer is credited after it)
        for j in _rest_of_paragraph(art, k):
            if not per[j]:
                # an answer set as prose, no quotation marks, is reported speech (the guideline:
                # direct only inside quotation marks); a dash line is the speaker's own words
                said = art.s[j].text
                kind = "direct" if _dash_line(said) or any(c in said for c in OPEN_Q + STRAIGHT_Q) else "indirect"
                per[j] = [Attribution(who[0], who[0], who[1], None, kind, conf, "speaker")]


def _leads_interview(art, text: str) -> bool:
    """"Phóng viên đã trò chuyện với anh X" leads an interview; "Trao đổi với phóng viên, X cho biết
    ..." only introduces one quote."""
    lead = INTERVIEW_LEAD.search(text)
    return bool(lead) and not art.rx["cue"].search(text, lead.end())


def _bold(text: str) -> bool:
    """A line set in bold ("**... anh nghĩ sao?**"): how many outlets set the reporter's questions."""
    t = text.strip()
    return t.startswith("**") and t.rstrip("*").endswith(("?", ".", "”", '"', "!")) and t.endswith("**")


def _most_named(art, si: int) -> tuple[str, str] | None:
    """The person named most often before sentence `si` (the latest of equals): whom a profile
    interviews, though a coach or a relative may be named last."""
    counts: dict[str, list[int]] = {}
    for m in art.mentions:
        if m[0] < si:
            counts.setdefault(m[2], []).append(m[0])
    if not counts:
        return None
    name = max(counts, key=lambda n: (len(counts[n]), max(counts[n])))
    return name, "person"


# ------------------------------------------------------------------ question and answer lines
def _dash_answers(art, per: list[list[Attribution]], conf: float) -> None:
    n = len(per)
    starts = {k for k in range(n) if _starts_paragraph(art, k) and _dash_line(art.s[k].text)}
    # a question set as a bullet ("* Thưa bà, ...?", "• ...?"), the answers as dash lines
    starts |= {k for k in range(n) if _starts_paragraph(art, k) and _bullet_line(art.s[k].text) and _asks(art, k)}
    questions = sorted(k for k in starts if _asks(art, k))
    if not questions:
        return
    opening_names = {m[0] for m in art.mentions if m[1] <= 2}  # sentences that open with a name
    lead = None
    answered: set[int] = set()  # sentences credited as answers: no lead is read inside them
    for i, q in enumerate(questions):
        # a lead just before the first question, or between two questions (a second interviewee)
        since = _lead_window(art, q) if i == 0 else questions[i - 1]
        lead = _interviewee(art, q, since, answered | starts) \
            or (_name_heading(art, q) if i == 0 and _bullet_line(art.s[q].text) else None) or lead
        # the reporter's own question ("– ...? – tôi hỏi.") is put to the person last named
        interviewee = lead or (_last_named(art, q) if _reporter_asks(art, q) else None)
        if interviewee is None:
            continue
        name, stype = interviewee
        _clear_question(art, per, q)
        k = _next_paragraph(art, q)
        if k is None or k not in starts or k in questions:
            continue
        # the answer: its dash paragraph, and the paragraphs without a dash that follow it when
        # the interview goes on after them (a next question comes before anything else), up to
        # one that introduces someone (a second interviewee's lead, narration naming people)
        nxt = questions[i + 1] if i + 1 < len(questions) else None
        end = _next_paragraph(art, k) or n
        if nxt is not None and lead is not None:  # (in a feature's dialogue the story goes on between questions)
            end = nxt
            for x in range(_next_paragraph(art, k) or n, nxt):
                if _starts_paragraph(art, x) and (_dash_line(art.s[x].text) or art.s[x].kind != "body"
                                                  or _names_someone(art, x, opening_names)):
                    end = x  # the answer runs on up to a paragraph that introduces someone
                    break
        own_paragraph = _next_paragraph(art, k) or n
        while k < end:
            if not per[k]:  # a dash line gives the speaker's own words: a direct quote
                per[k] = [Attribution(name, name, stype, None, "direct", conf, "speaker")]
                answered.add(k)
            elif any(a.role == "speaker" and a.source != name for a in per[k]) and k >= own_paragraph:
                break  # (inside the answer's own line, "Bác sĩ nói ..." is what the interviewee tells)
            k += 1


def _clear_question(art, per: list[list[Attribution]], q: int) -> None:
    """A question line is the reporter's: whatever it quotes ("- Có ý kiến cho rằng ... Anh nghĩ
    sao?") is put to the interviewee, not said by the article; a statement in it that names who
    said it ("PV: HLV Park cho rằng anh phạm lỗi.") keeps that credit."""
    for j in _rest_of_paragraph(art, q):
        speaker = next((a for a in per[j] if a.role == "speaker"), None)
        # (named in the line itself: "HLV Park cho rằng", not "Ông từng khẳng định")
        named = speaker is not None and speaker.source_type in ("person", "organization", "media") \
            and any(w[:1].isupper() and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", art.s[j].text)
                    for w in speaker.source.split())
        if not (named and not art.s[j].text.rstrip(" *_\"”").endswith("?")):
            per[j] = []


def _names_someone(art, k: int, opening_names: set[int]) -> bool:
    """Whether paragraph k, opening without a dash, leads to another interview or opens with a
    person named there (`opening_names`: "Phóng viên cũng trò chuyện với bà Y", "Ông Z cho biết ...")."""
    return any(INTERVIEW_LEAD.search(art.s[j].text) or j in opening_names for j in _rest_of_paragraph(art, k))


def _rest_of_paragraph(art, k: int) -> range:
    """Sentence k and the sentences after it in its paragraph (k alone when paragraphs are unknown)."""
    return range(k, _next_paragraph(art, k) or len(art.s))


def _headline_speaker(art, before: int) -> tuple[str, str] | None:
    """The person a headline before sentence `before` sets before a colon ("Đạo diễn Vũ Hạnh
    Nguyên: 'Tôi không ...'"): an interview's usual title."""
    for k in range(min(before, len(art.s))):
        if art.s[k].kind != "headline" or ":" not in art.s[k].text:
            continue
        found = classify(art.s[k].text.split(":", 1)[0].strip(" *_"), art.lex)
        if found is not None and found.stype == "person" and found.named:
            return art.resolve(found, k) or (found.name, "person")
    return None


def _lead_window(art, q: int) -> int:
    """The first sentence a lead before the first question may stand in: within the two
    paragraphs before it (or LEAD_REACH sentences, paragraphs unknown)."""
    para = art.s[q].paragraph
    if para is None:
        return max(0, q - LEAD_REACH)
    k = q
    while k > 0 and art.s[k - 1].paragraph is not None and art.s[k - 1].paragraph >= para - LEAD_PARAGRAPHS:
        k -= 1
    return k


def _reporter_asks(art, q: int) -> bool:
    return any(REPORTER_ASKS.search(art.s[j].text) for j in _rest_of_paragraph(art, q))


def _last_named(art, si: int) -> tuple[str, str] | None:
    before = [m for m in art.mentions if m[0] < si]
    return (before[-1][2], "person") if before else None


def _bullet_line(text: str) -> bool:
    t = text.lstrip()
    return t[:1] in BULLETS and t[1:2].isspace()


def _name_heading(art, q: int) -> tuple[str, str] | None:
    """A paragraph that is only a person's name and title right before the first question
    ("TS.BS Hoàng Thị Minh Châu"): the interviewee, set as a heading without a colon."""
    k = q - 1
    if k < 0 or not _starts_paragraph(art, k) or _next_paragraph(art, k) != q:
        return None
    text = art.s[k].text.strip(" *_:")
    if len(text.split()) > 12 or text.endswith((".", "?", "!")) or re.search(r"(?<!\w)(?:tại|ở|trong|bên)\s", text):
        return None  # a caption ("Bác sĩ X tại Bệnh viện Y"), not a heading
    found = classify(text, art.lex)
    if found is None or found.stype != "person" or not found.named:
        return None
    person = art.resolve(found, k) or (found.name, "person")
    # the heading confirms someone the article already brought in ("Phóng viên đã trò chuyện với
    # TS.BS X") or an interview it announced ("trao đổi với chuyên gia"); a name met first there,
    # with no interview announced, may be the one asking ("Ông X, Giám đốc Công ty Y")
    announced = any(m[0] < k and m[2] == person[0] for m in art.mentions) \
        or any(INTERVIEW_LEAD.search(art.s[j].text) for j in range(k))
    return person if announced else None


def _dash_line(text: str) -> bool:
    t = text.lstrip()
    return t[:1] in DASHES and t[1:2].isspace()


def _starts_paragraph(art, k: int) -> bool:
    return k == 0 or art.s[k].paragraph is None or art.s[k - 1].paragraph != art.s[k].paragraph


def _asks(art, k: int) -> bool:
    """A question line: its paragraph asks ("- ... không?", "– ... bao nhiêu? – tôi hỏi.")."""
    return any("?" in art.s[j].text for j in _rest_of_paragraph(art, k))


def _next_paragraph(art, k: int) -> int | None:
    para = art.s[k].paragraph
    j = k + 1
    while j < len(art.s) and para is not None and art.s[j].paragraph == para:
        j += 1
    return j if j < len(art.s) else None


def _interviewee(art, question: int, since: int, skip: set[int]) -> tuple[str, str] | None:
    """The person a lead between sentence `since` and the question introduces as interviewed
    ("Phóng viên đã phỏng vấn bà X"), the latest such lead first; never one inside an answer
    or a dash line (`skip`: "Tuần trước tôi đã trao đổi với ông Y" is the interviewee speaking)."""
    for si in range(question - 1, max(since, 0) - 1, -1):
        if si in skip:
            continue
        lead = INTERVIEW_LEAD.search(art.s[si].text)
        if lead:
            after = [m for m in art.mentions if m[0] == si and m[1] >= lead.start()]
            if after:
                return after[0][2], "person"
            words = art.s[si].text[lead.end():].strip(" .,").split()
            if words and words[0].lower() in art.lex.PRONOUN_GENDER:
                # "phóng viên có cuộc trò chuyện với anh": the person the article named before
                return _last_named(art, si)
            if not INTERVIEW_GIVEN.search(art.s[si].text):
                continue  # ("X trả lời phỏng vấn phóng viên": X gives it, named before)
        given = INTERVIEW_GIVEN.search(art.s[si].text)
        if given:
            # "chị dành cho phóng viên cuộc trò chuyện": the subject before it gives the interview
            before = [m for m in art.mentions if m[0] == si and m[1] < given.start()
                      and not REPORTER_WORDS.search(art.s[si].text[:m[1]])]
            if before:
                return before[-1][2], "person"
            pronoun = next((w for w in re.findall(r"\w+", art.s[si].text[:given.start()].lower())
                            if w in art.lex.PRONOUN_GENDER), None)
            cand = classify(pronoun, art.lex) if pronoun else None
            if cand is not None:
                # the person the headline gives the floor ("Đạo diễn X: '...'"), else whom "chị" means
                return _headline_speaker(art, si) or art.resolve(cand, si) or _last_named(art, si)
    return None  # dialogue in a story, not an interview: its lines stay as they are
