"""The plans module's open dataset (see core/opendata.py): adopted, in-force and closed equality action plans,
as their public page and its JSON download show them (`exports.plan_json`): objectives, actions with milestones
and budget lines, indicators with their values. Drafts never appear, nor do equality reviews, coordination visits
or notes waiting for moderation. Models are imported inside the function: the manifest imports this file."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from birarada.core.modules import Dataset, DatasetField, OpenFilters
from birarada.core.opendata import QuerySetRows, public_url, with_city


def plan_rows(filters: OpenFilters) -> QuerySetRows:
    from birarada.plans.access import with_parts
    from birarada.plans.models import Plan

    found = with_city(Plan.objects.public(), "organization__city", filters.city)
    # A plan covers whole years: it overlaps the period when its first year is not after the period's last
    # and its last year is not before the period's first.
    if filters.since:
        found = found.filter(end_year__gte=filters.since.year)
    if filters.until:
        found = found.filter(start_year__lte=filters.until.year)
    return QuerySetRows(with_parts(found).order_by("organization__name", "-start_year", "pk"), _plan)


def _plan(plan: Any) -> dict[str, Any]:
    from django.utils import timezone

    from birarada.plans.exports import plan_json
    from birarada.plans.progress import view_of

    row = plan_json(view_of(plan, timezone.localdate()))
    return {
        "organization": row.pop("organization"),
        "organization_name": plan.organization.name,
        "city": plan.organization.city,
        **row,
        "url": public_url("plans:public_plan", plan.organization.slug, plan.slug),
    }


PLANS = Dataset(
    key="plans",
    title=_("Equality action plans"),
    description=_("Local equality action plans adopted by municipal assemblies (adopted, in force or closed; "
                  "never drafts), with their objectives, actions, milestones, budgets by year and indicators, as "
                  "the plan's public page shows them. since and until keep the plans whose years overlap that "
                  "period."),
    rows="birarada.plans.datasets.plan_rows",
    fields=(
        DatasetField("organization", "string", _("Slug of the organization whose plan it is.")),
        DatasetField("organization_name", "string", _("Name of the organization whose plan it is.")),
        DatasetField("city", "string", _("City of the organization.")),
        DatasetField("plan", "string", _("Short name of the plan in addresses (unique within the organization).")),
        DatasetField("title", "string", _("Title.")),
        DatasetField("vision", "string", _("Vision.")),
        DatasetField("period", "array", _("First and last year.")),
        DatasetField("status", "string", _("adopted, in_force or closed.")),
        DatasetField("currency", "string", _("Currency of the budget amounts (ISO 4217).")),
        DatasetField("decision", "object", _("The municipal assembly's decision: number and date.")),
        DatasetField("grounds", "array", _("Grounds of discrimination covered (codes).")),
        DatasetField("sdg_targets", "array", _("Sustainable Development Goal targets it serves.")),
        DatasetField("strategic_plan_refs", "string", _("Goals and targets of the strategic plan it implements.")),
        DatasetField("progress_percent", "integer", _("Progress of the whole plan, in percent.")),
        DatasetField("weighting", "string", _("How progress is weighted: budget or weight.")),
        DatasetField("objectives", "array", _("Objectives, each with its code, title, progress and actions; each "
                                              "action with its status, progress, owner, dates, grounds, areas, "
                                              "milestones and budget lines (year, source, code, allocated, "
                                              "revised, spent; amounts as decimal text).")),
        DatasetField("indicators", "array", _("Indicators with their unit, direction, baseline, target and "
                                              "measured values.")),
        DatasetField("url", "string", _("Its public page.")),
    ),
)

DATASETS = (PLANS,)
