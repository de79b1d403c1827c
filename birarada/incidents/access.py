"""The only ways to reach a case, a referral or a reporter's case. Missing and forbidden both raise Http404.

One shape for every module: `access_<thing>_by_id(user, org_slug, id) -> (thing, workspace)` for one object,
`<things>_visible_to(workspace)` for lists. Case files are for the unit's own staff: oversight from a
metropolitan unit shows statistics, never a district's case files.
"""

from django.conf import settings
from django.db.models import QuerySet

from birarada.core.access import Capability, Workspace, access_workspace_by_slug, object_in
from birarada.core.collation import sorted_turkish
from birarada.core.lookups import remembered
from birarada.core.models import Organization, OrganizationKind
from birarada.core.types import AnyUser
from birarada.incidents.models import Case, Evidence, PublicStatistics, Referral
from birarada.incidents.module import HANDLE_CASES, VIEW_REFERRED_CASES
from birarada.incidents.receipts import receipt_digest


def cases_visible_to(workspace: Workspace) -> QuerySet[Case]:
    """The cases of the workspace's unit, for its own staff who handle cases."""
    workspace.require(HANDLE_CASES).require_member()
    return Case.objects.filter(organization=workspace.organization)


def access_case_by_id(user: AnyUser, slug: str, case_id: object) -> tuple[Case, Workspace]:
    """A case of unit `slug` and the unit's workspace, for a member who handles cases; Http404 otherwise."""
    workspace = access_workspace_by_slug(user, slug, HANDLE_CASES, member=True)
    case = object_in(workspace, Case.objects.select_related("organization", "assigned_to"), case_id)
    return case, workspace


def access_evidence_by_id(user: AnyUser, slug: str, case_id: object, evidence_id: object
                          ) -> tuple[Evidence, Workspace]:
    """One evidence file of a case of unit `slug`; Http404 otherwise."""
    case, workspace = access_case_by_id(user, slug, case_id)
    return object_in(workspace, Evidence.objects.filter(case=case).select_related("case"), evidence_id,
                     via="case__organization"), workspace


def referrals_visible_to(workspace: Workspace) -> QuerySet[Referral]:
    """The referrals sent to the workspace's organization, for its own members."""
    workspace.require(VIEW_REFERRED_CASES).require_member()
    return Referral.objects.filter(partner=workspace.organization)


def access_referral_by_id(user: AnyUser, slug: str, referral_id: object) -> tuple[Referral, Workspace]:
    """A referral sent to organization `slug`, for a member of it; Http404 otherwise."""
    workspace = access_workspace_by_slug(user, slug, VIEW_REFERRED_CASES, member=True)
    referral = object_in(workspace, Referral.objects.select_related("case", "partner", "case__organization"),
                         referral_id, via="partner")
    return referral, workspace


def case_for_receipt(receipt: str) -> Case | None:
    """The case a reporter's receipt opens, or None (for a malformed or unknown receipt alike)."""
    digest = receipt_digest(receipt)
    if digest is None:
        return None
    return Case.objects.filter(receipt_digest=digest).first()


def reporter_case(case_id: object) -> Case | None:
    """The case a reporter opened with their receipt earlier in this session (its id kept in the session
    by the status page after the receipt matched); None when there is none or it is gone."""
    if not isinstance(case_id, int):
        return None
    return Case.objects.filter(pk=case_id).first()


def intake_organization(city: str = "") -> Organization | None:
    """Where public reports go. `city`, the slug of a metropolitan municipality on the platform (a city's page
    links to the form with it), when there is one; otherwise the configured unit, or the first metropolitan
    municipality on the platform."""
    return remembered("intake", lambda: _intake_organization(city), city, settings.INCIDENTS_INTAKE_ORGANIZATION)


def _intake_organization(city: str) -> Organization | None:
    organizations = Organization.objects.on_platform()
    if city:
        chosen = city_intake(city)
        if chosen is not None:
            return chosen
    if settings.INCIDENTS_INTAKE_ORGANIZATION:
        return organizations.filter(slug=settings.INCIDENTS_INTAKE_ORGANIZATION).first()
    return organizations.filter(kind=OrganizationKind.METROPOLITAN_MUNICIPALITY).order_by("pk").first()


def city_intake(slug: str) -> Organization | None:
    """The metropolitan municipality `slug` on the platform that receives its residents' reports, or None."""
    return Organization.objects.on_platform().filter(
        slug=str(slug)[:60], kind=OrganizationKind.METROPOLITAN_MUNICIPALITY).first()


def district_names(intake: Organization) -> list[str] | None:
    """The districts a report to `intake` may name: those its desks serve, for a city other than the configured
    one (whose list is INCIDENTS_DISTRICTS); None for the configured list."""
    if intake == intake_organization():
        return None
    return sorted_turkish({d for d in Organization.objects.on_platform().filter(
        pk__in=intake.descendant_ids()).values_list("district", flat=True) if d}, key=str)


def cases_counted_for(workspace: Workspace, *, include_units: bool) -> QuerySet[Case]:
    """The cases the workspace's statistics count: its own, and with `include_units` those of the units below
    (which oversight may count but not open)."""
    workspace.require(Capability.VIEW_STATISTICS)
    scope = {workspace.organization.pk}
    if include_units and workspace.can(Capability.VIEW_SUBUNITS):
        scope |= workspace.organization.descendant_ids()
    return Case.objects.filter(organization__in=scope)


def public_statistics_of(organization: Organization) -> PublicStatistics | None:
    """The latest published figures of the unit (aggregates only, suppressed), or None before the first."""
    return PublicStatistics.objects.filter(organization=organization).first()


def route_report(intake: Organization, district: str) -> Organization:
    """Who receives a report: the desk below the intake unit that serves `district`, when routing is on and such
    a desk uses the platform; the intake unit otherwise."""
    if not settings.INCIDENTS_ROUTE_BY_DISTRICT or not district:
        return intake

    def desk_or_intake() -> Organization:
        desk = (Organization.objects.on_platform().filter(pk__in=intake.descendant_ids(), district=district)
                .order_by("pk").first())
        return desk or intake

    return remembered("route", desk_or_intake, intake.pk, district)


def transfer_destinations(case: Case) -> list[Organization]:
    """Where a case may be transferred: the units below its organization and the one above, on the platform."""
    organization = case.organization
    ids = organization.descendant_ids() | ({organization.parent_id} if organization.parent_id else set())
    return sorted_turkish(Organization.objects.on_platform().filter(pk__in=ids), key=lambda o: o.name)
