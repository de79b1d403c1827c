"""Every change to an event and its registrations: one transaction, one audit row, plain values in.
Registrants' details never go into the audit log."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.core.actions import record_audit
from birarada.core.crypto import keyed_digest
from birarada.core.models import Organization
from birarada.core.tasking import enqueue_on_commit
from birarada.core.types import Actor
from birarada.events.choices import Accessibility, EventKind, EventStatus, ParticipantKind, RegistrationStatus
from birarada.events.models import AgendaItem, Event, Registration

CANCEL_PURPOSE = "events.cancel"
EMAIL_PURPOSE = "events.email"
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"


class EventError(ValueError):
    """A change the event does not allow, with a message a person can act on."""


@transaction.atomic
def do_create_event(organization: Organization, *, slug: str, kind: str, title: str, starts_at: datetime,
                    ends_at: datetime, actor: Actor, description: str = "", venue: str = "", online_link: str = "",
                    languages: str = "", accessibility=(), interpretation_into: str = "",
                    capacity: int | None = None, is_public: bool = True,
                    training_hours: Decimal | None = None, topics: str = "") -> Event:
    if kind not in EventKind.values:
        raise EventError(f"Unknown kind: {kind}")
    if ends_at <= starts_at:
        raise EventError(_("The event ends before it starts."))
    unknown = set(accessibility) - set(Accessibility.values)
    if unknown:
        raise EventError(f"Unknown accessibility: {', '.join(sorted(unknown))}")
    if Event.objects.filter(organization=organization, slug=slug).exists():
        raise EventError(_("Another event of this organization already has this short name."))
    event = Event(organization=organization, slug=slug, kind=kind, title=title, starts_at=starts_at, ends_at=ends_at,
                  description=description, venue=venue, online_link=online_link, languages=languages,
                  accessibility=list(accessibility), interpretation_into=interpretation_into, capacity=capacity,
                  is_public=is_public, training_hours=training_hours, topics=topics)
    event.full_clean()
    event.save()
    record_audit(actor=actor, verb="event.create", organization=organization, target=event,
                 changes={"slug": slug, "kind": kind, "starts_at": starts_at.isoformat(), "capacity": capacity})
    return event


@transaction.atomic
def do_add_agenda_item(event: Event, *, title: str, starts_at: datetime, ends_at: datetime, people: str = "",
                       actor: Actor) -> AgendaItem:
    if not (event.starts_at <= starts_at < ends_at <= event.ends_at):
        raise EventError(_("The session must take place within the event's times."))
    item = AgendaItem.objects.create(event=event, title=title[:300], starts_at=starts_at, ends_at=ends_at,
                                     people=people)
    record_audit(actor=actor, verb="event.agenda_add", organization=event.organization, target=event,
                 changes={"session": title[:200]})
    return item


@transaction.atomic
def do_cancel_event(event: Event, *, actor: Actor) -> Event:
    event.status = EventStatus.CANCELLED
    event.save(update_fields=["status"])
    for registration in event.registrations.exclude(status=RegistrationStatus.CANCELLED):
        enqueue_on_commit("birarada.events.tasks.send_registration_mail", registration.pk, "event_cancelled")
    record_audit(actor=actor, verb="event.cancel", organization=event.organization, target=event)
    return event


def _email_digest(contact: dict) -> str:
    email = (contact.get("email") or "").strip().casefold()
    return keyed_digest(EMAIL_PURPOSE, email) if email else ""


@transaction.atomic
def do_register(event: Event, *, name: str, contact: dict, organization_name: str = "", needs: str = "",
                language: str = "tr", participant_kind: str = ParticipantKind.RESIDENT,
                directorate: str = "") -> tuple[Registration, str]:
    """Register someone (no account): confirmed while places remain, else on the waiting list in arrival order.
    Returns (registration, cancel token); the token is shown and e-mailed once and stored only as a digest.

    The event row is locked for the count, so concurrent registrations never exceed the places."""
    locked = Event.objects.select_for_update().get(pk=event.pk)
    if locked.status != EventStatus.OPEN:
        raise EventError("Registration for this event is closed." if locked.status == EventStatus.CLOSED
                         else "This event was cancelled.")
    if locked.ends_at < timezone.now():
        raise EventError(_("This event is over."))
    if participant_kind not in ParticipantKind.values:
        raise EventError(f"Unknown participant kind: {participant_kind}")
    if not locked.is_training:  # who took part, for training records only
        participant_kind, directorate = ParticipantKind.RESIDENT, ""
    elif participant_kind != ParticipantKind.MUNICIPAL_STAFF:
        directorate = ""
    email_digest = _email_digest(contact)
    if email_digest and locked.registrations.filter(email_digest=email_digest).exclude(
            status=RegistrationStatus.CANCELLED).exists():
        raise EventError(_("This e-mail address is already registered for this event."))
    confirmed = locked.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    status = (RegistrationStatus.CONFIRMED if locked.capacity is None or confirmed < locked.capacity
              else RegistrationStatus.WAITING)
    token = secrets.token_urlsafe(24)
    registration = Registration.objects.create(
        event=locked, name=name.strip()[:200], contact=contact, organization_name=organization_name.strip()[:200],
        needs=needs.strip()[:2000], language=language[:8], status=status,
        token_digest=keyed_digest(CANCEL_PURPOSE, token), email_digest=email_digest,
        participant_kind=participant_kind, directorate=directorate.strip()[:200])
    record_audit(actor=None, verb="event.register", organization=locked.organization, target=locked,
                 changes={"registration": registration.pk, "status": status})
    if contact.get("email"):
        enqueue_on_commit("birarada.events.tasks.send_registration_mail", registration.pk, status, token)
    return registration, token


def registration_for_token(token: str) -> Registration | None:
    if not token or len(token) > 100:
        return None
    return Registration.objects.select_related("event__organization").filter(
        token_digest=keyed_digest(CANCEL_PURPOSE, token)).first()


@transaction.atomic
def do_cancel_registration(registration: Registration) -> Registration | None:
    """The registrant cancels with their link; the first on the waiting list takes the place (and is told).
    Returns the promoted registration, if any."""
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration.refresh_from_db()
    if registration.status == RegistrationStatus.CANCELLED:
        return None
    freed = registration.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED
    registration.save(update_fields=["status", "changed_at"])
    promoted = None
    if freed and event.status == EventStatus.OPEN:
        promoted = event.registrations.filter(status=RegistrationStatus.WAITING).order_by("created_at", "pk").first()
        if promoted is not None:
            promoted.status = RegistrationStatus.CONFIRMED
            promoted.save(update_fields=["status", "changed_at"])
            enqueue_on_commit("birarada.events.tasks.send_registration_mail", promoted.pk, "promoted")
    record_audit(actor=None, verb="event.unregister", organization=event.organization, target=event,
                 changes={"registration": registration.pk, "promoted": promoted.pk if promoted else None})
    return promoted


@transaction.atomic
def do_record_attendance(event: Event, attended_ids: set[int], *, actor: Actor) -> int:
    registrations = event.registrations.filter(status=RegistrationStatus.CONFIRMED)
    registrations.filter(pk__in=attended_ids).update(attended=True)
    registrations.exclude(pk__in=attended_ids).update(attended=False)
    count = registrations.filter(attended=True).count()
    record_audit(actor=actor, verb="event.attendance", organization=event.organization, target=event,
                 changes={"attended": count})
    return count


def _code() -> str:
    return "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))


@transaction.atomic
def do_issue_certificates(event: Event, *, actor: Actor) -> int:
    """A verification code for every attendee of a training who has none yet; returns how many were issued."""
    if not event.is_training:
        raise EventError(_("Certificates are issued for trainings."))
    if event.ends_at > timezone.now():
        raise EventError(_("Certificates are issued once the training is over."))
    issued = 0
    for registration in event.registrations.filter(attended=True, certificate_code="", purged_at__isnull=True):
        registration.certificate_code = _code()
        registration.save(update_fields=["certificate_code", "changed_at"])
        issued += 1
    record_audit(actor=actor, verb="event.certificates", organization=event.organization, target=event,
                 changes={"issued": issued})
    return issued


@transaction.atomic
def do_purge_registrations(event: Event) -> int:
    """Erase registrants' and invitees' details of a past event; statuses, attendance, participant kinds and
    certificate codes stay for counts (a certificate's page then confirms the training without the name)."""
    stale = event.registrations.filter(purged_at__isnull=True)
    count = stale.update(name="", contact={}, organization_name="", needs="", email_digest="",
                         purged_at=timezone.now())
    invited = event.invitations.filter(purged_at__isnull=True).update(
        name="", email="", organization_name="", email_digest="", purged_at=timezone.now())
    record_audit(actor=None, verb="event.purge", organization=event.organization, target=event,
                 changes={"registrations": count, "invitations": invited})
    return count


def retention_cutoff(days: int) -> datetime:
    return timezone.now() - timedelta(days=days)
