"""The rule layer: from lexicon matches to targets, discourse types and signals.

1. Scan the key once with the language's compiled lexicon (``lexicon``).
2. Mark each cue negated or not (Turkish: a negative verb ending on the word or the next words, "değil";
   English: "not/never/no…" in the words before it, within the clause).
3. Find quotations and counter-speech (a condemning word with a report or a quotation).
4. Bind every attack cue to a protected target: same clause or sentence first; across sentences only when
   no unprotected target (a politician, a team, "you") is nearer.
5. Return Evidence; ``analyzer`` turns it into a label, scores and an explanation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from types import ModuleType

from .lexicon import Lexicon, Match, Term
from .normalise import casefold_tr, fold

ATTACK_KINDS = ("threat", "violence_normalisation", "exclusion", "dehumanisation", "denial", "blame",
                "negative_emotion", "derogation", "symbolisation")
# Kinds that insult anyone: without a protected target they still make a text offensive.
INSULTING_KINDS = frozenset({"derogation", "dehumanisation", "insult", "profanity", "threat"})
# Weak cues bind only within their own sentence, never across sentences.
LOCAL_KINDS = frozenset({"blame", "denial", "symbolisation", "exclusion"})

_TOKEN = re.compile(r"[\w']+|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_SENTENCE_END = re.compile(r"[.!?;\n]+|\s-\s")
_CLAUSE_END = re.compile(r"[.!?;,:\n]+|\b(?:ama|fakat|ancak|ve|but|however|although|and|yet)\b")
_QUOTED = re.compile(r"\"[^\"]{3,}\"|(?<!\w)'[^']{3,}'(?!\w)")
_FIRST_PERSON_SUFFIX = re.compile(r"^'?(?:y?[iu]m|y?[iu]z|[iu]mdir|y?[iu]m\b)")


def _fold_term(raw: str) -> str:
    """Fold a lexicon term like a text, keeping its syntax marks ("$", "*", "~") intact."""
    stem, mark, rest = raw.partition("~")
    end = stem[-1] if stem[-1:] in ("$", "*", "=") else ""
    stem = stem[:-1] if end else stem
    return fold(casefold_tr(stem)) + end + mark + fold(casefold_tr(rest))


def _items(raw_items):
    for item in raw_items:
        if isinstance(item, str):
            yield _fold_term(item)
        else:
            yield (_fold_term(item[0]),) + tuple(item[1:])


def _dropped_letter_variants(items):
    """Fuzzy matching for group names: every variant with one letter dropped ("Suriyelier" → "suriyeler")."""
    for item in items:
        stem = item[0].split("~")[0]
        if len(stem) >= 6 and not stem.endswith("$") and " " not in stem:
            for i in range(2, len(stem) - 1):
                yield (stem[:i] + stem[i + 1:],) + tuple(item[1:])


@dataclass
class Hit:
    """One cue or target occurrence, in key coordinates."""

    kind: str
    start: int
    end: int
    match: Match
    negated: bool = False
    quoted: bool = False


@dataclass
class Evidence:
    protected: list[Hit] = field(default_factory=list)  # identity terms and slurs, with grounds
    unprotected: list[Hit] = field(default_factory=list)
    attacks: list[tuple[str, Hit, Hit | None]] = field(default_factory=list)  # (type, cue, bound target)
    offensive: list[Hit] = field(default_factory=list)  # profanity, insults and unbound insulting cues
    signals: list[tuple[str, int, int]] = field(default_factory=list)
    positive: bool = False
    counter_speech: bool = False
    in_group: bool = False


class LanguageRules:
    def __init__(self, lang: str, data: ModuleType):
        self.lang = lang
        self.data = data
        prefix = data.PREFIX_DEFAULT
        lexicon = Lexicon(word_end=data.WORD_END)
        identity = list(_items(data.IDENTITY))
        lexicon.add(_items(data.COUNTER), "counter", prefix)
        lexicon.add(_items(data.SLURS), "slur", prefix)
        lexicon.add(identity, "identity", prefix)
        lexicon.add(_dropped_letter_variants(identity), "identity", prefix)
        lexicon.add(_items(data.NON_PROTECTED), "unprotected", prefix)
        for kind in ("threat", "violence_normalisation", "exclusion", "dehumanisation", "denial"):
            lexicon.add(_items(data.CUES[kind]), kind, prefix)
        lexicon.add(_items(data.COMPARE), "compare", prefix)
        lexicon.add(_items(data.CUES["symbolisation"]), "symbolisation", prefix)
        for kind in ("negative_emotion", "derogation", "blame"):
            lexicon.add(_items(data.CUES[kind]), kind, prefix)
        lexicon.add(_items(data.PROFANITY), "profanity", prefix)
        lexicon.add(_items(data.INSULT), "insult", prefix)
        lexicon.add(_items(data.POSITIVE), "positive", prefix)
        lexicon.add(_items(data.REPORT), "report", prefix)
        lexicon.add(_items(getattr(data, "NEGATION_BEFORE", [])), "negation_before", False)
        lexicon.add(_items(data.NEGATION_AFTER), "negation_after", prefix)
        lexicon.add(_items(data.INGROUP), "ingroup", False)
        lexicon.add(_items(data.SECOND_PERSON), "second_person", False)
        self.scanner = lexicon.compile()
        self.negated_verb = re.compile(data.NEGATED_VERB) if data.NEGATED_VERB else None
        self.patterns = [(kind, re.compile(p)) for kind, found in data.PATTERNS.items() for p in found]

    def scan(self, key: str) -> list[Match]:
        matches = self.scanner.scan(key)
        if self.patterns:
            starts = {m.start for m in matches}
            extra = [Match(kind, m.start(), m.end(), m.end(), Term(m.group(), kind, False))
                     for kind, pattern in self.patterns for m in pattern.finditer(key) if m.start() not in starts]
            if extra:
                matches = sorted(matches + extra, key=lambda m: m.start)
        return matches

    def evidence(self, key: str, matches: list[Match]) -> Evidence:
        ev = Evidence()
        if not matches:
            return ev
        tokens = [m.start() for m in _TOKEN.finditer(key)]
        token_ends = [m.end() for m in _TOKEN.finditer(key)]
        sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(key)]
        clause_starts = [0] + [m.end() for m in _CLAUSE_END.finditer(key)]
        quotes = [m.span() for m in _QUOTED.finditer(key)]

        def token_index(pos: int) -> int:
            return bisect.bisect_right(tokens, pos) - 1

        def sentence(pos: int) -> int:
            return bisect.bisect_right(sentence_starts, pos)

        def clause(pos: int) -> int:
            return bisect.bisect_right(clause_starts, pos)

        hits = [Hit(m.kind, m.start, m.end, m, quoted=any(a <= m.start < b for a, b in quotes)) for m in matches]
        by_kind: dict[str, list[Hit]] = {}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        negators_before = [h for h in by_kind.get("negation_before", ())]
        negators_after = by_kind.get("negation_after", ())

        def negated(hit: Hit) -> bool:
            if self.negated_verb is not None:  # Turkish: the negation follows
                if self.negated_verb.search(key[hit.match.stem_end:hit.end]):
                    return True
                index = token_index(hit.end - 1)
                for t in range(index + 1, min(index + 3, len(tokens))):
                    if clause(tokens[t]) != clause(hit.start):
                        break
                    word = key[tokens[t]:token_ends[t]]
                    if self.negated_verb.search(word) and not word.startswith("m"):
                        return True
                    if any(n.start == tokens[t] for n in negators_after):
                        return True
                return False
            index = token_index(hit.start)  # English: the negation comes first
            for n in negators_before:
                if n.start < hit.start and index - token_index(n.start) <= 5 and clause(n.start) == clause(hit.start):
                    return True
            return False

        reports = by_kind.get("report", [])
        condemns = by_kind.get("counter", [])
        standalone = any(h.match.term.data[:1] == ("standalone",) for h in condemns)
        if condemns and (reports or quotes or standalone):
            ev.counter_speech = True
            ev.signals.append(("counter_speech", condemns[0].start, condemns[0].end))
        for a, b in quotes:
            ev.signals.append(("quotation", a, b))
        reported = bool(quotes and reports)

        ev.protected = [h for h in hits if h.kind in ("identity", "slur")]
        ev.unprotected = by_kind.get("unprotected", [])
        ingroup = by_kind.get("ingroup", [])
        second_person = bool(by_kind.get("second_person"))

        def speaker_in_group(target: Hit) -> bool:
            if _FIRST_PERSON_SUFFIX.match(key[target.match.stem_end:target.end]) and self.lang == "tr":
                return True
            ti = token_index(target.start)
            after = 2 if self.lang == "tr" else 0  # Turkish "Kürt olarak", "Nonoşlar olarak"
            return any(-after <= ti - token_index(g.start) <= 4 and sentence(g.start) == sentence(target.start)
                       for g in ingroup)

        def neutralised(hit: Hit) -> bool:
            return ev.counter_speech or (reported and hit.quoted)

        def bind(hit: Hit) -> Hit | None:
            same_clause = [t for t in ev.protected if clause(t.start) == clause(hit.start)]
            if same_clause:
                return min(same_clause, key=lambda t: abs(t.start - hit.start))
            same_sentence = [t for t in ev.protected if sentence(t.start) == sentence(hit.start)]
            if same_sentence:
                near_unprotected = [u for u in ev.unprotected if sentence(u.start) == sentence(hit.start)]
                target = min(same_sentence, key=lambda t: abs(t.start - hit.start))
                if near_unprotected and min(abs(u.start - hit.start) for u in near_unprotected) < abs(target.start - hit.start):
                    return None
                return target
            if hit.kind in LOCAL_KINDS or not ev.protected:
                return None
            if any(sentence(u.start) == sentence(hit.start) for u in ev.unprotected):
                return None
            return min(ev.protected, key=lambda t: abs(t.start - hit.start))

        def adjacent_target(hit: Hit, before: int, after: int) -> Hit | None:
            first, last = token_index(hit.start), token_index(hit.end - 1)
            for t in ev.protected:
                ti = token_index(t.start)
                if t.kind == "identity" and (first - before <= ti < first or last < ti <= last + after):
                    return t
            return None

        in_group_targets = {id(t) for t in ev.protected if speaker_in_group(t)}
        if in_group_targets:
            ev.in_group = True
            first = next(t for t in ev.protected if id(t) in in_group_targets)
            ev.signals.append(("in_group", first.start, first.end))

        for hit in hits:
            kind = hit.kind
            if kind == "slur":
                if neutralised(hit):
                    continue
                if id(hit) in in_group_targets:
                    ev.signals.append(("reclaimed", hit.start, hit.end))
                    continue
                ev.signals.append(("slur", hit.start, hit.end))
                ev.attacks.append(("slur", hit, hit))
            elif kind in ATTACK_KINDS or kind == "insult":
                hit.negated = negated(hit)
                if hit.negated:
                    ev.signals.append(("negation", hit.start, hit.end))
                    continue
                if kind == "threat":
                    ev.signals.append(("threat", hit.start, hit.end))
                if neutralised(hit):
                    continue
                if kind == "symbolisation":
                    target = adjacent_target(hit, 2, 2) if self.lang == "en" else adjacent_target(hit, 1, 0)
                else:
                    target = bind(hit)
                if target is not None and id(target) in in_group_targets and kind not in ("threat",):
                    target = None
                if target is not None:
                    ev.attacks.append(("derogation" if kind == "insult" else kind, hit, target))
                elif kind in INSULTING_KINDS:
                    ev.offensive.append(hit)
                    ev.signals.append(("insult", hit.start, hit.end))
            elif kind == "profanity":
                ev.signals.append(("profanity", hit.start, hit.end))
                if reported and hit.quoted:
                    continue
                ev.offensive.append(hit)
                target = bind(hit)
                if target is not None and id(target) not in in_group_targets and not ev.counter_speech:
                    ev.attacks.append(("derogation", hit, target))
            elif kind == "positive":
                hit.negated = negated(hit)
                if hit.negated:
                    ev.signals.append(("negation", hit.start, hit.end))
                    target = None if neutralised(hit) else bind(hit)
                    if target is not None and id(target) not in in_group_targets:
                        ev.attacks.append(("derogation", hit, target))
                else:
                    ev.positive = True
                    ev.signals.append(("positive", hit.start, hit.end))
            elif kind == "compare":
                target = adjacent_target(hit, 1, 1) if self.lang == "tr" else adjacent_target(hit, 0, 2)
                if target is not None and not neutralised(hit) and id(target) not in in_group_targets:
                    insulting = second_person or any(h.kind in INSULTING_KINDS or h.kind in ATTACK_KINDS for h in hits)
                    if insulting:
                        ev.attacks.append(("stereotype", hit, target))
        return ev
