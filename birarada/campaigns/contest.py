"""The campaign's optional contest: categories, a jury chosen among the lead organization's staff, scores from
1 to 10 on approved contributions, a ranking for the managers and a winner announced per category (after which
that category's scoring closes). Names of contributors never enter the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Avg, Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.campaigns.choices import SubmissionStatus
from birarada.campaigns.models import Campaign, ContestCategory, JuryMember, Score, Submission
from birarada.core.actions import record_audit
from birarada.core.models import Membership
from birarada.core.types import Actor

MIN_POINTS, MAX_POINTS = 1, 10
MAX_NOTE_CHARS = 500


class ContestError(ValueError):
    """A contest change that cannot be made, with a sentence the person can act on."""


# ---- reading ---------------------------------------------------------------------------------------------------

def staff_of_lead(campaign: Campaign):
    """The lead organization's own staff members: who may sit on the jury."""
    return User.objects.filter(memberships__organization_id=campaign.organization_id,
                               is_active=True).distinct().order_by("username")


def is_juror(campaign: Campaign, user) -> bool:
    """A juror of the campaign who is still a staff member of the lead organization."""
    if not getattr(user, "is_authenticated", False):
        return False
    return JuryMember.objects.filter(campaign=campaign, user=user).exists() and Membership.objects.filter(
        organization_id=campaign.organization_id, user=user).exists()


def entries(category: ContestCategory):
    """The approved contributions entered in the category (the only ones the jury scores)."""
    return category.entries.filter(status=SubmissionStatus.APPROVED, purged_at__isnull=True)


@dataclass(frozen=True)
class Ranked:
    submission: Submission
    average: float | None
    scores: int


def ranking(category: ContestCategory) -> list[Ranked]:
    """The category's approved entries, best average first; equal averages: more scores first; unscored last."""
    rows = entries(category).annotate(
        average=Avg("scores__points", filter=_scores_of(category)),
        n=Count("scores", filter=_scores_of(category)))
    found = [Ranked(s, float(s.average) if s.average is not None else None, s.n)
             for s in rows]
    found.sort(key=lambda r: (r.average is None, -(r.average or 0), -r.scores, r.submission.pk))
    return found


def _scores_of(category: ContestCategory) -> Q:
    return Q(scores__category=category)


# ---- categories and jury ---------------------------------------------------------------------------------------

@transaction.atomic
def do_add_category(campaign: Campaign, *, title: str, description: str = "", actor: Actor) -> ContestCategory:
    title = " ".join(title.split())[:200]
    if not title:
        raise ContestError(_("Give the category a title."))
    if campaign.contest_categories.filter(title__iexact=title).exists():
        raise ContestError(_("The contest already has a category with this title."))
    category = ContestCategory.objects.create(campaign=campaign, title=title, description=description.strip())
    record_audit(actor=actor, verb="campaign.contest_category", organization=campaign.organization,
                 target=campaign, changes={"category": category.pk})
    return category


@transaction.atomic
def do_add_juror(campaign: Campaign, user: User, *, actor: Actor) -> JuryMember:
    if not staff_of_lead(campaign).filter(pk=user.pk).exists():
        raise ContestError(_("Jury members are chosen among the lead organization's staff."))
    if campaign.jury.filter(user=user).exists():
        raise ContestError(_("This person is already on the jury."))
    juror = JuryMember.objects.create(campaign=campaign, user=user)
    record_audit(actor=actor, verb="campaign.contest_juror_add", organization=campaign.organization,
                 target=campaign, changes={"juror": juror.pk})
    return juror


@transaction.atomic
def do_remove_juror(juror: JuryMember, *, actor: Actor) -> None:
    campaign = juror.campaign
    if Score.objects.filter(category__campaign=campaign, juror_id=juror.user_id).exists():
        raise ContestError(_("This jury member has already scored: they stay on the jury."))
    pk = juror.pk
    juror.delete()
    record_audit(actor=actor, verb="campaign.contest_juror_remove", organization=campaign.organization,
                 target=campaign, changes={"juror": pk})


# ---- scoring and the winner ------------------------------------------------------------------------------------

def _points(value: object) -> int:
    try:
        points = int(str(value).strip())
    except (TypeError, ValueError):
        raise ContestError(_("Give a score from %(min)s to %(max)s.") % {"min": MIN_POINTS, "max": MAX_POINTS}
                           ) from None
    if not MIN_POINTS <= points <= MAX_POINTS:
        raise ContestError(_("Give a score from %(min)s to %(max)s.") % {"min": MIN_POINTS, "max": MAX_POINTS})
    return points


@transaction.atomic
def do_score(category: ContestCategory, submission: Submission, *, points: object, note: str = "",
             actor: User) -> Score:
    """A juror's score (1–10) for an approved entry of the category; they may change it until the winner of the
    category is announced."""
    category = ContestCategory.objects.select_for_update().get(pk=category.pk)
    campaign = category.campaign
    if not is_juror(campaign, actor):
        raise ContestError(_("Only the members of the jury score the entries."))
    if category.announced_at is not None:
        raise ContestError(_("The winner of this category is announced: scoring is closed."))
    if not entries(category).filter(pk=submission.pk).exists():
        raise ContestError(_("Only approved entries of this category are scored."))
    value = _points(points)
    score, created = Score.objects.update_or_create(
        category=category, submission=submission, juror=actor,
        defaults={"points": value, "note": " ".join(note.split())[:MAX_NOTE_CHARS]})
    record_audit(actor=actor, verb="campaign.contest_score", organization=campaign.organization, target=campaign,
                 changes={"category": category.pk, "submission": submission.pk, "points": value,
                          "changed": not created})
    return score


@transaction.atomic
def do_announce_winner(category: ContestCategory, submission: Submission, *, actor: Actor) -> ContestCategory:
    """The category's winner, shown on the public page; scoring of the category closes."""
    category = ContestCategory.objects.select_for_update().get(pk=category.pk)
    if category.announced_at is not None:
        raise ContestError(_("The winner of this category is already announced."))
    if not entries(category).filter(pk=submission.pk).exists():
        raise ContestError(_("The winner must be an approved entry of this category."))
    if not category.scores.filter(submission=submission).exists():
        raise ContestError(_("The jury has not scored this entry yet: it cannot win."))
    if not submission.consent_publish:
        raise ContestError(_("The winner is shown on the public page: its sender did not agree to publication."))
    category.winner = submission
    category.announced_at = timezone.now()
    category.save(update_fields=["winner", "announced_at"])
    record_audit(actor=actor, verb="campaign.contest_winner", organization=category.campaign.organization,
                 target=category.campaign, changes={"category": category.pk, "submission": submission.pk})
    return category
