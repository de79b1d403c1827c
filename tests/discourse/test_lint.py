"""The inclusive-language checker: real entries for every ground in both languages."""

import pytest

from birarada.discourse import GROUNDS
from birarada.discourse.lang import en, tr


@pytest.mark.parametrize("data", [tr, en], ids=["tr", "en"])
def test_entries_cover_every_ground_with_reasons_and_alternatives(data):
    assert len(data.INCLUSIVE) >= 50
    grounds = {ground for _, ground, _, _ in data.INCLUSIVE}
    assert grounds == set(GROUNDS) - {"other"} | {"other"}
    for term, ground, why, suggestions in data.INCLUSIVE:
        assert ground in GROUNDS and why and suggestions, term


@pytest.mark.parametrize("text,term,suggestion", [
    ("Kaçak göçmen sayısı arttı.", "Kaçak göçmen", "düzensiz göçmen"),
    ("ÖZÜRLÜ vatandaşlarımız", "ÖZÜRLÜ", "engelli"),
    ("ozurlu otoparki", "ozurlu", "engelli"),
    ("Namus cinayeti haberi", "Namus cinayeti", "kadın cinayeti"),
    ("Cinsel tercihi nedeniyle", "Cinsel tercihi", "cinsel yönelim"),
    ("Çingene mahallesi", "Çingene", "Roman"),
    ("An illegal immigrant was arrested.", "illegal immigrant", "undocumented migrant"),
    ("Parking for the handicapped", "handicapped", "disabled person"),
    ("She is wheelchair-bound.", "wheelchair-bound", "wheelchair user"),
    ("Programmes for the elderly", "the elderly", "older people"),
    ("He committed suicide.", "committed suicide", "died by suicide"),
])
def test_it_flags_terms_and_suggests_alternatives(analyzer, text, term, suggestion):
    findings = analyzer.lint(text)
    hit = next(f for f in findings if f.term == term)
    assert text[hit.start:hit.end] == term
    assert suggestion in hit.suggestions


def test_it_leaves_inclusive_text_alone(analyzer):
    assert analyzer.lint("Engelli ve yaşlı yurttaşlar için düzensiz göçmenlere yönelik hizmetler.") == []
    assert analyzer.lint("Services for disabled people, older people and undocumented migrants.") == []
