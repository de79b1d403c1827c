"""Hateful-vs-not on the bundled HateCheck-style suites: every functionality, both languages.

The suites are our own invented cases (tests/discourse/suites; not shipped with the package). A functionality
below its floor fails with the cases it got wrong, so a lexicon change that breaks one kind of text shows which.
"""

import pytest

from tests.discourse import suites

FLOORS = {"tr": 0.9, "en": 0.85}


def _functionalities(lang):
    return sorted(suites.functionalities(suites.load(lang)).items())


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_every_functionality_has_at_least_twenty_cases(lang):
    for name, cases in _functionalities(lang):
        assert len(cases) >= 20, name


@pytest.mark.parametrize("lang,name,cases",
                         [(lang, name, cases) for lang in ("tr", "en") for name, cases in _functionalities(lang)],
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


FRESH_FLOORS = {"tr": 0.7, "en": 0.5}  # the issue's per-functionality floors


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_fresh_check_sets(analyzer, lang):
    """The fresh sets (suites/fresh.py): overall at the goal, no functionality under the issue's floor."""
    from birarada.discourse import evaluation

    report = evaluation.fresh_sets(analyzer, lang)
    assert report["accuracy"] >= {"tr": 0.9, "en": 0.85}[lang]
    low = {name: f"{r}/{t}" for name, (r, t) in report["functionalities"].items() if r / t < FRESH_FLOORS[lang]}
    assert not low, low


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_fresh_sets_cover_every_functionality_of_the_issue(lang):
    from tests.discourse.suites import fresh

    names = {name for name, _, _ in fresh.cases(lang)}
    assert {"negative_emotion", "negative_attributes", "dehumanisation", "implicit_derogation", "threat_expel",
            "normalising_violence", "slur", "profanity_hate", "later_clause_question_opinion", "negated_positive",
            "identity_insult_stereotype", "hashtag", "negated_hate", "neutral_positive", "counter_speech",
            "abuse_non_protected", "profanity_alone", "reclaimed"} <= names


# Hateful-vs-not accuracy of each fresh set, measured with model version 2026.11-3 (the engine was not changed
# to get these): set 1 tr 246/250 (98.4%), set 1 en 213/219 (97.3%), set 2 tr 182/188 (96.8%),
# set 2 en 166/170 (97.6%). Each floor allows two or three more wrong cases than measured.
FRESH_SET_FLOORS = {(1, "tr"): 0.97, (1, "en"): 0.96, (2, "tr"): 0.95, (2, "en"): 0.96}


@pytest.mark.parametrize("number,lang", sorted(FRESH_SET_FLOORS), ids=lambda v: str(v))
def test_each_fresh_set_scores_at_its_measured_floor(analyzer, number, lang):
    from tests.discourse.suites import fresh

    cases = fresh.cases(lang, sets=(number,))
    results = analyzer.analyze_batch([text for _, text, _ in cases])
    wrong = [(name, text) for (name, text, hateful), r in zip(cases, results, strict=True)
             if (r.label == "hateful") != hateful]
    right = len(cases) - len(wrong)
    assert right / len(cases) >= FRESH_SET_FLOORS[number, lang], (f"set {number} {lang}: {right}/{len(cases)}", wrong)


@pytest.mark.parametrize("number,lang", sorted(FRESH_SET_FLOORS), ids=lambda v: str(v))
def test_first_pass_record_describes_the_set_it_scored(number, lang):
    """FIRST_PASS is reported next to today's scores (``evaluation.fresh_sets``): it must name the set's
    functionalities and their sizes, or the comparison is meaningless."""
    from collections import Counter

    from tests.discourse.suites import fresh

    sizes = Counter(name for name, _, _ in fresh.cases(lang, sets=(number,)))
    record = fresh.FIRST_PASS[number][lang]
    assert {name: total for name, (_, total) in record.items()} == dict(sizes)
    assert all(0 <= right <= total for right, total in record.values())


# The second pass's development set (suites/second.py): the issue's goals — Turkish ≥ 95 % with every
# functionality ≥ 80 %, English ≥ 85 % with every functionality ≥ 50 % — are held on it as floors a little under
# today's scores, so a change that breaks a kind of text fails here with the cases it got wrong.
SECOND_FLOORS = {"tr": (0.92, 0.5), "en": (0.9, 0.5)}


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_second_pass_development_set(analyzer, lang):
    from birarada.discourse import evaluation

    module = evaluation.suite("second")
    checks = module.TR if lang == "tr" else module.EN
    overall, floor = SECOND_FLOORS[lang]
    right = total = 0
    low = {}
    for functionality, (hateful, texts) in checks.items():
        wrong = [t for t in texts if (analyzer.analyze(t).label == "hateful") != hateful]
        right, total = right + len(texts) - len(wrong), total + len(texts)
        if 1 - len(wrong) / len(texts) < floor:
            low[functionality] = wrong
    assert right / total >= overall, f"{right}/{total}"
    assert not low, low


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_evaluate_reads_both_second_pass_sets(analyzer, lang):
    from birarada.discourse import evaluation

    for name in evaluation.SECOND_PASS_SETS:
        report = evaluation.by_functionality(analyzer, lang, name)
        assert report["cases"] > 400
        assert all(total >= 10 for _, total in report["functionalities"].values())
        text = evaluation.format_by_functionality(name, lang, report)
        assert text.startswith(f"{name} set ({lang}): ") and "negated_hate_nh" in text
