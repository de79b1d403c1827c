"""Identify the language of each text; when the words are too few to tell, let the lexicons vote."""

from __future__ import annotations

from ..doc import Doc
from ..langid import identify
from ..language import Language

# Kinds that do not vote: report words, in-group markers and "you" occur in any text.
_NOT_VOTING = frozenset({"report", "ingroup", "second_person"})


class IdentifyLanguage:
    name = "identify_language"

    def __init__(self, languages: dict[str, Language]):
        self.languages = languages

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            doc.lang = identify(doc.text, doc.key)
            if doc.lang == "und":
                self._vote(doc)

    def _vote(self, doc: Doc) -> None:
        """The language whose lexicon finds the most terms in the text, if any does, each reading run-together
        words its own way ("refugeesgohome"); the winner's reading and matches are kept so the text is not split
        or scanned again."""
        doc.matches = []
        best, unsplit = 0, doc.normalised
        for code, language in self.languages.items():
            split = language.segmenter.split(unsplit)
            found = language.scan(split.key)
            votes = sum(1 for m in found if m.kind not in _NOT_VOTING)
            if votes > best:
                best, doc.lang, doc.matches, doc.normalised = votes, code, found, split
