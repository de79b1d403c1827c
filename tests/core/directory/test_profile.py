"""Editing the directory profile in the workspace: the new fields, validated, saved with one audit row."""

from birarada.core.models import AuditEvent, Organization
from tests.conftest import en

PROFILE = {"name": "İzmir Equality Unit", "city": "İzmir", "province": "35", "country": "tr",
           "description": "Eşitlik birimi.", "public_phone": "+90 232 293 00 00",
           "address": "Cumhuriyet Bulvarı No: 1, Konak", "grounds": ["migration"],
           "offers": ["legal_aid", "counselling"], "languages_served": ["tr", "ku", "ar"],
           "accessibility": ["step_free", "sign_language"], "accessibility_notes": "Asansör var.",
           "contact_name": "Deniz Kaya", "contact_email": "deniz@example.org", "listed_in_directory": "on"}


def test_the_form_shows_the_new_fields(client, alice):
    client.force_login(alice)
    html = client.get(en("core:profile", "izmir")).content.decode()
    assert '<option value="35">35 — İzmir</option>' in html
    assert 'name="offers" value="legal_aid"' in html and 'name="accessibility" value="hearing_loop"' in html
    assert '<span lang="ar" dir="auto">العربية</span>' in html
    assert "Contact person" in html and 'name="country"' in html
    assert en("core:directory_import", "izmir") in html


def test_saving_the_profile_with_one_audit_row(client, alice):
    client.force_login(alice)
    before = AuditEvent.objects.filter(verb="organization.update").count()
    response = client.post(en("core:profile", "izmir"), PROFILE)
    assert response.status_code == 302
    o = Organization.objects.get(slug="izmir")
    assert (o.province, o.country, o.offers, o.languages_served, o.accessibility) == (
        "35", "TR", ["legal_aid", "counselling"], ["tr", "ku", "ar"], ["step_free", "sign_language"])
    assert (o.public_phone, o.contact_name, o.contact_email, o.accessibility_notes) == (
        "+90 232 293 00 00", "Deniz Kaya", "deniz@example.org", "Asansör var.")
    assert AuditEvent.objects.filter(verb="organization.update").count() == before + 1
    event = AuditEvent.objects.filter(verb="organization.update").first()
    assert event.changes["after"]["offers"] == ["legal_aid", "counselling"]


def test_an_empty_country_is_turkiye(client, alice):
    client.force_login(alice)
    client.post(en("core:profile", "izmir"), dict(PROFILE, country=""))
    assert Organization.objects.get(slug="izmir").country == "TR"


def test_invalid_values_are_refused_and_nothing_is_saved(client, alice):
    client.force_login(alice)
    for field, value, message in (
        ("country", "TUR", "two letters"),
        ("country", "1x", "two letters"),
        ("public_phone", "call us", "digits"),
        ("province", "99", "Select a valid choice"),
        ("offers", ["teleportation"], "Select a valid choice"),
        ("languages_served", ["xx"], "Select a valid choice"),
        ("contact_email", "not-mail", "valid email"),
    ):
        response = client.post(en("core:profile", "izmir"), dict(PROFILE, **{field: value}))
        assert response.status_code == 400, field
        assert message in response.content.decode(), (field, message)
    response = client.post(en("core:profile", "izmir"), dict(PROFILE, country="BE"))
    assert response.status_code == 400 and "only for an organization in Türkiye" in response.content.decode()
    assert Organization.objects.get(slug="izmir").offers == []
