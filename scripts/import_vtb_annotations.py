"""Turn the annotators' files for treebank sentences into the project's gold file.

Annotators worked on batches of about 50 consecutive treebank sentences shown with news-style
spacing, in two independent passes (A, B); an adjudicator decided every disagreement. Their files
hold strings; the project keeps only the treebank's `sent_id` and character spans over its
`# text` lines (the text itself is read from ../shared/nlp-data when needed):

    python scripts/import_vtb_annotations.py --work /work/annot --out eval/vtb

writes `eval/vtb/gold.jsonl` (one line per sentence), `eval/vtb/batches.json` (the batches,
their conflicts) and prints inter-annotator agreement. Batches without both passes and an
adjudication file are skipped.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.treebank import align_to_raw, read_all  # noqa: E402

FIELDS = ("kind", "claim", "attributed", "source", "source_type", "cue", "quote", "numbers")


def locate(needle: str, sid: str, order: list[str], shown: dict[str, str], near: int = 60) -> tuple[str, int, int] | None:
    """(sent_id, start, end) in the shown text of `needle`: in the sentence itself, else the nearest
    sentence of the batch before it, else after it."""
    k = order.index(sid)
    candidates = [k] + [j for d in range(1, near) for j in (k - d, k + d) if 0 <= j < len(order)]
    for j in candidates:
        at = shown[order[j]].find(needle)
        if at >= 0:
            return order[j], at, at + len(needle)
    return None


def to_raw(sid: str, start: int, end: int, shown: dict[str, str], raw: dict[str, str]) -> list:
    index = align_to_raw(shown[sid], raw[sid])
    return [sid, index[start], index[end - 1] + 1]


def convert(batch: dict, final: dict[str, dict], raw: dict[str, str]) -> list[dict]:
    shown = {s["sent_id"]: s["text"] for s in batch["sentences"]}
    order = list(shown)
    out = []
    for sid in order:
        a = final[sid]
        row = {"sent_id": sid, "batch": batch["batch"], "kind": a["kind"], "claim": bool(a["claim"]),
               "attributed": bool(a["attributed"]), "source_type": a.get("source_type") if a["attributed"] else None,
               "quote": a.get("quote") if a["attributed"] else None, "source": None, "cue": None, "numbers": [],
               "adjudicated": bool(a.get("_adjudicated"))}
        if a["attributed"] and a.get("source"):
            hit = locate(a["source"], sid, order, shown)
            if hit is None:
                raise SystemExit(f"{sid}: source {a['source']!r} not in the batch")
            row["source"] = to_raw(*hit, shown, raw)
        if a["attributed"] and a.get("cue"):
            hit = locate(a["cue"], sid, order, shown, near=8)
            if hit is not None:
                row["cue"] = to_raw(*hit, shown, raw)
        pos = 0
        for n in a.get("numbers") or []:
            at = shown[sid].find(n, pos)
            if at < 0:
                raise SystemExit(f"{sid}: number {n!r} not in the sentence")
            row["numbers"].append(to_raw(sid, at, at + len(n), shown, raw)[1:])
            pos = at + len(n)
        out.append(row)
    return out


def agreement(pairs: list[tuple[dict, dict]]) -> dict:
    n = len(pairs)
    same_att = sum(a["attributed"] == b["attributed"] for a, b in pairs)
    same_claim = sum(a["claim"] == b["claim"] for a, b in pairs)
    pa = sum(a["attributed"] for a, _ in pairs) / n
    pb = sum(b["attributed"] for _, b in pairs) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    kappa = (same_att / n - expected) / (1 - expected) if expected < 1 else 1.0
    both = [(a, b) for a, b in pairs if a["attributed"] and b["attributed"]]
    same_type = sum(a["source_type"] == b["source_type"] for a, b in both)
    return {"sentences": n, "attributed_agreement": round(same_att / n, 3), "attributed_kappa": round(kappa, 3),
            "claim_agreement": round(same_claim / n, 3),
            "source_type_agreement_when_both_attributed": round(same_type / len(both), 3) if both else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, required=True, help="annotation folder (batches/, out/, adj/)")
    ap.add_argument("--treebank", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "nlp-data" / "UD_Vietnamese-VTB")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "eval" / "vtb")
    args = ap.parse_args()
    raw = {sid: s.text for sid, s in read_all(args.treebank).items()}
    rows, batches, pairs = [], [], []
    for bfile in sorted((args.work / "batches").glob("*.json")):
        name = bfile.stem
        files = [args.work / "out" / f"{name}.A.json", args.work / "out" / f"{name}.B.json", args.work / "adj" / f"{name}.json"]
        if not all(f.exists() for f in files):
            print(f"skipped {name}: passes or adjudication missing")
            continue
        batch = json.loads(bfile.read_text(encoding="utf-8"))
        A, B, adj = (json.loads(f.read_text(encoding="utf-8")) for f in files)
        final = {s["sent_id"]: dict(s) for s in A["sentences"]}
        pairs.extend(zip(A["sentences"], B["sentences"]))
        for d in adj.get("decisions", []):
            final[d["sent_id"]] = dict(d, _adjudicated=True)
        rows.extend(convert(batch, final, raw))
        ids = [s["sent_id"] for s in batch["sentences"]]
        conflicts = [c for c in adj.get("conflicts", []) if c[0] in ids and c[1] in ids]
        batches.append({"batch": name, "sent_ids": ids,
                        "conflicts": [sorted(c[:2], key=ids.index) + [c[2] if len(c) > 2 else ""] for c in conflicts]})
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    (args.out / "batches.json").write_text(json.dumps(batches, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(rows)} sentences in {len(batches)} batches; adjudicated {sum(r['adjudicated'] for r in rows)}")
    print("agreement of the two passes:", json.dumps(agreement(pairs)))


if __name__ == "__main__":
    main()
