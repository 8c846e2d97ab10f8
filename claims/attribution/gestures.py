"""A speaker set before a colon by what they did: "Cậu bé gật đầu, chỉ lên chiếc quạt trần: “Có
quạt, mưa không bị dột nữa”." The quote after the colon runs to the sentence's end and no cue
stands before it; the subject of the first verb is the one who speaks (the guideline's direct
quote with a speaker, read from the sentence's shape, as a tag after a quote is in `rules`)."""
from __future__ import annotations

import re

from . import noun_phrases
from .patterns import MASK, starts_with_any
from .types import Candidate, SentenceIn

SUBJECT_WORDS = 5  # "Người đàn ông ngoài 70 tuổi" and shorter: a longer stretch is no bare subject
# What may speak this way: people, by name, pronoun, title or as written ("Người dân")
SPEAKING_KINDS = ("person", "pronoun", "title", "anonymous")


def gesture_before_quote(art, masked: str, text: str, sent: SentenceIn) -> tuple[Candidate, str] | None:
    """(the one who did it, the first verb) for "<someone> <did something>: “<quote>”", else None."""
    colon = masked.find(":")
    if colon <= 0 or sent.parsed is None:
        return None
    after = masked[colon + 1:].strip()
    if not after or after[0] not in "“\"" + MASK or re.search(r"[^\W\d_]", after.replace(MASK, "")):
        return None  # (a quote, and nothing after it but punctuation)
    if art.rx["cue"].search(masked[:colon]):
        return None  # a cue of its own: the usual readings take it
    verb = next((t for t in sent.parsed.tokens if t.end <= colon and t.upos == "VERB" and t.text[:1].islower()), None)
    if verb is None:
        return None
    did = text[verb.start:colon]
    if art.rx["written_thing"].search(did) or any(starts_with_any(did[k.start():], art.lex.DOCUMENT_HEADS)
                                                  for k in re.finditer(r"(?<!\S)\S", did)):
        return None  # "Anh mở bức thư: “...”", "Ông cầm bản án: “...”": what is written there, not his words
    subject = text[:verb.start].strip(" ,")
    if not subject or len(subject.split()) > SUBJECT_WORDS or "," in subject:
        return None
    cand = noun_phrases.np_candidate(art, subject, is_last=True)
    if cand is None and all(w[:1].islower() for w in subject.split()[1:]):
        # "Cậu bé" after "cậu bé Vừ Bá Dình": a common noun the article gave someone named as a title
        titled = Candidate(subject, subject, "title", title=subject.lower())
        found = art.resolve(titled, art._si)
        cand = titled if found is not None and found[1] == "person" and found[0] != subject else None
    if cand is None or cand.stype not in SPEAKING_KINDS or cand.embedded:
        return None
    return cand, verb.text
