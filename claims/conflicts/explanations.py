"""Competing explanations: two sources explaining the same thing with reasons that share no
content word ("lãi suất tăng vì lạm phát" / "tăng lãi suất nhằm hút vốn")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .base import _WORD, ClaimView, common_terms, content_syllables
from .statements import has_denial, is_rumour


@dataclass(frozen=True)
class Explanation:
    marker: str
    explained: str  # what is being explained
    reason: str


_CLAUSE_END = re.compile(r"[,;.!?”\"]")


SUBJECT_REACH = 6  # words from the start of what is explained that may name its subject ("phòng giao dịch của ngân hàng")


@lru_cache(maxsize=4)
def _org_heads(lang: str) -> frozenset[str]:
    return frozenset(h.lower() for h in lexicon.get(lang).ORG_HEADS)


@lru_cache(maxsize=4)
def _reason_nouns(lang: str) -> re.Pattern:
    return re.compile(lexicon.get(lang).REASON_NOUN_WORDS, re.I)


@lru_cache(maxsize=4096)
def _explanation_patterns(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I), side) for p, side in lexicon.get(lang).EXPLANATION_MARKERS)


@lru_cache(maxsize=4096)
def explanation(c: ClaimView, lang: str = "vi") -> Explanation | None:
    """The reason a claim gives, at its first explanation marker, with the source's own words
    (its name and cue) taken out so that they count neither as the explained thing nor the reason."""
    text = c.text
    for said in (c.mention, c.cue):
        if said and len(said) > 2:
            text = text.replace(said, ",", 1)
    hits = [(m.start(), m, side) for pat, side in _explanation_patterns(lang) for m in pat.finditer(text)]
    if not hits:
        return None
    _, m, side = min(hits, key=lambda h: h[0])
    before, after = text[:m.start()], text[m.end():]
    if side == "after":
        cut = _CLAUSE_END.search(after.lstrip(" “\"("))
        lead = len(after) - len(after.lstrip(" “\"("))
        reason = after[lead: lead + cut.start()] if cut else after[lead:]
        # ("nguyên nhân chính khiến giá giảm là": what it explains may be between the reason noun and
        # its copula; the noun and the copula themselves say nothing of what)
        explained = f"{before} {_reason_nouns(lang).sub(' ', m.group(0))}"
    else:
        start = max(before.rfind(ch) for ch in ",;:“\"") + 1
        reason, explained = before[start:], after
    reason = reason.strip()
    if any(w.lower() in lexicon.get(lang).DEMONSTRATIVES for w in _WORD.findall(reason)):
        return None
    return Explanation(m.group(0), explained.strip(" ,"), reason) if reason else None


def competing_explanations(a: ClaimView, b: ClaimView, lang: str = "vi") -> tuple[Explanation, Explanation] | None:
    """Two sources explaining the same thing (a shared term in what they explain) with
    reasons that share no content word: "lãi suất tăng vì lạm phát" / "tăng lãi suất nhằm hút vốn"."""
    lex = lexicon.get(lang)
    if any(has_denial(c.text, lex) or is_rumour(c.text, lex) for c in (a, b)):
        return None  # "... vì ma túy là tin giả", "lan truyền ... vì tai nạn": what is denied or rumoured, no one's reason
    if any(re.match(lex.CONDITION_OPENERS, c.text.lstrip(" “\"–-"), re.I) for c in (a, b)):
        return None  # "Nếu phát hiện trường điều chỉnh vì lý do khác, Bộ sẽ xử lý": a case supposed, no one's reason
    ea, eb = explanation(a, lang), explanation(b, lang)
    if not ea or not eb:
        return None
    # a shared two-word common term ("lãi suất"), not a name: "cầu Sông Mây" and "chợ Sông Mây"
    # are different matters, and in an article about one country every claim names it
    # (a body's head counts only as what both explain, near their start: in an article about one
    # firm every claim names "công ty" somewhere; "ngân hàng đóng cửa vì ..." is the bank's closing)
    heads = _org_heads(lang)
    about = {t for t in common_terms(ea.explained, lex) & common_terms(eb.explained, lex)
             if t not in heads or all(t in " ".join(_WORD.findall(e.explained.lower())[:SUBJECT_REACH]) for e in (ea, eb))}
    ra, rb = content_syllables(ea.reason, lex), content_syllables(eb.reason, lex)
    if about and ra and rb and not ra & rb:
        return ea, eb
    return None
