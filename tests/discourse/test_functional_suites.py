"""Hateful-vs-not on the bundled HateCheck-style suites: every functionality, both languages.

The suites are our own invented cases (birarada/discourse/suites). A functionality below its floor fails with
the cases it got wrong, so a lexicon change that breaks one kind of text shows which.
"""

import pytest

from birarada.discourse import suites

FLOORS = {"tr": 0.9, "en": 0.85}


def _functionalities(lang):
    return sorted(suites.functionalities(suites.load(lang)).items())


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_every_functionality_has_at_least_twenty_cases(lang):
    for name, cases in _functionalities(lang):
        assert len(cases) >= 20, name


@pytest.mark.parametrize("lang,name,cases", [(lang, name, cases) for lang in ("tr", "en") for name, cases in _functionalities(lang)],
                         ids=lambda v: v if isinstance(v, str) else None)
def test_functionality(analyzer, lang, name, cases):
    wrong = [c.text for c in cases if (analyzer.analyze(c.text).label == "hateful") != c.hateful]
    accuracy = 1 - len(wrong) / len(cases)
    assert accuracy >= FLOORS[lang], f"{lang}/{name}: {accuracy:.0%}; wrong: {wrong}"


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_overall_accuracy_meets_the_goal(analyzer, lang):
    cases = suites.load(lang)
    right = sum((analyzer.analyze(c.text).label == "hateful") == c.hateful for c in cases)
    assert right / len(cases) >= {"tr": 0.9, "en": 0.85}[lang]


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_check_sets(analyzer, lang):
    from birarada.discourse import evaluation

    report = evaluation.check_set(analyzer, lang)
    assert report["accuracy"] >= 0.9, report["wrong"]
