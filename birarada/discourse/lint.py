"""The inclusive-language checker: stigmatising terms in a city's own communications, with alternatives.

Entries live in ``lang/<code>/inclusive.py`` as (term, ground, why, suggestions). Both languages are checked
on every text: a Turkish press release may quote an English term and the terms do not collide.
"""

from __future__ import annotations

from . import lang as language_data
from .analysis import Analysis, Finding
from .language import fold_term
from .lexicon import Lexicon
from .normalise import normalise


class InclusiveChecker:
    def __init__(self):
        self.scanners = []
        for code in language_data.SUPPORTED:
            data = language_data.load(code)
            lexicon = Lexicon(word_end=data.WORD_END)
            entries = [(fold_term(term), ground, why, tuple(suggestions), code)
                       for term, ground, why, suggestions in data.INCLUSIVE]
            lexicon.add(entries, "inclusive", data.PREFIX_DEFAULT)
            self.scanners.append(lexicon.compile())

    def check(self, text: str) -> list[Finding]:
        normalised = normalise(text)
        findings = []
        for scanner in self.scanners:
            for match in scanner.scan(normalised.key):
                ground, why, suggestions, code = match.term.data
                start, end = normalised.span(match.start, match.end)
                findings.append(Finding(start, end, text[start:end], why, suggestions, ground, code))
        findings.sort(key=lambda f: f.start)
        return findings


def passages(text: str) -> list[tuple[int, int]]:
    """Sentence-like spans of a document (ending at . ! ? or a line break), so a checker can point to the passage
    that reads as hateful or offensive rather than to the whole document."""
    spans, start = [], 0
    for i, char in enumerate(text):
        if char in ".!?\n" and i + 1 - start > 1:
            spans.append((start, i + 1))
            start = i + 1
    if len(text) - start > 1:
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def flagged_passages(analyzer, text: str) -> list[tuple[int, int, Analysis]]:
    """(start, end, analysis) of every passage the engine reads as hateful or offensive."""
    spans = passages(text)
    results = analyzer.analyze_batch([text[a:b] for a, b in spans])
    return [(a, b, result) for (a, b), result in zip(spans, results, strict=True) if result.label != "none"]
