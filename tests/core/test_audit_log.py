import pytest
from django.urls import reverse

from birarada.core import actions
from birarada.core.models import AuditEvent


def test_audit_rows_cannot_be_changed_or_removed(city, alice):
    event = AuditEvent.objects.filter(organization=city["izmir"]).first()
    event.verb = "forged"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().update(verb="forged")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    assert not AuditEvent.objects.filter(verb="forged").exists()


def test_profile_change_records_before_and_after(client, city, alice):
    client.force_login(alice)
    response = client.post(
        reverse("core:profile", args=["izmir"]),
        {"name": "İzmir Equality Unit", "city": "İzmir", "description": "We fight discrimination.",
         "website": "", "public_email": "esitlik@example.org", "grounds": ["migration", "age"],
         "listed_in_directory": "on"},
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(verb="organization.update")
    assert event.actor == alice and event.organization == city["izmir"]
    assert event.changes["before"]["grounds"] == ["migration", "disability"]
    assert event.changes["after"]["grounds"] == ["migration", "age"]
    assert event.changes["after"]["public_email"] == "esitlik@example.org"


def test_invalid_profile_keeps_the_input_and_changes_nothing(client, city, alice):
    client.force_login(alice)
    response = client.post(
        reverse("core:profile", args=["izmir"]),
        {"name": "", "city": "Somewhere new", "public_email": "not-an-address", "grounds": ["astrology"]},
    )
    assert response.status_code == 400
    assert 'value="Somewhere new"' in response.content.decode()
    city["izmir"].refresh_from_db()
    assert city["izmir"].city == "İzmir"
    assert not AuditEvent.objects.filter(verb="organization.update").exists()


def test_admin_reads_only_their_organizations_log(client, city, alice, outsider):
    actions.do_update_organization_profile(city["elsewhere"], actor=outsider, description="secret plans")
    actions.do_update_organization_profile(city["izmir"], actor=alice, description="public plans")
    client.force_login(alice)
    html = client.get(reverse("core:audit_log", args=["izmir"])).content.decode()
    assert "organization.update" in html and "alice" in html
    assert "outsider" not in html


def test_sign_in_is_audited(client, city, alice):
    from tests.conftest import PASSWORD

    client.post(reverse("core:login"), {"username": "alice", "password": PASSWORD})
    assert AuditEvent.objects.filter(verb="auth.sign_in", actor=alice).count() == 1


def test_the_base_manager_is_append_only_too(city, alice):
    with pytest.raises(PermissionError):
        AuditEvent._base_manager.filter(organization=city["izmir"]).update(verb="forged")
    with pytest.raises(PermissionError):
        AuditEvent._base_manager.all().delete()


def test_people_and_organizations_in_the_log_cannot_be_deleted(city, alice, make_member):
    from django.db.models import ProtectedError

    actions.do_update_organization_profile(city["izmir"], description="Changed.", actor=alice)
    rows = AuditEvent.objects.filter(organization=city["izmir"]).count()
    with pytest.raises(ProtectedError):
        alice.delete()
    with pytest.raises(ProtectedError):
        city["izmir"].delete()
    assert AuditEvent.objects.filter(organization=city["izmir"]).count() == rows
    event = AuditEvent.objects.filter(verb="organization.update").get()
    assert (event.actor_name, event.organization_slug) == ("alice", "izmir")


def test_postgresql_refuses_raw_changes_to_the_log(city, alice):
    from django.db import DatabaseError, connection, transaction

    if connection.vendor != "postgresql":
        pytest.skip("the database-level guard is a PostgreSQL trigger; SQLite relies on the ORM guard")
    for statement in ("UPDATE core_auditevent SET verb = 'forged'", "DELETE FROM core_auditevent"):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(statement)
    assert not AuditEvent.objects.filter(verb="forged").exists() and AuditEvent.objects.exists()
