"""Monitored items partitioned by month of publication, on PostgreSQL.

A national installation keeps tens of millions of items. On PostgreSQL `monitoring_item` is a table partitioned
by range of `published_at`, one partition a month (`monitoring_item_y2026m12`) plus a default partition for
anything outside them (an export of tweets from 2009, a clock in the future). Why:

- the queue, item and report pages read a few recent months' indexes, not the history's;
- a month past retention goes with one DROP of its partition instead of deleting millions of rows
  (`MONITORING_ITEM_RETENTION_MONTHS`, 0 = keep forever; the daily tallies stay, so reports over old periods keep
  their figures);
- the periodic task `maintain_item_partitions` creates the months ahead (MONTHS_AHEAD) and moves rows that landed
  in the default partition into a month of their own.

Constraints of a partitioned table must include the partition key, so the unique keys for deduplication are
(organization, text_key, published_at) and (organization, link, published_at) there; ingest.py deduplicates
across months itself, taking turns per organization (monitoring/locks.py). Reviews point at items without a
database foreign key (Django still deletes them with their item). On SQLite nothing here applies: retention
deletes rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db import connection, transaction
from django.utils import timezone

TABLE = "monitoring_item"
DEFAULT = f"{TABLE}_default"
MONTHS_AHEAD = 3


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def of(cls, moment: datetime | date) -> Month:
        if isinstance(moment, datetime):
            moment = timezone.localtime(moment, timezone.get_default_timezone()).date()
        return cls(moment.year, moment.month)

    def key(self) -> tuple[int, int]:
        return (self.year, self.month)

    def shifted(self, months: int) -> Month:
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    @property
    def start(self) -> datetime:
        return timezone.make_aware(datetime(self.year, self.month, 1), timezone.get_default_timezone())

    @property
    def end(self) -> datetime:
        return self.shifted(1).start

    @property
    def table(self) -> str:
        return f"{TABLE}_y{self.year:04d}m{self.month:02d}"

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def is_partitioned() -> bool:
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid "
                       "WHERE c.relname = %s AND c.relnamespace = 'public'::regnamespace", [TABLE])
        return cursor.fetchone() is not None


def month_partitions() -> dict[str, Month]:
    """The month partitions that exist, by table name."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                       "JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = %s", [TABLE])
        names = [row[0] for row in cursor.fetchall()]
    found = {}
    for name in names:
        suffix = name.removeprefix(f"{TABLE}_y")
        if suffix != name and len(suffix) == 7 and suffix[4] == "m":
            found[name] = Month(int(suffix[:4]), int(suffix[5:]))
    return found


def _create_month(cursor, month: Month) -> None:
    cursor.execute(f'CREATE TABLE IF NOT EXISTS "{month.table}" PARTITION OF "{TABLE}" '
                   "FOR VALUES FROM (%s) TO (%s)", [month.start, month.end])


def create_default(cursor) -> None:
    cursor.execute(f'CREATE TABLE IF NOT EXISTS "{DEFAULT}" PARTITION OF "{TABLE}" DEFAULT')


def ensure_months(first: Month, last: Month) -> list[str]:
    """Create the month partitions from `first` to `last` that are missing and hold no row yet in the default
    partition (those are moved by `split_default`); returns the tables created."""
    existing = set(month_partitions())
    created = []
    month = first
    with transaction.atomic(), connection.cursor() as cursor:
        while month.key() <= last.key():
            if month.table not in existing:
                cursor.execute(f'SELECT 1 FROM "{DEFAULT}" WHERE published_at >= %s AND published_at < %s LIMIT 1',
                               [month.start, month.end])
                if cursor.fetchone() is None:
                    _create_month(cursor, month)
                    created.append(month.table)
            month = month.shifted(1)
    return created


def ensure_ahead(now: datetime | None = None, ahead: int = MONTHS_AHEAD) -> list[str]:
    current = Month.of(now or timezone.now())
    return ensure_months(current, current.shifted(ahead))


def split_default(limit_months: int = 24) -> list[tuple[str, int]]:
    """Give every month found in the default partition a partition of its own, moving its rows there in one
    transaction per month; returns (table, rows moved). At most `limit_months` months a call."""
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT DISTINCT date_trunc(\'month\', published_at AT TIME ZONE %s) FROM "{DEFAULT}"',
                       [timezone.get_default_timezone_name()])
        months = sorted((Month(row[0].year, row[0].month) for row in cursor.fetchall()), key=Month.key)
    moved = []
    for month in months[:limit_months]:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f'LOCK TABLE "{TABLE}" IN SHARE ROW EXCLUSIVE MODE')
            staging = f"{month.table}_new"
            cursor.execute(f'CREATE TABLE "{staging}" (LIKE "{TABLE}" INCLUDING DEFAULTS INCLUDING CONSTRAINTS)')
            cursor.execute(f'WITH gone AS (DELETE FROM "{DEFAULT}" WHERE published_at >= %s AND published_at < %s '
                           f'RETURNING *) INSERT INTO "{staging}" SELECT * FROM gone', [month.start, month.end])
            rows = cursor.rowcount
            cursor.execute(f'ALTER TABLE "{staging}" RENAME TO "{month.table}"')
            cursor.execute(f'ALTER TABLE "{TABLE}" ATTACH PARTITION "{month.table}" FOR VALUES FROM (%s) TO (%s)',
                           [month.start, month.end])
        moved.append((month.table, rows))
    return moved


def months_before(cutoff: Month) -> list[Month]:
    return sorted((m for m in month_partitions().values() if m.key() < cutoff.key()), key=Month.key)


def drop_month(month: Month) -> int:
    """Detach and drop one month's partition with its items' reviews; returns how many items went. Called by the
    action `do_expire_items`, inside its transaction."""
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT count(*) FROM "{month.table}"')
        rows = cursor.fetchone()[0]
        cursor.execute(f'DELETE FROM monitoring_review WHERE item_id IN (SELECT id FROM "{month.table}")')
        # Deferred foreign-key checks of rows written earlier in this transaction must run before the DROP.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f'ALTER TABLE "{TABLE}" DETACH PARTITION "{month.table}"')
        cursor.execute(f'DROP TABLE "{month.table}"')
    return rows
