"""Score: the statistical model's probability that a text is offensive or hateful, one vectorised call per
language over the batch."""

from __future__ import annotations

from ..doc import Doc
from ..model import LinearModel


class Score:
    name = "score"

    def __init__(self, models: dict[str, LinearModel]):
        self.models = models

    def __call__(self, docs: list[Doc]) -> None:
        for lang, model in self.models.items():
            batch = [doc for doc in docs if doc.lang == lang]
            if batch:
                for doc, p in zip(batch, model.probabilities([doc.normalised for doc in batch]), strict=True):
                    doc.probability = float(p)
