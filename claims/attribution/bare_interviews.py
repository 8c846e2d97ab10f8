"""Interviews set as plain paragraphs: a lead names the person interviewed ("PGS X đã trả lời
phỏng vấn phóng viên ..."), then question paragraphs (every sentence a question: "Thưa ông, vì
sao ...?") alternate with answer paragraphs that name no speaker. Each answer paragraph, up to the
next question, is the interviewee's.

Held to what only an interview looks like: a lead (`interviews.INTERVIEW_LEAD` / `INTERVIEW_GIVEN`)
within two paragraphs before the first question, and at least two question paragraphs, or one that
addresses its person ("Thưa ông"). A story's rhetorical question stays the narrator's. Answers stop
at a caption, a byline or a paragraph that introduces someone. Pure: attributions in, out.
"""
from __future__ import annotations

import re

from .interviews import (INTERVIEW_GIVEN, INTERVIEW_LEAD, REPORTER_LABEL, _bullet_line, _clear_question, _dash_line, _interviewee, _lead_window,
                         _names_someone, _next_paragraph, _starts_paragraph)
from .types import Attribution

# How a reporter addresses the interviewee at the start of a question: "Thưa ông, ...?"
ADDRESSED = re.compile(r"\s*(?:thưa|xin hỏi)\s", re.I)
# Who asks in the lead: the paper's reporter
REPORTER = re.compile(r"(?<!\w)(?:phóng viên|PV|chúng tôi|báo)(?!\w)", re.I)


def credit_bare_answers(art, per: list[list[Attribution]], conf: float) -> None:
    """Give every uncredited answer paragraph of a plain-paragraph interview its speaker, in place."""
    n = len(per)
    # (dash, bullet and labelled questions are the other layouts')
    questions = [k for k in range(n) if _starts_paragraph(art, k) and _all_questions(art, k) and art.s[k].kind == "body"
                 and not (_dash_line(art.s[k].text) or _bullet_line(art.s[k].text) or REPORTER_LABEL.match(art.s[k].text))]
    if not questions or (len(questions) < 2 and not ADDRESSED.match(art.s[questions[0]].text)):
        return
    since = _lead_window(art, questions[0])
    # the reporter's own interview ("đã trả lời phỏng vấn phóng viên", "trao đổi với PV"), not police
    # questioning a witness ("Công an huyện đã phỏng vấn ông X")
    if not any(INTERVIEW_GIVEN.search(art.s[j].text) or INTERVIEW_LEAD.search(art.s[j].text) and REPORTER.search(art.s[j].text)
               for j in range(since, questions[0])):
        return
    interviewee = _interviewee(art, questions[0], since, set())
    if interviewee is None:
        return
    name, stype = interviewee
    opening_names = {m[0] for m in art.mentions if m[1] <= 2}
    for i, q in enumerate(questions):
        k = _next_paragraph(art, q)
        if k is None or any(per[j] for j in _paragraph(art, q)):
            continue  # (a question that credits someone itself is no bare question)
        _clear_question(art, per, q)
        # up to the next question; after the last, its one paragraph (the story may go on after it)
        end = questions[i + 1] if i + 1 < len(questions) else (_next_paragraph(art, k) or n)
        while k < end:
            if _starts_paragraph(art, k) and (art.s[k].kind != "body" or art.s[k].role is not None
                                              or _names_someone(art, k, opening_names)):
                break  # a caption, a byline, or narration that brings someone in ends the answer
            if per[k] and any(a.role == "speaker" and a.source != name for a in per[k]):
                break
            if not per[k]:
                per[k] = [Attribution(name, name, stype, None, "indirect", conf, "speaker")]
            k += 1


def _paragraph(art, k: int) -> range:
    return range(k, _next_paragraph(art, k) or len(art.s))


def _all_questions(art, k: int) -> bool:
    """Every sentence of paragraph k asks ("Thưa ông, ...?"): a question paragraph, not an
    answer that asks once."""
    return all(art.s[j].text.rstrip(" *_\"”'").endswith("?") for j in _paragraph(art, k))
