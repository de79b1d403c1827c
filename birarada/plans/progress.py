"""Progress and budget figures of a plan, computed in memory from a plan loaded with all its parts (see
`access.plan_with_parts`): no query per action, so a plan page costs the same with 5 actions or 500."""

from __future__ import annotations

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
        return self.values[-1] if self.values else None

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
