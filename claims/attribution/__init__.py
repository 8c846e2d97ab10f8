"""Where attribution is decided: parsed sentences in, frozen `SentenceAttribution`s out.

Pure functions only: no database, no Streamlit, no model loading. Read in this order:

1. `rules.analyse` proposes, for each sentence in turn (quotes masked, `quotes`): a leading
   "Theo X, ...", a vague lead, a relay ("X dẫn lời Y"), subject + cue (`cues`, `subjects`), a
   postposed "..., theo X.";
2. the phrase found becomes a source through `phrases.classify` (its type) and the article's
   memory (`memory`: pronouns, titles, short names, "cơ quan này" resolved to what came before);
3. across sentences, `quotes.spread_quotes` credits every sentence of a multi-sentence quote;
4. `claimhood.is_claim` says which sentences are claims; the flags follow.
"""
from __future__ import annotations

from typing import Sequence

from . import quotes, rules
from .claimhood import is_claim
from .memory import ArticleMemory
from .phrases import looks_foreign
from .quotes import quote_spans
from .types import SOURCE_TYPES, Attribution, SentenceAttribution, SentenceIn

__all__ = ["attribute", "Attribution", "SentenceAttribution", "SentenceIn", "SOURCE_TYPES", "is_claim",
           "quote_spans", "looks_foreign"]


def attribute(sentences: Sequence[SentenceIn], lang: str = "vi") -> list[SentenceAttribution]:
    """Attribute every sentence of one article (order matters for quotes and pronouns)."""
    if not sentences:
        return []
    art = ArticleMemory(sentences, lang)
    n = len(sentences)
    per: list[list[Attribution]] = []
    hedged: list[bool] = []
    opened: list[bool] = []  # a quote still open after this sentence
    started_inside: list[bool] = []
    open_q = False
    for si in range(n):
        if sentences[si].kind == "headline" and sentences[si].role == "subheading":
            open_q = False
        if open_q and si > 0 and quotes.new_paragraph(art, si) and not quotes.paragraph_continues_quote(art, si):
            open_q = False  # a quote left open at a paragraph's end, and not taken up: stop here
        started_inside.append(open_q)
        atts, h, still_open, _ = rules.analyse(art, si, open_q)
        per.append(atts)
        hedged.append(h)
        opened.append(still_open)
        open_q = still_open if sentences[si].kind == "body" else False
    quotes.spread_quotes(art, per, started_inside, opened)
    out = []
    for si in range(n):
        atts = per[si]
        claim = is_claim(sentences[si], art.lex)
        flags = []
        primary = next((a for a in atts if a.role == "speaker"), None)
        if claim and primary is None:
            flags.append("unattributed")
        if primary is not None and primary.source_type == "anonymous":
            flags.append("anonymous_source")
        if hedged[si] and claim:
            flags.append("hedged")
        out.append(SentenceAttribution(claim, tuple(atts), tuple(flags)))
    return out
