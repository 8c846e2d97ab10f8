"""Score the checker against gold files in the format of the shared corpus (its README):
`seed/*.gold.json` beside a raw page, `dev/*.json` with the excerpt text inside."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from . import lexicon, treebank
from .attribution.patterns import bracketed, is_short_form
from .analyze import ArticleReport, analyze_document, analyze_text
from .conflicts import cannot_both_hold
from .errors import InputError
from .ingest import read_input

BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 1.01))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: bool, gold: bool, correct: bool = True) -> str | None:
        if pred and gold and correct:
            self.tp += 1
            return None
        if not pred and not gold:
            return None
        if pred:
            self.fp += 1
        if gold:
            self.fn += 1
        return "fp" if pred and not gold else "fn" if gold and not pred else "wrong"

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class Scores:
    docs: int = 0
    gold_sentences: int = 0
    aligned: int = 0
    predicted_sentences: int = 0
    claim: Counts = field(default_factory=Counts)
    attribution: Counts = field(default_factory=Counts)
    source: Counts = field(default_factory=Counts)
    anonymous: Counts = field(default_factory=Counts)
    numbers: Counts = field(default_factory=Counts)
    type_total: int = 0
    type_right: int = 0
    quote_total: int = 0
    quote_right: int = 0
    bands: dict = field(default_factory=lambda: {b: [0, 0] for b in BANDS})
    conflicts_gold: int = 0
    conflicts_found: int = 0
    conflicts_reported: int = 0
    errors: dict = field(default_factory=lambda: defaultdict(list))

    def as_dict(self) -> dict:
        def prf(c: Counts) -> dict:
            return {"precision": round(c.p, 3), "recall": round(c.r, 3), "f1": round(c.f1, 3)}

        return {
            "documents": self.docs,
            "sentence_alignment": round(self.aligned / self.gold_sentences, 3) if self.gold_sentences else 0.0,
            "gold_sentences": self.gold_sentences, "predicted_sentences": self.predicted_sentences,
            "claim": prf(self.claim), "attribution": prf(self.attribution), "source": prf(self.source),
            "anonymous_source": prf(self.anonymous), "numbers": prf(self.numbers),
            "source_type_accuracy": round(self.type_right / self.type_total, 3) if self.type_total else 0.0,
            "quote_kind_accuracy": round(self.quote_right / self.quote_total, 3) if self.quote_total else 0.0,
            "confidence_bands": {f"{lo:.1f}-{min(hi, 1.0):.1f}": {"attributions": n, "precision": round(ok / n, 3) if n else None}
                                 for (lo, hi), (n, ok) in self.bands.items()},
            "conflicts": {"gold": self.conflicts_gold, "found": self.conflicts_found, "reported": self.conflicts_reported,
                          "recall": round(self.conflicts_found / self.conflicts_gold, 3) if self.conflicts_gold else None},
        }


def _norm_source(s: str, lang: str = "vi") -> str:
    lex = lexicon.get(lang)
    s = s.lower().strip(" .,:;\"“”")
    changed = True
    titles = sorted((t.lower() for t in lex.PERSON_TITLES), key=len, reverse=True)
    while changed:
        changed = False
        for t in titles + ["hãng tin", "tờ", "báo", "đài"]:
            if s.startswith(t + " "):
                s = s[len(t) + 1:]
                changed = True
                break
    return re.sub(r"\s+", " ", s)


def source_match(pred: str, gold: str, lang: str = "vi") -> bool:
    """Fuzzy match after stripping titles: "Esmail Qaani" = "ông Esmail Qaani", "Reuters" = "hãng tin Reuters";
    a name given with its short form in brackets is either form: "Tập đoàn Điện lực Việt Nam (EVN)" =
    "EVN" = "Tập đoàn Điện lực Việt Nam" (gold sets write both)."""
    # (one side whole: two names' asides alone, "(Hà Nội)", "(45 tuổi)", make no match)
    return any(_same_source(a, gold, lang) for a in _bracket_forms(pred, lang)) \
        or any(_same_source(pred, b, lang) for b in _bracket_forms(gold, lang))


def _bracket_forms(name: str, lang: str) -> list[str]:
    """The name, and when it ends with a short form in brackets, the name without it and the short
    form alone ("EVN"); a bracketed parent body ("Cục X (Bộ Y tế)") is no short form."""
    both = bracketed(name)
    if both is None:
        return [name]
    return [name, both[0]] + ([both[1]] if is_short_form(both[1], lexicon.get(lang)) else [])


def _same_source(pred: str, gold: str, lang: str) -> bool:
    a, b = _norm_source(pred, lang), _norm_source(gold, lang)
    if not a or not b:
        return False
    if fuzz.ratio(a, b) >= 85:
        return True
    short, long_ = sorted((a, b), key=len)
    return short in long_ and len(short.split()) / len(long_.split()) >= 0.5


def _norm_text(t: str) -> str:
    return re.sub(r"\s+", " ", t).strip()


def align(gold: list[dict], pred: list) -> list[int | None]:
    """For each gold sentence, the index of the predicted sentence with the same text (greedy, in order)."""
    out: list[int | None] = []
    k = 0
    for g in gold:
        gt = _norm_text(g["text"])
        best, best_j = 0.0, None
        for j in range(k, min(len(pred), k + 8)):
            score = fuzz.ratio(gt, _norm_text(pred[j].text))
            if score > best:
                best, best_j = score, j
        if best >= 90 and best_j is not None:
            out.append(best_j)
            k = best_j + 1
        else:
            out.append(None)
    return out


def _gold_docs(root: Path, use_nlp: bool = True, part: str = "all"):
    """(name, loader -> list[ArticleReport], gold articles) for every gold file under root, or
    for every batch of an annotated treebank folder (claims.treebank)."""
    if treebank.is_treebank_gold(root):
        for doc in treebank.gold_documents(root, part):
            yield doc["id"], (lambda t=doc["text"], n=doc["id"]: analyze_text(t, n, use_nlp=use_nlp)), [doc]
        return
    for gold_path in sorted(root.rglob("*.json")):
        try:
            data = json.loads(gold_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if not isinstance(data, dict) or ("articles" not in data and "sentences" not in data):
            continue
        if "articles" in data:
            raw = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
            if not raw.exists():
                continue
            yield data.get("id", gold_path.stem), (lambda raw=raw: analyze_document(read_input(str(raw)), use_nlp=use_nlp)), data["articles"]
        elif "text" in data:
            yield data.get("id", gold_path.stem), (lambda t=data["text"], n=gold_path.name: analyze_text(t, n, use_nlp=use_nlp)), [data]


def evaluate(root: str | Path, lang: str = "vi", use_nlp: bool = True, part: str = "all") -> Scores:
    root = Path(root)
    if not root.is_dir():
        raise InputError(str(root), "is not a directory of gold files")
    scores = Scores()
    for name, load, gold_articles in _gold_docs(root, use_nlp, part):
        scores.docs += 1
        reports: list[ArticleReport] = load()
        pred = [s for r in reports for s in r.sentences]
        owners = [(ri, s.index) for ri, r in enumerate(reports) for s in r.sentences]
        scores.predicted_sentences += len(pred)
        gold = [s for a in gold_articles for s in a["sentences"]]
        offsets = []
        n = 0
        for a in gold_articles:
            offsets.append(n)
            n += len(a["sentences"])
        mapping = align(gold, pred)
        scores.gold_sentences += len(gold)
        for g, j in zip(gold, mapping):
            _score_sentence(scores, name, g, pred[j] if j is not None else None, lang)
        # conflicts: a gold pair is found when the aligned sentences are linked, in either order, by
        # a kind whose two sides cannot both hold (a conflict or a correction; an update can)
        links = set()
        for ri, r in enumerate(reports):
            for c in r.conflicts:
                if c.other_article is None and cannot_both_hold(c.kind):
                    links.add(frozenset({(ri, c.sentence), (ri, c.other_sentence)}))
        scores.conflicts_reported += len(links)
        for a, base in zip(gold_articles, offsets):
            for i, j, why in a.get("conflicts", []):
                scores.conflicts_gold += 1
                pi, pj = mapping[base + i], mapping[base + j]
                if pi is not None and pj is not None and frozenset({owners[pi], owners[pj]}) in links:
                    scores.conflicts_found += 1
                else:
                    scores.errors["conflict missed"].append(f"{name} [{i},{j}] {why}")
        gold_pairs = {frozenset({owners[mapping[base + i]], owners[mapping[base + j]]})
                      for a, base in zip(gold_articles, offsets) for i, j, _ in a.get("conflicts", [])
                      if mapping[base + i] is not None and mapping[base + j] is not None}
        for link in links - gold_pairs:
            texts = [pred[owners.index(x)].text[:70] for x in link]
            scores.errors["conflict false alarm"].append(f"{name} {sorted(x[1] for x in link)}: " + " <> ".join(texts))
    return scores


def _score_sentence(scores: Scores, name: str, g: dict, p, lang: str) -> None:
    tag = f"{name} #{g['i']}: {g['text'][:90]}"
    if p is None:
        scores.errors["sentence not aligned"].append(tag)
    else:
        scores.aligned += 1
    pred_claim = bool(p and p.is_claim)
    err = scores.claim.add(pred_claim, bool(g["claim"]))
    if err:
        scores.errors[f"claim {err}"].append(tag)
    prim = p.primary if p else None
    gold_att = bool(g["attributed"])
    err = scores.attribution.add(prim is not None, gold_att)
    if err:
        scores.errors[f"attribution {err}"].append(tag + (f"  [pred: {prim.source} / {prim.cue}]" if prim else f"  [gold: {g['source']} / {g['cue']}]"))
    ok = bool(prim and gold_att and g.get("source") and source_match(prim.source, g["source"], lang))
    err = scores.source.add(prim is not None, gold_att, ok)
    if err == "wrong":
        scores.errors["source wrong"].append(f"{tag}  [pred: {prim.source} ({prim.source_type}) | gold: {g['source']} ({g['source_type']})]")
    if prim is not None:
        for (lo, hi) in BANDS:
            if lo <= prim.confidence < hi:
                scores.bands[(lo, hi)][0] += 1
                scores.bands[(lo, hi)][1] += int(ok)
    pred_anon = bool(prim and prim.source_type == "anonymous")
    gold_anon = g.get("source_type") == "anonymous"
    err = scores.anonymous.add(pred_anon, gold_anon)
    if err:
        scores.errors[f"anonymous {err}"].append(tag + (f"  [pred: {prim.source}]" if prim else ""))
    if prim and gold_att:
        scores.type_total += 1
        if prim.source_type == g.get("source_type"):
            scores.type_right += 1
        else:
            scores.errors["source type wrong"].append(f"{tag}  [pred: {prim.source_type} | gold: {g['source_type']}]")
        scores.quote_total += 1
        if prim.quote == g.get("quote"):
            scores.quote_right += 1
        else:
            scores.errors["quote kind wrong"].append(f"{tag}  [pred: {prim.quote} | gold: {g.get('quote')}]")
    pred_nums = [f.text.lower() for f in (p.numbers if p else ())]
    gold_nums = [x.lower() for x in g.get("numbers", [])]
    for x in pred_nums:
        if x in gold_nums:
            gold_nums.remove(x)
            scores.numbers.tp += 1
        else:
            scores.numbers.fp += 1
            scores.errors["number fp"].append(f"{tag}  [{x}]")
    scores.numbers.fn += len(gold_nums)
    for x in gold_nums:
        scores.errors["number fn"].append(f"{tag}  [{x}]")


def format_scores(scores: Scores, with_errors: bool = False) -> str:
    d = scores.as_dict()
    lines = [f"documents: {d['documents']}   gold sentences: {d['gold_sentences']}   predicted: {d['predicted_sentences']}",
             f"sentence alignment: {d['sentence_alignment']:.3f}",
             f"{'':22}{'P':>7}{'R':>7}{'F1':>7}"]
    for key in ("claim", "attribution", "source", "anonymous_source", "numbers"):
        m = d[key]
        lines.append(f"{key:22}{m['precision']:7.3f}{m['recall']:7.3f}{m['f1']:7.3f}")
    lines.append(f"source type accuracy: {d['source_type_accuracy']:.3f}   quote kind accuracy: {d['quote_kind_accuracy']:.3f}")
    lines.append("attribution precision by confidence:")
    for band, v in d["confidence_bands"].items():
        prec = "-" if v["precision"] is None else f"{v['precision']:.3f}"
        lines.append(f"  {band}: {v['attributions']:4d} attributions, precision {prec}")
    c = d["conflicts"]
    rec = "-" if c["recall"] is None else f"{c['recall']:.3f}"
    lines.append(f"conflicts: gold {c['gold']}, found {c['found']} (recall {rec}), reported {c['reported']}")
    if with_errors:
        for cat in sorted(scores.errors):
            items = scores.errors[cat]
            lines.append(f"\n== {cat} ({len(items)})")
            lines.extend(f"  {x}" for x in items)
    return "\n".join(lines)
