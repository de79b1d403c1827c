"""Lexicon matching: many terms, one precompiled regular expression per language.

Terms are written in the folded key alphabet (see ``normalise``). Each term belongs to a *kind* (identity,
slur, threat, …). All kinds of a language compile into one alternation of named groups, each a trie, so a
text is scanned once by the regex engine in C instead of term by term in Python.

Term syntax (plain data, written in ``lang/<code>/``):
  ``"suriyeli"``   prefix: matches the stem plus any suffix ("suriyelilerden"); the default in Turkish.
  ``"gay$"``       whole word, with an optional plural or case ending; the default in English.
  ``"ben="``       exactly this word, no ending ("ben", not "bence").
  ``"kurt~ar~ul"`` after the first tilde, continuations that are *not* this term ("kurtar" = rescue); also
                   after a whole-word term: ``"laz$~im"`` matches "Lazlar", "Laz'ım", not "lazım" (needed).
  Spaces inside a term match any run of spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# Kinds that name a protected group: a group's name, a slur, or a phrase that implies the group.
PROTECTED_KINDS = frozenset({"identity", "slur", "implicit"})
# Kinds looked for inside hashtags, where words run together; stems of five letters or more only.
HASHTAG_KINDS = frozenset(
    {"identity", "slur", "exclusion", "threat", "dehumanisation", "negative_emotion", "derogation"}
)
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
    variant: bool = False  # generated from another term (a misspelling), not written in the language data


@dataclass(slots=True)  # not frozen: created for every match, and a frozen __init__ is slow
class Match:
    kind: str
    start: int  # key offsets; map through NormalisedText.span for the original text
    end: int
    stem_end: int
    term: Term


def parse_term(raw: str, kind: str, data: tuple = (), prefix_default: bool = True, variant: bool = False) -> Term:
    stem, *excluded = raw.split("~")
    prefix, exact = prefix_default, False
    if stem.endswith("="):
        stem, prefix, exact = stem[:-1], False, True
    elif stem.endswith("$"):
        stem, prefix = stem[:-1], False
    elif stem.endswith("*"):
        stem, prefix = stem[:-1], True
    return Term(stem.strip(), kind, prefix, exact, tuple(excluded), data, variant)


def trie_pattern(words: Iterable[str]) -> str:
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

    def add(self, raw_terms: Iterable, kind: str, prefix_default: bool = True, variant: bool = False) -> None:
        """Add terms; an item is a string or a tuple whose first element is the string, the rest payload.
        ``variant``: the terms are generated misspellings of others."""
        for item in raw_terms:
            raw, data = (item, ()) if isinstance(item, str) else (item[0], tuple(item[1:]))
            self.terms.append(parse_term(raw, kind, data, prefix_default, variant))

    def compile(self) -> CompiledLexicon:
        return CompiledLexicon(self.terms, self.word_end)


class CompiledLexicon:
    """One trie-shaped regular expression over every stem of every kind.

    The regex finds the longest stem at each word start (and the rest of the word); Python then checks the
    term's ending rule (prefix, word, exact) and its excluded continuations. When several terms share a
    stem, the first added wins, so the order in which kinds are added is their priority.
    """

    def __init__(self, terms: list[Term], word_end: str = _PLURAL_END):
        self.by_stem: dict[str, list[Term]] = {}
        for term in terms:
            self.by_stem.setdefault(_compact(term.stem), []).append(term)
        self.word_end = re.compile(word_end)
        # Stems whose one term is a prefix with no excluded continuations accept any rest: no check to run.
        self.plain = {stem: ts[0] for stem, ts in self.by_stem.items()
                      if len(ts) == 1 and ts[0].prefix and not ts[0].excluded}
        stems = list(self.by_stem)
        self.scanner = re.compile(rf"(?<!\w)({trie_pattern(stems)})(\w*)") if stems else None
        # Inside hashtags words run together ("#suriyelilerdefolsun"): a second scan looks for bare stems
        # anywhere in the tag, without boundaries and without swallowing the rest of the word.
        inner = [s for s, ts in self.by_stem.items()
                 if len(s) >= 5 and any(t.kind in HASHTAG_KINDS and not t.variant for t in ts)]
        self.inner_scanner = re.compile(f"({trie_pattern(inner)})") if inner else None

    def _accept(self, terms: list[Term], rest: str, key: str, stem_end: int) -> Term | None:
        for term in terms:
            if term.prefix:
                if not (term.excluded and key.startswith(term.excluded, stem_end)):
                    return term
            elif term.exact:
                if not rest:
                    return term
            elif (not rest or self.word_end.fullmatch(rest)) and not (
                    term.excluded and key.startswith(term.excluded, stem_end)):
                return term
        return None

    def scan(self, key: str) -> list[Match]:
        if self.scanner is None:
            return []
        matches = []
        by_stem, plain = self.by_stem, self.plain
        for m in self.scanner.finditer(key):
            stem, rest = m.groups()
            start, stem_end = m.span(1)
            term = plain.get(stem)
            if term is None:
                terms = by_stem.get(stem) or by_stem.get(_compact(stem))
                term = self._accept(terms, rest, key, stem_end) if terms else None
            if term is None:  # the longest stem did not fit; a shorter one may ("gayet" is not "gay")
                for cut in range(len(stem) - 1, 1, -1):
                    shorter = by_stem.get(stem[:cut])
                    if shorter:
                        stem_end = start + cut
                        term = self._accept(shorter, key[stem_end:m.end()], key, stem_end)
                        if term is not None:
                            break
                if term is None:
                    continue
            matches.append(Match(term.kind, start, m.end(), stem_end, term))
        if "#" in key and self.inner_scanner is not None:
            seen = {(mt.start, mt.kind) for mt in matches}
            for tag in re.finditer(r"#(\w+)", key):
                for m in self.inner_scanner.finditer(key, tag.start(1), tag.end()):
                    term = next((t for t in by_stem.get(m.group(1), ()) if t.kind in HASHTAG_KINDS), None)
                    if term is not None and (m.start(), term.kind) not in seen:
                        matches.append(Match(term.kind, m.start(), m.end(), m.end(), term))
            matches.sort(key=lambda mt: mt.start)
        return matches


def _compact(stem: str) -> str:
    return " ".join(stem.split())
