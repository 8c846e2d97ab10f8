"""Batch throughput: 1,000 synthetic articles of about 400 words through `python -m claims analyze`,
in one process, on a LocalCluster of 1 and 2 workers, and through a scheduler and two worker
processes over TCP on localhost (a multi-machine run in miniature). Prints figures; not a test.

    python bench/bench_batch.py [--count 1000] [--runs local:1 local:2 tcp:2 alone] [--db URL]
    python bench/bench_batch.py --repo ../main --runs jobs:1 jobs:2     # the same on another checkout

Every run starts from an empty database and counts everything the command does: starting the
cluster, loading the models on each worker, analysing, storing, the closing cross-article pass.
For TCP the scheduler and workers are started first, as a cluster would be, and the models load
during the run. Peak memory is each worker process's peak resident set (VmHWM).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from synthetic import write_articles  # noqa: E402


def descendants(pid: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def peak_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def is_worker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read()
    except OSError:
        return False
    return b"spawn_main" in cmd


def watch(proc: subprocess.Popen, roots: list[int]) -> tuple[dict[int, float], float]:
    """Wait for `proc`, noting the peak memory of every worker process below `roots`, and its own."""
    peaks: dict[int, float] = {}
    own = 0.0
    while proc.poll() is None:
        own = max(own, peak_mb(proc.pid) or 0)
        for root in roots:
            for pid in descendants(root):
                if is_worker(pid):
                    mb = peak_mb(pid)
                    if mb:
                        peaks[pid] = max(peaks.get(pid, 0), mb)
        time.sleep(0.5)
    return peaks, own


def fresh_db(url: str | None, tmp: Path, name: str) -> str:
    if url is None:
        return f"sqlite:///{tmp / (name + '.db')}"
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"))
    eng.dispose()
    return url


class TcpCluster:
    """`dask scheduler` and `dask worker --nworkers N --nthreads 1` on localhost."""

    def __init__(self, workers: int, tmp: Path, repo: Path):
        env = dict(os.environ, PYTHONPATH=str(repo))
        sched_file = tmp / "scheduler.json"
        sched_file.unlink(missing_ok=True)
        dask = [sys.executable, "-m", "dask"]
        self.scheduler = subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                           "--scheduler-file", str(sched_file)], cwd=tmp, env=env,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not sched_file.exists():
            time.sleep(0.2)
        self.address = json.loads(sched_file.read_text())["address"]
        self.workers = subprocess.Popen([*dask, "worker", self.address, "--nworkers", str(workers), "--nthreads", "1",
                                         "--no-dashboard"], cwd=tmp, env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        from distributed import Client

        with Client(self.address) as client:
            client.wait_for_workers(workers, timeout=120)

    def stop(self) -> None:
        import signal

        for proc in (self.workers, self.scheduler):
            proc.send_signal(signal.SIGINT)
        for proc in (self.workers, self.scheduler):
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()


def run(kind: str, n: int, folder: Path, tmp: Path, repo: Path, db: str | None, count: int) -> None:
    url = fresh_db(db, tmp, f"{kind}-{n}")
    cmd = [sys.executable, "-m", "claims", "analyze", str(folder), "--db", url, "--format", "json",
           "-o", str(tmp / f"{kind}-{n}.json")]
    cluster = None
    roots: list[int] = []
    if kind == "local":
        cmd += ["--cluster", f"local:{n}"]
    elif kind == "jobs":
        cmd += ["--jobs", str(n)]
    elif kind == "tcp":
        cluster = TcpCluster(n, tmp, repo)
        cmd += ["--cluster", cluster.address]
        roots.append(cluster.workers.pid)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks, own = watch(proc, roots + [proc.pid])
    elapsed = time.perf_counter() - started
    err = proc.stderr.read()
    if cluster is not None:
        cluster.stop()
    summary = next((line for line in err.splitlines() if line.startswith("summary:")), err.strip()[-300:])
    stored = json.loads((tmp / f"{kind}-{n}.json").read_text())["articles"] if proc.returncode == 0 else []
    workers = f"{max(peaks.values()):.0f} MB" if peaks else "-"
    label = {"local": f"LocalCluster, {n} worker(s)", "jobs": f"--jobs {n}", "tcp": f"TCP scheduler, {n} workers",
             "alone": "one process, no cluster"}[kind]
    print(f"{label:<30} {elapsed:7.1f} s  {count / elapsed * 60:7.1f} articles/min  worker peak {workers:>8}"
          f"  command peak {own:.0f} MB  ({len(stored)} reports, exit {proc.returncode})", flush=True)
    print(f"    {summary}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--words", type=int, default=400)
    ap.add_argument("--runs", nargs="+", default=["local:1", "local:2", "tcp:2", "alone"],
                    help="local:N, tcp:N, jobs:N (the --jobs option, for older checkouts), alone")
    ap.add_argument("--db", default=None, help="a PostgreSQL URL to use (emptied before each run); default SQLite")
    ap.add_argument("--repo", type=Path, default=ROOT, help="the checkout whose `python -m claims` runs")
    a = ap.parse_args()
    with os.popen("uptime") as fh:
        print(f"load: {fh.read().strip()}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "articles"
        write_articles(folder, a.count, a.words)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.iterdir()) / a.count
        print(f"{a.count} synthetic articles, {words:.0f} words on average; repo {a.repo.resolve()}")
        for spec in a.runs:
            kind, _, n = spec.partition(":")
            run(kind, int(n or 1), folder, tmp, a.repo.resolve(), a.db, a.count)


if __name__ == "__main__":
    main()
