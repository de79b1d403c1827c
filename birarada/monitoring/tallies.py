"""Daily tallies of items (per source, day, label and state), so that a report over a year sums a few
thousand rows instead of counting a million items; and daily tallies of hateful items by ground, discourse type
and severity (`HatefulTally`) for the report's breakdowns.

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

from birarada.core.vocabulary import Label
from birarada.monitoring.locks import hold_organization_lock
from birarada.monitoring.models import DailyTally, HatefulTally, Item, ItemState, Review, ReviewTally
from birarada.monitoring.partitions import Month
from birarada.monitoring.vocabulary import GROUND_BITS, TYPE_BITS


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
    _replace_counts(DailyTally.objects.filter(organization_id=organization_id, day__gte=first, day__lte=last),
                    ("source_id", "day", "label", "state"),
                    {(r["source_id"], r["day"], r["label"], r["state"]): r["n"] for r in fresh},
                    organization_id=organization_id)
    _recount_hateful(organization_id, first, last, start, end)


def _recount_hateful(organization_id: int, first: date, last: date, start: datetime, end: datetime) -> None:
    rows = (Item.objects.filter(organization_id=organization_id, published_at__gte=start, published_at__lt=end,
                                label=Label.HATEFUL)
            .annotate(day=TruncDate("published_at")).values("day", "ground_bits", "type_bits", "severity", "state")
            .annotate(n=Count("label")).order_by())
    counts: dict[tuple[date, str, str], int] = {}
    for row in rows:
        day, n = row["day"], row["n"]
        keys = [(day, HatefulTally.Facet.GROUND, g) for g, bit in GROUND_BITS.items() if row["ground_bits"] & bit]
        keys += [(day, HatefulTally.Facet.TYPE, t) for t, bit in TYPE_BITS.items() if row["type_bits"] & bit]
        if row["state"] == ItemState.REVIEWED and row["severity"]:
            keys.append((day, HatefulTally.Facet.SEVERITY, row["severity"]))
        for key in keys:
            counts[key] = counts.get(key, 0) + n
    _replace_counts(HatefulTally.objects.filter(organization_id=organization_id, day__gte=first, day__lte=last),
                    ("day", "facet", "value"), counts, organization_id=organization_id)


def _replace_counts(scope, key_fields: tuple[str, ...], counts: dict[tuple, int], **fixed) -> None:
    """Make the tally rows of `scope` (a queryset of one tally model) exactly `counts` (key → n): an upsert on the
    model's unique key (`fixed` fields + `key_fields`), then the rows whose key is no longer counted go."""
    model = scope.model
    model.objects.bulk_create(
        [model(**fixed, **dict(zip(key_fields, key, strict=True)), n=n) for key, n in counts.items()],
        update_conflicts=True, unique_fields=[*fixed, *key_fields], update_fields=["n"])
    stale = [pk for pk, *key in scope.values_list("pk", *key_fields) if tuple(key) not in counts]
    if stale:
        scope.filter(pk__in=stale).delete()


def refresh_tallies_for(items) -> None:
    """Recount the days of these items (any organizations)."""
    by_organization: dict[int, set[date]] = {}
    for item in items:
        by_organization.setdefault(item.organization_id, set()).add(local_day(item.published_at))
    for organization_id, days in by_organization.items():
        refresh_tallies(organization_id, days)


def rebuild_tallies(organization_id: int) -> None:
    """Recount every day of an organization (after a bulk load, or to check the tallies), a month at a time."""
    span = Item.objects.filter(organization_id=organization_id).order_by("published_at")
    first, last = span.values_list("published_at", flat=True).first(), span.reverse().values_list(
        "published_at", flat=True).first()
    if first is None or last is None:  # two queries: the items may have gone in between
        return
    day, last_day = local_day(first), local_day(last)
    while day <= last_day:
        month_end = min(last_day, local_day(Month.of(day).end) - timedelta(days=1))
        with transaction.atomic():
            hold_organization_lock("tallies", organization_id)
            _recount(organization_id, day, month_end)
        day = month_end + timedelta(days=1)


def review_month(moment: datetime) -> date:
    month = Month.of(moment)
    return date(month.year, month.month, 1)


def refresh_review_tallies(slices) -> None:
    """Recount the review tallies of these (organization, source, month) slices, each from its reviews."""
    with transaction.atomic():
        for organization_id, source_id, month in sorted(set(slices)):
            hold_organization_lock("tallies", organization_id)
            _recount_reviews(organization_id, source_id, month)


def _recount_reviews(organization_id: int, source_id: int, month: date) -> None:
    period = Month.of(month)
    rows = (Review.objects.filter(source_id=source_id, organization_id=organization_id,
                                  reviewed_at__gte=period.start, reviewed_at__lt=period.end)
            .values("engine_label", "label", "engine_ground_bits", "ground_bits").annotate(n=Count("label"))
            .order_by())
    counts: dict[tuple, int] = {}
    for row in rows:
        engine, person = row["engine_label"] == Label.HATEFUL, row["label"] == Label.HATEFUL
        key = (engine, person, row["engine_ground_bits"] if engine else 0, row["ground_bits"] if person else 0)
        counts[key] = counts.get(key, 0) + row["n"]
    _replace_counts(ReviewTally.objects.filter(organization_id=organization_id, source_id=source_id, month=month),
                    ("engine_hateful", "person_hateful", "engine_ground_bits", "ground_bits"), counts,
                    organization_id=organization_id, source_id=source_id, month=month)


def rebuild_review_tallies(organization_id: int) -> None:
    """Recount every (source, month) that has reviews (after a bulk load, or to check the tallies)."""
    from django.db.models.functions import TruncMonth

    slices = {(organization_id, source_id, month.date() if isinstance(month, datetime) else month)
              for source_id, month in Review.objects.filter(organization_id=organization_id)
              .annotate(month=TruncMonth("reviewed_at")).values_list("source_id", "month").distinct().order_by()}
    # Tallies of a (source, month) that has no review any more would not be recounted: they go first.
    gone = [pk for pk, source_id, month in ReviewTally.objects.filter(organization_id=organization_id)
            .values_list("pk", "source_id", "month") if (organization_id, source_id, month) not in slices]
    ReviewTally.objects.filter(pk__in=gone).delete()
    refresh_review_tallies(slices)
