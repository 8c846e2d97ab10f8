"""Token features for the learned attribution model: what each word of a sentence is, for the
ranker that scores the proposed (cue, source mention) pairs.

Lexicon entries are features here, not gates: "is this word in the cue list" is one signal among
the word itself, its tag, its place in the dependency tree, the quotation marks and colons around
it, the word's distributional cluster, and what the rules proposed. Pure: a parsed sentence and
its context in, one feature dict per token out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .patterns import MASK, patterns, starts_with_any
from .quotes import mask, quote_spans
from .types import Attribution, SentenceIn

_QUOTE_CHARS = "“”«»„\"‘’"


@dataclass(frozen=True)
class Token:
    """A token of the sentence as the tagger sees it, with offsets into the sentence text."""

    text: str
    start: int
    end: int
    upos: str = "X"
    head: int | None = None  # 1-based index of the head token, 0 for the root
    deprel: str | None = None


def tokens_of(sent: SentenceIn) -> list[Token]:
    """The parse's tokens (with offsets), or whitespace tokens when there is no parse."""
    if sent.parsed is not None and sent.parsed.tokens and all(t.start >= 0 for t in sent.parsed.tokens):
        return [Token(t.text, t.start, t.end, t.upos, t.head, t.deprel) for t in sent.parsed.tokens]
    return [Token(m.group(), m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", sent.text)]


@lru_cache(maxsize=4)
def _tables(lang: str) -> dict:
    from .. import lexicon

    lex = lexicon.get(lang)
    low = lambda xs: frozenset(x.lower() for x in xs)  # noqa: E731
    return {
        "title": tuple(lex.PERSON_TITLES), "org": tuple(lex.ORG_HEADS), "anon": tuple(lex.ANONYMOUS_HEADS),
        "media": tuple(lex.MEDIA_HEADS), "doc": tuple(lex.DOCUMENT_HEADS), "outlet": tuple(lex.OUTLETS),
        "spk": tuple(lex.SPOKESPERSON_HEADS), "quant": tuple(lex.ANONYMOUS_QUANTIFIERS),
        "pron": low(lex.PRONOUN_GENDER) | low(lex.PLURAL_PRONOUNS), "neg": low(lex.NEGATIONS),
        "passive": low(lex.PASSIVES), "mental": low(lex.NON_CUE_MENTAL), "prep": low(lex.SOURCE_PREPOSITIONS),
        "surname": frozenset(lex.SURNAMES), "stop": frozenset(lex.STOPWORDS),
        "pre_cue_adverb": low(lex.PRE_CUE_ADVERBS),
    }


def sentence_features(sent: SentenceIn, tokens: Sequence[Token], open_quote: bool, proposal: Sequence[Attribution],
                      lang: str, clusters: dict[str, int] | None = None, use_parse: bool = True,
                      context: dict | None = None) -> list[dict[str, float | str]]:
    """One feature dict per token. `proposal`: what the rules found for this sentence;
    `context`: article-level facts (a speaker active just before, the sentence's place)."""
    text = sent.text
    tabs = _tables(lang)
    rx = patterns(lang)
    spans, _ = quote_spans(text, open_quote)
    masked = mask(text, spans)
    cue_chars = _char_marks(text, [(m.start(), m.end()) for m in rx["cue"].finditer(masked)])
    tag_chars = _char_marks(text, [(m.start(), m.end()) for m in rx["tag_cue"].finditer(masked)]
                            + [(m.start(), m.end()) for m in rx["colon_tag_cue"].finditer(masked)])
    primary = next((a for a in proposal if a.role == "speaker"), None)
    rule_src = _char_marks(text, _find_all(text, primary.mention) if primary else [])
    rule_cue = _char_marks(text, _find_all(text, primary.cue) if primary and primary.cue else [])
    colon_at = [i for i, ch in enumerate(masked) if ch == ":"]
    first_colon = colon_at[0] if colon_at else None
    n = len(tokens)
    ctx = context or {}
    children: list[list[int]] = [[] for _ in range(n)]
    if use_parse:
        for k, t in enumerate(tokens):
            if t.head and 0 < t.head <= n:
                children[t.head - 1].append(k)
    quote_after = [False] * (n + 1)  # a quotation mark or colon somewhere after the token
    for k in range(n - 1, -1, -1):
        quote_after[k] = quote_after[k + 1] or tokens[k].text in _QUOTE_CHARS or tokens[k].text == ":"
    base = []
    for i, t in enumerate(tokens):
        w = t.text
        lw = w.lower()
        after = text[t.start:]
        f: dict[str, float | str] = {
            "w": lw, "suf2": lw[-2:], "shape": _shape(w), "upos": t.upos,
            "first": float(i == 0), "last": float(i >= n - 2),
            "in_quote": float(t.start < len(masked) and masked[t.start] == MASK and w not in _QUOTE_CHARS),
            "lexcue": float(cue_chars[t.start]), "tagcue": float(tag_chars[t.start]),
            "rule_src": float(rule_src[t.start]), "rule_cue": float(rule_cue[t.start]),
            "pron": float(lw in tabs["pron"]), "neg": float(lw in tabs["neg"]), "passive": float(lw in tabs["passive"]),
            "mental": float(lw in tabs["mental"]), "prep": float(lw in tabs["prep"]),
            "surname": float(w in tabs["surname"]), "stop": float(lw in tabs["stop"]),
            "pre_cue_adverb": float(lw in tabs["pre_cue_adverb"]),
            "before_colon": float(first_colon is not None and t.end <= first_colon),
            "next_colon": float(i + 1 < n and tokens[i + 1].text == ":"),
            "quote_char": float(w in _QUOTE_CHARS), "colon": float(w == ":"), "dash": float(w in ("-", "–", "—")),
        }
        for key in ("title", "org", "anon", "media", "doc", "outlet", "spk", "quant"):
            if starts_with_any(after, tabs[key]):
                f["head_" + key] = 1.0
        if clusters is not None:
            f["cl"] = str(clusters.get(lw, -1))
        if use_parse and t.head is not None:
            head = tokens[t.head - 1] if 0 < t.head <= n else None
            f["dep"] = (t.deprel or "-").split(":")[0]
            f["head_upos"] = head.upos if head else "ROOT"
            f["head_lexcue"] = float(bool(head and cue_chars[head.start]))
            f["head_colon_next"] = float(bool(head and t.head < n and tokens[t.head].text == ":"))
            f["is_root"] = float(t.head == 0)
            f["nsubj_of_cue"] = float(bool(head and (t.deprel or "").startswith("nsubj") and cue_chars[head.start]))
            if head is not None:
                # what the token depends on, as a word and a cluster: "subject of 'bảo'" is learnt
                # from the examples, and for unseen verbs from the verb's cluster
                f["head_w"] = head.text.lower()
                if clusters is not None:
                    f["head_cl"] = str(clusters.get(head.text.lower(), -1))
                f["head_dep_w"] = f"{f['dep']}>{head.text.lower()}"
                f["head_quote_after"] = float(quote_after[t.head])
            deps = sorted({(tokens[c].deprel or "-").split(":")[0] for c in children[i]})
            for d in deps:
                f["child_" + d] = 1.0
        base.append(f)
    out = []
    for i, f in enumerate(base):
        g = dict(f)
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                o = base[j]
                g[f"{d}:w"] = o["w"]
                g[f"{d}:upos"] = o["upos"]
                for key in ("lexcue", "colon", "quote_char", "pron", "rule_src", "rule_cue", "dash"):
                    if o.get(key):
                        g[f"{d}:{key}"] = 1.0
                if "cl" in o:
                    g[f"{d}:cl"] = o["cl"]
            else:
                g[f"{d}:edge"] = 1.0
        g["open_quote"] = float(open_quote)
        for k, v in ctx.items():
            g["ctx_" + k] = v
        out.append(g)
    return out


def _char_marks(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    marks = [False] * (len(text) + 1)
    for a, b in spans:
        for k in range(max(0, a), min(len(text), b)):
            marks[k] = True
    return marks


def _find_all(text: str, needle: str | None) -> list[tuple[int, int]]:
    if not needle:
        return []
    out, at = [], text.find(needle)
    while at >= 0:
        out.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return out


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if not any(ch.isalnum() for ch in w):
        return "p"
    if w.isupper() and len(w) > 1:
        return "AA"
    if w[:1].isupper():
        return "Aa" + ("_" if " " in w else "")
    return "a" + ("_" if " " in w else "")
