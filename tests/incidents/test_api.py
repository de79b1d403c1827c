import json

from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from birarada.incidents.models import Case
from birarada.incidents.openapi import SPEC

REPORT = {
    "grounds": ["gender_identity"],
    "area": "health",
    "description": "The clinic receptionist refused to use my name and laughed at me.",
    "occurred_on": "2026-09-15",
    "district": "Konak",
    "reporter_role": "self",
    "contact": {"name": "Deniz", "email": "deniz@example.org", "phone": "+90 555 000 00 00"},
    "consent": {"contact": True, "referral": False, "statistics": True},
}


def post(client, path, body, **extra):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(path, data, content_type="application/json", **extra)


def test_partner_submits_a_report_and_checks_its_status(client, city):
    response = post(client, "/api/v1/reports", REPORT)
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "received" and len(body["receipt"]) == 19
    case = Case.objects.get()
    assert case.channel == "api" and case.grounds == ["gender_identity"]
    assert case.contact == {"name": "Deniz", "email": "deniz@example.org", "phone": "+90 555 000 00 00"}
    assert case.consent_contact and not case.consent_referral and case.consent_statistics

    status = post(client, "/api/v1/reports/status", {"receipt": body["receipt"]})
    assert status.status_code == 200 and status.json()["status"] == "received"
    assert status.json()["messages"] == []


def test_unknown_receipt_is_404(client, city):
    assert post(client, "/api/v1/reports/status", {"receipt": "AAAA-BBBB-CCCC-DDDD"}).status_code == 404
    assert post(client, "/api/v1/reports/status", {"receipt": 12}).status_code == 400


def test_invalid_fields_are_named(client, city):
    response = post(client, "/api/v1/reports", {**REPORT, "grounds": ["astrology"], "area": "moon", "description": ""})
    assert response.status_code == 400
    fields = response.json()["fields"]
    assert {"grounds", "area", "description"} <= set(fields)
    assert Case.objects.count() == 0


def test_wrong_types_are_400_not_500(client, city):
    for body in ({**REPORT, "grounds": "migration"}, {**REPORT, "contact": "me"},
                 {**REPORT, "consent": {"contact": "yes"}}, [REPORT], "null", b"\xff\xfe", "{bad json"):
        assert post(client, "/api/v1/reports", body).status_code == 400, body


def test_oversized_bodies_are_refused(client, city, settings):
    big = {**REPORT, "description": "x" * (settings.INCIDENTS_API_MAX_BODY_BYTES + 10)}
    assert post(client, "/api/v1/reports", big).status_code == 413
    assert Case.objects.count() == 0


def test_openapi_document_describes_both_operations(client, city):
    spec = client.get("/api/v1/openapi.json").json()
    # Core serves the intake API's description with the other APIs (the open data API): the intake's part is
    # exactly SPEC's.
    intake = {path: item for path, item in spec["paths"].items() if path.startswith("/api/v1/reports")}
    assert intake == json.loads(json.dumps(SPEC["paths"]))
    assert set(intake) == {"/api/v1/reports", "/api/v1/reports/status"}
    assert spec["paths"]["/api/v1/reports"]["post"]["requestBody"]["content"]["application/json"]["schema"][
        "required"] == ["grounds", "area", "description", "reporter_role"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
report_like = st.fixed_dictionaries(
    {}, optional={key: json_values for key in [*REPORT, "language", "place", "perpetrator", "occurred_approx"]}
)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(report_like, json_values))
def test_hostile_input_never_causes_a_server_error(client, city, settings, body):
    settings.INCIDENTS_REPORTS_PER_HOUR = 10_000
    settings.INCIDENTS_STATUS_CHECKS_PER_HOUR = 10_000
    assert post(client, "/api/v1/reports", body).status_code in (201, 400, 413)
    assert post(client, "/api/v1/reports/status", body).status_code in (200, 400, 404)


def test_the_three_bodies_that_once_caused_a_500_get_a_400_naming_the_problem(client, city):
    assert post(client, "/api/v1/reports", {**REPORT, "language": []}).status_code == 201  # ignored, not a crash
    assert post(client, "/api/v1/reports", {**REPORT, "language": {}}).status_code == 201
    huge = '{"description": ' + "7" * 5000 + "}"
    response = post(client, "/api/v1/reports", huge)
    assert response.status_code == 400 and "JSON" in response.json()["error"]
    surrogate = json.dumps({**REPORT, "description": "Bana hakaret etti \ud800 ve gitti, iki kez."})
    response = post(client, "/api/v1/reports", surrogate)
    assert response.status_code == 400 and "character" in response.json()["error"]
    response = post(client, "/api/v1/reports/status", '{"receipt": "\\udfff"}')
    assert response.status_code == 400
    assert Case.objects.count() == 2  # only the two valid reports were stored


any_text = st.text(st.characters(exclude_categories=[]), max_size=30)  # lone surrogates included
wild_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(any_text, children, max_size=4),
    max_leaves=12,
)


@hsettings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(st.fixed_dictionaries({}, optional={k: wild_values for k in [*REPORT, "language"]}),
                      st.binary(max_size=200)))
def test_any_bytes_or_any_json_never_cause_a_server_error(client, city, settings, body):
    settings.INCIDENTS_REPORTS_PER_HOUR = 10_000
    settings.INCIDENTS_STATUS_CHECKS_PER_HOUR = 10_000
    assert post(client, "/api/v1/reports", body).status_code in (201, 400, 413)
    assert post(client, "/api/v1/reports/status", body).status_code in (200, 400, 404)
