"""Every change to a plan: one transaction, one audit row, plain values in."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.core.actions import record_audit
from birarada.core.engine import analyzer
from birarada.core.models import Organization
from birarada.core.modules import indicators as registered_indicators
from birarada.core.types import Actor
from birarada.core.vocabulary import Area, Ground
from birarada.plans.choices import PLAN_TRANSITIONS, ActionStatus, NoteStatus, Opinion, OwnerKind, PlanStatus
from birarada.plans.models import (
    Action,
    BudgetLine,
    CoordinationVisit,
    Directorate,
    EqualityReview,
    Indicator,
    IndicatorValue,
    Milestone,
    MonitoringNote,
    Objective,
    Plan,
    PlanVersion,
    Recommendation,
)

PLAN_FIELDS = ("title", "vision", "start_year", "end_year", "grounds", "strategic_plan_refs", "sdg_targets",
               "weighting", "currency")


class PlanError(ValueError):
    """A change the plan does not allow, with a message a person can act on."""


def _plain(values: dict) -> dict:
    return {k: (str(v) if isinstance(v, (Decimal, date)) else v) for k, v in values.items()}


def _check_known(values, allowed, what: str) -> list[str]:
    unknown = set(values) - set(allowed)
    if unknown:
        raise PlanError(f"Unknown {what}: {', '.join(sorted(unknown))}")
    return list(values)


def keep_version(plan: Plan, reason: str) -> PlanVersion | None:
    """Before a change to an adopted plan's content (objectives, actions, allocations, indicators), keep the
    plan as it was and why it changes. Drafts change freely. A change made of many steps (an import) keeps one
    version first and passes `versioned=True` to the actions it calls."""
    if not plan.is_public:
        return None
    if not reason.strip():
        raise PlanError(_("The plan was adopted: say why it changes (the earlier version is kept and shown)."))
    from birarada.plans.access import with_parts
    from birarada.plans.exports import plan_json
    from birarada.plans.progress import view_of

    loaded = with_parts(Plan.objects.filter(pk=plan.pk)).get()
    return PlanVersion.objects.create(plan=plan, reason=reason.strip()[:500],
                                      snapshot=plan_json(view_of(loaded, timezone.localdate())))


@transaction.atomic
def do_create_plan(organization: Organization, *, slug: str, actor: Actor, **fields) -> Plan:
    fields["grounds"] = _check_known(fields.get("grounds", []), Ground.values, "grounds")
    plan = Plan(organization=organization, slug=slug, **{k: v for k, v in fields.items() if k in PLAN_FIELDS})
    if plan.end_year < plan.start_year:
        raise PlanError(_("The last year comes before the first."))
    plan.full_clean()
    plan.save()
    record_audit(actor=actor, verb="plan.create", organization=organization, target=plan,
                 changes=_plain({"slug": slug, **{k: v for k, v in fields.items() if k in PLAN_FIELDS}}))
    return plan


@transaction.atomic
def do_change_plan_status(plan: Plan, status: str, *, actor: Actor, decision_number: str = "",
                          decision_date: date | None = None) -> Plan:
    """Draft → adopted (with the assembly's decision number and date) → in force → closed."""
    if status not in PLAN_TRANSITIONS[plan.status]:
        labels = dict(PlanStatus.choices)
        raise PlanError(_("A plan cannot go from %(before)s to %(after)s.")
                        % {"before": labels.get(plan.status, plan.status), "after": labels.get(status, status)})
    before = plan.status
    if status == PlanStatus.ADOPTED:
        if not decision_number or decision_date is None:
            raise PlanError(_("Adoption needs the municipal assembly's decision number and date."))
        plan.decision_number, plan.decision_date = decision_number, decision_date
    plan.status = status
    plan.save(update_fields=["status", "decision_number", "decision_date", "updated_at"])
    record_audit(actor=actor, verb="plan.status", organization=plan.organization, target=plan,
                 changes=_plain({"before": before, "after": status, "decision_number": plan.decision_number,
                                 "decision_date": plan.decision_date}))
    return plan


@transaction.atomic
def do_add_directorate(organization: Organization, name: str, *, actor: Actor) -> Directorate:
    directorate, created = Directorate.objects.get_or_create(organization=organization, name=name.strip()[:200])
    if created:
        record_audit(actor=actor, verb="plan.directorate_add", organization=organization, target=directorate)
    return directorate


@transaction.atomic
def do_add_objective(plan: Plan, *, code: str, title: str, description: str = "", weight: Decimal = Decimal(1),
                     actor: Actor, reason: str = "", versioned: bool = False) -> Objective:
    version = None if versioned else keep_version(plan, reason)
    objective = Objective(plan=plan, code=code, title=title, description=description, weight=weight)
    objective.full_clean()
    objective.save()
    record_audit(actor=actor, verb="plan.objective_add", organization=plan.organization, target=plan,
                 changes={"objective": f"{code} {title}"[:200], "version": version.pk if version else None})
    return objective


@transaction.atomic
def do_add_action(objective: Objective, *, code: str, title: str, actor: Actor, description: str = "",
                  owner_kind: str = OwnerKind.UNIT, owner_directorate: Directorate | None = None,
                  owner_partner: Organization | None = None, grounds=(), areas=(), starts_on: date | None = None,
                  ends_on: date | None = None, weight: Decimal = Decimal(1), reason: str = "",
                  versioned: bool = False) -> Action:
    plan = objective.plan
    if owner_directorate is not None and owner_directorate.organization_id != plan.organization_id:
        raise PlanError(_("The directorate belongs to another organization."))
    if starts_on and ends_on and ends_on < starts_on:
        raise PlanError(_("The action ends before it starts."))
    for day in (starts_on, ends_on):
        if day and not plan.start_year <= day.year <= plan.end_year:
            raise PlanError(_("%(date)s is outside the plan's period (%(start)s–%(end)s).")
                            % {"date": day.isoformat(), "start": plan.start_year, "end": plan.end_year})
    action = Action(objective=objective, code=code, title=title, description=description, owner_kind=owner_kind,
                    owner_directorate=owner_directorate if owner_kind == OwnerKind.DIRECTORATE else None,
                    owner_partner=owner_partner if owner_kind == OwnerKind.PARTNER else None,
                    grounds=_check_known(grounds, Ground.values, "grounds"),
                    areas=_check_known(areas, Area.values, "areas"), starts_on=starts_on, ends_on=ends_on,
                    weight=weight)
    action.full_clean()
    version = None if versioned else keep_version(plan, reason)
    action.save()
    record_audit(actor=actor, verb="plan.action_add", organization=plan.organization, target=plan,
                 changes={"action": f"{code} {title}"[:200], "objective": objective.code,
                          "version": version.pk if version else None})
    return action


@transaction.atomic
def do_update_action(action: Action, *, status: str, manual_progress: int | None = None, drop_reason: str = "",
                     actor: Actor) -> Action:
    if status not in ActionStatus.values:
        raise PlanError(f"Unknown status: {status}")
    if status == ActionStatus.DROPPED and not drop_reason.strip():
        raise PlanError(_("Say why the action was dropped."))
    if manual_progress is not None and not 0 <= manual_progress <= 100:
        raise PlanError(_("Progress is a percentage from 0 to 100."))
    before = {"status": action.status, "manual_progress": action.manual_progress}
    action.status, action.manual_progress = status, manual_progress
    action.drop_reason = drop_reason.strip()[:300] if status == ActionStatus.DROPPED else ""
    action.save(update_fields=["status", "manual_progress", "drop_reason"])
    plan = action.objective.plan
    record_audit(actor=actor, verb="plan.action_update", organization=plan.organization, target=plan,
                 changes={"action": action.code, "before": before,
                          "after": {"status": status, "manual_progress": manual_progress}})
    return action


@transaction.atomic
def do_add_milestone(action: Action, *, title: str, due_on: date, actor: Actor) -> Milestone:
    milestone = Milestone.objects.create(action=action, title=title[:300], due_on=due_on)
    plan = action.objective.plan
    record_audit(actor=actor, verb="plan.milestone_add", organization=plan.organization, target=plan,
                 changes={"action": action.code, "milestone": title[:200], "due_on": due_on.isoformat()})
    return milestone


@transaction.atomic
def do_complete_milestone(milestone: Milestone, *, done_on: date, actor: Actor) -> Milestone:
    milestone.done_on = done_on
    milestone.save(update_fields=["done_on"])
    plan = milestone.action.objective.plan
    record_audit(actor=actor, verb="plan.milestone_done", organization=plan.organization, target=plan,
                 changes={"action": milestone.action.code, "milestone": milestone.title[:200],
                          "done_on": done_on.isoformat()})
    return milestone


@transaction.atomic
def do_set_budget_line(action: Action, *, year: int, allocated: Decimal, spent: Decimal = Decimal(0),
                       revised: Decimal | None = None, source: str = "municipal", budget_code: str = "",
                       actor: Actor, reason: str = "", versioned: bool = False) -> BudgetLine:
    """Create or update the action's budget for a year and source. Amounts are never negative; spending more
    than was allocated is allowed (and flagged where it is shown)."""
    plan = action.objective.plan
    if not plan.start_year <= year <= plan.end_year:
        raise PlanError(_("%(year)s is outside the plan's period (%(start)s–%(end)s).")
                        % {"year": year, "start": plan.start_year, "end": plan.end_year})
    if min(allocated, spent, revised if revised is not None else Decimal(0)) < 0:
        raise PlanError(_("Amounts cannot be negative."))
    existing = BudgetLine.objects.filter(action=action, year=year, source=source, budget_code=budget_code).first()
    if not versioned and (existing is None or existing.allocated != allocated):
        # The allocation is part of what the assembly adopted; spending and revisions are its execution.
        keep_version(plan, reason)
    line, _created = BudgetLine.objects.get_or_create(
        action=action, year=year, source=source, budget_code=budget_code, defaults={"allocated": allocated})
    before = {"allocated": str(line.allocated), "revised": str(line.revised), "spent": str(line.spent)}
    line.allocated, line.revised, line.spent = allocated, revised, spent
    try:
        line.full_clean()
    except ValidationError as error:
        raise PlanError("; ".join(error.messages)) from None
    line.save()
    record_audit(actor=actor, verb="plan.budget_set", organization=plan.organization, target=plan,
                 changes={"action": action.code, "year": year, "source": source, "before": before,
                          "after": _plain({"allocated": allocated, "revised": revised, "spent": spent})})
    return line


@transaction.atomic
def do_add_indicator(plan: Plan, *, name: str, actor: Actor, objective: Objective | None = None,
                     action: Action | None = None, reason: str = "", **fields) -> Indicator:
    if fields.get("computed_key") and fields["computed_key"] not in registered_indicators():
        raise PlanError(f"No module computes {fields['computed_key']!r}.")
    for part in (objective, action.objective if action is not None else None):
        if part is not None and part.plan_id != plan.pk:
            raise PlanError(_("The objective or action belongs to another plan."))
    indicator = Indicator(plan=plan, objective=objective, action=action, name=name, **fields)
    indicator.full_clean()
    keep_version(plan, reason)
    indicator.save()
    record_audit(actor=actor, verb="plan.indicator_add", organization=plan.organization, target=plan,
                 changes=_plain({"indicator": name[:200], **fields}))
    return indicator


@transaction.atomic
def do_record_indicator_value(indicator: Indicator, *, measured_on: date, value: Decimal, source: str = "",
                              ground: str = "", evidence_link: str = "", actor: Actor) -> IndicatorValue:
    """A measured value (a new one, or a correction of the same day's)."""
    if ground and ground not in Ground.values:
        raise PlanError(f"Unknown ground: {ground}")
    found, _created = IndicatorValue.objects.update_or_create(
        indicator=indicator, measured_on=measured_on, ground=ground,
        defaults={"value": value, "source": source[:300], "evidence_link": evidence_link[:200]})
    record_audit(actor=actor, verb="plan.value_record", organization=indicator.plan.organization,
                 target=indicator.plan, changes=_plain({"indicator": indicator.name[:120], "date": measured_on,
                                                        "value": value, "ground": ground}))
    return found


@transaction.atomic
def do_compute_indicators(plan: Plan, *, today: date | None = None) -> int:
    """Measure the plan's computed indicators over the last 12 months, from the records of the plan's unit and
    the units below it; one value a day (a second run the same day corrects it). One audit row per plan."""
    today = today or timezone.localdate()
    since = today - timedelta(days=364)
    organizations = {plan.organization_id} | plan.organization.descendant_ids()
    registry = registered_indicators()
    measured = 0
    for indicator in plan.indicators.exclude(computed_key=""):
        definition = registry.get(indicator.computed_key)
        if definition is None:
            continue
        value = definition.value(organizations, since, today)
        if value is None:
            continue
        # A figure by ground comes as {ground: value} with the total under "".
        by_ground = value if isinstance(value, dict) else {"": value}
        for ground, figure in by_ground.items():
            if ground and ground not in Ground.values:
                continue
            IndicatorValue.objects.update_or_create(
                indicator=indicator, measured_on=today, ground=ground,
                defaults={"value": Decimal(str(figure)), "source": "birarada"})
        measured += 1
    if measured:
        record_audit(actor=None, verb="plan.values_compute", organization=plan.organization, target=plan,
                     changes={"indicators": measured, "since": since.isoformat(), "until": today.isoformat()})
    return measured


# ---- equality reviews (mandatory consultancy) -------------------------------------------------------------

@transaction.atomic
def do_log_review(organization: Organization, *, title: str, received_on: date, actor: Actor,
                  directorate: Directorate | None = None, kind: str = "project", description: str = "",
                  grounds=(), due_on: date | None = None) -> EqualityReview:
    if directorate is not None and directorate.organization_id != organization.pk:
        raise PlanError(_("The directorate belongs to another organization."))
    if due_on and due_on < received_on:
        raise PlanError(_("The opinion cannot be due before the request arrived."))
    review = EqualityReview(organization=organization, title=title, directorate=directorate, kind=kind,
                            description=description, grounds=_check_known(grounds, Ground.values, "grounds"),
                            received_on=received_on, due_on=due_on)
    review.full_clean()
    review.save()
    record_audit(actor=actor, verb="review.log", organization=organization, target=review,
                 changes={"title": title[:200], "directorate": directorate.name if directorate else None})
    return review


@transaction.atomic
def do_give_opinion(review: EqualityReview, *, opinion: str, reasons: str, recommendations: list[str],
                    decided_on: date, actor: Actor) -> EqualityReview:
    if opinion not in Opinion.values:
        raise PlanError(f"Unknown opinion: {opinion}")
    if opinion != Opinion.FAVOURABLE and not [r for r in recommendations if r.strip()]:
        raise PlanError(_("A conditional or unfavourable opinion needs at least one recommendation."))
    review.opinion, review.opinion_text, review.decided_on = opinion, reasons, decided_on
    review.save(update_fields=["opinion", "opinion_text", "decided_on"])
    for text in recommendations:
        if text.strip():
            Recommendation.objects.create(review=review, text=text.strip())
    record_audit(actor=actor, verb="review.opinion", organization=review.organization, target=review,
                 changes={"opinion": opinion, "recommendations": len([r for r in recommendations if r.strip()])})
    return review


@transaction.atomic
def do_follow_up_recommendation(recommendation: Recommendation, *, adopted: bool, on: date,
                                actor: Actor) -> Recommendation:
    recommendation.adopted, recommendation.followed_up_on = adopted, on
    recommendation.save(update_fields=["adopted", "followed_up_on"])
    review = recommendation.review
    record_audit(actor=actor, verb="review.follow_up", organization=review.organization, target=review,
                 changes={"recommendation": recommendation.pk, "adopted": adopted})
    return recommendation


# ---- civil-society monitoring notes ------------------------------------------------------------------------

@transaction.atomic
def do_add_monitoring_note(action: Action, *, author_organization: Organization, text: str, actor: Actor,
                           rating: int | None = None, evidence_link: str = "") -> MonitoringNote:
    """A partner's observation on an action of a public plan. It waits for moderation; the discourse engine's
    reading is kept so moderators see at once a note that reads as hateful or offensive."""
    plan = action.objective.plan
    if not plan.is_public:
        raise PlanError(_("Notes can be written only on adopted plans."))
    note = MonitoringNote(action=action, author=actor, author_organization=author_organization, text=text.strip(),
                          rating=rating, evidence_link=evidence_link, engine_label=analyzer().analyze(text).label)
    note.full_clean()
    note.save()
    record_audit(actor=actor, verb="plan.note_add", organization=plan.organization, target=plan,
                 changes={"action": action.code, "by": author_organization.slug, "engine": note.engine_label})
    return note


@transaction.atomic
def do_moderate_note(note: MonitoringNote, *, publish: bool, answer: str = "", actor: Actor) -> MonitoringNote:
    note.status = NoteStatus.PUBLISHED if publish else NoteStatus.REJECTED
    note.answer = answer.strip()
    note.moderated_at = timezone.now()
    note.save(update_fields=["status", "answer", "moderated_at"])
    plan = note.action.objective.plan
    record_audit(actor=actor, verb="plan.note_moderate", organization=plan.organization, target=plan,
                 changes={"note": note.pk, "status": note.status, "answered": bool(note.answer)})
    return note


@transaction.atomic
def do_log_coordination_visit(organization: Organization, desk: Organization, *, visited_on: date, topics: str,
                              follow_ups: str = "", actor: Actor) -> CoordinationVisit:
    if desk.pk not in organization.descendant_ids():
        raise PlanError(_("Visits are logged for the district desks below this unit."))
    visit = CoordinationVisit.objects.create(organization=organization, desk=desk, visited_on=visited_on,
                                             topics=topics.strip(), follow_ups=follow_ups.strip())
    record_audit(actor=actor, verb="plan.coordination_visit", organization=organization, target=visit,
                 changes={"desk": desk.slug, "date": visited_on.isoformat()})
    return visit


@transaction.atomic
def do_start_next_plan(previous: Plan, *, slug: str, title: str, start_year: int, end_year: int,
                       actor: Actor) -> Plan:
    """A new draft plan carrying over the previous plan's objectives, its unfinished actions (with the milestones
    not yet reached) and its indicators with their measured history, so achievements survive a new term."""
    plan = do_create_plan(previous.organization, slug=slug, actor=actor, title=title, start_year=start_year,
                          end_year=end_year, vision=previous.vision, grounds=previous.grounds,
                          strategic_plan_refs=previous.strategic_plan_refs, sdg_targets=previous.sdg_targets,
                          weighting=previous.weighting, currency=previous.currency)
    objectives: dict[int, Objective] = {}
    carried_actions: dict[int, Action] = {}
    for objective in previous.objectives.all():
        objectives[objective.pk] = Objective.objects.create(plan=plan, code=objective.code, title=objective.title,
                                                            description=objective.description,
                                                            weight=objective.weight)
        for action in objective.actions.exclude(status__in=[ActionStatus.DONE, ActionStatus.DROPPED]):
            carried_actions[action.pk] = Action.objects.create(
                objective=objectives[objective.pk], code=action.code, title=action.title,
                description=action.description, owner_kind=action.owner_kind,
                owner_directorate=action.owner_directorate, owner_partner=action.owner_partner,
                grounds=action.grounds, areas=action.areas, weight=action.weight)
            for milestone in action.milestones.filter(done_on__isnull=True):
                Milestone.objects.create(action=carried_actions[action.pk], title=milestone.title,
                                         due_on=milestone.due_on)
    carried_indicators = 0
    for indicator in previous.indicators.all():
        if indicator.action_id and indicator.action_id not in carried_actions:
            continue
        copy = Indicator.objects.create(
            plan=plan,
            objective=objectives.get(indicator.objective_id) if indicator.objective_id is not None else None,
            action=carried_actions.get(indicator.action_id) if indicator.action_id is not None else None,
            name=indicator.name, unit=indicator.unit, direction=indicator.direction, baseline=indicator.baseline,
            baseline_on=indicator.baseline_on, target=indicator.target, target_on=indicator.target_on,
            frequency=indicator.frequency, computed_key=indicator.computed_key)
        IndicatorValue.objects.bulk_create([
            IndicatorValue(indicator=copy, measured_on=v.measured_on, value=v.value, ground=v.ground, source=v.source)
            for v in indicator.values.all()])
        carried_indicators += 1
    record_audit(actor=actor, verb="plan.start_next", organization=plan.organization, target=plan,
                 changes={"from": previous.slug, "actions": len(carried_actions), "indicators": carried_indicators})
    return plan
