"""Every change to a case: one transaction, one audit row. Audit rows never hold the personal data itself."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from birarada.core.actions import record_audit
from birarada.incidents import evidence as evidence_files
from birarada.incidents.choices import TRANSITIONS, CaseStatus, MessageDirection, ReferralStatus
from birarada.incidents.models import Case, CaseMessage, CaseNote, Evidence, Referral
from birarada.incidents.receipts import new_receipt, receipt_digest


class TransitionError(ValueError):
    pass


def do_submit_report(*, organization, form, files=(), channel="web", language="tr") -> tuple[Case, str]:
    """Create a case from a validated ReportForm and cleaned evidence files; returns (case, receipt).

    Files are encrypted and written before the transaction; if the transaction fails they are erased.
    """
    stored = [(clean, evidence_files.store(clean)) for clean in files]
    receipt = new_receipt()
    data = form.cleaned_data
    try:
        with transaction.atomic():
            case = Case.objects.create(
                organization=organization,
                receipt_digest=receipt_digest(receipt),
                channel=channel,
                language=language,
                grounds=sorted(set(data["grounds"])),
                area=data["area"],
                occurred_on=data.get("occurred_on"),
                occurred_approx=data.get("occurred_approx", ""),
                district=data.get("district", ""),
                place=data.get("place", ""),
                perpetrator=data.get("perpetrator", ""),
                reporter_role=data["reporter_role"],
                description=data["description"],
                contact=form.contact(),
                consent_contact=data.get("consent_contact", False),
                consent_referral=data.get("consent_referral", False),
                consent_statistics=data.get("consent_statistics", False),
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


def record_case_view(case: Case, *, actor, what: str = "case") -> None:
    """Reading sensitive fields is logged too."""
    record_audit(actor=actor, verb=f"case.view_{what}", organization=case.organization, target=case)


@transaction.atomic
def do_change_case_status(case: Case, status: str, *, actor, reason: str = "") -> Case:
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
    record_audit(actor=actor, verb="case.status", organization=case.organization, target=case,
                 changes={"before": before, "after": {"status": status, "closure_reason": case.closure_reason}})
    return case


@transaction.atomic
def do_assign_case(case: Case, assignee, *, actor) -> Case:
    before = case.assigned_to.get_username() if case.assigned_to else None
    case.assigned_to = assignee
    case.save(update_fields=["assigned_to"])
    if case.status == CaseStatus.RECEIVED and assignee is not None:
        case.status, case.status_changed_at = CaseStatus.IN_REVIEW, timezone.now()
        case.save(update_fields=["status", "status_changed_at"])
    record_audit(actor=actor, verb="case.assign", organization=case.organization, target=case,
                 changes={"before": before, "after": assignee.get_username() if assignee else None})
    return case


@transaction.atomic
def do_set_case_deadline(case: Case, due_on, *, actor) -> Case:
    before = case.due_on.isoformat() if case.due_on else None
    case.due_on, case.reminded_on = due_on, None
    case.save(update_fields=["due_on", "reminded_on"])
    record_audit(actor=actor, verb="case.deadline", organization=case.organization, target=case,
                 changes={"before": before, "after": due_on.isoformat() if due_on else None})
    return case


@transaction.atomic
def do_add_case_note(case: Case, text: str, *, actor) -> CaseNote:
    note = CaseNote.objects.create(case=case, author=actor, text=text)
    record_audit(actor=actor, verb="case.note", organization=case.organization, target=case)
    return note


@transaction.atomic
def do_send_message_to_reporter(case: Case, text: str, *, actor) -> CaseMessage:
    message = CaseMessage.objects.create(case=case, direction=MessageDirection.TO_REPORTER, author=actor, text=text)
    record_audit(actor=actor, verb="case.message_to_reporter", organization=case.organization, target=case)
    return message


@transaction.atomic
def do_receive_reporter_message(case: Case, text: str) -> CaseMessage:
    message = CaseMessage.objects.create(case=case, direction=MessageDirection.FROM_REPORTER, text=text)
    record_audit(actor=None, verb="case.message_from_reporter", organization=case.organization, target=case)
    return message


@transaction.atomic
def do_refer_case(case: Case, partner, summary: str, *, share_contact: bool, actor) -> Referral:
    if not case.consent_referral:
        raise PermissionError("The reporter did not allow referral.")
    if not case.is_open:
        raise TransitionError("A finished case cannot be referred; reopen it first.")
    referral = Referral.objects.create(
        case=case, partner=partner, referred_by=actor, summary=summary,
        share_contact=share_contact and case.consent_contact,
    )
    if case.status != CaseStatus.REFERRED:
        case.status, case.status_changed_at = CaseStatus.REFERRED, timezone.now()
        case.save(update_fields=["status", "status_changed_at"])
    record_audit(actor=actor, verb="case.refer", organization=case.organization, target=case,
                 changes={"partner": partner.slug, "share_contact": referral.share_contact})
    return referral


@transaction.atomic
def do_update_referral(referral: Referral, status: str, note: str, *, actor) -> Referral:
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
