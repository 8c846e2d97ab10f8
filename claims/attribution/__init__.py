"""Where attribution is decided: parsed sentences in, frozen `SentenceAttribution`s out.

Pure functions only: no database, no Streamlit. Read in this order, for each sentence in turn:

1. propose: `rules.analyse` finds what the hand-written rules see (quotes masked, `quotes`): a
   leading "Theo X, ...", a vague lead, a relay ("X dẫn lời Y"), subject + cue (`cues`,
   `subjects` chooses the stretch before the cue, `noun_phrases` reads it), a postposed "...,
   theo X."; `phrases` types a phrase (`names` finds the personal
   names in it), `memory` keeps what the article named (people, and bodies in `bodies`) and
   resolves pronouns, titles, short names and "cơ quan này" to it (`references`);
2. decide: `candidates` proposes every (cue, mention) pair the sentence could hold (the rules'
   among them), the learned ranker (`features`, `ranker`, `model`) scores them and `decide` keeps
   the best above the threshold, with a calibrated confidence; without the model files the rules'
   proposal stands;
3. across sentences, `interviews` credits an interview's answers to the interviewee (a speaker
   set as a heading, question-and-answer dash lines) and `quotes.spread_quotes` every sentence of
   a multi-sentence quote, and `dialogue.credit_turns` every sentence of a dash-dialogue turn
   (the speaker its tag names);
4. `claimhood.is_claim` says which sentences are claims; the flags follow.
"""
from __future__ import annotations

import re

from dataclasses import replace
from typing import Callable, Sequence

from . import model as model_mod
from . import candidates, dialogue, quotes, rules
from .claimhood import asks_what_was_said, drop_credit, is_claim
from .decide import decide
from .features import sentence_features, tokens_of
from .bare_interviews import credit_bare_answers
from .interviews import answer_confidence, credit_interviews
from .memory import ArticleMemory
from .name_shapes import looks_foreign
from .quotes import quote_spans
from .recounts import credit_recounted
from .types import SOURCE_TYPES, Attribution, SentenceAttribution, SentenceIn

__all__ = ["attribute", "Attribution", "SentenceAttribution", "SentenceIn", "SOURCE_TYPES", "is_claim",
           "quote_spans", "looks_foreign"]

# (art, si, open_quote, proposal, tokens, features, proposed pairs) -> the sentence's attributions
Decider = Callable[[ArticleMemory, int, bool, list, list, list, list], list[Attribution]]


def attribute(sentences: Sequence[SentenceIn], lang: str = "vi", decider: Decider | None = None) -> list[SentenceAttribution]:
    """Attribute every sentence of one article (order matters for quotes and pronouns).
    `decider` replaces the learned decision (the training script records features with it)."""
    if not sentences:
        return []
    art = ArticleMemory(sentences, lang)
    # the model reads the tagger's and the parser's output: text given without a parse is left
    # to the rules (`use_nlp=False` in tests and quick checks)
    parsed = any(x.parsed is not None for x in sentences)
    model = model_mod.load() if decider is None and parsed else None
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
        proposal, h, still_open, _ = rules.analyse(art, si, open_q)
        if sentences[si].role == "byline":
            atts = []  # the writer's name or the article's credit line ("Theo Reuters"): credits no claim
        elif decider is not None or model is not None:
            tokens = tokens_of(sentences[si])
            clusters = model.clusters if model is not None else getattr(decider, "clusters", None)
            feats = sentence_features(sentences[si], tokens, open_q, proposal, lang, clusters, context=_context(per, si))
            pairs = candidates.propose(art, si, open_q, proposal, tokens, feats)
            if decider is not None:
                atts = decider(art, si, open_q, proposal, tokens, feats, pairs)
            else:
                atts, _ = decide(art, si, proposal, tokens, feats, pairs, model, open_q)
        else:
            atts = proposal
        atts = credit_recounted(art, si, atts, open_q)
        atts = [_unnamed_by_apposition(sentences[si].text, a, art.lex) for a in atts
                if not asks_what_was_said(sentences[si].text, a.cue, art.lex)
                and not (sentences[si].kind == "caption" and not _reports(a, art, sentences[si].text))]
        for a in atts:
            if a.role == "speaker":
                art.sources.append((si, a))
            else:
                art.relays.append((si, a))
        per.append(atts)
        hedged.append(h)
        opened.append(still_open)
        open_q = still_open if sentences[si].kind == "body" else False
    carried = model.carried_confidence if model is not None else None
    credit_interviews(art, per, started_inside, carried)
    credit_bare_answers(art, per, answer_confidence(carried))
    quotes.spread_quotes(art, per, started_inside, opened, carried)
    dialogue.credit_turns(art, per, answer_confidence(carried))
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


def _reports(a: Attribution, art: ArticleMemory, caption: str) -> bool:
    """Whether a credit rests on a reporting word ("cho biết", "theo"): a photo caption says what
    the picture shows ("Nông dân Cai Lậy thu hoạch sầu riêng"), and credits no one without one; the
    photo credit after it ("Ảnh: Bảo Ngọc") holds no cue."""
    return bool(a.cue) and a.cue in drop_credit(caption) \
        and bool(art.rx["cue"].search(a.cue) or a.cue.lower() == "theo" or a.cue == a.mention)


def _context(per: list[list[Attribution]], si: int) -> dict[str, float]:
    """What the sentences before say about this one: a speaker just credited, a direct quote."""
    prev = per[si - 1] if si > 0 else []
    speaker = next((a for a in prev if a.role == "speaker"), None)
    return {"prev_attr": float(speaker is not None), "prev_direct": float(bool(speaker and speaker.quote == "direct"))}


def _unnamed_by_apposition(text: str, a: Attribution, lex) -> Attribution:
    """A speaker whose apposition says they asked not to be named ("Chủ quán, một phụ nữ ngoài 50
    tuổi xin giấu tên, nói: ...") is an anonymous source, however the mention is written."""
    if a.role != "speaker" or a.source_type != "person" or not a.mention or not a.cue:
        return a
    at = text.find(a.mention)
    cue_at = text.find(a.cue, at + len(a.mention)) if at >= 0 else -1
    between = text[at + len(a.mention):cue_at].lower() if cue_at > at >= 0 else ""
    # (asking not to be named ends the apposition: "không muốn nêu tên các doanh nghiệp" is
    # declining to name someone else)
    if any(re.search(rf"{re.escape(w)}\s*(?:,|$)", between.strip()) for w in lex.UNNAMED_BY_REQUEST):
        return replace(a, source_type="anonymous")
    return a
