"""Negation: mark each attack cue, insult, implicit phrase and positive word negated or not.

Where the negation stands is the language's grammar (``NEGATION`` in ``lang/<code>/grammar.py``): it *follows*
the word in Turkish (a negative verb ending on the word or on the next words of its clause, "değil"), it
*precedes* it in English ("not/never/no …" in the words before it, within the clause).
"""

from __future__ import annotations

from types import ModuleType

from ..doc import ATTACK_KINDS, Doc, Hit
from ..language import Language

_NEGATABLE = frozenset(ATTACK_KINDS) | {"implicit", "insult", "positive"}
# Cues that describe the group, which a later negative wish ("… verilmesin") does not negate.
_DESCRIPTIVE_KINDS = frozenset({"derogation", "dehumanisation", "insult"})


class Negation:
    name = "negation"

    def __init__(self, languages: dict[str, Language]):
        self.languages = languages
        self._placement = {"follows": _negated_by_following_words, "precedes": _negated_by_preceding_words}

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            if not doc.decisive:
                continue
            language = self.languages[doc.lang]
            negated = self._placement[language.grammar.NEGATION]
            for hit in doc.hits:
                if hit.kind in _NEGATABLE:
                    hit.negated = negated(doc, hit, language) or _wish_negated(doc, hit, language.grammar)


def _negated_by_following_words(doc: Doc, hit: Hit, language: Language) -> bool:
    grammar, verb, key = language.grammar, language.negated_verb, doc.key
    if verb is None:  # the language's negation does not follow the word
        return False
    if verb.search(key[hit.match.stem_end:hit.end]):  # on the word itself: "nefret etmiyorum" is one cue
        return True
    tokens, token_ends = doc.tokens, doc.token_ends
    index = doc.token_index(hit.end - 1)
    clause = doc.clause(hit.start)
    negators = doc.by_kind.get("negation_after", ())
    for t in range(index + 1, min(index + 1 + grammar.NEGATION_REACH, len(tokens))):
        if doc.clause(tokens[t]) != clause:
            break
        word = key[tokens[t]:token_ends[t]]
        # NEGATED_VERB describes the rest of a word after its stem, so a whole word starting with "m" fits it
        # without being negative.
        if (verb.search(word) and not word.startswith("m")
                and not (hit.kind in _DESCRIPTIVE_KINDS and grammar.NEGATIVE_WISH.search(word)
                         and not word.startswith(grammar.WISH_AUXILIARIES))):
            return True
        if any(n.start == tokens[t] for n in negators):
            return True
        # a positive word before any negated verb: "hiçbir katkı sağlamadı", "mantıklı düşünemez"
        if hit.kind == "positive" and word not in grammar.NOT_NEGATED and grammar.NEGATED_WORD.search(word):
            return True
    return False


def _negated_by_preceding_words(doc: Doc, hit: Hit, language: Language) -> bool:
    negators = doc.by_kind.get("negation_before")
    if not negators:
        return False
    index = doc.token_index(hit.start)
    reach = language.grammar.NEGATION_REACH
    return any(n.start < hit.start and index - doc.token_index(n.start) <= reach
               and doc.clause(n.start) == doc.clause(hit.start) for n in negators)


def _wish_negated(doc: Doc, hit: Hit, grammar: ModuleType) -> bool:
    """"gitmesini istemiyorum" (I don't want them to leave): the negation belongs to the wish, and the cue is
    negated hate rather than exclusion."""
    return (hit.kind == "exclusion" and grammar.EMBEDDED_WISH is not None
            and doc.key.startswith(grammar.WISH_VERB, hit.start)
            and grammar.EMBEDDED_WISH.search(doc.key, max(0, hit.start - 30), hit.start) is not None)
