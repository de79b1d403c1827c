"""The statistical layer at inference: a linear model over ``features``, read from a gzipped JSON file.

The file holds, per language: the feature weights (features whose weight is negligible are dropped when the
model is saved), the intercept, a Platt calibration (a, b) that turns the raw score into a probability that
a text is offensive or hateful, and the decision threshold chosen on held-out folds. No pickle: a model file
is data, readable by anyone, and cannot run code when loaded.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from pathlib import Path

from . import features
from .normalise import NormalisedText

MODELS_DIR = Path(__file__).parent / "models"


@dataclass
class LinearModel:
    lang: str
    version: str
    weights: dict[str, float]
    intercept: float
    calibration: tuple[float, float]
    threshold: float
    meta: dict

    @classmethod
    def load(cls, path: Path) -> "LinearModel":
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        return cls(lang=data["lang"], version=data["version"], weights=data["weights"],
                   intercept=data["intercept"], calibration=tuple(data["calibration"]),
                   threshold=data["threshold"], meta=data.get("meta", {}))

    def save(self, path: Path) -> None:
        data = {"lang": self.lang, "version": self.version, "intercept": round(self.intercept, 6),
                "calibration": [round(c, 6) for c in self.calibration], "threshold": round(self.threshold, 4),
                "meta": self.meta, "weights": {k: self.weights[k] for k in sorted(self.weights)}}
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # mtime=0 makes the file byte-identical when rebuilt from the same data.
        with open(path, "wb") as handle, gzip.GzipFile(fileobj=handle, mode="wb", mtime=0) as gz:
            gz.write(raw)

    def raw_score(self, normalised: NormalisedText) -> float:
        chars, words = features.extract(normalised)
        get = self.weights.get
        score = self.intercept
        if chars:
            score += sum(get(g, 0.0) for g in chars) * features.block_weight(chars)
        if words:
            score += sum(get(g, 0.0) for g in words) * features.block_weight(words)
        return score

    def probability(self, normalised: NormalisedText) -> float:
        a, b = self.calibration
        z = a * self.raw_score(normalised) + b
        return 1.0 / (1.0 + math.exp(-z)) if z > -35 else 0.0


def load_models() -> dict[str, LinearModel]:
    models = {}
    for path in sorted(MODELS_DIR.glob("*.json.gz")):
        model = LinearModel.load(path)
        models[model.lang] = model
    return models
