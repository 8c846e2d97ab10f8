"""The checker end to end for one input: ingest -> clean -> parse -> attribute -> numbers ->
conflicts inside the article. Storage and cross-article conflicts are the store's job."""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable, Sequence

from . import clean, conflicts, nlp, numbers
from .attribution import Attribution, SentenceIn, attribute
from .errors import InputError
from .ingest import RawDocument, read_bytes, read_input

SCHEMA = "claims-report/1"


@dataclass(frozen=True)
class SentenceReport:
    index: int
    text: str
    start: int
    end: int
    kind: str
    is_claim: bool
    attributions: tuple[Attribution, ...]
    numbers: tuple[numbers.Figure, ...]
    flags: tuple[str, ...]
    role: str | None = None

    @property
    def primary(self) -> Attribution | None:
        return next((a for a in self.attributions if a.role == "speaker"), None)


@dataclass(frozen=True)
class SourceSummary:
    name: str
    type: str
    aliases: tuple[str, ...]
    sentences: tuple[int, ...]


@dataclass(frozen=True)
class ArticleReport:
    id: str
    input: str
    title: str | None
    language: str
    text: str
    content_hash: str
    sentences: tuple[SentenceReport, ...]
    sources: tuple[SourceSummary, ...]
    conflicts: tuple[conflicts.Conflict, ...] = field(default=())

    def claim_views(self) -> list[conflicts.ClaimView]:
        out = []
        for s in self.sentences:
            if not s.is_claim:
                continue
            p = s.primary
            out.append(conflicts.ClaimView(s.index, s.text, p.source if p else None, p.source_type if p else None,
                                           s.numbers, None, p.mention if p else None, p.cue if p else None,
                                           s.kind == "headline"))
        return out


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def analyze_document(doc: RawDocument, lang: str = "vi", use_nlp: bool = True,
                     progress: Callable[[int, int], None] | None = None) -> list[ArticleReport]:
    """Every article of one input. `progress(i, n)` is called before the i-th of the page's n
    articles (the desk's bar); without it, all their sentences go through the parser at once."""
    articles = articles_of(doc, lang)
    if progress is None:
        parsed = parse_articles(articles, lang) if use_nlp else [None] * len(articles)
        return [analyze_article(a, doc.name, lang, use_nlp, p) for a, p in zip(articles, parsed)]
    out = []
    for i, a in enumerate(articles):
        progress(i, len(articles))
        out.append(analyze_article(a, doc.name, lang, use_nlp))
    return out


def articles_of(doc: RawDocument, lang: str = "vi") -> list[clean.CleanArticle]:
    """The articles in one input, cleaned; an input with none left is bad input."""
    articles = clean.clean_text(doc.text, lang)
    if not articles:
        raise InputError(doc.name, "no article text was left after removing site boilerplate")
    return articles


def parse_articles(articles: Sequence[clean.CleanArticle], lang: str = "vi") -> list[list[nlp.ParsedSentence]]:
    """The sentences of many articles through the parser in one call (Stanza batches a long list
    better than many short ones), handed back article by article."""
    flat = nlp.parse([u.text for a in articles for u in a.units], lang)
    out, at = [], 0
    for a in articles:
        out.append(flat[at:at + len(a.units)])
        at += len(a.units)
    return out


def analyze_text(text: str, name: str = "-", lang: str = "vi", use_nlp: bool = True) -> list[ArticleReport]:
    """Analyse pasted text (Markdown markers allowed)."""
    return analyze_document(read_bytes(text.encode("utf-8"), name, suffix=".txt"), lang, use_nlp)


def analyze_path(path: str, lang: str = "vi", use_nlp: bool = True) -> list[ArticleReport]:
    return analyze_document(read_input(path), lang, use_nlp)


def analyze_article(article: clean.CleanArticle, name: str, lang: str = "vi", use_nlp: bool = True,
                    parsed: Sequence[nlp.ParsedSentence] | None = None) -> ArticleReport:
    """One article; `parsed` (its sentences, parsed by `parse_articles`) saves the parse here."""
    units = article.units
    if not use_nlp:
        parsed = [None] * len(units)
    elif parsed is None:
        parsed = nlp.parse([u.text for u in units], lang)
    ins = [SentenceIn(u.text, u.kind, u.role, p, u.paragraph) for u, p in zip(units, parsed)]
    attributed = attribute(ins, lang)
    reports = []
    for i, (u, a) in enumerate(zip(units, attributed)):
        words = [(t.start, t.end) for t in parsed[i].tokens if t.start >= 0] if parsed[i] else None
        figs = tuple(numbers.extract(u.text, lang, words))
        reports.append(SentenceReport(i, u.text, u.start, u.end, u.kind, a.is_claim, a.attributions, figs, a.flags, u.role))
    digest = content_hash(article.text)
    report = ArticleReport(digest[:12], name, article.title, lang, article.text, digest, tuple(reports),
                           summarize_sources(reports))
    found = conflicts.within(report.claim_views(), lang)
    return with_conflicts(report, found)


def with_conflicts(report: ArticleReport, found: Sequence[conflicts.Conflict]) -> ArticleReport:
    """Attach conflicts and flag both sides that are in this article: `conflict` for the kinds an
    editor must settle, `update` / `correction` for a running story's later figure and a figure
    put right (their own flags: they are not conflicts)."""
    flags: dict[int, list[str]] = {}
    for c in found:
        flag = "conflict" if conflicts.is_conflict(c.kind) else c.kind
        for i in (c.sentence, c.other_sentence) if c.other_article is None else (c.sentence,):
            if flag not in flags.setdefault(i, []):
                flags[i].append(flag)
    sentences = tuple(
        s if not set(flags.get(s.index, ())) - set(s.flags) else
        SentenceReport(s.index, s.text, s.start, s.end, s.kind, s.is_claim, s.attributions, s.numbers,
                       s.flags + tuple(f for f in flags[s.index] if f not in s.flags), s.role)
        for s in report.sentences)
    return ArticleReport(report.id, report.input, report.title, report.language, report.text, report.content_hash,
                         sentences, report.sources, tuple(report.conflicts) + tuple(found))


def summarize_sources(sentences: Sequence[SentenceReport]) -> tuple[SourceSummary, ...]:
    groups: OrderedDict[tuple[str, str], tuple[list[str], list[int]]] = OrderedDict()
    for s in sentences:
        for a in s.attributions:
            aliases, idx = groups.setdefault((a.source, a.source_type), ([], []))
            if a.mention not in aliases:
                aliases.append(a.mention)
            if s.index not in idx:
                idx.append(s.index)
    return tuple(SourceSummary(n, t, tuple(al), tuple(ix)) for (n, t), (al, ix) in groups.items())
