"""Periodic background work on top of the Tasks API, which has no scheduler of its own.

A periodic task does its work, then calls `schedule_next(task, every)`. `ensure_started(task)` starts the
chain when no run is waiting or running; `manage.py schedule_tasks` (run by `make run` and by deployments
at every start) does that for every periodic task the modules' manifests name, and runs their start-up
checks, so restarting never creates a second chain. Both task backends are asked what is pending: the database
queue's table, or RQ's registries in Redis (core/redisqueue.py).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from birarada.core import redisqueue
from birarada.core.modules import periodic_tasks, startup_checks
from birarada.core.tasking import TaskResultStatus

# A run marked "running" for longer than this belongs to a worker that was killed: start a new chain.
STALE_RUN = timedelta(minutes=30)

def _uses_database_backend() -> bool:
    return str(settings.TASKS["default"]["BACKEND"]).startswith("django_tasks_db.")


def _runs(task):
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=task.module_path)


def is_waiting(task) -> bool:
    """A run is queued (now or for later) and not yet started."""
    if redisqueue.uses_rq():
        return redisqueue.is_waiting(task)
    return _uses_database_backend() and _runs(task).filter(status=TaskResultStatus.READY).exists()


def is_pending(task) -> bool:
    """A run is queued, or running and recent."""
    if redisqueue.uses_rq():
        return redisqueue.is_pending(task, STALE_RUN)
    if not _uses_database_backend():
        return False
    from django.db.models import Q

    return _runs(task).filter(
        Q(status=TaskResultStatus.READY)
        | Q(status=TaskResultStatus.RUNNING, started_at__gte=timezone.now() - STALE_RUN)
    ).exists()


def schedule_next(task, every: timedelta) -> None:
    """Called by a periodic task at its end: queue the next run unless one already waits."""
    if not is_waiting(task):
        task.using(run_after=timezone.now() + every).enqueue()


def ensure_started(task) -> bool:
    """Queue a run now unless one is pending; True if queued. `task` may be a task or its dotted path."""
    if isinstance(task, str):
        from django.utils.module_loading import import_string

        task = import_string(task)
    if is_pending(task):
        return False
    task.enqueue()
    return True


def ensure_scheduled() -> list[str]:
    """Start every periodic task that has no pending run and run the start-up checks; returns what started."""
    started = [task.module_path for task, _every in periodic_tasks() if ensure_started(task)]
    for check in startup_checks():
        if check():
            started.append(f"{check.__module__}.{check.__name__}")
    return started
