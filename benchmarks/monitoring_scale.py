"""Monitoring at scale: 1,000,000 items on PostgreSQL, then p50/p95 of the review queue and report pages.

    .venv/bin/python benchmarks/monitoring_scale.py [--items 1000000] [--runs 40] [--keep]

Creates a separate database (birarada_bench, on the server of $DATABASE_URL or postgres://postgres@127.0.0.1:5432),
fills it in SQL (generate_series: a minute, not an hour), runs `VACUUM ANALYZE`, times full HTTP requests
through Django's test client (views, queries and templates; no network), and drops the database unless --keep.
Goal (issue 5): p95 ≤ 300 ms.
"""

import argparse
import base64
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCH_DB = "birarada_bench"

FILL_ITEMS = """
INSERT INTO monitoring_item (organization_id, source_id, link, title, text, text_key, author_hash, published_at,
    collected_at, reach, state, lang, engine_label, engine_ground_bits, engine_type_bits, hateful_score,
    offensive_score, analysis, model_version, priority, label, ground_bits, type_bits, severity)
SELECT %(org)s, %(first_source)s + (g %% %(sources)s), '', '',
       'Benchmark item ' || g || ': invented text about the city and its neighbourhoods.',
       md5(g::text) || md5((g * 7)::text), md5((g %% 5000)::text) || md5((g %% 5000)::text),
       now() - (random() * interval '365 days'), now(),
       CASE WHEN random() < 0.3 THEN NULL ELSE floor(random() * random() * 100000)::bigint END,
       CASE WHEN g %% 10 = 0 THEN 'reviewed' ELSE 'queued' END, 'tr', l.label,
       CASE WHEN l.label = 'hateful' THEN (1 << floor(random() * 10)::int) | (CASE WHEN random() < 0.2 THEN 2 ELSE 0 END) ELSE 0 END,
       CASE WHEN l.label = 'hateful' THEN (1 << floor(random() * 11)::int) ELSE 0 END,
       l.h, l.o, '{"label": "x"}'::jsonb, 'bench', 0, l.label, 0, 0,
       CASE WHEN g %% 10 = 0 AND l.label = 'hateful' THEN (ARRAY['low','moderate','high','severe'])[1 + floor(random() * 4)::int] ELSE '' END
FROM generate_series(1, %(n)s) g
CROSS JOIN LATERAL (SELECT random() AS x WHERE g IS NOT NULL) r  -- correlated: a new number per row
CROSS JOIN LATERAL (
    SELECT CASE WHEN r.x < 0.08 THEN 'hateful' WHEN r.x < 0.15 THEN 'offensive' ELSE 'none' END AS label,
           CASE WHEN r.x < 0.08 THEN 0.8 + r.x ELSE r.x * 0.3 END AS h,
           CASE WHEN r.x < 0.15 THEN 0.7 ELSE r.x * 0.4 END AS o
) l
"""
FINISH_ITEMS = """
UPDATE monitoring_item SET ground_bits = engine_ground_bits, type_bits = engine_type_bits,
    priority = CASE engine_label WHEN 'hateful' THEN 200 WHEN 'offensive' THEN 100 ELSE 0 END
               + round(((hateful_score + 0.25 * offensive_score) * (1 + log(1 + coalesce(reach, 0))))::numeric, 6)
"""
FILL_REVIEWS = """
INSERT INTO monitoring_review (item_id, organization_id, source_id, reviewer_id, reviewed_at, label, ground_bits,
    type_bits, engine_label, engine_ground_bits, model_version, severity, note)
SELECT id, organization_id, source_id, NULL, published_at + interval '1 day',
       CASE WHEN random() < 0.1 THEN 'none' ELSE label END, ground_bits, type_bits, engine_label,
       engine_ground_bits, 'bench', severity, ''
FROM monitoring_item WHERE state = 'reviewed'
"""


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


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=40, help="requests per page kind")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    args = parser.parse_args()

    url = server_url()
    bench_url = url.replace(urlparse(url).path, f"/{BENCH_DB}", 1)
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


def run(args) -> None:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from birarada.core import actions as core_actions
    from birarada.core.models import Organization
    from birarada.monitoring import actions
    from birarada.monitoring.models import Item, Source, SourceKind
    from birarada.monitoring.tallies import rebuild_tallies

    call_command("migrate", verbosity=0)
    organization = core_actions.do_create_organization(actor=None, slug="izmir", name="İzmir (benchmark)",
                                                       kind="metropolitan", uses_platform=True)
    Organization.objects.create(slug="other", name="Other", kind="ngo", uses_platform=True)
    sources = [Source.objects.create(organization=organization, kind=SourceKind.FEED, name=f"Gazete {i}",
                                     url=f"https://gazete{i}.example.invalid/rss") for i in range(40)]
    user = get_user_model().objects.create_user("moderator", password="benchmark-password-1234")
    core_actions.do_add_membership(organization, user, "moderator", actor=None)

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(FILL_ITEMS, {"org": organization.pk, "first_source": sources[0].pk, "sources": len(sources),
                                    "n": args.items})
        cursor.execute(FINISH_ITEMS)
        cursor.execute(FILL_REVIEWS)
    rebuild_tallies(organization.pk)  # what ingestion, analysis and reviews keep current one day at a time
    with connection.cursor() as cursor:
        for table in ("monitoring_item", "monitoring_review", "monitoring_dailytally"):
            cursor.execute(f"VACUUM ANALYZE {table}")
    print(f"generated {Item.objects.count():,} items, their reviews and daily tallies in {time.perf_counter() - started:.0f} s")

    today = timezone.localdate()
    reports = {days: actions.do_create_report(organization, title=f"{days} days", since=today - timedelta(days - 1),
                                              until=today, actor=user) for days in (30, 90, 365)}
    item = Item.objects.filter(organization=organization, state="queued").order_by("-priority").first()
    client = Client()
    client.force_login(user)
    base = "/en/workspace/izmir/monitoring"
    pages = {
        "queue (first page)": [f"{base}/"],
        "queue (filtered, page 5)": [f"{base}/?show=hateful&page=5", f"{base}/?source={sources[3].pk}",
                                     f"{base}/?show=all&page=20"],
        "item review": [f"{base}/items/{item.pk}/"],
        "report 30 days": [f"{base}/reports/{reports[30].pk}/"],
        "report 90 days": [f"{base}/reports/{reports[90].pk}/"],
        "report 365 days (all items)": [f"{base}/reports/{reports[365].pk}/"],
        "report CSV 90 days": [f"{base}/reports/{reports[90].pk}/report.csv"],
        "engine precision/recall": [f"{base}/quality/"],
    }
    print(f"\n{'page':<30} {'p50 ms':>8} {'p95 ms':>8}   ({args.runs} requests each, after 2 warm-up)")
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
        print(f"{name:<30} {statistics.median(timings):8.1f} {percentile(timings, 0.95):8.1f}")


if __name__ == "__main__":
    main()
