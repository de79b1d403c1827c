"""The plans module's manifest: what it adds to the platform (see birarada/core/modules.py)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from birarada.core.models import Role
from birarada.core.modules import (
    CapabilityGrant,
    CitySection,
    Indicator,
    Manifest,
    PeriodicTask,
    PublicEntry,
    WorkspaceEntry,
)

EDIT_PLANS = "edit_plans"
VIEW_PLANS = "view_plans"
WRITE_PLAN_NOTES = "write_plan_notes"  # civil society: observations on the actions of public plans
MODERATE_PLAN_NOTES = "moderate_plan_notes"

MANIFEST = Manifest(
    label="plans",
    open_data="birarada.plans.datasets.DATASETS",
    summary=_("The unit turns equality goals into a plan with budgets and indicators, and shows its progress in "
              "public so civil society can follow it."),
    capabilities=(
        CapabilityGrant(EDIT_PLANS, frozenset({Role.COORDINATOR})),
        CapabilityGrant(VIEW_PLANS, frozenset({Role.COORDINATOR, Role.CASE_WORKER, Role.MODERATOR,
                                               Role.COMMUNICATIONS, Role.VIEWER, Role.PARTNER}), oversight=True),
        CapabilityGrant(WRITE_PLAN_NOTES, frozenset({Role.PARTNER})),
        CapabilityGrant(MODERATE_PLAN_NOTES, frozenset({Role.COORDINATOR, Role.MODERATOR})),
    ),
    urls="birarada.plans.urls",
    city_sections=(
        CitySection(_("Equality action plans"), "birarada.plans.city.current_plans", order=30),
    ),
    workspace_entries=(
        WorkspaceEntry(VIEW_PLANS, "plans:plans", _("Equality action plans"),
                       _("Objectives, actions, budgets and indicators; adopt and publish the plan."), order=40),
        WorkspaceEntry(VIEW_PLANS, "plans:reviews", _("Equality reviews"),
                       _("Other directorates' projects and decisions reviewed for equality; recommendations "
                         "followed up."), order=41),
        WorkspaceEntry(MODERATE_PLAN_NOTES, "plans:notes", _("Civil-society notes"),
                       _("Observations of partner organizations on the plan's actions, to publish and answer."),
                       order=42),
        WorkspaceEntry(WRITE_PLAN_NOTES, "plans:write_note", _("Follow an equality plan"),
                       _("Write an observation on an action of an adopted plan."), order=43),
    ),
    public_entries=(
        PublicEntry("plans:public_plans", _("Equality action plans"),
                    _("What the city promised for equality, with budgets and measured progress."), order=40),
    ),
    demo_loader="birarada.plans.demo.load_demo_plans",
    periodic_tasks=(PeriodicTask("birarada.plans.tasks.recompute_indicators", timedelta(days=1)),),
    indicators=(
        Indicator("plans.reviews_completed", _("Equality reviews completed"), "count",
                  "birarada.plans.indicators.reviews_completed"),
        Indicator("plans.recommendations_adopted", _("Share of review recommendations adopted"), "percent",
                  "birarada.plans.indicators.recommendations_adopted"),
    ),
    confidential_models=("plans.EqualityReview", "plans.Recommendation", "plans.MonitoringNote",
                         "plans.CoordinationVisit"),
    audit_verbs=(
        ("plan.create", _("Plan created")),
        ("plan.update", _("Plan changed")),
        ("plan.status", _("Plan status changed")),
        ("plan.objective_add", _("Objective added")),
        ("plan.action_add", _("Action added")),
        ("plan.action_update", _("Action updated")),
        ("plan.milestone_add", _("Milestone added")),
        ("plan.milestone_done", _("Milestone reached")),
        ("plan.budget_set", _("Budget line set")),
        ("plan.indicator_add", _("Indicator added")),
        ("plan.value_record", _("Indicator value recorded")),
        ("plan.values_compute", _("Computed indicators measured")),
        ("plan.directorate_add", _("Directorate added")),
        ("plan.note_add", _("Civil-society note received")),
        ("plan.note_moderate", _("Civil-society note moderated")),
        ("plan.start_next", _("Next plan started from this one")),
        ("plan.coordination_visit", _("Visit to a district desk recorded")),
        ("review.log", _("Equality review requested")),
        ("review.opinion", _("Equality review opinion given")),
        ("review.follow_up", _("Recommendation followed up")),
    ),
)
