"""Figures the events module measures from its own records (registered in the manifest for plan indicators)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from birarada.events.choices import EventKind, EventStatus
from birarada.events.models import Event, Registration


def _held(organization_ids: set[int], since: date, until: date):
    return Event.objects.filter(organization__in=organization_ids, ends_at__date__gte=since,
                                ends_at__date__lte=until).exclude(status=EventStatus.CANCELLED)


def events_held(organization_ids: set[int], since: date, until: date) -> int:
    return _held(organization_ids, since, until).count()


def people_trained(organization_ids: set[int], since: date, until: date) -> int:
    return Registration.objects.filter(event__in=_held(organization_ids, since, until).filter(
        kind=EventKind.TRAINING), attended=True).count()


def training_hours(organization_ids: set[int], since: date, until: date) -> float:
    total = Decimal(0)
    for event in _held(organization_ids, since, until).filter(kind=EventKind.TRAINING, training_hours__isnull=False):
        total += (event.training_hours or Decimal(0)) * event.registrations.filter(attended=True).count()
    return float(total)
