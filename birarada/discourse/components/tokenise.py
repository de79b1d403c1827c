"""Tokenise a text with a decisive match: tokens, sentences, clauses and quotations, once; then place its lexicon
matches among them as hits (quoted or not), by kind, with the protected and unprotected targets.

Runs after ``scan_lexicon`` rather than before it so that texts with nothing decisive are never tokenised.
"""

from __future__ import annotations

import re

from ..doc import Doc, Hit
from ..language import Language
from ..lexicon import PROTECTED_KINDS

_TOKEN = re.compile(r"[\w']+|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_SENTENCE_END = re.compile(r"[.!?;\n]+|\s-\s")
_CLAUSE_PUNCTUATION = r"[.!?;,:\n]+"
_QUOTED = re.compile(r"\"[^\"]{3,}\"|(?<!\w)'[^']{3,}'(?!\w)")


class Tokenise:
    name = "tokenise"

    def __init__(self, languages: dict[str, Language]):
        # The clause words of every language end a clause in any text: texts switch languages ("… ama they …").
        words = dict.fromkeys(w for language in languages.values() for w in language.grammar.CLAUSE_WORDS)
        alternatives = [_CLAUSE_PUNCTUATION] + ([r"\b(?:" + "|".join(map(re.escape, words)) + r")\b"] if words else [])
        self.clause_end = re.compile("|".join(alternatives))

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            if doc.decisive:
                self._segment(doc)
                self._place_hits(doc)

    def _segment(self, doc: Doc) -> None:
        key = doc.key
        spans = [m.span() for m in _TOKEN.finditer(key)]
        doc.tokens = [a for a, _ in spans]
        doc.token_ends = [b for _, b in spans]
        doc.sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(key)]
        doc.clause_starts = [0] + [m.end() for m in self.clause_end.finditer(key)]
        doc.quotes = [m.span() for m in _QUOTED.finditer(key)] if '"' in key or "'" in key else []

    @staticmethod
    def _place_hits(doc: Doc) -> None:
        quotes = doc.quotes
        if quotes:
            hits = [Hit(m.kind, m.start, m.end, m, quoted=any(a <= m.start < b for a, b in quotes))
                    for m in doc.matches or ()]
        else:
            hits = [Hit(m.kind, m.start, m.end, m) for m in doc.matches or ()]
        by_kind: dict[str, list[Hit]] = {}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        doc.hits, doc.by_kind = hits, by_kind
        doc.evidence.protected = [h for h in hits if h.kind in PROTECTED_KINDS]
        doc.evidence.unprotected = by_kind.get("unprotected", [])
