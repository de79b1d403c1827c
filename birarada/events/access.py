"""The only ways to reach events and registrants. Staff: `access_event_by_id(user, org_slug, id)` and
`events_visible_to(workspace)`; registrants only through `registrations_of` (audited by the view's action).
The public sees public events and nothing about who registered."""

from datetime import date

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from birarada.core.access import Workspace, access_workspace_by_slug, object_in
from birarada.core.types import AnyUser
from birarada.events.choices import EventKind, EventStatus, ParticipantKind, RegistrationStatus
from birarada.events.models import Event, EventFile, Feedback, Invitation, Registration
from birarada.events.module import MANAGE_EVENTS, VIEW_EVENTS


def with_counts(events: QuerySet[Event]) -> QuerySet[Event]:
    return events.annotate(
        confirmed=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)),
        waiting=Count("registrations", filter=Q(registrations__status=RegistrationStatus.WAITING)),
        attended_count=Count("registrations", filter=Q(registrations__attended=True)))


def events_visible_to(workspace: Workspace) -> QuerySet[Event]:
    workspace.require(VIEW_EVENTS)
    return with_counts(Event.objects.filter(organization=workspace.organization))


def access_event_by_id(user: AnyUser, slug: str, event_id: object, *, manage: bool = False
                       ) -> tuple[Event, Workspace]:
    workspace = access_workspace_by_slug(user, slug, MANAGE_EVENTS if manage else VIEW_EVENTS, member=manage)
    event = object_in(workspace, with_counts(Event.objects.prefetch_related("agenda")), event_id)
    return event, workspace


def registrations_of(event: Event, workspace: Workspace) -> QuerySet[Registration]:
    """Registrants' details, for the event's own organizers (each read is audited by the caller)."""
    workspace.require(MANAGE_EVENTS).require_member()
    if event.organization_id != workspace.organization.pk:
        raise Http404
    return event.registrations.order_by("status", "created_at", "pk")


def invitations_of(event: Event, workspace: Workspace) -> QuerySet[Invitation]:
    """Invitees' details, for the event's own organizers (each read is audited by the caller)."""
    workspace.require(MANAGE_EVENTS).require_member()
    if event.organization_id != workspace.organization.pk:
        raise Http404
    return event.invitations.select_related("registration").order_by("created_at", "pk")


def trainings_held(workspace: Workspace, since: date, until: date) -> QuerySet[Event]:
    """The organization's trainings ending within [since, until], not cancelled, with the number of attended
    registrations by participant kind (counts only: nobody's details)."""
    workspace.require(VIEW_EVENTS)
    came = Q(registrations__attended=True)
    return Event.objects.filter(
        organization=workspace.organization, kind=EventKind.TRAINING, ends_at__date__gte=since,
        ends_at__date__lte=until).exclude(status=EventStatus.CANCELLED).annotate(
        residents=Count("registrations", filter=came & Q(registrations__participant_kind=ParticipantKind.RESIDENT)),
        municipal_staff=Count("registrations", filter=came & Q(
            registrations__participant_kind=ParticipantKind.MUNICIPAL_STAFF)),
        partner_staff=Count("registrations", filter=came & Q(
            registrations__participant_kind=ParticipantKind.PARTNER_STAFF)),
        trained=Count("registrations", filter=came)).order_by("starts_at", "pk")


def trained_staff_directorates(trainings: QuerySet[Event]) -> list[tuple[int, str]]:
    """(event id, directorate) of every attended registration of municipal staff in `trainings` (a directorate
    is a department's name, kept after the purge)."""
    return list(Registration.objects.filter(event__in=trainings.values("pk"), attended=True,
                                            participant_kind=ParticipantKind.MUNICIPAL_STAFF)
                .order_by("pk").values_list("event_id", "directorate"))


def public_events() -> QuerySet[Event]:
    return with_counts(Event.objects.public().select_related("organization"))


def public_event(organization_slug: str, event_slug: str) -> Event:
    event = with_counts(Event.objects.public().select_related("organization").prefetch_related("agenda")).filter(
        organization__slug=organization_slug, slug=event_slug).first()
    if event is None:
        raise Http404
    return event


def certificate(code: str) -> Registration | None:
    if not code or len(code) > 20:
        return None
    return Registration.objects.select_related("event__organization").filter(
        certificate_code=code.strip().upper()).first()


def access_event_file_by_id(user: AnyUser, slug: str, event_id: object, file_id: object
                            ) -> tuple[EventFile, Event, Workspace]:
    """One file of an event of unit `slug`, for its own organizers (a file may hold personal data)."""
    event, workspace = access_event_by_id(user, slug, event_id, manage=True)
    return object_in(workspace, EventFile.objects.filter(event=event).select_related("event__organization"),
                     file_id, via="event__organization"), event, workspace


def files_of(event: Event, workspace: Workspace) -> QuerySet[EventFile]:
    workspace.require(MANAGE_EVENTS).require_member()
    if event.organization_id != workspace.organization.pk:
        raise Http404
    return event.files.all()


def feedback_of(event: Event, workspace: Workspace) -> QuerySet[Feedback]:
    """The anonymous feedback on an event, for its own organizers."""
    workspace.require(MANAGE_EVENTS).require_member()
    if event.organization_id != workspace.organization.pk:
        raise Http404
    return event.feedback.all()
