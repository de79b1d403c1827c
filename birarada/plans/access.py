"""The only ways to reach plans. Staff: `access_plan_by_id(user, org_slug, id) -> (plan, workspace)` and
`plans_visible_to(workspace)`; the public: adopted plans only, through `public_plan`. Missing and forbidden
both raise Http404."""

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from birarada.core.access import Workspace, access_workspace_by_slug, object_in
from birarada.core.types import AnyUser
from birarada.plans.models import Action, Indicator, IndicatorValue, Objective, Plan
from birarada.plans.module import EDIT_PLANS, VIEW_PLANS


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
        Prefetch("indicators", queryset=Indicator.objects.order_by("pk")),
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
