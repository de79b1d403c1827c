"""A task enqueued by the web side is run by a real, separate worker process."""

import os
import subprocess

import pytest
from django.urls import reverse

from birarada.core.models import AuditEvent, WorkerHeartbeat
from tests.tasking import run_workers_until_queues_are_empty


def run_worker_until_queue_is_empty() -> subprocess.CompletedProcess:
    """Real worker processes (two on RQ) run what is queued; the first failure, or the first result."""
    results = run_workers_until_queues_are_empty()
    return next((r for r in results if r.returncode != 0), results[0])


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
