"""What the task-worker tests need from either task backend: the runs of a task and real worker processes.

The worker and monitoring pipeline tests run twice in CI: on the database backend (the default) and with
TASKS_BACKEND=rq against the local Redis with two worker processes (`.ci/run`). They ask here instead of reading
the database queue's table, so the same assertions hold on both.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
ON_RQ = bool(getattr(settings, "TASKS_ON_RQ", False))
# How many worker processes a test starts: two on RQ (as CI asks), one on the database backend (SQLite lets
# one writer at a time; two would only wait for each other).
WORKERS = int(os.environ.get("TEST_TASK_WORKERS", "2" if ON_RQ else "1"))


@dataclass(frozen=True)
class Run:
    id: str
    status: str  # READY, RUNNING, SUCCESSFUL, FAILED
    queue: str
    run_after: datetime | None
    return_value: object = None


def runs_of(task) -> list[Run]:
    """Every run of `task` the backend knows of (queued, scheduled, running, finished or failed)."""
    if ON_RQ:
        return _rq_runs(task)
    from django_tasks_db.models import DBTaskResult

    return [Run(str(r.pk), r.status, r.queue_name, r.run_after, r.return_value if r.status == "SUCCESSFUL" else None)
            for r in DBTaskResult.objects.filter(task_path=task.module_path).order_by("enqueued_at")]


def _rq_runs(task) -> list[Run]:
    from rq.registry import (
        FailedJobRegistry,
        FinishedJobRegistry,
        ScheduledJobRegistry,
        StartedJobRegistry,
    )

    from birarada.core import redisqueue

    q = redisqueue.queue(task.queue_name)
    ids = {job_id: "READY" for job_id in q.get_job_ids()}
    scheduled = ScheduledJobRegistry(queue=q, job_class=q.job_class)
    for job_id in scheduled.get_job_ids():
        ids[job_id] = "READY"
    for registry, status in ((StartedJobRegistry, "RUNNING"), (FinishedJobRegistry, "SUCCESSFUL"),
                             (FailedJobRegistry, "FAILED")):
        for job_id in registry(queue=q, job_class=q.job_class).get_job_ids(cleanup=False):
            ids[job_id] = status
    runs = []
    for job in redisqueue._jobs(list(ids)):
        if job.func_name != task.module_path:
            continue
        when = scheduled.get_scheduled_time(job) if ids[job.id] == "READY" and job.is_scheduled else None
        value = job.return_value() if ids[job.id] == "SUCCESSFUL" else None
        runs.append(Run(job.id, ids[job.id], job.origin, when.replace(tzinfo=UTC) if when and not when.tzinfo
                        else when, value))
    return runs


def flush_redis() -> None:
    from birarada.core import redisqueue

    redisqueue.connection().flushdb()


def database_url_of_test_database() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = quote(db["USER"] or "")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"])
    return f"postgres://{auth}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def worker_environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": database_url_of_test_database(), **extra}


def worker_command(*arguments: str) -> list[str]:
    return [sys.executable, str(ROOT / "manage.py"), "run_worker", *arguments]


def run_workers_until_queues_are_empty(workers: int | None = None,
                                       **extra_env: str) -> list[subprocess.CompletedProcess]:
    """Start `workers` real worker processes (default WORKERS) that run what is queued, then stop; wait for all."""
    processes = [subprocess.Popen(worker_command("--batch", "--interval", "0.2"), env=worker_environment(**extra_env),
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(workers or WORKERS)]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results
