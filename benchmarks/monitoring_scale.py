"""Monitoring at scale: 10,000,000 items on PostgreSQL, then p50/p95 of the review queue, item, report and
engine-quality pages.

    .venv/bin/python benchmarks/monitoring_scale.py [--items 10000000] [--batch 1000000] [--runs 40]
                                                    [--keep] [--reuse] [--explain [--explain-ms 10]]

Creates a separate database (birarada_bench, on the server of $DATABASE_URL or postgres://postgres@127.0.0.1:5432)
and fills it in SQL, one INSERT … SELECT generate_series per batch so memory stays flat. Items are published at
random within the last 365 days, so they spread over 13 months: the month partitions of `monitoring_item`
(monitoring/partitions.py) exist before the fill and `split_default()` runs after it, so nothing stays in the
default partition. Then the reviews (one INSERT per partition), the daily tallies (one recount per month) and
`VACUUM ANALYZE`. Timings are of full HTTP requests through Django's test client (views, queries and
templates; no network), the same number of requests for every page, with the server's own settings (the fill's
session settings are reset first). The database is dropped unless --keep; --reuse measures a kept one again
without filling it. --explain then prints, for one request of each page, every query that took at least
--explain-ms with its EXPLAIN (ANALYZE, BUFFERS) plan.
Goal (issue "Scale-out"): p95 ≤ 100 ms for every page at 10,000,000 items.
"""

import argparse
import base64
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCH_DB = "birarada_bench"
GOAL_MS = 100.0

# One batch of items: g runs over [first, last], so text keys stay unique across batches. Every random draw sits
# in the lateral subquery `r`, which refers to g: PostgreSQL evaluates it once per row and never copies a draw
# into two places (a subquery with volatile functions is not flattened). Priority is analysis.priority_of in SQL
# (log is log10 in PostgreSQL), so no UPDATE pass rewrites the ten million rows afterwards.
FILL_ITEMS = """
INSERT INTO monitoring_item (organization_id, source_id, link, title, text, text_key, author_hash, published_at,
    collected_at, reach, state, lang, engine_label, engine_ground_bits, engine_type_bits, hateful_score,
    offensive_score, analysis, model_version, priority, label, ground_bits, type_bits, severity)
SELECT %(org)s, %(first_source)s + (g %% %(sources)s), '', '',
       'Benchmark item ' || g || ': invented text about the city and its neighbourhoods.',
       md5(g::text) || md5((g * 7)::text), md5((g %% 5000)::text) || md5((g %% 5000)::text),
       %(now)s - r.age, %(now)s, r.reach,
       CASE WHEN g %% 10 = 0 THEN 'reviewed' ELSE 'queued' END, 'tr', l.label, l.grounds, l.types, l.h, l.o,
       '{"label": "x"}'::jsonb, 'bench',
       l.tier + least(99, round(((l.h + 0.25 * l.o) * (1 + log(1 + coalesce(r.reach, 0))))::numeric, 6)),
       l.label, l.grounds, l.types,
       CASE WHEN g %% 10 = 0 AND l.label = 'hateful'
            THEN (ARRAY['low', 'moderate', 'high', 'severe'])[1 + floor(r.s * 4)::int] ELSE '' END
FROM generate_series(%(first)s, %(last)s) g
CROSS JOIN LATERAL (
    SELECT random() AS x, random() * interval '365 days' AS age,
           CASE WHEN random() < 0.3 THEN NULL ELSE floor(random() * random() * 100000)::bigint END AS reach,
           random() AS g1, random() AS g2, random() AS t1, random() AS s
    WHERE g IS NOT NULL  -- correlated: new draws for every row
) r
CROSS JOIN LATERAL (
    SELECT CASE WHEN r.x < 0.08 THEN 'hateful' WHEN r.x < 0.15 THEN 'offensive' ELSE 'none' END AS label,
           CASE WHEN r.x < 0.08 THEN 200 WHEN r.x < 0.15 THEN 100 ELSE 0 END AS tier,
           CASE WHEN r.x < 0.08 THEN 0.8 + r.x ELSE r.x * 0.3 END AS h,
           CASE WHEN r.x < 0.15 THEN 0.7 ELSE r.x * 0.4 END AS o,
           CASE WHEN r.x < 0.08 THEN (1 << floor(r.g1 * 10)::int) | (CASE WHEN r.g2 < 0.2 THEN 2 ELSE 0 END)
                ELSE 0 END AS grounds,
           CASE WHEN r.x < 0.08 THEN (1 << floor(r.t1 * 11)::int) ELSE 0 END AS types
) l
"""
# Reviews of the reviewed items of one partition (the table name is filled in).
FILL_REVIEWS = """
INSERT INTO monitoring_review (item_id, organization_id, source_id, reviewer_id, reviewed_at, label, ground_bits,
    type_bits, engine_label, engine_ground_bits, model_version, severity, note)
SELECT id, organization_id, source_id, NULL, published_at + interval '1 day',
       CASE WHEN random() < 0.1 THEN 'none' ELSE label END, ground_bits, type_bits, engine_label,
       engine_ground_bits, 'bench', severity, ''
FROM "{table}" WHERE state = 'reviewed'
"""
# For the fill only (reset before anything is measured): room for the tallies' aggregate and for VACUUM, no
# wait for WAL flushes at each batch's commit (a crash would lose the scratch database, nothing else).
FILL_SETTINGS = ("SET maintenance_work_mem = '1GB'", "SET max_parallel_maintenance_workers = 1",
                 "SET work_mem = '256MB'", "SET synchronous_commit = off")


def server_url() -> str:
    url = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/birarada"
    if not url.startswith("postgres"):
        sys.exit("This benchmark needs PostgreSQL: set DATABASE_URL=postgres://…")
    return url


def admin_sql(url: str, statement: str) -> None:
    import psycopg

    parsed = urlparse(url)
    with psycopg.connect(url.replace(parsed.path, "/postgres", 1), autocommit=True) as connection:
        connection.execute(statement)


def database_exists(url: str, name: str) -> bool:
    import psycopg

    parsed = urlparse(url)
    with psycopg.connect(url.replace(parsed.path, "/postgres", 1), autocommit=True) as connection:
        return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def say(text: str) -> None:
    print(text, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000_000)
    parser.add_argument("--batch", type=int, default=1_000_000, help="items per INSERT")
    parser.add_argument("--runs", type=int, default=40, help="requests per page kind")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    parser.add_argument("--reuse", action="store_true", help="measure a database kept by --keep, without a fill")
    parser.add_argument("--explain", action="store_true", help="print the plans of each page's slow queries")
    parser.add_argument("--explain-ms", type=float, default=10.0, help="what counts as slow for --explain")
    args = parser.parse_args()

    url = server_url()
    bench_url = url.replace(urlparse(url).path, f"/{BENCH_DB}", 1)
    if args.reuse:
        if not database_exists(url, BENCH_DB):
            sys.exit(f"--reuse: there is no database {BENCH_DB} (fill one with --keep first)")
        args.keep = True
    else:
        admin_sql(url, f"DROP DATABASE IF EXISTS {BENCH_DB}")
        admin_sql(url, f"CREATE DATABASE {BENCH_DB}")
    os.environ.update({
        "DATABASE_URL": bench_url, "DEBUG": "0", "ALLOWED_HOSTS": "testserver", "SECURE_SSL_REDIRECT": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-XYZ"),
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "DJANGO_SETTINGS_MODULE": "birarada.settings",
    })
    # A throw-away key for the settings' encrypted fields (the benchmark stores nothing confidential).
    os.environ.setdefault("BIRARADA_ENCRYPTION_KEYS", base64.urlsafe_b64encode(os.urandom(32)).decode())
    try:
        run(args)
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            admin_sql(url, f"DROP DATABASE IF EXISTS {BENCH_DB}")


def setup():
    """The organization, its 40 feeds and a moderator."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from birarada.core import actions as core_actions
    from birarada.core.models import Organization
    from birarada.monitoring.models import Source, SourceKind

    call_command("migrate", verbosity=0)
    organization = core_actions.do_create_organization(actor=None, slug="izmir", name="İzmir (benchmark)",
                                                       kind="metropolitan", uses_platform=True)
    Organization.objects.create(slug="other", name="Other", kind="ngo", uses_platform=True)
    sources = [Source.objects.create(organization=organization, kind=SourceKind.FEED, name=f"Gazete {i}",
                                     url=f"https://gazete{i}.example.invalid/rss") for i in range(40)]
    user = get_user_model().objects.create_user("moderator", password="benchmark-password-1234")
    core_actions.do_add_membership(organization, user, "moderator", actor=None)
    return organization, sources, user


def fill(organization, sources, items: int, batch: int) -> None:
    from django.db import connection
    from django.utils import timezone

    from birarada.monitoring import partitions
    from birarada.monitoring.tallies import rebuild_review_tallies, rebuild_tallies

    now = timezone.now()
    current = partitions.Month.of(now)
    # Every month the fill can reach has its partition before the first row (the migration made a year back).
    partitions.ensure_months(partitions.Month.of(now - timedelta(days=366)), current.shifted(partitions.MONTHS_AHEAD))
    with connection.cursor() as cursor:
        for statement in FILL_SETTINGS:
            cursor.execute(statement)

    started = time.perf_counter()
    say(f"filling {items:,} items, {batch:,} per INSERT …")
    with connection.cursor() as cursor:
        for first in range(1, items + 1, batch):
            t0 = time.perf_counter()
            last = min(items, first + batch - 1)
            cursor.execute(FILL_ITEMS, {"org": organization.pk, "first_source": sources[0].pk,
                                        "sources": len(sources), "now": now, "first": first, "last": last})
            say(f"  items {first:>11,}–{last:>11,}: {time.perf_counter() - t0:6.1f} s")
    items_done = time.perf_counter()
    moved = partitions.split_default()
    say(f"split_default(): {sum(n for _t, n in moved):,} rows moved out of the default partition "
        f"({len(moved)} months)")

    t0 = time.perf_counter()
    tables = sorted(partitions.month_partitions()) + [partitions.DEFAULT]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(FILL_REVIEWS.format(table=table))
    say(f"reviews: {time.perf_counter() - t0:.0f} s")

    # What ingestion, analysis and reviews keep current one day (and one review) at a time, recounted here a month
    # at a time: the daily tallies, the hateful items' tallies by ground, type and severity, the review tallies.
    t0 = time.perf_counter()
    rebuild_tallies(organization.pk)
    rebuild_review_tallies(organization.pk)
    say(f"tallies: {time.perf_counter() - t0:.0f} s")

    t0 = time.perf_counter()
    with connection.cursor() as cursor:
        for table in ("monitoring_item", "monitoring_review", "monitoring_dailytally", "monitoring_hatefultally",
                      "monitoring_reviewtally"):
            cursor.execute(f"VACUUM ANALYZE {table}")
    say(f"VACUUM ANALYZE: {time.perf_counter() - t0:.0f} s")
    say(f"fill: items {items_done - started:.0f} s, everything {time.perf_counter() - started:.0f} s")


def days_between(first: date, last: date) -> set[date]:
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


def describe_database() -> None:
    """Rows per partition, and the disk taken by the items (all partitions, with their indexes and TOAST)."""
    from django.db import connection

    from birarada.monitoring.models import DailyTally, Review

    with connection.cursor() as cursor:
        cursor.execute("SELECT tableoid::regclass::text, count(*) FROM monitoring_item GROUP BY 1 ORDER BY 1")
        rows = cursor.fetchall()
        cursor.execute("""
            SELECT count(*), sum(pg_table_size(inhrelid)), sum(pg_indexes_size(inhrelid)),
                   sum(pg_total_relation_size(inhrelid))
            FROM pg_inherits WHERE inhparent = 'monitoring_item'::regclass""")
        partitions_total, heap, indexes, total = cursor.fetchone()
        cursor.execute("SELECT pg_total_relation_size('monitoring_review'), "
                       "pg_total_relation_size('monitoring_dailytally'), pg_database_size(current_database())")
        reviews_size, tallies_size, database_size = cursor.fetchone()
    say(f"\n{sum(n for _t, n in rows):,} items in {len(rows)} of {partitions_total} partitions "
        f"(months plus default) holding rows:")
    for table, n in rows:
        say(f"  {table:<28} {n:>11,}")
    gb = 1024 ** 3
    say(f"monitoring_item on disk: {total / gb:.2f} GB ({heap / gb:.2f} GB table and TOAST, "
        f"{indexes / gb:.2f} GB indexes); {Review.objects.count():,} reviews {reviews_size / gb:.2f} GB, "
        f"{DailyTally.objects.count():,} daily tallies {tallies_size / gb:.3f} GB; "
        f"database {database_size / gb:.2f} GB")


def run(args) -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from birarada.core.models import Organization
    from birarada.monitoring import actions
    from birarada.monitoring.models import Item, Source

    if args.reuse:
        organization = Organization.objects.get(slug="izmir")
        sources = list(Source.objects.filter(organization=organization).order_by("pk"))
        user = get_user_model().objects.get(username="moderator")
    else:
        organization, sources, user = setup()
        fill(organization, sources, args.items, args.batch)
    with connection.cursor() as cursor:
        cursor.execute("RESET ALL")  # measure with the server's settings, not the fill's
    describe_database()

    today = timezone.localdate()
    reports = {days: actions.do_create_report(organization, title=f"{days} days", since=today - timedelta(days - 1),
                                              until=today, actor=user) for days in (30, 90, 365)}
    queued = Item.objects.filter(organization=organization, state="queued")
    # The queue's first item, and items from the newest, a middle and the oldest month (other partitions).
    items = [queued.order_by("-priority").first(), queued.order_by("-published_at").first(),
             queued.filter(published_at__lt=timezone.now() - timedelta(days=180)).order_by("-published_at").first(),
             queued.order_by("published_at").first()]
    client = Client()
    client.force_login(user)
    base = "/en/workspace/izmir/monitoring"
    pages = {
        "queue (first page)": [f"{base}/"],
        "queue (filtered, page 5)": [f"{base}/?show=hateful&page=5", f"{base}/?source={sources[3].pk}",
                                     f"{base}/?show=all&page=20"],
        "item review": [f"{base}/items/{item.pk}/" for item in items],
        "report 30 days": [f"{base}/reports/{reports[30].pk}/"],
        "report 90 days": [f"{base}/reports/{reports[90].pk}/"],
        "report 365 days (all items)": [f"{base}/reports/{reports[365].pk}/"],
        "report CSV 90 days": [f"{base}/reports/{reports[90].pk}/report.csv"],
        "engine precision/recall": [f"{base}/quality/"],
    }
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('work_mem'), current_setting('shared_buffers'), "
                       "current_setting('max_parallel_workers_per_gather')")
        work_mem, shared_buffers, workers = cursor.fetchone()
    say(f"\nserver settings: work_mem {work_mem}, shared_buffers {shared_buffers}, "
        f"max_parallel_workers_per_gather {workers}; {os.cpu_count()} CPUs, load average before the timings "
        f"{os.getloadavg()[0]:.2f} (other work on the machine inflates the figures)")
    say(f"\n{'page':<30} {'p50 ms':>8} {'p95 ms':>8}   goal p95 ≤ {GOAL_MS:.0f} ms   "
        f"({args.runs} requests each, after 2 warm-up)")
    missed = []
    for name, urls in pages.items():
        timings = []
        for i in range(args.runs + 2):
            address = urls[i % len(urls)]
            t0 = time.perf_counter()
            response = client.get(address)
            elapsed = (time.perf_counter() - t0) * 1000
            assert response.status_code == 200, (address, response.status_code)
            if i >= 2:
                timings.append(elapsed)
        if not timings:
            continue
        p95 = percentile(timings, 0.95)
        verdict = "ok" if p95 <= GOAL_MS else f"MISSED ({p95 / GOAL_MS:.1f}×)"
        if p95 > GOAL_MS:
            missed.append(name)
        say(f"{name:<30} {statistics.median(timings):8.1f} {p95:8.1f}   {verdict}")
    if args.runs:
        say(f"\n{len(pages) - len(missed)} of {len(pages)} pages within the goal"
            + (f"; missed: {', '.join(missed)}" if missed else "")
            + f" (load average after the timings {os.getloadavg()[0]:.2f})")
    if args.explain:
        explain(client, pages, args.explain_ms)


def explain(client, pages: dict[str, list[str]], slow_ms: float) -> None:
    """One request of each page with its queries captured; the slow ones again under EXPLAIN ANALYZE."""
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    for name, urls in pages.items():
        with CaptureQueriesContext(connection) as captured:
            response = client.get(urls[0])
        assert response.status_code == 200, (urls[0], response.status_code)
        queries = [(float(q["time"]) * 1000, q["sql"]) for q in captured.captured_queries]
        say(f"\n{'=' * 100}\n{name}: GET {urls[0]}\n{len(queries)} queries, {sum(t for t, _q in queries):.1f} ms "
            f"in SQL; each: {', '.join(f'{t:.1f}' for t, _q in queries)} ms")
        for elapsed, sql in queries:
            if elapsed < slow_ms or not sql.lstrip().upper().startswith("SELECT"):
                continue
            say(f"\n--- {elapsed:.1f} ms:\n{sql}\n")
            with connection.cursor() as cursor:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
                plan = [row[0] for row in cursor.fetchall()]
            say("\n".join(plan))
            if any(line.startswith("JIT:") for line in plan):
                # The server compiled the query (its cost passed jit_above_cost): what does that cost here?
                with transaction.atomic(), connection.cursor() as cursor:
                    cursor.execute("SET LOCAL jit = off")
                    cursor.execute(f"EXPLAIN (ANALYZE) {sql}")
                    without = [row[0] for row in cursor.fetchall() if row[0].startswith("Execution Time")]
                say(f"the same with jit = off: {without[0] if without else '?'}")


if __name__ == "__main__":
    main()
