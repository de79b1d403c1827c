"""The plans module's manifest: what it adds to the platform (see birarada/core/modules.py)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from birarada.core.models import Role
from birarada.core.modules import CapabilityGrant, Manifest, PeriodicTask, PublicEntry, WorkspaceEntry

EDIT_PLANS = "edit_plans"
VIEW_PLANS = "view_plans"

MANIFEST = Manifest(
    label="plans",
    summary=_("The unit turns equality goals into a plan with budgets and indicators, and shows its progress in "
              "public so civil society can follow it."),
    capabilities=(
        CapabilityGrant(EDIT_PLANS, frozenset({Role.COORDINATOR})),
        CapabilityGrant(VIEW_PLANS, frozenset({Role.COORDINATOR, Role.CASE_WORKER, Role.MODERATOR,
                                               Role.COMMUNICATIONS, Role.VIEWER, Role.PARTNER}), oversight=True),
    ),
    urls="birarada.plans.urls",
    workspace_entries=(
        WorkspaceEntry(VIEW_PLANS, "plans:plans", _("Equality action plans"),
                       _("Objectives, actions, budgets and indicators; adopt and publish the plan."), order=40),
    ),
    public_entries=(
        PublicEntry("plans:public_plans", _("Equality action plans"),
                    _("What the city promised for equality, with budgets and measured progress."), order=40),
    ),
    demo_loader="birarada.plans.demo.load_demo_plans",
    periodic_tasks=(PeriodicTask("birarada.plans.tasks.recompute_indicators", timedelta(days=1)),),
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
    ),
)
