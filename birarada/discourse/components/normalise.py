"""Normalise: the matching key of each text, traceable to the original (see ``birarada.discourse.normalise``)."""

from __future__ import annotations

from ..doc import Doc
from ..normalise import normalise


class Normalise:
    name = "normalise"

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            doc.normalised = normalise(doc.text)
