"""What the benchmarks that measure the platform through gunicorn + PostgreSQL share: a scratch database with the
migrations and the demo city, the production-like environment, and a gunicorn that is stopped afterwards.

Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), as on the CI machines.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(sql: str) -> None:
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-q", "-c", sql], check=True,
                   stdout=subprocess.DEVNULL)


def environment(database: str, **extra: str) -> dict:
    """The production settings (DEBUG=0) on the scratch database, plus `extra` variables."""
    from cryptography.fernet import Fernet

    return {
        **os.environ,
        "DEBUG": "0", "SECRET_KEY": "bench-" + "k" * 60, "ALLOWED_HOSTS": "127.0.0.1",
        "BIRARADA_ENCRYPTION_KEYS": Fernet.generate_key().decode(), "SECURE_SSL_REDIRECT": "0",
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        **extra,
    }


def manage(env: dict, *args: str) -> str:
    """Run a management command against the scratch database; returns what it printed."""
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True,
                          text=True).stdout


@contextmanager
def scratch_database(database: str, env: dict) -> Iterator[None]:
    """A fresh database with the migrations and the demo city, dropped afterwards whatever happens."""
    psql(f"DROP DATABASE IF EXISTS {database}")
    psql(f"CREATE DATABASE {database}")
    try:
        manage(env, "migrate", "-v", "0")
        manage(env, "load_demo_city")
        yield
    finally:
        psql(f"DROP DATABASE IF EXISTS {database}")


@contextmanager
def gunicorn(env: dict, workers: int) -> Iterator[int]:
    """gunicorn serving the platform on a free loopback port (yielded), stopped afterwards."""
    port = free_port()
    server = subprocess.Popen([str(Path(PYTHON).parent / "gunicorn"), "birarada.wsgi", "--workers", str(workers),
                               "--bind", f"127.0.0.1:{port}", "--log-level", "warning"], cwd=ROOT, env=env)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=20)
