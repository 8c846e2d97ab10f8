"""The model decides: of the proposed (cue, mention) pairs, the ranker's best, if its score
reaches the model's threshold; its mention becomes a source and its score a calibrated confidence.

- When the model has a rules floor, the rules' own pair is kept whenever the ranker gives it at
  least that score: the ranker then adds recall where the rules found nothing and vetoes only
  the rules' pairs it finds very unlikely.

- A pair the rules proposed keeps the rules' attribution (their resolution of fullest names,
  relays, quote kind), with the model's confidence.
- Another pair's mention becomes a source through the same phrase classifier and article memory
  the rules use; what they cannot place is kept as written.
- No pair above the threshold: the sentence is unattributed, whatever the rules said.

Why a pair speaks for no one (asked to say, a paper or a passive, a cue inside another word) is
read by `pair_vetoes`.
"""
from __future__ import annotations

from functools import lru_cache
from dataclasses import replace
from typing import Sequence

from . import noun_phrases, pair_vetoes, subjects
from .candidates import Pair
from .features import Token
from .mention_span import credit_set_off, described_by_a_clause, name_end, tidy_span, unnamed_then_clause
from .model import Model
from .name_shapes import looks_foreign
from .patterns import starts_with_any
from .phrases import classify
from .quotes import quote_spans, quoted_words
from .ranker import scored_pairs
from .types import Attribution, Candidate


def decide(art, si: int, proposal: list[Attribution], tokens: Sequence[Token], feats: Sequence[dict],
           pairs: Sequence[Pair], model: Model, open_quote: bool) -> tuple[list[Attribution], float | None]:
    """The sentence's attributions and the winning pair's raw score (None: no pair)."""
    text = art.s[si].text
    # (the rules read their own cues' surroundings; a proposer's cue word may be part of another word)
    scored = [x for x in scored_pairs(model.ranker, tokens, feats, pairs)
              if ("rule" in x[2] or not pair_vetoes.part_of_another_word(art, text, tokens[x[0].cue[0]].start, tokens[x[0].cue[1] - 1].end))
              and not pair_vetoes.asked_to_say(art, text, tokens, x[0]) and not pair_vetoes.paper_or_passive(art, text, tokens, x[0])
              and not pair_vetoes.paper_cue_of_another(art, text, tokens, x[0]) and not pair_vetoes.tells_to_do(art, tokens, x[0])
              and not pair_vetoes.asked_before(art, text, tokens, x[0]) and not pair_vetoes.place_goes_on(art, text, tokens, x[0])
              and not pair_vetoes.where_someone_is(art, text, tokens, x[0]) and not pair_vetoes.says_nothing_here(art, text, tokens, x[0])]
    primary = next((x for x in proposal if x.role == "speaker"), None)
    lead = art.rx["rumour_lead"].match(text) if primary is not None and primary.source_type == "anonymous" else None
    if lead is not None and primary.cue == lead.group("what"):
        # "Trên một số diễn đàn xuất hiện tin đồn ...": a lead the treebank the ranker learnt from
        # never has; it credits what spreads online whatever the ranker scores, trusted as a bare pass
        return _keep_rules(art, proposal, model, model.threshold), model.threshold
    if not scored:
        return [], None
    rule = next(((p, s) for p, s, hows in scored if "rule" in hows), None)
    if rule is not None and name_end(tokens, *rule[0].src, art.lex) < rule[0].src[1] \
            and not subjects.a_listed_body_name(art.lang, text[tokens[rule[0].src[0]].start:tokens[rule[0].src[1] - 1].end]) \
            and not pair_vetoes.relayed(art, tokens, rule[0].src) and not described_by_a_clause(tokens, rule[0], art.lex) \
            and not noun_phrases.described_by_looks(art, primary.mention) \
            and not credit_set_off(art, tokens, rule[0]) and not pair_vetoes.a_bodys_head(art, text, tokens, rule[0]):
        # the rules' subject ran on past a name into the verb phrase: not kept as is (but see below)
        kept_unnamed_rule = primary if unnamed_then_clause(tokens, rule[0].src, art.lex) else None
        primary = None
    else:
        kept_unnamed_rule = None
    if primary is not None and rule is not None and model.rules_floor is not None:
        # the ranker's word on the rules' mention, whichever cue it pairs it with ("Số liệu do các
        # sở Y tế công bố cho thấy": the rules' cue "cho thấy", the ranker's "công bố")
        backed = max(s for p, s, _ in scored if p.src == rule[0].src)
        if backed >= model.rules_floor:
            cut = _cut_inside_a_word(text, tokens, primary.mention)
            if cut is not None:
                # "Bà tươi [cười]", "Lê Văn Hậu cung [khai]": the rules' mention ends inside a word
                # of the parse ("tươi cười", "cung khai"); the mention is what comes before that word
                return _recut(art, si, proposal, cut, text, model, backed), backed
            return _keep_rules(art, proposal, model, backed), backed
    pair, score, _ = max(scored, key=lambda x: x[1])
    if score < model.threshold and kept_unnamed_rule is not None and model.rules_floor is not None:
        # "một cán bộ Hạt Kiểm lâm huyện X có mặt tại hiện trường ước tính": no tidier mention
        # the ranker trusts; the rules' unnamed person with the clause that says which one
        backed = max(s for p, s, _ in scored if p.src == rule[0].src)
        if backed >= model.rules_floor:
            return _keep_rules(art, proposal, model, backed), backed
    if score < model.threshold:
        return [], score
    lo, hi = tidy_span(tokens, pair.src, art.lex)
    a, b = tokens[lo].start, tokens[hi - 1].end
    mention = text[a:b].strip(" ,:-–")
    cue = text[tokens[pair.cue[0]].start:tokens[pair.cue[1] - 1].end]
    if cue.strip() == ":":
        cue = mention  # a speaker set before a colon: the name is the cue (the guideline's convention)
    if primary is not None and rule is not None and rule[0].cue == pair.cue and rule[0].src == pair.src:
        return _keep_rules(art, proposal, model, score), score
    if pair_vetoes.nobody_says(art, text, tokens, pair, mention, cue):
        return [], score
    confidence = _confidence(model, score, _is_pronoun(art, mention))
    resolved = _resolve(art, si, mention)
    if resolved is None:
        return [], score
    name, stype = resolved
    if cue.lower() in art.lex.PAPER_ONLY_CUES and stype in ("person", "anonymous") and name == pair_vetoes.trimmed_mention(art, mention) \
            and classify(name, art.lex) is None and pair_vetoes.unplaced_thing(art, name):
        stype = "document"  # what only a paper does ("ghi rõ") makes the thing no table places one
    if stype == "person" and name not in art.people and not _is_pronoun(art, name):
        art.add_person(name, None, None, si, a)  # a pronoun left as written is nobody a later one can mean
    spans_q, _ = quote_spans(text, open_quote)
    quote = "direct" if quoted_words(text, spans_q) >= 3 else "indirect"
    return [Attribution(name, mention, stype, cue, quote, confidence)], score


def _cut_inside_a_word(text: str, tokens: Sequence[Token], mention: str) -> tuple[str, str] | None:
    """(the mention up to the word, the whole word) when a mention, where the text first holds it,
    ends inside one of the parse's words with a lower-case syllable of it ("Bà tươi" of "tươi
    cười"; a name the tagger glued to its verb, "Sáu cười", is still a name)."""
    at = text.find(mention) if mention else -1
    if at < 0:
        return None
    end = at + len(mention)
    t = next((t for t in tokens if t.start < end < t.end and " " in text[t.start:t.end]
              and text[t.start:end].strip()[:1].islower()), None)
    if t is None or t.start <= at:
        return None
    return text[at:t.start].strip(" ,"), text[t.start:t.end]


def _recut(art, si: int, proposal: list[Attribution], cut: tuple[str, str], text: str, model: Model,
           score: float) -> list[Attribution]:
    mention, word = cut
    resolved = _resolve(art, si, mention)
    if resolved is None:
        return []
    name, stype = resolved
    return [replace(x, source=name, mention=mention, source_type=stype, cue=word,
                    confidence=_confidence(model, score, _is_pronoun(art, mention))) if x.role == "speaker" else x
            for x in proposal]


def _confidence(model: Model, score: float, pronoun: bool = False) -> float:
    """The score through the calibration; a credit whose mention is a bare pronoun ("Ông nói")
    rests on which earlier person it points to, and is trusted at most as often as such credits
    were right out of fold (`Model.pronoun_confidence`)."""
    value = model.calibrate(score)
    if pronoun and model.pronoun_confidence is not None:
        value = min(value, model.pronoun_confidence)
    return round(max(0.01, min(0.99, value)), 2)


def is_bare_pronoun(mention: str, lex) -> bool:
    """A mention that is a pronoun and nothing else ("Ông", "bà ta"): who it is rests on resolution."""
    return mention.strip().lower() in lex.PRONOUN_GENDER


def _is_pronoun(art, mention: str) -> bool:
    return is_bare_pronoun(mention, art.lex)


def _keep_rules(art, proposal: list[Attribution], model: Model, score: float) -> list[Attribution]:
    """The rules' attribution (their fullest names, relays, quote kind) with the model's confidence."""
    return [replace(x, confidence=_confidence(model, score, _is_pronoun(art, x.mention))) if x.role == "speaker" else x
            for x in proposal]


def _own_newsroom(art, si: int, mention: str) -> bool:
    """The paper's own newsroom with its verb right after ("Tòa soạn xin đính chính", where the
    segmenter leaves "Tòa" a word of its own): no source, unless the article named a board before
    (then `phrases.classify` reads the bare name as pointing back to it)."""
    text = art.s[si].text
    at = text.lower().find(mention.lower())
    room = starts_with_any(text[at:], art.lex.OWN_NEWSROOM) if at >= 0 else None
    parsed = art.s[si].parsed
    if not room or parsed is None:
        return False
    after = next((t for t in parsed.tokens if t.start >= at + len(room)), None)
    if after is not None and after.upos not in ("VERB", "AUX", "ADV"):
        return False  # "Ban biên tập bộ sách X", "Tòa soạn báo Y": that board, that paper
    return not any(room.lower() in art.s[k].text.lower() for k in range(si))


def _resolve(art, si: int, mention: str) -> tuple[str, str] | None:
    """A mention as a source: the rules' phrase classifier and the article's memory; a mention
    they cannot place is kept as written (a capitalised one a person, else an unnamed one)."""
    if not mention:
        return None
    # the rules' own clean-up of a subject phrase first: times, adverbs, clause openers and
    # appositions off ("Giờ đây Vy" -> "Vy", "Trọng hoàn, quê Hải Dương" -> "Trọng hoàn")
    mention = pair_vetoes.trimmed_mention(art, mention)
    if mention.count("“") != mention.count("”"):
        return None  # a name cut inside a quoted one ("Nhóm Facebook “Hội Phụ Huynh Hà Nội")
    if _own_newsroom(art, si, mention) or mention.lower() in art.lex.MEASURE_NOUNS:
        return None  # (nor what a figure measures: "thiệt hại ước tính 1.850 tỷ đồng")
    words = mention.split()
    if words[0].lower() in art.lex.ANONYMOUS_QUANTIFIERS and not any(w[:1].isupper() for w in words[1:]):
        return mention, "anonymous"  # "các bác tài xe ôm", "một người dân": an unnamed group or person
    cand = noun_phrases.np_candidate(art, mention, is_last=True) or noun_phrases.classify_here(art, mention) \
        or classify(mention, art.lex)
    if cand is not None:
        fin = art.resolve(cand, si)
        if fin is not None:
            return fin
        if cand.stype == "pronoun" and mention.lower() in art.lex.PLURAL_PRONOUNS:
            return mention, "anonymous"  # an unresolved "họ": an unnamed group
        if cand.stype in ("pronoun", "title"):
            return mention, "person"  # an unresolved "anh", "ông giám đốc": a person, as written
        if cand.stype == "anaphor" and cand.title == "named":
            return None  # "dự án này" with no "dự án" named before: nothing that speaks
    elif starts_with_any(mention.lower(), _gendered_nouns(art.lex)):
        # "chàng sinh viên": no table places it, but it describes one person, as the memory reads
        # a description ("người đàn ông có làn da sạm")
        fin = art.resolve(Candidate(mention, mention, "epithet"), si)
        if fin is not None and fin[1] == "person":
            return fin
    words = mention.split()
    if len(words) > 1 and all(w[:1].islower() for w in words[1:]) and words[0] not in art.lex.SURNAMES \
            and not looks_foreign(words[0]) and not starts_with_any(mention.lower(), _gendered_nouns(art.lex)):
        # (one person's noun keeps its reading: "Chàng trai này kể")
        return mention, "anonymous"  # "Dân bản kể": a common noun capitalised at the sentence's start; names are title-cased
    if words[0][:1].isupper() or words[-1][:1].isupper():
        known = art.known_given_name(words[-1]) if len(words) == 1 else None
        return (known.name, "person") if known else (mention, "person")
    return mention, "anonymous"


@lru_cache(maxsize=4)
def _gendered_nouns(lex) -> tuple[str, ...]:
    return tuple(lex.GENDERED_NOUNS)

