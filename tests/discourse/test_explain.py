"""Explanations in the reader's language (tr, en, ar) whatever the text's, and the same from a stored analysis."""

import pytest

from birarada.discourse import Analyzer
from birarada.discourse.explain import reason_from_dict

HATEFUL_TR = "Suriyeliler pis hayvanlar, hepsi defolsun bu ülkeden!"
COUNTER_EN = "Saying that refugees are animals is disgusting and wrong."


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def test_a_turkish_hateful_text_is_explained_in_each_readers_language(analyzer):
    result = analyzer.analyze(HATEFUL_TR)
    assert result.label == "hateful"
    tr, en, ar = (result.explain(lang=lang) for lang in ("tr", "en", "ar"))
    assert tr.startswith("Nefret söylemi:") and "(göç)" in tr
    assert en.startswith("Hateful: targets") and "(migration)" in en
    assert ar.startswith("خطاب كراهية:") and "(الهجرة)" in ar
    assert result.explain() == tr  # by default: the text's language when it is Turkish


def test_without_a_reader_an_english_text_is_explained_in_english_and_a_kurdish_page_gets_english(analyzer):
    result = analyzer.analyze(COUNTER_EN)
    assert result.label != "hateful"
    assert result.explain().startswith("No hate speech") and result.explain(lang="ku") == result.explain()
    assert result.explain(lang="tr").startswith("Nefret söylemi veya saldırgan dil bulunmadı")


def test_a_stored_analysis_gives_the_same_reason(analyzer):
    for text in (HATEFUL_TR, COUNTER_EN, "Siktir git lan salak"):
        result = analyzer.analyze(text)
        for lang in ("tr", "en", "ar"):
            assert reason_from_dict(result.to_dict(), lang) == result.explain(lang=lang)


def test_an_unsupported_language_is_said_in_the_readers_language():
    stored = {"lang": "de", "label": "none", "signals": [{"kind": "not_analysed"}]}
    assert reason_from_dict(stored, "tr") == "'de' dili desteklenmiyor; metin incelenmedi."
    assert reason_from_dict(stored, "en") == "Language 'de' is not supported; the text was not analysed."
