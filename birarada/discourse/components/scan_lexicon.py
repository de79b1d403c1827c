"""Scan each text once with its language's compiled lexicon and grammar patterns, and tell whether it needs the
full analysis.

Most texts hold nothing decisive (only swearing, positive words, report words …): they skip the components that
need the text's structure (``tokenise`` … ``negation``) and ``bind_targets`` only records their swearing.
"""

from __future__ import annotations

from ..doc import ATTACK_KINDS, Doc
from ..language import Language

# Positive words matter only next to a group or a negation, insults only unnegated: neither is decisive alone.
DECISIVE = frozenset(ATTACK_KINDS) | {"slur", "identity", "implicit", "insult"}


class ScanLexicon:
    name = "scan_lexicon"

    def __init__(self, languages: dict[str, Language]):
        self.languages = languages

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            language = self.languages.get(doc.lang)
            if language is None:
                continue
            if doc.matches is None:  # not already scanned by the language vote
                doc.matches = language.scan(doc.key)
            doc.decisive = not DECISIVE.isdisjoint([m.kind for m in doc.matches])
