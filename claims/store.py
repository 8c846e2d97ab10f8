"""What is written and read: one transaction per article (with the cross-article conflict search
of `claims.cross`), and the read side used by the CLI and the app. The engine, the schema and
`session_scope` live in `claims.db` and are re-exported here for callers.

Store functions are keyword-only and receive the session; only this module and `claims.db` open
sessions (`session_scope`)."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Callable, Iterable, Mapping, Sequence

from sqlalchemy import func, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, delete, select

from .db import _Retry, session_scope
from .db import (MIGRATIONS, current_revision, db_problem, default_url, head_revision, init_db,  # noqa: F401
                 make_engine, safe_url, upgrade_db)  # (re-exported: the CLI, the app and scripts call them as store.X)
from . import conflicts as conflicts_mod
from .analyze import ArticleReport, SentenceReport, with_conflicts
from .attribution import Attribution as AttributionDC
from .errors import StoreError
from .audit import REVIEW_STATUSES, get_reviews, set_review  # noqa: F401  (review marks live in claims.audit)
from .cross import blocking_keys, find_cross_conflicts, report_event_keys
from .cross import stored_figures as _figures
from .models import (Article, Attribution, ClaimKey, Conflict, EventKey, Sentence, Source, SourceAlias, _now,
                     search_fold)


# --------------------------------------------------------------------------- writing
def save_report(session: Session, *, report: ArticleReport, input_name: str | None = None,
                cross: bool = True) -> tuple[int, list]:
    """Store one analysed article (replacing an earlier analysis of the same text) and return
    (article id, conflicts with earlier articles). The caller's transaction makes it all-or-nothing.
    `cross=False` leaves the comparison with other articles to `cross_check_batch`, which a
    parallel batch runs once every article is stored."""
    from sources.registry import resolve_many

    # FOR UPDATE: two writers re-storing one article take turns instead of colliding on its rows
    existing = select(Article).where(Article.content_hash == report.content_hash).with_for_update()
    article = session.exec(existing).first()
    created = False
    if article is None:
        article = Article(content_hash=report.content_hash, input_name=input_name or report.input, title=report.title,
                          language=report.language, text=report.text)
        try:
            # added inside the savepoint: begin_nested() flushes what is pending *before* the
            # SAVEPOINT, and a duplicate flushed there would doom the whole transaction
            with session.begin_nested():
                session.add(article)
                session.flush()
            created = True
        except IntegrityError:  # a concurrent writer stored the same text a moment ago
            article = session.exec(existing).one()
    if not created:
        article.title, article.input_name = report.title, input_name or report.input
        article.updated_at = _now()
        _delete_children(session, article.id)
    session.add(article)
    session.flush()
    rows = [Sentence(article_id=article.id, idx=s.index, text=s.text, start=s.start, end=s.end, kind=s.kind,
                     role=s.role, is_claim=s.is_claim, flags=json.dumps(list(s.flags), ensure_ascii=False),
                     numbers=json.dumps([asdict(f) for f in s.numbers], ensure_ascii=False))
            for s in report.sentences]
    session.add_all(rows)
    session.flush()  # one multi-row INSERT for the article's sentences, not one per sentence
    ids: dict[int, int] = {s.index: row.id for s, row in zip(report.sentences, rows)}
    # Every source the article credits is looked up in one go, before any row is added: a query
    # after each added row would flush it on its own (autoflush), one round trip per attribution.
    sources = resolve_many(session, items=[(a.source, a.source_type, a.mention) for s in report.sentences
                                           for a in s.attributions],
                           article_hash=report.content_hash, lang=report.language)
    attributions = [dict(sentence_id=ids[s.index], source_id=sources[(a.source, a.source_type, a.mention)],
                         mention=a.mention, source_name=a.source, source_type=a.source_type, cue=a.cue,
                         quote=a.quote, confidence=a.confidence, role=a.role)
                    for s in report.sentences for a in s.attributions]
    claim_keys = [dict(key=key, sentence_id=ids[s.index], article_id=article.id)
                  for s in report.sentences if s.is_claim for key in blocking_keys(s.text, s.numbers, report.language)]
    event_keys = [dict(key=key, article_id=article.id) for key in sorted(report_event_keys(report))]
    # plain multi-row INSERTs: these rows are never read back in this transaction, and building
    # thousands of ORM objects an article cost more than writing them
    for table, values in ((Attribution, attributions), (ClaimKey, claim_keys), (EventKey, event_keys)):
        if values:
            session.exec(insert(table), params=values)
    for c in report.conflicts:
        if c.other_article is None and c.sentence in ids and c.other_sentence in ids:
            session.add(Conflict(sentence_id=ids[c.sentence], other_sentence_id=ids[c.other_sentence], kind=c.kind,
                                 reason=c.reason, score=c.score, figure=c.figure, other_figure=c.other_figure))
    session.flush()
    if not cross:
        return article.id, []
    found = find_cross_conflicts(session, report=report, exclude_article_id=article.id)
    kept = []
    for c in found:
        try:
            with session.begin_nested():
                session.add(Conflict(sentence_id=ids[c.sentence], other_sentence_id=c.other_ref_id, kind=c.kind,
                                     reason=c.reason, score=c.score, figure=c.figure, other_figure=c.other_figure))
                session.flush()
            kept.append(c.conflict)
        except IntegrityError:
            pass  # the other article is being rewritten right now; its own analysis will find the link
    return article.id, kept


def _delete_children(session: Session, article_id: int) -> None:
    sent_ids = select(Sentence.id).where(Sentence.article_id == article_id)
    session.exec(delete(Conflict).where(Conflict.sentence_id.in_(sent_ids) | Conflict.other_sentence_id.in_(sent_ids)))
    session.exec(delete(Attribution).where(Attribution.sentence_id.in_(sent_ids)))
    session.exec(delete(ClaimKey).where(ClaimKey.article_id == article_id))
    session.exec(delete(EventKey).where(EventKey.article_id == article_id))
    session.exec(delete(Sentence).where(Sentence.article_id == article_id))
    session.flush()


def _retrying(work: Callable[[], object], attempts: int = 6):
    """Run one transaction (`work` opens it), again from the start when it loses a race with a
    concurrent writer (deadlock, lock timeout)."""
    import random
    import time

    for attempt in range(attempts):
        try:
            return work()
        except _Retry as exc:
            if attempt == attempts - 1:
                raise StoreError(f"database busy, gave up after {attempts} tries ({exc})") from None
            time.sleep(random.uniform(0.05, 0.2) * (attempt + 1))


def store_reports(engine, reports: Sequence[ArticleReport], attempts: int = 6, *,
                  cross: bool = True) -> list[ArticleReport]:
    """Store each article in its own transaction; return the reports with cross-article conflicts
    (none when `cross=False`: the batch's `cross_check_batch` finds them afterwards)."""
    out = []
    for r in reports:
        def work(r=r):
            with session_scope(engine) as session:
                return save_report(session=session, report=r, cross=cross)[1]
        found = _retrying(work, attempts)
        out.append(with_conflicts(r, found) if found else r)
    return out


def cross_check_batch(engine, *, hashes: Sequence[str], order: Mapping[str, int]) -> dict[str, list]:
    """The pass after a parallel batch: each of `hashes` (stored articles of the batch) against
    the archive and against the batch's articles that come before it in `order` (content hash ->
    place in the batch), never against later ones: the same comparisons as storing the batch one
    article after the other in that order, whichever worker stored what first.

    One transaction per article; a conflict already stored, either way round, is not added again,
    so running the pass twice adds nothing. Returns each article's conflicts with other articles
    (hash -> `conflicts.Conflict`s, this article first), found now or stored before."""
    out: dict[str, list] = {}
    for digest in hashes:
        def work(digest=digest):
            with session_scope(engine) as session:
                return _cross_check_one(session, digest=digest, order=order)
        found = _retrying(work)
        if found is not None:
            out[digest] = found
    return out


def _cross_check_one(session: Session, *, digest: str, order: Mapping[str, int]) -> list | None:
    article_id = article_id_for(session, content_hash=digest)
    if article_id is None:
        return None  # its input failed: nothing stored to compare
    report = load_report(session, article_id=article_id, conflicts=False)
    place = order.get(digest, -1)
    ids = dict(session.exec(select(Sentence.idx, Sentence.id).where(Sentence.article_id == article_id)).all())
    found = find_cross_conflicts(session, report=report, exclude_article_id=article_id,
                                 skip=lambda other: order.get(other, -1) > place)
    mine = list(ids.values())
    stored = set(session.exec(select(Conflict.sentence_id, Conflict.other_sentence_id, Conflict.kind).where(
        Conflict.sentence_id.in_(mine) | Conflict.other_sentence_id.in_(mine))).all()) if found else set()
    now = _now()
    new = [dict(sentence_id=ids[c.sentence], other_sentence_id=c.other_ref_id, kind=c.kind, reason=c.reason,
                score=c.score, figure=c.figure, other_figure=c.other_figure, created_at=now) for c in found
           if (ids[c.sentence], c.other_ref_id, c.kind) not in stored and (c.other_ref_id, ids[c.sentence], c.kind)
           not in stored]
    if new:
        try:
            with session.begin_nested():
                session.exec(insert(Conflict), params=new)  # a plain multi-row INSERT: no ORM object each
        except IntegrityError:  # a pass over an overlapping batch stored one of them a moment ago
            raise _Retry("a conflict was stored by another writer at the same moment") from None
    return [c.conflict for c in found]


def compare_with_archive(engine, reports: Sequence[ArticleReport]) -> list[ArticleReport]:
    """Read-only: cross-article conflicts for reports that are not stored (`--no-store`)."""
    out = []
    with session_scope(engine) as session:
        for r in reports:
            cross = find_cross_conflicts(session, report=r)
            out.append(with_conflicts(r, [c.conflict for c in cross]) if cross else r)
    return out


# --------------------------------------------------------------------------- reading
def list_articles(session: Session, *, query: str | None = None, limit: int = 200) -> list[Article]:
    q = select(Article).order_by(Article.updated_at.desc()).limit(limit)
    if query and search_fold(query):
        # matched without diacritics or case ("Tho Nhi Ky" finds "Thổ Nhĩ Kỳ"); % and _ typed by an
        # editor are characters to find, not wildcards
        folded = search_fold(query)
        like = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(Article.search_key.like(like, escape="\\"))
    return list(session.exec(q).all())


def load_report(session: Session, *, article_id: int, conflicts: bool = True) -> ArticleReport:
    """Rebuild an ArticleReport from the database, without running any model (`conflicts=False`:
    without its stored conflicts, which cost a query each)."""
    art = session.get(Article, article_id)
    if art is None:
        raise StoreError(f"no stored article with id {article_id}")
    rows = session.exec(select(Sentence).where(Sentence.article_id == article_id).order_by(Sentence.idx)).all()
    by_id = {r.id: r for r in rows}
    atts: dict[int, list[Attribution]] = {}
    for a in session.exec(select(Attribution).where(Attribution.sentence_id.in_(list(by_id))).order_by(Attribution.id)).all():
        atts.setdefault(a.sentence_id, []).append(a)
    sentences = []
    for r in rows:
        dcs = tuple(AttributionDC(a.source_name, a.mention, a.source_type, a.cue, a.quote, a.confidence, a.role)
                    for a in atts.get(r.id, []))
        sentences.append(SentenceReport(r.idx, r.text, r.start, r.end, r.kind, r.is_claim, dcs, _figures(r.numbers),
                                        tuple(json.loads(r.flags or "[]")), r.role))
    from .analyze import summarize_sources

    found = []
    ids = list(by_id)
    crows = session.exec(select(Conflict).where(Conflict.sentence_id.in_(ids) | Conflict.other_sentence_id.in_(ids))).all() \
        if conflicts else []
    for c in crows:
        mine_first = c.sentence_id in by_id
        mine_id, other_id = (c.sentence_id, c.other_sentence_id) if mine_first else (c.other_sentence_id, c.sentence_id)
        other = session.get(Sentence, other_id)
        if other is None:
            continue
        other_art = None
        if other.article_id != article_id:
            oa = session.get(Article, other.article_id)
            other_art = oa.content_hash[:12] if oa else None
        # the figures are kept as the row has them: this sentence's first, unless the row is the other's
        figs = (c.figure, c.other_figure) if mine_first else (c.other_figure, c.figure)
        found.append(conflicts_mod.Conflict(by_id[mine_id].idx, other_art, other.idx, other.text, c.kind, c.reason, c.score,
                                            *figs))
    return ArticleReport(art.content_hash[:12], art.input_name, art.title, art.language, art.text, art.content_hash,
                         tuple(sentences), summarize_sources(sentences), tuple(found))


def article_id_for(session: Session, *, content_hash: str) -> int | None:
    row = session.exec(select(Article.id).where(Article.content_hash == content_hash)).first()
    return row


def article_ids_for(session: Session, *, content_hashes: Iterable[str]) -> dict[str, int]:
    """Stored article ids by content hash, for the hashes that are stored."""
    wanted = list(content_hashes)
    return dict(session.exec(select(Article.content_hash, Article.id).where(Article.content_hash.in_(wanted))).all()) \
        if wanted else {}


def last_article_id(engine) -> int:
    """The highest article id now (0 for an empty archive). Ids only grow, so a batch that notes
    it at its start can tell articles stored before it from those its own workers store."""
    with session_scope(engine) as session:
        return session.exec(select(func.max(Article.id))).one() or 0


def list_sources(session: Session, *, limit: int = 1000) -> list[dict]:
    """Every source with its aliases, number of claims and of articles (three queries in all)."""
    sources = session.exec(select(Source).order_by(Source.name).limit(limit)).all()
    ids = [s.id for s in sources]
    aliases: dict[int, set[str]] = {}
    for a in session.exec(select(SourceAlias).where(SourceAlias.source_id.in_(ids))).all():
        aliases.setdefault(a.source_id, set()).add(a.alias)
    counts = {sid: (int(n), int(m)) for sid, n, m in session.exec(
        select(Attribution.source_id, func.count(Attribution.id), func.count(func.distinct(Sentence.article_id)))
        .join(Sentence, Sentence.id == Attribution.sentence_id)
        .where(Attribution.source_id.in_(ids)).group_by(Attribution.source_id)).all()}
    return [{"id": s.id, "name": s.name, "type": s.type, "aliases": sorted(aliases.get(s.id, ())),
             "claims": counts.get(s.id, (0, 0))[0], "articles": counts.get(s.id, (0, 0))[1]} for s in sources]


def list_conflicts(session: Session, *, limit: int = 1000) -> list[dict]:
    out = []
    for c in session.exec(select(Conflict).order_by(Conflict.id.desc()).limit(limit)).all():
        a, b = session.get(Sentence, c.sentence_id), session.get(Sentence, c.other_sentence_id)
        if a is None or b is None:
            continue
        aa, ab = session.get(Article, a.article_id), session.get(Article, b.article_id)
        out.append({"id": c.id, "kind": c.kind, "score": c.score, "reason": c.reason, "figure": c.figure,
                    "other_figure": c.other_figure,
                    "article": aa.title or aa.input_name, "sentence": a.idx, "text": a.text,
                    "other_article": ab.title or ab.input_name, "other_sentence": b.idx, "other_text": b.text})
    return out


def source_totals(session: Session, *, names: Sequence[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """Claims and articles across the archive for sources named in one report."""
    from sources.registry import canonical_key

    out = {}
    for name, stype in names:
        alias = session.exec(select(SourceAlias).where(SourceAlias.alias_key == canonical_key(name, stype),
                                                       SourceAlias.type == stype)).first()
        if alias is None:
            continue
        claims = session.exec(select(func.count(Attribution.id)).where(Attribution.source_id == alias.source_id)).one()
        arts = session.exec(select(func.count(func.distinct(Sentence.article_id))).join(
            Attribution, Attribution.sentence_id == Sentence.id).where(Attribution.source_id == alias.source_id)).one()
        out[(name, stype)] = {"claims": int(claims), "articles": int(arts)}
    return out
