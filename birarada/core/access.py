"""Who may see and do what: the one place where permissions are decided.

Every staff view starts by calling one of the `access_*` functions. They raise Http404 both when
the thing does not exist and when the user may not see it, so ids and slugs cannot be probed.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.http import Http404

from birarada.core.models import Membership, Organization, Role


class Capability(StrEnum):
    VIEW_WORKSPACE = "view_workspace"
    VIEW_MEMBERS = "view_members"
    MANAGE_MEMBERS = "manage_members"
    EDIT_PROFILE = "edit_profile"
    VIEW_AUDIT_LOG = "view_audit_log"
    VIEW_SUBUNITS = "view_subunits"
    CHECK_SYSTEM = "check_system"
    HANDLE_CASES = "handle_cases"
    VIEW_REFERRED_CASES = "view_referred_cases"
    MODERATE = "moderate"
    CHECK_COMMUNICATIONS = "check_communications"
    VIEW_STATISTICS = "view_statistics"


C = Capability
ROLE_CAPABILITIES: dict[str, frozenset[Capability]] = {
    Role.ADMIN: frozenset(C),
    Role.COORDINATOR: frozenset(
        {C.VIEW_WORKSPACE, C.VIEW_MEMBERS, C.VIEW_SUBUNITS, C.HANDLE_CASES, C.MODERATE,
         C.CHECK_COMMUNICATIONS, C.VIEW_STATISTICS}
    ),
    Role.CASE_WORKER: frozenset({C.VIEW_WORKSPACE, C.HANDLE_CASES, C.VIEW_STATISTICS}),
    Role.MODERATOR: frozenset({C.VIEW_WORKSPACE, C.MODERATE, C.CHECK_COMMUNICATIONS, C.VIEW_STATISTICS}),
    Role.COMMUNICATIONS: frozenset({C.VIEW_WORKSPACE, C.CHECK_COMMUNICATIONS}),
    Role.PARTNER: frozenset({C.VIEW_WORKSPACE, C.VIEW_REFERRED_CASES}),
    Role.VIEWER: frozenset({C.VIEW_WORKSPACE, C.VIEW_STATISTICS}),
}

# What a coordinator or administrator of a metropolitan organization may do in the units below it:
# look, not act. Acting inside a district stays with the district's own staff.
OVERSIGHT_CAPABILITIES = frozenset({C.VIEW_WORKSPACE, C.VIEW_MEMBERS, C.VIEW_SUBUNITS, C.VIEW_STATISTICS})
OVERSIGHT_ROLES = frozenset({Role.ADMIN, Role.COORDINATOR})


@dataclass(frozen=True)
class Workspace:
    """An organization as seen by one user: their roles there and what those allow."""

    organization: Organization
    roles: frozenset[str]
    capabilities: frozenset[Capability]
    overseen_from: Organization | None = None

    @property
    def role_labels(self) -> list[str]:
        labels = dict(Role.choices)
        return [labels[r] for r in sorted(self.roles)]

    def can(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def require(self, capability: Capability) -> "Workspace":
        if capability not in self.capabilities:
            raise Http404
        return self


def roles_in(user, organization: Organization) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    return frozenset(
        Membership.objects.filter(user=user, organization=organization).values_list("role", flat=True)
    )


def _overseeing_organization(user, organization: Organization) -> Organization | None:
    """The nearest ancestor where the user is an administrator or coordinator, if any."""
    ancestor = organization.parent
    while ancestor is not None:
        if roles_in(user, ancestor) & OVERSIGHT_ROLES:
            return ancestor
        ancestor = ancestor.parent
    return None


def workspace_for(user, organization: Organization) -> Workspace | None:
    if not user.is_authenticated or not user.is_active or not organization.uses_platform:
        return None
    roles = roles_in(user, organization)
    capabilities = frozenset().union(*(ROLE_CAPABILITIES[r] for r in roles))
    overseer = _overseeing_organization(user, organization)
    if overseer is not None:
        capabilities |= OVERSIGHT_CAPABILITIES
    if not capabilities:
        return None
    return Workspace(organization, roles, capabilities, overseen_from=overseer if not roles else None)


def access_workspace_by_slug(user, slug: str, capability: Capability = C.VIEW_WORKSPACE) -> Workspace:
    """The workspace of organization `slug` if `user` has `capability` there; Http404 otherwise."""
    organization = Organization.objects.filter(slug=slug).select_related("parent").first()
    if organization is None:
        raise Http404
    workspace = workspace_for(user, organization)
    if workspace is None:
        raise Http404
    return workspace.require(capability)


def access_membership_by_id(user, workspace: Workspace, membership_id: int) -> Membership:
    workspace.require(C.MANAGE_MEMBERS)
    membership = (
        Membership.objects.filter(pk=membership_id, organization=workspace.organization).select_related("user").first()
    )
    if membership is None:
        raise Http404
    return membership


def organizations_of(user) -> list[Organization]:
    """The platform organizations the user belongs to directly, each once."""
    if not user.is_authenticated:
        return []
    return list(
        Organization.objects.on_platform().filter(memberships__user=user).distinct().order_by("name")
    )


def subunits_visible_to(workspace: Workspace) -> list[Organization]:
    workspace.require(C.VIEW_SUBUNITS)
    ids = workspace.organization.descendant_ids()
    return list(Organization.objects.filter(pk__in=ids).select_related("parent").order_by("name"))


def public_organization_by_slug(slug: str) -> Organization:
    organization = Organization.objects.in_directory().filter(slug=slug).first()
    if organization is None:
        raise Http404
    return organization
