"""Nothing lost, nothing duplicated: parallel writers and a writer killed mid-batch."""
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlmodel import func, select

from claims.models import Article, Attribution, Sentence, Source
from claims.store import make_engine, session_scope
from conftest import ROOT

WORKERS = 6
PER_WORKER = 3
SHARED = 2  # articles every worker stores (the same text): their writes race each other


def article(i: int) -> str:
    return (f"# Bản tin số {i}\n\n"
            f"Theo Bộ Y tế, trong ngày {i % 28 + 1}/3 cả nước ghi nhận {100 + i} ca mắc sởi mới.\n\n"
            f"Hãng tin Reuters cho biết phiên họp thứ {i} của hội đồng kéo dài ba giờ.\n\n"
            f"Ông Nguyễn Văn Bản{i}, người dân xã Hòa {i}, nói rằng gia đình ông đã tiêm chủng đầy đủ.\n")


def _writer(url: str, start: int, barrier=None) -> None:
    from claims.analyze import analyze_text
    from claims.store import make_engine, store_reports

    texts = [article(1000 + k) for k in range(SHARED)] + [article(i) for i in range(start, start + PER_WORKER)]
    reports = [r for t in texts for r in analyze_text(t, use_nlp=False)]
    if barrier is not None:
        barrier.wait(timeout=60)  # every process opens the empty database at the same moment
    engine = make_engine(url)
    for r in reports:
        store_reports(engine, [r])
    store_reports(engine, reports)  # a retried write changes nothing


def count(session, model, *where):
    q = select(func.count()).select_from(model)
    for w in where:
        q = q.where(w)
    return session.exec(q).one()


def test_parallel_writers_on_an_empty_database_store_each_article_once(db_url):
    """Six processes start together on an empty database (no schema yet), each storing two
    articles that all of them share and three of its own; none fails, none is lost or doubled."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(WORKERS)
    procs = [ctx.Process(target=_writer, args=(db_url, w * PER_WORKER, barrier)) for w in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=180)
    assert [p.exitcode for p in procs] == [0] * WORKERS
    engine = make_engine(db_url)
    total = WORKERS * PER_WORKER + SHARED
    with session_scope(engine) as s:
        assert count(s, Article) == total
        assert count(s, Sentence) == 4 * total
        assert count(s, Source, Source.name == "Bộ Y tế") == 1
        assert count(s, Source, Source.name == "Reuters") == 1
        assert count(s, Attribution) == 3 * total
    # re-running a worker's whole batch stores nothing new
    _writer(db_url, 0)
    with session_scope(engine) as s:
        assert count(s, Article) == total
        assert count(s, Sentence) == 4 * total


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


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (the batch's workers, and what they started)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents.setdefault(int(fields[1]), []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _is_worker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"spawn_main" in fh.read()
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _stored(url: str) -> int:
    try:
        engine = make_engine(url)
        with session_scope(engine) as s:
            return count(s, Article)
    except Exception:  # the batch is still creating the database
        return 0


@pytest.mark.parametrize("sig,when", [(signal.SIGKILL, "working"), (signal.SIGTERM, "starting")])
def test_workers_end_with_a_killed_parent(tmp_path, sig, when):
    """`analyze --jobs 2` killed (kill -9 while its workers analyse, SIGTERM while they are still
    starting): no worker, nor anything else it started, outlives it."""
    for i in range(40):
        (tmp_path / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    url = f"sqlite:///{tmp_path}/k.db"
    proc = subprocess.Popen([sys.executable, "-m", "claims", "analyze", str(tmp_path), "--jobs", "2",
                             "--batch-size", "1", "--db", url], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    seen: set[int] = set()
    try:
        while time.time() < deadline:
            seen.update(_descendants(proc.pid))
            workers = [p for p in seen if _is_worker(p)]
            if len(workers) >= 2 and (when == "starting" or _stored(url) >= 1):
                break
            assert proc.poll() is None, "the batch ended before it could be killed"
            time.sleep(0.2)
        assert len([p for p in seen if _is_worker(p)]) >= 2
        seen.update(_descendants(proc.pid))
    finally:
        os.kill(proc.pid, sig)
        proc.wait()
    deadline = time.time() + 20
    while time.time() < deadline and any(_alive(p) for p in seen):
        time.sleep(0.2)
    assert not [p for p in seen if _alive(p)], "processes outlived the batch"
