"""Lexicon matching: many terms, one precompiled regular expression per language.

Terms are written in the folded key alphabet (see ``normalise``). Each term belongs to a *kind* (identity,
slur, threat, …). All kinds of a language compile into one alternation of named groups, each a trie, so a
text is scanned once by the regex engine in C instead of term by term in Python.

Term syntax (plain data, written in ``lang/<code>/``):
  ``"suriyeli"``   prefix: matches the stem plus any suffix ("suriyelilerden"); the default in Turkish.
  ``"gay$"``       whole word, with an optional plural or case ending; the default in English.
  ``"ben="``       exactly this word, no ending ("ben", not "bence").
  ``"kurt~ar~ul"`` after the first tilde, continuations that are *not* this term ("kurtar" = rescue).
  Spaces inside a term match any run of spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

_PLURAL_END = r"(?:s|es|'s|s'|ler|lar|'ler|'lar)?(?!\w)"


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry: the folded stem, its kind and payload (ground, canonical name, type…)."""

    stem: str
    kind: str
    prefix: bool
    exact: bool = False
    excluded: tuple[str, ...] = ()
    data: tuple = ()


@dataclass(frozen=True, slots=True)
class Match:
    kind: str
    start: int  # key offsets; map through NormalisedText.span for the original text
    end: int
    stem_end: int
    term: Term


def parse_term(raw: str, kind: str, data: tuple = (), prefix_default: bool = True) -> Term:
    stem, *excluded = raw.split("~")
    prefix, exact = prefix_default, False
    if stem.endswith("="):
        stem, prefix, exact = stem[:-1], False, True
    elif stem.endswith("$"):
        stem, prefix = stem[:-1], False
    elif stem.endswith("*"):
        stem, prefix = stem[:-1], True
    return Term(stem.strip(), kind, prefix, exact, tuple(excluded), data)


def _trie_pattern(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _node_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the word may stop here; greedy "?" keeps the longest stem first
        body = "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


@dataclass
class Lexicon:
    """All terms of one language, compiled to a single scanner."""

    terms: list[Term] = field(default_factory=list)
    word_end: str = _PLURAL_END

    def add(self, raw_terms: Iterable, kind: str, prefix_default: bool = True) -> None:
        """Add terms; an item is a string or a tuple whose first element is the string, the rest payload."""
        for item in raw_terms:
            raw, data = (item, ()) if isinstance(item, str) else (item[0], tuple(item[1:]))
            self.terms.append(parse_term(raw, kind, data, prefix_default))

    def compile(self) -> "CompiledLexicon":
        return CompiledLexicon(self.terms, self.word_end)


class CompiledLexicon:
    def __init__(self, terms: list[Term], word_end: str = _PLURAL_END):
        self.kinds: list[str] = []
        by_kind: dict[str, list[Term]] = {}
        for term in terms:
            if term.kind not in by_kind:
                self.kinds.append(term.kind)
            by_kind.setdefault(term.kind, []).append(term)
        self.lookup: dict[tuple[str, str], Term] = {}
        groups = []
        for index, kind in enumerate(self.kinds):
            prefix_stems, word_stems, exact_stems = [], [], []
            for term in by_kind[kind]:
                key = (kind, _compact(term.stem))
                self.lookup.setdefault(key, term)
                if term.exact:
                    exact_stems.append(term.stem)
                else:
                    (prefix_stems if term.prefix else word_stems).append(term.stem)
            alternatives = []
            if exact_stems:
                alternatives.append(f"(?P<e{index}>{_trie_pattern(exact_stems)})(?!\\w)")
            if word_stems:  # whole words first: "gay$" must not lose to a shorter prefix
                alternatives.append(f"(?P<w{index}>{_trie_pattern(word_stems)}){word_end}")
            if prefix_stems:
                alternatives.append(f"(?P<p{index}>{_trie_pattern(prefix_stems)})\\w*")
            groups.append("|".join(alternatives))
        body = "|".join(f"(?:{g})" for g in groups)
        self.scanner = re.compile(rf"(?<!\w)(?:{body})") if body else None
        # Inside hashtags words run together ("#suriyelilerdefolsun"): a second scan looks for bare stems
        # anywhere in the tag, without boundaries and without swallowing the rest of the word.
        inner = "|".join(f"(?P<p{i}>{_trie_pattern(t.stem for t in by_kind[k])})" for i, k in enumerate(self.kinds))
        self.inner_scanner = re.compile(inner) if inner else None

    def scan(self, key: str) -> list[Match]:
        if self.scanner is None:
            return []
        matches = list(self._matches(self.scanner.finditer(key), key))
        if "#" in key:
            for tag in re.finditer(r"#(\w+)", key):
                seen = {(m.start, m.kind) for m in matches}
                for m in self._matches(self.inner_scanner.finditer(key, tag.start(1), tag.end()), key):
                    if (m.start, m.kind) not in seen:
                        matches.append(m)
            matches.sort(key=lambda m: m.start)
        return matches

    def _matches(self, found: Iterator[re.Match], key: str) -> Iterator[Match]:
        lookup = self.lookup
        for m in found:
            group = m.lastgroup
            kind = self.kinds[int(group[1:])]
            stem_end = m.end(group)
            term = lookup.get((kind, _compact(m.group(group))))
            if term is None:
                continue
            if term.excluded and key.startswith(term.excluded, stem_end):
                continue
            yield Match(kind, m.start(group), m.end(), stem_end, term)


def _compact(stem: str) -> str:
    return " ".join(stem.split())
