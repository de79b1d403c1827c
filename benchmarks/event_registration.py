"""A popular event opened to registration: concurrent registrations through gunicorn + PostgreSQL on loopback.

Creates a scratch database with an event of 100 places, starts gunicorn with the production settings, lets 500
residents load the event's page, then has them all submit the registration form at once from many client
threads. Checks in the database that exactly 100 places are confirmed and 400 people are on the waiting list in
the order the server accepted them, with no registration lost or duplicated, and prints registrations/s.

    .venv/bin/python benchmarks/event_registration.py [--registrations 500] [--places 100] [--clients 50] [--workers 4]

Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), as on the CI machines.
"""

import argparse
import http.client
import json
import os
import queue
import re
import sys
import tempfile
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import live_platform

DATABASE = "birarada_bench_events"
ORGANIZATION = "izmir"  # from load_demo_city
EVENT = "bench-popular-panel"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CANCEL_LINK = re.compile(r"/events/cancel/([A-Za-z0-9_\-]+)/")
HEADING = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)

CREATE_EVENT = f"""
from datetime import timedelta
from django.utils import timezone
from birarada.core.models import Organization
from birarada.events import actions
start = timezone.now().replace(microsecond=0) + timedelta(days=14)
actions.do_create_event(Organization.objects.get(slug={ORGANIZATION!r}), slug={EVENT!r}, kind="panel",
                        title="Popular panel (benchmark)", starts_at=start, ends_at=start + timedelta(hours=2),
                        capacity=int(__import__("os").environ["BENCH_PLACES"]), actor=None)
"""

# Reads the event's registrations in waiting-list order and finds the row of every cancel token the clients were
# given (the token is stored only as a keyed digest). Prints one JSON line.
READ_BACK = f"""
import json, os
from birarada.core.crypto import keyed_digest
from birarada.events.actions import CANCEL_PURPOSE
from birarada.events.models import Event
event = Event.objects.get(organization__slug={ORGANIZATION!r}, slug={EVENT!r})
rows = list(event.registrations.order_by("created_at", "pk").values_list(
    "pk", "status", "token_digest", "email_digest", "created_at"))
position = {{row[2]: n for n, row in enumerate(rows)}}
with open(os.environ["BENCH_TOKENS"]) as f:
    tokens = json.load(f)
print(json.dumps({{
    "rows": [[pk, status, created_at.isoformat()] for pk, status, _, _, created_at in rows],
    "distinct_email_digests": len({{row[3] for row in rows if row[3]}}),
    "blank_email_digests": sum(1 for row in rows if not row[3]),
    "token_positions": [position.get(keyed_digest(CANCEL_PURPOSE, t)) if t else None for t in tokens],
}}))
"""


def environment(places: int) -> dict:
    # gunicorn is reached directly, but every request carries the two headers the production reverse proxy (nginx)
    # adds: X-Forwarded-For with the resident's own address, and X-Forwarded-Proto: https.
    # - TRUSTED_PROXY_COUNT=1: the rate limiter ("event-register", 30 an hour per client address) takes the
    #   client's address from the last X-Forwarded-For entry. All requests really come from 127.0.0.1, so without
    #   it the 31st registration would get 429; with it each simulated resident is its own client, as they would
    #   be in production, and the limit itself stays in force.
    # - BEHIND_TLS_PROXY=1: Django trusts X-Forwarded-Proto, so the request counts as https. That keeps the
    #   production settings (DEBUG=0 makes the CSRF and session cookies Secure, and there is no separate variable
    #   for that) working over plain http on loopback: the client sends the Secure csrftoken cookie back as a
    #   browser would to the TLS proxy, and Django's strict https Referer check applies.
    return live_platform.environment(DATABASE, TRUSTED_PROXY_COUNT="1", BEHIND_TLS_PROXY="1",
                                     BENCH_PLACES=str(places))


def manage_shell(env, code: str) -> str:
    out = live_platform.manage(env, "shell", "-c", code).strip()
    return out.splitlines()[-1] if out else ""


def resident_address(n: int) -> str:
    """A distinct address per resident, from 198.18.0.0/15 (reserved for benchmarks, RFC 2544)."""
    return f"198.18.{n // 250}.{n % 250 + 1}"


def proxy_headers(n: int) -> dict:
    return {"X-Forwarded-For": resident_address(n), "X-Forwarded-Proto": "https"}


def load_form(port, path, jobs, forms, errors, lock):
    """Each resident opens the event's page: the csrftoken cookie and the form's hidden token."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while True:
        try:
            n = jobs.get_nowait()
        except queue.Empty:
            break
        try:
            connection.request("GET", path, headers=proxy_headers(n))
            response = connection.getresponse()
            page = response.read().decode()
            cookies = SimpleCookie()
            for header in response.headers.get_all("Set-Cookie") or []:
                cookies.load(header)
            field = CSRF_FIELD.search(page)
            with lock:
                if response.status == 200 and "csrftoken" in cookies and field:
                    forms[n] = (cookies["csrftoken"].value, field.group(1))
                else:
                    errors.append(f"GET {response.status}")
        except (OSError, http.client.HTTPException) as error:
            with lock:
                errors.append(repr(error))
            connection.close()
    connection.close()


def register(port, path, forms, jobs, go, results, errors, lock):
    """Submit the registration form; note when it was sent, when the answer came and what it said."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    go.wait()
    while True:
        try:
            n = jobs.get_nowait()
        except queue.Empty:
            break
        cookie, token = forms[n]
        body = urlencode({"csrfmiddlewaretoken": token, "name": f"Resident {n}",
                          "email": f"resident{n:04d}@example.invalid", "leave_empty": ""})
        headers = {**proxy_headers(n), "Content-Type": "application/x-www-form-urlencoded",
                   "Cookie": f"csrftoken={cookie}", "Referer": f"https://127.0.0.1:{port}{path}"}
        sent = time.monotonic()
        try:
            connection.request("POST", path, body, headers)
            response = connection.getresponse()
            page = response.read().decode()
            received = time.monotonic()
            link, heading = CANCEL_LINK.search(page), HEADING.search(page)
            title = heading.group(1).casefold() if heading else ""
            told = "waiting" if "waiting" in title else "confirmed" if "confirmed" in title else "?"
            with lock:
                if response.status == 200 and link:
                    results.append({"n": n, "sent": sent, "received": received, "told": told,
                                    "token": link.group(1)})
                else:
                    errors.append(f"POST {response.status}")
        except (OSError, http.client.HTTPException) as error:
            with lock:
                errors.append(repr(error))
            connection.close()
    connection.close()


def run_threads(count, target, args) -> float:
    threads = [threading.Thread(target=target, args=args) for _ in range(count)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


def check(label: str, passed: bool, checks: list) -> None:
    checks.append(passed)
    print(f"  [{'PASS' if passed else 'FAIL'}] {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=500)
    parser.add_argument("--places", type=int, default=100)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    env = environment(args.places)
    checks: list = []
    with live_platform.scratch_database(DATABASE, env):
        manage_shell(env, CREATE_EVENT)
        with live_platform.gunicorn(env, args.workers) as port, tempfile.TemporaryDirectory() as scratch:
            measure(args, env, port, checks, Path(scratch) / "tokens.json")
    if not all(checks):
        sys.exit(1)


def measure(args, env: dict, port: int, checks: list, tokens_path: Path) -> None:
    total, places = args.registrations, args.places
    path = f"/en/events/{ORGANIZATION}/{EVENT}/"
    lock = threading.Lock()

    # 1. Everyone has the page open (not part of the registration rate).
    forms: dict[int, tuple[str, str]] = {}
    load_errors: list[str] = []
    jobs: queue.Queue[int] = queue.Queue()
    for n in range(total):
        jobs.put(n)
    load_elapsed = run_threads(args.clients, load_form, (port, path, jobs, forms, load_errors, lock))

    # 2. Registration opens: all client threads submit at the same moment.
    results: list[dict] = []
    errors: list[str] = []
    jobs, go = queue.Queue(), threading.Event()
    for n in sorted(forms):
        jobs.put(n)
    threads = [threading.Thread(target=register, args=(port, path, forms, jobs, go, results, errors, lock))
               for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    started = time.monotonic()
    go.set()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started

    tokens_path.write_text(json.dumps([r["token"] for r in results]))
    stored = json.loads(manage_shell({**env, "BENCH_TOKENS": str(tokens_path)}, READ_BACK))
    rows, positions = stored["rows"], stored["token_positions"]
    statuses = [status for _, status, _ in rows]
    confirmed, waiting = statuses.count("confirmed"), statuses.count("waiting")
    latencies = sorted(r["received"] - r["sent"] for r in results)

    print("settings: DEBUG=0 (production) behind a simulated TLS proxy (X-Forwarded-Proto: https), "
          "TRUSTED_PROXY_COUNT=1, one X-Forwarded-For address per resident")
    print(f"gunicorn workers: {args.workers}, client threads: {args.clients}, cores: {os.cpu_count()}, "
          f"places: {places}")
    print(f"page loads: {len(forms)} in {load_elapsed:.1f} s ({len(load_errors)} errors)")
    print(f"registrations: {len(results)} in {elapsed:.2f} s = {len(results) / elapsed:.1f} registrations/s")
    if latencies:
        print(f"response time: median {latencies[len(latencies) // 2] * 1000:.0f} ms, "
              f"95th percentile {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms, "
              f"max {latencies[-1] * 1000:.0f} ms")
    print(f"errors: {len(errors)} {sorted(set(map(str, load_errors + errors)))[:5]}")
    print(f"in PostgreSQL: {len(rows)} registrations, {confirmed} confirmed, {waiting} waiting, "
          f"{stored['distinct_email_digests']} distinct e-mail digests")

    # Arrival order. pk and created_at are both assigned while the event row is locked (do_register), so the
    # waiting list order (created_at, pk) is the order in which the server accepted the registrations.
    # What a client can see of that order: a registration whose answer had come back before another one was
    # even sent must stand ahead of it in the list.
    by_position: dict[int, list[dict]] = {}
    for result, position in zip(results, positions, strict=True):
        if position is not None:
            by_position.setdefault(position, []).append(result)
    overtaken, latest_sent = 0, float("-inf")
    for position in range(len(rows)):
        for result in by_position.get(position, []):
            if result["received"] < latest_sent:
                overtaken += 1
            latest_sent = max(latest_sent, result["sent"])
    mismatched = len([result for result, position in zip(results, positions, strict=True)
                      if position is not None and result["told"] != statuses[position]])

    print("checks:")
    check(f"every resident got an answer: {len(results)} of {total} registered, "
          f"{len(load_errors) + len(errors)} errors", len(results) == total and not (load_errors or errors),
          checks)
    check(f"exactly {places} confirmed: {confirmed}", confirmed == places, checks)
    check(f"{total - places} on the waiting list: {waiting}", waiting == total - places, checks)
    check(f"{total} rows, no other status: {len(rows)}", len(rows) == total == confirmed + waiting, checks)
    check(f"{total} distinct e-mails: {stored['distinct_email_digests']} distinct digests, "
          f"{stored['blank_email_digests']} blank",
          stored["distinct_email_digests"] == total and not stored["blank_email_digests"], checks)
    check(f"none lost: {sum(p is None for p in positions)} answers without their row",
          None not in positions and len(results) == total, checks)
    check(f"none duplicated: {len(positions) - len(set(positions))} rows shared by two answers, "
          f"{len(set(range(len(rows))) - set(positions))} rows nobody was told about",
          len(set(positions)) == len(positions) == len(rows) and None not in positions, checks)
    check(f"each resident was told the status that was stored: {mismatched} told otherwise",
          mismatched == 0 and all(r["told"] != "?" for r in results), checks)
    check("every confirmed registration was created before every waiting one",
          statuses == ["confirmed"] * confirmed + ["waiting"] * waiting, checks)
    pks = [pk for pk, _, _ in rows]
    check("order by (created_at, pk) is the order of insertion (pk)", pks == sorted(pks), checks)
    check(f"arrival order kept: {overtaken} registrations placed behind one sent after they were answered",
          overtaken == 0, checks)
    print(f"result: {'all checks passed' if all(checks) else 'SOME CHECKS FAILED'}")


if __name__ == "__main__":
    main()
