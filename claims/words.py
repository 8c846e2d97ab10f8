"""The words of one unit as the tagger and parser get them: underthesea's segmentation with the
offsets of each word in the text, mended where it joins a name to the reporting verb after it,
and a check that a unit reads as words at all."""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
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
    """underthesea joins a name and the word after it into one word ("Tại tòa, Vĩnh thừa nhận
    ...", "Công ty Hòa Bình phát đi ...") or a word and the name after it ("Kho vận MinaGo"): a
    capitalised syllable is a name, and a name never runs on into a lower-case reporting cue, nor
    into a word of the segmenter's dictionary that its last syllable does not start. Split such
    a word. At the sentence's start a capital says nothing ("Lời khai này": a noun), so the first
    word is left alone unless it is an acronym or a name of its own."""
    cues = speech_cues(lang)
    out: list[str] = []
    for w in _split_before_names(words):
        syllables = w.split(" ")
        caps = next((k for k, s in enumerate(syllables) if not s[:1].isupper()), len(syllables))
        name, rest = " ".join(syllables[:caps]), " ".join(syllables[caps:])
        mid_sentence = bool(out) and out[-1] not in _OPENING_MARKS  # not after "“", "(", ":" either
        # (an acronym is a name even at the start: "VKSND cáo buộc ...")
        if name and rest and rest.islower() and (
                (mid_sentence or len(name) >= 2 and name.isupper()) and rest in cues
                or _name_runs_on(out, name, rest, mid_sentence)):
            out.extend((name, rest))
        else:
            out.append(w)
    return out


def _split_before_names(words: list[str]) -> list[str]:
    """"vận MinaGo" -> "vận", "MinaGo": a lower-case syllable never starts a name."""
    out = []
    for w in words:
        syllables = w.split(" ")
        cut = next((k for k in range(1, len(syllables))
                    if syllables[k - 1][:1].islower() and syllables[k][:1].isupper()), None)
        if cut is None:
            out.append(w)
        else:
            out.extend((" ".join(syllables[:cut]), " ".join(syllables[cut:])))
    return out


def _name_runs_on(before: list[str], name: str, rest: str, mid_sentence: bool) -> bool:
    """"An Bình phát", "Hoa đi" after "Bình": the end of a name glued to the lower-case word after
    it: a name of two syllables or more, or one after another syllable of the name, and only when
    the name's last syllable and the next make no word of the segmenter's own dictionary while the
    rest is one ("Cổ phần", "Xây dựng" in a firm's name, "An ninh mạng" after "Cục" are words)."""
    after_name = mid_sentence and all(s[:1].isupper() and not s.isupper() for s in before[-1].split())
    if not (after_name or len(name.split()) >= 2 and not name.isupper()):
        return False
    if rest.split()[0] in name_particles():
        return False  # "Martin de Vries": a particle inside a foreign name
    known = dictionary_words()
    return bool(known) and rest in known and f"{name.split()[-1]} {rest.split()[0]}".lower() not in known


def glued_to_word_before(before: str, cue: str) -> bool:
    """"Lời khai trái ngược ...", "bản tin": a one-syllable cue word that the syllable before it
    makes into another word of the segmenter's dictionary (a noun) is no cue. Not after a
    capitalised syllable inside the sentence: that is a name's end ("Ông Bình than: ...")."""
    if " " in cue.strip():
        return False
    words = before.split()
    if not words:
        return False
    prev = words[-1].strip("“”\"'(,.:;-–")
    if not prev or prev[:1].isupper() and len(words) > 1:
        return False
    # (where a noun stands: opening the sentence or after a determiner or a preposition; "Ông Sáu
    # chỉ bảo", "chủ máy nói", "Tâm cung khai" are verbs the dictionary also lists)
    if len(words) > 1 and words[-2].lower().strip(",") not in lexicon.get("vi").NOUN_SLOT_WORDS:
        return False
    return f"{prev.lower()} {cue.strip().lower()}" in dictionary_words()


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The words of underthesea's segmentation model (its own file, installed with it); empty
    when that file is not there, and then no word is split by it."""
    try:
        import joblib
        import underthesea
    except ImportError:
        return frozenset()
    from pathlib import Path

    models = Path(underthesea.__file__).parent / "pipeline" / "word_tokenize" / "models"
    for path in sorted(models.glob("*/dictionary.bin")):
        try:
            return frozenset(joblib.load(path))
        except Exception:  # an unreadable file: split nothing rather than fail the analysis
            return frozenset()
    return frozenset()


_OPENING_MARKS = frozenset({"“", '"', "(", ":", "–", "-", "—", "‘", "'", "«"})


@lru_cache(maxsize=4)
def name_particles(lang: str = "vi") -> frozenset[str]:
    from . import lexicon

    return frozenset(lexicon.get(lang).NAME_PARTICLES)


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
