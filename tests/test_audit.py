"""The audit trail (issue 13): every review change kept with who, when, old and new status and
note; nothing overwritten; deleting an article is recorded; old databases keep their data."""
import json

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlmodel import func, select

from claims import audit, db, desk, store
from claims.analyze import analyze_text
from claims.auth import Account
from claims.errors import StoreError
from claims.models import Article, AuditEvent, Conflict, Review, Sentence

QUAKE = """# Động đất mạnh ở Thổ Nhĩ Kỳ

Cơ quan Quản lý thiên tai và khẩn cấp (AFAD) cho biết trận động đất mạnh 6,2 độ xảy ra ở Istanbul.

Ông Ali Yerlikaya, Bộ trưởng Nội vụ, cho biết 151 người bị thương khi nhảy từ các tòa nhà.

Một nhân chứng giấu tên cho rằng nhiều tòa nhà cũ đã nứt.
"""
QUAKE_LATER = """# Cập nhật động đất ở Istanbul

Ông Ali Yerlikaya, Bộ trưởng Nội vụ, cho biết 236 người bị thương khi nhảy từ các tòa nhà.
"""


def who(name):
    return Account(name, name, "reviewer", True)


def stored(engine, text=QUAKE):
    (rep,) = store.store_reports(engine, analyze_text(text, use_nlp=False))
    with store.session_scope(engine) as s:
        return store.article_id_for(s, content_hash=rep.content_hash)


def events(engine):
    with store.session_scope(engine) as s:
        return [(e.action, e.actor, e.sentence_idx, e.old_status, e.new_status, e.note)
                for e in s.exec(select(AuditEvent).order_by(AuditEvent.id)).all()]


def test_every_review_change_is_kept_with_who_and_when(engine):
    aid = stored(engine)
    with store.session_scope(engine) as s:
        audit.set_review(s, article_id=aid, sentence_idx=3, status="needs_source", note="hỏi lại", reviewer="an@toasoan.vn")
    with store.session_scope(engine) as s:
        audit.set_review(s, article_id=aid, sentence_idx=3, status="needs_source", note="hỏi lại", reviewer="an@toasoan.vn")
    with store.session_scope(engine) as s:  # saving the same mark again records nothing
        audit.set_review(s, article_id=aid, sentence_idx=3, status="ok", note="đã có nguồn", reviewer="binh@toasoan.vn")
    with store.session_scope(engine) as s:
        audit.set_review(s, article_id=aid, sentence_idx=3, status="", reviewer="chi@toasoan.vn")  # withdrawn
    assert events(engine) == [
        ("review", "an@toasoan.vn", 3, "", "needs_source", "hỏi lại"),
        ("review", "binh@toasoan.vn", 3, "needs_source", "ok", "đã có nguồn"),
        ("review", "chi@toasoan.vn", 3, "ok", "", ""),
    ]
    with store.session_scope(engine) as s:
        mark = audit.get_reviews(s, article_id=aid)[3]
        assert s.exec(select(func.count()).select_from(Review)).one() == 0
    assert mark["status"] == ""
    assert [h["reviewer"] for h in mark["history"]] == ["an@toasoan.vn", "binh@toasoan.vn", "chi@toasoan.vn"]
    assert all(h["at"].endswith("Z") and h["at"][:2] == "20" for h in mark["history"])


def test_current_mark_carries_the_reviewer(engine):
    aid = stored(engine)
    desk.save_review(engine, aid, 2, "disputed", "số liệu khác AFAD", by=who("An Nguyễn <an@toasoan.vn>"))
    with store.session_scope(engine) as s:
        reviewer = s.exec(select(Review.reviewer)).one()
        mark = audit.get_reviews(s, article_id=aid)[2]
    assert reviewer == "An Nguyễn <an@toasoan.vn>"
    assert mark["reviewer"] == "An Nguyễn <an@toasoan.vn>" and mark["status"] == "disputed"
    assert mark["history"][0]["old_status"] == "" and mark["history"][0]["new_status"] == "disputed"


def test_review_of_a_missing_sentence_or_article_is_refused(engine):
    aid = stored(engine)
    with store.session_scope(engine) as s:
        with pytest.raises(StoreError, match="no sentence 99"):
            audit.set_review(s, article_id=aid, sentence_idx=99, status="ok")
        with pytest.raises(StoreError, match="no stored article"):
            audit.set_review(s, article_id=aid + 100, sentence_idx=1, status="ok")
        with pytest.raises(StoreError, match="unknown review status"):
            audit.set_review(s, article_id=aid, sentence_idx=1, status="maybe")
    assert events(engine) == []


def test_trail_survives_reanalysis_and_goes_into_every_export(engine):
    aid = stored(engine)
    desk.save_review(engine, aid, 3, "needs_source", "ai là nhân chứng?", by=who("an@toasoan.vn"))
    desk.save_review(engine, aid, 3, "ok", "đã gặp nhân chứng", by=who("binh@toasoan.vn"))
    stored(engine)  # the same text analysed again
    opened = desk.open_article(engine, aid)
    review = json.loads(desk.export(opened, "json"))["articles"][0]["sentences"][3]["review"]
    assert review["status"] == "ok" and review["reviewer"] == "binh@toasoan.vn"
    assert [(h["old_status"], h["new_status"], h["reviewer"]) for h in review["history"]] == [
        ("", "needs_source", "an@toasoan.vn"), ("needs_source", "ok", "binh@toasoan.vn")]
    for fmt in ("csv", "md", "html"):
        out = desk.export(opened, fmt)
        assert "an@toasoan.vn" in out and "binh@toasoan.vn" in out and "ai là nhân chứng?" in out, fmt


def test_deleting_an_article_is_recorded_and_takes_its_rows(engine):
    first = stored(engine)
    later = stored(engine, QUAKE_LATER)
    desk.save_review(engine, first, 2, "ok", by=who("an@toasoan.vn"))
    with store.session_scope(engine) as s:
        assert s.exec(select(func.count()).select_from(Conflict)).one() >= 1  # 151 vs 236 injured
        title = audit.delete_article(s, article_id=first, actor="tbt@toasoan.vn")
    assert title == "Động đất mạnh ở Thổ Nhĩ Kỳ"
    with store.session_scope(engine) as s:
        assert s.get(Article, first) is None
        assert s.exec(select(func.count()).select_from(Sentence).where(Sentence.article_id == first)).one() == 0
        assert s.exec(select(func.count()).select_from(Review)).one() == 0
        assert s.exec(select(func.count()).select_from(Conflict)).one() == 0
        log = audit.audit_log(s)
        assert store.load_report(s, article_id=later).conflicts == ()
    assert [(e["action"], e["reviewer"], e["article"]) for e in log] == [
        ("delete_article", "tbt@toasoan.vn", "Động đất mạnh ở Thổ Nhĩ Kỳ"), ("review", "an@toasoan.vn", "Động đất mạnh ở Thổ Nhĩ Kỳ")]


def test_upgrade_keeps_reviews_as_the_first_events_and_fills_the_search_key(db_url):
    url = db_url
    eng = create_engine(url)
    with eng.begin() as conn:
        command.upgrade(db._alembic_config(conn), "0002")
        conn.execute(text("INSERT INTO article (id, content_hash, input_name, title, language, text, created_at, updated_at)"
                          " VALUES (1, 'abc123', 'dong-dat.txt', 'Động đất ở Thổ Nhĩ Kỳ', 'vi', 'Thân bài.',"
                          " '2026-11-01 08:00:00', '2026-11-01 08:00:00')"))
        conn.execute(text('INSERT INTO sentence (id, article_id, idx, text, start, "end", kind, is_claim, flags, numbers)'
                          " VALUES (1, 1, 0, 'Thân bài.', 0, 9, 'body', TRUE, '[]', '[]')"))
        conn.execute(text("INSERT INTO review (article_id, sentence_idx, status, note, reviewer, updated_at)"
                          " VALUES (1, 0, 'wrong', 'sai tên', 'an', '2026-11-02 09:30:00')"))
    eng.dispose()
    store.upgrade_db(url)
    eng = store.make_engine(url)
    assert "search_key" in {c["name"] for c in inspect(eng).get_columns("article")}
    with store.session_scope(eng) as s:
        assert [a.id for a in store.list_articles(s, query="tho nhi ky")] == [1]
        mark = audit.get_reviews(s, article_id=1)[0]
    assert (mark["status"], mark["note"], mark["reviewer"]) == ("wrong", "sai tên", "an")
    assert [(h["old_status"], h["new_status"], h["reviewer"], h["at"]) for h in mark["history"]] == [
        ("", "wrong", "an", "2026-11-02T09:30:00Z")]
