"""Latency, throughput, overhead over a bare Stanza run, and peak memory. Prints figures.

    python bench/bench_pipeline.py [--runs 5]

Articles of about 300, 1,000 and 3,000 words are built from the bundled examples (their
sentences repeated with varied names and figures), so the bench needs nothing outside the repo.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sentences() -> list[str]:
    from claims.clean import clean_text
    from claims.ingest import read_input

    out = []
    for p in sorted((ROOT / "examples").iterdir()):
        for art in clean_text(read_input(str(p)).text):
            out += [u.text for u in art.units if u.kind == "body"]
    return out


def article(words: int, seed: int) -> str:
    rng = random.Random(seed)
    pool = sentences()
    paras, n = [f"# Bản tin tổng hợp số {seed}"], 0
    while n < words:
        para = []
        for _ in range(3):
            s = rng.choice(pool)
            s = re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), s)
            para.append(s)
            n += len(s.split())
        paras.append(" ".join(para))
    return "\n\n".join(paras)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    from claims import nlp
    from claims.analyze import analyze_text
    from claims.clean import clean_text

    t = time.perf_counter()
    pipe = nlp.get_pipeline()
    print(f"model load: {time.perf_counter() - t:.2f}s ({nlp.model_info().kind} models)")
    analyze_text(article(200, 0))  # warm-up
    print(f"{'words':>6} {'checker ms':>11} {'bare stanza ms':>15} {'overhead':>9}")
    for words in (300, 1000, 3000):
        full, bare = [], []
        for r in range(a.runs):
            text = article(words, r)
            t = time.perf_counter()
            analyze_text(text)
            full.append(time.perf_counter() - t)
            cleaned = clean_text(text)[0]
            t = time.perf_counter()
            pipe("\n\n".join(u.text for u in cleaned.units))  # the same sentences, one bare Pipeline call
            bare.append(time.perf_counter() - t)
        f, b = statistics.median(full), statistics.median(bare)
        print(f"{words:>6} {f * 1000:>11.0f} {b * 1000:>15.0f} {f / b - 1:>8.0%}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        for i in range(12):
            (folder / f"a{i}.txt").write_text(article(400, 100 + i), encoding="utf-8")
        for jobs in (1, 2):
            env = dict(os.environ, CLAIMS_DB_URL=f"sqlite:///{tmp}/jobs{jobs}.db")
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "claims", "analyze", str(folder), "--jobs", str(jobs), "--format", "json",
                            "-o", f"{tmp}/out{jobs}.json"], cwd=ROOT, env=env, check=True, capture_output=True)
            dt = time.perf_counter() - t
            print(f"throughput --jobs {jobs}: {12 / dt * 60:.1f} articles/min (12 articles of ~400 words, "
                  f"{dt:.1f}s including model load)")
        big = Path(tmp) / "big.txt"
        big.write_text(article(3000, 999), encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run([sys.executable, "-m", "claims", "analyze", str(big), "--no-store", "--format", "json",
                        "-o", f"{tmp}/big.json"], cwd=ROOT, env=dict(os.environ, CLAIMS_DB_URL=f"sqlite:///{tmp}/m.db"),
                       check=True, capture_output=True)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"peak memory, CLI on a 3,000-word article: {max(peak, before) / 1024:.0f} MB")


if __name__ == "__main__":
    main()
