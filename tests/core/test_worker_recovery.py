"""A worker killed in the middle of a task loses nothing: the task is run again.

On the database backend the worker's lease runs out; on RQ its heartbeat does, RQ marks the job abandoned and the
sweep puts it back on its queue. Either way one audit row says so.
"""

import subprocess
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from birarada.core.models import AuditEvent, WorkerLease
from birarada.core.tasks import recover_abandoned_tasks
from tests.core.test_worker import run_worker_until_queue_is_empty
from tests.skeleton.tasks import nap
from tests.tasking import ON_RQ, ROOT, runs_of, worker_command, worker_environment


def _wait_for(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def _status(run_id: str) -> str:
    return next((r.status for r in runs_of(nap) if r.id == run_id), "MISSING")


def _let_the_dead_worker_time_out() -> None:
    """What the passing of time does to a dead worker's claim (its lease or heartbeat stops being renewed)."""
    if ON_RQ:
        from rq.registry import StartedJobRegistry

        from birarada.core import redisqueue

        registry = StartedJobRegistry(queue=redisqueue.queue(nap.queue_name))
        for entry in registry.connection.zrange(registry.key, 0, -1):
            registry.connection.zadd(registry.key, {entry: time.time() - 1})
    else:
        WorkerLease.objects.update(seen_at=timezone.now() - timedelta(minutes=5))


@pytest.mark.django_db(transaction=True)
def test_a_task_of_a_killed_worker_is_run_again(tmp_path):
    flag = tmp_path / "keep-napping"
    flag.write_text("1")
    result = nap.enqueue(str(flag))
    # Its own session: killing every process of the session also kills an RQ work horse (which has a process group
    # of its own), as losing the machine would.
    worker = subprocess.Popen(worker_command("--interval", "0.2"), env=worker_environment(), cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        assert _wait_for(lambda: _status(result.id) == "RUNNING"), "never started"
        if not ON_RQ:
            assert _wait_for(lambda: WorkerLease.objects.exists())
    finally:
        subprocess.run(["pkill", "-KILL", "-s", str(worker.pid)], check=False)  # no clean-up: stays "RUNNING"
        worker.wait(timeout=30)
    assert _status(result.id) == "RUNNING"

    # While the worker's claim is fresh nothing happens; once it ran out, the sweep recovers the task.
    assert recover_abandoned_tasks.call() == 0
    _let_the_dead_worker_time_out()
    assert recover_abandoned_tasks.call() == 1
    assert recover_abandoned_tasks.call() == 0  # once only
    assert AuditEvent.objects.filter(verb="system.task_recover").count() == 1

    flag.unlink()
    done = run_worker_until_queue_is_empty()
    assert done.returncode == 0, done.stderr
    finished = [r for r in runs_of(nap) if r.status == "SUCCESSFUL"]
    assert [r.return_value for r in finished] == [1]
    if not ON_RQ:  # the database backend keeps the lost run, marked failed, beside the new one
        lost = [r for r in runs_of(nap) if r.id == result.id]
        assert lost[0].status == "FAILED"


@pytest.mark.skipif(ON_RQ, reason="leases are the database worker's; RQ workers have heartbeats (test above)")
@pytest.mark.django_db(transaction=True)
def test_a_clean_worker_leaves_no_lease_and_a_running_task_of_a_live_worker_is_left_alone(tmp_path):
    from django_tasks_db.models import DBTaskResult

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
