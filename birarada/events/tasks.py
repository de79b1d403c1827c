from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from birarada.core.scheduling import schedule_next
from birarada.core.tasking import task_on
from birarada.events.actions import do_purge_registrations, retention_cutoff
from birarada.events.choices import EventStatus, RegistrationStatus
from birarada.events.models import Event, Invitation, Registration
from birarada.events.reminders import do_remind_registrants, events_to_remind

DAILY = timedelta(days=1)
HOURLY = timedelta(hours=1)


@task_on("mail")
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


@task_on("default")
def purge_past_registrations() -> int:
    """Erase registrants' details of events that ended more than EVENTS_RETENTION_DAYS ago; runs daily."""
    count = 0
    ended = Event.objects.filter(ends_at__lt=retention_cutoff(settings.EVENTS_RETENTION_DAYS)).filter(
        Exists(Registration.objects.filter(event=OuterRef("pk"), purged_at__isnull=True))
        | Exists(Invitation.objects.filter(event=OuterRef("pk"), purged_at__isnull=True)))
    for event in ended:
        count += do_purge_registrations(event)
    schedule_next(purge_past_registrations, DAILY)
    return count


def _when_and_where(event: Event) -> list[str]:
    lines = [_("When: %(when)s") % {"when": timezone.localtime(event.starts_at).strftime("%Y-%m-%d %H:%M")}]
    if event.venue:
        lines.append(_("Where: %(venue)s") % {"venue": event.venue})
    if event.online_link:
        lines.append(_("Online: %(link)s") % {"link": event.online_link})
    if event.accessibility_labels:
        lines.append(_("Accessibility offered: %(list)s") % {"list": ", ".join(event.accessibility_labels)})
    return lines


@task_on("mail")
def send_invitation_mail(invitation_id: int, token: str, language: str) -> bool:
    """Invite one person to an invitation-only event with their personal registration link."""
    invitation = Invitation.objects.select_related("event__organization").filter(pk=invitation_id).first()
    if invitation is None or invitation.purged_at or not invitation.email:
        return False
    event = invitation.event
    with translation.override(language):
        link = settings.SITE_URL.rstrip("/") + reverse("events:invitation", args=[token])
        body = [_("Dear %(name)s,") % {"name": invitation.name},
                _("%(unit)s invites you to “%(event)s”.") % {"unit": event.organization.name, "event": event.title},
                *_when_and_where(event),
                _("Register with your personal link (it is for you only, please do not pass it on): %(link)s")
                % {"link": link},
                _("If you cannot take part, you need not do anything.")]
        send_mail(_("Invitation: %(event)s — %(unit)s") % {"event": event.title, "unit": event.organization.name},
                  "\n\n".join(body), None, [invitation.email])
    Invitation.objects.filter(pk=invitation_id).update(sent_at=timezone.now())
    return True


@task_on("mail")
def send_reminder_mail(registration_id: int) -> bool:
    """Remind a confirmed registrant of the event, in the language they registered in."""
    registration = Registration.objects.select_related("event__organization").filter(pk=registration_id).first()
    if registration is None or registration.purged_at or not registration.contact.get("email"):
        return False
    if registration.status != RegistrationStatus.CONFIRMED or registration.event.status == EventStatus.CANCELLED:
        return False  # cancelled since the reminder was queued
    event = registration.event
    with translation.override(registration.language):
        body = [_("A reminder: “%(event)s” starts soon and your place is confirmed.") % {"event": event.title},
                *_when_and_where(event),
                _("If you cannot come, please free your place with the personal link in your confirmation e-mail, "
                  "so that someone on the waiting list can come.")]
        send_mail(_("Reminder: %(event)s — %(unit)s") % {"event": event.title, "unit": event.organization.name},
                  "\n\n".join(body), None, [registration.contact["email"]])
    return True


@task_on("mail")
def send_reminders() -> int:
    """Every hour: remind the confirmed registrants of events starting within a day (each once)."""
    count = sum(do_remind_registrants(event) for event in events_to_remind())
    schedule_next(send_reminders, HOURLY)
    return count
