"""District desks do real work: reports from their district reach them, and a unit can hand a case down or up."""

import pytest

from birarada.core.models import AuditEvent, Role
from birarada.incidents.models import Case
from tests.incidents.test_report_form import submit


@pytest.fixture
def desk(city):
    bornova = city["bornova"]
    bornova.district = "Bornova"
    bornova.save(update_fields=["district"])
    return bornova


def test_a_report_from_a_district_with_a_desk_goes_to_the_desk(client, city, desk):
    assert submit(client, district="Bornova").status_code == 200
    assert submit(client, district="Konak").status_code == 200
    assert list(Case.objects.order_by("pk").values_list("organization__slug", flat=True)) == ["bornova", "izmir"]


def test_the_api_routes_the_same_way(client, city, desk):
    import json

    from tests.incidents.test_api import REPORT

    response = client.post("/api/v1/reports", json.dumps({**REPORT, "district": "Bornova"}),
                           content_type="application/json")
    assert response.status_code == 201 and Case.objects.get().organization == desk


def test_routing_can_be_switched_off_and_skips_desks_off_the_platform(client, city, desk, settings):
    settings.INCIDENTS_ROUTE_BY_DISTRICT = False
    submit(client, district="Bornova")
    settings.INCIDENTS_ROUTE_BY_DISTRICT = True
    desk.uses_platform = False
    desk.save(update_fields=["uses_platform"])
    submit(client, district="Bornova")
    assert set(Case.objects.values_list("organization__slug", flat=True)) == {"izmir"}


def test_the_metropolitan_unit_hands_a_case_to_a_desk(client, city, desk, caseworker, make_case, make_member):
    case, _ = make_case()
    client.force_login(caseworker)
    page = client.get(f"/en/workspace/izmir/cases/{case.pk}/").content.decode()
    assert "Transfer to another unit" in page and "Bornova Equality Desk" in page and "Elsewhere" not in page
    response = client.post(f"/en/workspace/izmir/cases/{case.pk}/transfer/",
                           {"destination": str(desk.pk), "note": "Resident of Bornova"})
    assert response.status_code == 302 and response["Location"] == "/en/workspace/izmir/cases/"
    case.refresh_from_db()
    assert case.organization == desk and case.assigned_to is None
    events = AuditEvent.objects.filter(verb="case.transfer", target_id=str(case.pk))
    assert {e.organization_slug for e in events} == {"izmir", "bornova"}
    # The metropolitan case worker no longer opens it; the desk's own staff do.
    assert client.get(f"/en/workspace/izmir/cases/{case.pk}/").status_code == 404
    desk_worker = make_member("desk-cw", desk, Role.CASE_WORKER)
    client.force_login(desk_worker)
    assert client.get(f"/en/workspace/bornova/cases/{case.pk}/").status_code == 200


def test_a_case_cannot_be_transferred_outside_its_hierarchy(client, city, desk, caseworker, make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    response = client.post(f"/en/workspace/izmir/cases/{case.pk}/transfer/",
                           {"destination": str(city["elsewhere"].pk)})
    assert response.status_code == 400
    assert Case.objects.get(pk=case.pk).organization == city["izmir"]
    assert not AuditEvent.objects.filter(verb="case.transfer").exists()
