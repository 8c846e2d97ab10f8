"""Train the bundled part-of-speech tagger (`claims/bundled/vi/pos.crf`, used by claims/tagger.py).

A CRF (python-crfsuite) over the treebank's gold words, with underthesea's own CRF tags as
features, predicting "UPOS|XPOS" as the treebank writes them. Trained on the VTB train split only;
the regularisation was chosen on dev UPOS (dev's XPOS column is spelled differently, see
claims/bundled/README.md); test is scored once at the end, UPOS and XPOS, and, with --parse, the
bundled Stanza parser's UAS / LAS on these tags against Stanza's own tagger and gold tags.

    python scripts/train_tagger.py [--treebank ../shared/nlp-data/UD_Vietnamese-VTB] [--parse]

Deterministic (L-BFGS over the sentences in file order): the same model file every run. About
40 s on one core, 1 MB.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import tagger  # noqa: E402
from claims.treebank import read_split  # noqa: E402

# Chosen on dev UPOS among (c1, c2) in {(0.05, 0.05), (0.05, 0.2), (0.1, 0.1), (0.2, 0.05)}:
# 90.39 / 90.44 / 90.44 / 90.41, all within noise; (0.1, 0.1) keeps the file at about 1 MB.
C1, C2, ITERATIONS = 0.1, 0.1, 150


def xy(sentences):
    X, Y = [], []
    for s in sentences:
        words = [w.form for w in s.words]
        X.append(tagger.features(words, tagger.vlsp_tags(words)))
        Y.append([f"{w.upos}|{w.xpos}" for w in s.words])
    return X, Y


def accuracy(model_path: Path, sentences) -> tuple[float, float]:
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(model_path))
    n = upos = xpos = 0
    X, Y = xy(sentences)
    for x, y in zip(X, Y):
        for got, want in zip(t.tag(x), y):
            n += 1
            upos += got.split("|")[0] == want.split("|")[0]
            xpos += got.split("|")[1] == want.split("|")[1]
    return upos / n, xpos / n


def parse_scores(sentences, model_path: Path) -> None:
    """UAS / LAS of the bundled parser on test with three sources of tags."""
    import pycrfsuite
    import stanza
    from stanza.models.common.doc import Document

    from claims import nlp

    nlp.set_threads(1)
    nlp._speed_up_decoder()
    m = nlp.BUNDLED_DIR
    common = dict(lang="vi", dir=str(m), download_method=None, use_gpu=False, verbose=False,
                  depparse_model_path=str(m / "depparse.pt"), depparse_pretrain_path=str(m / "pretrain.pt"))
    pretagged = stanza.Pipeline(processors="depparse", depparse_pretagged=True, **common)
    own = stanza.Pipeline(processors="tokenize,pos,lemma,depparse", tokenize_pretokenized=True,
                          pos_model_path=str(m / "pos.pt"), pos_pretrain_path=str(m / "pretrain.pt"),
                          lemma_use_identity=True, lemma_model_path="identity", **common)
    crf = pycrfsuite.Tagger()
    crf.open(str(model_path))
    words = [[w.form for w in s.words] for s in sentences]
    n_words = sum(map(len, words))

    def score(doc) -> str:
        n = uas = las = 0
        for parsed, gold in zip(doc.sentences, sentences):
            for w, g in zip(parsed.words, gold.words):
                n += 1
                uas += w.head == g.head
                las += w.head == g.head and w.deprel == g.deprel
        return f"UAS {100 * uas / n:.1f} LAS {100 * las / n:.1f}"

    def doc_of(tags):
        return Document([[{"id": i + 1, "text": w, "lemma": w, "upos": u, "xpos": x}
                          for i, (w, (u, x)) in enumerate(zip(ws, ts))] for ws, ts in zip(words, tags)])

    t0 = time.perf_counter()
    doc = own(words)
    print(f"  Stanza tagger + parser: {score(doc)}  ({(time.perf_counter() - t0) / n_words * 1000:.3f} s per 1,000 words)")
    t0 = time.perf_counter()
    tags = []
    for ws in words:
        labels = crf.tag(tagger.features(ws, tagger.vlsp_tags(ws)))
        tags.append([tuple(label.split("|", 1)) for label in labels])
    t1 = time.perf_counter()
    doc = pretagged(doc_of(tags))
    t2 = time.perf_counter()
    print(f"  this tagger + parser:   {score(doc)}  (tagging {(t1 - t0) / n_words * 1000:.3f}, parsing "
          f"{(t2 - t1) / n_words * 1000:.3f} s per 1,000 words)")
    doc = pretagged(doc_of([[(w.upos, w.xpos) for w in s.words] for s in sentences]))
    print(f"  gold tags + parser:     {score(doc)}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--treebank", type=Path, default=ROOT.parent / "shared" / "nlp-data" / "UD_Vietnamese-VTB")
    p.add_argument("--out", type=Path, default=tagger.MODEL_PATH)
    p.add_argument("--parse", action="store_true", help="also score the bundled parser on test with these tags")
    a = p.parse_args(argv)
    import pycrfsuite

    train = read_split(a.treebank, "train")
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(*xy(train)):
        trainer.append(x, y)
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS, "feature.possible_transitions": True})
    a.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(a.out))
    print(f"trained on {len(train)} sentences in {time.perf_counter() - t0:.0f} s -> {a.out} "
          f"({a.out.stat().st_size:,} bytes)")
    dev = read_split(a.treebank, "dev")
    print(f"dev UPOS {100 * accuracy(a.out, dev)[0]:.2f}")
    test = read_split(a.treebank, "test")
    upos, xpos = accuracy(a.out, test)
    print(f"test UPOS {100 * upos:.2f} XPOS {100 * xpos:.2f}")
    if a.parse:
        parse_scores(test, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
