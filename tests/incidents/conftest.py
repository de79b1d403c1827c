import pytest
from django.core.cache import cache

from birarada.core.models import Role
from birarada.incidents import actions
from birarada.incidents.forms import ReportForm

VALID_REPORT = {
    "description": "The bus driver refused to let me on because I was speaking Arabic with my daughter.",
    "grounds": ["migration", "ethnicity"],
    "area": "transport",
    "occurred_on": "2026-10-02",
    "district": "Bornova",
    "place": "Line 302, near the metro station",
    "perpetrator": "service_staff",
    "reporter_role": "self",
    "contact_name": "Leyla",
    "contact_email": "leyla@example.org",
    "consent_contact": "on",
    "consent_referral": "on",
    "consent_statistics": "on",
}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def evidence_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def caseworker(city, make_member):
    return make_member("cw", city["izmir"], Role.CASE_WORKER, first_name="Zeynep")


@pytest.fixture
def partner_user(city, make_member):
    city["ngo"].uses_platform = True
    city["ngo"].save(update_fields=["uses_platform"])
    return make_member("ngo-staff", city["ngo"], Role.PARTNER)


@pytest.fixture
def make_case(city):
    """Create a case the way the public form does; returns (case, receipt)."""

    def make(organization=None, **overrides):
        data = {**VALID_REPORT, **overrides}
        form = ReportForm(data)
        assert form.is_valid(), form.errors
        return actions.do_submit_report(organization=organization or city["izmir"], report=form.as_report())

    return make
