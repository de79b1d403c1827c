"""Reminders the day before: every confirmed registrant with an e-mail address is reminded once of an event that
starts within REMINDER_WINDOW. The hourly task (tasks.send_reminders) finds the events; this action marks the
registrations and queues one e-mail each."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from birarada.core.actions import record_audit
from birarada.core.tasking import enqueue_on_commit
from birarada.events.choices import EventStatus, RegistrationStatus
from birarada.events.models import Event, Registration

REMINDER_WINDOW = timedelta(hours=24)


def _due(event: Event) -> QuerySet[Registration]:
    # email_digest is set exactly when the registrant gave an e-mail address (and erased with it).
    return event.registrations.filter(status=RegistrationStatus.CONFIRMED, reminded_at__isnull=True,
                                      purged_at__isnull=True).exclude(email_digest="")


def events_to_remind(now: datetime | None = None) -> QuerySet[Event]:
    """Events starting within the window, not cancelled, with someone confirmed not reminded yet."""
    now = now or timezone.now()
    return Event.objects.filter(
        starts_at__gt=now, starts_at__lte=now + REMINDER_WINDOW,
        registrations__status=RegistrationStatus.CONFIRMED, registrations__reminded_at__isnull=True,
        registrations__purged_at__isnull=True).exclude(status=EventStatus.CANCELLED).distinct()


@transaction.atomic
def do_remind_registrants(event: Event) -> int:
    """Mark the event's confirmed registrants (with an address, not reminded yet) as reminded and queue their
    e-mails; returns how many. The waiting list is not reminded: they have no place yet."""
    locked = Event.objects.select_for_update().get(pk=event.pk)
    if locked.status == EventStatus.CANCELLED:
        return 0
    due = list(_due(locked).select_for_update().values_list("pk", flat=True))
    if not due:
        return 0
    Registration.objects.filter(pk__in=due).update(reminded_at=timezone.now())
    for registration_id in due:
        enqueue_on_commit("birarada.events.tasks.send_reminder_mail", registration_id)
    record_audit(actor=None, verb="event.remind", organization=locked.organization, target=locked,
                 changes={"reminded": len(due)})
    return len(due)
