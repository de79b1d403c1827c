"""A supported language as the engine uses it: its data modules, its compiled lexicon, its grammar and its
splitter of run-together words (``segment``).

The lexicon of a language is compiled once (``Language``) and scanned once per text (``Language.scan``);
``grammar`` is the language's ``lang/<code>/grammar.py``, read by the pipeline's components.
"""

from __future__ import annotations

import re
from types import ModuleType

from . import lang as language_data
from .lexicon import PROTECTED_KINDS, Lexicon, Match, Term
from .normalise import casefold_tr, fold
from .segment import Segmenter


def fold_term(raw: str) -> str:
    """Fold a lexicon term like a text, keeping its syntax marks ("$", "*", "~") intact."""
    stem, mark, rest = raw.partition("~")
    end = stem[-1] if stem[-1:] in ("$", "*", "=") else ""
    stem = stem[:-1] if end else stem
    return fold(casefold_tr(stem)) + end + mark + fold(casefold_tr(rest))


_SOFTENED = {"k": "g", "t": "d", "p": "b"}
_MARKS = ("$", "*", "=")


def _stem_and_mark(item) -> tuple[str, str]:
    """A folded term's stem without its excluded continuations, and its ending mark ("$", "*", "=" or "")."""
    stem = (item if isinstance(item, str) else item[0]).split("~")[0]
    return (stem[:-1], stem[-1]) if stem[-1:] in _MARKS else (stem, "")


def _items(raw_items, short_words: bool = False):
    """Fold terms; with ``short_words``, prefix terms of four letters or fewer match whole words only,
    because in Turkish a short stem starts too many unrelated words ("yük" → "yüksek", "kör" → "Kore")."""
    for item in raw_items:
        raw = item if isinstance(item, str) else item[0]
        term = fold_term(raw)
        if short_words and len(term) <= 4 and term[-1:] not in _MARKS and "~" not in term and " " not in term:
            term += "$"
        yield term if isinstance(item, str) else (term,) + tuple(item[1:])
        # Turkish softens a final k, t, p before a vowel: "pislik" → "pisliği", "köpek" → "köpeği".
        if short_words and len(term) >= 5 and term[-1] in _SOFTENED and "~" not in term:
            soft = term[:-1] + _SOFTENED[term[-1]]
            yield soft if isinstance(item, str) else (soft,) + tuple(item[1:])


def _misspelt_variants(items, exclude=frozenset(), shortest=6, drops=True):
    """Fuzzy matching: every variant with one letter dropped ("Suriyelier", "Mslims", "vermn") or two
    neighbours swapped ("Mulsims", "Womne", "haet"), for words of ``shortest`` letters or more; swaps also for
    words one letter shorter. The first letter always stays, and never the last is dropped ("ihtiya(r)" →
    "ihtiyaç", "black(s)" → "black"). Variants that are ordinary words (``exclude``: "aralar" from "araplar",
    "back" from "black") are not generated."""
    for item in items:
        stem, end = _stem_and_mark(item)
        payload = () if isinstance(item, str) else tuple(item[1:])
        if len(stem) >= shortest - 1 and " " not in stem and stem.isalpha():
            variants = {stem[:i] + stem[i + 1] + stem[i] + stem[i + 2:] for i in range(1, len(stem) - 1)}
            if drops and len(stem) >= shortest:
                variants |= {stem[:i] + stem[i + 1:] for i in range(1, len(stem) - 1)}
            for variant in sorted(variants - {stem} - exclude):
                yield (variant + end,) + payload


def _plural_variants(items, exclude=frozenset(), shortest=5):
    """Turkish plurals typed without the stem's last vowel: "Mültecler", "Ermenler", "Göçmeler" (the last letter is
    never dropped in ``_misspelt_variants``, where it would make "engell" of "engelli")."""
    for item in items:
        stem, end = _stem_and_mark(item)
        if not end and len(stem) >= shortest and stem.isalpha() and stem[-1] in "aeiou":
            for plural in ("ler", "lar"):
                if stem[:-1] + plural not in exclude:
                    yield (stem[:-1] + plural,) + tuple(item[1:])


def _spaced_variants(items, exclude=frozenset(), shortest=5, half=2):
    """A space typed inside a group name to slip past filters: "Immi grants", "Mexi cans", "As ians". Each
    half has ``half`` letters or more, and not both halves are everyday words ("wo men" is not generated)."""
    for item in items:
        stem, end = _stem_and_mark(item)
        if len(stem) >= shortest and stem.isalpha():
            for i in range(half, len(stem) - half + 1):
                if not (stem[:i] in exclude and stem[i:] in exclude):
                    yield (f"{stem[:i]} {stem[i:]}{end}",) + tuple(item[1:])


_ALWAYS = frozenset({"threat", "implicit"})  # pattern kinds looked for in every text
MISSPELT = "misspelt"  # the payload of a misspelt attack word


def _add_misspelt_cues(lexicon: Lexicon, data: ModuleType, terms, known: frozenset[str]) -> None:
    """Misspelt attack words ("vermn", "svaages", "dsepise"). Each counts only when it binds to a group
    (``MISSPELT``): alone it may be an ordinary word ("beats" of "beast*"). Whole words get swapped and dropped
    letters; a prefix matches more ("morn*" of "moron*" is "morning"), so it gets only swapped neighbours, in
    stems two letters longer. In a language whose terms are prefixes by default (Turkish) only those are varied:
    its whole-word cues are short words."""
    shortest, prefix_default = data.words.FUZZY_CUES_SHORTEST, data.PREFIX_DEFAULT
    for kind in ("threat", "dehumanisation", "negative_emotion", "derogation"):
        words: list[tuple[str, str]] = []
        prefixes: list[tuple[str, str]] = []
        for term in terms(data.CUES[kind]):
            mark = _stem_and_mark(term)[1]
            (prefixes if mark == "*" or (prefix_default and not mark) else words).append((term, MISSPELT))
        if not prefix_default:
            lexicon.add(_misspelt_variants(words, known, shortest), kind, prefix_default, variant=True)
        lexicon.add(_misspelt_variants(prefixes, known, shortest + 2, drops=False), kind, prefix_default,
                    variant=True)


def _lexicon(data: ModuleType) -> Lexicon:
    """Every kind of term of a language in one lexicon; the order of the kinds is their priority."""
    prefix = data.PREFIX_DEFAULT
    lexicon = Lexicon(word_end=data.WORD_END)

    def terms(raw):
        return _items(raw, short_words=prefix)

    identity = list(terms(data.IDENTITY))
    lexicon.add(terms(data.COUNTER), "counter", prefix)
    lexicon.add(terms(data.SLURS), "slur", prefix)
    lexicon.add(terms(data.IMPLICIT), "implicit", prefix)
    lexicon.add(identity, "identity", prefix)
    ordinary = frozenset(getattr(data, "FUZZY_EXCLUDE", ())) | frozenset(data.words.JOINING_WORDS)
    lexicon.add(_misspelt_variants(identity, ordinary, data.words.FUZZY_SHORTEST), "identity", prefix, variant=True)
    lexicon.add(_spaced_variants(identity, ordinary, data.words.SPACED_SHORTEST, data.words.SPACED_HALF),
                "identity", prefix, variant=True)
    if data.words.PLURAL_WITHOUT_VOWEL:
        lexicon.add(_plural_variants(identity, ordinary), "identity", prefix, variant=True)
    lexicon.add(terms(data.NON_PROTECTED), "unprotected", prefix)
    for kind in ("threat", "violence_normalisation", "exclusion", "dehumanisation", "denial"):
        lexicon.add(terms(data.CUES[kind]), kind, prefix)
    lexicon.add(terms(data.COMPARE), "compare", prefix)
    lexicon.add(terms(data.CUES["symbolisation"]), "symbolisation", prefix)
    for kind in ("negative_emotion", "derogation", "blame"):
        lexicon.add(terms(data.CUES[kind]), kind, prefix)
    if data.words.FUZZY_CUES_SHORTEST is not None:
        _add_misspelt_cues(lexicon, data, terms, ordinary | frozenset(t.stem for t in lexicon.terms))
    lexicon.add(terms(data.PROFANITY), "profanity", prefix)
    lexicon.add(terms(data.INSULT), "insult", prefix)
    lexicon.add(_items(data.POSITIVE), "positive", prefix)
    lexicon.add(terms(data.REPORT), "report", prefix)
    lexicon.add(terms(data.RHETORICAL), "rhetorical", False)  # no component reads it: it only hides a negator
    lexicon.add(terms(getattr(data, "NEGATION_BEFORE", [])), "negation_before", False)
    lexicon.add(terms(data.NEGATION_AFTER), "negation_after", prefix)
    lexicon.add(terms(data.INGROUP), "ingroup", False)
    lexicon.add(terms(data.SECOND_PERSON), "second_person", False)
    return lexicon


class Language:
    """One supported language: ``scan`` finds its lexicon terms and grammar patterns in a key."""

    def __init__(self, code: str, data: ModuleType):
        self.code = code
        self.grammar = data.grammar
        self.scanner = _lexicon(data).compile()
        self.segmenter = Segmenter.for_language(self.scanner, data.words, data.WORD_END)
        self.negated_verb = re.compile(data.NEGATED_VERB) if data.NEGATED_VERB else None
        self.second_person = re.compile(data.SECOND_PERSON_PATTERN) if data.SECOND_PERSON_PATTERN else None
        # Each pattern runs only when the text holds a word it needs; the words of all patterns are looked for once.
        # A pattern may carry a payload, as lexicon terms do: an implicit target's ground and discourse type.
        self.patterns = [(kind, re.compile(found[0]), frozenset(found[1]), tuple(found[2]) if len(found) > 2 else ())
                         for kind, entries in data.PATTERNS.items() for found in entries]
        self.needles = tuple(dict.fromkeys(n for _, _, needles, _ in self.patterns for n in needles))
        self.threat_needles = tuple(dict.fromkeys(n for kind, _, needles, _ in self.patterns if kind in _ALWAYS
                                                  for n in needles))

    def __reduce__(self):
        # Sent to another process (a worker running a custom pipeline) by code: its data modules cannot be pickled,
        # and the process compiles the same bundled data.
        return (_load_language, (self.code,))

    def scan(self, key: str) -> list[Match]:
        """Lexicon matches and grammar-pattern matches of a key, in order of their start."""
        matches = self.scanner.scan(key)
        # Patterns of kinds that attack only a group need a group named; threats insult anyone and implicit
        # phrases name their group themselves, so those always run.
        # Substring tests beat one regex pass with lookaheads.
        needles = self.needles if any(m.kind in PROTECTED_KINDS for m in matches) else self.threat_needles
        present = {n for n in needles if n in key}
        if not present:
            return matches
        seen = {(m.start, m.kind) for m in matches}
        extra = [Match(kind, m.start(), m.end(), m.end(), Term(m.group(), kind, False, data=payload))
                 for kind, pattern, needed, payload in self.patterns if not needed.isdisjoint(present)
                 for m in pattern.finditer(key) if (m.start(), kind) not in seen]
        return sorted(matches + extra, key=lambda m: m.start) if extra else matches


def _load_language(code: str) -> Language:
    return Language(code, language_data.load(code))


def load_languages() -> dict[str, Language]:
    """Every supported language, compiled."""
    return {code: _load_language(code) for code in language_data.SUPPORTED}
