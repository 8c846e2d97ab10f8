"""The learned attribution model: the ranker's weights (`ranker.py`), the word clusters its
features use, and the calibration that turns its score into the probability that the credited
source is right.

The rules propose (with other proposers, `candidates.py`); the model decides. The files live in
`claims/bundled/attribution/` (trained by `scripts/train_attribution.py`, scores in its README)
and are loaded once per process, never at import time. Without them the checker falls back to
the rules alone. `$CLAIMS_ATTRIBUTION=rules` forces that fallback (for ablations);
`$CLAIMS_ATTRIBUTION_MODEL=DIR` loads another trained model.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError
from .ranker import Ranker

BUNDLED = Path(__file__).resolve().parents[1] / "bundled" / "attribution"


@dataclass(frozen=True)
class Model:
    ranker: Ranker
    calibration: tuple[tuple[float, float], ...]  # (score, probability right) points, score ascending
    clusters: dict[str, int]
    threshold: float  # the least score at which a pair is credited
    meta: dict
    # the rules' own pair is kept when the ranker gives it at least this (None: the ranker's best
    # always wins); measured by the training script's cross-validation
    rules_floor: float | None = None

    @property
    def carried_confidence(self) -> float | None:
        """The most a sentence credited from its neighbour (a quote's speaker) may be trusted: how
        often such credits were right out of fold."""
        value = self.meta.get("carried_confidence")
        return None if value is None else float(value)

    @property
    def pronoun_confidence(self) -> float | None:
        """The most a credit whose mention is a bare pronoun may be trusted: how often such credits
        were right out of fold (which earlier person "ông" means is where they go wrong)."""
        value = self.meta.get("pronoun_confidence")
        return None if value is None else float(value)

    def calibrate(self, raw: float) -> float:
        pts = self.calibration
        if not pts:
            return raw
        if raw <= pts[0][0]:
            return pts[0][1]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            if raw <= x1:
                return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
        return pts[-1][1]


def model_dir() -> Path:
    return Path(os.environ.get("CLAIMS_ATTRIBUTION_MODEL") or BUNDLED)


def enabled() -> bool:
    return os.environ.get("CLAIMS_ATTRIBUTION", "model").strip().lower() != "rules"


def from_files(folder: Path) -> Model | None:
    if not (folder / "ranker.json").is_file():
        return None
    try:
        weights = json.loads((folder / "ranker.json").read_text(encoding="utf-8"))
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        clusters = json.loads((folder / "clusters.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the attribution model in {folder} ({exc})") from None
    calib = tuple((float(a), float(b)) for a, b in meta.get("calibration", ()))
    floor = meta.get("rules_floor")
    return Model(Ranker(weights), calib, clusters, float(meta.get("threshold", 0.5)), meta,
                 None if floor is None else float(floor))


@lru_cache(maxsize=4)
def _load(folder: str) -> Model | None:
    return from_files(Path(folder))


def load() -> Model | None:
    """The attribution model, or None (rules alone) when switched off or not installed."""
    if not enabled():
        return None
    return _load(str(model_dir()))
