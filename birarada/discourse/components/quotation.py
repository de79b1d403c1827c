"""Quotation and reported speech: what in a text is not the speaker's own attack.

* counter-speech: a condemning word with a report, a quotation, or one that condemns alone;
* quotations (a quotation with a report word is reported speech);
* attacks referred to as others' ("Kürtlerden nefret edenler …", "people who hate …"): their whole sentence is
  about those others, unless it approves of violence;
* reported speech the speaker judges from outside ("I'm sick of people calling immigrants rats"): the words after
  the report verb are someone else's, and the judging word is aimed at the reporters.
"""

from __future__ import annotations

from types import ModuleType

from ..doc import ATTACK_KINDS, Doc, Hit
from ..language import Language

# Kinds that carry the speaker's judgement of what is reported.
_JUDGING = ("counter", "negative_emotion", "derogation", "insult", "profanity")
_REFERABLE = frozenset(ATTACK_KINDS) | {"slur"}
# How far after an infinitive ("… nefret etmek") the sentence may approve of it ("… lazım"), in words.
_APPROVAL_REACH = 3


class QuotationAndReportedSpeech:
    name = "quotation_and_reported_speech"

    def __init__(self, languages: dict[str, Language]):
        self.languages = languages

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            if doc.decisive:
                grammar = self.languages[doc.lang].grammar
                _counter_speech_and_quotes(doc)
                _referred_sentences(doc, grammar)
                if grammar.REPORT_INTRODUCES:
                    _reported_spans(doc, grammar)


def _counter_speech_and_quotes(doc: Doc) -> None:
    ev = doc.evidence
    reports = doc.by_kind.get("report", ())
    condemns = doc.by_kind.get("counter", ())
    standalone = any(h.match.term.data[:1] == ("standalone",) for h in condemns)
    if condemns and (reports or doc.quotes or standalone):
        ev.counter_speech = True
        ev.signals.append(("counter_speech", condemns[0].start, condemns[0].end))
    for a, b in doc.quotes:
        ev.signals.append(("quotation", a, b))
    doc.reported = bool(doc.quotes and reports)


def _referred_sentences(doc: Doc, grammar: ModuleType) -> None:
    """Sentences whose attack is attributed to others: "X'ten nefret edenler zarar veriyor" is about them —
    unless the sentence approves of violence ("whoever … did right")."""
    report_starts = {r.start: r for r in doc.by_kind.get("report", ())}
    approving = {doc.sentence(h.start) for h in doc.by_kind.get("violence_normalisation", ())}
    doc.referred_sentences = {
        doc.sentence(h.start) for h in doc.hits
        if h.kind in _REFERABLE and (_referred_by_participle(doc, h, grammar, report_starts)
                                     or _referred_by_who(doc, h, grammar))} - approving


def _referred_by_participle(doc: Doc, hit: Hit, grammar: ModuleType, report_starts: dict[int, Hit]) -> bool:
    """Turkish: a participle of a report word follows the attack ("nefret edenler", "hain diyenler"), or the attack
    is named as an act by an infinitive ("nefret etmek …") that the sentence does not approve of."""
    if grammar.PARTICIPLE_END is None:
        return False
    key, tokens, token_ends = doc.key, doc.tokens, doc.token_ends
    index = doc.token_index(hit.end - 1)
    for t in range(index + 1, min(index + 1 + grammar.PARTICIPLE_REACH, len(tokens))):
        r = report_starts.get(tokens[t])
        if r is not None and grammar.PARTICIPLE_END.search(key, r.start, r.end) is not None:
            return True
    following = index + 1
    if (following < len(tokens) and doc.clause(tokens[following]) == doc.clause(hit.start)
            and grammar.INFINITIVE.fullmatch(key, tokens[following], token_ends[following])):
        end = token_ends[min(following + _APPROVAL_REACH, len(tokens) - 1)]
        return grammar.APPROVAL.search(key, token_ends[following], end) is None
    return False


def _referred_by_who(doc: Doc, hit: Hit, grammar: ModuleType) -> bool:
    """English: "people who hate …" refers to others, but "gay people who got beaten" names the group."""
    if grammar.WHO_BEFORE is None:
        return False
    who = grammar.WHO_BEFORE.search(doc.key, max(0, hit.start - 30), hit.start)
    return who is not None and not any(t.start <= who.start() < t.end for t in doc.evidence.protected)


def _reported_spans(doc: Doc, grammar: ModuleType) -> None:
    """Reported speech judged by the speaker: "I'm sick of people calling immigrants rats", "Calling Jews vermin is
    disgusting", "He said X; that's vile". The words after a report verb (to the end of its sentence) are someone
    else's when the speaker's own judgement stands outside them — before the report, in another sentence, or after
    a copula that closes a gerund subject ("… is vile"). A first-person opinion ("I think that …") is the
    speaker's own and is never a report."""
    reports = doc.by_kind.get("report")
    judging = [h for kind in _JUDGING for h in doc.by_kind.get(kind, ())]
    if not reports or not judging:
        return
    key, sentence_starts = doc.key, doc.sentence_starts
    spans: list[tuple[int, int]] = []
    judges: set[int] = set()
    for r in reports:
        if grammar.FIRST_PERSON_REPORTER.search(key, max(0, r.start - 12), r.start):
            continue
        s_index = doc.sentence(r.start)
        end = sentence_starts[s_index] if s_index < len(sentence_starts) else len(key)
        closing = grammar.GERUND_COPULA.search(key, r.end, end) if key[r.start:r.end].endswith("ing") else None
        for j in judging:
            outside = j.start < r.start or j.start >= end
            # where the reported words stop, if the judgement comes after the copula that closes them
            copula_at = closing.start() if closing is not None and j.start >= closing.end() else None
            if outside or copula_at is not None:
                spans.append((r.end, end if copula_at is None else copula_at))
                judges.add(j.start)  # the judgement is aimed at the reporters, not at the group
                break
    doc.reported_spans, doc.judges = spans, judges
