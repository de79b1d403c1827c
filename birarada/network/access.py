"""The only ways to reach networks, practices and methods.

- A network's own pages (members, joint actions, mentoring, shared statistics, review of practices and methods)
  open in the network organization's workspace: its own staff, or the administrators and coordinators of a
  member whose role in the network is *coordinator* (they act for the network; `network_workspace`).
- Practices and methods are written in the workspace of the organization that submits them (`owner`), reviewed
  in the workspace of the network whose observatory they go to (`network`), and public only once published.
- Shared statistics: only of members that chose to share them (`sharing_members`).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from birarada.core.access import Workspace, access_workspace_by_slug, as_id, workspace_for
from birarada.core.models import Membership, Organization, OrganizationKind, Role
from birarada.core.types import AnyUser
from birarada.network.choices import MethodStatus, NetworkRole, PracticeStatus
from birarada.network.models import Method, NetworkMembership, Practice
from birarada.network.module import (
    CONTRIBUTE_PRACTICES,
    EDIT_OBSERVATORY,
    MANAGE_NETWORK,
    VIEW_NETWORK_STATISTICS,
)

# What the staff of a coordinating member may do in the network's pages.
COORDINATING_MEMBER_CAPABILITIES = frozenset({"view_workspace", MANAGE_NETWORK, EDIT_OBSERVATORY,
                                              VIEW_NETWORK_STATISTICS})


def current_memberships(on=None) -> QuerySet[NetworkMembership]:
    today = on or timezone.localdate()
    return NetworkMembership.objects.filter(joined_on__lte=today).filter(
        Q(left_on__isnull=True) | Q(left_on__gte=today))


def networks_on_platform() -> QuerySet[Organization]:
    return Organization.objects.filter(kind=OrganizationKind.NETWORK, uses_platform=True)


def networks_of(organization: Organization) -> QuerySet[Organization]:
    """The networks the organization belongs to today."""
    return Organization.objects.filter(
        pk__in=current_memberships().filter(member=organization).values("network_id")).order_by("name")


def network_workspace(user: AnyUser, slug: str, capability: str) -> Workspace:
    """The network `slug` as `user` may act in it: as its own staff, or as an administrator or coordinator of a
    member that coordinates the network. Http404 otherwise (and for an organization that is not a network)."""
    network = Organization.objects.filter(slug=slug, kind=OrganizationKind.NETWORK).first()
    if network is None:
        raise Http404
    own = workspace_for(user, network)
    if own is not None and own.is_member and own.can(capability):
        return own
    if user.is_authenticated and user.is_active and capability in COORDINATING_MEMBER_CAPABILITIES:
        coordinating = current_memberships().filter(network=network, role=NetworkRole.COORDINATOR,
                                                    member__uses_platform=True).values("member_id")
        if Membership.objects.filter(user=user, organization_id__in=coordinating,
                                     role__in=(Role.ADMIN, Role.COORDINATOR)).exists():
            return Workspace(network, frozenset({Role.COORDINATOR}), COORDINATING_MEMBER_CAPABILITIES)
    raise Http404


def sharing_members(workspace: Workspace) -> QuerySet[NetworkMembership]:
    """Current members that chose to share their statistics with the network."""
    workspace.require(VIEW_NETWORK_STATISTICS)
    return current_memberships().filter(network=workspace.organization, shares_statistics=True
                                        ).select_related("member")


# --- practices ---------------------------------------------------------------------------------------------

def public_practices() -> QuerySet[Practice]:
    return Practice.objects.filter(status=PracticeStatus.PUBLISHED)


def public_practice_by_slug(slug: str) -> Practice:
    practice = public_practices().filter(slug=slug).first()
    if practice is None:
        raise Http404
    return practice


def practices_of(workspace: Workspace) -> QuerySet[Practice]:
    """What an organization submitted (any status), for its contributors."""
    workspace.require(CONTRIBUTE_PRACTICES)
    return Practice.objects.filter(owner=workspace.organization)


def practices_to_review(workspace: Workspace) -> QuerySet[Practice]:
    """What reaches the network's observatory (in review or published), for its editors."""
    workspace.require(EDIT_OBSERVATORY)
    return Practice.objects.filter(network=workspace.organization).exclude(status=PracticeStatus.DRAFT)


def access_practice_by_id(user: AnyUser, slug: str, practice_id: object, *, review: bool = False
                          ) -> tuple[Practice, Workspace]:
    """A practice as its submitting organization's contributors see it, or (review=True) as the editors of its
    network do."""
    if review:
        workspace = network_workspace(user, slug, EDIT_OBSERVATORY)
        found = practices_to_review(workspace)
    else:
        workspace = access_workspace_by_slug(user, slug, CONTRIBUTE_PRACTICES, member=True)
        found = practices_of(workspace)
    practice = found.filter(pk=as_id(practice_id)).first()
    if practice is None:
        raise Http404
    return practice, workspace


# --- methods -----------------------------------------------------------------------------------------------

def public_methods() -> QuerySet[Method]:
    return Method.objects.filter(status=MethodStatus.PUBLISHED)


def public_method_by_slug(slug: str) -> Method:
    method = public_methods().filter(slug=slug).first()
    if method is None:
        raise Http404
    return method


def methods_of(workspace: Workspace) -> QuerySet[Method]:
    workspace.require(CONTRIBUTE_PRACTICES)
    return Method.objects.filter(owner=workspace.organization)


def methods_to_review(workspace: Workspace) -> QuerySet[Method]:
    workspace.require(EDIT_OBSERVATORY)
    return Method.objects.filter(network=workspace.organization)


def access_method_by_id(user: AnyUser, slug: str, method_id: object, *, review: bool = False
                        ) -> tuple[Method, Workspace]:
    if review:
        workspace = network_workspace(user, slug, EDIT_OBSERVATORY)
        found = methods_to_review(workspace)
    else:
        workspace = access_workspace_by_slug(user, slug, CONTRIBUTE_PRACTICES, member=True)
        found = methods_of(workspace)
    method = found.filter(pk=as_id(method_id)).first()
    if method is None:
        raise Http404
    return method, workspace


# --- networks (members, collaboration) ---------------------------------------------------------------------
# Imports of this part stay with it (the file is written in parts).
from django.db.models import Count  # noqa: E402

from birarada.core.capabilities import Capability  # noqa: E402
from birarada.network.models import JointAction, Mentoring  # noqa: E402


def public_network_by_slug(slug: str) -> Organization:
    """A network on the platform, for its public page; Http404 otherwise."""
    network = networks_on_platform().filter(slug=slug).first()
    if network is None:
        raise Http404
    return network


def public_members_of(networks) -> QuerySet[NetworkMembership]:
    """Today's members of these networks (an organization or a queryset of them), for the public pages: who
    belongs, in which role, since when; never the sharing choice."""
    found = current_memberships().select_related("member")
    if isinstance(networks, Organization):
        return found.filter(network=networks)
    return found.filter(network__in=networks)


def public_joint_actions(network: Organization) -> QuerySet[JointAction]:
    return JointAction.objects.filter(network=network, public=True).prefetch_related("organizations")


def public_mentorings(network: Organization) -> QuerySet[Mentoring]:
    """Public mentoring pairs with their number of meetings (never the meetings' notes)."""
    return (Mentoring.objects.filter(network=network, public=True).select_related("mentor", "mentee")
            .annotate(meeting_count=Count("meetings")))


def is_own_staff(user: AnyUser, organization: Organization) -> bool:
    """True when `user` works in `organization` itself (as opposed to acting for a network as the staff of one of
    its coordinating members)."""
    own = workspace_for(user, organization)
    return own is not None and own.is_member


def not_a_network_workspace(user: AnyUser, slug: str, capability: str) -> Workspace | None:
    """The workspace of `slug` when it is *not* a network and `user` works there with `capability`: its menu
    offers the network pages (the capability is granted by role), so they explain instead of answering 404.
    None otherwise."""
    organization = Organization.objects.filter(slug=slug).exclude(kind=OrganizationKind.NETWORK).first()
    if organization is None:
        return None
    workspace = workspace_for(user, organization)
    if workspace is None or not workspace.is_member or not workspace.can(capability):
        return None
    return workspace


def networks_user_may_open(user: AnyUser, organization: Organization, capability: str
                           ) -> list[tuple[Organization, bool]]:
    """(network, whether `user` may open its pages with `capability`) for each network `organization` belongs
    to today."""
    found = []
    for network in networks_of(organization):
        try:
            network_workspace(user, network.slug, capability)
        except Http404:
            found.append((network, False))
        else:
            found.append((network, True))
    return found


def memberships_of_network(workspace: Workspace) -> QuerySet[NetworkMembership]:
    """Every member of the network, current and past, for the network's staff."""
    workspace.require(MANAGE_NETWORK)
    return NetworkMembership.objects.filter(network=workspace.organization).select_related("member")


def current_members_of(workspace: Workspace) -> QuerySet[NetworkMembership]:
    workspace.require(MANAGE_NETWORK)
    return current_memberships().filter(network=workspace.organization).select_related("member")


def organizations_to_add(workspace: Workspace) -> QuerySet[Organization]:
    """Organizations that may join the network: any but the network itself and those whose membership has not
    ended (a past member may join again)."""
    workspace.require(MANAGE_NETWORK)
    today = timezone.localdate()
    open_memberships = NetworkMembership.objects.filter(network=workspace.organization).filter(
        Q(left_on__isnull=True) | Q(left_on__gte=today)).values("member_id")
    return Organization.objects.exclude(pk=workspace.organization.pk).exclude(pk__in=open_memberships)


def access_network_membership_by_id(user: AnyUser, slug: str, membership_id: object
                                    ) -> tuple[NetworkMembership, Workspace]:
    workspace = network_workspace(user, slug, MANAGE_NETWORK)
    membership = memberships_of_network(workspace).filter(pk=as_id(membership_id)).first()
    if membership is None:
        raise Http404
    return membership, workspace


def joint_actions_of(workspace: Workspace) -> QuerySet[JointAction]:
    workspace.require(MANAGE_NETWORK)
    return JointAction.objects.filter(network=workspace.organization).prefetch_related("organizations")


def access_joint_action_by_id(user: AnyUser, slug: str, action_id: object) -> tuple[JointAction, Workspace]:
    workspace = network_workspace(user, slug, MANAGE_NETWORK)
    action = joint_actions_of(workspace).filter(pk=as_id(action_id)).first()
    if action is None:
        raise Http404
    return action, workspace


def mentorings_of(workspace: Workspace) -> QuerySet[Mentoring]:
    workspace.require(MANAGE_NETWORK)
    return (Mentoring.objects.filter(network=workspace.organization).select_related("mentor", "mentee")
            .annotate(meeting_count=Count("meetings")))


def access_mentoring_by_id(user: AnyUser, slug: str, mentoring_id: object) -> tuple[Mentoring, Workspace]:
    workspace = network_workspace(user, slug, MANAGE_NETWORK)
    mentoring = mentorings_of(workspace).filter(pk=as_id(mentoring_id)).first()
    if mentoring is None:
        raise Http404
    return mentoring, workspace


def members_not_sharing(workspace: Workspace) -> QuerySet[NetworkMembership]:
    """Current members that do not share their statistics: named on the statistics page, with no figure."""
    workspace.require(VIEW_NETWORK_STATISTICS)
    return current_memberships().filter(network=workspace.organization, shares_statistics=False
                                        ).select_related("member")


def own_memberships(workspace: Workspace) -> QuerySet[NetworkMembership]:
    """The networks an organization belongs to today, for its own administrators (who choose what it shares)."""
    workspace.require(Capability.EDIT_PROFILE).require_member()
    return current_memberships().filter(member=workspace.organization).select_related("network")


def access_own_membership_by_id(user: AnyUser, slug: str, membership_id: object
                                ) -> tuple[NetworkMembership, Workspace]:
    workspace = access_workspace_by_slug(user, slug, Capability.EDIT_PROFILE, member=True)
    membership = own_memberships(workspace).filter(pk=as_id(membership_id)).first()
    if membership is None:
        raise Http404
    return membership, workspace
