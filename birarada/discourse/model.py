"""The statistical layer at inference: a linear model over ``features``, read from a gzipped JSON file.

The file holds, per language: the weights of the hashed character n-gram buckets and of the word features
(weights that are negligible are dropped when the model is saved), the intercept, a Platt calibration (a, b)
that turns the raw score into a probability that a text is offensive or hateful, the decision threshold
chosen on held-out folds, and the name of the feature set it was trained on (a model of another feature set
is refused). No pickle: a model file is data, readable by anyone, and cannot run code when loaded.
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import features
from .normalise import NormalisedText

MODELS_DIR = Path(__file__).parent / "models"


@dataclass
class LinearModel:
    lang: str
    version: str
    weights: dict[str, float]  # word features by name
    char_weights: dict[int, float]  # character n-gram buckets
    intercept: float
    calibration: tuple[float, float]
    threshold: float
    meta: dict
    _char_array: np.ndarray = field(init=False, repr=False)
    _word_weights: features.WordWeights = field(init=False, repr=False)

    def __post_init__(self):
        self._word_weights = features.WordWeights(self.weights)
        self._char_array = np.zeros(features.BUCKETS, dtype=np.float32)
        if self.char_weights:
            index = np.fromiter(self.char_weights.keys(), dtype=np.int64, count=len(self.char_weights))
            self._char_array[index] = np.fromiter(self.char_weights.values(), dtype=np.float32, count=len(index))

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if data.get("features") != features.FEATURE_SET:
            raise ValueError(f"{path} was trained on features {data.get('features')!r}, not on this engine's "
                             f"{features.FEATURE_SET!r}: retrain it with `birarada train`")
        return cls(lang=data["lang"], version=data["version"], weights=data["weights"],
                   char_weights={int(k): v for k, v in data["char_weights"].items()}, intercept=data["intercept"],
                   calibration=tuple(data["calibration"]), threshold=data["threshold"], meta=data.get("meta", {}))

    def save(self, path: Path) -> None:
        data = {"lang": self.lang, "version": self.version, "features": features.FEATURE_SET,
                "intercept": round(self.intercept, 6), "calibration": [round(c, 6) for c in self.calibration],
                "threshold": round(self.threshold, 4),
                "meta": self.meta, "weights": {k: self.weights[k] for k in sorted(self.weights)},
                "char_weights": {str(k): self.char_weights[k] for k in sorted(self.char_weights)}}
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # mtime=0 makes the file byte-identical when rebuilt from the same data; the rename makes the
        # replacement atomic, so a running analyzer never reads a half-written model.
        partial = path.with_name(path.name + ".partial")
        with open(partial, "wb") as handle, gzip.GzipFile(fileobj=handle, mode="wb", mtime=0) as gz:
            gz.write(raw)
        os.replace(partial, path)

    def raw_scores(self, batch: list[NormalisedText]) -> np.ndarray:
        scores = features.char_scores(self._char_array, [features.char_text(n.original) for n in batch])
        word_score, words_of = self._word_weights.score, features.words_of
        return scores + np.fromiter((word_score(words_of(n)) for n in batch),
                                    dtype=np.float64, count=len(batch)) + self.intercept

    def probabilities(self, batch: list[NormalisedText]) -> np.ndarray:
        """Calibrated probability that each text is offensive or hateful."""
        if not batch:
            return np.zeros(0)
        a, b = self.calibration
        z = np.clip(a * self.raw_scores(batch) + b, -35, 35)
        return 1.0 / (1.0 + np.exp(-z))

    def probability(self, normalised: NormalisedText) -> float:
        return float(self.probabilities([normalised])[0])


def load_models() -> dict[str, LinearModel]:
    models = {}
    for path in sorted(MODELS_DIR.glob("*.json.gz")):
        model = LinearModel.load(path)
        models[model.lang] = model
    return models
