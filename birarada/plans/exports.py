"""A plan as open data: CSV (one row per action and budget year) and JSON (the whole plan)."""

from __future__ import annotations

from birarada.plans.models import BudgetLine
from birarada.plans.progress import PlanView


def plan_json(view: PlanView) -> dict:
    plan = view.plan
    return {
        "organization": plan.organization.slug, "plan": plan.slug, "title": plan.title, "vision": plan.vision,
        "period": [plan.start_year, plan.end_year], "status": plan.status, "currency": plan.currency,
        "decision": {"number": plan.decision_number,
                     "date": plan.decision_date.isoformat() if plan.decision_date else None},
        "grounds": plan.grounds, "sdg_targets": plan.sdg_targets, "strategic_plan_refs": plan.strategic_plan_refs,
        "progress_percent": view.progress, "weighting": plan.weighting,
        "objectives": [{
            "code": o.objective.code, "title": o.objective.title, "progress_percent": o.progress,
            "actions": [{
                "code": a.action.code, "title": a.action.title, "status": a.action.status,
                "progress_percent": a.progress, "owner": _owner(a.action),
                "start": a.action.starts_on.isoformat() if a.action.starts_on else None,
                "end": a.action.ends_on.isoformat() if a.action.ends_on else None,
                "grounds": a.action.grounds, "areas": a.action.areas,
                "milestones": [{"title": m.title, "due": m.due_on.isoformat(),
                                "done": m.done_on.isoformat() if m.done_on else None}
                               for m in a.action.milestones.all()],
                "budget": [{"year": b.year, "source": b.source, "code": b.budget_code, "allocated": str(b.allocated),
                            "revised": str(b.revised) if b.revised is not None else None, "spent": str(b.spent)}
                           for b in a.action.budget_lines.all()],
            } for a in o.actions],
        } for o in view.objectives],
        "indicators": [{
            "name": s.indicator.name, "unit": s.indicator.unit, "direction": s.indicator.direction,
            "computed_by": s.indicator.computed_key or None,
            "baseline": str(s.indicator.baseline) if s.indicator.baseline is not None else None,
            "target": str(s.indicator.target) if s.indicator.target is not None else None,
            "values": [{"date": v.measured_on.isoformat(), "value": str(v.value), "ground": v.ground or None,
                        "source": v.source} for v in s.values],
        } for s in view.indicators],
    }


def _owner(action) -> str:
    if action.owner_directorate_id:
        return action.owner_directorate.name
    if action.owner_partner_id:
        return action.owner_partner.name
    return action.objective.plan.organization.name


CSV_HEADER = ["objective", "action", "title", "status", "progress_percent", "owner", "year", "source",
              "budget_code", "allocated", "revised", "spent"]


def plan_csv_rows(view: PlanView):
    for o in view.objectives:
        for a in o.actions:
            lines: list[BudgetLine | None] = list(a.action.budget_lines.all()) or [None]
            for line in lines:
                yield [o.objective.code, a.action.code, a.action.title, a.action.status, a.progress, _owner(a.action),
                       line.year if line else "", line.source if line else "", line.budget_code if line else "",
                       line.allocated if line else "", line.revised if line and line.revised is not None else "",
                       line.spent if line else ""]
