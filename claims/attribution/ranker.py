"""Decide among the proposed pairs: a logistic model scores each (cue, mention) pair from what the
cue is (the word, its distributional cluster, what follows it: a colon, a quote, "rằng"; its place
in the tree), what the mention is (its first and last words' shapes and tags, whether it starts
with a title, a body's or an outlet's name, a pronoun, an unnamed group), how they sit
(distance, which proposers found the pair, whether the rules did) and the sentence around them.
The weights are learnt (`scripts/train_attribution.py`) and kept as a small JSON table, so
scoring needs nothing but this module.
"""
from __future__ import annotations

import math
from typing import Sequence

from .. import lexicon
from .candidates import Pair
from .features import Token
from .patterns import starts_with_any

# What follows a cue says much of whether it reports: a colon, a quote, "rằng" (that) open what
# was said; "về" (about), "với" (to), "cho" (for) a topic or a listener.
_NEXT_WORDS = (":", '"', "“", "rằng", "là", ",", ".", "-", "–", "về", "với", "cho", "được", "nhỏ", "thêm")
_MENTION_FLAGS = ("head_title", "head_org", "head_anon", "head_media", "head_doc", "head_outlet", "head_spk",
                  "head_quant", "pron", "surname", "stop", "rule_src")


def pair_features(tokens: Sequence[Token], feats: Sequence[dict], pair: Pair, hows: frozenset[str],
                  lang: str = "vi") -> dict[str, float]:
    """Features of one proposed pair; `hows`: every proposer that found the same pair."""
    lex = lexicon.get(lang)
    (ci, cj), (a, b) = pair.cue, pair.src
    n = len(tokens)
    cue, fc = tokens[ci], feats[ci]
    low = " ".join(t.text.lower() for t in tokens[ci:cj])
    x: dict[str, float] = {"bias": 1.0}
    for how in hows:
        x["how=" + how] = 1.0
    x["n_hows"] = float(len(hows))
    x["cue=" + low] = 1.0
    x["cue_cl=" + str(fc.get("cl", "-"))] = 1.0
    x["cue_upos=" + cue.upos] = 1.0
    x["cue_dep=" + str(fc.get("dep", "-"))] = 1.0
    for k in ("lexcue", "tagcue", "rule_cue", "before_colon", "is_root", "mental", "neg", "passive", "in_quote"):
        if fc.get(k):
            x["cue_" + k] = 1.0
    for k in fc:
        if k.startswith("child_"):
            x["cue_" + k] = 1.0
    nxt = tokens[cj].text.lower() if cj < n else "<end>"
    x["cue_next=" + (nxt if nxt in _NEXT_WORDS else tokens[cj].upos if cj < n else "END")] = 1.0
    prev = tokens[ci - 1].text.lower() if ci > 0 else "<start>"
    x["cue_prev_neg"] = float(prev in ("không", "chưa", "chẳng"))
    x["cue_prev=" + (prev if prev in ("được", "bị", "sẽ", "đã", "cũng", "thì", "lại") else "-")] = 1.0
    x["colon_after_cue"] = float(any(t.text == ":" for t in tokens[cj:cj + 4]))
    x["quote_after_cue"] = float(any(t.text in ('"', "“") for t in tokens[cj:cj + 4]))
    first, last, ff = tokens[a], tokens[b - 1], feats[a]
    x["m_first=" + first.text.lower()] = 1.0
    x["m_first_shape=" + ff["shape"]] = 1.0
    x["m_first_upos=" + first.upos] = 1.0
    x["m_last_upos=" + last.upos] = 1.0
    x["m_last_shape=" + feats[b - 1]["shape"]] = 1.0
    x["m_len=%d" % min(b - a, 6)] = 1.0
    for k in _MENTION_FLAGS:
        if ff.get(k):
            x["m_" + k] = 1.0
    mention_text = " ".join(t.text for t in tokens[a:b])
    x["m_theo_not_source"] = float(bool(starts_with_any(mention_text, lex.THEO_NOT_SOURCE)))
    x["m_non_human"] = float(bool(starts_with_any(mention_text, lex.NON_HUMAN_HEADS)))
    x["m_first_person"] = float(first.text.lower() in ("tôi", "chúng tôi", "mình", "ta", "chúng ta"))
    x["m_any_rule"] = float(any(feats[k].get("rule_src") for k in range(a, b)))
    x["m_propn"] = float(any(tokens[k].upos == "PROPN" for k in range(a, b)))
    x["m_cap"] = float(any(tokens[k].text[:1].isupper() for k in range(a, b)))
    x["m_verb_inside"] = float(any(tokens[k].upos == "VERB" and tokens[k].text[:1].islower() for k in range(a, b)))
    x["m_in_quote"] = float(any(feats[k].get("in_quote") for k in range(a, b)))
    x["m_first_cl=" + str(ff.get("cl", "-"))] = 1.0
    # the object of a request or a wish is not its speaker ("đề nghị Bộ trưởng X nêu rõ ...")
    x["m_prev_mental"] = float(a > 0 and bool(feats[a - 1].get("mental")))
    head = cue.head - 1 if cue.head else -1
    x["cue_head_mental"] = float(0 <= head < n and bool(feats[head].get("mental")))
    if a > 0:
        pt = tokens[a - 1]
        x["m_prev=" + (pt.text.lower() if pt.upos == "PUNCT" or pt.text.lower() in ("theo", "của", "với", "do", "từ") else pt.upos)] = 1.0
    else:
        x["m_at_start"] = 1.0
    gap = ci - b
    x["gap=" + (str(min(gap, 5)) if gap >= 0 else "after")] = 1.0
    x["cue_first_token"] = float(ci == 0)
    x["cue_near_end"] = float(ci >= n - 3)
    x["open_quote"] = float(bool(feats[0].get("open_quote")))
    x["prev_attr"] = float(bool(feats[0].get("ctx_prev_attr")))
    x["sent_quote"] = float(any(t.text in ('"', "“", "”") for t in tokens))
    # conjunctions a linear model cannot form alone
    mtype = "pron" if ff.get("pron") else "title" if ff.get("head_title") else ff["shape"]
    x[f"cue*mtype={low}|{mtype}"] = 1.0
    x[f"cuecl*next={fc.get('cl', '-')}|{nxt if nxt in _NEXT_WORDS else '-'}"] = 1.0
    x[f"how*mtype={'+'.join(sorted(hows))}|{mtype}"] = 1.0
    return x


class Ranker:
    """A logistic model over sparse named features: p = sigmoid(sum of weights of present features)."""

    def __init__(self, weights: dict[str, float]):
        self.weights = weights

    def score(self, x: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in x.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def scored_pairs(ranker: Ranker, tokens: Sequence[Token], feats: Sequence[dict],
                 pairs: Sequence[Pair]) -> list[tuple[Pair, float, frozenset[str]]]:
    """Every distinct (cue, mention) pair with its probability and the proposers that found it
    (pairs found by several proposers pooled), in proposal order."""
    hows: dict[tuple, set[str]] = {}
    first: dict[tuple, Pair] = {}
    for p in pairs:
        key = (p.cue, p.src)
        hows.setdefault(key, set()).add(p.how)
        first.setdefault(key, p)
    return [(p, ranker.score(pair_features(tokens, feats, p, frozenset(hows[key]))), frozenset(hows[key]))
            for key, p in first.items()]


def best_pair(ranker: Ranker, tokens: Sequence[Token], feats: Sequence[dict], pairs: Sequence[Pair]) -> tuple[Pair, float] | None:
    """The highest-scoring pair and its probability."""
    best = None
    for p, s, _ in scored_pairs(ranker, tokens, feats, pairs):
        if best is None or s > best[1]:
            best = (p, s)
    return best
