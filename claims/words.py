"""The words of one unit as the tagger and parser get them: underthesea's segmentation with the
offsets of each word in the text, mended where it joins a name to the reporting verb after it,
and a check that a unit reads as words at all."""
from __future__ import annotations

from functools import lru_cache

from .sentences import TOKEN


def segment(text: str) -> list[tuple[str, int, int]]:
    """underthesea's words with their offsets in `text` (spelling left as written)."""
    from underthesea import word_tokenize

    words = _split_name_and_cue(word_tokenize(text, use_token_normalize=False))
    out, pos = [], 0
    for w in words:
        at = text.find(w, pos)
        if at < 0:  # the segmenter changed the spacing inside a word: match it loosely
            at = text.find(w.split()[0], pos) if w.split() else -1
            end = at + len(w) if at >= 0 else -1
        else:
            end = at + len(w)
        out.append((w, at, end))
        if at >= 0:
            pos = max(pos, end)
    return out


def _split_name_and_cue(words: list[str], lang: str = "vi") -> list[str]:
    """underthesea joins a name and the reporting verb after it into one word ("Tại tòa, Vĩnh
    thừa nhận ...", "..., Vĩnh khai."): mid-sentence, a capitalised syllable is a name, and a name
    never runs on into a lower-case reporting cue. Split such a word in two. At the sentence's
    start a capital says nothing ("Lời khai này": a noun), so the first word is left alone."""
    cues = speech_cues(lang)
    out: list[str] = []
    for w in words:
        first, _, rest = w.partition(" ")
        mid_sentence = bool(out) and out[-1] not in _OPENING_MARKS  # not after "“", "(", ":" either
        # (an acronym is a name even at the start: "VKSND cáo buộc ...")
        if (mid_sentence or len(first) >= 2 and first.isupper()) and rest and first[:1].isupper() \
                and rest.islower() and rest in cues:
            out.extend((first, rest))
        else:
            out.append(w)
    return out


_OPENING_MARKS = frozenset({"“", '"', "(", ":", "–", "-", "—", "‘", "'", "«"})


@lru_cache(maxsize=4)
def speech_cues(lang: str = "vi") -> frozenset[str]:
    """The language's reporting verbs, lower case ("nói", "cho biết", "kể")."""
    from . import lexicon

    return frozenset(c.lower() for c in lexicon.get(lang).SPEECH_CUES)


def worth_parsing(text: str) -> bool:
    """Whether a unit reads as words at all. Runs of marks ("- - - -", "((((((", "| | |") give the
    parser nothing to find and cost it most (its tree decoder slows down on senseless scores)."""
    tokens = TOKEN.findall(text)
    wordy = sum(1 for t in tokens if t[0].isalpha())
    return wordy >= max(1, len(tokens) // 3)


def ends_with_cue(words: list[str], lang: str = "vi") -> bool:
    """Whether a short run of words ends with a reporting verb ("ông Tư kể", "thứ trưởng X cho biết")."""
    cues = speech_cues(lang)
    low = [w.lower() for w in words]
    return any(" ".join(low[-n:]) in cues for n in (1, 2, 3) if len(low) >= n)
