from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from birarada.core.scheduling import schedule_next
from birarada.core.tasking import task_on
from birarada.incidents.actions import do_purge_case, do_record_deadline_reminder
from birarada.incidents.models import Case

DAILY = timedelta(days=1)


@task_on("default")
def purge_expired_cases() -> int:
    """Erase personal data of cases finished more than INCIDENTS_RETENTION_DAYS ago; returns how many."""
    cutoff = timezone.now() - timedelta(days=settings.INCIDENTS_RETENTION_DAYS)
    expired = Case.objects.finished().filter(finished_at__lt=cutoff, purged_at__isnull=True)
    count = 0
    for case in expired.iterator():
        do_purge_case(case)
        count += 1
    schedule_next(purge_expired_cases, DAILY)
    return count


@task_on("mail")
def remind_case_deadlines() -> int:
    """E-mail the assigned case worker once when an open case's deadline is tomorrow or past."""
    today = timezone.localdate()
    due = Case.objects.open().filter(due_on__lte=today + timedelta(days=1), reminded_on__isnull=True,
                                     assigned_to__isnull=False, assigned_to__email__gt="")
    count = 0
    for case in due.select_related("assigned_to", "organization"):
        with override(settings.LANGUAGE_CODE):
            # No personal data of the reporter in an e-mail: only the case number and the deadline.
            send_mail(
                _("Case %(ref)s: deadline %(date)s") % {"ref": case.reference, "date": case.due_on.isoformat()},
                _("The deadline of case %(ref)s in %(org)s is %(date)s. Open the workspace to continue.")
                % {"ref": case.reference, "org": case.organization.name, "date": case.due_on.isoformat()},
                None,
                [case.assigned_to.email],
            )
        do_record_deadline_reminder(case, sent_on=today)
        count += 1
    schedule_next(remind_case_deadlines, DAILY)
    return count


@task_on("mail")
def notify_reply(case_id: int) -> bool:
    """E-mail the assigned case worker that the reporter answered; no word of the reporter's message in it."""
    case = Case.objects.select_related("assigned_to", "organization").filter(pk=case_id).first()
    if case is None or case.assigned_to is None or not case.assigned_to.email or not case.is_open:
        return False
    with override(settings.LANGUAGE_CODE):
        send_mail(
            _("Case %(ref)s: the reporter answered") % {"ref": case.reference},
            _("The reporter of case %(ref)s in %(org)s sent a new message. Open the workspace to read it.")
            % {"ref": case.reference, "org": case.organization.name},
            None,
            [case.assigned_to.email],
        )
    return True


@task_on("reports")
def publish_public_statistics() -> int:
    """Make the day's public figures for the unit that receives public reports; runs daily."""
    from birarada.incidents.access import intake_organization
    from birarada.incidents.actions import do_publish_statistics

    organization = intake_organization()
    if organization is not None:
        do_publish_statistics(organization)
    schedule_next(publish_public_statistics, DAILY)
    return 1 if organization is not None else 0
