"""Decide: from the evidence and the model's probability to a label, scores, targets, types and signals.

Labels follow the definitions, not the statistics: a text is ``hateful`` only when the rules find a protected
group attacked (or the model is very sure and a group is named with nothing positive said); ``offensive`` when
it insults or swears without a protected target, or the statistical layer finds it offensive; ``none``
otherwise, including counter-speech, negated hate and in-group (reclaimed) use.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..analysis import Analysis, Signal, Target
from ..doc import Doc, Evidence
from ..model import LinearModel

# Strength of the rule evidence, used as the hateful probability when the rules decide.
_STRENGTH = {"threat": 0.97, "slur": 0.95, "dehumanisation": 0.95, "violence_normalisation": 0.93,
             "exclusion": 0.92, "negative_emotion": 0.92, "symbolisation": 0.9, "derogation": 0.9,
             "stereotype": 0.85, "denial": 0.85, "blame": 0.8, "statistical": 0.7}
# An insult without a protected target makes a text offensive only when the model leans that way too: words
# like "hayvan" or "berbat" are often descriptive (measured on the held-out OffensEval split). The English
# model learnt from Davidson et al.'s tweets, too unlike everyday text to be asked, so insults count alone.
INSULT_SUPPORT = {"tr": 0.5, "en": 0.0}
# A text that only names a group, with no insult, threat or swearing, is offensive only if the model is this
# sure: the Turkish training tweets that name Syrians or Kurds are often offensive, but naming is not.
TARGET_ONLY = 0.7
# The English model learnt from Davidson et al., where 83% of tweets are abusive, so its probabilities run
# high on everyday English; alone, without a word from the lexicon, it must be this sure.
STATISTICAL_FLOOR = {"en": 0.8}
# With a protected group named and nothing positive or negated said, a model this sure is taken as implicit
# hate. Turkish only: the English model learnt from Davidson et al., where most texts are abusive.
STATISTICAL_HATE = {"tr": 0.9}
_NO_MODEL_THRESHOLD = 0.5


class Decide:
    name = "decide"

    def __init__(self, models: dict[str, LinearModel], analysed: Iterable[str]):
        self.models = models
        self.analysed = frozenset(analysed)

    def __call__(self, docs: list[Doc]) -> None:
        for doc in docs:
            if doc.lang not in self.analysed:
                doc.analysis = Analysis(doc.text, doc.lang, "none", {"hateful": 0.0, "offensive": 0.0}, [], [],
                                        [Signal("not_analysed", 0, len(doc.text))])
                continue
            model = self.models.get(doc.lang)
            doc.analysis = decide(doc, model.threshold if model else _NO_MODEL_THRESHOLD)


def decide(doc: Doc, threshold: float) -> Analysis:
    ev, p, lang, text = doc.evidence, doc.probability, doc.lang, doc.text
    span = doc.normalised.span
    targets = _targets(doc)
    types = list(dict.fromkeys(kind for kind, _, _ in ev.attacks))
    signals = [Signal(kind, *span(a, b)) for kind, a, b in ev.signals]
    if ev.attacks:
        label = "hateful"
        hateful = max(_STRENGTH.get(t, 0.85) for t in types)
        offensive = max(p, hateful)
    elif targets and p >= STATISTICAL_HATE.get(lang, 2.0) and _nothing_softens(ev):
        label, types = "hateful", ["derogation"]
        hateful, offensive = _STRENGTH["statistical"], p
        signals.append(Signal("statistical", 0, len(text)))
    elif any(h.kind == "profanity" for h in ev.offensive) or (
            ev.offensive and p >= INSULT_SUPPORT.get(lang, 0.0) * threshold):
        label = "offensive"
        offensive = max(p, 0.75)
        hateful = min(0.45, p * (0.4 if targets else 0.1))
    elif (p >= max(threshold, TARGET_ONLY if targets else STATISTICAL_FLOOR.get(lang, 0.0))
          and not ev.counter_speech and not ev.negated_attack
          and not (targets and (ev.positive or ev.in_group))):
        label = "offensive"
        # Scores agree with the label: a text over the tuned threshold reads as at least even odds.
        offensive = max(p, 0.5)
        hateful = min(0.45, p * (0.4 if targets else 0.1))
        signals.append(Signal("statistical", 0, len(text)))
    else:
        label = "none"
        offensive = min(p, 0.49)
        hateful = min(0.3, p * (0.3 if targets else 0.1))
    scores = {"hateful": round(hateful, 4), "offensive": round(offensive, 4)}
    return Analysis(text, lang, label, scores, targets, types, signals)


def _targets(doc: Doc) -> list[Target]:
    """Each protected group named, once per span of the original text."""
    span, text = doc.normalised.span, doc.text
    targets, seen = [], set()
    for hit in doc.evidence.protected:
        start, end = span(hit.start, hit.end)
        if (start, end) not in seen:
            seen.add((start, end))
            targets.append(Target(hit.match.term.data[0], text[start:end], start, end))
    return targets


def _nothing_softens(ev: Evidence) -> bool:
    """Nothing positive, condemning, in-group or negated is said: the model alone may call the text hateful."""
    return (not ev.positive and not ev.counter_speech and not ev.in_group
            and not any(kind == "negation" for kind, _, _ in ev.signals))
