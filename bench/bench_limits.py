"""Worst cases of one accepted input: time and peak memory of the whole analysis of very long
articles (50 KB to 1.9 MB, under the 2 MB limit) with the in-article conflict pass timed on its
own, and of long runs of words with no punctuation at all. Prints figures; not a test.

    python bench/bench_limits.py [--sizes 50 100 200 1900] [--runs 5000 20000]

Long articles are synthetic articles (bench/synthetic.py) run together into one, which is the
hard case for the conflict pass: hundreds of figures with the same units, places and sources.
Each case runs in a fresh process so that its peak resident memory is its own (model load
included: about 0.5 GB of it is the models).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from claims import conflicts, nlp
from claims.analyze import analyze_text
nlp.load()
text = Path(sys.argv[1]).read_text(encoding="utf-8")
began = time.perf_counter()
reports = analyze_text(text)
whole = time.perf_counter() - began
views = [v for r in reports for v in r.claim_views()]
began = time.perf_counter()
found = sum(len(conflicts.within(r.claim_views(), "vi")) for r in reports)
pass_s = time.perf_counter() - began
print(json.dumps({"whole": whole, "pass": pass_s, "sentences": sum(len(r.sentences) for r in reports),
                  "claims": len(views), "found": found,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def long_article(kb: int, folder: Path) -> str:
    from synthetic import write_articles

    write_articles(folder, max(4, kb * 1024 // 2600 + 2), 400)
    parts, size = ["# Tổng hợp tin trong ngày"], 0
    for path in sorted(folder.iterdir()):
        body = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
        parts.append(body)
        size += len(body.encode("utf-8"))
        if size >= kb * 1024:
            break
    return "\n\n".join(parts)[: kb * 1024]


def unpunctuated(words: int) -> str:
    syllables = "người dân cho biết nước lũ dâng cao trong đêm qua tại nhiều xã của huyện miền núi".split()
    return " ".join(syllables[i % len(syllables)] for i in range(words))


def measure(label: str, text: str, tmp: Path) -> None:
    path = tmp / "input.txt"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, cwd=HERE.parent)
    if out.returncode != 0:
        print(f"{label:<34} failed: {out.stderr.strip()[-300:]}", flush=True)
        return
    r = json.loads(out.stdout.strip().splitlines()[-1])
    kb = len(text.encode("utf-8")) / 1024
    print(f"{label:<34} {kb:7.0f} KB  {r['sentences']:6d} sentences  {r['claims']:6d} claims  "
          f"whole {r['whole']:7.1f} s  conflict pass {r['pass']:6.2f} s ({r['found']} found)  "
          f"peak {r['peak_mb']:5.0f} MB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[50, 100, 200, 1900], help="article sizes in KB")
    ap.add_argument("--runs", type=int, nargs="*", default=[5000, 20000], help="unpunctuated runs, in words")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for kb in a.sizes:
            measure(f"article of {kb} KB", long_article(kb, tmp / f"a{kb}"), tmp)
        for words in a.runs:
            measure(f"{words:,} words, no punctuation", unpunctuated(words), tmp)


if __name__ == "__main__":
    main()
