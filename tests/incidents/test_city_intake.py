"""Many cities on one platform: a report sent from a city's page reaches that city's unit, with its own districts;
a report without a city, or naming one that is not a metropolitan unit on the platform, goes to the configured
intake unit as before."""

from birarada.core.models import Organization, OrganizationKind
from birarada.incidents.city import report_links
from birarada.incidents.models import Case
from tests.incidents.test_report_form import submit


def desks_of_elsewhere(city):
    for district in ("Tepebaşı", "Odunpazarı"):
        Organization.objects.create(slug=f"desk-{len(district)}-{district[:3].lower()}", name=f"{district} desk",
                                    kind=OrganizationKind.DISTRICT_MUNICIPALITY, parent=city["elsewhere"],
                                    district=district, uses_platform=True)


def test_the_form_of_a_city_names_its_unit_and_offers_its_districts(client, city):
    desks_of_elsewhere(city)
    page = client.get("/en/report/?city=elsewhere").content.decode()
    assert "Elsewhere Equality Unit reads every report" in page
    assert 'name="city" value="elsewhere"' in page
    assert "Odunpazarı" in page and "Tepebaşı" in page and "Bornova" not in page
    default = client.get("/en/report/").content.decode()
    assert "İzmir Equality Unit reads every report" in default and 'name="city"' not in default
    assert "Bornova" in default and "Tepebaşı" not in default


def test_a_report_from_a_city_page_reaches_that_city_and_its_district_desk(client, city):
    desks_of_elsewhere(city)
    assert submit(client, city="elsewhere", district="").status_code == 200
    assert submit(client, city="elsewhere", district="Tepebaşı").status_code == 200
    assert submit(client).status_code == 200  # no city: the configured unit, as before
    got = list(Case.objects.order_by("pk").values_list("organization__slug", flat=True))
    assert got[0] == "elsewhere" and got[1].startswith("desk-") and got[2] == "izmir"


def test_a_district_of_another_city_is_refused_and_nothing_is_saved(client, city):
    desks_of_elsewhere(city)
    response = submit(client, city="elsewhere", district="Bornova")
    assert response.status_code == 400 and Case.objects.count() == 0


def test_an_unknown_or_non_metropolitan_city_falls_back_to_the_configured_unit(client, city):
    for name in ("nowhere", "bornova", "ngo", "x" * 500):
        page = client.get("/en/report/", {"city": name}).content.decode()
        assert "İzmir Equality Unit reads every report" in page and 'name="city"' not in page
    assert submit(client, city="ngo", district="").status_code == 200
    assert Case.objects.get().organization == city["izmir"]


def test_every_city_page_links_to_its_own_unit(city):
    assert report_links(city["elsewhere"])[0].url.endswith("/report/?city=elsewhere")
    assert report_links(city["bornova"])[0].url.endswith("/report/?city=izmir")
    assert report_links(city["ngo"]) == []
