"""What the editor's desk (app.py) does, as plain functions over the engine: analyse an upload
or a paste and store it, reopen a stored article with its reviews and archive totals, build
and filter the claims table, and export. The Streamlit file only renders."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from . import report as report_mod
from . import store
from .analyze import ArticleReport, analyze_document
from .ingest import read_bytes

STATUS_ORDER = ("conflict", "unattributed", "anonymous_source", "hedged", "attributed", "not_claim")


@dataclass(frozen=True)
class Opened:
    article_id: int
    report: ArticleReport
    reviews: dict  # sentence index -> {"status", "note"}
    totals: dict  # (source name, type) -> {"claims", "articles"} across the archive


def analyze_input(engine, data: bytes, name: str, *, use_nlp: bool = True) -> list[int]:
    """Analyse one upload or paste (bytes) and store each article; return the stored ids."""
    suffix = None if "." in name else ".txt"
    reports = analyze_document(read_bytes(data, name, suffix=suffix), use_nlp=use_nlp)
    stored = store.store_reports(engine, reports)
    ids = []
    with store.session_scope(engine) as session:
        for r in stored:
            ids.append(store.article_id_for(session, content_hash=r.content_hash))
    return ids


def open_article(engine, article_id: int) -> Opened:
    """A stored article as the desk shows it; no model runs."""
    with store.session_scope(engine) as session:
        rep = store.load_report(session, article_id=article_id)
        reviews = store.get_reviews(session, article_id=article_id)
        totals = store.source_totals(session, names=[(s.name, s.type) for s in rep.sources])
    return Opened(article_id, rep, reviews, totals)


def history(engine, query: str | None = None) -> list[dict]:
    with store.session_scope(engine) as session:
        return [{"id": a.id, "title": a.title or a.input_name, "input": a.input_name,
                 "updated": a.updated_at.strftime("%Y-%m-%d %H:%M") if a.updated_at else ""}
                for a in store.list_articles(session, query=query or None)]


def article_id_for_report_id(engine, report_id: str) -> int | None:
    """The stored article whose report id (the first 12 hex digits of its hash) is given."""
    from sqlmodel import select

    from .models import Article

    with store.session_scope(engine) as session:
        return session.exec(select(Article.id).where(Article.content_hash.startswith(report_id))).first()


def merge_sources(engine, keep_name: str, keep_type: str, other_names: Sequence[str]) -> None:
    """Merge sources by the names shown in an article's sources panel."""
    from sources.registry import canonical_key, merge
    from sqlmodel import select

    from .errors import ClaimsError
    from .models import SourceAlias

    with store.session_scope(engine) as session:
        def find(name: str) -> int:
            row = session.exec(select(SourceAlias).where(SourceAlias.alias_key == canonical_key(name, keep_type),
                                                         SourceAlias.type == keep_type)).first()
            if row is None:
                raise ClaimsError(f"no stored source named '{name}' of type {keep_type}")
            return row.source_id

        keep_id = find(keep_name)
        merge(session, keep_id=keep_id, merge_ids=[find(n) for n in other_names if n != keep_name])


def save_review(engine, article_id: int, sentence_idx: int, status: str, note: str = "", reviewer: str = "") -> None:
    with store.session_scope(engine) as session:
        store.set_review(session, article_id=article_id, sentence_idx=sentence_idx, status=status, note=note,
                         reviewer=reviewer)


def claim_rows(opened: Opened) -> list[dict]:
    """One row per sentence for the claims table."""
    rows = []
    for s in opened.report.sentences:
        p = s.primary
        rv = opened.reviews.get(s.index, {})
        rows.append({
            "#": s.index, "câu": s.text, "trạng thái": report_mod.STATUS_LABELS[report_mod.sentence_status(s)],
            "status": report_mod.sentence_status(s), "nguồn": p.source if p else "", "loại nguồn": p.source_type if p else "",
            "từ dẫn": p.cue or "" if p else "", "trích dẫn": p.quote or "" if p else "",
            "độ tin cậy": round(p.confidence, 2) if p else None, "số liệu": ", ".join(f.text for f in s.numbers),
            "biên tập": report_mod.REVIEW_LABELS.get(rv.get("status", ""), ""), "ghi chú": rv.get("note", ""),
        })
    return rows


def filter_rows(rows: Sequence[dict], statuses: Sequence[str] = (), sources: Sequence[str] = (),
                types: Sequence[str] = ()) -> list[dict]:
    return [r for r in rows if (not statuses or r["status"] in statuses) and (not sources or r["nguồn"] in sources)
            and (not types or r["loại nguồn"] in types)]


def source_rows(opened: Opened) -> list[dict]:
    out = []
    for s in opened.report.sources:
        t = opened.totals.get((s.name, s.type), {})
        out.append({"nguồn": s.name, "loại": s.type, "cách viết": "; ".join(s.aliases), "số câu (bài này)": len(s.sentences),
                    "số nhận định (kho)": t.get("claims", 0), "số bài (kho)": t.get("articles", 0)})
    return out


def export(opened: Opened, fmt: str) -> str:
    return report_mod.render([opened.report], fmt, {opened.report.id: opened.reviews})


def summary(opened: Opened) -> dict:
    return report_mod.summary(opened.report)
