"""Figures the events module measures from its own records (registered in the manifest for plan indicators)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from birarada.events.choices import EventKind, EventStatus, ParticipantKind
from birarada.events.models import Event, Registration


def _held(organization_ids: set[int], since: date, until: date):
    return Event.objects.filter(organization__in=organization_ids, ends_at__date__gte=since,
                                ends_at__date__lte=until).exclude(status=EventStatus.CANCELLED)


def events_held(organization_ids: set[int], since: date, until: date) -> int:
    return _held(organization_ids, since, until).count()


def people_trained(organization_ids: set[int], since: date, until: date) -> int:
    return Registration.objects.filter(event__in=_held(organization_ids, since, until).filter(
        kind=EventKind.TRAINING), attended=True).count()


def municipal_staff_trained(organization_ids: set[int], since: date, until: date) -> int:
    return Registration.objects.filter(event__in=_held(organization_ids, since, until).filter(
        kind=EventKind.TRAINING), attended=True, participant_kind=ParticipantKind.MUNICIPAL_STAFF).count()


def events_held_of_kind(kind: str, organization_ids: set[int], since: date, until: date) -> int:
    return _held(organization_ids, since, until).filter(kind=kind).count()


def __getattr__(name: str) -> Callable[[set[int], date, date], int]:
    """`held_<kind>` for every EventKind: the manifest names one indicator per kind ("events.held.panel")."""
    kind = name.removeprefix("held_")
    if name.startswith("held_") and kind in EventKind.values:
        return functools.partial(events_held_of_kind, kind)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def training_hours(organization_ids: set[int], since: date, until: date) -> float:
    total = Decimal(0)
    for event in _held(organization_ids, since, until).filter(kind=EventKind.TRAINING, training_hours__isnull=False):
        total += (event.training_hours or Decimal(0)) * event.registrations.filter(attended=True).count()
    return float(total)
