from django.urls import reverse

from birarada.core.models import AuditEvent, Membership
from tests.conftest import en


def test_admin_adds_a_member_by_email_and_it_is_audited(client, city, alice, django_user_model):
    newcomer = django_user_model.objects.create_user("newcomer", "New.Comer@example.org", "x" * 20)
    client.force_login(alice)
    response = client.post(
        reverse("core:member_add", args=["izmir"]), {"person": "new.comer@EXAMPLE.org", "role": "moderator"}
    )
    assert response.status_code == 302
    assert Membership.objects.filter(user=newcomer, organization=city["izmir"], role="moderator").exists()
    event = AuditEvent.objects.get(verb="membership.add", actor=alice)
    assert event.organization == city["izmir"]
    assert event.changes == {"user": "newcomer", "role": "moderator"}


def test_unknown_person_gets_an_error_and_keeps_their_input(client, city, alice):
    client.force_login(alice)
    response = client.post(en("core:member_add", "izmir"), {"person": "nobody-here", "role": "viewer"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "No single active account" in html
    assert 'value="nobody-here"' in html
    assert not AuditEvent.objects.filter(verb="membership.add", actor=alice).exists()


def test_invalid_role_is_refused(client, city, alice, bob):
    client.force_login(alice)
    response = client.post(reverse("core:member_add", args=["izmir"]), {"person": "bob", "role": "superuser"})
    assert response.status_code == 400
    assert not Membership.objects.filter(user=bob, role="superuser").exists()


def test_adding_the_same_role_twice_changes_nothing(client, city, alice, bob):
    client.force_login(alice)
    for _ in range(2):
        client.post(reverse("core:member_add", args=["izmir"]), {"person": "bob", "role": "viewer"})
    assert Membership.objects.filter(user=bob, organization=city["izmir"], role="viewer").count() == 1


def test_admin_removes_a_membership(client, city, alice, bob):
    membership = bob.memberships.get()
    client.force_login(alice)
    response = client.post(reverse("core:member_remove", args=["izmir", membership.pk]))
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    event = AuditEvent.objects.get(verb="membership.remove")
    assert event.changes == {"user": "bob", "role": "viewer"} and event.actor == alice


def test_last_administrator_cannot_remove_themselves(client, city, alice):
    client.force_login(alice)
    membership = alice.memberships.get(role="admin")
    response = client.post(en("core:member_remove", "izmir", membership.pk), follow=True)
    assert Membership.objects.filter(pk=membership.pk).exists()
    assert "last administrator" in response.content.decode()


def test_members_page_lists_people_and_roles(client, city, alice, bob):
    client.force_login(alice)
    html = client.get(en("core:members", "izmir")).content.decode()
    assert "bob" in html and "Viewer" in html and "Administrator" in html
