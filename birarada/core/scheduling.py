"""Periodic background work on top of the Tasks API, which has no scheduler of its own.

A periodic task does its work, then calls `schedule_next(task, every)`. `ensure_scheduled` (run by
`manage.py schedule_tasks`, which `make run` and deployments call at start) starts the chain when no
run is waiting, so restarting never creates a second chain.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from birarada.core.tasking import TaskResultStatus

PERIODIC: list[tuple[object, timedelta]] = []


def periodic(every: timedelta):
    """Mark a task as periodic; `schedule_tasks` keeps one run of it waiting."""

    def register(task):
        PERIODIC.append((task, every))
        return task

    return register


def _waiting(task) -> bool:
    if not settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db."):
        return False
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=task.module_path, status=TaskResultStatus.READY).exists()


def schedule_next(task, every: timedelta) -> None:
    if not _waiting(task):
        task.using(run_after=timezone.now() + every).enqueue()


def ensure_scheduled() -> list[str]:
    """Queue the first run of every periodic task that has none waiting; returns their names."""
    started = []
    for task, _every in PERIODIC:
        if not _waiting(task):
            task.enqueue()
            started.append(task.module_path)
    return started
