"""A task enqueued by the web side is run by a real, separate worker process."""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from django.urls import reverse

from birarada.core.models import AuditEvent, WorkerHeartbeat

ROOT = Path(__file__).resolve().parents[2]


def database_url_of_test_database() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = quote(db["USER"] or "")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"])
    return f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def run_worker_until_queue_is_empty() -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url_of_test_database()}
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "db_worker", "--batch", "--no-startup-delay", "--no-reload",
         "--queue-name", "*"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_process_answers_the_heartbeat(client, alice):
    client.force_login(alice)
    response = client.post(reverse("core:system", args=["izmir"]))
    assert response.status_code == 302
    heartbeat = WorkerHeartbeat.objects.get()
    assert heartbeat.answered_at is None

    result = run_worker_until_queue_is_empty()
    assert result.returncode == 0, result.stderr

    heartbeat.refresh_from_db()
    assert heartbeat.answered_at is not None
    assert heartbeat.worker_pid not in (None, os.getpid())
    assert AuditEvent.objects.filter(verb="system.heartbeat_request", actor=alice).exists()
    page = client.get(reverse("core:system", args=["izmir"])).content.decode()
    assert str(heartbeat.worker_pid) in page


@pytest.mark.django_db(transaction=True)
def test_htmx_request_returns_only_the_fragment(client, alice):
    client.force_login(alice)
    response = client.post(reverse("core:system", args=["izmir"]), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="heartbeats"')
    assert "<html" not in html
