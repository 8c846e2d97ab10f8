"""Score the cross-article links against `eval/cross-vi`: pairs of articles on one event (or on
two events that must not be linked) from two outlets, with the links an editor should see.

    python scripts/eval_cross.py [eval/cross-vi] [--part test|dev|all] [--show] [--json]

Each pair runs as the checker runs it: article A analysed and stored in a fresh database, then
article B analysed and stored, and B's links to A read off its report (the same path as
`python -m claims analyze a.txt b.txt`). A found link matches a gold one when its two sentences
are the gold ones (either may hold the other, as sentence cutting may differ) and its kind is in
the same family: a conflict (number_mismatch, denial, contradiction), an update or a correction.

Prints: links found / gold (recall), links reported / right (precision), pairs with a gold link
that got at least one right link, and pairs with a false alarm (a conflict or correction the gold
does not list; an extra update is counted apart, as an editor reads it as information).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.analyze import analyze_path  # noqa: E402
from claims.store import make_engine, store_reports  # noqa: E402

FAMILY = {"number_mismatch": "conflict", "denial": "conflict", "contradiction": "conflict",
          "update": "update", "correction": "correction"}


def _norm(text: str) -> str:
    return " ".join(text.replace("“", '"').replace("”", '"').split()).strip().rstrip(".").lower()


def _same(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def run_pair(folder: Path) -> dict:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    engine = make_engine("sqlite://")
    store_reports(engine, analyze_path(str(folder / "a.txt")))
    reports = store_reports(engine, analyze_path(str(folder / "b.txt")))
    found = []
    for r in reports:
        for c in r.conflicts:
            if c.other_article is None:
                continue  # inside B
            found.append({"kind": c.kind, "b_sentence": r.sentences[c.sentence].text, "a_sentence": c.other_text,
                          "figure": c.figure, "other_figure": c.other_figure, "reason": c.reason})
    engine.dispose()
    matched_gold, right = set(), []
    for f in found:
        hit = next((i for i, g in enumerate(gold["links"])
                    if _same(g["a_sentence"], f["a_sentence"]) and _same(g["b_sentence"], f["b_sentence"])
                    and FAMILY.get(g["kind"]) == FAMILY.get(f["kind"])), None)
        right.append(hit is not None)
        if hit is not None:
            matched_gold.add(hit)
    return {"pair": folder.name, "same_event": gold.get("same_event"), "gold": len(gold["links"]),
            "found_gold": len(matched_gold), "reported": len(found), "right": sum(right),
            "false_alarms": sum(1 for f, ok in zip(found, right) if not ok and FAMILY.get(f["kind"]) != "update"),
            "extra_updates": sum(1 for f, ok in zip(found, right) if not ok and FAMILY.get(f["kind"]) == "update"),
            "links": [dict(f, right=ok) for f, ok in zip(found, right)],
            "missed": [g for i, g in enumerate(gold["links"]) if i not in matched_gold]}


def part_ids(folder: Path, part: str) -> list[str]:
    everything = sorted(p.name for p in (folder / "pairs").iterdir() if (p / "gold.json").is_file())
    if part == "all":
        return everything
    locked = {line.strip() for line in (folder / "locked-test-ids.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    return [i for i in everything if (i in locked) == (part == "test")]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT / "eval" / "cross-vi")
    ap.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--show", action="store_true", help="list every link found and every gold link missed")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    results = [run_pair(a.folder / "pairs" / i) for i in part_ids(a.folder, a.part)]
    gold = sum(r["gold"] for r in results)
    found = sum(r["found_gold"] for r in results)
    reported = sum(r["reported"] for r in results)
    right = sum(r["right"] for r in results)
    with_gold = [r for r in results if r["gold"]]
    summary = {
        "part": a.part, "pairs": len(results),
        "link_recall": round(found / gold, 3) if gold else None, "links_found": found, "links_gold": gold,
        "link_precision": round(right / reported, 3) if reported else None, "links_reported": reported,
        "pairs_linked": sum(1 for r in with_gold if r["found_gold"]), "pairs_with_gold_links": len(with_gold),
        "pairs_with_false_alarm": sum(1 for r in results if r["false_alarms"]),
        "false_alarms": sum(r["false_alarms"] for r in results), "extra_updates": sum(r["extra_updates"] for r in results),
    }
    if a.json:
        print(json.dumps({"summary": summary, "pairs": results}, ensure_ascii=False, indent=1))
        return 0
    print(f"part {a.part}: {len(results)} pairs")
    print(f"links found {found} of {gold} gold (recall {summary['link_recall']}); reported {reported}, right {right} "
          f"(precision {summary['link_precision']})")
    print(f"pairs linked {summary['pairs_linked']} of {len(with_gold)} with gold links; "
          f"false alarms {summary['false_alarms']} in {summary['pairs_with_false_alarm']} pairs; "
          f"extra updates {summary['extra_updates']}")
    if a.show:
        for r in results:
            print(f"\n== {r['pair']} (same event: {r['same_event']}; gold {r['gold']}, found {r['found_gold']}, "
                  f"reported {r['reported']})")
            for f in r["links"]:
                print(f"  {'ok ' if f['right'] else 'BAD'} {f['kind']}: {f['figure']} / {f['other_figure']} | "
                      f"{f['b_sentence'][:90]} <> {f['a_sentence'][:90]}")
            for g in r["missed"]:
                print(f"  MISSED {g['kind']}: {g.get('b_figure')} / {g.get('a_figure')} | {g['b_sentence'][:90]} <> "
                      f"{g['a_sentence'][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
