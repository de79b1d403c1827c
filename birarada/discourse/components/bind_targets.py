"""Bind targets to predicates: every cue not negated or neutralised is bound to the protected group it is about.

The nearest group in the cue's clause, then in its sentence (unless an unprotected target — a politician, a
team, "you" — stands in the cue's clause); across sentences only when no unprotected target is nearer and the
cue is not a weak, local one. A group identity used as an insult, a comparison and (in English) a cause
phrase bind only to a group right beside them. An insulting cue left unbound still makes the text offensive.
Texts with nothing decisive only have their swearing recorded.
"""

from __future__ import annotations

import re
from types import ModuleType

from ..doc import ATTACK_KINDS, INSULTING_KINDS, Doc, Hit
from ..language import MISSPELT, Language

# Weak cues bind within their own sentence, across sentences only when theirs refers back ("They are …").
LOCAL_KINDS = frozenset({"blame", "denial", "symbolisation"})


class BindTargets:
    name = "bind_targets"

    def __init__(self, languages: dict[str, Language]):
        self.languages = languages
        self._by_kind = dict.fromkeys((*ATTACK_KINDS, "insult"), _attack) | {
            "implicit": _implicit, "slur": _slur, "profanity": _profanity, "positive": _positive,
            "compare": _compare}

    def __call__(self, docs: list[Doc]) -> None:
        by_kind = self._by_kind
        for doc in docs:
            language = self.languages.get(doc.lang)
            if language is None:
                continue
            if not doc.decisive:
                _record_swearing(doc)
                continue
            for hit in doc.hits:
                bind = by_kind.get(hit.kind)
                if bind is not None:
                    bind(doc, hit, language)


def _record_swearing(doc: Doc) -> None:
    """Swearing alone needs no binding: it is offensive, full stop."""
    ev = doc.evidence
    for m in doc.matches or ():
        if m.kind == "profanity":
            ev.signals.append(("profanity", m.start, m.end))
            ev.offensive.append(Hit(m.kind, m.start, m.end, m))


def _implicit(doc: Doc, hit: Hit, language: Language) -> None:
    """"go back to your country": the phrase is the target and the attack."""
    if not doc.neutralised(hit) and not hit.negated:
        doc.evidence.attacks.append((hit.match.term.data[1], hit, hit))


def _slur(doc: Doc, hit: Hit, language: Language) -> None:
    if doc.neutralised(hit):
        return
    ev = doc.evidence
    if hit.in_group:
        ev.signals.append(("reclaimed", hit.start, hit.end))
        return
    ev.signals.append(("slur", hit.start, hit.end))
    ev.attacks.append(("slur", hit, hit))


def _attack(doc: Doc, hit: Hit, language: Language) -> None:
    """An attack cue or an insult: an attack on the group it binds to, else (if insulting) an insult."""
    ev, kind = doc.evidence, hit.kind
    if hit.match.term.data == (MISSPELT,):  # a misspelt attack word counts only aimed at a group
        target = None if hit.negated or doc.neutralised(hit) else _target_of(doc, hit, language.grammar)
        if target is not None and not target.in_group:
            ev.attacks.append((kind, hit, target))
        return
    if hit.negated:
        ev.signals.append(("negation", hit.start, hit.end))
        ev.negated_attack = True
        return
    if kind == "threat":
        ev.signals.append(("threat", hit.start, hit.end))
    if doc.neutralised(hit):
        return
    if kind == "dehumanisation" and _literal(doc, doc.token_index(hit.start), language.grammar):
        return
    target = _target_of(doc, hit, language.grammar)
    if target is not None and target.in_group and kind != "threat":
        target = None
    if target is not None:
        ev.attacks.append(("derogation" if kind == "insult" else kind, hit, target))
    elif kind in INSULTING_KINDS:
        ev.offensive.append(hit)
        ev.signals.append(("insult", hit.start, hit.end))


def _target_of(doc: Doc, hit: Hit, grammar: ModuleType) -> Hit | None:
    if hit.start in doc.judges:  # the cue judges reported words: it is aimed at the reporters
        return None
    if hit.kind == "symbolisation":
        return _adjacent_target(doc, hit, *grammar.SYMBOL_REACH)
    if hit.kind == "blame" and hit.match.term.stem.startswith(grammar.CAUSE_PHRASES):
        return _adjacent_target(doc, hit, *grammar.CAUSE_REACH)
    return _nearest_target(doc, hit, grammar.REFERS_BACK)


def _profanity(doc: Doc, hit: Hit, language: Language) -> None:
    ev = doc.evidence
    ev.signals.append(("profanity", hit.start, hit.end))
    if doc.reported and hit.quoted:
        return
    ev.offensive.append(hit)
    target = _nearest_target(doc, hit)
    if target is not None and not target.in_group and not ev.counter_speech:
        ev.attacks.append(("derogation", hit, target))


def _positive(doc: Doc, hit: Hit, language: Language) -> None:
    """A positive word said of a group; negated, it derogates the group ("asla güvenilir olmadılar")."""
    ev = doc.evidence
    if not hit.negated:
        ev.positive = True
        ev.signals.append(("positive", hit.start, hit.end))
        return
    ev.signals.append(("negation", hit.start, hit.end))
    target = None if doc.neutralised(hit) else _nearest_target(doc, hit)
    if target is not None and not target.in_group:
        ev.attacks.append(("derogation", hit, target))


def _compare(doc: Doc, hit: Hit, language: Language) -> None:
    """A comparison with a group ("Yahudi gibi cimri") is a stereotype when it insults: a typifying word, the
    reader addressed, or an insulting cue anywhere in the text."""
    grammar = language.grammar
    target = _adjacent_target(doc, hit, *grammar.COMPARE_REACH)
    if target is None or doc.neutralised(hit) or target.in_group:
        return
    if (hit.match.term.stem in grammar.TYPICAL or _addresses_reader(doc, language)
            or any(h.kind in INSULTING_KINDS or h.kind in ATTACK_KINDS for h in doc.hits)):
        doc.evidence.attacks.append(("stereotype", hit, target))


def _addresses_reader(doc: Doc, language: Language) -> bool:
    by_kind = doc.by_kind
    return (bool(by_kind.get("second_person"))
            or any(u.match.term.stem in language.grammar.SECOND_PERSON_TARGETS for u in doc.evidence.unprotected)
            or bool(language.second_person and by_kind.get("compare") and language.second_person.search(doc.key)))


def _nearest_target(doc: Doc, hit: Hit, refers_back: re.Pattern | None = None) -> Hit | None:
    """The protected group a cue is about: same clause first, then same sentence, then the nearest one (for a
    weak cue, only when its sentence refers back with a pronoun: "They're ruining everything")."""
    protected, unprotected = doc.evidence.protected, doc.evidence.unprotected
    candidates = [t for t in protected if not t.in_group] or protected
    clause = doc.clause(hit.start)
    same_clause = [t for t in candidates if doc.clause(t.start) == clause]
    if same_clause:
        return min(same_clause, key=lambda t: abs(t.start - hit.start))
    sentence = doc.sentence(hit.start)
    same_sentence = [t for t in candidates if doc.sentence(t.start) == sentence]
    if same_sentence:
        # "Suriyeliler değil, politikacılar hırsız": an unprotected group in the cue's own clause wins, unless the
        # clause refers back to the group ("Women want equal pay, but they can't even park a car").
        if (any(doc.clause(u.start) == clause for u in unprotected)
                and not _refers_back(doc, refers_back, doc.clause_starts[clause - 1], hit.start)):
            return None
        return min(same_sentence, key=lambda t: abs(t.start - hit.start))
    starts = doc.sentence_starts
    sentence_end = starts[sentence] if sentence < len(starts) else len(doc.key)
    if not protected or (hit.kind in LOCAL_KINDS
                         and not _refers_back(doc, refers_back, starts[sentence - 1], sentence_end)):
        return None
    if any(doc.sentence(u.start) == sentence for u in unprotected):
        return None
    return min(candidates, key=lambda t: abs(t.start - hit.start))


def _refers_back(doc: Doc, refers_back: re.Pattern | None, start: int, end: int) -> bool:
    """A pronoun that refers back to a group named before ("they", "onlar") between ``start`` and ``end``."""
    return refers_back is not None and refers_back.search(doc.key, start, end) is not None


def _adjacent_target(doc: Doc, hit: Hit, before: int, after: int) -> Hit | None:
    """A group name within ``before`` words before the cue or ``after`` words after it."""
    first, last = doc.token_index(hit.start), doc.token_index(hit.end - 1)
    for t in doc.evidence.protected:
        ti = doc.token_index(t.start)
        if t.kind == "identity" and (first - before <= ti < first or last < ti <= last + after):
            return t
    return None


def _literal(doc: Doc, index: int, grammar: ModuleType) -> bool:
    """An animal word used literally: "adopted a dog", "walk the dog", "our cat"."""
    if index <= 0:
        return False
    key, tokens, token_ends = doc.key, doc.tokens, doc.token_ends
    before = key[tokens[index - 1]:token_ends[index - 1]]
    if before in grammar.ANIMAL_OWNERS:
        return True
    if before in grammar.ARTICLES and index >= 2:
        return key[tokens[index - 2]:token_ends[index - 2]] not in grammar.PREDICATING
    return False
