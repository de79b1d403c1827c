"""The events module's section of a city's public page: the upcoming public events of the city's unit and of the
units below it (core/modules.py, CitySection)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from birarada.core.models import Organization
from birarada.core.modules import ReferenceLink
from birarada.events.access import public_events
from birarada.events.choices import EventStatus

SHOWN = 8


def upcoming_events(organization: Organization) -> list[ReferenceLink]:
    scope = {organization.pk} | organization.descendant_ids()
    events = (public_events().filter(organization_id__in=scope, ends_at__gte=timezone.now())
              .exclude(status=EventStatus.CANCELLED).order_by("starts_at")[:SHOWN])
    return [ReferenceLink(kind=f"{date_format(timezone.localtime(e.starts_at), 'DATETIME_FORMAT')} · "
                               f"{e.get_kind_display()}",
                          label=e.title,
                          url=reverse("events:public_event", args=[e.organization.slug, e.slug]))
            for e in events]
