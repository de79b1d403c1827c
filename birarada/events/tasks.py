from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from birarada.core.scheduling import schedule_next
from birarada.core.tasking import task
from birarada.events.actions import do_purge_registrations, retention_cutoff
from birarada.events.models import Event, Registration

DAILY = timedelta(days=1)


@task()
def send_registration_mail(registration_id: int, what: str, token: str = "") -> bool:
    """Tell a registrant, in the language they registered in: confirmed (with the cancel link), on the waiting
    list, promoted from the waiting list, or the event was cancelled."""
    registration = Registration.objects.select_related("event__organization").filter(pk=registration_id).first()
    if registration is None or registration.purged_at or not registration.contact.get("email"):
        return False
    event = registration.event
    with translation.override(registration.language):
        lines = {
            "confirmed": _("Your place at “%(event)s” is confirmed."),
            "waiting": _("“%(event)s” is full: you are on the waiting list. We write again if a place frees up."),
            "promoted": _("A place freed up: your place at “%(event)s” is now confirmed."),
            "event_cancelled": _("We are sorry: “%(event)s” was cancelled."),
        }
        body = [lines.get(what, lines["confirmed"]) % {"event": event.title},
                _("When: %(when)s") % {"when": event.starts_at.strftime("%Y-%m-%d %H:%M")}]
        if event.venue:
            body.append(_("Where: %(venue)s") % {"venue": event.venue})
        if token:
            link = settings.SITE_URL.rstrip("/") + reverse("events:cancel", args=[token])
            body.append(_("If you cannot come, free your place with this personal link: %(link)s") % {"link": link})
        send_mail(_("%(event)s — %(unit)s") % {"event": event.title, "unit": event.organization.name},
                  "\n\n".join(body), None, [registration.contact["email"]])
    return True


@task()
def purge_past_registrations() -> int:
    """Erase registrants' details of events that ended more than EVENTS_RETENTION_DAYS ago; runs daily."""
    count = 0
    ended = Event.objects.filter(ends_at__lt=retention_cutoff(settings.EVENTS_RETENTION_DAYS),
                                 registrations__purged_at__isnull=True).distinct()
    for event in ended:
        count += do_purge_registrations(event)
    schedule_next(purge_past_registrations, DAILY)
    return count
