"""The public contract other modules rely on."""

import json

from birarada.discourse import DISCOURSE_TYPES, GROUNDS, MODEL_VERSION, Analysis, Analyzer, Finding, Signal, Target


def test_it_analyses_the_example_from_the_issue(analyzer):
    a = analyzer.analyze("Suriyelilerden nefret ediyorum.")
    assert isinstance(a, Analysis)
    assert a.lang == "tr"
    assert a.label == "hateful"
    assert set(a.scores) == {"hateful", "offensive"}
    assert all(0.0 <= v <= 1.0 for v in a.scores.values())
    assert a.targets == [Target("migration", "Suriyelilerden", 0, 14)]
    assert a.types == ["negative_emotion"]
    assert "Suriyelilerden" in a.explain()


def test_scores_agree_with_the_label(analyzer):
    for text in ["Suriyeliler defolsun", "Siktir git lan", "Bugün hava güzel", "I hate Muslims", "Fuck this"]:
        a = analyzer.analyze(text)
        if a.label == "hateful":
            assert a.scores["hateful"] >= 0.5 and a.scores["offensive"] >= a.scores["hateful"]
        elif a.label == "offensive":
            assert a.scores["offensive"] >= 0.5 > a.scores["hateful"]
        else:
            assert a.scores["offensive"] < 0.5 and a.scores["hateful"] < 0.5


def test_types_and_grounds_come_from_the_documented_vocabularies(analyzer):
    texts = ["Suriyeliler hayvan", "Kürtleri öldürün", "Kadınlar çalışmamalı", "Bu ibneler", "Yahudi gibi cimri",
             "Muslims are vermin", "Deport all immigrants", "No such thing as trans people, it's a phase"]
    for text in texts:
        a = analyzer.analyze(text)
        assert a.label == "hateful", text
        assert set(a.types) <= set(DISCOURSE_TYPES)
        assert {t.ground for t in a.targets} <= set(GROUNDS)


def test_target_spans_point_into_the_original_text(analyzer):
    for text in ["KÜRTLERİ İSTEMİYORUZ", "S u r i y e l i l e r defolsun", "@USER Sur1yeliler defolsun URL",
                 "#SuriyelilerDefolsun", "nefreeeet ediyorum suriyelilerden 🤮"]:
        a = analyzer.analyze(text)
        assert a.targets, text
        for t in a.targets:
            assert text[t.start:t.end] == t.text
        for s in a.signals:
            assert 0 <= s.start <= s.end <= len(text)


def test_to_dict_is_json_ready(analyzer):
    a = analyzer.analyze("Suriyeliler defolsun!")
    data = json.loads(json.dumps(a.to_dict()))
    assert data["label"] == "hateful"
    assert data["grounds"] == ["migration"]
    assert data["targets"][0]["ground"] == "migration"
    assert isinstance(MODEL_VERSION, str) and MODEL_VERSION


def test_batch_keeps_the_order_and_matches_single_analysis(analyzer):
    texts = ["Suriyeliler defolsun", "Bugün hava güzel", "I hate Muslims", "Siktir git"] * 5
    batch = analyzer.analyze_batch(texts)
    assert [a.label for a in batch] == [analyzer.analyze(t).label for t in texts]


def test_batch_with_processes_gives_the_same_results(analyzer):
    texts = ["Suriyeliler defolsun", "Bugün hava güzel", "I hate Muslims", "Siktir git"] * 3
    in_processes = [a.to_dict() for a in analyzer.analyze_batch(texts, n_jobs=2)]
    assert in_processes == [a.to_dict() for a in analyzer.analyze_batch(texts)]


def test_unsupported_languages_are_not_guessed(analyzer):
    for text, lang in [("Ich hasse alle Ausländer, sie sollen gehen", "de"), ("أنا أكره اللاجئين", "ar"),
                       ("Je déteste les immigrés, ils doivent partir", "fr"), ("Мы ненавидим их всех", "ru")]:
        a = analyzer.analyze(text)
        assert a.lang == lang
        assert a.label == "none"
        assert [s.kind for s in a.signals] == ["not_analysed"]


def test_kurdish_is_recognised(analyzer):
    assert analyzer.analyze("Ez ji te hez dikim û tu jî ji min hez dikî").lang == "ku"


def test_empty_and_odd_texts_do_not_crash(analyzer):
    for text in ["", "   ", "🤮🤮", "@USER URL", "12345", "#"]:
        assert analyzer.analyze(text).label in ("hateful", "offensive", "none")


def test_lint_returns_findings(analyzer):
    findings = analyzer.lint("Kaçak göçmenler ve özürlü vatandaşlar")
    assert [f.term for f in findings] == ["Kaçak göçmenler", "özürlü"]
    assert all(isinstance(f, Finding) for f in findings)
    assert "düzensiz göçmen" in findings[0].suggestions
    assert findings[1].span == (19, 25)


def test_signal_is_a_small_value_object():
    assert Signal("negation", 1, 2) == Signal("negation", 1, 2)
    assert Signal("negation", 1, 2) != Signal("negation", 1, 3)
    assert len({Signal("negation", 1, 2), Signal("negation", 1, 2)}) == 1


def test_a_new_analyzer_reports_negation_as_a_signal():
    """A freshly built Analyzer (not the shared fixture): negated hate names the group, is not hateful and
    carries the negation as a Signal over the negated cue."""
    text = "Suriyelilerden nefret etmiyorum."
    a = Analyzer().analyze(text)
    assert (a.lang, a.label, a.types) == ("tr", "none", [])
    assert a.targets == [Target("migration", "Suriyelilerden", 0, 14)]
    assert a.signals == [Signal("negation", 15, 21)]
    assert text[15:21] == "nefret"
    assert a.scores["hateful"] < 0.5
