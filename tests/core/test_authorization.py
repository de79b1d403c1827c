"""Every workspace view × every role × own / other organization × anonymous.

The expectations are written out here by hand (not derived from access.py), so a change to the
permission table shows up as a failing test that someone has to agree with.
"""

import re

import pytest
from django.urls import reverse

from birarada.core.models import Membership, Role

ALL_ROLES = [r.value for r in Role]

# view name -> (HTTP method, roles that may use it in their own organization)
VIEWS = {
    "workspace_home": ("get", set(ALL_ROLES)),
    "members": ("get", {"admin", "coordinator"}),
    "member_add": ("post", {"admin"}),
    "member_remove": ("post", {"admin"}),
    "profile": ("get", {"admin"}),
    "audit_log": ("get", {"admin"}),
    "units": ("get", {"admin", "coordinator"}),
    "system": ("get", {"admin"}),
}

# What a metropolitan administrator or coordinator may open in a district below them.
OVERSIGHT = {"workspace_home", "members", "units"}


def main_content(content: bytes) -> bytes:
    """The page's <main>: the header differs only by the address in the language links."""
    return re.search(rb"<main.*</main>", content, re.S).group(0)


def url_for(view: str, slug: str, membership_id: int) -> str:
    kwargs = {"slug": slug}
    if view == "member_remove":
        kwargs["membership_id"] = membership_id
    return reverse(f"core:{view}", kwargs=kwargs)


def request(client, view, slug, membership_id):
    method, _ = VIEWS[view]
    url = url_for(view, slug, membership_id)
    if method == "post":
        return client.post(url, {"person": "bob", "role": "viewer"})
    return client.get(url)


@pytest.fixture
def victim_membership(city, make_member):
    """A membership in each organization that removal requests can aim at."""
    return {
        slug: make_member(f"target-{slug}", city[slug], Role.VIEWER).memberships.get(organization=city[slug]).pk
        for slug in ("izmir", "bornova", "elsewhere")
    }


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("view", list(VIEWS))
def test_role_in_own_organization(client, city, make_member, bob, victim_membership, role, view):
    user = make_member(f"person-{role}", city["izmir"], role)
    client.force_login(user)
    response = request(client, view, "izmir", victim_membership["izmir"])
    allowed = role in VIEWS[view][1]
    if allowed:
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert "/login/" not in response["Location"]
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("view", list(VIEWS))
def test_role_in_other_organization_sees_nothing(client, city, make_member, victim_membership, role, view):
    user = make_member(f"person-{role}", city["elsewhere"], role)
    client.force_login(user)
    response = request(client, view, "izmir", victim_membership["izmir"])
    assert response.status_code == 404


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("view", list(VIEWS))
def test_metropolitan_role_looking_into_district(client, city, make_member, bob, victim_membership, role, view):
    user = make_member(f"person-{role}", city["izmir"], role)
    client.force_login(user)
    response = request(client, view, "bornova", victim_membership["bornova"])
    overseer = role in {"admin", "coordinator"}
    if overseer and view in OVERSIGHT:
        assert response.status_code == 200
    else:
        assert response.status_code == 404
    # Looking is never changing: nothing was added or removed in the district.
    assert Membership.objects.filter(organization=city["bornova"]).count() == 1


@pytest.mark.parametrize("view", list(VIEWS))
def test_anonymous_is_sent_to_sign_in(client, city, victim_membership, view):
    response = request(client, view, "izmir", victim_membership["izmir"])
    assert response.status_code == 302
    assert reverse("core:login") in response["Location"]


@pytest.mark.parametrize("view", list(VIEWS))
def test_missing_and_forbidden_look_the_same(client, city, outsider, victim_membership, view):
    client.force_login(outsider)
    forbidden = request(client, view, "izmir", victim_membership["izmir"])
    missing = request(client, view, "no-such-org", victim_membership["izmir"])
    assert forbidden.status_code == missing.status_code == 404
    assert main_content(forbidden.content) == main_content(missing.content)


def test_directory_only_organization_has_no_workspace(client, city, make_member):
    user = make_member("ngo-admin", city["ngo"], Role.ADMIN)
    client.force_login(user)
    assert client.get(reverse("core:workspace_home", args=["ngo"])).status_code == 404


def test_member_cannot_remove_a_membership_of_another_organization(client, city, alice, victim_membership):
    client.force_login(alice)
    url = reverse("core:member_remove", args=["izmir", victim_membership["elsewhere"]])
    assert client.post(url).status_code == 404
    assert Membership.objects.filter(pk=victim_membership["elsewhere"]).exists()
