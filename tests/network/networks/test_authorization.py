"""The networks part × every role × own / other organization / oversight / anonymous (the shared matrix).

A network's pages open in a network's workspace, so for their matrix the three organizations of the shared
fixture (izmir, bornova below it, elsewhere) are networks. A member's sharing choice opens in any organization's
workspace, so its matrix uses the ordinary cities. Acting for a network as the staff of a coordinating member,
and the explanation an ordinary city's staff get instead of a 404, are tested in test_networks.py.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from birarada.core.models import Organization, OrganizationKind
from birarada.network import networks as actions
from birarada.network import urls_networks
from birarada.network.models import JointAction, Mentoring, NetworkMembership
from tests import authz

MANAGERS = {"admin", "coordinator"}
READERS = {"admin", "coordinator", "viewer"}
ADMINS = {"admin"}


def networks_routes() -> set[str]:
    """The workspace addresses of the networks part (the module's other parts have their own matrices)."""
    return {f"network:{p.name}" for p in urls_networks.urlpatterns if str(p.pattern).startswith("workspace/")}


def long_ago(days: int = 400):
    return timezone.localdate() - timedelta(days=days)


class NetworksRoutes:
    # The module's urls.py includes one file per part, so authz.workspace_routes (which reads only the namespace's
    # own patterns) cannot list them: the part's own file is read instead, and both matrices must cover it.
    def test_every_workspace_view_is_declared(self):
        declared = {v.route for v in TestNetworkPagesMatrix.views} | {v.route for v in TestMembershipsMatrix.views}
        assert networks_routes() == declared


class TestNetworkPagesMatrix(NetworksRoutes, authz.Matrix):
    namespace = "network"
    views = [
        authz.View("members", "network:members", MANAGERS),
        authz.View("member_add", "network:members", MANAGERS, method="post",
                   data=lambda o: {"organization": o["candidate"], "role": "member",
                                   "joined_on": long_ago(3).isoformat()}),
        authz.View("member_role", "network:member_change", MANAGERS, method="post", objects=("membership",),
                   extra=("role",), data={"role": "coordinator"}),
        authz.View("member_end", "network:member_change", MANAGERS, method="post", objects=("membership",),
                   extra=("end",), data=lambda o: {"left_on": timezone.localdate().isoformat()}),
        authz.View("joint_actions", "network:joint_actions", MANAGERS),
        authz.View("joint_action_create", "network:joint_actions", MANAGERS, method="post",
                   data=lambda o: {"title": "Yeni ortak eylem", "goal": "Hedef", "status": "planned",
                                   "organizations": [o["member_a"], o["member_b"]],
                                   "starts_on": timezone.localdate().isoformat(),
                                   "ends_on": timezone.localdate().isoformat()}),
        authz.View("joint_action", "network:joint_action", MANAGERS, objects=("joint_action",)),
        authz.View("joint_action_edit", "network:joint_action", MANAGERS, method="post", objects=("joint_action",),
                   data=lambda o: {"title": "Değişti", "goal": "Hedef", "status": "done",
                                   "organizations": [o["member_a"], o["member_b"]],
                                   "starts_on": long_ago(10).isoformat(), "ends_on": long_ago(5).isoformat()}),
        authz.View("mentoring", "network:mentoring", MANAGERS),
        authz.View("mentoring_create", "network:mentoring", MANAGERS, method="post",
                   data=lambda o: {"mentor": o["member_b"], "mentee": o["member_a"], "topics": "Planlama",
                                   "starts_on": long_ago(3).isoformat(), "public": "on"}),
        authz.View("mentoring_pair", "network:mentoring_pair", MANAGERS, objects=("mentoring",)),
        authz.View("mentoring_meeting", "network:mentoring_change", MANAGERS, method="post", objects=("mentoring",),
                   extra=("meeting",), data=lambda o: {"held_on": timezone.localdate().isoformat(),
                                                       "summary": "Toplantı"}),
        authz.View("mentoring_end", "network:mentoring_change", MANAGERS, method="post", objects=("mentoring",),
                   extra=("end",), data=lambda o: {"ends_on": timezone.localdate().isoformat()}),
        authz.View("statistics", "network:statistics", READERS),
    ]

    @pytest.fixture
    def city(self, db):
        """The shared fixture's organizations, as networks (bornova a network below izmir's)."""
        izmir = Organization.objects.create(slug="izmir", name="İzmir Ağı", kind=OrganizationKind.NETWORK,
                                            city="İzmir", uses_platform=True)
        bornova = Organization.objects.create(slug="bornova", name="Bornova Ağı", kind=OrganizationKind.NETWORK,
                                              city="İzmir", parent=izmir, uses_platform=True)
        elsewhere = Organization.objects.create(slug="elsewhere", name="Başka Ağ", kind=OrganizationKind.NETWORK,
                                                city="Eskişehir", uses_platform=True)
        return {"izmir": izmir, "bornova": bornova, "elsewhere": elsewhere}

    @pytest.fixture
    def objects(self, city):
        found = {}
        for slug in authz.ORGANIZATIONS:
            network = city[slug]
            a, b, candidate = (Organization.objects.create(slug=f"{slug}-{n}", name=f"Üye {slug} {n}",
                                                           kind=OrganizationKind.NGO, city="Van")
                               for n in ("a", "b", "aday"))
            membership = actions.do_add_member(network, a, role="member", joined_on=long_ago(), actor=None)
            actions.do_add_member(network, b, role="member", joined_on=long_ago(), actor=None)
            joint = actions.do_save_joint_action(network, title=f"Eylem {slug}", goal="Hedef", organizations=[a, b],
                                                 starts_on=long_ago(30), ends_on=long_ago(20), actor=None)
            pair = actions.do_create_mentoring(network, mentor=a, mentee=b, topics="Konu", starts_on=long_ago(30),
                                               actor=None)
            found[slug] = {"membership": membership.pk, "joint_action": joint.pk, "mentoring": pair.pk,
                           "member_a": a.pk, "member_b": b.pk, "candidate": candidate.pk}
        return found

    def state(self, organization):
        return (sorted(NetworkMembership.objects.filter(network=organization)
                       .values_list("member__slug", "role", "left_on", "shares_statistics")),
                sorted(JointAction.objects.filter(network=organization).values_list("title", "status", "ends_on")),
                sorted(Mentoring.objects.filter(network=organization).values_list("topics", "ends_on")),
                sorted(Mentoring.objects.filter(network=organization).values_list("meetings__summary", flat=True),
                       key=str))


class TestMembershipsMatrix(NetworksRoutes, authz.Matrix):
    namespace = "network"
    views = [
        authz.View("memberships", "network:memberships", ADMINS),
        authz.View("share", "network:membership_share", ADMINS, method="post", objects=("membership",),
                   data={"share": "1"}),
    ]

    @pytest.fixture
    def objects(self, city):
        network = Organization.objects.create(slug="agi", name="Ağ", kind=OrganizationKind.NETWORK,
                                              uses_platform=True)
        return {slug: {"membership": actions.do_add_member(network, city[slug], role="member",
                                                           joined_on=long_ago(), actor=None).pk}
                for slug in authz.ORGANIZATIONS}

    def state(self, organization):
        return sorted(NetworkMembership.objects.filter(member=organization)
                      .values_list("network__slug", "shares_statistics"))


def test_the_routes_are_where_the_menu_expects_them(db):
    assert reverse("network:members", args=["agi"]).endswith("/workspace/agi/network/members/")
    assert reverse("network:statistics", args=["agi"]).endswith("/workspace/agi/network/statistics/")
    assert reverse("network:memberships", args=["agi"]).endswith("/workspace/agi/networks/")
