"""The pass after a parallel batch: conflicts between articles do not depend on which worker
stored what first, and running the pass again adds nothing."""
from sqlmodel import func, select

from claims.analyze import analyze_text
from claims.models import Article, Conflict, Sentence
from claims.store import cross_check_batch, make_engine, session_scope, store_reports

TEMPLATE = """# {title}

Theo Ban Chỉ huy phòng chống thiên tai tỉnh Cao Sơn, vụ sạt lở ở xã Tà Lùng làm {dead} người chết.

Ông Hà Văn Sính, chủ tịch UBND xã Tà Lùng, cho biết {note}.
"""
BATCH = [analyze_text(TEMPLATE.format(title=t, dead=d, note=n), use_nlp=False)[0] for t, d, n in (
    ("Sạt lở ở xã Tà Lùng", 9, "lực lượng cứu hộ đang tìm 4 người mất tích"),
    ("Cập nhật sạt lở Tà Lùng", 11, "đường vào xã đã thông"),
    ("Tà Lùng khắc phục hậu quả sạt lở", 14, "các hộ dân đã được di dời"),
)]
ARCHIVED = analyze_text(TEMPLATE.format(title="Tà Lùng trước mùa mưa", dead=7, note="xã đã sơ tán dân"),
                        use_nlp=False)[0]
ORDER = {r.content_hash: i for i, r in enumerate(BATCH)}


def stored_conflicts(engine) -> set[tuple]:
    """Every stored conflict in terms of content (article hash, sentence number, kind, reason),
    not row ids, which depend on the order of the writes."""
    with session_scope(engine) as s:
        where = {sid: (h, idx) for sid, h, idx in s.exec(
            select(Sentence.id, Article.content_hash, Sentence.idx).join(Article, Article.id == Sentence.article_id)).all()}
        return {(*where[c.sentence_id], *where[c.other_sentence_id], c.kind, c.reason, c.score)
                for c in s.exec(select(Conflict)).all()}


def run_batch(url: str, stored_in: list) -> dict:
    """Workers store the batch in the order `stored_in` (no cross-article comparison), then one
    pass compares it in the batch's own order."""
    engine = make_engine(url)
    store_reports(engine, [ARCHIVED])
    for r in stored_in:
        store_reports(engine, [r], cross=False)
    found = cross_check_batch(engine, hashes=[r.content_hash for r in BATCH], order=ORDER)
    return engine, found


def test_the_pass_does_not_depend_on_which_worker_finished_first(db_url, tmp_path):
    engine, found = run_batch(db_url, BATCH[::-1])
    other_url = f"sqlite:///{tmp_path}/other.db"
    other, found_other = run_batch(other_url, [BATCH[1], BATCH[2], BATCH[0]])
    assert stored_conflicts(engine) == stored_conflicts(other)
    assert found == found_other
    # the same as storing one article after the other in the batch's order
    sequential = make_engine(f"sqlite:///{tmp_path}/sequential.db")
    store_reports(sequential, [ARCHIVED, *BATCH])
    assert stored_conflicts(engine) == stored_conflicts(sequential)
    # every article is compared with the archive and with the articles before it, and only once;
    # one authority's rising toll for one event in later articles is a running story's update
    pairs = {(a[:12], b[:12]) for a, _, b, _, kind, _, _ in stored_conflicts(engine) if kind == "update"}
    first, second, third, old = (r.content_hash[:12] for r in (*BATCH, ARCHIVED))
    assert pairs == {(first, old), (second, old), (third, old), (second, first), (third, first), (third, second)}
    assert sorted(c.other_article for c in found[BATCH[2].content_hash]) == sorted([old, first, second])


def test_running_the_pass_again_adds_nothing(db_url):
    engine, found = run_batch(db_url, BATCH)
    before = stored_conflicts(engine)
    with session_scope(engine) as s:
        rows = s.exec(select(func.count()).select_from(Conflict)).one()
    assert cross_check_batch(engine, hashes=[r.content_hash for r in BATCH], order=ORDER) == found
    # a rerun that lists the batch in another order finds the same pairs the other way round:
    # they are stored already, so it adds nothing either
    assert cross_check_batch(engine, hashes=[r.content_hash for r in BATCH][::-1],
                             order={h: len(BATCH) - 1 - i for h, i in ORDER.items()})
    assert stored_conflicts(engine) == before
    with session_scope(engine) as s:
        assert s.exec(select(func.count()).select_from(Conflict)).one() == rows


def test_an_input_that_failed_is_left_out(db_url):
    engine = make_engine(db_url)
    store_reports(engine, BATCH[:2], cross=False)
    found = cross_check_batch(engine, hashes=[r.content_hash for r in BATCH], order=ORDER)
    assert set(found) == {BATCH[0].content_hash, BATCH[1].content_hash}
    assert [c.kind for c in found[BATCH[1].content_hash]] == ["update"]
