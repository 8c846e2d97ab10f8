"""The part-of-speech tagger for the bundled models: a CRF over underthesea's words that takes
underthesea's own CRF tags (VLSP 2013 tag set) as features and gives the treebank's UPOS and XPOS,
which the dependency parser was trained on.

Why not Stanza's tagger: measured on VTB test with gold words (claims/bundled/README.md), this
tagger gives UPOS 93.0 against 86.5 for the compact Stanza tagger, the parser on its tags UAS 70.1
against 65.7, and it tags in a fifth of the time. Trained by `scripts/train_tagger.py`; the model
file is `claims/bundled/vi/pos.crf` (python-crfsuite). `$CLAIMS_TAGGER=stanza` goes back to the
Stanza tagger; with the official Stanza models installed, their tagger is used.

`features` is shared by training and tagging, so the two cannot drift apart.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .errors import ModelError

MODEL_PATH = Path(__file__).resolve().parent / "bundled" / "vi" / "pos.crf"
TAGGERS = ("crf", "stanza")


def features(words: Sequence[str], vlsp_tags: Sequence[str]) -> list[list[str]]:
    """CRF features of each word: the word, its neighbours, underthesea's tag of it and of its
    neighbours (the strongest evidence), tag-word pairs, first and last syllable, shape."""
    n = len(words)
    lower = [w.lower() for w in words]

    def tag(j: int) -> str:
        return vlsp_tags[j] if 0 <= j < n else ("BOS" if j < 0 else "EOS")

    def word(j: int) -> str:
        return lower[j] if 0 <= j < n else ("BOS" if j < 0 else "EOS")

    out = []
    for i, w in enumerate(words):
        syllables = lower[i].split() or [""]
        f = ["b", "w=" + lower[i], "t=" + tag(i), "t-1=" + tag(i - 1), "t+1=" + tag(i + 1),
             "t-2=" + tag(i - 2), "t+2=" + tag(i + 2), "w-1=" + word(i - 1), "w+1=" + word(i + 1),
             "tt=" + tag(i - 1) + "_" + tag(i), "tt+=" + tag(i) + "_" + tag(i + 1),
             "wt=" + lower[i] + "_" + tag(i), "w-1t=" + word(i - 1) + "_" + tag(i),
             "wt+1=" + lower[i] + "_" + tag(i + 1),
             "s0=" + syllables[0], "sl=" + syllables[-1], "ns=%d" % min(len(syllables), 4)]
        if w[:1].isupper():
            f.append("title")
        if w.isupper():
            f.append("upper")
        if any(c.isdigit() for c in w):
            f.append("digit")
        if not any(c.isalnum() for c in w):
            f.append("punct=" + w)
        out.append(f)
    return out


def vlsp_tags(words: Sequence[str]) -> list[str]:
    """underthesea's CRF tags (VLSP 2013 set) for words already segmented."""
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    return [t for _, t in CRFPOSTagPredictor.Instance().predict(list(words))]


def choice() -> str:
    """`$CLAIMS_TAGGER` (crf | stanza), else crf when its model file and python-crfsuite are there."""
    wanted = os.environ.get("CLAIMS_TAGGER", "").strip().lower()
    if wanted in TAGGERS:
        return wanted
    if not MODEL_PATH.exists():
        return "stanza"
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        return "stanza"
    return "crf"


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tagger():
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - requirements install it
        raise ModelError(f"python-crfsuite is not installed ({exc}); run: pip install -r requirements.txt") from None
    if not MODEL_PATH.exists():
        raise ModelError(f"tagger model missing: {MODEL_PATH} (retrain with: python scripts/train_tagger.py)")
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(MODEL_PATH))
    except Exception as exc:
        raise ModelError(f"cannot load the tagger model {MODEL_PATH} ({exc})") from None
    return tagger


def load() -> None:
    """Load the model now (a worker or the desk does this once, ahead of its first article)."""
    _tagger()
    vlsp_tags(["a"])


def tag(words: Sequence[str]) -> list[tuple[str, str]]:
    """(UPOS, XPOS) for each word."""
    if not words:
        return []
    feats = features(words, vlsp_tags(words))
    with _lock:  # a crfsuite Tagger holds one sequence at a time
        labels = _tagger().tag(feats)
    return [tuple(label.split("|", 1)) if "|" in label else (label, label) for label in labels]
