"""What every conflict check shares: the claim as the checks see it (`ClaimView`), what they
report (`Conflict`), and the text measures they use to tell whether two claims are about the
same matter (names, two-word terms, similarity)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..numbers import Figure

# Conflicts: two statements that cannot both be true, for an editor to settle.
CONFLICT_KINDS = ("number_mismatch", "denial", "contradiction")
# Links between two figures for one quantity that are not conflicts an editor must settle: a
# running story's later figure (`update`) and a figure put right (`correction`, which names the
# figure it corrects: both are shown, the wrong one is not true).
LINK_KINDS = ("update", "correction")
KINDS = CONFLICT_KINDS + LINK_KINDS


def is_conflict(kind: str) -> bool:
    """The kinds counted as conflicts in summaries and flagged `conflict` on sentences."""
    return kind in CONFLICT_KINDS


def cannot_both_hold(kind: str) -> bool:
    """The kinds whose two sides cannot both be true: conflicts and corrections (what gold
    conflict pairs mean); a running story's update is true at its own moment."""
    return kind in CONFLICT_KINDS or kind == "correction"


@dataclass(frozen=True)
class ClaimView:
    """A claim as the conflict checks see it. `ref` identifies it (sentence index or db id)."""

    ref: int
    text: str
    source: str | None
    source_type: str | None
    figures: tuple[Figure, ...]
    article: str | None = None  # None: the article being analysed
    mention: str | None = None  # the source as written ("Thủ tướng Israel Benjamin Netanyahu")
    cue: str | None = None
    headline: bool = False  # the article's headline, which sums up its body
    # how the article describes the source where it credits them elsewhere (lower case; in-article
    # only): "cục trưởng cục ngoại thương thuộc bộ thương mại thái lan" for a quote's "ông Prasert"
    affiliation: str = ""


@dataclass(frozen=True)
class Conflict:
    sentence: int
    other_article: str | None
    other_sentence: int
    other_text: str
    kind: str
    reason: str
    score: float
    # the figures linked, as written: this sentence's and the other's ("" when no figure is)
    figure: str = ""
    other_figure: str = ""


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=4096)
def topic_terms(text: str, lang: str = "vi") -> frozenset[str]:
    """Syllable bigrams of a sentence (Vietnamese words are mostly two syllables), minus pairs
    of function words; capitalised names are kept whole as single terms too."""
    lex = lexicon.get(lang)
    sylls = [w.lower() for w in _WORD.findall(text)]
    terms = set()
    for a, b in zip(sylls, sylls[1:]):
        if a in lex.STOPWORDS and b in lex.STOPWORDS:
            continue
        terms.add(f"{a} {b}")
    for name in re.findall(rf"(?:[{lex.UPPER}][\w-]+(?:\s+[{lex.UPPER}][\w-]+)*)", text):
        words = name.split()
        while len(words) > 1 and (words[0].lower() in lex.STOPWORDS or words[0].lower() in lex.PRONOUN_GENDER):
            words = words[1:]  # "Ông Nguyễn Văn Hải", "Ở Hà Nội": the name without its title or preposition
        name = " ".join(words)
        if len(name) > 2:
            terms.add(name.lower())
    return frozenset(terms)


@lru_cache(maxsize=16384)
def similarity(a: str, b: str, lang: str = "vi") -> float:
    ta, tb = topic_terms(a, lang), topic_terms(b, lang)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb)) ** 0.5 / max(len(ta), len(tb)) ** 0.5


@lru_cache(maxsize=8192)
def proper_names(text: str, lang: str = "vi", titled: bool = False) -> frozenset[str]:
    """Names in a sentence: runs of two or more capitalised words ("Lào Cai", "Benjamin Netanyahu"),
    or one word that is an acronym, foreign-looking or a known country or place. A single
    capitalised Vietnamese syllable ("Bệnh viện", the first word) says nothing by itself.
    `titled` (inside one article only): a given name after a title counts too ("gia đình anh Sinh",
    "Anh Sinh thì cho biết"), and a sentence's opening title and name also without the title; across
    articles a bare given name joins too many strangers."""
    lex = lexicon.get(lang)
    words = re.findall(r"[^\s,.;:()“”\"!?]+", text)
    out = set()
    run: list[str] = []
    if words and words[0].lower() in lex.PLACE_OPENERS_WORDS:
        words = words[1:]  # "Tại An Giang, ...": the sentence's first word, a preposition, is no part of the name
    after_title = False  # (after "ông", "anh", ... one capitalised word is a given name: "gia đình anh Sinh")
    for k, w in enumerate(words + [""]):
        if w[:1].isupper():
            run.append(w)
            continue
        if titled and k == len(run) and len(run) >= 2 and _titled_name(run, w, lex):
            # "Anh Sinh thì cho biết", "Bà Lê Thị Hoa cho biết": the sentence opens on a title and a
            # name, the name without it too (a place may start so: "Cô Tô" is kept whole as well)
            out.add(" ".join(run).lower())
            run, after_title = run[1:], True
        if len(run) >= 2:
            out.add(" ".join(run).lower())
        elif len(run) == 1:
            one = run[0]
            if (one.isupper() and len(one) > 1) or one in lex.COUNTRY_NAMES or one in lex.PLACES or _foreign(one) \
                    or after_title and not _opens_an_office(one, w, lex):  # (not "ông Chủ tịch", "ông Bộ trưởng")
                out.add(one.lower())
        run = []
        after_title = titled and w.lower() in lex.KIN_TITLES
    return frozenset(out)


def _titled_name(run: list[str], after: str, lex) -> bool:
    """A kin title and one capitalised word opening a sentence ("Anh Sinh"), not a place ("Cô Tô",
    "Bà Rịa") nor a title and an office ("Ông Chủ tịch")."""
    return run[0].lower() in lex.KIN_TITLES and " ".join(run) not in lex.PLACES and run[1] not in lex.PLACES \
        and " ".join(run) not in lex.COUNTRY_NAMES and not _opens_an_office(run[1], after, lex)


def _opens_an_office(syllable: str, after: str, lex) -> bool:
    """Whether a capitalised syllable and the lower-case one after it are a title or a body's head
    ("Chủ tịch", "Bộ trưởng"), no given name."""
    pair = f"{syllable} {after}".lower()
    return bool(after) and (pair in lex.PERSON_TITLES or pair in _lower_heads(lex) or syllable.lower() in lex.PERSON_TITLES)


@lru_cache(maxsize=4)
def _lower_heads(lex) -> frozenset[str]:
    return frozenset(h.lower() for h in lex.ORG_HEADS)


def _foreign(word: str) -> bool:
    from ..attribution import looks_foreign as _looks_foreign  # the same syllable test the attribution uses

    return _looks_foreign(word)


@lru_cache(maxsize=8192)
def content_syllables(text: str, lex) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text) if w.lower() not in lex.STOPWORDS and len(w) > 1)


@lru_cache(maxsize=8192)
def common_terms(text: str, lex) -> frozenset[str]:
    """Two-word terms of lower-case words ("lãi suất"): what a claim is about, names left out."""
    words = _WORD.findall(text)
    return frozenset(f"{a} {b}".lower() for a, b in zip(words, words[1:])
                     if a.islower() and b.islower() and not (a in lex.STOPWORDS and b in lex.STOPWORDS))


_TIME_MARK = re.compile(r"(?<!\w)(?:ngày|tháng|năm|quý)\s+(?:[IVX]+|\d[\d/.-]*)", re.I)


def time_marks(text: str) -> frozenset[str]:
    """The dated times a claim names ("năm 2020", "ngày 10/8", "tháng 9", "quý III"): two claims
    naming different ones may be two moments of one story, not two figures for one."""
    return frozenset(m.group(0).lower() for m in _TIME_MARK.finditer(text))


def clause_around(text: str, start: int, end: int, marks: str = ",;:") -> str:
    """The stretch of `text` between the marks around [start, end): the clause a figure stands in."""
    lo = max(text.rfind(c, 0, start) for c in marks) + 1
    hi = min([k for k in (text.find(c, end) for c in marks) if k >= 0] or [len(text)])
    return text[lo:hi]


def squash(raw: float) -> float:
    """Evidence points -> a score in (0, 1) that keeps the order of strong candidates."""
    return round(raw / (raw + 0.5), 3)


def who(c: ClaimView, lex) -> str:
    return c.source or lex.REASONS["article"]
