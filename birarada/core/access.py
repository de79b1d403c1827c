"""Who may see and do what: the one place where permissions are decided.

Every staff view starts by calling one of the `access_*` functions. They raise Http404 both when
the thing does not exist and when the user may not see it, so ids and slugs cannot be probed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404

from birarada.core.capabilities import Capability
from birarada.core.collation import sorted_turkish
from birarada.core.models import AuditEvent, Membership, Organization, Role
from birarada.core.modules import capability_grants
from birarada.core.types import AnyUser

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

M = TypeVar("M", bound=Model)


C = Capability
# Core's part of the table; administrators get every capability, modules' included.
CORE_ROLE_CAPABILITIES: dict[str, frozenset[str]] = {
    Role.ADMIN: frozenset(C),
    Role.COORDINATOR: frozenset({C.VIEW_WORKSPACE, C.VIEW_MEMBERS, C.VIEW_SUBUNITS, C.VIEW_STATISTICS}),
    Role.CASE_WORKER: frozenset({C.VIEW_WORKSPACE, C.VIEW_STATISTICS}),
    Role.MODERATOR: frozenset({C.VIEW_WORKSPACE, C.VIEW_STATISTICS}),
    Role.COMMUNICATIONS: frozenset({C.VIEW_WORKSPACE}),
    Role.PARTNER: frozenset({C.VIEW_WORKSPACE}),
    Role.VIEWER: frozenset({C.VIEW_WORKSPACE, C.VIEW_STATISTICS}),
}

# What a coordinator or administrator of a metropolitan organization may do in the units below it:
# look, not act. Acting inside a district stays with the district's own staff.
CORE_OVERSIGHT_CAPABILITIES = frozenset({C.VIEW_WORKSPACE, C.VIEW_MEMBERS, C.VIEW_SUBUNITS, C.VIEW_STATISTICS})
OVERSIGHT_ROLES = frozenset({Role.ADMIN, Role.COORDINATOR})


def role_capabilities() -> dict[str, frozenset[str]]:
    """The whole role → capability table: core's, plus what every installed module's manifest grants."""
    grants = capability_grants()
    table = {}
    for role in Role.values:
        given = set(CORE_ROLE_CAPABILITIES[role])
        for grant in grants:
            if role == Role.ADMIN or role in grant.roles:
                given.add(grant.name)
        table[role] = frozenset(given)
    return table


def oversight_capabilities() -> frozenset[str]:
    return CORE_OVERSIGHT_CAPABILITIES | {g.name for g in capability_grants() if g.oversight}


@dataclass(frozen=True)
class Workspace:
    """An organization as seen by one user: their roles there and what those allow."""

    organization: Organization
    roles: frozenset[str]
    capabilities: frozenset[str]
    overseen_from: Organization | None = None

    @property
    def is_member(self) -> bool:
        """True for the organization's own staff; False for someone who only oversees it from above."""
        return bool(self.roles)

    @property
    def role_labels(self) -> list[StrPromise]:
        labels = dict(Role.choices)
        return [labels[r] for r in sorted(self.roles)]

    def can(self, capability: str) -> bool:
        return capability in self.capabilities

    def require(self, capability: str) -> Workspace:
        if capability not in self.capabilities:
            raise Http404
        return self

    def require_member(self) -> Workspace:
        """Acting, and reading confidential files, is for the organization's own staff: oversight from a
        metropolitan unit may only look (statistics, members, units)."""
        if not self.roles:
            raise Http404
        return self


def roles_in(user: AnyUser, organization: Organization) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    return frozenset(
        Membership.objects.filter(user=user, organization=organization).values_list("role", flat=True)
    )


def _overseeing_organization(user: AnyUser, organization: Organization) -> Organization | None:
    """The nearest ancestor where the user is an administrator or coordinator, if any."""
    ancestor = organization.parent
    while ancestor is not None:
        if roles_in(user, ancestor) & OVERSIGHT_ROLES:
            return ancestor
        ancestor = ancestor.parent
    return None


def workspace_for(user: AnyUser, organization: Organization) -> Workspace | None:
    if not user.is_authenticated or not user.is_active or not organization.uses_platform:
        return None
    roles = roles_in(user, organization)
    table = role_capabilities()
    capabilities: frozenset[str] = frozenset().union(*(table[r] for r in roles))
    overseer = _overseeing_organization(user, organization)
    if overseer is not None:
        capabilities |= oversight_capabilities()
    if not capabilities:
        return None
    return Workspace(organization, roles, capabilities, overseen_from=overseer if not roles else None)


def access_workspace_by_slug(user: AnyUser, slug: str, capability: str = C.VIEW_WORKSPACE, *,
                             member: bool = False) -> Workspace:
    """The workspace of organization `slug` if `user` has `capability` there (and, with `member=True`, is one
    of its own staff); Http404 otherwise."""
    organization = Organization.objects.filter(slug=slug).select_related("parent").first()
    if organization is None:
        raise Http404
    workspace = workspace_for(user, organization)
    if workspace is None:
        raise Http404
    workspace.require(capability)
    return workspace.require_member() if member else workspace


def as_id(value: object) -> int:
    """An object id from an address or a form; Http404 for anything that is not a positive integer."""
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        raise Http404 from None
    if number <= 0 or number > 2**63 - 1:
        raise Http404
    return number


def object_in(workspace: Workspace, queryset: QuerySet[M], object_id: object, *, via: str = "organization") -> M:
    """The object `object_id` of `queryset` if it belongs to the workspace's organization (through the field
    `via`); Http404 otherwise. The building block of every module's `access_<thing>_by_id`."""
    found = queryset.filter(pk=as_id(object_id), **{via: workspace.organization}).first()
    if found is None:
        raise Http404
    return found


def access_membership_by_id(user: AnyUser, slug: str, membership_id: object) -> tuple[Membership, Workspace]:
    workspace = access_workspace_by_slug(user, slug, C.MANAGE_MEMBERS, member=True)
    return object_in(workspace, Membership.objects.select_related("user"), membership_id), workspace


def organizations_of(user: AnyUser) -> list[Organization]:
    """The platform organizations the user belongs to directly, each once."""
    if not user.is_authenticated:
        return []
    return sorted_turkish(Organization.objects.on_platform().filter(memberships__user=user).distinct(),
                          key=lambda o: o.name)


def subunits_visible_to(workspace: Workspace) -> list[Organization]:
    workspace.require(C.VIEW_SUBUNITS)
    ids = workspace.organization.descendant_ids()
    return sorted_turkish(Organization.objects.filter(pk__in=ids).select_related("parent"), key=lambda o: o.name)


def public_organization_by_slug(slug: str) -> Organization:
    organization = Organization.objects.in_directory().filter(slug=slug).first()
    if organization is None:
        raise Http404
    return organization


def audit_events_visible_to(workspace: Workspace) -> QuerySet[AuditEvent]:
    """The organization's audit log, for its administrators."""
    workspace.require(C.VIEW_AUDIT_LOG)
    return AuditEvent.objects.filter(organization=workspace.organization)


def history_of(target: Model) -> QuerySet[AuditEvent]:
    """What happened to one object (a case, a report…), oldest first, for a page the caller already reached
    through its module's access helper."""
    return AuditEvent.objects.filter(target_type=target._meta.label_lower, target_id=str(target.pk)).order_by(
        "at", "pk")
