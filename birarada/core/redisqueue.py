"""The RQ/Redis side of the task queues (TASKS_BACKEND=rq): what is pending, and what a dead worker left behind.

The Tasks API has no "is a run of this task waiting?" and no "a worker died" hook, so the scheduler
(core/scheduling.py) and the recovery sweep (`core.tasks.recover_abandoned_tasks`) ask here when the tasks run on
RQ, and ask the database table (core/workers.py) when they run on the database backend.

- Pending runs are found in the task's own queue: its scheduled registry (runs with a later start), the queue
  itself and its started registry. Periodic tasks live on small queues, so a scan is short; it stops after
  SCAN_LIMIT jobs in any case.
- A worker that dies stops renewing its heartbeat; RQ then finds its job expired in the started registry, calls
  the job's failure callback with `AbandonedJobError` (django-tasks-rq notes that class on the job) and moves it
  to the failed registry. `abandoned_jobs()` forces that look and returns those jobs, which the sweep queues again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from django.conf import settings

SCAN_LIMIT = 5000
ABANDONED = "rq.exceptions.AbandonedJobError"


def uses_rq() -> bool:
    return bool(getattr(settings, "TASKS_ON_RQ", False))


def connection():
    import django_rq

    return django_rq.get_connection()


def queue(name: str):
    import django_rq
    from django_tasks_rq import Job

    return django_rq.get_queue(name, job_class=Job)


def queue_names() -> list[str]:
    return list(settings.TASKS["default"]["QUEUES"])


def _jobs(ids: list[str]):
    from django_tasks_rq import Job

    return [job for job in Job.fetch_many(ids[:SCAN_LIMIT], connection=connection()) if job is not None]


def waiting_jobs(task) -> list:
    """Queued or scheduled (not yet started) runs of `task`."""
    from rq.registry import ScheduledJobRegistry

    q = queue(task.queue_name)
    scheduled = ScheduledJobRegistry(queue=q, job_class=q.job_class)
    ids = scheduled.get_job_ids(0, SCAN_LIMIT - 1) + q.get_job_ids(0, SCAN_LIMIT - 1)
    return [job for job in _jobs(ids) if job.func_name == task.module_path]


def running_jobs(task, *, started_after: datetime | None = None) -> list:
    from rq.registry import StartedJobRegistry

    q = queue(task.queue_name)
    ids = StartedJobRegistry(queue=q, job_class=q.job_class).get_job_ids(0, SCAN_LIMIT - 1)
    jobs = [job for job in _jobs(ids) if job.func_name == task.module_path]
    if started_after is not None:
        jobs = [job for job in jobs if job.started_at is None or _aware(job.started_at) >= started_after]
    return jobs


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def is_waiting(task) -> bool:
    return bool(waiting_jobs(task))


def is_pending(task, stale_after: timedelta) -> bool:
    from django.utils import timezone

    return is_waiting(task) or bool(running_jobs(task, started_after=timezone.now() - stale_after))


def last_exception(job) -> str:
    exceptions = job.meta.get("_django_tasks_rq_exceptions") or []
    return exceptions[-1] if exceptions else ""


def abandoned_jobs() -> Iterator[tuple[object, object]]:
    """(failed registry, job) for every job whose worker died while running it, on every queue."""
    from rq.registry import FailedJobRegistry, StartedJobRegistry

    for name in queue_names():
        q = queue(name)
        # Moves expired runs (their worker's heartbeat stopped) to the failed registry, calling django-tasks-rq's
        # failure callback, which needs its own job class.
        StartedJobRegistry(queue=q, job_class=q.job_class).cleanup()
        failed = FailedJobRegistry(queue=q, job_class=q.job_class)
        for job in _jobs(failed.get_job_ids(0, SCAN_LIMIT - 1)):
            if last_exception(job) == ABANDONED:
                yield failed, job
