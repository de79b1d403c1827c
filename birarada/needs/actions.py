"""Every change to a study: one transaction, one audit row (a recommendation that becomes a plan action also
leaves the plan's own row). Participants' answers never go into the audit log."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.core.actions import record_audit
from birarada.core.models import Organization
from birarada.core.types import Actor
from birarada.core.vocabulary import Area, Ground
from birarada.discourse.normalise import casefold_tr
from birarada.events.choices import EventKind
from birarada.events.models import Event
from birarada.needs import grid
from birarada.needs.models import Finding, FocusGroup, Participant, Recommendation, RecommendationStatus, Study
from birarada.plans.actions import PlanError, do_add_action
from birarada.plans.choices import PlanStatus
from birarada.plans.models import Action, Objective


class NeedsError(ValueError):
    """A change the study does not allow, with a message a person can act on."""


def _known(values, allowed, what: str) -> list[str]:
    unknown = set(values) - set(allowed)
    if unknown:
        raise NeedsError(f"Unknown {what}: {', '.join(sorted(unknown))}")
    return [v for v in allowed if v in set(values)]


@transaction.atomic
def do_create_study(organization: Organization, *, slug: str, title: str, actor: Actor, purpose: str = "",
                    grounds=()) -> Study:
    if Study.objects.filter(organization=organization, slug=slug).exists():
        raise NeedsError(_("Another study of this organization already has this short name."))
    study = Study(organization=organization, slug=slug, title=title.strip()[:200], purpose=purpose,
                  grounds=_known(grounds, Ground.values, "grounds"))
    study.full_clean()
    study.save()
    record_audit(actor=actor, verb="needs.study_create", organization=organization, target=study,
                 changes={"slug": slug, "grounds": study.grounds})
    return study


@transaction.atomic
def do_add_event_to_study(study: Study, event: Event, *, actor: Actor) -> FocusGroup | None:
    """Count a gathering in the study; a focus group also gets its (empty) representation grid."""
    if event.organization_id != study.organization_id:
        raise NeedsError(_("Only the organization's own events can be part of its study."))
    if study.events.filter(pk=event.pk).exists():
        raise NeedsError(_("This event is already part of the study."))
    group = None
    if event.kind == EventKind.FOCUS_GROUP:
        if FocusGroup.objects.filter(event=event).exists():
            raise NeedsError(_("This focus group already belongs to another study."))
        group = FocusGroup.objects.create(event=event, study=study, target_grounds=list(study.grounds))
    study.events.add(event)
    record_audit(actor=actor, verb="needs.event_add", organization=study.organization, target=study,
                 changes={"event": event.pk, "kind": event.kind})
    return group


@transaction.atomic
def do_set_grid(group: FocusGroup, *, targets: dict, planned_size: int, target_grounds=(), actor: Actor
                ) -> FocusGroup:
    try:
        group.targets = grid.check_targets(targets)
    except grid.GridError as error:
        raise NeedsError(str(error)) from error
    if not 1 <= planned_size <= 200:
        raise NeedsError(_("A focus group plans between 1 and 200 participants."))
    group.planned_size = planned_size
    group.target_grounds = _known(target_grounds, Ground.values, "grounds")
    group.save(update_fields=["targets", "planned_size", "target_grounds"])
    record_audit(actor=actor, verb="needs.grid_set", organization=group.study.organization, target=group.study,
                 changes={"group": group.pk, "planned_size": planned_size, "targets": group.targets})
    return group


@transaction.atomic
def do_add_participant(group: FocusGroup, *, profile: dict, consent_on: date, actor: Actor, name: str = "",
                       contact: str = "") -> Participant:
    """Record a participant who consented; the answers are the participant's own (none may be given)."""
    locked = FocusGroup.objects.select_for_update().get(pk=group.pk)
    if locked.purged_at:
        raise NeedsError(_("This group's profiles were erased after the retention period; no one can be added."))
    if consent_on > timezone.localdate():
        raise NeedsError(_("Consent cannot be given in the future."))
    try:
        answers = grid.check_profile(profile)
    except grid.GridError as error:
        raise NeedsError(str(error)) from error
    number = locked.participants.count() + 1
    participant = Participant.objects.create(
        group=locked, code=f"P{number:02d}", name=name.strip()[:200], contact=contact.strip()[:300],
        profile=dict(answers), consent_on=consent_on, consent_by=actor if actor is not None and actor.pk else None)
    record_audit(actor=actor, verb="needs.participant_add", organization=locked.study.organization,
                 target=locked.study, changes={"group": locked.pk, "code": participant.code})
    return participant


@transaction.atomic
def do_withdraw_participant(participant: Participant, *, actor: Actor) -> Participant:
    """The participant takes back their consent: the profile, name and contact are erased at once and they no
    longer count in the grid; the code stays so notes that mention it still make sense."""
    if participant.withdrawn_at is None:
        participant.withdrawn_at = timezone.now()
        participant.name = ""
        participant.contact = ""
        participant.profile = {}
        participant.save(update_fields=["withdrawn_at", "name", "contact", "profile"])
        record_audit(actor=actor, verb="needs.participant_withdraw", organization=participant.group.study.organization,
                     target=participant.group.study, changes={"group": participant.group_id, "code": participant.code})
    return participant


def _check_tags(grounds, areas) -> tuple[list[str], list[str]]:
    return _known(grounds, Ground.values, "grounds"), _known(areas, Area.values, "areas")


@transaction.atomic
def do_add_finding(study: Study, *, text: str, actor: Actor, event: Event | None = None, quote: str = "",
                   grounds=(), areas=(), theme: str = "") -> Finding:
    if not text.strip():
        raise NeedsError(_("Write the finding."))
    if event is not None and not study.events.filter(pk=event.pk).exists():
        raise NeedsError(_("The finding must come from a focus group or meeting of this study."))
    grounds, areas = _check_tags(grounds, areas)
    if not grounds and event is not None and hasattr(event, "focus_group"):
        grounds = list(event.focus_group.target_grounds)
    finding = Finding.objects.create(study=study, event=event, text=text.strip(), quote=quote.strip()[:500],
                                     grounds=grounds, areas=areas, theme=" ".join(theme.split())[:120])
    record_audit(actor=actor, verb="needs.finding_add", organization=study.organization, target=study,
                 changes={"finding": finding.pk, "grounds": grounds, "areas": areas})
    return finding


@transaction.atomic
def do_add_recommendation(study: Study, *, text: str, findings: list[Finding], actor: Actor) -> Recommendation:
    if not text.strip():
        raise NeedsError(_("Write the recommendation."))
    if any(f.study_id != study.pk for f in findings):
        raise NeedsError(_("A recommendation rests on findings of its own study."))
    recommendation = Recommendation.objects.create(study=study, text=text.strip())
    recommendation.findings.set(findings)
    record_audit(actor=actor, verb="needs.recommendation_add", organization=study.organization, target=study,
                 changes={"recommendation": recommendation.pk, "findings": [f.pk for f in findings]})
    return recommendation


@transaction.atomic
def do_make_plan_action(recommendation: Recommendation, objective: Objective, *, code: str, title: str,
                        actor: Actor, reason: str = "") -> Action:
    """The recommendation becomes an action of an equality plan of the same organization; its grounds and
    areas come from the findings it rests on. Both the recommendation and the plan show the link."""
    study = recommendation.study
    if recommendation.status == RecommendationStatus.IN_PLAN and recommendation.plan_action_id:
        raise NeedsError(_("This recommendation is already a plan action."))
    plan = objective.plan
    if plan.organization_id != study.organization_id:
        raise NeedsError(_("Choose a plan of the same organization."))
    if plan.status == PlanStatus.CLOSED:
        raise NeedsError(_("This plan is closed; choose a plan in force or in preparation."))
    findings = list(recommendation.findings.all())
    grounds = sorted({g for f in findings for g in f.grounds}, key=Ground.values.index)
    areas = sorted({a for f in findings for a in f.areas}, key=Area.values.index)
    try:
        action = do_add_action(objective, code=code.strip()[:20], title=title.strip()[:300], actor=actor,
                               description=recommendation.text, grounds=grounds, areas=areas,
                               reason=reason or _("From the needs assessment “%(study)s”") % {"study": study.title})
    except PlanError as error:
        raise NeedsError(str(error)) from error
    recommendation.plan_action = action
    recommendation.status = RecommendationStatus.IN_PLAN
    recommendation.decline_reason = ""
    recommendation.save(update_fields=["plan_action", "status", "decline_reason"])
    record_audit(actor=actor, verb="needs.recommendation_to_plan", organization=study.organization, target=study,
                 changes={"recommendation": recommendation.pk, "plan": plan.pk, "action": action.pk})
    return action


@transaction.atomic
def do_decline_recommendation(recommendation: Recommendation, *, reason: str, actor: Actor) -> Recommendation:
    if not reason.strip():
        raise NeedsError(_("Say why the recommendation is not taken up: the report shows it."))
    if recommendation.status == RecommendationStatus.IN_PLAN:
        raise NeedsError(_("This recommendation is already a plan action."))
    recommendation.status = RecommendationStatus.DECLINED
    recommendation.decline_reason = reason.strip()[:300]
    recommendation.save(update_fields=["status", "decline_reason"])
    record_audit(actor=actor, verb="needs.recommendation_decline", organization=recommendation.study.organization,
                 target=recommendation.study, changes={"recommendation": recommendation.pk})
    return recommendation


def active_profiles(group: FocusGroup) -> list[dict]:
    return [p.profile for p in group.participants.filter(withdrawn_at__isnull=True, purged_at__isnull=True)]


def group_counts(group: FocusGroup) -> tuple[int, dict[str, dict[str, int]]]:
    """(participants, {dimension: {category: n}}) of a group: live while profiles exist, kept counts after."""
    kept = group.kept_counts or {}
    profiles = active_profiles(group)
    counts = grid.count(profiles)
    for dimension, row in (kept.get("counts") or {}).items():
        for category, n in row.items():
            counts.setdefault(dimension, {})
            counts[dimension][category] = counts[dimension].get(category, 0) + n
    return len(profiles) + int(kept.get("participants", 0)), counts


@transaction.atomic
def do_purge_group(group: FocusGroup) -> int:
    """Retention: keep the group's counts, erase every profile, name and contact."""
    locked = FocusGroup.objects.select_for_update().get(pk=group.pk)
    participants, counts = group_counts(locked)
    erased = locked.participants.filter(purged_at__isnull=True).update(
        name="", contact="", profile={}, purged_at=timezone.now())
    locked.kept_counts = {"participants": participants, "counts": counts}
    locked.purged_at = timezone.now()
    locked.save(update_fields=["kept_counts", "purged_at"])
    record_audit(actor=None, verb="needs.purge", organization=locked.study.organization, target=locked.study,
                 changes={"group": locked.pk, "participants": erased})
    return erased


def theme_key(finding: Finding) -> str:
    return casefold_tr(finding.theme) if finding.theme else ""


def retention_cutoff(days: int) -> datetime:
    return timezone.now() - timedelta(days=days)
