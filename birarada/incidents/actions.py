"""Every change to a case: one transaction, one audit row. Audit rows never hold the personal data itself.

Actions take plain values (never forms); views, the API, tasks and commands all come through here."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from birarada.core.actions import record_audit
from birarada.core.models import Organization
from birarada.core.tasking import enqueue_on_commit
from birarada.core.types import Actor
from birarada.core.vocabulary import Area, Ground
from birarada.incidents import evidence as evidence_files
from birarada.incidents.choices import TRANSITIONS, CaseStatus, ClosureReason, MessageDirection, ReferralStatus
from birarada.incidents.evidence import CleanFile
from birarada.incidents.models import Case, CaseMessage, CaseNote, Evidence, PublicStatistics, Referral
from birarada.incidents.receipts import new_receipt, receipt_digest


class TransitionError(ValueError):
    pass


@dataclass(frozen=True)
class NewReport:
    """What a resident reported, as plain values (from the web form, the API or a test)."""

    description: str
    grounds: tuple[str, ...]
    area: str
    reporter_role: str
    occurred_on: date | None = None
    occurred_approx: str = ""
    district: str = ""
    place: str = ""
    perpetrator: str = ""
    contact: dict[str, str] = field(default_factory=dict)
    consent_contact: bool = False
    consent_referral: bool = False
    consent_statistics: bool = False


def do_submit_report(*, organization: Organization, report: NewReport, files: Sequence[CleanFile] = (),
                     channel: str = "web", language: str = "tr") -> tuple[Case, str]:
    """Create a case from a report and cleaned evidence files; returns (case, receipt).

    Files are encrypted and written before the transaction; if the transaction fails they are erased.
    """
    unknown = set(report.grounds) - set(Ground.values)
    if not report.grounds or unknown or report.area not in Area.values:
        raise ValueError(f"A report needs known grounds and an area (unknown: {sorted(unknown)})")
    stored = [(clean, evidence_files.store(clean)) for clean in files]
    receipt = new_receipt()
    try:
        digest = receipt_digest(receipt)
        if digest is None:  # never: new_receipt makes well-formed codes
            raise RuntimeError("new_receipt made a code that is not a receipt")
        with transaction.atomic():
            case = Case.objects.create(
                organization=organization,
                receipt_digest=digest,
                channel=channel,
                language=language,
                grounds=sorted(set(report.grounds)),
                area=report.area,
                occurred_on=report.occurred_on,
                occurred_approx=report.occurred_approx,
                district=report.district,
                place=report.place,
                perpetrator=report.perpetrator,
                reporter_role=report.reporter_role,
                description=report.description,
                # Contact details are kept only when the reporter allowed us to use them.
                contact=dict(report.contact) if report.consent_contact else {},
                consent_contact=report.consent_contact,
                consent_referral=report.consent_referral,
                consent_statistics=report.consent_statistics,
                due_on=timezone.localdate() + timedelta(days=settings.INCIDENTS_DEADLINE_DAYS),
            )
            for clean, stored_name in stored:
                Evidence.objects.create(
                    case=case, stored_name=stored_name, original_name=clean.name,
                    content_type=clean.content_type, size=len(clean.data),
                )
            record_audit(actor=None, verb="case.submit", organization=organization, target=case,
                         changes={"channel": channel, "files": len(stored)})
    except Exception:
        for _clean, stored_name in stored:
            evidence_files.erase(stored_name)
        raise
    return case, receipt


@transaction.atomic
def record_case_view(case: Case, *, actor: Actor, what: str = "case") -> None:
    """Reading sensitive fields is logged too. Opening the case file marks the reporter's new messages read."""
    changes = {}
    if what == "case":
        read = case.messages.filter(direction=MessageDirection.FROM_REPORTER, read_at__isnull=True).update(
            read_at=timezone.now())
        if read:
            changes["messages_read"] = read
    record_audit(actor=actor, verb=f"case.view_{what}", organization=case.organization, target=case,
                 changes=changes)


def _move(case: Case, status: str, *, reason: str = "") -> dict:
    """The one place a case changes status: checks TRANSITIONS, sets the dates, saves. Returns the change for
    the audit row of the action that called it (which runs inside its transaction)."""
    if status not in TRANSITIONS[case.status]:
        raise TransitionError(f"{case.status} → {status} is not a valid step.")
    before = {"status": case.status, "closure_reason": case.closure_reason}
    now = timezone.now()
    case.status = status
    case.status_changed_at = now
    if status in CaseStatus.final_values():
        case.closure_reason = reason
        case.finished_at = now
    else:
        case.closure_reason = ""
        case.finished_at = None
    case.save(update_fields=["status", "status_changed_at", "closure_reason", "finished_at"])
    return {"before": before, "after": {"status": status, "closure_reason": case.closure_reason}}


@transaction.atomic
def do_change_case_status(case: Case, status: str, *, actor: Actor, reason: str = "") -> Case:
    if status in CaseStatus.final_values() and reason not in ClosureReason.values:
        raise ValueError("A resolved or closed case needs a closure reason.")
    change = _move(case, status, reason=reason)
    record_audit(actor=actor, verb="case.status", organization=case.organization, target=case, changes=change)
    return case


@transaction.atomic
def do_assign_case(case: Case, assignee: User | None, *, actor: Actor) -> Case:
    """Assign a case worker (or nobody); assigning a case that was only received puts it in review."""
    before = case.assigned_to.get_username() if case.assigned_to else None
    case.assigned_to = assignee
    case.save(update_fields=["assigned_to"])
    changes: dict = {"before": before, "after": assignee.get_username() if assignee else None}
    if case.status == CaseStatus.RECEIVED and assignee is not None:
        changes["status"] = _move(case, CaseStatus.IN_REVIEW)
    record_audit(actor=actor, verb="case.assign", organization=case.organization, target=case, changes=changes)
    return case


@transaction.atomic
def do_set_case_deadline(case: Case, due_on: date | None, *, actor: Actor) -> Case:
    before = case.due_on.isoformat() if case.due_on else None
    case.due_on, case.reminded_on = due_on, None
    case.save(update_fields=["due_on", "reminded_on"])
    record_audit(actor=actor, verb="case.deadline", organization=case.organization, target=case,
                 changes={"before": before, "after": due_on.isoformat() if due_on else None})
    return case


@transaction.atomic
def do_add_case_note(case: Case, text: str, *, actor: Actor) -> CaseNote:
    note = CaseNote.objects.create(case=case, author=actor, text=text)
    record_audit(actor=actor, verb="case.note", organization=case.organization, target=case)
    return note


@transaction.atomic
def do_send_message_to_reporter(case: Case, text: str, *, actor: Actor) -> CaseMessage:
    message = CaseMessage.objects.create(case=case, direction=MessageDirection.TO_REPORTER, author=actor, text=text)
    record_audit(actor=actor, verb="case.message_to_reporter", organization=case.organization, target=case)
    return message


@transaction.atomic
def do_receive_reporter_message(case: Case, text: str) -> CaseMessage:
    message = CaseMessage.objects.create(case=case, direction=MessageDirection.FROM_REPORTER, text=text)
    record_audit(actor=None, verb="case.message_from_reporter", organization=case.organization, target=case)
    # The assigned case worker is told by e-mail, by a worker: without a word of the message.
    enqueue_on_commit("birarada.incidents.tasks.notify_reply", case.pk)
    return message


@transaction.atomic
def do_refer_case(case: Case, partner: Organization, summary: str, *, share_contact: bool, actor: Actor) -> Referral:
    if not case.consent_referral:
        raise PermissionError("The reporter did not allow referral.")
    if not case.is_open:
        raise TransitionError("A finished case cannot be referred; reopen it first.")
    referral = Referral.objects.create(
        case=case, partner=partner, referred_by=actor, summary=summary,
        share_contact=share_contact and case.consent_contact,
    )
    changes: dict = {"partner": partner.slug, "share_contact": referral.share_contact}
    steps = []
    if case.status == CaseStatus.RECEIVED:
        # Referring is a decision about the case: it was reviewed on the way.
        steps.append(_move(case, CaseStatus.IN_REVIEW))
    if case.status != CaseStatus.REFERRED:
        steps.append(_move(case, CaseStatus.REFERRED))
    if steps:
        changes["status"] = steps
    record_audit(actor=actor, verb="case.refer", organization=case.organization, target=case, changes=changes)
    return referral


@transaction.atomic
def do_update_referral(referral: Referral, status: str, note: str, *, actor: Actor) -> Referral:
    if status not in ReferralStatus.values:
        raise ValueError(status)
    before = referral.status
    referral.status, referral.partner_note = status, note
    referral.save(update_fields=["status", "partner_note", "updated_at"])
    for organization in (referral.partner, referral.case.organization):
        record_audit(actor=actor, verb="referral.update", organization=organization, target=referral.case,
                     changes={"before": before, "after": status, "partner": referral.partner.slug})
    return referral


@transaction.atomic
def do_transfer_case(case: Case, destination: Organization, *, actor: Actor, note: str = "") -> Case:
    """Hand a case to another unit of the same hierarchy (a metropolitan unit to a district desk, or back up).
    The case worker is unassigned (the new unit assigns its own); the change is recorded in both units' logs,
    so each sees the case come or go."""
    origin = case.organization
    allowed = origin.descendant_ids() | ({origin.parent_id} if origin.parent_id else set())
    if destination.pk not in allowed or not destination.uses_platform:
        raise PermissionError("A case can only go to a unit directly above or below, on the platform.")
    case.organization, case.assigned_to = destination, None
    case.save(update_fields=["organization", "assigned_to"])
    changes = {"from": origin.slug, "to": destination.slug, "note": note[:500]}
    for organization in (origin, destination):
        record_audit(actor=actor, verb="case.transfer", organization=organization, target=case, changes=changes)
    return case


@transaction.atomic
def do_publish_statistics(organization: Organization) -> PublicStatistics:
    """Make today's public figures of the unit and the units below (cases whose reporters allowed counting)."""
    from birarada.incidents.statistics import case_statistics, public_version

    counted = Case.objects.countable().filter(organization__in={organization.pk} | organization.descendant_ids())
    snapshot = PublicStatistics.objects.create(organization=organization,
                                               data=public_version(case_statistics(counted)).to_json())
    # Older snapshots are not needed: the page shows the latest, and each was only ever aggregates.
    PublicStatistics.objects.filter(organization=organization,
                                    made_at__lt=timezone.now() - timedelta(days=31)).delete()
    record_audit(actor=None, verb="statistics.publish", organization=organization, target=None,
                 changes={"snapshot": snapshot.pk})
    return snapshot


@transaction.atomic
def do_record_deadline_reminder(case: Case, *, sent_on: date) -> Case:
    """The deadline reminder for this case was e-mailed to its case worker (by the daily task)."""
    case.reminded_on = sent_on
    case.save(update_fields=["reminded_on"])
    record_audit(actor=None, verb="case.deadline_reminder", organization=case.organization, target=case,
                 changes={"to": case.assigned_to.get_username() if case.assigned_to else None,
                          "due_on": case.due_on.isoformat() if case.due_on else None})
    return case


@transaction.atomic
def do_purge_case(case: Case) -> Case:
    """Erase the personal data of a finished case; keep what the statistics need."""
    for item in case.evidence.all():
        evidence_files.erase(item.stored_name)
    case.evidence.all().delete()
    case.notes.all().delete()
    case.messages.all().delete()
    case.referrals.update(summary="", partner_note="")
    case.description = ""
    case.contact = {}
    case.place = ""
    case.occurred_approx = ""
    case.purged_at = timezone.now()
    case.save(update_fields=["description", "contact", "place", "occurred_approx", "purged_at"])
    record_audit(actor=None, verb="case.purge", organization=case.organization, target=case)
    return case
