"""False-alarm scan: run the checker over running Vietnamese text that is not about conflicts and
count what it reports. Real conflicts are rare in such text, so most reports are false alarms
(print them with --show and read them). Default text: the UD Vietnamese-VTB sentences in
../shared/nlp-data, detokenised and cut into pseudo-articles of --window sentences.

    python scripts/conflict_scan.py [--window 25] [--show] [--no-nlp] [CONLLU...]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.analyze import analyze_text  # noqa: E402
from claims.conflicts import is_conflict  # noqa: E402

DEFAULT = sorted((ROOT.parent / "shared" / "nlp-data" / "UD_Vietnamese-VTB").glob("*.conllu"))


def detokenise(s: str) -> str:
    s = s.replace("LBKT", "(").replace("RBKT", ")")  # the treebank writes brackets as words
    s = re.sub(r"\s+([,.:;?!)])", r"\1", s)
    s = re.sub(r"([(])\s+", r"\1", s)
    # straight quotes come as separate tokens: glue the opening one to the next word, the closing to the last
    out, open_ = [], True
    for part in re.split(r'(\s*"\s*)', s):
        if part.strip() == '"':
            out.append(' "' if open_ else '" ')
            open_ = not open_
        else:
            out.append(part)
    return re.sub(r"\s+", " ", "".join(out)).replace(' "', ' "').strip()


def sentences(paths) -> list[str]:
    out = []
    for p in paths:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.startswith("# text"):
                out.append(detokenise(line.split("=", 1)[1]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conllu", nargs="*", default=DEFAULT)
    ap.add_argument("--window", type=int, default=25)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--no-nlp", action="store_true")
    args = ap.parse_args()
    sents = sentences(args.conllu)
    if not sents:
        print("no sentences found (is ../shared/nlp-data there?)", file=sys.stderr)
        return 2
    kinds: collections.Counter = collections.Counter()
    claims = 0
    for i in range(0, len(sents), args.window):
        chunk = sents[i:i + args.window]
        for rep in analyze_text("\n\n".join(chunk), name=f"window-{i}", use_nlp=not args.no_nlp):
            claims += sum(1 for s in rep.sentences if s.is_claim)
            for c in rep.conflicts:
                kinds[c.kind] += 1
                if args.show:
                    print(f"[{c.kind} {c.score}] {c.reason}\n  A: {rep.sentences[c.sentence].text}\n  B: {c.other_text}\n")
    n = len(sents)
    alarms = sum(v for k, v in kinds.items() if is_conflict(k))
    print(f"sentences {n}, claims {claims}, windows of {args.window}: {alarms} conflicts "
          f"({1000 * alarms / n:.1f} per 1,000 sentences), "
          f"{sum(kinds.values()) - alarms} updates and corrections (listed below, not counted as conflicts)")
    for k, v in sorted(kinds.items()):
        print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
