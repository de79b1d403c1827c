"""Items by month: partitions on PostgreSQL, made ahead and split out of the default partition; retention that
drops whole months (deletes rows on SQLite) and keeps the daily counts; deduplication across months."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.utils import timezone

from birarada.core.models import AuditEvent
from birarada.monitoring import actions, partitions
from birarada.monitoring.ingest import Entry
from birarada.monitoring.models import DailyTally, Item, Review
from birarada.monitoring.tasks import maintain_item_partitions

from .helpers import add_items

ON_POSTGRESQL = connection.vendor == "postgresql"
needs_postgresql = pytest.mark.skipif(not ON_POSTGRESQL, reason="partitions are PostgreSQL's")


def at(year, month, day=15):
    return timezone.make_aware(datetime(year, month, day, 12))


def import_at(organization, texts_and_dates):
    actions.do_import_entries(organization, source_name="Archive", file_name="a.csv", skipped=0, mapping={},
                              entries=[Entry(text=t, published_at=when) for t, when in texts_and_dates])


def table_of(item_id: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tableoid::regclass::text FROM monitoring_item WHERE id = %s", [item_id])
        return cursor.fetchone()[0]


def test_months_count_in_the_site_time_zone():
    month = partitions.Month(2026, 12)
    assert str(month) == "2026-12" and month.shifted(1) == partitions.Month(2027, 1)
    assert month.shifted(-12) == partitions.Month(2025, 12) and month.table == "monitoring_item_y2026m12"
    # Midnight in İstanbul on 1 December is 21:00 UTC on 30 November.
    assert month.start.astimezone(UTC) == timezone.make_aware(datetime(2026, 11, 30, 21), UTC)
    assert partitions.Month.of(timezone.make_aware(datetime(2026, 11, 30, 22), UTC)) == month


@needs_postgresql
def test_items_land_in_their_month_and_old_ones_get_a_month_of_their_own(izmir):
    assert partitions.is_partitioned()
    import_at(izmir, [("Yeni haber", timezone.now()), ("Eski arşiv haberi", at(2011, 5))])
    recent, old = Item.objects.get(text="Yeni haber"), Item.objects.get(text="Eski arşiv haberi")
    assert table_of(recent.pk) == partitions.Month.of(timezone.now()).table
    assert table_of(old.pk) == partitions.DEFAULT

    assert maintain_item_partitions.call() >= 1
    assert table_of(old.pk) == "monitoring_item_y2011m05"
    assert Item.objects.get(pk=old.pk).text == "Eski arşiv haberi"  # moved, not lost
    ahead = partitions.Month.of(timezone.now()).shifted(partitions.MONTHS_AHEAD)
    assert ahead.table in partitions.month_partitions()


@needs_postgresql
def test_the_same_text_in_two_months_is_kept_once(izmir):
    import_at(izmir, [("Aynı metin", at(2026, 3))])
    import_at(izmir, [("Aynı metin", at(2026, 9))])
    assert Item.objects.filter(text="Aynı metin").count() == 1


@pytest.mark.parametrize("months", [6])
def test_retention_deletes_old_months_with_their_reviews_and_keeps_the_counts(izmir, months):
    now = timezone.now()
    old_date = partitions.Month.of(now).shifted(-months - 1).start + timedelta(days=3)
    import_at(izmir, [("Çok eski bir haber", old_date), ("Yeni bir haber", now - timedelta(days=1))])
    add_items(izmir, [])  # analyse what is waiting
    old, recent = Item.objects.get(text="Çok eski bir haber"), Item.objects.get(text="Yeni bir haber")
    actions.do_review_item(old, label="none", actor=None)
    counted_before = sum(DailyTally.objects.filter(organization=izmir).values_list("n", flat=True))
    if ON_POSTGRESQL:
        partitions.split_default()

    gone = actions.do_expire_items(months=months, now=now)
    assert gone == 1
    assert not Item.objects.filter(pk=old.pk).exists() and Item.objects.filter(pk=recent.pk).exists()
    assert not Review.objects.filter(item_id=old.pk).exists()
    assert sum(DailyTally.objects.filter(organization=izmir).values_list("n", flat=True)) == counted_before
    [audit] = AuditEvent.objects.filter(verb="monitoring.items_expire")
    assert audit.changes["items"] == 1 and audit.changes["retention_months"] == months
    assert actions.do_expire_items(months=months, now=now) == 0


def test_without_retention_the_daily_upkeep_deletes_nothing(izmir, settings):
    settings.MONITORING_ITEM_RETENTION_MONTHS = 0
    import_at(izmir, [("Eski ama saklanan", at(2015, 1))])
    maintain_item_partitions.call()
    assert Item.objects.filter(text="Eski ama saklanan").exists()
