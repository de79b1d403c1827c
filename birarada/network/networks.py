"""Every change to a network's members, joint actions and mentoring: one transaction, one audit row.

The audit row belongs to the network (its staff read it in the network's audit log), except a member's choice
to share its statistics, which belongs to the member whose administrators made it. Meeting notes never go into
the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.core.actions import record_audit
from birarada.core.models import Organization, OrganizationKind
from birarada.core.types import Actor
from birarada.network.choices import CollaborationStatus, NetworkRole
from birarada.network.models import JointAction, Mentoring, MentoringMeeting, NetworkMembership


class NetworkError(ValueError):
    """A change the network does not allow, with a message a person can act on."""


def _is_open(membership: NetworkMembership, today: date) -> bool:
    """Not ended: current, or about to start."""
    return membership.left_on is None or membership.left_on >= today


def _current_member_ids(network: Organization, today: date) -> set[int]:
    return set(NetworkMembership.objects.filter(network=network, joined_on__lte=today)
               .exclude(left_on__lt=today).values_list("member_id", flat=True))


def _locked(membership: NetworkMembership) -> NetworkMembership:
    return NetworkMembership.objects.select_for_update(of=("self",)).select_related("network", "member").get(
        pk=membership.pk)


def steps_text(steps: str) -> str:
    """Steps one per line, trimmed, without empty lines."""
    return "\n".join(line.strip() for line in (steps or "").splitlines() if line.strip())


def _check_role(role: str) -> None:
    if role not in NetworkRole.values:
        raise NetworkError(_("Unknown role in the network."))


@transaction.atomic
def do_add_member(network: Organization, member: Organization, *, role: str, joined_on: date, actor: Actor
                  ) -> NetworkMembership:
    """`member` joins `network`; a past member joins again (its earlier dates are kept in the audit log, and it
    chooses again whether to share its statistics)."""
    if network.kind != OrganizationKind.NETWORK:
        raise NetworkError(_("Only a network has members."))
    if member.pk == network.pk:
        raise NetworkError(_("A network cannot be its own member."))
    _check_role(role)
    today = timezone.localdate()
    membership = NetworkMembership.objects.select_for_update().filter(network=network, member=member).first()
    previous = None
    if membership is not None:
        if _is_open(membership, today):
            raise NetworkError(_("%(name)s is already a member of the network.") % {"name": member.name})
        previous = {"role": membership.role, "joined_on": membership.joined_on.isoformat(),
                    "left_on": membership.left_on.isoformat() if membership.left_on else None}
        membership.role, membership.joined_on, membership.left_on = role, joined_on, None
        membership.shares_statistics = False
        membership.save(update_fields=["role", "joined_on", "left_on", "shares_statistics"])
    else:
        membership = NetworkMembership.objects.create(network=network, member=member, role=role,
                                                      joined_on=joined_on)
    changes: dict = {"member": member.slug, "role": role, "joined_on": joined_on.isoformat()}
    if previous:
        changes["previous"] = previous
    record_audit(actor=actor, verb="network.member_add", organization=network, target=membership,
                 changes=changes)
    return membership


@transaction.atomic
def do_change_member_role(membership: NetworkMembership, *, role: str, actor: Actor) -> NetworkMembership:
    _check_role(role)
    membership = _locked(membership)
    if not _is_open(membership, timezone.localdate()):
        raise NetworkError(_("%(name)s has left the network; its role can no longer change.")
                           % {"name": membership.member.name})
    if membership.role == role:
        return membership
    before = membership.role
    membership.role = role
    membership.save(update_fields=["role"])
    record_audit(actor=actor, verb="network.member_role", organization=membership.network, target=membership,
                 changes={"member": membership.member.slug, "before": before, "after": role})
    return membership


@transaction.atomic
def do_end_membership(membership: NetworkMembership, *, left_on: date, actor: Actor) -> NetworkMembership:
    membership = _locked(membership)
    if membership.left_on is not None:
        raise NetworkError(_("%(name)s already left the network on %(date)s.")
                           % {"name": membership.member.name, "date": membership.left_on.isoformat()})
    if left_on < membership.joined_on:
        raise NetworkError(_("An organization cannot leave before it joined (%(date)s).")
                           % {"date": membership.joined_on.isoformat()})
    membership.left_on = left_on
    membership.save(update_fields=["left_on"])
    record_audit(actor=actor, verb="network.member_end", organization=membership.network, target=membership,
                 changes={"member": membership.member.slug, "left_on": left_on.isoformat()})
    return membership


@transaction.atomic
def do_set_statistics_sharing(membership: NetworkMembership, *, share: bool, actor: Actor) -> NetworkMembership:
    """The member's own choice: whether the network's coordinators may see its aggregated, suppressed figures."""
    membership = _locked(membership)
    if not _is_open(membership, timezone.localdate()):
        raise NetworkError(_("This organization has left the network."))
    if membership.shares_statistics == share:
        return membership
    membership.shares_statistics = share
    membership.save(update_fields=["shares_statistics"])
    record_audit(actor=actor, verb="network.statistics_share", organization=membership.member, target=membership,
                 changes={"network": membership.network.slug, "shares_statistics": share})
    return membership


@transaction.atomic
def do_save_joint_action(network: Organization, *, actor: Actor, title: str, goal: str,
                         organizations: Iterable[Organization], starts_on: date, ends_on: date, steps: str = "",
                         outcomes: str = "", status: str = CollaborationStatus.PLANNED, public: bool = True,
                         action: JointAction | None = None) -> JointAction:
    """Create a joint action of the network (action=None) or change one. Two or more organizations take part,
    each a current member of the network (an organization already in the action may stay after it left)."""
    if action is not None and action.network_id != network.pk:
        raise NetworkError(_("This joint action belongs to another network."))
    chosen = {o.pk: o for o in organizations}
    if len(chosen) < 2:
        raise NetworkError(_("A joint action needs at least two organizations of the network."))
    allowed = _current_member_ids(network, timezone.localdate())
    if action is not None:
        allowed |= set(action.organizations.values_list("pk", flat=True))
    outside = sorted(o.name for pk, o in chosen.items() if pk not in allowed)
    if outside:
        raise NetworkError(_("Only current members of the network can take part: %(names)s is not one.")
                           % {"names": ", ".join(outside)})
    if ends_on < starts_on:
        raise NetworkError(_("The joint action cannot end before it starts."))
    if status not in CollaborationStatus.values:
        raise NetworkError(_("Unknown status."))
    created = action is None
    if action is None:
        action = JointAction(network=network)
    before = {} if created else {"title": action.title, "status": action.status, "public": action.public,
                                 "organizations": sorted(action.organizations.values_list("slug", flat=True))}
    action.title, action.goal = title.strip()[:200], goal.strip()
    action.starts_on, action.ends_on = starts_on, ends_on
    action.steps, action.outcomes = steps_text(steps), outcomes.strip()
    action.status, action.public = status, public
    if not action.title or not action.goal:
        raise NetworkError(_("A joint action needs a title and a goal."))
    action.save()
    action.organizations.set(chosen.values())
    after = {"title": action.title, "status": status, "public": public,
             "organizations": sorted(o.slug for o in chosen.values()),
             "starts_on": starts_on.isoformat(), "ends_on": ends_on.isoformat()}
    if created:
        record_audit(actor=actor, verb="network.joint_action_create", organization=network, target=action,
                     changes={"after": after})
    else:
        record_audit(actor=actor, verb="network.joint_action_update", organization=network, target=action,
                     changes={"before": before, "after": after})
    return action


@transaction.atomic
def do_create_mentoring(network: Organization, *, mentor: Organization, mentee: Organization, topics: str,
                        starts_on: date, actor: Actor, public: bool = True) -> Mentoring:
    if mentor.pk == mentee.pk:
        raise NetworkError(_("The mentor and the mentee must be two different organizations."))
    members = _current_member_ids(network, timezone.localdate())
    outside = sorted(o.name for o in (mentor, mentee) if o.pk not in members)
    if outside:
        raise NetworkError(_("Only current members of the network can mentor or be mentored: %(names)s is not "
                             "one.") % {"names": ", ".join(outside)})
    topics = topics.strip()[:300]
    if not topics:
        raise NetworkError(_("Say what the mentoring is about."))
    mentoring = Mentoring.objects.create(network=network, mentor=mentor, mentee=mentee, topics=topics,
                                         starts_on=starts_on, public=public)
    record_audit(actor=actor, verb="network.mentoring_create", organization=network, target=mentoring,
                 changes={"mentor": mentor.slug, "mentee": mentee.slug, "starts_on": starts_on.isoformat(),
                          "public": public})
    return mentoring


@transaction.atomic
def do_log_mentoring_meeting(mentoring: Mentoring, *, held_on: date, summary: str, actor: Actor,
                             next_steps: str = "") -> MentoringMeeting:
    """A meeting of the pair, with what was discussed (the notes stay with the network's staff)."""
    mentoring = Mentoring.objects.select_for_update(of=("self",)).select_related("network").get(pk=mentoring.pk)
    if held_on > timezone.localdate():
        raise NetworkError(_("A meeting is logged once it was held: the date is in the future."))
    if held_on < mentoring.starts_on:
        raise NetworkError(_("The meeting is before the mentoring started (%(date)s).")
                           % {"date": mentoring.starts_on.isoformat()})
    if mentoring.ends_on is not None and held_on > mentoring.ends_on:
        raise NetworkError(_("The mentoring ended on %(date)s, before this meeting.")
                           % {"date": mentoring.ends_on.isoformat()})
    if not summary.strip():
        raise NetworkError(_("Say what was discussed."))
    meeting = MentoringMeeting.objects.create(mentoring=mentoring, held_on=held_on, summary=summary.strip(),
                                              next_steps=next_steps.strip(),
                                              recorded_by=actor if actor is not None and actor.pk else None)
    record_audit(actor=actor, verb="network.mentoring_meeting", organization=mentoring.network, target=mentoring,
                 changes={"meeting": meeting.pk, "held_on": held_on.isoformat()})
    return meeting


@transaction.atomic
def do_end_mentoring(mentoring: Mentoring, *, ends_on: date, actor: Actor) -> Mentoring:
    mentoring = Mentoring.objects.select_for_update(of=("self",)).select_related("network").get(pk=mentoring.pk)
    if mentoring.ends_on is not None:
        raise NetworkError(_("This mentoring already ended on %(date)s.") % {"date": mentoring.ends_on.isoformat()})
    if ends_on < mentoring.starts_on:
        raise NetworkError(_("The mentoring cannot end before it started (%(date)s).")
                           % {"date": mentoring.starts_on.isoformat()})
    last = mentoring.meetings.order_by("-held_on").values_list("held_on", flat=True).first()
    if last is not None and ends_on < last:
        raise NetworkError(_("A meeting was held on %(date)s, after this end date.") % {"date": last.isoformat()})
    mentoring.ends_on = ends_on
    mentoring.save(update_fields=["ends_on"])
    record_audit(actor=actor, verb="network.mentoring_end", organization=mentoring.network, target=mentoring,
                 changes={"ends_on": ends_on.isoformat()})
    return mentoring
