"""A worker killed in the middle of a task loses nothing: its lease runs out, the task is run again."""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from birarada.core.models import AuditEvent, WorkerLease
from birarada.core.tasks import recover_abandoned_tasks
from tests.core.test_worker import ROOT, database_url_of_test_database, run_worker_until_queue_is_empty
from tests.skeleton.tasks import nap


def _wait_for(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.django_db(transaction=True)
def test_a_task_of_a_killed_worker_is_run_again(tmp_path):
    flag = tmp_path / "keep-napping"
    flag.write_text("1")
    result = nap.enqueue(str(flag))
    env = {**os.environ, "DATABASE_URL": database_url_of_test_database()}
    worker = subprocess.Popen([sys.executable, str(ROOT / "manage.py"), "run_worker", "--interval", "0.2"],
                              env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert _wait_for(lambda: DBTaskResult.objects.get(pk=result.id).status == "RUNNING"), "never started"
        assert _wait_for(lambda: WorkerLease.objects.exists())
    finally:
        worker.send_signal(signal.SIGKILL)  # no clean-up: the lease stays, the run stays "RUNNING"
        worker.wait(timeout=30)
    assert DBTaskResult.objects.get(pk=result.id).status == "RUNNING"

    # While the lease is fresh nothing happens; once it ran out, the sweep recovers the task.
    assert recover_abandoned_tasks.call() == 0
    WorkerLease.objects.update(seen_at=timezone.now() - timedelta(minutes=5))
    assert recover_abandoned_tasks.call() == 1
    lost = DBTaskResult.objects.get(pk=result.id)
    assert lost.status == "FAILED" and "stopped" in lost.traceback
    assert AuditEvent.objects.filter(verb="system.task_recover").count() == 1

    flag.unlink()
    done = run_worker_until_queue_is_empty()
    assert done.returncode == 0, done.stderr
    again = DBTaskResult.objects.filter(task_path=nap.module_path).exclude(pk=result.id).get()
    assert again.status == "SUCCESSFUL" and again.return_value == 1


@pytest.mark.django_db(transaction=True)
def test_a_clean_worker_leaves_no_lease_and_a_running_task_of_a_live_worker_is_left_alone(tmp_path):
    from birarada.core.workers import renew_lease

    result = nap.enqueue(str(tmp_path / "absent"))
    DBTaskResult.objects.filter(pk=result.id).update(status="RUNNING", started_at=timezone.now(),
                                                      worker_ids=["alive-1"])
    renew_lease("alive-1")
    assert recover_abandoned_tasks.call() == 0
    # A worker without a lease (plain db_worker) gets STALE_RUN before its task counts as lost.
    DBTaskResult.objects.filter(pk=result.id).update(worker_ids=["no-lease"])
    assert recover_abandoned_tasks.call() == 0
    DBTaskResult.objects.filter(pk=result.id).update(started_at=timezone.now() - timedelta(hours=1))
    assert recover_abandoned_tasks.call() == 1
