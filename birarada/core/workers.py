"""Task workers that can die without losing work.

`manage.py run_worker` runs the database task worker with a lease: a thread renews a row every LEASE_EVERY
seconds. The periodic task `recover_abandoned_tasks` looks for tasks still marked "running":

- by a worker whose lease is older than LEASE_LOST (killed, machine gone): lost at once;
- by a worker that never held a lease (started with plain `db_worker`): lost after STALE_RUN.

A lost task is marked failed (with the reason) and queued again, through the action `do_recover_task`. Every
task of the platform must therefore be safe to run twice (they are: each one re-reads what is left to do).
Lease rows are operational bookkeeping, like sessions, and are not audited; recoveries are.
"""

from __future__ import annotations

import os
import socket
import threading
from datetime import timedelta

from django.db import close_old_connections, connection
from django.utils import timezone
from django.utils.crypto import get_random_string

from birarada.core.models import WorkerLease
from birarada.core.scheduling import STALE_RUN
from birarada.core.tasking import TaskResultStatus

LEASE_EVERY = 15  # seconds
LEASE_LOST = timedelta(seconds=90)
FORGET_LEASES_AFTER = timedelta(days=2)


def new_worker_id() -> str:
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{get_random_string(8)}"


def renew_lease(worker_id: str) -> None:
    WorkerLease.objects.update_or_create(
        worker_id=worker_id,
        defaults={"host": socket.gethostname()[:100], "pid": os.getpid(), "seen_at": timezone.now()},
    )


def release_lease(worker_id: str) -> None:
    WorkerLease.objects.filter(worker_id=worker_id).delete()


class LeaseKeeper(threading.Thread):
    """Renews the lease until stopped; runs beside the worker loop in the same process."""

    def __init__(self, worker_id: str):
        super().__init__(name="birarada-lease", daemon=True)
        self.worker_id = worker_id
        self.stopped = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopped.is_set():
                close_old_connections()
                try:
                    renew_lease(self.worker_id)
                except Exception:  # a database hiccup must not kill the worker; the next beat retries
                    pass
                self.stopped.wait(LEASE_EVERY)
        finally:
            connection.close()

    def stop(self) -> None:
        self.stopped.set()
        self.join(timeout=LEASE_EVERY + 5)


def lost_task_results():
    """Task results marked running whose worker is gone."""
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    leases = dict(WorkerLease.objects.values_list("worker_id", "seen_at"))
    lost = []
    for result in DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING):
        worker = result.worker_ids[-1] if result.worker_ids else ""
        if worker in leases:
            if leases[worker] < now - LEASE_LOST:
                lost.append(result)
        elif result.started_at is None or result.started_at < now - STALE_RUN:
            lost.append(result)
    return lost


def forget_old_leases() -> int:
    return WorkerLease.objects.filter(seen_at__lt=timezone.now() - FORGET_LEASES_AFTER).delete()[0]
