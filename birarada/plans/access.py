"""The only ways to reach plans. Staff: `access_plan_by_id(user, org_slug, id) -> (plan, workspace)` and
`plans_visible_to(workspace)`; the public: adopted plans only, through `public_plan`. Missing and forbidden
both raise Http404."""

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from birarada.core.access import Capability, Workspace, access_workspace_by_slug, as_id, object_in
from birarada.core.types import AnyUser
from birarada.plans.choices import NoteStatus, PlanStatus
from birarada.plans.models import (
    Action,
    CoordinationVisit,
    EqualityReview,
    Indicator,
    IndicatorValue,
    MonitoringNote,
    Objective,
    Plan,
    PlanVersion,
)
from birarada.plans.module import EDIT_PLANS, MODERATE_PLAN_NOTES, VIEW_PLANS, WRITE_PLAN_NOTES


def plans_visible_to(workspace: Workspace) -> QuerySet[Plan]:
    workspace.require(VIEW_PLANS)
    return Plan.objects.filter(organization=workspace.organization)


def with_parts(plans: QuerySet[Plan]) -> QuerySet[Plan]:
    """Everything a plan page shows, in a fixed number of queries whatever the number of actions."""
    return plans.select_related("organization").prefetch_related(
        Prefetch("objectives", queryset=Objective.objects.order_by("code", "pk")),
        Prefetch("objectives__actions",
                 queryset=Action.objects.select_related("owner_directorate", "owner_partner").order_by("code", "pk")),
        "objectives__actions__milestones",
        "objectives__actions__budget_lines",
        Prefetch("objectives__actions__notes",
                 queryset=MonitoringNote.objects.filter(status=NoteStatus.PUBLISHED).select_related(
                     "author_organization"), to_attr="published_notes"),
        Prefetch("indicators", queryset=Indicator.objects.order_by("pk")),
        Prefetch("versions", queryset=PlanVersion.objects.defer("snapshot")),
        Prefetch("indicators__values", queryset=IndicatorValue.objects.order_by("measured_on", "pk")),
    )


def access_plan_by_id(user: AnyUser, slug: str, plan_id: object, *, edit: bool = False) -> tuple[Plan, Workspace]:
    """A plan of organization `slug`, with all its parts; `edit=True` for its own editors only."""
    workspace = access_workspace_by_slug(user, slug, EDIT_PLANS if edit else VIEW_PLANS, member=edit)
    return object_in(workspace, with_parts(Plan.objects.all()), plan_id), workspace


def public_plans() -> QuerySet[Plan]:
    return Plan.objects.public().select_related("organization").order_by("organization__name", "-start_year")


def public_plan(organization_slug: str, plan_slug: str) -> Plan:
    plan = with_parts(Plan.objects.public()).filter(organization__slug=organization_slug, slug=plan_slug).first()
    if plan is None:
        raise Http404
    return plan


def reviews_visible_to(workspace: Workspace) -> QuerySet[EqualityReview]:
    workspace.require(VIEW_PLANS)
    return EqualityReview.objects.filter(organization=workspace.organization).select_related("directorate")


def access_review_by_id(user: AnyUser, slug: str, review_id: object, *, edit: bool = False
                        ) -> tuple[EqualityReview, Workspace]:
    workspace = access_workspace_by_slug(user, slug, EDIT_PLANS if edit else VIEW_PLANS, member=edit)
    review = object_in(workspace, EqualityReview.objects.select_related("directorate").prefetch_related(
        "recommendations"), review_id)
    return review, workspace


def notes_to_moderate(workspace: Workspace) -> QuerySet[MonitoringNote]:
    """Notes on the actions of the workspace's plans, waiting ones first."""
    workspace.require(MODERATE_PLAN_NOTES).require_member()
    return MonitoringNote.objects.filter(action__objective__plan__organization=workspace.organization).select_related(
        "action", "action__objective__plan", "author_organization").order_by("status", "-created_at")


def access_note_by_id(user: AnyUser, slug: str, note_id: object) -> tuple[MonitoringNote, Workspace]:
    workspace = access_workspace_by_slug(user, slug, MODERATE_PLAN_NOTES, member=True)
    note = object_in(workspace, MonitoringNote.objects.select_related("action__objective__plan"), note_id,
                     via="action__objective__plan__organization")
    return note, workspace


def note_writer_workspace(user: AnyUser, slug: str) -> Workspace:
    """The workspace of a partner organization whose member writes notes on public plans."""
    return access_workspace_by_slug(user, slug, WRITE_PLAN_NOTES, member=True)


def public_action_by_id(action_id: object) -> Action:
    """An action of an adopted (public) plan, for a partner's note."""
    action = Action.objects.select_related("objective__plan__organization").filter(
        pk=as_id(action_id), objective__plan__status__in=PlanStatus.public_values()).first()
    if action is None:
        raise Http404
    return action


def district_plans_visible_to(workspace: Workspace) -> QuerySet[Plan]:
    """The plans of every unit below a metropolitan unit, for its coordinators (who may look, not change)."""
    workspace.require(VIEW_PLANS).require(Capability.VIEW_SUBUNITS)
    return Plan.objects.filter(organization__in=workspace.organization.descendant_ids()).select_related(
        "organization").order_by("organization__name", "-start_year")


def visits_visible_to(workspace: Workspace) -> QuerySet[CoordinationVisit]:
    workspace.require(VIEW_PLANS).require(Capability.VIEW_SUBUNITS)
    return CoordinationVisit.objects.filter(organization=workspace.organization).select_related("desk")


def public_plan_version(organization_slug: str, plan_slug: str, version_id: object) -> PlanVersion:
    plan = public_plan(organization_slug, plan_slug)
    version = PlanVersion.objects.filter(plan=plan, pk=as_id(version_id)).first()
    if version is None:
        raise Http404
    return version


def open_objectives_of(workspace: Workspace) -> list[Objective]:
    """Objectives of the organization's plans that are not closed, where its own plan editors may add an action
    (other modules offer them: a needs-assessment recommendation becomes an action); empty for anyone else."""
    if not (workspace.can(EDIT_PLANS) and workspace.is_member):
        return []
    return list(Objective.objects.filter(plan__organization=workspace.organization).exclude(
        plan__status=PlanStatus.CLOSED).select_related("plan").order_by("plan__start_year", "plan__pk", "code", "pk"))
