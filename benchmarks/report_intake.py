"""Sustained report submissions per second through gunicorn + PostgreSQL on loopback.

Creates a scratch database, starts gunicorn with the production settings, sends reports from several
client threads for a fixed time, then checks that every accepted report is in the database exactly once.

    .venv/bin/python benchmarks/report_intake.py [--seconds 30] [--clients 16] [--workers 4]

Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), as on the CI machines.
"""

import argparse
import http.client
import json
import os
import threading
import time

import live_platform

DATABASE = "birarada_bench_intake"
REPORT = {
    "grounds": ["migration", "gender"], "area": "transport", "reporter_role": "witness",
    "description": "The driver would not let a woman speaking Arabic board the bus at the last stop.",
    "district": "Konak", "consent": {"contact": False, "referral": True, "statistics": True},
}


def environment() -> dict:
    return live_platform.environment(DATABASE, INCIDENTS_REPORTS_PER_HOUR="1000000000")


def count_cases(env) -> int:
    out = live_platform.manage(env, "shell", "-c", "from birarada.incidents.models import Case; "
                                                   "print(Case.objects.count())")
    return int(out.strip().splitlines()[-1])


def client_loop(port, deadline, receipts, errors, lock):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = json.dumps(REPORT)
    while time.monotonic() < deadline:
        try:
            connection.request("POST", "/api/v1/reports", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            payload = response.read()
            with lock:
                if response.status == 201:
                    receipts.append(json.loads(payload)["receipt"])
                else:
                    errors.append(response.status)
        except (OSError, http.client.HTTPException) as error:
            with lock:
                errors.append(repr(error))
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    env = environment()
    with live_platform.scratch_database(DATABASE, env), live_platform.gunicorn(env, args.workers) as port:
        before = count_cases(env)
        receipts, errors, lock = [], [], threading.Lock()
        started = time.monotonic()
        deadline = started + args.seconds
        threads = [threading.Thread(target=client_loop, args=(port, deadline, receipts, errors, lock))
                   for _ in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        stored = count_cases(env) - before
        print(f"gunicorn workers: {args.workers}, client threads: {args.clients}, cores: {os.cpu_count()}")
        print(f"accepted reports: {len(receipts)} in {elapsed:.1f} s = {len(receipts) / elapsed:.1f} reports/s")
        print(f"errors: {len(errors)} {sorted(set(map(str, errors)))[:5]}")
        print(f"stored in PostgreSQL: {stored}; lost: {len(receipts) - stored}; "
              f"duplicate receipts: {len(receipts) - len(set(receipts))}")

if __name__ == "__main__":
    main()
