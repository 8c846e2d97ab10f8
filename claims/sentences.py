"""Sentences of one paragraph: where a sentence ends (quotes split inside, as the gold guideline
wants; numbers, abbreviations, initials and a speaker tag after a closed quote never end one),
and overlong units cut to a bounded length."""
from __future__ import annotations

import re

from . import lexicon

# The longest real news sentences run to about 135 tokens, words and marks counted apart (UD
# Vietnamese-VTB; the dev corpus). A longer unit is a run-on or an attack (a file of words
# without punctuation, a run of brackets), and the parser's cost grows with the square of a
# unit's length (1,000 words took 1.5 GB, 5,000 ran out of memory), so longer units are cut
# into pieces of at most this many tokens, at a comma, semicolon, colon or dash where one falls
# in the second half of the piece.
MAX_UNIT_TOKENS = 160
TOKEN = re.compile(r"\w+|[^\w\s]")  # a word or one mark: how unit lengths are counted
_TERMINAL = ".!?…"
_CLOSERS = "”’\"')»]"
_OPENERS = "“‘\"'(«["


def split_sentences(text: str, lang: str = "vi") -> list[tuple[int, int]]:
    """Sentence spans of one paragraph. Quotes are split inside, as the gold guideline wants;
    numbers, abbreviations, initials and '.,' never end a sentence."""
    lex = lexicon.get(lang)
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    i = 0
    while i < n:
        ch = text[i]
        if ch in _TERMINAL:
            j = i + 1
            while j < n and text[j] in _TERMINAL:
                j += 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            if j >= n:
                break
            if not text[j].isspace():
                i = j
                continue
            k = j
            while k < n and text[k].isspace():
                k += 1
            if k >= n:
                break
            nxt = text[k]
            if ch == "." and j == i + 1 and _is_abbreviation(text, i, lex):
                i = k
                continue
            if nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or nxt in "-–—•":
                if nxt in "-–" and j > i + 1 and text[j - 1] in "\"”" and _is_speech_tag(text, k + 1):
                    i = k  # '..." - anh Tâm kể.': the tag after a closed quote belongs to its sentence
                    continue
                if nxt in "-–—" and text[start:start + 1] in "-–—" and _dialogue_tag(text, k + 1):
                    i = k  # '– Lên lẹ đi! – bà Tư hối.': a dialogue line's tag belongs to its line
                    continue
                if nxt.isdigit() and ch == "." and j == i + 1 and _prev_token(text, i).isdigit():
                    i = k
                    continue
                spans.append(trim_span(text, start, j))
                start = k
                i = k
                continue
            i = k
            continue
        i += 1
    if start < n:
        spans.append(trim_span(text, start, n))
    return [(a, b) for a, b in spans if b > a]


def cap_length(text: str, a: int, b: int, limit: int = MAX_UNIT_TOKENS) -> list[tuple[int, int]]:
    """[a, b) cut into spans of at most `limit` tokens (see MAX_UNIT_TOKENS); linear in its length."""
    if b - a <= limit:  # fewer characters than the limit: fewer tokens too
        return [(a, b)]
    tokens = [(m.start() + a, m.end() + a) for m in TOKEN.finditer(text[a:b])]
    if len(tokens) <= limit:
        return [(a, b)]
    spans = []
    first = 0
    while len(tokens) - first > limit:
        cut = first + limit  # the first token of the next piece
        for k in range(first + limit - 1, first + limit // 2, -1):
            if text[tokens[k][0]] in ",;:-–—" and tokens[k][1] - tokens[k][0] == 1:
                cut = k + 1
                break
        spans.append((tokens[first][0], tokens[cut - 1][1]))
        first = cut
    spans.append((tokens[first][0], b))
    return [trim_span(text, x, y) for x, y in spans]


def _dialogue_tag(text: str, k: int) -> bool:
    """After a dialogue line's words, a dash and a lower-case word open the speaker's tag ("– bà Tư
    vừa giữ mái chèo vừa hối.", "– anh cười, ..."); the next line's reply opens with a capital."""
    rest = text[k:k + 3].lstrip()
    return rest[:1].isalpha() and rest[:1].islower()


def _is_speech_tag(text: str, k: int) -> bool:
    """Whether what follows a dash at `k` is a speaker tag, a reporting verb within its first words
    ("anh Tâm kể.", "Vy nói.", "một thợ liệm nói khi ..."), not a dialogue reply ("Tôi chẳng sợ gì
    cả.")."""
    from .words import ends_with_cue

    m = re.match(r"[^.!?…]*", text[k:k + 160].lstrip())
    words = [w.strip(",;:") for w in m.group(0).split()] if m else []
    # the cue within the tag's first words: "- một thợ liệm nói khi anh đang chèn trà vào quan tài."
    return bool(words) and words[0][:1].isalpha() and any(ends_with_cue(words[:j]) for j in range(1, min(len(words), 7) + 1))


def _prev_token(text: str, i: int) -> str:
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i]


def _is_abbreviation(text: str, i: int, lex) -> bool:
    tok = _prev_token(text, i).lstrip(_OPENERS)
    if not tok:
        return False
    if tok in lex.ABBREVIATIONS:
        return True
    # a single capital letter is an initial ("bà H.", "Donald J. Trump"), so are dotted initials
    # ("cháu N.T.K. (7 tuổi)"), but not a number's unit ("40 độ C.")
    if len(tok) == 1 and tok.isupper():
        before = text[max(0, i - 40):i - 1].split()[-2:]  # (a window: a paragraph of initials stays linear)
        if before and before[-1] in lex.LETTER_LABEL_WORDS:
            return False  # "bảng B.": a group's label
        return not (len(before) == 2 and before[1].lower() in lex.UNIT_LETTER_WORDS and before[0].lstrip("-−")[:1].isdigit())
    return bool(re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]", tok))


def trim_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
