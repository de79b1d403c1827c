"""search_practices: words in Turkish and English, odd input, facets that count and filter, pages; published
practices only. The same tests run on SQLite and on PostgreSQL; stemming is checked on PostgreSQL alone."""

import pytest
from django.db import connection

from birarada.network import observatory as actions
from birarada.network.models import PracticeTag
from birarada.network.search import clean_query, fold, search_practices
from tests.network.observatory.conftest import ENGLISH, TURKISH, make_practice

POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def library(city, network):
    """A Turkish practice (migration) and an English one (gender, Belgium) published; a Turkish draft."""
    turkish = make_practice(city["izmir"], network, status="published")
    english = make_practice(city["elsewhere"], network, language="en", status="published", city="Ghent",
                            country="BE", population=260_000, themes=["gender_equality"], grounds=["gender"],
                            areas=["employment"], text={**ENGLISH, "title": "Women Back to Work",
                                                        "summary": "Mentoring for women looking for work.",
                                                        "challenge": "", "results": "", "quote": "",
                                                        "action": "Mentors met jobseekers every week."})
    draft = make_practice(city["bornova"], network, text={**TURKISH, "title": "Gizli taslak mülteci çalışması"})
    return {"turkish": turkish, "english": english, "draft": draft}


def slugs(result):
    return [p.slug for p in result.items]


def test_a_turkish_word_finds_the_turkish_text(library):
    result = search_practices("mülteci", {})
    assert slugs(result) == [library["turkish"].slug] and result.total == 1
    assert result.items[0].hit_text.language == "tr"


def test_an_english_word_finds_the_english_text(library):
    english = make_practice(library["turkish"].owner, library["turkish"].network, language="en", status="published",
                            city="Bornova")
    result = search_practices("refugee", {})
    assert slugs(result) == [english.slug]
    assert result.items[0].hit_text.language == "en"


def test_one_result_per_practice_with_the_text_that_matched(library):
    actions.do_save_practice_text(library["turkish"], "en", actor=None, **ENGLISH)
    result = search_practices("refugees", {})
    assert slugs(result) == [library["turkish"].slug]
    assert result.items[0].hit_text.language == "en" and result.items[0].languages == ["tr", "en"]
    both = search_practices("İzmir", {})
    assert slugs(both) == [library["turkish"].slug] and both.total == 1


def test_capital_letters_and_turkish_i(library):
    assert slugs(search_practices("MÜLTECİ", {})) == [library["turkish"].slug]
    assert slugs(search_practices("izmir", {})) == [library["turkish"].slug]
    assert slugs(search_practices("KADINLAR", {})) == [library["turkish"].slug]  # I → ı


@pytest.mark.skipif(POSTGRES, reason="the ASCII fallback is SQLite's; PostgreSQL matches stems")
def test_without_turkish_letters_on_sqlite(library):
    assert slugs(search_practices("multeci", {})) == [library["turkish"].slug]
    assert slugs(search_practices("mahalle bulusmalari", {})) == [library["turkish"].slug]
    assert search_practices("mülteci gent", {}).total == 0  # every word must occur


@pytest.mark.skipif(not POSTGRES, reason="stemming needs PostgreSQL's text search")
def test_stems_on_postgresql(library):
    assert slugs(search_practices("mültecilere", {})) == [library["turkish"].slug]
    assert slugs(search_practices("kursları", {})) == [library["turkish"].slug]
    assert slugs(search_practices("mentors", {})) == [library["english"].slug]  # English stem of "mentoring"
    assert slugs(search_practices("women", {})) == [library["english"].slug]
    assert set(slugs(search_practices("mülteci OR mentoring", {}))) == {library["turkish"].slug,
                                                                         library["english"].slug}


@pytest.mark.skipif(not POSTGRES, reason="stemming needs PostgreSQL's text search")
def test_an_inflected_word_finds_the_plain_one_and_back(city, network):
    plain = make_practice(city["izmir"], network, status="published", text={
        **TURKISH, "title": "Mülteci danışma masası", "summary": "Bir mülteci için danışma.", "challenge": "",
        "action": "Danışma masası kuruldu.", "results": "", "quote": ""})
    inflected = make_practice(city["bornova"], network, status="published", text={
        **TURKISH, "title": "Kadınlara kurs", "summary": "Mültecilere ve göçmenlere kurs.", "challenge": "",
        "action": "Kurs açıldı.", "results": "", "quote": ""})
    assert set(slugs(search_practices("mültecilere", {}))) == {plain.slug, inflected.slug}
    assert set(slugs(search_practices("mülteci", {}))) == {plain.slug, inflected.slug}
    assert slugs(search_practices("MÜLTECİLERE", {"country": ["TR"], "theme": ["migration"]}, page=1))


@pytest.mark.skipif(not POSTGRES, reason="ranking needs PostgreSQL's text search")
def test_best_match_first_on_postgresql(city, network, library):
    many = make_practice(city["izmir"], network, status="published", text={
        **TURKISH, "title": "Mülteci mülteci mülteci", "summary": "Mülteci çocuklar ve mülteci aileler"})
    assert slugs(search_practices("mülteci", {}))[0] == many.slug


def test_drafts_and_reviewed_practices_are_never_found(library, city, network):
    make_practice(city["izmir"], network, status="in_review", text={**TURKISH, "title": "İncelemede bekleyen"})
    assert search_practices("gizli", {}).total == 0
    assert search_practices("incelemede", {}).total == 0
    assert search_practices("", {}).total == 2


@pytest.mark.parametrize("query", [
    '"mülteci', "mülteci'", "'", '"', "&|!():*<>", "-", " - ", "mülteci & | !", "!!!", "(((", "a:*", "<->",
    "ı", "İ", "İIıi", "\x00", "mül\x00teci", "x" * 600, "mülteci " * 100, "%", "_", "\\", "😀", "   ", "OR",
    "-mülteci", "mülteci -kurs", "'; DROP TABLE network_practice; --", "O'Brien", "it''s", "a\\'b\\", "\\",
    "'mülteci' & !'kurs'", "mülteci <-> kurs", "mülteci:*", "\"mahalle buluşmaları\"", "or or or", "- - -mülteci",
])
def test_odd_input_never_fails(library, query):
    result = search_practices(query, {})
    assert result.total >= 0 and result.page == 1
    assert len(clean_query(query)) <= 200 and "\x00" not in clean_query(query)


def test_nul_bytes_are_spaces_and_long_queries_are_cut(library):
    assert slugs(search_practices("\x00mülteci\x00", {})) == [library["turkish"].slug]
    assert len(clean_query("mülteci " + "y" * 500)) == 200
    assert clean_query("&|!()") == "" and clean_query(" - ") == ""
    assert fold("MÜLTECİ Işık") == "multeci isik"


def test_only_punctuation_shows_everything(library):
    assert search_practices("!!! ---", {}).total == 2


def test_facets_count_the_matching_practices(library):
    result = search_practices("", {})
    assert dict(result.facets["theme"]) == {"migration": 1, "social_inclusion": 1, "gender_equality": 1}
    assert dict(result.facets["country"]) == {"TR": 1, "BE": 1}
    assert dict(result.facets["size"]) == {"metropolis": 1, "medium": 1}
    assert dict(result.facets["lang"]) == {"tr": 1, "en": 1}
    found = search_practices("mülteci", {})
    assert dict(found.facets["country"]) == {"TR": 1} and dict(found.facets["ground"]) == {"migration": 1}


def test_filters_are_and_across_facets_and_or_within_one(library):
    assert slugs(search_practices("", {"country": ["be"]})) == [library["english"].slug]
    assert search_practices("", {"country": ["BE", "TR"]}).total == 2
    assert search_practices("", {"country": ["BE"], "theme": ["migration"]}).total == 0
    assert search_practices("", {"theme": ["migration", "gender_equality"], "lang": ["en"]}).total == 1
    only = search_practices("", {"ground": ["gender"]})
    assert dict(only.facets["theme"]) == {"gender_equality": 1} and only.total == 1
    assert search_practices("mülteci", {"country": ["BE"]}).total == 0
    assert search_practices("", {"unknown": ["x"], "theme": []}).total == 2  # unknown facets are ignored
    assert search_practices("", {"theme": ["no-such-theme"]}).total == 0
    assert search_practices("", {"theme": ["\x00" + "x" * 500]}).total == 0


def test_the_facets_follow_changes(library):
    actions.do_update_practice(library["english"], actor=None, themes=["migration"])
    assert dict(search_practices("", {}).facets["theme"]) == {"migration": 2, "social_inclusion": 1}
    assert not PracticeTag.objects.filter(practice=library["english"], value="gender_equality").exists()


def test_pages(city, network):
    made = [make_practice(city["izmir"], network, status="published",
                          text={**TURKISH, "title": f"Uygulama {n}"}) for n in range(5)]
    first = search_practices("", {}, page=1, per_page=2)
    assert first.total == 5 and first.pages == 3 and slugs(first) == [made[4].slug, made[3].slug]
    last = search_practices("", {}, page=3, per_page=2)
    assert slugs(last) == [made[0].slug]
    assert search_practices("", {}, page=99, per_page=2).page == 3
    assert search_practices("", {}, page=-4, per_page=2).page == 1
    beyond = search_practices("uygulama", {}, page=99, per_page=2)
    assert beyond.page == 3 and beyond.total == 5 and len(beyond.items) == 1
    assert search_practices("uygulama", {}, page=2, per_page=2).total == 5


def test_nothing_published(db):
    result = search_practices("mülteci", {"theme": ["migration"]})
    assert result.items == [] and result.total == 0 and result.pages == 1 and result.page == 1
    assert search_practices("", {}, page=5).page == 1


def test_the_page_needs_a_fixed_number_of_queries(city, network, django_assert_max_num_queries):
    for n in range(25):
        make_practice(city["izmir"], network, status="published", text={**TURKISH, "title": f"Uygulama {n}"})
    with django_assert_max_num_queries(7):  # PostgreSQL: 2 more to steer one statement to the GIN index
        result = search_practices("uygulama", {"theme": ["migration"]})
    assert len(result.items) == 20
    with django_assert_max_num_queries(7):  # PostgreSQL: 2 more to steer one statement to the GIN index
        assert [p.hit_text.title for p in search_practices("", {}).items]
