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
from .scoping import TR_EMBEDDED_WISH, TR_NEGATED_WORD, comparative_as, literal, marker_reach, reported_spans
from .segment import Segmenter

ATTACK_KINDS = ("threat", "violence_normalisation", "exclusion", "dehumanisation", "denial", "blame",
                "negative_emotion", "derogation", "symbolisation")
# Kinds that insult anyone: without a protected target they still make a text offensive.
INSULTING_KINDS = frozenset({"derogation", "dehumanisation", "insult", "profanity", "threat"})
# Weak cues bind only within their own sentence, never across sentences.
LOCAL_KINDS = frozenset({"blame", "denial", "symbolisation"})

# Kinds that need the full analysis; a text with none of them (only profanity, positive words, reports…)
# takes the fast path. Positive words matter only next to a group or a negation, insults only unnegated.
_DECISIVE = frozenset(ATTACK_KINDS) | {"slur", "identity", "implicit", "insult"}
_TOKEN = re.compile(r"[\w']+|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_SENTENCE_END = re.compile(r"[.!?;\n]+|\s-\s")
_CLAUSE_END = re.compile(r"[.!?;,:\n]+|\b(?:ama|fakat|ancak|ve|but|however|although|and|yet)\b")
_QUOTED = re.compile(r"\"[^\"]{3,}\"|(?<!\w)'[^']{3,}'(?!\w)")
# "Kürdüm", "Suriyeliyim", "eşcinseliz": I am / we are; not the possessive "çocuklarımız" (our children).
# Participles of report words ("diyenler", "nefret edenlere", "görenleri"): the attack before them is
# someone else's, referred to ("Kürtlerden nefret edenler …"), not the speaker's.
_PARTICIPLE_END = re.compile(r"(?:y?en|y?an)(?:l[ae]r)?(?:[iu]|[ae]|[iu]n|d[ae]n)?$")
# "Kürtlerden nefret etmek …", "Ermenilere hain demek …": the attack named as an act, not committed —
# unless the sentence goes on to approve of it ("… lazım", "… doğal").
_INFINITIVE = re.compile(r"\w*m[ae]k(?:t[ae]n|[iu]|[ae]|[iu]n|l[ae])?")
_APPROVAL = re.compile(r"\b(?:lazim|gerek|sart|dogal|normal|hakkimiz|farz|vacip)\b")
_WHO_BEFORE = re.compile(r"(?:\b(?:people|those|anyone|anybody|someone|somebody|everyone|everybody|person|one)\s+"
                         r"(?:who|that)|\bwhoever)\b(?:\s+\w+)?\s*$")
# "Kadınlar aptal, ehliyet verilmesin": a wish in the negative ("let them not …") on a later word does not
# negate a descriptive cue before it; it is an exclusion of its own.
_DESCRIPTIVE_KINDS = frozenset({"derogation", "dehumanisation", "insult"})
_NEGATIVE_WISH = re.compile(r"m[ae]s[iu]n(?:l[ae]r)?$")
_FIRST_PERSON_SUFFIX = re.compile(r"'?(?:y?[iu][mz](?:d[iu]r)?|l[ae]r[iu]z|y?[iu]m(?:\s|$))")


def _fold_term(raw: str) -> str:
    """Fold a lexicon term like a text, keeping its syntax marks ("$", "*", "~") intact."""
    stem, mark, rest = raw.partition("~")
    end = stem[-1] if stem[-1:] in ("$", "*", "=") else ""
    stem = stem[:-1] if end else stem
    return fold(casefold_tr(stem)) + end + mark + fold(casefold_tr(rest))


_SOFTENED = {"k": "g", "t": "d", "p": "b"}


def _items(raw_items, short_words: bool = False):
    """Fold terms; with ``short_words``, prefix terms of four letters or fewer match whole words only,
    because in Turkish a short stem starts too many unrelated words ("yük" → "yüksek", "kör" → "Kore")."""
    for item in raw_items:
        raw = item if isinstance(item, str) else item[0]
        term = _fold_term(raw)
        if short_words and len(term) <= 4 and term[-1:] not in ("$", "*", "=") and "~" not in term and " " not in term:
            term += "$"
        yield term if isinstance(item, str) else (term,) + tuple(item[1:])
        # Turkish softens a final k, t, p before a vowel: "pislik" → "pisliği", "köpek" → "köpeği".
        if short_words and len(term) >= 5 and term[-1] in _SOFTENED and "~" not in term:
            soft = term[:-1] + _SOFTENED[term[-1]]
            yield soft if isinstance(item, str) else (soft,) + tuple(item[1:])


def _misspelt_variants(items, exclude=frozenset(), shortest=6):
    """Fuzzy matching: every variant with one letter dropped ("Suriyelier", "Mslims", "vermn") or two
    neighbours swapped ("Mulsims", "Womne", "haet"), for words of ``shortest`` letters or more; swaps also for
    words one letter shorter. The first letter always stays, and never the last is dropped ("ihtiya(r)" →
    "ihtiyaç", "black(s)" → "black"). Variants that are ordinary words (``exclude``: "aralar" from "araplar",
    "back" from "black") are not generated."""
    for item in items:
        stem = item[0].split("~")[0]
        end = stem[-1] if stem[-1:] in ("$", "*", "=") else ""
        stem = stem[:-1] if end else stem
        if len(stem) >= shortest - 1 and " " not in stem and stem.isalpha():
            variants = {stem[:i] + stem[i + 1] + stem[i] + stem[i + 2:] for i in range(1, len(stem) - 1)}
            if len(stem) >= shortest:
                variants |= {stem[:i] + stem[i + 1:] for i in range(1, len(stem) - 1)}
            for variant in sorted(variants - {stem} - exclude):
                yield (variant + end,) + tuple(item[1:])


def _spaced_variants(items, exclude=frozenset(), shortest=5, half=2):
    """A space typed inside a group name to slip past filters: "Immi grants", "Mexi cans", "As ians". Each
    half has ``half`` letters or more, and not both halves are everyday words ("wo men" is not generated)."""
    for item in items:
        stem = item[0].split("~")[0]
        end = stem[-1] if stem[-1:] in ("$", "*", "=") else ""
        stem = stem[:-1] if end else stem
        if len(stem) >= shortest and stem.isalpha():
            for i in range(half, len(stem) - half + 1):
                if not (stem[:i] in exclude and stem[i:] in exclude):
                    yield (f"{stem[:i]} {stem[i:]}{end}",) + tuple(item[1:])


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
    negated_attack: bool = False  # an attack cue was negated ("nefret etmiyorum"): negated hate


class LanguageRules:
    def __init__(self, lang: str, data: ModuleType):
        self.lang = lang
        self.data = data
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
        lexicon.add(_misspelt_variants(identity, ordinary, data.words.FUZZY_SHORTEST), "identity", prefix)
        lexicon.add(_spaced_variants(identity, ordinary, data.words.SPACED_SHORTEST, data.words.SPACED_HALF),
                    "identity", prefix)
        lexicon.add(terms(data.NON_PROTECTED), "unprotected", prefix)
        for kind in ("threat", "violence_normalisation", "exclusion", "dehumanisation", "denial"):
            lexicon.add(terms(data.CUES[kind]), kind, prefix)
        lexicon.add(terms(data.COMPARE), "compare", prefix)
        lexicon.add(terms(data.CUES["symbolisation"]), "symbolisation", prefix)
        for kind in ("negative_emotion", "derogation", "blame"):
            lexicon.add(terms(data.CUES[kind]), kind, prefix)
        if data.words.FUZZY_CUES_SHORTEST is not None:  # "vermn", "haet", "dsepise"
            for kind in ("threat", "dehumanisation", "negative_emotion", "derogation"):
                lexicon.add(_misspelt_variants(terms(data.CUES[kind]), ordinary, data.words.FUZZY_CUES_SHORTEST),
                            kind, prefix)
        lexicon.add(terms(data.PROFANITY), "profanity", prefix)
        lexicon.add(terms(data.INSULT), "insult", prefix)
        lexicon.add(_items(data.POSITIVE), "positive", prefix)
        lexicon.add(terms(data.REPORT), "report", prefix)
        lexicon.add(terms(getattr(data, "NEGATION_BEFORE", [])), "negation_before", False)
        lexicon.add(terms(data.NEGATION_AFTER), "negation_after", prefix)
        lexicon.add(terms(data.INGROUP), "ingroup", False)
        lexicon.add(terms(data.SECOND_PERSON), "second_person", False)
        self.scanner = lexicon.compile()
        self.segmenter = Segmenter.for_language(self.scanner, data.words, data.WORD_END)
        self.negated_verb = re.compile(data.NEGATED_VERB) if data.NEGATED_VERB else None
        # Each pattern runs only when the text holds a word it needs (a cheap substring test first).
        self.patterns = [(kind, re.compile(p), needles)
                         for kind, found in data.PATTERNS.items() for p, needles in found]
        self.second_person = re.compile(data.SECOND_PERSON_PATTERN) if data.SECOND_PERSON_PATTERN else None

    def scan(self, key: str) -> list[Match]:
        matches = self.scanner.scan(key)
        if self.patterns:
            seen = {(m.start, m.kind) for m in matches}
            extra = [Match(kind, m.start(), m.end(), m.end(), Term(m.group(), kind, False))
                     for kind, pattern, needles in self.patterns if any(n in key for n in needles)
                     for m in pattern.finditer(key) if (m.start(), kind) not in seen]
            if extra:
                matches = sorted(matches + extra, key=lambda m: m.start)
        return matches

    def evidence(self, key: str, matches: list[Match]) -> Evidence:
        ev = Evidence()
        if not any(m.kind in _DECISIVE for m in matches):  # most texts: nothing that can change a label
            for m in matches:
                if m.kind == "profanity":  # swearing alone needs no binding: it is offensive, full stop
                    ev.signals.append(("profanity", m.start, m.end))
                    ev.offensive.append(Hit(m.kind, m.start, m.end, m))
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
                    if (self.negated_verb.search(word) and not word.startswith("m")
                            and not (hit.kind in _DESCRIPTIVE_KINDS and _NEGATIVE_WISH.search(word)
                                     and not word.startswith(("ol", "de", "san")))):
                        return True
                    if any(n.start == tokens[t] for n in negators_after):
                        return True
                    # a positive word before any negated verb: "hiçbir katkı sağlamadı", "mantıklı düşünemez"
                    if hit.kind == "positive" and word != "yilmaz" and TR_NEGATED_WORD.search(word):
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

        ev.protected = [h for h in hits if h.kind in ("identity", "slur", "implicit")]
        ev.unprotected = by_kind.get("unprotected", [])
        ingroup = by_kind.get("ingroup", [])
        second_person = (
            bool(by_kind.get("second_person"))
            or any(u.match.term.stem == "you" for u in ev.unprotected)
            or bool(self.second_person and by_kind.get("compare") and self.second_person.search(key))
        )

        def speaker_in_group(target: Hit) -> bool:
            if self.lang == "tr" and _FIRST_PERSON_SUFFIX.fullmatch(key[target.match.stem_end:target.end]):
                return True
            ti = token_index(target.start)
            after = 2 if self.lang == "tr" else 0  # Turkish "Kürt olarak", "Nonoşlar olarak"
            # The marker stands in the target's own clause ("I'm not racist, but Black people …" is not
            # in-group), and "as cheap as a Jew" is a comparison, not "as a Jew".
            # (marker, distance[, distance for a slur]): "I'm such a …" reclaims a slur four words on, but
            # "I'm glad those immigrants …" is not said by an immigrant.
            return any(-after <= ti - token_index(g.start) <= marker_reach(g.match.term.data, target.kind)
                       and (clause(g.end - 1) == clause(target.start)
                            or (target.kind == "slur" and sentence(g.start) == sentence(target.start)))
                       and not comparative_as(key, g.start)
                       for g in ingroup)

        report_starts = {r.start: r for r in reports}

        def referred(hit: Hit) -> bool:
            """The attack is attributed to others: "nefret edenler", "people who hate …"."""
            if self.lang == "tr":
                index = token_index(hit.end - 1)
                for t in range(index + 1, min(index + 3, len(tokens))):
                    r = report_starts.get(tokens[t])
                    if r is not None and _PARTICIPLE_END.search(key, r.start, r.end) is not None:
                        return True
                following = index + 1
                if (following < len(tokens) and clause(tokens[following]) == clause(hit.start)
                        and _INFINITIVE.fullmatch(key, tokens[following], token_ends[following])):
                    end = token_ends[min(following + 3, len(tokens) - 1)]
                    return _APPROVAL.search(key, token_ends[following], end) is None
                return False
            who = _WHO_BEFORE.search(key, max(0, hit.start - 30), hit.start)
            # "people who hate …" refers to others, but "gay people who got beaten" names the group.
            return who is not None and not any(t.start <= who.start() < t.end for t in ev.protected)

        # A sentence whose attack is attributed to others is about them: "X'ten nefret edenler zarar veriyor".
        approving = {sentence(h.start) for h in by_kind.get("violence_normalisation", ())}  # "whoever … did right"
        referred_sentences = {sentence(h.start) for h in hits
                              if (h.kind in ATTACK_KINDS or h.kind == "slur") and referred(h)} - approving

        quoted_spans, judges = (reported_spans(key, by_kind, sentence, sentence_starts) if self.lang == "en"
                                  else ((), ()))

        def neutralised(hit: Hit) -> bool:
            return (ev.counter_speech or (reported and hit.quoted) or sentence(hit.start) in referred_sentences
                    or any(a <= hit.start < b for a, b in quoted_spans))

        def bind(hit: Hit) -> Hit | None:
            candidates = [t for t in ev.protected if id(t) not in in_group_targets] or ev.protected
            same_clause = [t for t in candidates if clause(t.start) == clause(hit.start)]
            if same_clause:
                return min(same_clause, key=lambda t: abs(t.start - hit.start))
            same_sentence = [t for t in candidates if sentence(t.start) == sentence(hit.start)]
            if same_sentence:
                # "Suriyeliler değil, politikacılar hırsız": an unprotected group in the cue's own clause wins.
                if any(clause(u.start) == clause(hit.start) for u in ev.unprotected):
                    return None
                return min(same_sentence, key=lambda t: abs(t.start - hit.start))
            if hit.kind in LOCAL_KINDS or not ev.protected:
                return None
            if any(sentence(u.start) == sentence(hit.start) for u in ev.unprotected):
                return None
            return min(candidates, key=lambda t: abs(t.start - hit.start))

        def adjacent_target(hit: Hit, before: int, after: int) -> Hit | None:
            first, last = token_index(hit.start), token_index(hit.end - 1)
            for t in ev.protected:
                ti = token_index(t.start)
                if t.kind == "identity" and (first - before <= ti < first or last < ti <= last + after):
                    return t
            return None

        in_group_targets = {id(t) for t in ev.protected if speaker_in_group(t)}
        # A slur the speaker claims once ("Kıro dediler, evet kıroyuz") is reclaimed everywhere in the text.
        reclaimed_stems = {t.match.term.stem for t in ev.protected if id(t) in in_group_targets and t.kind == "slur"}
        in_group_targets |= {id(t) for t in ev.protected if t.kind == "slur" and t.match.term.stem in reclaimed_stems}
        if in_group_targets:
            ev.in_group = True
            first = next(t for t in ev.protected if id(t) in in_group_targets)
            ev.signals.append(("in_group", first.start, first.end))

        for hit in hits:
            kind = hit.kind
            if kind == "implicit":  # "go back to your country": the phrase is the target and the attack
                if not neutralised(hit) and not negated(hit):
                    ev.attacks.append((hit.match.term.data[1], hit, hit))
            elif kind == "slur":
                if neutralised(hit):
                    continue
                if id(hit) in in_group_targets:
                    ev.signals.append(("reclaimed", hit.start, hit.end))
                    continue
                ev.signals.append(("slur", hit.start, hit.end))
                ev.attacks.append(("slur", hit, hit))
            elif kind in ATTACK_KINDS or kind == "insult":
                hit.negated = negated(hit) or (
                    self.lang == "tr" and kind == "exclusion" and key.startswith("istem", hit.start)
                    and TR_EMBEDDED_WISH.search(key, max(0, hit.start - 30), hit.start) is not None)
                if hit.negated:
                    ev.signals.append(("negation", hit.start, hit.end))
                    ev.negated_attack = True
                    continue
                if kind == "threat":
                    ev.signals.append(("threat", hit.start, hit.end))
                if neutralised(hit):
                    continue
                if (kind == "dehumanisation" and self.lang == "en"
                        and literal(key, tokens, token_ends, token_index(hit.start))):
                    continue
                if hit.start in judges:
                    target = None
                elif kind == "symbolisation":
                    target = adjacent_target(hit, 2, 2) if self.lang == "en" else adjacent_target(hit, 1, 0)
                elif (kind == "blame" and self.lang == "en"
                      and hit.match.term.stem.startswith(("because of", "fault of"))):
                    # the cause is the group named right after: "because of the migrants", not "refugees suffer
                    # because of the war"
                    target = adjacent_target(hit, 0, 3)
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
                    insulting = (hit.match.term.stem in ("typical", "tipik") or second_person
                                 or any(h.kind in INSULTING_KINDS or h.kind in ATTACK_KINDS for h in hits))
                    if insulting:
                        ev.attacks.append(("stereotype", hit, target))
        return ev
