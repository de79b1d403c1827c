"""The events module's open dataset (see core/opendata.py): public events, as their public page shows them.

An event is public when the unit made it public (`Event.objects.public()`, the same rule as the calendar and the
event's page); invitation-only events never appear, and nothing about who registered, was invited or gave
feedback does. Models are imported inside the function: the manifest imports this file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.translation import gettext_lazy as _

from birarada.core.modules import Dataset, DatasetField, OpenFilters
from birarada.core.opendata import QuerySetRows, iso, overlapping, slug_url_maker, with_city


def public_event_rows(filters: OpenFilters) -> QuerySetRows:
    from birarada.events.models import Event

    found = (Event.objects.public().select_related("organization")
             .defer("minutes", "outcomes", "attending_other", "topics")
             .order_by("starts_at", "pk"))
    found = overlapping(with_city(found, "organization__city", filters.city), "starts_at", "ends_at", filters)
    url = slug_url_maker("events:public_event", 2)
    return QuerySetRows(found, lambda event: _event(event, url))


def _event(event: Any, url: Callable[..., str]) -> dict[str, Any]:
    organization = event.organization
    return {
        "organization": organization.slug,
        "organization_name": organization.name,
        "city": organization.city,
        "slug": event.slug,
        "kind": event.kind,
        "title": event.title,
        "description": event.description,
        "starts_at": iso(event.starts_at),
        "ends_at": iso(event.ends_at),
        "venue": event.venue,
        "online_link": event.online_link,
        "languages": event.languages,
        "accessibility": list(event.accessibility),
        "interpretation_into": event.interpretation_into,
        "capacity": event.capacity,
        "status": event.status,
        "url": url(organization.slug, event.slug),
    }


PUBLIC_EVENTS = Dataset(
    key="public-events",
    title=_("Public events"),
    description=_("Panels, meetings with civil society, trainings and other public events of the equality units "
                  "and their partners, past and coming. since and until keep the events that take place at least "
                  "partly in that period; city keeps those of organizations in that city."),
    rows="birarada.events.datasets.public_event_rows",
    fields=(
        DatasetField("organization", "string", _("Slug of the organization holding it.")),
        DatasetField("organization_name", "string", _("Name of the organization holding it.")),
        DatasetField("city", "string", _("City of the organization holding it.")),
        DatasetField("slug", "string", _("Short name in addresses (unique within the organization).")),
        DatasetField("kind", "string", _("Kind: panel, cso_meeting, focus_group, training, workshop, talk, "
                                         "closing or other.")),
        DatasetField("title", "string", _("Title.")),
        DatasetField("description", "string", _("Description.")),
        DatasetField("starts_at", "datetime", _("When it starts.")),
        DatasetField("ends_at", "datetime", _("When it ends.")),
        DatasetField("venue", "string", _("Venue.")),
        DatasetField("online_link", "string", _("Online link, for an online event.")),
        DatasetField("languages", "string", _("Languages spoken.")),
        DatasetField("accessibility", "array", _("Accessibility offered (codes).")),
        DatasetField("interpretation_into", "string", _("Languages it is interpreted into.")),
        DatasetField("capacity", "integer", _("Places; empty for no limit.")),
        DatasetField("status", "string", _("open (for registration), closed (registration closed) or "
                                           "cancelled.")),
        DatasetField("url", "string", _("Its public page.")),
    ),
)

DATASETS = (PUBLIC_EVENTS,)
