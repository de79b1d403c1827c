"""Ground detection on messy tweet-like Turkish texts (suites/tweets_tr.py) and the false matches that the
2026.11-3 lexicon pass removed (words that merely start like a group name)."""

import pytest

from birarada.discourse.suites import tweets_tr


def _rates(analyzer, items):
    found = hateful = 0
    for text, grounds in items:
        a = analyzer.analyze(text)
        found += bool({t.ground for t in a.targets} & set(grounds))
        hateful += a.label == "hateful"
    return found / len(items), hateful / len(items)


def test_first_pass_figures_meet_the_goal():
    # The honest estimate: each set scored once, before the fixes it prompted.
    for name in ("HATEFUL_BEFORE", "HATEFUL_AFTER"):
        hits, total = tweets_tr.FIRST_PASS[name]["ground_found"]
        assert hits / total >= 0.8, name


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
