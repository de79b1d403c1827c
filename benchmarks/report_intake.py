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
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
DATABASE = "birarada_bench_intake"
REPORT = {
    "grounds": ["migration", "gender"], "area": "transport", "reporter_role": "witness",
    "description": "The driver would not let a woman speaking Arabic board the bus at the last stop.",
    "district": "Konak", "consent": {"contact": False, "referral": True, "statistics": True},
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(sql: str) -> None:
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql], check=True,
                   stdout=subprocess.DEVNULL)


def environment() -> dict:
    from cryptography.fernet import Fernet

    return {
        **os.environ,
        "DEBUG": "0", "SECRET_KEY": "bench-" + "k" * 60, "ALLOWED_HOSTS": "127.0.0.1",
        "BIRARADA_ENCRYPTION_KEYS": Fernet.generate_key().decode(), "SECURE_SSL_REDIRECT": "0",
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "INCIDENTS_REPORTS_PER_HOUR": "1000000000",
    }


def count_cases(env) -> int:
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c",
         "from birarada.incidents.models import Case; print(Case.objects.count())"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


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
    psql(f"DROP DATABASE IF EXISTS {DATABASE}")
    psql(f"CREATE DATABASE {DATABASE}")
    server = None
    try:
        subprocess.run([PYTHON, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)
        subprocess.run([PYTHON, "manage.py", "load_demo_city"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        before = count_cases(env)
        port = free_port()
        server = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "birarada.wsgi", "--workers", str(args.workers),
             "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
            cwd=ROOT, env=env,
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
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
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")


if __name__ == "__main__":
    main()
