"""Many cities on one platform: the home page lists the cities and the networks, each city has a public page
composed of the modules' sections (core/modules.py: CitySection, HomeSection)."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from birarada.core.models import Organization, OrganizationKind
from tests.conftest import en

K = OrganizationKind


@pytest.fixture
def demo(db, settings, tmp_path):
    """The demo city with the modules whose sections the city pages show (campaigns has its own test below)."""
    from birarada.core.demo import load_demo_city
    from birarada.events.demo import load_demo_events
    from birarada.network.demo import load_demo_network
    from birarada.plans.demo import load_demo_plans

    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo_city()
    load_demo_events()
    load_demo_plans()
    load_demo_network()


def page(client, view, *args, lang="en"):
    from django.urls import reverse
    from django.utils import translation

    with translation.override(lang):
        address = reverse(view, args=args)
    return client.get(address)


def test_home_lists_the_two_cities_and_the_networks_with_their_members(client, demo):
    html = client.get(en("core:home")).content.decode()
    cities = html.split('id="cities-title"')[1].split("</section>")[0]
    assert cities.count('href="/en/c/') == 2
    assert f'href="{en("core:city", "izmir")}"' in cities and f'href="{en("core:city", "eskisehir")}"' in cities
    assert "8 organizations in the directory" in cities and "3 organizations in the directory" in cities
    assert "/en/c/bornova/" not in html  # a district desk is part of its city, not a city of its own
    networks = html.split(">Networks</h2>")[1].split("</section>")[0]
    assert f'href="{en("network:network", "esitlik-birimleri-agi")}"' in networks
    assert "Türkiye Eşitlik Birimleri Ağı (demo)" in networks and "Kültür ve Haklar Ağı (demo)" in networks
    # Seven members today (one left), from İzmir, Eskişehir and Diyarbakır; nine in three cities for the other.
    assert "7 members · 3 cities" in networks and "9 members · 3 cities" in networks
    assert 'href="/en/directory/"' in html  # what the home page had stays


def test_home_without_networks_lists_the_cities_only(client, city):
    html = client.get(en("core:home")).content.decode()
    assert f'href="{en("core:city", "izmir")}"' in html and f'href="{en("core:city", "elsewhere")}"' in html
    assert ">Networks</h2>" not in html
    assert f'href="{en("core:city", "bornova")}"' not in html


def test_a_city_page_shows_what_each_module_has_in_public_for_it(client, demo):
    response = page(client, "core:city", "izmir")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1 and "İzmir Büyükşehir Belediyesi — Kentsel Adalet ve Eşitlik Birimi (demo)" in html
    assert "0232 555 01 35" in html and 'href="tel:02325550135"' in html
    # Units below it, each a city page of its own.
    assert f'href="{en("core:city", "bornova")}"' in html and f'href="{en("core:city", "karsiyaka")}"' in html
    # incidents: the report form of İzmir's unit.
    assert f'href="{en("incidents:report")}?city=izmir"' in html and f'href="{en("incidents:status")}"' in html
    # events: the upcoming public ones, not those held already.
    assert f'href="{en("events:public_event", "izmir", "egitim-2")}"' in html
    assert "Nefret söylemini tanıma ve raporlama eğitimi (demo)" in html
    assert "Kapsayıcı Kent açılış paneli (demo)" not in html
    # plans: the plan in force.
    assert "Yerel Eşitlik Eylem Planı 2025–2029 (demo)" in html
    # network: its network (as coordinator), its practice in the page's language, its methods.
    assert "Türkiye Eşitlik Birimleri Ağı (demo)" in html and "Kültür ve Haklar Ağı (demo)" not in html
    assert "İzmir: an inclusive-city campaign against hate speech and discrimination" in html
    assert f'href="{en("network:practice", "izmir-kapsayici-kent-kampanyasi")}"' in html
    assert "Seoul" not in html  # submitted by İzmir, but Seoul's practice
    assert f'href="{en("network:method", "temsil-cizelgeli-odak-grup")}"' in html
    assert "Mahalle diyalog masası" not in html  # Eskişehir's method
    order = [html.index(title) for title in ("Report discrimination</h2>", "Upcoming events</h2>",
                                             "Equality action plans</h2>", "Networks it belongs to</h2>",
                                             "Its good practices</h2>", "Its methods</h2>")]
    assert order == sorted(order)


def test_the_turkish_page_shows_the_practice_in_turkish(client, demo):
    html = page(client, "core:city", "izmir", lang="tr").content.decode()
    assert "İzmir: nefret söylemi ve ayrımcılığa karşı kapsayıcı kent kampanyası" in html
    assert '<html lang="tr"' in html


def test_the_second_city_has_its_own_sections_and_its_own_report_form(client, demo):
    html = page(client, "core:city", "eskisehir").content.decode()
    assert "Eskişehir Büyükşehir Belediyesi — Eşitlik Birimi (demo)" in html
    # Reports sent from Eskişehir's page go to Eskişehir's unit, not to İzmir's.
    assert f'href="{en("incidents:report")}?city=eskisehir"' in html and "?city=izmir" not in html
    assert "Connect for ImpAct: a method pool and mentoring" in html
    assert "Mahalle diyalog masası" in html and "Nefret söylemine karşı forum tiyatrosu atölyesi" in html
    assert "Kültür ve Haklar Ağı (demo)" in html and "Türkiye Eşitlik Birimleri Ağı (demo)" in html


def test_a_district_page_links_to_its_city(client, demo):
    html = page(client, "core:city", "bornova").content.decode()
    assert f'href="{en("core:city", "izmir")}"' in html
    assert f'href="{en("incidents:report")}?city=izmir"' in html  # İzmir's form routes Bornova's reports to its desk


def test_the_page_works_right_to_left_with_names_isolated(client, demo):
    html = page(client, "core:city", "izmir", lang="ar").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "<h1><bdi>İzmir Büyükşehir Belediyesi" in html
    assert "<bdi>Bornova Belediyesi Eşitlik Masası (demo)</bdi>" in html


def test_only_listed_municipalities_on_the_platform_have_a_city_page(client, city):
    Organization.objects.create(slug="hidden", name="Hidden Unit", kind=K.METROPOLITAN_MUNICIPALITY,
                                city="Bursa", uses_platform=True, listed_in_directory=False)
    Organization.objects.create(slug="listed-district", name="Listed District", kind=K.DISTRICT_MUNICIPALITY,
                                city="Adana")
    Organization.objects.create(slug="a-network", name="A Network", kind=K.NETWORK, uses_platform=True)
    for slug in ("hidden", "listed-district", "a-network", "ngo", "no-such-city"):
        assert page(client, "core:city", slug).status_code == 404, slug
    assert page(client, "core:city", "izmir").status_code == 200
    assert page(client, "core:city", "bornova").status_code == 200


def test_only_public_things_appear(client, city):
    from birarada.campaigns import actions as campaigns
    from birarada.events import actions as events

    izmir, bornova = city["izmir"], city["bornova"]
    campaigns.do_create_campaign(bornova, slug="herkes", title="Herkesin kampanyası", message="Birlikte.",
                                 actor=None, the_day=date.today() + timedelta(days=20), is_public=True)
    campaigns.do_create_campaign(izmir, slug="gizli", title="Hazırlıktaki kampanya", message="Taslak.",
                                 actor=None, the_day=date.today() + timedelta(days=40), is_public=False)
    start = timezone.now() + timedelta(days=3)
    events.do_create_event(izmir, slug="acik", kind="panel", title="Açık panel", starts_at=start,
                           ends_at=start + timedelta(hours=2), actor=None)
    events.do_create_event(izmir, slug="kapali", kind="focus_group", title="Kapalı odak grubu", starts_at=start,
                           ends_at=start + timedelta(hours=2), actor=None, is_public=False)
    html = page(client, "core:city", "izmir").content.decode()
    assert "Herkesin kampanyası" in html and "Hazırlıktaki kampanya" not in html  # a unit's campaign counts
    assert "Açık panel" in html and "Kapalı odak grubu" not in html
    elsewhere = page(client, "core:city", "elsewhere").content.decode()
    assert "Herkesin kampanyası" not in elsewhere and "Açık panel" not in elsewhere
    # Nothing public of its own yet: only the way to report to its unit.
    assert elsewhere.count("</h2>") >= 1 and "?city=elsewhere" in elsewhere
    assert "Upcoming events</h2>" not in elsewhere and "Campaigns</h2>" not in elsewhere


def test_the_home_page_makes_as_many_queries_for_many_cities_and_networks(assert_queries_do_not_grow, city):
    from birarada.network.models import NetworkMembership

    def add_network(n):
        network = Organization.objects.create(slug=f"network-{n}", name=f"Network {n}", kind=K.NETWORK,
                                              uses_platform=True)
        NetworkMembership.objects.create(network=network, member=city["izmir"], joined_on=date(2024, 1, 1))
        NetworkMembership.objects.create(network=network, member=city["elsewhere"], joined_on=date(2024, 1, 1))

    def add_rows():
        for n in range(4):
            Organization.objects.create(slug=f"city-{n}", name=f"City {n}", kind=K.METROPOLITAN_MUNICIPALITY,
                                        city=f"Town {n}", uses_platform=True)
            add_network(n + 1)

    add_network(0)
    assert_queries_do_not_grow(en("core:home"), add_rows,
                               lambda r: r.content.decode().count('href="/en/c/')
                               + r.content.decode().count('href="/en/networks/'))
