"""The batch path on Dask: the same `analyze` command on a LocalCluster, through a TCP scheduler,
with a worker killed mid-batch, and with inputs that fail."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from sqlmodel import func, select

from claims import work
from claims.batch import ClusterSpec, analyse, parse_spec
from claims.errors import ClusterError
from claims.models import Article, Conflict, Sentence
from claims.store import make_engine, session_scope
from conftest import ROOT
from test_concurrency import _descendants, _is_worker, _stored

TEXT = """# Sạt lở ở xã Tà Lùng, bản tin {i}

Theo Ban Chỉ huy phòng chống thiên tai tỉnh Cao Sơn, vụ sạt lở ở xã Tà Lùng làm {dead} người chết.

Ông Hà Văn Sính{i}, chủ tịch UBND xã Hòa {i}, cho biết lực lượng cứu hộ đang tìm {missing} người mất tích.
"""


def write_batch(folder, n: int, bad: bool = True):
    """n articles that disagree on the toll (so the closing pass has conflicts to find), the
    first one again under another name, and an empty file."""
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text(TEXT.format(i=i, dead=9 + i % 3, missing=i + 2), encoding="utf-8")
    shutil.copy(folder / "a00.txt", folder / "copy-of-a00.txt")
    if bad:
        (folder / "empty.txt").write_bytes(b"")


def run_cli(*args, env=None, timeout=300):
    return subprocess.run([sys.executable, "-m", "claims", "analyze", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env=dict(os.environ, **(env or {})))


def stored(url: str) -> tuple[int, int, set]:
    """Articles, sentences, and conflicts in terms of content (never row ids)."""
    engine = make_engine(url)
    with session_scope(engine) as s:
        where = {sid: (h[:12], idx) for sid, h, idx in s.exec(
            select(Sentence.id, Article.content_hash, Sentence.idx).join(Article, Article.id == Sentence.article_id)).all()}
        conflicts = {(*where[c.sentence_id], *where[c.other_sentence_id], c.kind, c.reason)
                     for c in s.exec(select(Conflict)).all()}
        out = (s.exec(select(func.count()).select_from(Article)).one(),
               s.exec(select(func.count()).select_from(Sentence)).one(), conflicts)
    engine.dispose()
    return out


def test_cluster_specs():
    assert parse_spec("local:3") == ClusterSpec(None, 3)
    assert parse_spec("local") == ClusterSpec(None, os.cpu_count())
    assert parse_spec("tcp://10.0.0.5:8786") == ClusterSpec("tcp://10.0.0.5:8786")
    for bad in ("local:0", "locale", "10.0.0.5:8786", "tcp://host", "tcp://a b:1"):
        with pytest.raises(ClusterError):
            parse_spec(bad)


def test_bad_cluster_options_are_one_line_errors(tmp_path):
    write_batch(tmp_path / "in", 2, bad=False)
    res = run_cli(tmp_path / "in", "--cluster", "nonsense", "--db", f"sqlite:///{tmp_path}/x.db")
    assert res.returncode == 2 and res.stderr == "error: --cluster nonsense: use local, local:N or tcp://HOST:PORT\n"
    res = run_cli(tmp_path / "in", "--cluster", "local:2", "--jobs", "2")
    assert res.returncode == 2 and res.stderr.count("\n") == 1
    res = run_cli(tmp_path / "in", "--cluster", "tcp://127.0.0.1:9", "--db", f"sqlite:///{tmp_path}/x.db",
                  env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert res.returncode == 7 and res.stderr.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr


def test_a_local_cluster_stores_every_article_once_like_one_process(tmp_path):
    write_batch(tmp_path / "in", 8)
    url = f"sqlite:///{tmp_path}/cluster.db"
    res = run_cli(tmp_path / "in", "--cluster", "local:2", "--batch-size", "2", "--format", "json", "--db", url)
    assert res.returncode == 2, res.stderr  # the empty file
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {tmp_path / 'in' / 'empty.txt'}: is empty"]
    assert "summary: 10 inputs, 9 articles (0 already stored, skipped)" in res.stderr and "1 failures" in res.stderr
    arts = json.loads(res.stdout)["articles"]
    assert [a["input"] for a in arts] == sorted(str(p) for p in (tmp_path / "in").iterdir() if p.name != "empty.txt")
    articles, sentences, conflicts = stored(url)
    assert articles == 8 and sentences == 8 * 3
    # one process, one article after the other, gives the same archive: the closing pass does not
    # depend on which worker finished first
    alone = f"sqlite:///{tmp_path}/alone.db"
    res_alone = run_cli(tmp_path / "in", "--format", "json", "--db", alone)
    assert stored(alone) == (articles, sentences, conflicts)
    assert json.loads(res_alone.stdout) == json.loads(res.stdout)
    assert any(c["kind"] == "number_mismatch" and c["other_article"] for a in arts for c in a["conflicts"])
    # a rerun stores nothing new and finds no new conflict (in one process here; a rerun on a
    # cluster is in tests/test_cli.py)
    again = run_cli(tmp_path / "in", "--format", "json", "--db", url)
    assert "9 already stored, skipped" in again.stderr
    assert stored(url) == (articles, sentences, conflicts)


def test_the_same_command_through_a_tcp_scheduler(tmp_path):
    """`dask scheduler` and `dask worker` (two worker processes) on localhost, as on many machines."""
    write_batch(tmp_path / "in", 6, bad=False)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    sched_file = tmp_path / "scheduler.json"
    dask = [sys.executable, "-m", "dask"]  # the `dask` command, run by this Python
    scheduler = subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                  "--scheduler-file", str(sched_file)],
                                 cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = None
    try:
        deadline = time.time() + 60
        while not sched_file.exists() and time.time() < deadline:
            time.sleep(0.2)
        address = json.loads(sched_file.read_text())["address"]
        workers = subprocess.Popen([*dask, "worker", address, "--nworkers", "2",
                                    "--nthreads", "1", "--no-dashboard"],
                                   cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"sqlite:///{tmp_path}/tcp.db"
        res = run_cli(tmp_path / "in", "--cluster", address, "--format", "json", "--db", url)
        assert res.returncode == 0, res.stderr
        assert "summary: 7 inputs, 7 articles (0 already stored, skipped)" in res.stderr
        alone = f"sqlite:///{tmp_path}/alone.db"
        res_alone = run_cli(tmp_path / "in", "--format", "json", "--db", alone)
        assert json.loads(res.stdout) == json.loads(res_alone.stdout)
        assert stored(url) == stored(alone) and stored(url)[0] == 6
    finally:
        for proc in (workers, scheduler):
            if proc is not None:
                proc.send_signal(signal.SIGINT)
        for proc in (workers, scheduler):
            if proc is not None:
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()


def test_a_worker_killed_mid_batch_loses_nothing(tmp_path):
    write_batch(tmp_path / "in", 24, bad=False)
    url = f"sqlite:///{tmp_path}/k.db"
    proc = subprocess.Popen([sys.executable, "-m", "claims", "analyze", str(tmp_path / "in"), "--jobs", "2",
                             "--batch-size", "2", "--db", url, "--no-report"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 180
    killed = None
    while time.time() < deadline and killed is None:
        workers = [p for p in _descendants(proc.pid) if _is_worker(p)]
        if len(workers) >= 2 and _stored(url) >= 4:
            killed = workers[0]
            os.kill(killed, signal.SIGKILL)
        assert proc.poll() is None, "the batch ended before a worker could be killed"
        time.sleep(0.1)
    assert killed is not None
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert out == ""  # --no-report: the reports stay in the database
    assert "summary: 25 inputs, 25 articles (0 already stored, skipped)" in err and "0 failures" in err
    articles, sentences, conflicts = stored(url)
    assert (articles, sentences) == (24, 24 * 3)
    again = run_cli(tmp_path / "in", "--db", url, "-o", tmp_path / "again.txt")
    assert again.returncode == 0 and "25 already stored, skipped" in again.stderr
    assert stored(url) == (articles, sentences, conflicts) and conflicts


@pytest.fixture
def thread_client():
    """A cluster of two worker threads in this process: quick to start, and it runs our own
    (patched) task function; the tests above use worker processes."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


CALLS: list[list[str]] = []  # what the fake task below was given, call by call


def fake_run_inputs(inputs, options):
    """A task that dies on "poison", fails once on "flaky" (not the input's fault), and meets
    bad input in "bad". At module level: Dask ships a function defined in a test by value, and
    its copy would not share CALLS."""
    CALLS.append(list(inputs))
    if "poison" in inputs:
        raise MemoryError("the worker ran out of memory")
    out = []
    for name in inputs:
        if name == "flaky" and sum(c.count("flaky") for c in CALLS) == 1:
            out.append(work.InputResult(name, error="flaky: database busy", exit_code=4, retry=True))
        elif name == "bad":
            out.append(work.InputResult(name, error="bad: is empty", exit_code=2))
        else:
            out.append(work.InputResult(name))
    return out


def test_failed_inputs_are_retried_alone_then_reported(thread_client, monkeypatch):
    CALLS.clear()
    monkeypatch.setattr(work, "run_inputs", fake_run_inputs)
    names = ["a", "poison", "b", "flaky", "bad", "c"]
    done = []
    results = analyse(thread_client, names, work.Options(None), size=3, progress=done.append)
    assert [r.input for r in results] == names
    assert sum(done) == len(names)
    by = {r.input: r for r in results}
    assert by["poison"].exit_code == 7 and "MemoryError: the worker ran out of memory" in by["poison"].error
    assert by["poison"].error.startswith("poison: the batch worker failed on it")
    assert by["flaky"].error is None  # a database error passes on the second try
    assert by["bad"].error == "bad: is empty" and ["bad"] not in CALLS  # bad input is not tried again
    assert all(by[n].error is None for n in "abc")
    # the task that died is split: each of its inputs is tried once more alone, so the input that
    # kills workers is found and charged alone, and its neighbours pass
    assert sorted(CALLS) == sorted([["a", "poison", "b"], ["flaky", "bad", "c"], ["flaky"], ["a"], ["poison"], ["b"]])
