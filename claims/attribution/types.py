"""What attribution takes and gives: frozen dataclasses, and the working records of candidates."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp import ParsedSentence

SOURCE_TYPES = ("person", "organization", "media", "document", "anonymous")


@dataclass(frozen=True)
class Attribution:
    source: str
    mention: str
    source_type: str
    cue: str | None
    quote: str | None
    confidence: float
    role: str = "speaker"  # "speaker" (credited) | "relay" (the medium that passed it on)


@dataclass(frozen=True)
class SentenceAttribution:
    is_claim: bool
    attributions: tuple[Attribution, ...]
    flags: tuple[str, ...]

    @property
    def primary(self) -> Attribution | None:
        return next((a for a in self.attributions if a.role == "speaker"), None)


@dataclass(frozen=True)
class SentenceIn:
    """What attribution needs of a sentence: its text, kind and role, and its parse."""

    text: str
    kind: str = "body"
    role: str | None = None
    parsed: ParsedSentence | None = None
    paragraph: int | None = None  # sentences of one paragraph share it; None: unknown


@dataclass
class Candidate:
    name: str
    mention: str
    stype: str  # a SOURCE_TYPE or "pronoun" / "title" (to be resolved)
    gender: str | None = None
    title: str | None = None
    embedded: bool = False
    named: bool = False  # carries a proper name


@dataclass
class Person:
    name: str
    gender: str | None
    titles: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    positions: list[tuple[int, int]] = field(default_factory=list)  # (sentence, char)
