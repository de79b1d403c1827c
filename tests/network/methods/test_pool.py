"""The public pool: filters in a GET form (no JavaScript), Turkish alphabetical order or best rated first, pages."""

import re

import pytest
from django.utils import timezone

from birarada.network import methods as actions
from birarada.network.views.methods import PAGE_SIZE
from tests.conftest import en

from .conftest import make_method


def titles(response) -> list[str]:
    return re.findall(r'<h2 class="h3"><a href="[^"]+"><bdi>([^<]+)</bdi>', response.content.decode())


def use(method, organization, rating):
    actions.do_log_method_use(method, organization, used_on=timezone.localdate(), rating=rating, report="…",
                              actor=None)


@pytest.fixture
def pool(city, network):
    izmir, bornova = city["izmir"], city["bornova"]
    found = {
        "cember": make_method(izmir, network, publish=True, title="Çember", grounds=["gender"], duration_minutes=45,
                              group_min=5, group_max=12, audience="Kadın kooperatifleri", language="tr"),
        "ilk": make_method(izmir, network, publish=True, title="İlk adım", grounds=["migration"],
                           duration_minutes=120, group_min=15, group_max=40, audience="Belediye personeli"),
        "isik": make_method(bornova, network, publish=True, title="Işık oyunu", grounds=["disability"],
                            duration_minutes=None, group_min=None, group_max=None, audience="Çocuklar",
                            language="en"),
        "zeytin": make_method(bornova, network, publish=True, title="Zeytin masası", grounds=["migration", "gender"],
                              duration_minutes=90, group_min=None, group_max=10, audience="Gençler ve aileler"),
        "cay": make_method(izmir, network, publish=True, title="Cay saati", grounds=[], duration_minutes=30,
                           group_min=2, group_max=None, audience="Komşular"),
    }
    make_method(izmir, network, title="Açık taslak")  # never listed
    return found


def test_titles_are_in_turkish_alphabetical_order(client, pool):
    # c < ç < ı < i < z (the Turkish alphabet; code points would put Ç, I and İ after Z)
    assert titles(client.get(en("network:methods"))) == ["Cay saati", "Çember", "Işık oyunu", "İlk adım",
                                                         "Zeytin masası"]


def test_best_rated_first_then_unrated(client, city, pool):
    use(pool["zeytin"], city["elsewhere"], 5)
    use(pool["isik"], city["elsewhere"], 3)
    use(pool["isik"], city["izmir"], 4)
    use(pool["ilk"], city["elsewhere"], 3)
    response = client.get(en("network:methods") + "?sort=rating")
    assert titles(response) == ["Zeytin masası", "Işık oyunu", "İlk adım", "Cay saati", "Çember"]
    assert "3.5 / 5 from 2 uses" in response.content.decode()


@pytest.mark.parametrize("query,expected", [
    ("ground=migration", ["İlk adım", "Zeytin masası"]),
    ("audience=gençler", ["Zeytin masası"]),
    ("audience=PERSONEL", ["İlk adım"]),
    ("audience=GENÇLER", ["Zeytin masası"]),  # Turkish capitals, on SQLite too
    ("audience=KADIN+kooperatif", ["Çember"]),  # every word, in any order
    ("audience=belediye+çocuk", []),
    ("duration=60", ["Cay saati", "Çember"]),  # a method without a duration is not promised to fit
    ("group=11", ["Cay saati", "Çember", "Işık oyunu"]),  # no bound on a side takes any group on that side
    ("group=30", ["Cay saati", "Işık oyunu", "İlk adım"]),
    ("language=en", ["Işık oyunu"]),
    ("ground=gender&duration=60", ["Çember"]),
])
def test_filters(client, pool, query, expected):
    response = client.get(en("network:methods") + "?" + query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_the_filters_are_a_get_form_without_scripts(client, pool):
    html = client.get(en("network:methods")).content.decode()
    form = re.search(r"<form[^>]*>", html).group(0)
    assert 'method="get"' in form
    for name in ("ground", "audience", "duration", "group", "language", "sort"):
        assert f'name="{name}"' in html
    main = html[html.index("<main"):]
    assert "<script" not in main and "style=" not in main and " on" + "click" not in main


def test_a_filter_that_is_not_a_number_is_said_and_the_rest_applies(client, pool):
    response = client.get(en("network:methods") + "?duration=uzun&ground=migration")
    assert response.status_code == 400
    assert "Enter a whole number." in response.content.decode()
    assert titles(response) == ["İlk adım", "Zeytin masası"]


def test_pages_keep_the_filters(client, city, network):
    for n in range(PAGE_SIZE + 3):
        make_method(city["izmir"], network, publish=True, title=f"Yöntem {n:02d}", grounds=["age"])
    first = client.get(en("network:methods") + "?ground=age")
    assert len(titles(first)) == PAGE_SIZE
    assert "?ground=age&amp;page=2" in first.content.decode()
    second = client.get(en("network:methods") + "?ground=age&page=2")
    assert len(titles(second)) == 3


def test_the_pool_is_in_the_public_menu_of_modules(client, db):
    from birarada.core.modules import public_entries

    entries = [e for e in public_entries() if e["url"].endswith("/methods/")]
    assert len(entries) == 1 and str(entries[0]["title"]) == "Method pool"


def test_the_method_pages_queries_do_not_grow_with_uses(assert_queries_do_not_grow, city, network):
    from .conftest import make_event

    method = make_method(city["izmir"], network, publish=True)
    events = [make_event(city["elsewhere"], slug=f"e{n}") for n in range(4)]

    def add(count):
        for n in range(count):
            actions.do_log_method_use(method, city["elsewhere"], used_on=timezone.localdate(), rating=4,
                                      report=f"Rapor {n}", event=events[n % 4], actor=None)

    add(2)
    assert_queries_do_not_grow(en("network:method", method.slug), lambda: add(6),
                               lambda r: r.content.decode().count("rated 4 out of 5"))


def test_the_pools_queries_do_not_grow_with_methods(assert_queries_do_not_grow, city, network):
    def add(count, start):
        for n in range(start, start + count):
            method = make_method(city["izmir"], network, publish=True, title=f"Yöntem {n:02d}")
            use(method, city["elsewhere"], 4)

    add(2, 0)
    assert_queries_do_not_grow(en("network:methods"), lambda: add(6, 2), lambda r: len(titles(r)))
