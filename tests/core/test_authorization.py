"""Every workspace view × every role × own / other organization / district × anonymous (tests/authz.py).

The expectations are written out here by hand (not derived from access.py), so a change to the
permission table shows up as a failing test that someone has to agree with.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from birarada.core.models import Membership, Organization, Role
from tests import authz
from tests.core.test_modules import skeleton  # noqa: F401  (the fixture that installs tests/skeleton)

EVERYONE = set(authz.ALL_ROLES)
MANAGERS = {"admin", "coordinator"}
ADMINS = {"admin"}

ADD_BOB = {"person": "bob", "role": "viewer"}
NEW_PROFILE = {"name": "Renamed", "city": "İzmir", "description": "changed", "grounds": ["age"]}


class TestWorkspaceMatrix(authz.Matrix):
    namespace = "core"
    views = [
        authz.View("workspace_home", "core:workspace_home", EVERYONE, oversight=True),
        authz.View("members", "core:members", MANAGERS, oversight=True),
        authz.View("member_add", "core:member_add", ADMINS, method="post", data=ADD_BOB),
        authz.View("member_remove", "core:member_remove", ADMINS, method="post", objects=("membership",)),
        authz.View("profile", "core:profile", ADMINS),
        authz.View("profile_edit", "core:profile", ADMINS, method="post", data=NEW_PROFILE, ok=(302,)),
        authz.View("directory_import", "core:directory_import", ADMINS),
        authz.View("directory_import_preview", "core:directory_import", ADMINS, method="post", ok=(200,),
                   data=lambda _objects: {"file": SimpleUploadedFile("d.json", b'[{"name": "Matris Dernegi"}]')}),
        authz.View("audit_log", "core:audit_log", ADMINS),
        authz.View("units", "core:units", MANAGERS, oversight=True),
        authz.View("system", "core:system", ADMINS),
        authz.View("system_heartbeat", "core:system", ADMINS, method="post", ok=(302,)),
    ]

    @pytest.fixture
    def objects(self, city, make_member, bob):
        """A membership in each organization that removal requests can aim at (and bob, whom member_add adds)."""
        return {
            slug: {"membership": make_member(f"target-{slug}", city[slug], Role.VIEWER)
                   .memberships.get(organization=city[slug]).pk}
            for slug in authz.ORGANIZATIONS
        }

    def state(self, organization):
        return (sorted(Membership.objects.filter(organization=organization).values_list("user__username", "role")),
                list(Organization.objects.filter(pk=organization.pk).values()))


SKELETON_ROLES = {"admin", "moderator", "viewer"}


class TestSkeletonModuleMatrix(authz.Matrix):
    """A new module gets the whole matrix by declaring its views: the test-only skeleton app (tests/skeleton),
    whose garden is for its own members only (no oversight)."""

    namespace = "skeleton"
    views = [authz.View("garden", "skeleton:garden", SKELETON_ROLES)]

    @pytest.fixture(autouse=True)
    def installed(self, skeleton):  # noqa: F811
        pass


def test_directory_only_organization_has_no_workspace(client, city, make_member):
    user = make_member("ngo-admin", city["ngo"], Role.ADMIN)
    client.force_login(user)
    assert client.get(reverse("core:workspace_home", args=["ngo"])).status_code == 404


def test_member_cannot_remove_a_membership_of_another_organization(client, city, alice, make_member):
    elsewhere = make_member("target-elsewhere", city["elsewhere"], Role.VIEWER).memberships.get().pk
    client.force_login(alice)
    url = reverse("core:member_remove", args=["izmir", elsewhere])
    assert client.post(url).status_code == 404
    assert Membership.objects.filter(pk=elsewhere).exists()
