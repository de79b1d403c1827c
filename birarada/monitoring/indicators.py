"""Figures the monitoring module measures from its own records, for plan indicators (registered in the manifest).

Counts come from the daily tallies (engine or reviewer decision, whichever stands), so they match the
media-watch reports.
"""

from __future__ import annotations

from datetime import date

from django.db.models import Q, Sum

from birarada.monitoring.models import DailyTally, ItemState


def _sums(organization_ids: set[int], since: date, until: date) -> tuple[int, int]:
    """(analysed items, hateful items) of the period: items waiting for analysis have no label yet."""
    found = DailyTally.objects.filter(organization__in=organization_ids, day__gte=since, day__lte=until).exclude(
        state=ItemState.NEW).aggregate(items=Sum("n"), hateful=Sum("n", filter=Q(label="hateful")))
    return found["items"] or 0, found["hateful"] or 0


def share_hateful(organization_ids: set[int], since: date, until: date) -> float | None:
    """Percent of monitored items judged hateful."""
    items, hateful = _sums(organization_ids, since, until)
    return round(100 * hateful / items, 1) if items else None


def hateful_per_thousand(organization_ids: set[int], since: date, until: date) -> float | None:
    """Hateful items per 1,000 monitored items."""
    items, hateful = _sums(organization_ids, since, until)
    return round(1000 * hateful / items, 1) if items else None
