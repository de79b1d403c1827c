"""``birarada evaluate``: figures on the held-out split of the training data and on the functional suites.

The suites are test material, not part of the engine: they live in the source checkout (tests/discourse/suites)
and are not installed with the package. `suite(name)` finds them next to the package in a checkout (an editable
install, `make install`); elsewhere it says where they are.
"""

from __future__ import annotations

import sys
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

from . import datasets

CHECKOUT = Path(__file__).resolve().parents[2]


class SuitesMissing(RuntimeError):
    pass


def suite(name: str = "") -> ModuleType:
    """The suites package (`suite()`) or one of its modules (`suite("fresh")`), from the source checkout."""
    if not (CHECKOUT / "tests" / "discourse" / "suites" / "__init__.py").is_file():
        raise SuitesMissing("The evaluation suites are in the source checkout (tests/discourse/suites), which is not "
                            "here: run `birarada evaluate` from a checkout of birarada.")
    if str(CHECKOUT) not in sys.path:
        sys.path.append(str(CHECKOUT))
    return import_module("tests.discourse.suites" + (f".{name}" if name else ""))


def _per_class(gold: list[bool], predicted: list[bool]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for name, value in (("offensive_or_hateful", True), ("none", False)):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == value and p == value)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != value and p == value)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == value and p != value)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures[name] = {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
    figures["macro_f1"] = (figures["offensive_or_hateful"]["f1"] + figures["none"]["f1"]) / 2
    figures["accuracy"] = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / max(1, len(gold))
    return figures


def held_out(analyzer, lang: str, data_dir: Path) -> dict:
    """Offensive-or-hateful vs none on the fixed held-out split: the full engine and the model alone."""
    _, examples = datasets.load(lang, data_dir)
    gold = [e.abusive for e in examples]
    results = analyzer.analyze_batch([e.text for e in examples])
    engine = [r.label != "none" for r in results]
    model = analyzer.models.get(lang)
    from .normalise import normalise

    alone = [model.probability(normalise(e.text)) >= model.threshold for e in examples] if model else engine
    labels: dict[str, dict[str, int]] = {}  # dataset label → engine label → texts
    for e, r in zip(examples, results, strict=True):
        labels.setdefault(e.label, {}).setdefault(r.label, 0)
        labels[e.label][r.label] += 1
    return {"dataset": datasets.DATASETS[lang][0], "texts": len(examples), "engine": _per_class(gold, engine),
            "model_alone": _per_class(gold, alone), "confusion": labels}


def functional(analyzer, lang: str) -> dict:
    """Hateful-vs-not accuracy per functionality of the bundled suite."""
    suites = suite()
    grouped = suites.functionalities(suites.load(lang))
    report, right, total = {}, 0, 0
    for name, cases in grouped.items():
        results = analyzer.analyze_batch([c.text for c in cases])
        correct = sum(1 for c, r in zip(cases, results, strict=True) if (r.label == "hateful") == c.hateful)
        report[name] = (correct, len(cases))
        right, total = right + correct, total + len(cases)
    return {"functionalities": report, "accuracy": right / max(1, total), "cases": total}


def format_held_out(report: dict) -> str:
    lines = [f"{report['dataset']} held-out split: {report['texts']} texts"]
    for which in ("engine", "model_alone"):
        fig = report[which]
        lines.append(f"  {which:12s} macro-F1 {fig['macro_f1']:.4f}  accuracy {fig['accuracy']:.4f}")
        for cls in ("offensive_or_hateful", "none"):
            c = fig[cls]
            lines.append(f"    {cls:22s} P {c['precision']:.3f}  R {c['recall']:.3f}  F1 {c['f1']:.3f}  "
                         f"n={c['support']}")
    lines.append("  engine labels by dataset label: " + "; ".join(
        f"{gold}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        for gold, counts in sorted(report["confusion"].items())))
    return "\n".join(lines)


def format_functional(lang: str, report: dict) -> str:
    lines = [f"functional suite ({lang}): {report['accuracy']:.1%} of {report['cases']} cases"]
    for name, (correct, count) in report["functionalities"].items():
        lines.append(f"  {name:30s} {correct:3d}/{count:<3d} {correct / count:6.1%}")
    return "\n".join(lines)


def ground_found(analyzer, lang: str) -> dict:
    """Share of the realistic hateful texts labelled hateful, and whose annotated ground the engine finds."""
    realistic = suite("realistic")

    items = realistic.HATEFUL_TR if lang == "tr" else realistic.HATEFUL_EN
    results = analyzer.analyze_batch([text for text, _ in items])
    found = [ground in r.grounds for (_, ground), r in zip(items, results, strict=True)]
    hateful = [r.label == "hateful" for r in results]
    missed = [text for (text, _), ok in zip(items, found, strict=True) if not ok]
    report = {"texts": len(items), "ground_found": sum(found) / len(items), "hateful": sum(hateful) / len(items),
              "missed": missed, "not_hateful": [t for (t, _), h in zip(items, hateful, strict=True) if not h]}
    if lang == "tr":
        report["tweets"] = tweet_sets(analyzer)
    return report


def tweet_sets(analyzer) -> dict:
    """Ground found and label on the messy tweet-like Turkish sets (``suites.tweets_tr``), per set."""
    tweets_tr = suite("tweets_tr")

    report = {}
    for name in ("HATEFUL_BEFORE", "HATEFUL_AFTER", "NOT_HATEFUL"):
        items = getattr(tweets_tr, name)
        results = analyzer.analyze_batch([text for text, _ in items])
        found = sum(bool(set(grounds) & set(r.grounds)) for (_, grounds), r in zip(items, results, strict=True))
        hateful = sum(r.label == "hateful" for r in results)
        report[name] = {"texts": len(items), "ground_found": found, "hateful": hateful,
                        "first_pass": tweets_tr.FIRST_PASS[name]}
    return report


def format_ground_found(lang: str, report: dict) -> str:
    lines = [f"realistic hateful texts ({lang}): ground found {report['ground_found']:.1%}, "
             f"labelled hateful {report['hateful']:.1%} of {report['texts']}"]
    lines += [f"  ground missed: {t}" for t in report["missed"]]
    lines += [f"  not hateful:   {t}" for t in report["not_hateful"]]
    for name, r in report.get("tweets", {}).items():
        first = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in r["first_pass"].items() if isinstance(v, tuple))
        lines.append(f"tweet-like set {name} ({r['texts']}): ground found {r['ground_found']}, labelled hateful "
                     f"{r['hateful']} (first pass: {first})")
    return "\n".join(lines)


def check_set(analyzer, lang: str) -> dict:
    """Accuracy on the check sets written after the lexicons (``suites.unseen`` and ``suites.fresh``)."""
    fresh, unseen = suite("fresh"), suite("unseen")

    cases = list(unseen.TR if lang == "tr" else unseen.EN) + [(text, hateful) for _, text, hateful in fresh.cases(lang)]
    results = analyzer.analyze_batch([text for text, _ in cases])
    wrong = [text for (text, hateful), r in zip(cases, results, strict=True) if (r.label == "hateful") != hateful]
    return {"cases": len(cases), "accuracy": 1 - len(wrong) / len(cases), "wrong": wrong}


def _per_functionality(analyzer, cases: list[tuple[str, str, bool]]) -> dict:
    """Hateful-vs-not right and total per functionality, for (functionality, text, hateful?) cases."""
    results = analyzer.analyze_batch([text for _, text, _ in cases])
    report: dict[str, list[int]] = {}
    for (name, _, hateful), r in zip(cases, results, strict=True):
        counts = report.setdefault(name, [0, 0])
        counts[0] += (r.label == "hateful") == hateful
        counts[1] += 1
    right = sum(c for c, _ in report.values())
    return {"functionalities": {k: tuple(v) for k, v in report.items()}, "accuracy": right / max(1, len(cases)),
            "cases": len(cases)}


def fresh_sets(analyzer, lang: str) -> dict:
    """Hateful-vs-not per functionality on the fresh check sets (``suites.fresh``), with their first-pass scores."""
    fresh = suite("fresh")
    report = _per_functionality(analyzer, fresh.cases(lang))
    report["first_pass"] = {n: fresh.first_pass(lang, n) for n in fresh.SETS}
    return report


# The check sets of the engine's second pass: ``second`` (development: read and fixed against) and ``blind``
# (written by another hand at the same time, never read by whoever tunes the engine, scored to estimate).
SECOND_PASS_SETS = ("second", "blind")


def by_functionality(analyzer, lang: str, name: str) -> dict:
    """Hateful-vs-not per functionality on one of ``SECOND_PASS_SETS``."""
    module = suite(name)
    checks = module.TR if lang == "tr" else module.EN
    return _per_functionality(analyzer, [(functionality, *((item, label) if isinstance(item, str) else item))
                                         for functionality, (label, items) in checks.items() for item in items])


def format_by_functionality(name: str, lang: str, report: dict) -> str:
    below = [f for f, (right, total) in report["functionalities"].items() if right < total / 2]
    lines = [f"{name} set ({lang}): {report['accuracy']:.1%} of {report['cases']} cases; "
             f"functionalities under 50 %: {len(below)}"]
    for functionality, (right, total) in report["functionalities"].items():
        lines.append(f"  {functionality:30s} {right:3d}/{total:<3d} {right / total:6.1%}")
    return "\n".join(lines)
