"""Per-article cost: model load, latency by length, the whole analysis against a bare Stanza run
of the same processors on the same sentences (idle, and while another process keeps one core
busy), torch threads, and peak memory. Prints figures; not a test.

    python bench/bench_pipeline.py [--articles 20] [--repo PATH]

Articles come from bench/synthetic.py. Each article is measured three ways, one right after
the other so that they share the machine's conditions:
- the checker: `analyze_text` (clean, parse, attribution, figures, conflicts inside the
  article; no database), with the per-process sentence cache emptied first;
- bare Stanza: a stock `stanza.Pipeline` of the same processors (tokenize, pos, lemma,
  depparse; Stanza's own tokenizer and tree decoder) on the same sentences;
- the parser as we run it: the tagger and parser alone on our segmented words (the floor): the
  CRF tagger and Stanza's parser where the checker runs them so (`nlp.crf_tagging()`), else
  Stanza's tagger and parser.
`--repo ../main` measures another checkout the same way (what it lacks is skipped).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--articles", type=int, default=20, help="articles per measurement")
ap.add_argument("--repo", type=Path, default=HERE.parent)
ARGS = ap.parse_args()
ROOT = ARGS.repo.resolve()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from synthetic import article  # noqa: E402


@contextmanager
def busy_core():
    """Another process keeping one core busy for as long as the block runs."""
    proc = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    time.sleep(0.5)
    try:
        yield
    finally:
        proc.kill()
        proc.wait()


def model_load() -> None:
    code = ("import time; t0 = time.perf_counter()\n"
            "import torch, stanza, underthesea\n"
            "t1 = time.perf_counter()\n"
            "from claims import nlp\n"
            "(nlp.load() if hasattr(nlp, 'load') else nlp.get_pipeline('vi', pretokenized=True))\n"
            "nlp.parse(['Ông An cho biết cầu đã thông xe.'])\n"
            "print(t1 - t0, time.perf_counter() - t1)")
    runs = [tuple(map(float, subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                                            check=True).stdout.split())) for _ in range(3)]
    imports, build = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    print(f"model load (fresh process, median of 3): {imports + build:.2f} s = imports {imports:.2f} s "
          f"+ pipeline and first parse {build:.2f} s")


def main() -> None:
    from claims import clean, nlp
    from claims.analyze import analyze_text

    print(f"repo {ROOT}; load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    model_load()
    set_threads = getattr(nlp, "set_threads", None)
    if set_threads is None:  # an older checkout: torch as it runs there
        import torch

        print(f"(this checkout leaves torch on {torch.get_num_threads()} threads)")
    clear = getattr(nlp, "clear_cache", lambda: None)
    if getattr(nlp, "crf_tagging", lambda: False)():
        parser_only = nlp.get_pipeline("vi")
        ours_pipe = lambda batch: nlp._tag_and_parse(parser_only, batch)  # noqa: E731
    else:
        ours_pipe = nlp.get_pipeline("vi", pretokenized=True)
    bare_pipe = nlp.get_pipeline("vi", pretokenized=False)  # the same models, with Stanza's own tokenizer
    from stanza.models.common import chuliu_edmonds

    decoder_parts = ("tarjan", "process_cycle")
    fast = {n: getattr(chuliu_edmonds, n) for n in decoder_parts}
    stock = {n: getattr(chuliu_edmonds, f"stanza_{n}", fast[n]) for n in decoder_parts}

    def decoder(parts: dict) -> None:
        for name, fn in parts.items():
            setattr(chuliu_edmonds, name, fn)
    analyze_text(article(10_000))  # warm-up

    def measure(words: int, seeds: range) -> tuple[list, list, list]:
        ours, bare, floor = [], [], []
        for seed in seeds:
            text = article(seed, words)
            units = [u.text for a in clean.clean_text(text) for u in a.units]
            clear()
            t = time.perf_counter()
            analyze_text(text)
            ours.append(time.perf_counter() - t)
            decoder(stock)
            t = time.perf_counter()
            bare_pipe("\n\n".join(units))  # the same sentences, one stock Pipeline call
            bare.append(time.perf_counter() - t)
            decoder(fast)
            words_of = [[w for w, _, _ in nlp.segment(u)] for u in units if nlp.worth_parsing(u)] \
                if hasattr(nlp, "worth_parsing") else [[w for w, _, _ in nlp.segment(u)] for u in units]
            t = time.perf_counter()
            ours_pipe(words_of)
            floor.append(time.perf_counter() - t)
        return ours, bare, floor

    print(f"\n{'words':>6} {'checker ms':>11} {'bare Stanza ms':>15} {'ratio':>6}")
    for words in (300, 1000, 3000):
        ours, bare, _ = measure(words, range(max(3, ARGS.articles // 4)))
        print(f"{words:>6} {statistics.median(ours) * 1000:>11.0f} {statistics.median(bare) * 1000:>15.0f} "
              f"{sum(ours) / sum(bare):>6.2f}")

    print(f"\nper article of ~400 words ({ARGS.articles} articles, total time of each against bare Stanza's):")
    rows = {}
    for state in ("idle", "one core busy"):
        if state == "idle":
            rows[state] = measure(400, range(100, 100 + ARGS.articles))
        else:
            with busy_core():
                rows[state] = measure(400, range(100, 100 + ARGS.articles))
    idle_bare = sum(rows["idle"][1])
    for state, (ours, bare, floor) in rows.items():
        print(f"  {state:<14} checker {statistics.median(ours) * 1000:4.0f} ms, bare Stanza "
              f"{statistics.median(bare) * 1000:4.0f} ms, tagger+parser as we run them {statistics.median(floor) * 1000:4.0f} ms"
              f" | checker / bare {sum(ours) / sum(bare):.2f}x, / bare idle {sum(ours) / idle_bare:.2f}x,"
              f" / our tagger+parser {sum(ours) / sum(floor):.2f}x")

    if set_threads is not None:
        print("\ntorch threads, checker per ~400-word article (median):")
        for state in ("idle", "one core busy"):
            cells = []
            for n in (1, 2):
                os.environ[nlp.THREADS_ENV] = str(n)
                if state == "idle":
                    ours = measure(400, range(200, 200 + max(4, ARGS.articles // 2)))[0]
                else:
                    with busy_core():
                        ours = measure(400, range(200, 200 + max(4, ARGS.articles // 2)))[0]
                cells.append(f"{n} thread(s) {statistics.median(ours) * 1000:.0f} ms")
            os.environ.pop(nlp.THREADS_ENV)
            print(f"  {state:<14} " + ", ".join(cells))
        set_threads()

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        big.write_text(article(999, 3000), encoding="utf-8")
        # in a process of its own, so that the peak is the CLI's alone
        code = ("import resource, subprocess, sys\n"
                f"subprocess.run([sys.executable, '-m', 'claims', 'analyze', {str(big)!r}, '--no-store', '--format', "
                f"'json', '-o', {tmp + '/big.json'!r}], check=True, capture_output=True)\n"
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                             env=dict(os.environ, CLAIMS_DB_URL=f"sqlite:///{tmp}/m.db"))
        print(f"\npeak memory, CLI on a 3,000-word article: {int(out.stdout) / 1024:.0f} MB")

if __name__ == "__main__":
    main()
