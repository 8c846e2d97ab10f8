"""Review marks and the audit trail: every change an editor makes is appended as an AuditEvent
(who, when, old and new status, note) and never rewritten; the Review row only holds the
current mark. Deleting an article is recorded here before the rows go.

Functions are keyword-only and receive the session (claims.store opens it)."""
from __future__ import annotations

from datetime import timezone

from sqlmodel import Session, delete, select

from .errors import StoreError
from .models import Article, AuditEvent, Review, Sentence, _now

REVIEW_STATUSES = ("ok", "needs_source", "disputed", "wrong")
UNREVIEWED = ""  # the status of a sentence nobody has marked, or whose mark was withdrawn


def record(session: Session, *, action: str, actor: str = "", article: Article | None = None,
           sentence_idx: int | None = None, old_status: str = "", new_status: str = "", note: str = "",
           detail: str = "") -> AuditEvent:
    event = AuditEvent(action=action, actor=actor or "", article_hash=article.content_hash if article else None,
                       article_title=(article.title or article.input_name or "") if article else "",
                       sentence_idx=sentence_idx, old_status=old_status, new_status=new_status, note=note or "",
                       detail=detail)
    session.add(event)
    session.flush()
    return event


def _article(session: Session, article_id: int) -> Article:
    art = session.get(Article, article_id)
    if art is None:
        raise StoreError(f"no stored article with id {article_id}")
    return art


def set_review(session: Session, *, article_id: int, sentence_idx: int, status: str, note: str = "",
               reviewer: str = "") -> Review | None:
    """Mark a sentence (status "" withdraws the mark) and append the change to the trail.
    Saving the same mark again changes nothing and records nothing."""
    if status != UNREVIEWED and status not in REVIEW_STATUSES:
        raise StoreError(f"unknown review status '{status}' (use one of: {', '.join(REVIEW_STATUSES)})")
    art = _article(session, article_id)
    if session.exec(select(Sentence.id).where(Sentence.article_id == article_id, Sentence.idx == sentence_idx)).first() is None:
        raise StoreError(f"article {article_id} has no sentence {sentence_idx}")
    note = (note or "").strip()
    row = session.exec(select(Review).where(Review.article_id == article_id, Review.sentence_idx == sentence_idx)).first()
    old_status, old_note = (row.status, row.note) if row else (UNREVIEWED, "")
    if (old_status, old_note) == (status, note if status else ""):
        return row
    if status == UNREVIEWED:
        session.delete(row)
    else:
        if row is None:
            row = Review(article_id=article_id, sentence_idx=sentence_idx)
        row.status, row.note, row.reviewer, row.updated_at = status, note, reviewer or "", _now()
        session.add(row)
    record(session, action="review", actor=reviewer, article=art, sentence_idx=sentence_idx, old_status=old_status,
           new_status=status, note=note)
    return row if status else None


def iso_utc(dt) -> str:
    """A stored time as ISO 8601 in UTC ("2026-11-30T14:05:09Z"); SQLite hands times back naive."""
    if dt is None:
        return ""
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt.replace(microsecond=0).isoformat() + "Z"


def _event_dict(e: AuditEvent) -> dict:
    return {"at": iso_utc(e.at), "reviewer": e.actor,
            "old_status": e.old_status, "new_status": e.new_status, "note": e.note}


def get_reviews(session: Session, *, article_id: int) -> dict[int, dict]:
    """sentence index -> {status, note, reviewer, updated_at, history}; a sentence whose mark was
    withdrawn keeps its history with status ""."""
    art = session.get(Article, article_id)
    if art is None:
        return {}
    out: dict[int, dict] = {}
    for r in session.exec(select(Review).where(Review.article_id == article_id)).all():
        out[r.sentence_idx] = {"status": r.status, "note": r.note, "reviewer": r.reviewer,
                               "updated_at": iso_utc(r.updated_at),
                               "history": []}
    events = session.exec(select(AuditEvent).where(AuditEvent.article_hash == art.content_hash,
                                                   AuditEvent.action == "review").order_by(AuditEvent.id)).all()
    for e in events:
        mark = out.setdefault(e.sentence_idx, {"status": UNREVIEWED, "note": "", "reviewer": e.actor,
                                               "updated_at": "", "history": []})
        mark["history"].append(_event_dict(e))
    for mark in out.values():
        if mark["status"] == UNREVIEWED and mark["history"]:
            mark["updated_at"] = mark["history"][-1]["at"]
    return out


def delete_article(session: Session, *, article_id: int, actor: str = "") -> str:
    """Delete an article and everything that hangs from it (its sentences, attributions,
    conflicts on either side, reviews); the deletion itself stays in the trail. Returns its title."""
    art = _article(session, article_id)
    title = art.title or art.input_name or ""
    record(session, action="delete_article", actor=actor, article=art,
           detail=f"{len(session.exec(select(Sentence.id).where(Sentence.article_id == article_id)).all())} câu")
    session.exec(delete(Article).where(Article.id == article_id))
    session.flush()
    return title


def audit_log(session: Session, *, article_hash: str | None = None, limit: int = 500) -> list[dict]:
    """The newest events first, each as plain data."""
    q = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if article_hash:
        q = q.where(AuditEvent.article_hash == article_hash)
    return [{"id": e.id, "action": e.action, "article": e.article_title, "article_id": (e.article_hash or "")[:12],
             "sentence": e.sentence_idx, **_event_dict(e), "detail": e.detail} for e in session.exec(q).all()]
