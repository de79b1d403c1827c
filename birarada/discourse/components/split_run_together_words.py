"""Split words typed without spaces ("ihateimmigrants", "suriyelilerdefolsun") with the text's language's
``Segmenter`` (see ``birarada.discourse.segment``), before the lexicon scan reads them."""

from __future__ import annotations

from ..doc import Doc
from ..language import Language


class SplitRunTogetherWords:
    name = "split_run_together_words"

    def __init__(self, languages: dict[str, Language]):
        self.languages = languages

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            language = self.languages.get(doc.lang)
            if language is not None and doc.matches is None:  # a text the language vote scanned is split already
                doc.normalised = language.segmenter.split(doc.normalised)
