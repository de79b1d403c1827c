from django.urls import reverse

from birarada.core.models import Role
from tests.conftest import PASSWORD, en


def test_staff_sign_in_lands_in_their_workspace(client, city, alice):
    response = client.post(reverse("core:login"), {"username": "alice", "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("core:workspace_home", args=["izmir"])
    html = response.content.decode()
    assert "İzmir Equality Unit" in html


def test_wrong_password_shows_an_error_without_saying_which_part_was_wrong(client, city, alice):
    response = client.post(reverse("core:login"), {"username": "alice", "password": "wrong"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_failures_lock_the_account_for_that_address(client, city, alice, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("core:login"), {"username": "alice", "password": "wrong"})
    # Even the right password is refused now.
    response = client.post(reverse("core:login"), {"username": "alice", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_member_of_two_organizations_switches_between_them(client, city, alice, make_member):
    make_member("alice", city["elsewhere"], Role.VIEWER)
    client.force_login(alice)
    home = client.get(reverse("core:workspace_home", args=["izmir"])).content.decode()
    assert reverse("core:workspace_home", args=["elsewhere"]) in home  # the switcher
    client.get(reverse("core:workspace_home", args=["elsewhere"]))
    # The workspace index remembers the last one used.
    response = client.get(reverse("core:workspace"))
    assert response["Location"] == reverse("core:workspace_home", args=["elsewhere"])


def test_coordinator_sees_the_district_units_below(client, city, make_member):
    coordinator = make_member("coord", city["izmir"], Role.COORDINATOR)
    client.force_login(coordinator)
    html = client.get(reverse("core:units", args=["izmir"])).content.decode()
    assert "Bornova Equality Desk" in html and "Elsewhere" not in html
    district = client.get(en("core:workspace_home", "bornova")).content.decode()
    assert "You can look, not change" in district


def test_person_without_membership_is_told_what_to_do(client, city, django_user_model):
    loner = django_user_model.objects.create_user("loner", password=PASSWORD)
    client.force_login(loner)
    response = client.get("/en/workspace/")
    assert response.status_code == 200
    assert "Ask an administrator" in response.content.decode()


def test_sign_out_needs_a_post(client, city, alice):
    client.force_login(alice)
    assert client.get(reverse("core:logout")).status_code == 405
    assert client.post(reverse("core:logout")).status_code == 302
    assert "_auth_user_id" not in client.session
