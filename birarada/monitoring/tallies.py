"""Daily tallies of items (per source, day, label and state), so that a report over a year sums a few
thousand rows instead of counting a million items.

`refresh_tallies` recounts, with one aggregate query, every day between the first and the last day it is
given, and writes the result with an upsert; it runs inside the transaction of the change that made the
tallies stale (new items, analysis, review). Recounting (rather than adding and subtracting) means a tally
can never drift: the last writer counts what is committed.
"""

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone

from birarada.monitoring.locks import hold_organization_lock
from birarada.monitoring.models import DailyTally, Item


def day_bounds(since: date, until: date) -> tuple[datetime, datetime]:
    """Aware datetimes from the start of `since` to the end of `until` (both days included)."""
    tz = timezone.get_current_timezone()
    return (timezone.make_aware(datetime.combine(since, time.min), tz),
            timezone.make_aware(datetime.combine(until + timedelta(days=1), time.min), tz))


def local_day(moment: datetime) -> date:
    return timezone.localtime(moment).date()


MAX_RUNS = 20


def runs_of(days: set[date]) -> list[tuple[date, date]]:
    """Contiguous runs of days, e.g. {1, 2, 3, 9} → [(1, 3), (9, 9)]; one covering run if there are many."""
    ordered = sorted(days)
    runs = [[ordered[0], ordered[0]]]
    for day in ordered[1:]:
        if day - runs[-1][1] <= timedelta(days=1):
            runs[-1][1] = day
        else:
            runs.append([day, day])
    if len(runs) > MAX_RUNS:
        return [(ordered[0], ordered[-1])]
    return [(first, last) for first, last in runs]


def refresh_tallies(organization_id: int, days) -> None:
    days = set(days)
    if not days:
        return
    with transaction.atomic():
        # Two workers recounting the same organization's days at once would each miss the other's uncommitted
        # change, and the later upsert would win with a stale count: on PostgreSQL recounts of one organization
        # take turns (the lock is held until the surrounding transaction commits, so the next recount sees it).
        hold_organization_lock("tallies", organization_id)
        for first, last in runs_of(days):
            _recount(organization_id, first, last)


def _recount(organization_id: int, first: date, last: date) -> None:
    start, end = day_bounds(first, last)
    fresh = list(
        Item.objects.filter(organization_id=organization_id, published_at__gte=start, published_at__lt=end)
        .annotate(day=TruncDate("published_at")).values("source_id", "day", "label", "state")
        .annotate(n=Count("label")).order_by()
    )
    DailyTally.objects.bulk_create(
        [DailyTally(organization_id=organization_id, **row) for row in fresh],
        update_conflicts=True, unique_fields=["organization", "source", "day", "label", "state"],
        update_fields=["n"],
    )
    kept = {(r["source_id"], r["day"], r["label"], r["state"]) for r in fresh}
    stale = [pk for pk, *key in DailyTally.objects.filter(organization_id=organization_id, day__gte=first,
                                                          day__lte=last)
             .values_list("pk", "source_id", "day", "label", "state") if tuple(key) not in kept]
    if stale:
        DailyTally.objects.filter(pk__in=stale).delete()


def refresh_tallies_for(items) -> None:
    """Recount the days of these items (any organizations)."""
    by_organization: dict[int, set[date]] = {}
    for item in items:
        by_organization.setdefault(item.organization_id, set()).add(local_day(item.published_at))
    for organization_id, days in by_organization.items():
        refresh_tallies(organization_id, days)


def rebuild_tallies(organization_id: int) -> None:
    """Recount every day of an organization (after a bulk load, or to check the tallies)."""
    span = Item.objects.filter(organization_id=organization_id).order_by("published_at")
    first, last = span.values_list("published_at", flat=True).first(), span.reverse().values_list(
        "published_at", flat=True).first()
    if first is not None and last is not None:  # two queries: the items may have gone in between
        refresh_tallies(organization_id, {local_day(first), local_day(last)})
