import pytest
from sqlmodel import func, select

from claims.analyze import analyze_text
from claims.errors import StoreError
from claims.models import Article, Attribution, Conflict, Review, Sentence, Source
from claims.store import (get_reviews, list_articles, list_conflicts, list_sources, load_report, make_engine,
                          save_report, session_scope, set_review, store_reports)

FIRST = """# Sạt lở ở xã Tà Lùng

Theo Ban Chỉ huy phòng chống thiên tai tỉnh Cao Sơn, vụ sạt lở ở xã Tà Lùng làm 9 người chết.

Ông Hà Văn Sính, chủ tịch UBND xã Tà Lùng, cho biết lực lượng cứu hộ đang tìm 4 người mất tích.
"""
LATER = """# Cập nhật sạt lở Tà Lùng

Ban Chỉ huy phòng chống thiên tai tỉnh Cao Sơn cho biết vụ sạt lở ở xã Tà Lùng làm 11 người chết.

Ông Sính nói thêm rằng đường vào xã đã thông.
"""


def count(s, model):
    return s.exec(select(func.count()).select_from(model)).one()


def test_round_trip(engine):
    rep = analyze_text(FIRST, use_nlp=False)[0]
    with session_scope(engine) as s:
        aid, cross = save_report(s, report=rep)
    assert cross == []
    with session_scope(engine) as s:
        back = load_report(s, article_id=aid)
    assert back.content_hash == rep.content_hash
    assert [x.text for x in back.sentences] == [x.text for x in rep.sentences]
    assert [x.primary.source if x.primary else None for x in back.sentences] == \
           [x.primary.source if x.primary else None for x in rep.sentences]
    assert [x.flags for x in back.sentences] == [x.flags for x in rep.sentences]
    assert [[f.text for f in x.numbers] for x in back.sentences] == [[f.text for f in x.numbers] for x in rep.sentences]


def test_reanalysis_updates_instead_of_duplicating(engine):
    rep = analyze_text(FIRST, use_nlp=False)[0]
    for _ in range(3):
        store_reports(engine, [rep])
    with session_scope(engine) as s:
        assert count(s, Article) == 1
        assert count(s, Sentence) == len(rep.sentences)
        assert count(s, Attribution) == sum(len(x.attributions) for x in rep.sentences)
        assert count(s, Source) == 2


def test_reviews_survive_reanalysis(engine):
    rep = analyze_text(FIRST, use_nlp=False)[0]
    store_reports(engine, [rep])
    with session_scope(engine) as s:
        aid = s.exec(select(Article.id)).one()
        set_review(s, article_id=aid, sentence_idx=1, status="needs_source", note="Hỏi lại ban chỉ huy")
    store_reports(engine, [rep])
    with session_scope(engine) as s:
        mark = get_reviews(s, article_id=aid)[1]
        assert (mark["status"], mark["note"]) == ("needs_source", "Hỏi lại ban chỉ huy")
        with pytest.raises(StoreError, match="unknown review status"):
            set_review(s, article_id=aid, sentence_idx=1, status="maybe")


def test_one_article_is_all_or_nothing(engine, monkeypatch):
    rep = analyze_text(FIRST, use_nlp=False)[0]
    import claims.store as store_mod

    def broken(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store_mod, "find_cross_conflicts", broken)
    with pytest.raises(RuntimeError):
        store_reports(engine, [rep])
    with session_scope(engine) as s:
        assert count(s, Article) == 0 and count(s, Sentence) == 0 and count(s, Attribution) == 0


def test_cross_article_update_is_reported_and_stored_for_both(engine):
    """The same authority's later figure for one event, in a later article: an update, linked to
    the figure it updates, kept apart from conflicts (issue 11)."""
    first = analyze_text(FIRST, use_nlp=False)[0]
    later = analyze_text(LATER, use_nlp=False)[0]
    store_reports(engine, [first])
    (stored_later,) = store_reports(engine, [later])
    cross = [c for c in stored_later.conflicts if c.other_article]
    assert len(cross) == 1
    c = cross[0]
    assert c.kind == "update" and c.other_article == first.id
    assert (c.figure, c.other_figure) == ("11 người", "9 người")
    assert "11 người" in c.reason and "9 người" in c.reason
    with session_scope(engine) as s:
        assert count(s, Conflict) == 1
        ids = {a.content_hash: a.id for a in s.exec(select(Article)).all()}
        old = load_report(s, article_id=ids[first.content_hash])
        back = [x for x in old.conflicts if x.other_article == later.id]  # the older article shows the link too
        assert [(x.kind, x.figure, x.other_figure) for x in back] == [("update", "9 người", "11 người")]
        rows = list_conflicts(s)
        assert rows[0]["kind"] == "update" and rows[0]["figure"] == "11 người"


def test_pronoun_source_resolves_across_the_archive(engine):
    store_reports(engine, [analyze_text(FIRST, use_nlp=False)[0]])
    store_reports(engine, [analyze_text(LATER, use_nlp=False)[0]])
    with session_scope(engine) as s:
        rows = {r["name"]: r for r in list_sources(s)}
    assert rows["Hà Văn Sính"]["articles"] == 1  # "Ông Sính" in the later article has no full name there
    assert rows["Ban Chỉ huy phòng chống thiên tai tỉnh Cao Sơn"]["articles"] == 2


def test_list_articles_search(engine):
    store_reports(engine, [analyze_text(FIRST, use_nlp=False)[0], analyze_text(LATER, use_nlp=False)[0]])
    with session_scope(engine) as s:
        assert len(list_articles(s)) == 2
        assert [a.title for a in list_articles(s, query="Cập nhật")] == ["Cập nhật sạt lở Tà Lùng"]
        # an editor types without diacritics, or in another case (issue 13, defect 5)
        assert [a.title for a in list_articles(s, query="cap nhat")] == ["Cập nhật sạt lở Tà Lùng"]
        assert [a.title for a in list_articles(s, query="TA LUNG")] == ["Cập nhật sạt lở Tà Lùng", "Sạt lở ở xã Tà Lùng"]
        assert len(list_articles(s, query="Ha Van Sinh")) == 1  # article text too, đ/Đ folded like the rest
        assert len(list_articles(s, query="Ban Chi huy phong chong")) == 2
