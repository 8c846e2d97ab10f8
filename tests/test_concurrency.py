"""Nothing lost, nothing duplicated: parallel writers and a writer killed mid-batch."""
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time

from sqlmodel import func, select

from claims.models import Article, Attribution, Sentence, Source
from claims.store import make_engine, session_scope
from conftest import ROOT

WORKERS = 4
PER_WORKER = 3


def article(i: int) -> str:
    return (f"# Bản tin số {i}\n\n"
            f"Theo Bộ Y tế, trong ngày {i % 28 + 1}/3 cả nước ghi nhận {100 + i} ca mắc sởi mới.\n\n"
            f"Hãng tin Reuters cho biết phiên họp thứ {i} của hội đồng kéo dài ba giờ.\n\n"
            f"Ông Nguyễn Văn Bản{i}, người dân xã Hòa {i}, nói rằng gia đình ông đã tiêm chủng đầy đủ.\n")


def _writer(url: str, start: int) -> None:
    from claims.analyze import analyze_text
    from claims.store import make_engine, store_reports

    engine = make_engine(url)
    for i in range(start, start + PER_WORKER):
        store_reports(engine, analyze_text(article(i), use_nlp=False))
        store_reports(engine, analyze_text(article(i), use_nlp=False))  # a retried write changes nothing


def count(session, model, *where):
    q = select(func.count()).select_from(model)
    for w in where:
        q = q.where(w)
    return session.exec(q).one()


def test_parallel_writers_store_each_article_once(db_url):
    make_engine(db_url).dispose()  # create the schema once, as an install would
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(db_url, w * PER_WORKER)) for w in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    engine = make_engine(db_url)
    with session_scope(engine) as s:
        assert count(s, Article) == WORKERS * PER_WORKER
        assert count(s, Source, Source.name == "Bộ Y tế") == 1
        assert count(s, Source, Source.name == "Reuters") == 1
        assert count(s, Attribution) == 3 * WORKERS * PER_WORKER
    # re-running the whole batch stores nothing new
    _writer(db_url, 0)
    with session_scope(engine) as s:
        assert count(s, Article) == WORKERS * PER_WORKER
        assert count(s, Sentence) == 4 * WORKERS * PER_WORKER


KILLED_WRITER = """
import sys
sys.path.insert(0, {root!r})
from claims.analyze import analyze_text
from claims.store import make_engine, store_reports
engine = make_engine({url!r})
body = "\\n\\n".join("Theo Sở Công Thương, giá điện tăng %d%% ở phường số %d." % (k % 9 + 1, k) for k in range(150))
for i in range(1000):
    store_reports(engine, analyze_text("# Bài %d\\n\\n" % i + body, use_nlp=False))
"""


def test_sigkill_mid_batch_leaves_whole_articles_only(db_url):
    make_engine(db_url).dispose()
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER.format(root=str(ROOT), url=db_url)])
    engine = make_engine(db_url)
    deadline = time.time() + 90
    try:
        while time.time() < deadline:
            with session_scope(engine) as s:
                if count(s, Article) >= 3:
                    break
            time.sleep(0.05)
        time.sleep(0.13)  # land somewhere inside the next transaction
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    engine.dispose()
    engine = make_engine(db_url)
    with session_scope(engine) as s:
        n_articles = count(s, Article)
        assert n_articles >= 3
        for art in s.exec(select(Article)).all():
            n = count(s, Sentence, Sentence.article_id == art.id)
            assert n == 151, f"article {art.title} has {n} sentences: a half-written article"
            assert count(s, Attribution, Attribution.sentence_id.in_(
                select(Sentence.id).where(Sentence.article_id == art.id))) == 150
