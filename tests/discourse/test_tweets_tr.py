"""Ground detection on messy tweet-like Turkish texts (suites/tweets_tr.py) and the false matches that the
2026.11-3 lexicon pass removed (words that merely start like a group name)."""

import pytest

from tests.discourse.suites import tweets_tr


def _rates(analyzer, items):
    found = hateful = 0
    for text, grounds in items:
        a = analyzer.analyze(text)
        found += bool({t.ground for t in a.targets} & set(grounds))
        hateful += a.label == "hateful"
    return found / len(items), hateful / len(items)


def test_goal_ground_found_in_tweet_like_hateful_texts(analyzer):
    """The issue's goal (ground of hateful Turkish tweets found in >= 80%), measured now on both hateful sets
    together, naming the texts whose ground is missed."""
    items = tweets_tr.HATEFUL_BEFORE + tweets_tr.HATEFUL_AFTER
    missed = [text for text, grounds in items if not {t.ground for t in analyzer.analyze(text).targets} & set(grounds)]
    # measured with 2026.11-3: 99 of 101 found (98.0%); the floor allows one more miss, the goal is 80%
    assert 1 - len(missed) / len(items) >= 0.97, missed


def test_ground_is_found_in_not_hateful_mentions_too(analyzer):
    """Naming the group does not depend on the label: news, support and counter-speech name it as well."""
    ground, _ = _rates(analyzer, tweets_tr.NOT_HATEFUL)
    # measured with 2026.11-3: 30 of 30
    assert ground >= 0.96, ground


def test_the_evaluation_report_counts_what_the_engine_does(analyzer):
    """``evaluation.tweet_sets`` (printed by the CLI beside FIRST_PASS) reports the engine's own counts."""
    from birarada.discourse import evaluation

    report = evaluation.tweet_sets(analyzer)
    for name in ("HATEFUL_BEFORE", "HATEFUL_AFTER", "NOT_HATEFUL"):
        items = getattr(tweets_tr, name)
        ground, hateful = _rates(analyzer, items)
        assert report[name]["texts"] == len(items)
        assert report[name]["ground_found"] == round(ground * len(items)), name
        assert report[name]["hateful"] == round(hateful * len(items)), name


@pytest.mark.parametrize("name", ["HATEFUL_BEFORE", "HATEFUL_AFTER"])
def test_ground_found_and_labelled_hateful(analyzer, name):
    ground, hateful = _rates(analyzer, getattr(tweets_tr, name))
    # measured with 2026.11-3: BEFORE 59/61 ground, 59/61 hateful; AFTER 40/40 ground, 38/40 hateful
    assert ground >= 0.95, (name, ground)
    assert hateful >= 0.94, (name, hateful)


def test_not_hateful_mentions_stay_not_hateful(analyzer):
    false_positives = [text for text, _ in tweets_tr.NOT_HATEFUL if analyzer.analyze(text).label == "hateful"]
    # measured with 2026.11-3: 0 of 30
    assert len(false_positives) / len(tweets_tr.NOT_HATEFUL) <= 0.034, false_positives


@pytest.mark.parametrize("text, ground", [
    ("Suriye'ye geri dönsünler artık", "migration"),
    ("Afganistan'a postalayın hepsini", "migration"),
    ("suryeliler her yeri sardı", "migration"),
    ("Kürdo dediğin böyle olur", "ethnicity"),
    ("elgebeteciler yine sokakta", "sexual_orientation"),
    ("femoşlar ağlamaya başladı", "gender"),
    ("Şia mensupları", "religion"),
    ("işitme engelliler", "disability"),
])
def test_new_group_forms(analyzer, text, ground):
    assert ground in {t.ground for t in analyzer.analyze(text).targets}


@pytest.mark.parametrize("text", [
    "Bunun için çok çalışmak lazım",                     # laz$ + -ım
    "Türkiye'de hava bugün güzel",                       # Türk + -iye
    "aralarında bir sorun yok",                          # fuzzy "araplar" without p
    "süreli nafaka konusu yine gündemde",                # fuzzy "suriyeli" without i
    "beni neden engelliyorsun",                          # engelli + -yor (to block)
    "Rusya ile anlaşma imzalandı",                       # Rus + -ya
    "akşam karides yedik",                               # karı + -des
    "Volkan kaleye geri dönmeli",                        # dönme + -li (must return)
    "hizmetin kalitesi düştü",                           # fuzzy "hizmetçi"
    "Gençlerbirliği maçı berabere bitti",                # the football club
    "Suriye'ye geri dönüş başladı",                      # news, not a call to send back
])
def test_ordinary_words_are_not_group_names(analyzer, text):
    assert analyzer.analyze(text).targets == [], text
