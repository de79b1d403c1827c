"""The Analyzer: normalise → identify the language → scan lexicons → bind cues to targets → score → label.

Labels follow the definitions, not the statistics: a text is ``hateful`` only when the rule layer finds a
protected group attacked (or the model is very sure and a group is named with nothing positive said);
``offensive`` when it insults or swears without a protected target, or the statistical layer finds it
offensive; ``none`` otherwise, including counter-speech, negated hate and in-group (reclaimed) use.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from . import explain, lang as language_data
from .analysis import Analysis, Finding, Signal, Target
from .langid import identify
from .model import load_models
from .normalise import normalise
from .rules import Evidence, LanguageRules

# Strength of the rule evidence, used as the hateful probability when the rules decide.
_STRENGTH = {"threat": 0.97, "slur": 0.95, "dehumanisation": 0.95, "violence_normalisation": 0.93,
             "exclusion": 0.92, "negative_emotion": 0.92, "symbolisation": 0.9, "derogation": 0.9,
             "stereotype": 0.85, "denial": 0.85, "blame": 0.8, "statistical": 0.7}
# With a protected group named and nothing positive said, a model this sure is taken as implicit hate.
STATISTICAL_HATE = 0.9


class Analyzer:
    """Loads the bundled language data and models once; analyse texts with ``analyze``/``analyze_batch``."""

    def __init__(self):
        self.rules = {code: LanguageRules(code, language_data.load(code)) for code in language_data.SUPPORTED}
        self.models = load_models()
        from .lint import InclusiveChecker

        self._checker = InclusiveChecker()

    def analyze(self, text: str) -> Analysis:
        if not isinstance(text, str):
            raise TypeError(f"analyze() takes a str, not {type(text).__name__}")
        normalised = normalise(text)
        key = normalised.key
        lang = identify(text, key)
        matches = None
        if lang == "und":  # too little to tell: let the lexicons vote
            best = 0
            for code, rules in self.rules.items():
                found = rules.scan(key)
                scored = sum(1 for m in found if m.kind not in ("report", "ingroup", "second_person"))
                if scored > best:
                    best, lang, matches = scored, code, found
        if lang not in self.rules:
            span = [Signal("not_analysed", 0, len(text))]
            return Analysis(text, lang, "none", {"hateful": 0.0, "offensive": 0.0}, [], [], span,
                            explain.not_analysed(lang))
        rules = self.rules[lang]
        if matches is None:
            matches = rules.scan(key)
        evidence = rules.evidence(key, matches)
        model = self.models.get(lang)
        probability = model.probability(normalised) if model else 0.0
        threshold = model.threshold if model else 0.5
        return self._decide(normalised, lang, evidence, probability, threshold)

    def _decide(self, normalised, lang: str, ev: Evidence, p: float, threshold: float) -> Analysis:
        span = normalised.span
        text = normalised.original
        targets, seen = [], set()
        for hit in ev.protected:
            start, end = span(hit.start, hit.end)
            if (start, end) not in seen:
                seen.add((start, end))
                targets.append(Target(hit.match.term.data[0], text[start:end], start, end))
        types = list(dict.fromkeys(kind for kind, _, _ in ev.attacks))
        signals = [Signal(kind, *span(a, b)) for kind, a, b in ev.signals]
        if ev.attacks:
            label = "hateful"
            hateful = max(_STRENGTH.get(t, 0.85) for t in types)
            offensive = max(p, hateful)
        elif (targets and p >= STATISTICAL_HATE and not ev.positive and not ev.counter_speech
              and not ev.in_group):
            label, types = "hateful", ["derogation"]
            hateful, offensive = _STRENGTH["statistical"], p
            signals.append(Signal("statistical", 0, len(text)))
        elif ev.offensive:
            label = "offensive"
            offensive = max(p, 0.75)
            hateful = min(0.45, p * (0.4 if targets else 0.1))
        elif p >= threshold and not ev.counter_speech and not (targets and (ev.positive or ev.in_group)):
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
        reason = explain.reason(lang, label, targets, types, [s.kind for s in signals])
        return Analysis(text, lang, label, scores, targets, types, signals, reason)

    def analyze_batch(self, texts: Iterable[str], n_jobs: int = 1) -> list[Analysis]:
        """Analyse many texts, results in input order. ``n_jobs`` > 1 uses that many processes."""
        texts = list(texts)
        if n_jobs is None or n_jobs <= 1 or len(texts) < 2000:
            return [self.analyze(t) for t in texts]
        import multiprocessing

        chunk = max(1, len(texts) // (n_jobs * 4))
        with multiprocessing.get_context("spawn").Pool(n_jobs, initializer=_init_worker) as pool:
            return pool.map(_analyze_in_worker, texts, chunksize=chunk)

    def iter_analyze(self, texts: Iterable[str]) -> Iterator[Analysis]:
        """Lazily analyse a stream of texts (constant memory)."""
        for text in texts:
            yield self.analyze(text)

    def lint(self, text: str) -> list[Finding]:
        """Inclusive-language findings for a city's own text (Turkish and English entries)."""
        return self._checker.check(text)


_worker_analyzer: Analyzer | None = None


def _init_worker() -> None:
    global _worker_analyzer
    _worker_analyzer = Analyzer()


def _analyze_in_worker(text: str) -> Analysis:
    return _worker_analyzer.analyze(text)
