"""Sustained report submissions per second through gunicorn + PostgreSQL (+ Redis) on loopback.

Creates a scratch database, starts gunicorn with the production settings, sends reports for a fixed time, then
checks that every accepted report is in the database exactly once.

    .venv/bin/python benchmarks/report_intake.py [--seconds 30] [--clients 16] [--workers 4]
                                                 [--redis redis://127.0.0.1:6379/7 | --redis ""] [--client wrk|python]

With --redis (the default) the rate-limit counters and the cache are in Redis, as in a many-host installation
(the limit is raised so that every report counts but none is refused). The load comes from wrk (Debian's `wrk`, a
C program, so that the load generator does not take the cores it measures) when installed, else from Python
threads, which also check that no receipt was given twice.

Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth) and Redis at 127.0.0.1:6379, as on the CI machines.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time

import live_platform

DATABASE = "birarada_bench_intake"
REPORT = {
    "grounds": ["migration", "gender"], "area": "transport", "reporter_role": "witness",
    "description": "The driver would not let a woman speaking Arabic board the bus at the last stop.",
    "district": "Konak", "consent": {"contact": False, "referral": True, "statistics": True},
}


def environment(redis_url: str) -> dict:
    return live_platform.environment(DATABASE, INCIDENTS_REPORTS_PER_HOUR="1000000000", REDIS_URL=redis_url)


WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = %s
wrk.headers["Content-Type"] = "application/json"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) created = 0; other = 0 end
function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do c = c + t:get("created"); o = o + t:get("other") end
  io.write(string.format("CREATED %%d OTHER %%d P50 %%.1f P99 %%.1f\\n", c, o,
           latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""


def run_wrk(port: int, seconds: float, clients: int) -> tuple[int, int, str]:
    """(201 responses, other responses, wrk's summary line) after `seconds` of load from `clients` connections."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % json.dumps(json.dumps(REPORT)))
    try:
        out = subprocess.run(["wrk", "-t", "2", "-c", str(clients), "-d", f"{int(seconds)}s", "--timeout", "30s",
                              "-s", script.name, f"http://127.0.0.1:{port}/api/v1/reports"],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(script.name)
    found = re.search(r"CREATED (\d+) OTHER (\d+) P50 ([\d.]+) P99 ([\d.]+)", out)
    if not found:
        raise SystemExit(f"wrk printed no summary:\n{out}")
    errors = re.search(r"Socket errors: (.*)", out)
    return int(found[1]), int(found[2]), (f"median {found[3]} ms, p99 {found[4]} ms"
                                          + (f"; socket errors: {errors[1]}" if errors else ""))


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
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/7",
                        help="Redis for rate limits and cache (flushed first); '' for the database")
    parser.add_argument("--client", choices=("wrk", "python"), default="wrk" if shutil.which("wrk") else "python")
    args = parser.parse_args()

    if args.redis:
        import redis

        redis.Redis.from_url(args.redis).flushdb()
    env = environment(args.redis)
    with live_platform.scratch_database(DATABASE, env), live_platform.gunicorn(env, args.workers) as port:
        before = count_cases(env)
        # A short warm-up: every gunicorn worker imports the views and opens its connections.
        warm = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(4 * args.workers):
            warm.request("POST", "/api/v1/reports", json.dumps(REPORT), {"Content-Type": "application/json"})
            warm.getresponse().read()
        warm.close()
        before = count_cases(env)
        started = time.monotonic()
        if args.client == "wrk":
            accepted, other, summary = run_wrk(port, args.seconds, args.clients)
            errors: list = [other] if other else []
            receipts: list = []
        else:
            receipts, errors, lock = [], [], threading.Lock()
            deadline = started + args.seconds
            threads = [threading.Thread(target=client_loop, args=(port, deadline, receipts, errors, lock))
                       for _ in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            accepted, summary = len(receipts), ""
        elapsed = time.monotonic() - started
        stored = count_cases(env) - before
        print(f"gunicorn workers: {args.workers}, client: {args.client} with {args.clients} connections, "
              f"cores: {os.cpu_count()}, rate limits and cache: {'Redis' if args.redis else 'PostgreSQL'}")
        print(f"accepted reports: {accepted} in {elapsed:.1f} s = {accepted / elapsed:.1f} reports/s"
              + (f" ({summary})" if summary else ""))
        print(f"errors: {len(errors)} {sorted(set(map(str, errors)))[:5]}")
        # wrk stops counting at its deadline: requests still in flight are stored but not counted as accepted.
        in_flight = max(0, stored - accepted) if args.client == "wrk" else 0
        print(f"stored in PostgreSQL: {stored}; lost (accepted but not stored): {max(0, accepted - stored)}"
              + (f"; stored from requests in flight when wrk stopped: {in_flight}" if args.client == "wrk" else "")
              + (f"; duplicate receipts: {len(receipts) - len(set(receipts))}" if receipts else ""))


if __name__ == "__main__":
    main()
