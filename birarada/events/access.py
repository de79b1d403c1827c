"""The only ways to reach events and registrants. Staff: `access_event_by_id(user, org_slug, id)` and
`events_visible_to(workspace)`; registrants only through `registrations_of` (audited by the view's action).
The public sees public events and nothing about who registered."""

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from birarada.core.access import Workspace, access_workspace_by_slug, object_in
from birarada.core.types import AnyUser
from birarada.events.choices import RegistrationStatus
from birarada.events.models import Event, Registration
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
