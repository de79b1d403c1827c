"""Plans at scale: 200 plans × 40 actions × 10 indicators × 60 values on PostgreSQL, then p50/p95 and queries per page.

    .venv/bin/python benchmarks/plans_dashboard.py [--plans 200] [--actions 40] [--indicators 10] [--values 60]
                                                   [--small-actions 10] [--requests 50] [--keep]

Creates a separate database (birarada_bench_plans on postgres://postgres@127.0.0.1:5432, trust auth, as on the CI
machines), migrates it, loads the plans with bulk_create (seconds, not the minutes the audited actions would take),
runs `VACUUM ANALYZE`, then times full HTTP requests through Django's test client in this process (URL routing,
middleware, views, queries and templates; no network, no gunicorn) and counts the SQL queries of each page with
CaptureQueriesContext. Drops the database at the end unless --keep.

Plans are spread over a metropolitan equality unit and district desks (parent = the metropolitan unit), `--per-unit`
plans each (10 by default, so 20 units for 200 plans), all adopted so they are public. A second unit holds as many
plans with `--small-actions` actions each, so every page is measured at two plan sizes: the query count must be the
same for both.

Goal (equality action plans issue): the public plan page and the coordinator's comparison page p95 ≤ 300 ms, with a
query count that does not grow with the number of actions. The comparison page shows every district desk's plans;
the staff plans list of a unit is measured beside it. To measure another page, add a line to `pages()`.
"""

import argparse
import base64
import os
import random
import resource
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SERVER = "postgres://postgres@127.0.0.1:5432"
BENCH_DB = "birarada_bench_plans"
OBJECTIVES_PER_PLAN = 5
MILESTONES_PER_ACTION = 3
BUDGET_YEARS = (2025, 2026)
DIRECTORATES_PER_UNIT = 5
WARM_UP = 2
GOAL_MS = 300
STATUSES = (["on_track"] * 8 + ["at_risk"] * 3 + ["late"] * 2 + ["done"] * 3 + ["not_started"] * 3 + ["dropped"])


def admin_sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=200, help="plans with --actions actions each")
    parser.add_argument("--actions", type=int, default=40, help="actions per plan")
    parser.add_argument("--indicators", type=int, default=10, help="indicators per plan")
    parser.add_argument("--values", type=int, default=60, help="values per indicator (one a month)")
    parser.add_argument("--per-unit", type=int, default=10, help="plans per equality unit")
    parser.add_argument("--small-actions", type=int, default=10,
                        help="actions per plan of the second unit (the smaller plan size)")
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    args = parser.parse_args()
    if min(args.plans, args.actions, args.indicators, args.per_unit, args.small_actions, args.requests) < 1:
        parser.error("every number must be at least 1")

    admin_sql(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
    admin_sql(f"CREATE DATABASE {BENCH_DB}")
    os.environ.update({
        "DATABASE_URL": f"{SERVER}/{BENCH_DB}", "DEBUG": "0", "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-XYZ"),
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "DJANGO_SETTINGS_MODULE": "birarada.settings",
    })
    # A throw-away key for the settings' encrypted fields (the benchmark stores nothing confidential).
    os.environ.setdefault("BIRARADA_ENCRYPTION_KEYS", base64.urlsafe_b64encode(os.urandom(32)).decode())
    started = time.perf_counter()
    try:
        run(args)
    finally:
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # Django never got set up
            pass
        if not args.keep:
            admin_sql(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        print(f"\npeak RSS of this process: {peak_rss_mb():.0f} MB; total time {time.perf_counter() - started:.0f} s"
              + ("" if args.keep else f"; database {BENCH_DB} dropped"))


# --- Data --------------------------------------------------------------------------------------------------------

def load_unit(organization, plan_count: int, action_count: int, args, rng: random.Random, first: int) -> list:
    """`plan_count` adopted plans of `organization`, every part created with bulk_create.

    The benchmark loads rows directly for speed; it is the only place that writes plan rows without going through
    birarada.plans.actions (which validate and audit every change, one row at a time), so no audit rows exist for
    them. Returns the plans."""
    from birarada.plans.models import (
        Action,
        BudgetLine,
        Directorate,
        Indicator,
        IndicatorValue,
        Milestone,
        Objective,
        Plan,
    )

    directorates = Directorate.objects.bulk_create(
        Directorate(organization=organization, name=f"Daire {d + 1}") for d in range(DIRECTORATES_PER_UNIT))
    plans = Plan.objects.bulk_create(
        Plan(organization=organization, slug=f"plan-{first + p:04d}", title=f"Eşitlik Eylem Planı {first + p}",
             vision="Herkesin kentin hizmetlerine eşit eriştiği bir kent (benchmark).", start_year=2025,
             end_year=2029, grounds=["gender", "disability", "migration"], strategic_plan_refs="SA3, H3.2",
             sdg_targets=["10.2", "11.2"], status="adopted", decision_number=f"2025/{first + p}",
             decision_date=date(2025, 2, 14), weighting="budget" if p % 2 == 0 else "weight")
        for p in range(plan_count))
    objectives = Objective.objects.bulk_create(
        Objective(plan=plan, code=f"H{o + 1}", title=f"Amaç {o + 1}", weight=Decimal(1 + o % 3))
        for plan in plans for o in range(OBJECTIVES_PER_PLAN))
    by_plan = {plan.pk: [o for o in objectives if o.plan_id == plan.pk] for plan in plans}
    actions = []
    for plan in plans:
        for a in range(action_count):
            objective = by_plan[plan.pk][a % OBJECTIVES_PER_PLAN]
            directorate = directorates[a % DIRECTORATES_PER_UNIT] if a % 3 == 0 else None
            status = rng.choice(STATUSES)
            starts = date(2025, 1 + a % 12, 1)
            actions.append(Action(
                objective=objective, code=f"E{objective.code[1:]}.{a + 1}", title=f"Eylem {a + 1}: benchmark",
                description="Bir eylemin açıklaması.", owner_kind="directorate" if directorate else "unit",
                owner_directorate=directorate, grounds=["gender"], areas=["transport"], starts_on=starts,
                ends_on=starts + timedelta(days=rng.choice([200, 400, 900])), status=status,
                drop_reason="Bütçe yok." if status == "dropped" else "",
                manual_progress=rng.choice([None, None, None, 30, 60]), weight=Decimal(1 + a % 4)))
    Action.objects.bulk_create(actions, batch_size=2000)
    Milestone.objects.bulk_create(
        (Milestone(action=action, title=f"Aşama {m + 1}", due_on=action.starts_on + timedelta(days=90 * (m + 1)),
                   done_on=action.starts_on + timedelta(days=90 * (m + 1)) if rng.random() < 0.5 else None)
         for action in actions for m in range(MILESTONES_PER_ACTION)), batch_size=5000)
    lines = []
    for action in actions:
        for year in BUDGET_YEARS:
            allocated = Decimal(rng.randrange(50_000, 900_000, 1000))
            lines.append(BudgetLine(action=action, year=year, source="municipal", budget_code=f"46.01.{action.code}",
                                    allocated=allocated, revised=allocated * 2 if rng.random() < 0.1 else None,
                                    spent=(allocated * Decimal(rng.randint(0, 110)) / 100).quantize(Decimal("0.01"))))
    BudgetLine.objects.bulk_create(lines, batch_size=5000)
    plan_actions = {plan.pk: [a for a in actions if a.objective.plan_id == plan.pk] for plan in plans}
    indicators = Indicator.objects.bulk_create(
        (Indicator(plan=plan, name=f"Gösterge {i + 1}", unit="kişi", direction="up" if i % 3 else "down",
                   objective=by_plan[plan.pk][(i // 2) % OBJECTIVES_PER_PLAN] if i % 2 == 0 else None,
                   action=plan_actions[plan.pk][i % action_count] if i % 2 else None,
                   baseline=Decimal(100), baseline_on=date(2024, 12, 31), target=Decimal(200),
                   target_on=date(2029, 12, 31), frequency="monthly")
         for plan in plans for i in range(args.indicators)), batch_size=5000)
    IndicatorValue.objects.bulk_create(
        (IndicatorValue(indicator=indicator, measured_on=date(2025 + m // 12, 1 + m % 12, 28),
                        value=Decimal(rng.randint(50, 250)), source="benchmark")
         for indicator in indicators for m in range(args.values)), batch_size=5000)
    return plans


def load(args, rng: random.Random):
    """The metropolitan unit with its district desks (`args.plans` plans of `args.actions` actions), a second unit
    with plans of `args.small_actions` actions, and a coordinator of both."""
    from django.contrib.auth import get_user_model

    from birarada.core import actions as core_actions

    metro = core_actions.do_create_organization(
        actor=None, slug="izmir", name="İzmir BB Eşitlik Birimi (benchmark)", kind="metropolitan", city="İzmir",
        uses_platform=True)
    units = [metro]
    unit_count = -(-args.plans // args.per_unit)
    for u in range(1, unit_count):
        units.append(core_actions.do_create_organization(
            actor=None, slug=f"ilce-{u:02d}", name=f"İlçe {u:02d} Eşitlik Masası", kind="equality_unit",
            city="İzmir", district=f"İlçe {u:02d}", parent=metro, uses_platform=True))
    small = core_actions.do_create_organization(
        actor=None, slug="kucuk-planlar", name="Küçük planlar birimi (benchmark)", kind="metropolitan",
        city="Manisa", uses_platform=True)
    coordinator = get_user_model().objects.create_user("coordinator", password="benchmark-password-1234")
    core_actions.do_add_membership(metro, coordinator, "coordinator", actor=None)
    core_actions.do_add_membership(small, coordinator, "coordinator", actor=None)

    big_plans, made = [], 0
    for unit in units:
        count = min(args.per_unit, args.plans - made)
        big_plans += load_unit(unit, count, args.actions, args, rng, made)
        made += count
    small_plans = load_unit(small, args.per_unit, args.small_actions, args, rng, made)
    return {"metro": metro, "district": units[-1] if len(units) > 1 else None, "small": small, "big_plans": big_plans,
            "small_plans": small_plans, "coordinator": coordinator}


# --- Pages -------------------------------------------------------------------------------------------------------

@dataclass
class Page:
    name: str
    actions: int  # actions per plan on this page
    urls: list[str]  # requested in turn
    signed_in: bool  # as the metropolitan coordinator, else anonymous


def pages(data, args, rng: random.Random) -> list[Page]:
    from django.urls import reverse
    from django.utils import translation

    def public(plan):
        return reverse("plans:public_plan", args=[plan.organization.slug, plan.slug])

    def staff_list(unit):
        return reverse("plans:plans", kwargs={"slug": unit.slug})

    n = args.requests + WARM_UP
    with translation.override("en"):
        found = [
            Page("public plan page", args.actions, [public(rng.choice(data["big_plans"])) for _ in range(n)], False),
            Page("public plan page", args.small_actions,
                 [public(rng.choice(data["small_plans"])) for _ in range(n)], False),
            # The coordinator's comparison page: every district desk's plans side by side.
            Page("coordinator comparison page", args.actions,
                 [reverse("plans:districts", kwargs={"slug": data["metro"].slug})], True),
            Page("staff plans list (own unit)", args.actions, [staff_list(data["metro"])], True),
            Page("staff plans list (own unit)", args.small_actions, [staff_list(data["small"])], True),
        ]
        if data["district"] is not None:  # a district desk's list, seen by the metropolitan coordinator above it
            found.append(Page("staff plans list (district, oversight)", args.actions,
                              [staff_list(data["district"])], True))
    return found


def measure(page: Page, client, args) -> tuple[list[float], list[int]]:
    """Timings of `args.requests` requests after WARM_UP, then the queries of a few requests counted apart (so
    capturing the SQL costs nothing in the timings)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for i in range(args.requests + WARM_UP):
        address = page.urls[i % len(page.urls)]
        t0 = time.perf_counter()
        response = client.get(address)
        elapsed = (time.perf_counter() - t0) * 1000
        assert response.status_code == 200, (address, response.status_code)
        if i >= WARM_UP:
            timings.append(elapsed)
    counts = []
    for address in dict.fromkeys(page.urls[:5]):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(address).status_code == 200
        counts.append(len(captured.captured_queries))
    return timings, counts


def run(args) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from birarada.plans.models import Action, BudgetLine, Indicator, IndicatorValue, Milestone, Plan

    rng = random.Random(args.seed)
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    data = load(args, rng)
    with connection.cursor() as cursor:
        for model in (Plan, Action, Milestone, BudgetLine, Indicator, IndicatorValue):
            cursor.execute(f"VACUUM ANALYZE {model._meta.db_table}")
    print(f"loaded {Plan.objects.count():,} plans, {Action.objects.count():,} actions, "
          f"{Milestone.objects.count():,} milestones, {BudgetLine.objects.count():,} budget lines, "
          f"{Indicator.objects.count():,} indicators, {IndicatorValue.objects.count():,} values "
          f"in {time.perf_counter() - started:.0f} s (bulk_create, no audit rows)")
    print(f"{args.plans} plans × {args.actions} actions over {-(-args.plans // args.per_unit)} units "
          f"(izmir + district desks, {args.per_unit} plans each); unit kucuk-planlar: {args.per_unit} plans × "
          f"{args.small_actions} actions; {args.indicators} indicators × {args.values} values per plan")
    print(f"peak RSS after loading: {peak_rss_mb():.0f} MB")
    print("Django test client in this process (no gunicorn, no network)")

    anonymous, coordinator = Client(), Client()
    coordinator.force_login(data["coordinator"])
    print(f"\n{'page':<40} {'actions':>7} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'queries':>8}"
          f"   ({args.requests} requests each, after {WARM_UP} warm-up)")
    results = {}
    for page in pages(data, args, rng):
        timings, counts = measure(page, coordinator if page.signed_in else anonymous, args)
        queries = str(counts[0]) if len(set(counts)) == 1 else f"{min(counts)}–{max(counts)}"
        p95 = percentile(timings, 0.95)
        results.setdefault(page.name, {})[page.actions] = set(counts)
        print(f"{page.name:<40} {page.actions:>7} {statistics.median(timings):8.1f} {p95:8.1f} "
              f"{max(timings):8.1f} {queries:>8}{'' if p95 <= GOAL_MS else '   above the goal'}")
    print()
    for name, by_size in results.items():
        if len(by_size) > 1:
            sizes = sorted(by_size)
            same = len({frozenset(c) for c in by_size.values()}) == 1
            print(f"{name}: queries {'the same' if same else 'DIFFER'} with "
                  + " and ".join(f"{s} actions ({'/'.join(map(str, sorted(by_size[s])))})" for s in sizes))


if __name__ == "__main__":
    main()
