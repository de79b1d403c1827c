"""The inclusive-language checker: real entries for every ground in both languages."""

import pytest

from birarada.discourse import GROUNDS
from birarada.discourse.lang import en, tr


@pytest.mark.parametrize("data", [tr, en], ids=["tr", "en"])
def test_entries_cover_every_ground_with_reasons_and_alternatives(data):
    assert len(data.INCLUSIVE) >= 50
    grounds = {ground for _, ground, _, _ in data.INCLUSIVE}
    assert grounds == set(GROUNDS)
    for term, _ground, why, suggestions in data.INCLUSIVE:
        assert why and suggestions, term


@pytest.mark.parametrize("text,span,term,ground,lang,suggestion", [
    ("Kaçak göçmen sayısı arttı.", (0, 12), "Kaçak göçmen", "migration", "tr", "düzensiz göçmen"),
    ("ÖZÜRLÜ vatandaşlarımız", (0, 6), "ÖZÜRLÜ", "disability", "tr", "engelli"),
    ("ozurlu otoparki", (0, 6), "ozurlu", "disability", "tr", "engelli"),
    ("Namus cinayeti haberi", (0, 14), "Namus cinayeti", "gender", "tr", "kadın cinayeti"),
    ("Cinsel tercihi nedeniyle", (0, 14), "Cinsel tercihi", "sexual_orientation", "tr", "cinsel yönelim"),
    ("Çingene mahallesi", (0, 7), "Çingene", "ethnicity", "tr", "Roman"),
    ("An illegal immigrant was arrested.", (3, 20), "illegal immigrant", "migration", "en", "undocumented migrant"),
    ("Parking for the handicapped", (16, 27), "handicapped", "disability", "en", "disabled person"),
    ("She is wheelchair-bound.", (7, 23), "wheelchair-bound", "disability", "en", "wheelchair user"),
    ("Programmes for the elderly", (15, 26), "the elderly", "age", "en", "older people"),
    ("He committed suicide.", (3, 20), "committed suicide", "other", "en", "died by suicide"),
])
def test_it_flags_terms_and_suggests_alternatives(analyzer, text, span, term, ground, lang, suggestion):
    findings = analyzer.lint(text)
    assert [(f.span, f.term, f.ground, f.lang) for f in findings] == [(span, term, ground, lang)]
    assert findings[0].why
    assert suggestion in findings[0].suggestions


def test_findings_come_in_text_order_with_their_own_spans(analyzer):
    text = "Programmes for the elderly and the handicapped; no illegal immigrant was named."
    findings = analyzer.lint(text)
    assert [(f.span, f.term, f.ground) for f in findings] == [
        ((15, 26), "the elderly", "age"), ((35, 46), "handicapped", "disability"),
        ((51, 68), "illegal immigrant", "migration")]


def test_it_leaves_inclusive_text_alone(analyzer):
    assert analyzer.lint("Engelli ve yaşlı yurttaşlar için düzensiz göçmenlere yönelik hizmetler.") == []
    assert analyzer.lint("Services for disabled people, older people and undocumented migrants.") == []
