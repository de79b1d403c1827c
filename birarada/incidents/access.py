"""The only ways to reach a case. Missing and forbidden both raise Http404."""

from django.conf import settings
from django.http import Http404

from birarada.core.access import Capability, Workspace, workspace_for
from birarada.core.models import Organization, OrganizationKind
from birarada.incidents.models import Case, Referral
from birarada.incidents.receipts import receipt_digest


def _as_id(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404 from None


def access_case_with_workspace(user, case_id) -> tuple[Case, Workspace]:
    """A case and its unit's workspace, for a member of that unit who handles cases; Http404 otherwise."""
    case_id = _as_id(case_id)
    case = Case.objects.select_related("organization", "assigned_to").filter(pk=case_id).first()
    if case is None:
        raise Http404
    workspace = workspace_for(user, case.organization)
    if workspace is None or not workspace.can(Capability.HANDLE_CASES) or not workspace.roles:
        # Oversight from a metropolitan unit shows statistics, never a district's case files.
        raise Http404
    return case, workspace


def access_case_by_id(user, case_id) -> Case:
    """A case for a member of its unit who handles cases; Http404 otherwise."""
    return access_case_with_workspace(user, case_id)[0]


def access_referral_by_id(user, referral_id) -> Referral:
    """A referral for a member of the partner organization it was sent to; Http404 otherwise."""
    referral_id = _as_id(referral_id)
    referral = Referral.objects.select_related("case", "partner", "case__organization").filter(pk=referral_id).first()
    if referral is None:
        raise Http404
    workspace = workspace_for(user, referral.partner)
    if workspace is None or not workspace.can(Capability.VIEW_REFERRED_CASES) or not workspace.roles:
        raise Http404
    return referral


def case_for_receipt(receipt: str) -> Case | None:
    """The case a reporter's receipt opens, or None (for a malformed or unknown receipt alike)."""
    digest = receipt_digest(receipt)
    if digest is None:
        return None
    return Case.objects.filter(receipt_digest=digest).first()


def intake_organization() -> Organization | None:
    """Where public reports go: the configured unit, or the first metropolitan municipality on the platform."""
    organizations = Organization.objects.on_platform()
    if settings.INCIDENTS_INTAKE_ORGANIZATION:
        return organizations.filter(slug=settings.INCIDENTS_INTAKE_ORGANIZATION).first()
    return organizations.filter(kind=OrganizationKind.METROPOLITAN_MUNICIPALITY).order_by("pk").first()
