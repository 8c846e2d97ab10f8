""""None of them" against "some of them": one source says no one of a group did or suffered
something ("chưa học trò nào của anh bị công an bắt hay lập biên bản"), another gives a count of
that group who did ("công an phường đã lập biên bản hai học viên"). The group is read loosely
(its nouns share a syllable: "học trò" / "học viên"), the predicate strictly (a two-word term
of the "none" clause said, not negated, in the other's clause with a count)."""
from __future__ import annotations

import re

from ..numbers import extract
from .base import clause_around, time_marks

_NONE = re.compile(r"(?<!\w)(?:không|chưa)\s+(?:hề\s+)?(?:có\s+)?(?P<noun>(?:một\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)\s+nào"
                   r"(?P<pred>(?:(?!\s(?:nhưng|mà|song|tuy nhiên|còn)\s)[^.,;:“”\"]){3,120})", re.I)  # (its own clause)
_NEGATED = re.compile(r"(?<!\w)(?:không|chưa|chẳng)(?!\w)", re.I)
_EXEMPT = re.compile(r"(?<!\w)(?:miễn|thoát|được miễn|không phải)(?!\w)", re.I)  # what spares the group


def none_against_some(a: str, b: str, lex) -> tuple[str, str] | None:
    """(a's phrase, b's phrase) when one text denies any of a group what the other counts (the
    "none" and the count, in the order of the texts); None otherwise."""
    for none_text, some_text in ((a, b), (b, a)):
        m = _NONE.search(none_text)
        if m is None or _NEGATED.search(some_text) or _EXEMPT.search(some_text):
            continue  # ("miễn học phí cho 820 học sinh" agrees with "không học sinh nào phải đóng")
        times = time_marks(none_text)
        if times and times != time_marks(some_text):
            continue  # "đến ngày 10/8, chưa có ca nào" / "trong tháng 9, 2 ca": two moments
        noun = {w for w in m.group("noun").lower().split() if w != "một"}
        terms = _terms(m.group("pred"), lex)
        low = some_text.lower()
        for f in extract(some_text):
            if f.kind != "count" or f.low < 1:
                continue
            # (the clause of the count only: the words between the marks around it)
            around = clause_around(low, f.start, f.end, ",;.:")
            if not noun & set(re.findall(r"\w+", low[f.start:f.end + 25])):
                continue  # the count is of another group
            if terms & _terms(around, lex):
                phrases = (m.group(0).strip(), some_text[f.start:f.end])
                return phrases if none_text is a else phrases[::-1]
    return None


def _terms(text: str, lex) -> set[str]:
    words = [w for w in re.findall(r"[^\W\d]+", text.lower()) if w not in lex.STOPWORDS and w not in ("bị", "được", "đã")]
    return {f"{x} {y}" for x, y in zip(words, words[1:])}
