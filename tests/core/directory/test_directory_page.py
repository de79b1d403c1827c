"""The public directory: Turkish search, every filter, the province map, paging, and the profile page."""

import re

import pytest

from birarada.core import map as province_map
from birarada.core.directory import Filters, listed_organizations, province_of, read_filters, search
from birarada.core.models import Organization, OrganizationKind, Role
from birarada.core.provinces import PROVINCES, place_key, province_for_place
from tests.conftest import en


def names(filters: dict) -> set[str]:
    return {o.name for o in search(listed_organizations(), read_filters(filters))}


def results(html: str) -> str:
    """The list of results (below the map, whose titles name provinces)."""
    return html.split('id="results-heading"', 1)[1]


def test_81_provinces_with_unique_plates_and_centres_inside_turkiye():
    assert len(PROVINCES) == 81
    assert [p.code for p in PROVINCES] == [f"{n:02d}" for n in range(1, 82)]
    assert len({p.name for p in PROVINCES}) == 81
    for p in PROVINCES:
        assert 35.8 < p.latitude < 42.2 and 25.6 < p.longitude < 44.9, p


@pytest.mark.parametrize("spelling", ["İZMİR", "izmir", "Izmir", "İzmir", " izmir "])
def test_city_names_fold_the_turkish_way(spelling):
    assert province_for_place(spelling).code == "35"
    assert place_key(spelling) == "izmir"


def test_other_names_of_a_province():
    assert province_for_place("İzmit").name == "Kocaeli"
    assert province_for_place("URFA").name == "Şanlıurfa"
    assert province_for_place("Brussels") is None


@pytest.mark.parametrize("query", ["İZMİR", "izmir", "Izmir"])
def test_search_folds_turkish_case_in_name_and_city(partners, query):
    found = names({"q": query})
    # "Sahne İzmir" by its name, Kuşak by its city "IZMIR", the shared city's İzmir units too.
    assert {"Sahne İzmir", "Kuşak Göç Derneği", "İzmir Equality Unit"} <= found
    assert "Engelsiz Yaşam Ankara" not in found


def test_search_in_descriptions_needs_every_word(partners):
    assert names({"q": "HUKUKİ destek"}) == {"Kuşak Göç Derneği"}
    assert names({"q": "hukuki sahne"}) == set()


def test_each_filter(partners):
    assert names({"offer": "interpretation"}) == {"Kuşak Göç Derneği"}
    assert names({"language": "tsm"}) == {"Engelsiz Yaşam Ankara"}
    assert names({"language": "fr"}) == {"Brussels Equality Network"}
    assert names({"access": "hearing_loop"}) == {"Engelsiz Yaşam Ankara"}
    assert names({"kind": "university"}) == {"Ege Üniversitesi Toplumsal Cinsiyet Merkezi"}
    assert names({"ground": "disability"}) == {"Engelsiz Yaşam Ankara", "İzmir Equality Unit"}
    assert names({"city": "İZMİR"}) >= {"Kuşak Göç Derneği", "Sahne İzmir", "Listed NGO"}
    assert "Ege Üniversitesi Toplumsal Cinsiyet Merkezi" not in names({"city": "İzmir"})
    # The province: chosen (the university in Bornova) or found from the city (Sahne's "izmir").
    assert {"Ege Üniversitesi Toplumsal Cinsiyet Merkezi", "Sahne İzmir", "Kuşak Göç Derneği"} <= names(
        {"province": "35"})
    assert names({"province": "none"}) == {"Brussels Equality Network"}
    assert names({"offer": "training", "language": "en"}) == {"Brussels Equality Network",
                                                               "Ege Üniversitesi Toplumsal Cinsiyet Merkezi"}
    # Unlisted organizations never show; unknown values are dropped, not errors.
    assert "Gizli Dernek" not in names({})
    assert read_filters({"offer": "<script>", "language": "xx", "province": "99"}) == Filters()


def test_province_of_an_organization(partners):
    assert province_of(partners["sanat"]) == "35"
    assert province_of(partners["ankara"]) == "06"
    assert province_of(partners["brussels"]) == ""


def test_results_are_in_turkish_order_with_their_details(client, partners):
    html = results(client.get(en("core:directory")).content.decode())
    order = [html.index(n) for n in ("Ege Üniversitesi", "Engelsiz Yaşam", "İzmir Equality Unit",
                                     "Kuşak Göç", "Listed NGO", "Sahne İzmir")]
    assert order == sorted(order)
    card = html[html.index("Kuşak Göç"):html.index("Listed NGO")]
    assert "Legal aid" in card and "Interpretation" in card
    assert '<span lang="ar" dir="auto">العربية</span>' in card and '<span lang="fa" dir="auto">فارسی</span>' in card
    assert "Step-free entrance" in card and "Turkish Sign Language" in card
    assert "Gizli" not in html


def test_the_page_filters_by_the_address(client, partners):
    html = results(client.get(en("core:directory") + "?q=izmir&offer=venue").content.decode())
    assert "Sahne İzmir" in html and "Kuşak Göç" not in html
    assert "1 organization" in html


def test_map_has_81_provinces_and_izmir_is_shaded_linked_and_counted(client, partners):
    html = client.get(en("core:directory")).content.decode()
    svg = re.search(r'<svg id="province-map".*?</svg>', html, re.S).group(0)
    assert len(re.findall(r"<circle [^>]*data-province=", svg)) == 81
    # İzmir: the shared city's İzmir unit, Bornova desk and Listed NGO, Kuşak, Sahne and the university.
    izmir = re.search(r'<a href="([^"]*)"><title>İzmir: 6 organizations</title><circle ([^>]*)>', svg)
    assert izmir, svg[:2000]
    assert izmir.group(1) == "?province=35"
    fill = re.search(r'fill="(#[0-9a-f]{6})"', izmir.group(2)).group(1)
    assert fill == province_map.FILLS[-1]  # the most organizations: the darkest step
    ankara = re.search(r'<a href="\?province=06"><title>Ankara: 1 organization</title><circle [^>]*fill="([^"]+)"',
                       svg)
    assert ankara and ankara.group(1) == province_map.FILLS[0]
    # A province without organizations is drawn, titled, not linked, hidden from screen readers.
    assert re.search(r'<g aria-hidden="true"><circle [^>]*data-province="57"[^>]*><title>Sinop: no organizations',
                     svg)
    assert 'role="group" aria-labelledby="province-map-title"' in svg
    # The same numbers as a table, and the organization abroad listed as not on the map.
    table = html[html.index("<details>"):html.index("</details>")]
    assert re.search(r'<a href="\?province=35">İzmir</a></td><td [^>]*>6</td>', table)
    assert re.search(r'Not on the map</a></td><td [^>]*>1</td>', table)
    assert "Brussels Equality Network" in html[html.index("</details>"):html.index('id="results-heading"')]


def test_map_counts_follow_the_other_filters_and_link_with_them(client, partners):
    html = client.get(en("core:directory") + "?offer=training").content.decode()
    assert "<title>İzmir: 1 organization</title>" in html
    assert '<a href="?offer=training&amp;province=35">' in html
    assert "<title>Ankara: no organizations</title>" in html
    chosen = client.get(en("core:directory") + "?offer=training&province=35").content.decode()
    assert 'aria-current="true"' in chosen
    assert "Ege Üniversitesi" in results(chosen) and "Brussels" not in results(chosen)


def test_map_steps_and_legend():
    steps = province_map.steps({"35": 12, "06": 1})
    assert [s.label for s in steps] == ["1–3", "4–5", "6–8", "9–10", "11–12"]
    assert [s.label for s in province_map.steps({"35": 2})] == ["1", "2"]
    assert province_map.steps({}) == []
    assert [e["label"] for e in province_map.legend({"35": 2})] == ["none", "1", "2"]


def test_map_layout_keeps_circles_apart():
    import math

    centres, height = province_map.layout()
    points = list(centres.values())
    least = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
    assert least >= 2 * province_map.RADIUS
    assert all(0 < x < province_map.WIDTH and 0 < y < height for x, y in points)


def test_more_than_50_results_are_paged(client, partners):
    Organization.objects.bulk_create([Organization(slug=f"org-{n}", name=f"Toplu Dernek {n:03d}", city="Van",
                                                   kind=OrganizationKind.NGO) for n in range(60)])
    first = client.get(en("core:directory") + "?city=van").content.decode()
    assert "60 organizations" in first and "Page 1 of 2" in first
    assert results(first).count('class="card"') == 50
    second = client.get(en("core:directory") + "?city=van&page=2").content.decode()
    assert results(second).count('class="card"') == 10
    assert "<title>Van: 60 organizations</title>" in first


def test_profile_page_shows_public_fields_and_hides_the_contact_person(client, partners):
    html = client.get(en("core:organization_detail", "kusak-goc")).content.decode()
    for public in ("Kuşak Göç Derneği", "+90 232 555 00 00", "Alsancak Mah.", "Rampa arka kapıda.",
                   "bilgi@kusak.example.org", "Legal aid", '<span lang="ar" dir="auto">العربية</span>',
                   '?province=35">İzmir</a>'):
        assert public in html, public
    assert "Ayşe Yılmaz" not in html and "ayse@kusak.example.org" not in html
    assert "Contact person" not in html


def test_contact_person_is_shown_to_staff_of_platform_organizations(client, partners, make_member):
    client.force_login(make_member("viewer", partners["kusak"].__class__.objects.get(slug="elsewhere"),
                                   Role.VIEWER))
    html = client.get(en("core:organization_detail", "kusak-goc")).content.decode()
    assert "Ayşe Yılmaz" in html and "ayse@kusak.example.org" in html


def test_a_signed_in_person_without_a_platform_organization_does_not_see_it(client, partners, django_user_model,
                                                                           make_member):
    # A member of a directory-only organization is no platform staff.
    client.force_login(make_member("ngo-person", Organization.objects.get(slug="ngo"), Role.ADMIN))
    assert "Ayşe Yılmaz" not in client.get(en("core:organization_detail", "kusak-goc")).content.decode()
    client.force_login(django_user_model.objects.create_user("nobody", "n@example.org", "x"))
    assert "Ayşe Yılmaz" not in client.get(en("core:organization_detail", "kusak-goc")).content.decode()


def test_unlisted_profile_is_missing(client, partners):
    assert client.get(en("core:organization_detail", "gizli")).status_code == 404


def test_directory_works_in_arabic(client, partners):
    html = client.get("/ar/directory/").content.decode()
    assert 'dir="rtl"' in html and "<bdi>Kuşak Göç Derneği</bdi>" in html
