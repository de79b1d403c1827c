"""Progress and budget figures of a plan, computed in memory from a plan loaded with all its parts (see
`access.plan_with_parts`): no query per action, so a plan page costs the same with 5 actions or 500."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from birarada.plans.choices import ActionStatus, Weighting
from birarada.plans.models import Action, Indicator, Objective, Plan


def action_progress(action: Action) -> int:
    """0–100: the manual figure if given, else the share of milestones done; a done action is 100."""
    if action.status == ActionStatus.DONE:
        return 100
    if action.manual_progress is not None:
        return int(action.manual_progress)
    milestones = list(action.milestones.all())
    if not milestones:
        return 0
    return round(100 * sum(1 for m in milestones if m.done_on) / len(milestones))


def allocated(action: Action) -> Decimal:
    return sum((line.available for line in action.budget_lines.all()), Decimal(0))


def spent(action: Action) -> Decimal:
    return sum((line.spent for line in action.budget_lines.all()), Decimal(0))


def _weighted(pairs: list[tuple[int, Decimal]]) -> int:
    """Mean of (progress, weight) pairs; a plain mean when every weight is zero."""
    if not pairs:
        return 0
    total = sum((w for _p, w in pairs), Decimal(0))
    if total <= 0:
        return round(sum(p for p, _w in pairs) / len(pairs))
    return round(sum(Decimal(p) * w for p, w in pairs) / total)


def _counted(actions: list[Action]) -> list[Action]:
    return [a for a in actions if a.status != ActionStatus.DROPPED]


def objective_progress(objective: Objective, weighting: str) -> int:
    actions = _counted(list(objective.actions.all()))
    weight = allocated if weighting == Weighting.BUDGET else (lambda a: a.weight)
    return _weighted([(action_progress(a), weight(a)) for a in actions])


def plan_progress(plan: Plan) -> int:
    objectives = list(plan.objectives.all())
    if plan.weighting == Weighting.BUDGET:
        pairs = [(objective_progress(o, plan.weighting),
                  sum((allocated(a) for a in _counted(list(o.actions.all()))), Decimal(0))) for o in objectives]
    else:
        pairs = [(objective_progress(o, plan.weighting), o.weight) for o in objectives]
    return _weighted(pairs)


@dataclass
class YearBudget:
    year: int
    allocated: Decimal = Decimal(0)
    spent: Decimal = Decimal(0)

    @property
    def execution(self) -> int | None:
        return round(100 * self.spent / self.allocated) if self.allocated else None


@dataclass
class IndicatorState:
    indicator: Indicator
    values: list = field(default_factory=list)

    @property
    def latest(self):
        """The latest value for all grounds together (values for one ground are a breakdown of it)."""
        overall = [v for v in self.values if not v.ground]
        return overall[-1] if overall else None

    @property
    def on_track(self) -> bool | None:
        """Whether the latest value is at least as good as the baseline, in the indicator's direction."""
        latest, baseline = self.latest, self.indicator.baseline
        if latest is None or baseline is None:
            return None
        better = latest.value >= baseline if self.indicator.direction == "up" else latest.value <= baseline
        return bool(better)


def budget_by_year(plan: Plan) -> list[YearBudget]:
    years = {year: YearBudget(year) for year in plan.years}
    for objective in plan.objectives.all():
        for action in objective.actions.all():
            for line in action.budget_lines.all():
                bucket = years.setdefault(line.year, YearBudget(line.year))
                bucket.allocated += line.available
                bucket.spent += line.spent
    return [years[y] for y in sorted(years)]


def late_actions(plan: Plan, today: date) -> list[Action]:
    return [a for o in plan.objectives.all() for a in o.actions.all()
            if a.status == ActionStatus.LATE or (a.ends_on and a.ends_on < today
                                                 and a.status not in (ActionStatus.DONE, ActionStatus.DROPPED))]


@dataclass
class ActionView:
    action: Action
    progress: int
    allocated: Decimal
    spent: Decimal

    @property
    def overspent(self) -> bool:
        return self.spent > self.allocated


@dataclass
class ObjectiveView:
    objective: Objective
    progress: int
    actions: list[ActionView]
    indicators: list[IndicatorState]


@dataclass
class PlanView:
    """What a plan page shows, computed once."""

    plan: Plan
    progress: int
    objectives: list[ObjectiveView]
    budget: list[YearBudget]
    indicators: list[IndicatorState]
    late: list[Action]

    @property
    def actions(self) -> list[Action]:
        return [a.action for o in self.objectives for a in o.actions]

    @property
    def total_allocated(self) -> Decimal:
        return sum((y.allocated for y in self.budget), Decimal(0))

    @property
    def total_spent(self) -> Decimal:
        return sum((y.spent for y in self.budget), Decimal(0))


def view_of(plan: Plan, today: date) -> PlanView:
    states = [IndicatorState(i, list(i.values.all())) for i in plan.indicators.all()]
    objectives = []
    for objective in plan.objectives.all():
        actions = [ActionView(a, action_progress(a), allocated(a), spent(a)) for a in objective.actions.all()]
        action_ids = {a.action.pk for a in actions}
        mine = [s for s in states if s.indicator.objective_id == objective.pk or s.indicator.action_id in action_ids]
        objectives.append(ObjectiveView(objective, objective_progress(objective, plan.weighting), actions, mine))
    return PlanView(plan, plan_progress(plan), objectives, budget_by_year(plan), states, late_actions(plan, today))


# ---- many plans at once, from aggregates ----------------------------------------------------------------------
# Lists and the coordinator's comparison page show, for each plan, only its totals. They are computed from a few
# aggregate queries (one row per action and per indicator) with the same rules as above, instead of loading every
# milestone, budget line and measured value of every plan.


@dataclass
class PlanSummary:
    plan: Plan
    progress: int
    allocated: Decimal
    spent: Decimal
    late: int
    off_target: int

    @property
    def execution(self) -> int | None:
        return round(100 * self.spent / self.allocated) if self.allocated else None


def summaries(plans: list[Plan], today: date) -> list[PlanSummary]:
    from django.db.models import Count, DecimalField, OuterRef, Subquery, Sum, Value
    from django.db.models.functions import Coalesce

    from birarada.plans.models import BudgetLine, IndicatorValue, Milestone

    ids = [p.pk for p in plans]
    zero = Value(Decimal(0), output_field=DecimalField(max_digits=16, decimal_places=2))

    def total(expression, **filters):
        return Coalesce(Subquery(BudgetLine.objects.filter(action=OuterRef("pk"), **filters).values("action")
                                 .annotate(s=Sum(expression)).values("s")[:1]), zero)

    def milestones(**filters):
        return Coalesce(Subquery(Milestone.objects.filter(action=OuterRef("pk"), **filters).values("action")
                                 .annotate(n=Count("pk")).values("n")[:1]), 0)

    rows = (Action.objects.filter(objective__plan__in=ids)
            .annotate(available=total(Coalesce("revised", "allocated")), spent_total=total("spent"),
                      milestones_all=milestones(), milestones_done=milestones(done_on__isnull=False))
            .values("pk", "objective_id", "objective__plan_id", "objective__weight", "status", "manual_progress",
                    "weight", "ends_on", "available", "spent_total", "milestones_all", "milestones_done"))
    latest = IndicatorValue.objects.filter(indicator=OuterRef("pk"), ground="").order_by("-measured_on", "-pk")
    indicators = (Indicator.objects.filter(plan__in=ids, baseline__isnull=False)
                  .annotate(latest=Subquery(latest.values("value")[:1]))
                  .filter(latest__isnull=False).values("plan_id", "direction", "baseline", "latest"))
    objective_weights = dict(Objective.objects.filter(plan__in=ids).values_list("pk", "weight"))
    by_plan: dict[int, dict[int, list[dict]]] = {pk: {} for pk in ids}
    for objective_pk, plan_pk in Objective.objects.filter(plan__in=ids).values_list("pk", "plan_id"):
        by_plan[plan_pk].setdefault(objective_pk, [])
    for row in rows:
        by_plan[row["objective__plan_id"]].setdefault(row["objective_id"], []).append(row)
    worse: Counter[int] = Counter()
    for row in indicators:
        bad = row["latest"] < row["baseline"] if row["direction"] == "up" else row["latest"] > row["baseline"]
        worse[row["plan_id"]] += int(bad)

    def progress_of(row) -> int:
        if row["status"] == ActionStatus.DONE:
            return 100
        if row["manual_progress"] is not None:
            return int(row["manual_progress"])
        return round(100 * row["milestones_done"] / row["milestones_all"]) if row["milestones_all"] else 0

    found = []
    for plan in plans:
        objective_pairs, allocated_total, spent_total, late = [], Decimal(0), Decimal(0), 0
        for objective_pk, actions in by_plan[plan.pk].items():
            counted = [r for r in actions if r["status"] != ActionStatus.DROPPED]
            weight_of = (lambda r: r["available"]) if plan.weighting == Weighting.BUDGET else (lambda r: r["weight"])
            objective_progress_ = _weighted([(progress_of(r), weight_of(r)) for r in counted])
            budget = sum((r["available"] for r in counted), Decimal(0))
            objective_pairs.append((objective_progress_, budget if plan.weighting == Weighting.BUDGET
                                    else objective_weights[objective_pk]))
            allocated_total += sum((r["available"] for r in actions), Decimal(0))
            spent_total += sum((r["spent_total"] for r in actions), Decimal(0))
            late += sum(1 for r in actions if r["status"] == ActionStatus.LATE or (
                r["ends_on"] and r["ends_on"] < today and r["status"] not in (ActionStatus.DONE, ActionStatus.DROPPED)))
        found.append(PlanSummary(plan, _weighted(objective_pairs), allocated_total, spent_total, late,
                                 worse[plan.pk]))
    return found
