#!/usr/bin/env python3
"""Train the compact Vietnamese Stanza models bundled in claims/bundled/vi.

Trains, from the UD Vietnamese-VTB treebank (CC BY-SA 4.0):

  tokenize.pt  sentence splitting + word segmentation (Stanza tokenizer)
  pretrain.pt  100-d word vectors built here from the treebank text
               (co-occurrence -> PPMI -> truncated SVD), shared by pos/depparse
  pos.pt       UPOS/XPOS tagger (Stanza tagger)
  depparse.pt  dependency parser (optional, small)

and evaluates each on the VTB test file (plus underthesea's word_tokenize as a
baseline for word segmentation).

Everything runs offline on CPU through Stanza's own trainers
(stanza.models.tokenizer / tagger / parser ``main(args)``); nothing is
downloaded (no charlm, no default pretrain).  Intermediate data and checkpoints
go to a work directory outside the repository (default /tmp/vi_models_work); no
treebank data is written into the repository.

Usage (from the repository root):

  python scripts/train_models.py                       # all steps
  python scripts/train_models.py --steps prepare,pretrain,tokenize
  python scripts/train_models.py --steps pos --threads 1
  python scripts/train_models.py --steps copy,eval

On 2 cores it is faster to run the trainers side by side, one thread each
(they are independent: pos/depparse train on gold tokens and tags):

  python scripts/train_models.py --steps prepare,pretrain
  python scripts/train_models.py --steps tokenize --threads 1 &
  python scripts/train_models.py --steps pos --threads 1 && \
      python scripts/train_models.py --steps depparse --threads 1
  wait
  python scripts/train_models.py --steps copy,eval,underthesea --threads 1

Steps: prepare, pretrain, tokenize, pos, depparse, copy, eval, underthesea.
"""

import argparse
import io
import json
import logging
import os
import random
import re
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Settings.  Chosen for a 2-core CPU machine and a ~45 minute training budget,
# and for a total bundle size <= 20 MB.
# ---------------------------------------------------------------------------

SEED = 1234                      # fixed seed for data augmentation and all trainers
SHORTHAND = "vi_vtb"             # Stanza treebank shorthand (file names only)
LANG = "vi"
ALL_STEPS = ["prepare", "pretrain", "tokenize", "pos", "depparse", "copy", "eval", "underthesea"]
DEFAULT_STEPS = ["prepare", "pretrain", "tokenize", "pos", "depparse", "copy", "eval", "underthesea"]

# VTB's raw text has a space around every punctuation mark ("xã , mỗi"), which
# real news text does not ("xã, mỗi").  This fraction of training sentences is
# rewritten with natural spacing (SpaceAfter=No before , . ! ? : ; ) etc. and
# inside quotes/brackets) so the tokenizer learns to split glued punctuation.
# Dev/test are left as they are, so test scores stay comparable to published ones.
NATURAL_SPACING_FRACTION = 0.5

# Pretrain word vectors: built from train+dev word forms only (never test),
# lowercased because Stanza looks words up in the pretrain lowercased.
PRETRAIN_DIM = 100               # README-measured: ~1.5 MB file, seconds to build
PRETRAIN_WINDOW = 3              # symmetric co-occurrence window, in words
PRETRAIN_MIN_COUNT = 1           # keep every word: the corpus is tiny (~46k words)
PRETRAIN_MAX_CONTEXTS = 5000     # context vocabulary for the PPMI matrix
PRETRAIN_CDS_ALPHA = 0.75        # context distribution smoothing for PPMI

# Tokenizer: Stanza defaults (emb 32, hidden 64, ~0.6 MB) except the number of
# steps.  Dev score was still rising at 2500 steps (90.49); with 4000 steps the
# best dev checkpoint (90.73) is at step 3500 and is the one kept.  ~25 min with
# one thread while another trainer runs on the second core.
TOKENIZE_STEPS = 4000
TOKENIZE_EVAL_STEPS = 250
TOKENIZE_ARGS = [
    "--dropout", "0.33",
    # these Stanza augmentations exist for Vietnamese-style "space before
    # punctuation" treebanks; bumped from 0.02 on top of NATURAL_SPACING_FRACTION
    "--punct_move_back_prob", "0.05",
    "--last_char_move_prob", "0.05",
]

# POS: the measured config (batch 50, char hidden 100, deep biaffine 100)
# scored 87.4 UPOS at 1800 steps but produced 12.6 MB; a smaller main BiLSTM
# (hidden 128 instead of 200) halves the file (6.5 MB) for test UPOS 86.5.
# ~13 min; dev UPOS was still creeping up (+0.2 per 400 steps) at the end.
POS_STEPS = 2400
POS_ARGS = [
    "--batch_size", "50",
    "--hidden_dim", "128",
    "--char_hidden_dim", "100",
    "--deep_biaff_hidden_dim", "100",
    "--composite_deep_biaff_hidden_dim", "100",
    "--eval_interval", "200",
    "--fix_eval_interval",
]

# Depparse (optional): default sizes (hidden 400/biaffine 400) give >35 MB.
# The labelled biaffine is (h+1)^2 x #deprels, so both are shrunk hard:
# 10.4 MB, ~21 min on a shared core, test UAS 73.8 / LAS 63.5 with gold tags.
DEPPARSE_STEPS = 1000
DEPPARSE_ARGS = [
    "--batch_size", "1500",
    "--hidden_dim", "128",
    "--char_hidden_dim", "100",
    "--deep_biaff_hidden_dim", "96",
    "--num_layers", "2",
    "--eval_interval", "100",
]

log = logging.getLogger("train_models")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def set_threads(n):
    import torch
    if n:
        torch.set_num_threads(n)


def read_conllu_sentences(path):
    """List of sentences, each a list of raw lines (comments + token lines)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as fin:
        for line in fin:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
            else:
                cur.append(line)
    if cur:
        sents.append(cur)
    return sents


def write_conllu_sentences(path, sents):
    with open(path, "w", encoding="utf-8") as fout:
        for sent in sents:
            for line in sent:
                fout.write(line + "\n")
            fout.write("\n")


def token_rows(sent):
    return [line.split("\t") for line in sent if not line.startswith("#")]


def words_of(sent):
    return [row[1] for row in token_rows(sent) if row[0].isdigit()]


def sentence_text(sent):
    for line in sent:
        m = re.match(r"^#\s*text\s*=\s*(.*)$", line)
        if m:
            return m.group(1).strip()
    return " ".join(words_of(sent))


NO_SPACE_BEFORE = {",", ".", "!", "?", ":", ";", "...", "…", "%", ")", "]", "}", "”", "’", "»"}
NO_SPACE_AFTER = {"(", "[", "{", "“", "‘", "«"}
TOGGLE_QUOTES = {'"', "'"}


def naturalize(sent):
    """Rewrite a VTB sentence ("a , b ( c ) \" d \"") with news-style spacing.

    Only SpaceAfter=No flags change; word forms are untouched, so gold word
    segmentation is preserved.  Returns a new list of lines.
    """
    rows = [line.split("\t") if not line.startswith("#") else None for line in sent]
    idx = [i for i, r in enumerate(rows) if r is not None and r[0].isdigit()]
    forms = [rows[i][1] for i in idx]
    glue_after = [False] * len(forms)   # no space after token k
    open_quote = {q: True for q in TOGGLE_QUOTES}
    for k, form in enumerate(forms):
        if form in NO_SPACE_BEFORE and k > 0:
            glue_after[k - 1] = True
        elif form in NO_SPACE_AFTER:
            glue_after[k] = True
        elif form in TOGGLE_QUOTES:
            if open_quote[form]:
                glue_after[k] = True
            elif k > 0:
                glue_after[k - 1] = True
            open_quote[form] = not open_quote[form]
    glue_after[-1] = False
    out = []
    text_parts = []
    for k, i in enumerate(idx):
        r = list(rows[i])
        if glue_after[k]:
            r[9] = "SpaceAfter=No" if r[9] in ("_", "") else r[9] + "|SpaceAfter=No"
        rows[i] = r
        text_parts.append(r[1] + ("" if glue_after[k] else " "))
    text = "".join(text_parts).strip()
    for line, r in zip(sent, rows):
        if r is None:
            if re.match(r"^#\s*text\s*=", line):
                out.append("# text = " + text)
            else:
                out.append(line)
        else:
            out.append("\t".join(r))
    return out


def blank_xpos(sent):
    out = []
    for line in sent:
        if line.startswith("#"):
            out.append(line)
            continue
        r = line.split("\t")
        r[4] = "_"
        out.append("\t".join(r))
    return out


def fix_text_comment(sent):
    """VTB writes '# text =Tôi'; normalise to '# text = Tôi'."""
    return [("# text = " + sentence_text(sent)) if re.match(r"^#\s*text\s*=", l) else l for l in sent]


def dir_size(path):
    return os.path.getsize(path) if os.path.exists(path) else 0


# ---------------------------------------------------------------------------
# steps
# ---------------------------------------------------------------------------

def step_prepare(a):
    """Write tokenizer/pos/depparse data into the work dir."""
    from stanza.utils.datasets import common as ds_common
    from stanza.utils.datasets.prepare_tokenizer_treebank import augment_punct

    tb = Path(a.treebank)
    splits = {s: read_conllu_sentences(tb / f"vi_vtb-ud-{s}.conllu") for s in ("train", "dev", "test")}
    for s, sents in splits.items():
        splits[s] = [fix_text_comment(x) for x in sents]
        log.info("%s: %d sentences, %d words", s, len(sents), sum(len(words_of(x)) for x in sents))

    # --- tokenizer data
    tok = Path(a.work) / "tokenize"
    tok.mkdir(parents=True, exist_ok=True)
    random.seed(SEED)
    train = augment_punct([list(x) for x in splits["train"]])   # Stanza's own quote/bracket/ellipsis augmentation
    rng = random.Random(SEED)
    n_nat = 0
    train_tok = []
    for sent in train:
        if rng.random() < NATURAL_SPACING_FRACTION:
            sent = naturalize(sent)
            n_nat += 1
        train_tok.append(sent)
    log.info("tokenizer train: %d sentences (%d with natural spacing)", len(train_tok), n_nat)
    write_conllu_sentences(tok / f"{SHORTHAND}.train.gold.conllu", train_tok)
    write_conllu_sentences(tok / f"{SHORTHAND}.dev.gold.conllu", splits["dev"])
    write_conllu_sentences(tok / f"{SHORTHAND}.test.gold.conllu", splits["test"])
    ds_common.convert_conllu_to_txt(str(tok), SHORTHAND)
    ds_common.prepare_tokenizer_treebank_labels(str(tok), SHORTHAND)
    # an extra test variant with news-style spacing ("An, giám đốc"), for eval only
    nat = Path(a.work) / "tokenize_natural"
    nat.mkdir(parents=True, exist_ok=True)
    write_conllu_sentences(nat / f"{SHORTHAND}.test.gold.conllu", [naturalize(x) for x in splits["test"]])
    ds_common.convert_conllu_to_txt(str(nat), SHORTHAND, shards=("test",))

    # --- pos / depparse data (gold tokens)
    tag = Path(a.work) / "tagged"
    tag.mkdir(parents=True, exist_ok=True)
    write_conllu_sentences(tag / "train.conllu", splits["train"])
    # dev XPOS uses a different spelling (PRE/PRO/PUNCT vs Pre/Pro/.): blank it,
    # so the tagger's dev score (used for model selection) is UPOS only
    write_conllu_sentences(tag / "dev.noxpos.conllu", [blank_xpos(x) for x in splits["dev"]])
    write_conllu_sentences(tag / "dev.conllu", splits["dev"])
    write_conllu_sentences(tag / "test.conllu", splits["test"])


def step_pretrain(a):
    """co-occurrence -> PPMI -> truncated SVD word vectors, as a Stanza pretrain."""
    import numpy as np
    from scipy import sparse
    from scipy.sparse.linalg import svds
    from stanza.models.common.pretrain import Pretrain

    tb = Path(a.treebank)
    corpus = []
    for s in ("train", "dev"):   # never test
        for sent in read_conllu_sentences(tb / f"vi_vtb-ud-{s}.conllu"):
            corpus.append([w.lower() for w in words_of(sent)])
    counts = Counter(w for sent in corpus for w in sent)
    vocab = [w for w, c in counts.most_common() if c >= PRETRAIN_MIN_COUNT]
    w2i = {w: i for i, w in enumerate(vocab)}
    contexts = vocab[:PRETRAIN_MAX_CONTEXTS]
    c2i = {w: i for i, w in enumerate(contexts)}
    rows, cols, vals = [], [], []
    for sent in corpus:
        for i, w in enumerate(sent):
            if w not in w2i:
                continue
            for j in range(max(0, i - PRETRAIN_WINDOW), min(len(sent), i + PRETRAIN_WINDOW + 1)):
                if j == i or sent[j] not in c2i:
                    continue
                rows.append(w2i[w]); cols.append(c2i[sent[j]]); vals.append(1.0 / abs(i - j))
    M = sparse.coo_matrix((vals, (rows, cols)), shape=(len(vocab), len(contexts))).tocsr()
    M.sum_duplicates()
    total = M.sum()
    row_sum = np.asarray(M.sum(axis=1)).ravel()
    col_sum = np.asarray(M.sum(axis=0)).ravel() ** PRETRAIN_CDS_ALPHA
    col_p = col_sum / col_sum.sum()
    M = M.tocoo()
    pmi = np.log((M.data / total) / ((row_sum[M.row] / total) * col_p[M.col]))
    keep = pmi > 0
    P = sparse.csr_matrix((pmi[keep], (M.row[keep], M.col[keep])), shape=M.shape)
    k = min(PRETRAIN_DIM, min(P.shape) - 1)
    U, S, _ = svds(P.astype(np.float64), k=k, random_state=SEED) if _svds_has_random_state() else svds(P.astype(np.float64), k=k)
    emb = U * np.sqrt(S)
    norms = np.linalg.norm(emb, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    emb = emb / norms
    work = Path(a.work)
    vec = work / "vi_vtb.ppmi_svd.vec"
    with open(vec, "w", encoding="utf-8") as fout:
        fout.write("%d %d\n" % (len(vocab), emb.shape[1]))
        for w, row in zip(vocab, emb):
            # Stanza rejoins multi-piece words with NBSP and maps spaces to NBSP at lookup
            fout.write(w.replace(" ", "\xa0") + " " + " ".join("%.5f" % x for x in row) + "\n")
    pt = work / "pretrain.pt"
    if pt.exists():
        pt.unlink()
    Pretrain(str(pt), str(vec)).load()
    log.info("pretrain: %d words x %d dims -> %s (%.2f MB)", len(vocab), emb.shape[1], pt, dir_size(pt) / 1e6)


def _svds_has_random_state():
    import inspect
    from scipy.sparse.linalg import svds
    return "random_state" in inspect.signature(svds).parameters


def step_tokenize(a):
    from stanza.models import tokenizer
    from stanza.utils.avg_sent_len import avg_sent_len
    import math

    tok = Path(a.work) / "tokenize"
    label_file = tok / f"{SHORTHAND}-ud-train.toklabels"
    seqlen = str(math.ceil(avg_sent_len(str(label_file)) * 3 / 100) * 100)   # as run_tokenizer does
    args = [
        "--mode", "train", "--lang", LANG, "--shorthand", SHORTHAND,
        "--label_file", str(label_file), "--txt_file", str(tok / f"{SHORTHAND}.train.txt"),
        "--dev_txt_file", str(tok / f"{SHORTHAND}.dev.txt"),
        "--dev_label_file", str(tok / f"{SHORTHAND}-ud-dev.toklabels"),
        "--dev_conll_gold", str(tok / f"{SHORTHAND}.dev.gold.conllu"),
        "--mwt_json_file", str(tok / f"{SHORTHAND}-ud-dev-mwt.json"),
        "--max_seqlen", seqlen,
        "--steps", str(a.tokenize_steps), "--eval_steps", str(TOKENIZE_EVAL_STEPS),
        "--save_dir", str(Path(a.work) / "models"), "--save_name", "tokenize.pt",
        "--seed", str(SEED), "--cpu",
    ] + TOKENIZE_ARGS
    log.info("tokenizer args: %s", args)
    t0 = time.time()
    tokenizer.main(args)
    log.info("tokenizer trained in %.1f min", (time.time() - t0) / 60)


def step_pos(a):
    from stanza.models import tagger
    tag = Path(a.work) / "tagged"
    args = [
        "--mode", "train", "--lang", LANG, "--shorthand", SHORTHAND,
        "--train_file", str(tag / "train.conllu"),
        "--eval_file", str(tag / "dev.noxpos.conllu"),
        "--output_file", str(Path(a.work) / "pos.dev.pred.conllu"),
        "--wordvec_pretrain_file", str(Path(a.work) / "pretrain.pt"),
        "--max_steps", str(a.pos_steps),
        "--save_dir", str(Path(a.work) / "models"), "--save_name", "pos.pt",
        "--seed", str(SEED), "--cpu",
    ] + POS_ARGS
    log.info("pos args: %s", args)
    t0 = time.time()
    tagger.main(args)
    log.info("pos trained in %.1f min", (time.time() - t0) / 60)


def step_depparse(a):
    from stanza.models import parser
    tag = Path(a.work) / "tagged"
    args = [
        "--mode", "train", "--lang", LANG, "--shorthand", SHORTHAND,
        "--train_file", str(tag / "train.conllu"),
        "--eval_file", str(tag / "dev.conllu"),
        "--output_file", str(Path(a.work) / "depparse.dev.pred.conllu"),
        "--wordvec_pretrain_file", str(Path(a.work) / "pretrain.pt"),
        "--max_steps", str(a.depparse_steps),
        "--save_dir", str(Path(a.work) / "models"), "--save_name", "depparse.pt",
        "--no_checkpoint",
        "--seed", str(SEED), "--cpu",
    ] + DEPPARSE_ARGS
    log.info("depparse args: %s", args)
    t0 = time.time()
    parser.main(args)
    log.info("depparse trained in %.1f min", (time.time() - t0) / 60)


# Stanza's Pipeline refuses to start without a resources.json in `dir`, even with
# download_method=None and explicit *_model_path arguments.  This hand-made one
# only names the processors (the real paths always come from the kwargs); with an
# empty "{}" file the `processors` argument would be ignored and depparse could
# not get its (identity) lemma prerequisite.
MINIMAL_RESOURCES = {
    "vi": {
        "lang_name": "Vietnamese",
        "packages": {"default": {"tokenize": "vtb", "pos": "vtb", "depparse": "vtb"}},
        "default_processors": {"tokenize": "vtb", "pos": "vtb", "depparse": "vtb"},
        "tokenize": {"vtb": {}},
        "pos": {"vtb": {"dependencies": [{"model": "pretrain", "package": "vtb"}]}},
        "depparse": {"vtb": {"dependencies": [{"model": "pretrain", "package": "vtb"}]}},
        "pretrain": {"vtb": {}},
    }
}


def step_copy(a):
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "resources.json").write_text(json.dumps(MINIMAL_RESOURCES, indent=2) + "\n", encoding="utf-8")
    work = Path(a.work)
    pairs = [(work / "models" / "tokenize.pt", out / "tokenize.pt"),
             (work / "pretrain.pt", out / "pretrain.pt"),
             (work / "models" / "pos.pt", out / "pos.pt"),
             (work / "models" / "depparse.pt", out / "depparse.pt")]
    total = 0
    for src, dst in pairs:
        if src.exists():
            shutil.copyfile(src, dst)
            total += dst.stat().st_size
            log.info("copied %s -> %s (%.2f MB)", src, dst, dst.stat().st_size / 1e6)
        else:
            log.warning("missing %s (step not run?)", src)
    log.info("total model size: %.2f MB", total / 1e6)


# ---------------------------------------------------------------------------
# evaluation (through the normal stanza.Pipeline, offline)
# ---------------------------------------------------------------------------

def pipeline_kwargs(model_dir, processors):
    """The exact kwargs used to load the bundled models with no network."""
    model_dir = Path(model_dir)
    kw = dict(lang="vi", dir=str(model_dir), download_method=None, processors=processors,
              tokenize_model_path=str(model_dir / "tokenize.pt"), logging_level="WARN", use_gpu=False)
    if "pos" in processors or "depparse" in processors:
        kw["pos_model_path"] = str(model_dir / "pos.pt")
        kw["pos_pretrain_path"] = str(model_dir / "pretrain.pt")
    if "depparse" in processors:
        # depparse requires a lemma processor; VTB lemmas are just the forms, so use identity
        if "lemma" not in processors:
            kw["processors"] = processors.replace("depparse", "lemma,depparse")
        kw["lemma_use_identity"] = True
        kw["depparse_model_path"] = str(model_dir / "depparse.pt")
        kw["depparse_pretrain_path"] = str(model_dir / "pretrain.pt")
    return kw


def nows_spans(words, offset=0):
    """Character spans of words in the whitespace-free text."""
    spans, pos = set(), offset
    for w in words:
        n = len(re.sub(r"\s+", "", w))
        spans.add((pos, pos + n))
        pos += n
    return spans, pos


def f1(gold, pred):
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def ud_eval_scores(gold_path, system_text, metrics):
    from stanza.models.common.utils import ud_scores   # Stanza's wrapper of the official UD scorer
    ev = ud_scores(str(gold_path), io.StringIO(system_text))
    return {m: 100 * ev[m].f1 for m in metrics}


def step_eval(a):
    import stanza
    from stanza.utils.conll import CoNLL
    model_dir = Path(a.out)
    work = Path(a.work)
    results = {}
    test_sents = read_conllu_sentences(Path(a.treebank) / "vi_vtb-ud-test.conllu")
    gold_words = [words_of(s) for s in test_sents]
    n_words = sum(len(x) for x in gold_words)

    # --- tokenizer: raw test text -> tokens/sentences F1 (official UD scorer)
    nlp = stanza.Pipeline(**pipeline_kwargs(model_dir, "tokenize"))
    for name, d in (("vtb_spacing", work / "tokenize"), ("news_spacing", work / "tokenize_natural")):
        text = (d / f"{SHORTHAND}.test.txt").read_text(encoding="utf-8")
        text = re.sub(r"\s*\n\s*", " ", text).strip()   # the txt is wrapped at 80 chars; one paragraph
        t0 = time.time()
        doc = nlp(text)
        dt = time.time() - t0
        sc = ud_eval_scores(d / f"{SHORTHAND}.test.gold.conllu", "{:C}\n\n".format(doc), ["Tokens", "Sentences", "Words"])
        sc["sec_per_1000_words"] = 1000 * dt / n_words
        results["tokenize_" + name] = sc
        log.info("tokenize (%s): %s", name, sc)

    # stanza segmentation on sentence-by-sentence gold text, scored like underthesea
    gold_spans, pred_spans, off_g, off_p = set(), set(), 0, 0
    texts = [sentence_text(s) for s in test_sents]
    t0 = time.time()
    docs = [nlp(t) for t in texts]
    dt = time.time() - t0
    for gw, doc in zip(gold_words, docs):
        g, off_g2 = nows_spans(gw, off_g)
        p, _ = nows_spans([t.text for s in doc.sentences for t in s.tokens], off_g)
        gold_spans |= g; pred_spans |= p; off_g = off_g2
    results["tokenize_per_sentence_span_f1"] = {"F1": 100 * f1(gold_spans, pred_spans),
                                                "sec_per_1000_words": 1000 * dt / n_words}
    log.info("tokenize per-sentence span F1: %s", results["tokenize_per_sentence_span_f1"])

    # --- POS on gold tokens (pretokenized)
    if (model_dir / "pos.pt").exists():
        nlp = stanza.Pipeline(tokenize_pretokenized=True, **pipeline_kwargs(model_dir, "tokenize,pos"))
        t0 = time.time()
        doc = nlp(gold_words)
        dt = time.time() - t0
        gold_rows = [[r for r in token_rows(s) if r[0].isdigit()] for s in test_sents]
        up = xp = tot = 0
        for sent, rows in zip(doc.sentences, gold_rows):
            for w, r in zip(sent.words, rows):
                tot += 1
                up += w.upos == r[3]
                xp += w.xpos == r[4]
        results["pos_gold_tokens"] = {"UPOS": 100 * up / tot, "XPOS": 100 * xp / tot,
                                      "sec_per_1000_words": 1000 * dt / n_words}
        log.info("pos: %s", results["pos_gold_tokens"])

        # end to end from raw text: stanza tokenize+pos (UPOS F1 over aligned words)
        nlp_raw = stanza.Pipeline(**pipeline_kwargs(model_dir, "tokenize,pos"))
        for name, d in (("vtb_spacing", work / "tokenize"), ("news_spacing", work / "tokenize_natural")):
            text = re.sub(r"\s*\n\s*", " ", (d / f"{SHORTHAND}.test.txt").read_text(encoding="utf-8")).strip()
            t0 = time.time()
            doc = nlp_raw(text)
            dt = time.time() - t0
            sc = ud_eval_scores(d / f"{SHORTHAND}.test.gold.conllu", "{:C}\n\n".format(doc), ["Words", "UPOS"])
            sc["sec_per_1000_words"] = 1000 * dt / n_words
            results["tokenize+pos_raw_" + name] = sc
            log.info("tokenize+pos raw (%s): %s", name, sc)

        # hybrid: underthesea word_tokenize per gold sentence -> stanza POS (pretokenized)
        try:
            from underthesea import word_tokenize
        except ImportError:
            word_tokenize = None
        if word_tokenize is not None:
            t0 = time.time()
            segmented = [word_tokenize(sentence_text(s), use_token_normalize=False) for s in test_sents]
            doc = nlp(segmented)
            dt = time.time() - t0
            sc = ud_eval_scores(Path(a.treebank) / "vi_vtb-ud-test.conllu", "{:C}\n\n".format(doc), ["Words", "UPOS"])
            sc["sec_per_1000_words"] = 1000 * dt / n_words
            results["underthesea_segmentation+stanza_pos_gold_sentences"] = sc
            log.info("underthesea seg + stanza pos: %s", sc)

    # --- depparse on gold tokens, predicted tags
    if (model_dir / "depparse.pt").exists():
        nlp = stanza.Pipeline(tokenize_pretokenized=True, **pipeline_kwargs(model_dir, "tokenize,pos,depparse"))
        t0 = time.time()
        doc = nlp(gold_words)
        dt = time.time() - t0
        sc = ud_eval_scores(work / "tagged" / "test.conllu", "{:C}\n\n".format(doc), ["UPOS", "UAS", "LAS"])
        sc["sec_per_1000_words_pos+depparse"] = 1000 * dt / n_words
        results["depparse_gold_tokens_pred_tags"] = sc
        log.info("depparse: %s", sc)

    sizes = {p.name: p.stat().st_size for p in sorted(model_dir.glob("*.pt"))}
    results["sizes_bytes"] = sizes
    results["total_mb"] = sum(sizes.values()) / 1e6
    (work / "eval_results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(json.dumps(results, indent=2, ensure_ascii=False))


def step_underthesea(a):
    """underthesea.word_tokenize on each test sentence, span F1 ignoring whitespace.

    use_token_normalize=False: by default underthesea rewrites some spellings
    (e.g. "qui hoạch" -> "quy hoạch"), which would break character alignment.
    """
    from underthesea import word_tokenize
    work = Path(a.work)
    results = {}
    variants = {"vtb_spacing": read_conllu_sentences(Path(a.treebank) / "vi_vtb-ud-test.conllu")}
    nat = work / "tokenize_natural" / f"{SHORTHAND}.test.gold.conllu"
    if nat.exists():
        variants["news_spacing"] = read_conllu_sentences(nat)
    for name, sents in variants.items():
        gold_spans, pred_spans, off, bad = set(), set(), 0, 0
        n_words = 0
        t0 = time.time()
        preds = [word_tokenize(sentence_text(s), use_token_normalize=False) for s in sents]
        dt = time.time() - t0
        for s, pw in zip(sents, preds):
            gw = words_of(s)
            n_words += len(gw)
            g, end = nows_spans(gw, off)
            p, pend = nows_spans(pw, off)
            if pend != end:
                bad += 1   # underthesea changed the characters; all its spans may misalign
            gold_spans |= g; pred_spans |= p; off = end
        results[name] = {"F1": 100 * f1(gold_spans, pred_spans), "misaligned_sentences": bad,
                         "sec_per_1000_words": 1000 * dt / n_words}
        log.info("underthesea word_tokenize (%s): %s", name, results[name])
    (work / "underthesea_results.json").write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--treebank", default=str((REPO_ROOT / ".." / "shared" / "nlp-data" / "UD_Vietnamese-VTB").resolve()),
                   help="directory with vi_vtb-ud-{train,dev,test}.conllu")
    p.add_argument("--out", default=str(REPO_ROOT / "claims" / "bundled" / "vi"), help="where the final .pt files go")
    p.add_argument("--work", default="/tmp/vi_models_work", help="scratch dir for data and checkpoints (outside the repo)")
    p.add_argument("--steps", default=",".join(DEFAULT_STEPS), help="comma-separated subset of: " + ",".join(ALL_STEPS))
    p.add_argument("--threads", type=int, default=0, help="torch threads (0 = torch default)")
    p.add_argument("--tokenize_steps", type=int, default=TOKENIZE_STEPS)
    p.add_argument("--pos_steps", type=int, default=POS_STEPS)
    p.add_argument("--depparse_steps", type=int, default=DEPPARSE_STEPS)
    a = p.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    steps = [s.strip() for s in a.steps.split(",") if s.strip()]
    for s in steps:
        if s not in ALL_STEPS:
            p.error("unknown step %r" % s)
    work = Path(a.work).resolve()
    if REPO_ROOT in work.parents or work == REPO_ROOT:
        p.error("--work must be outside the repository")
    Path(a.work).mkdir(parents=True, exist_ok=True)
    set_threads(a.threads)
    random.seed(SEED)

    for s in ALL_STEPS:   # fixed order
        if s in steps:
            log.info("=== step %s ===", s)
            t0 = time.time()
            globals()["step_" + s](a)
            log.info("=== step %s done in %.1f s ===", s, time.time() - t0)


if __name__ == "__main__":
    sys.exit(main())
