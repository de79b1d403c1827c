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
