"""One import point for background tasks.

Django 6 ships the Tasks API as `django.tasks`; on Django 5.2 (our Python 3.11 target) the same API
comes from the `django-tasks` package. Modules import `task` from here, so moving to Django 6 is a
change in this file only.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # django-stubs 5.2 has no django.tasks: the checker reads the django-tasks package's types
    from django_tasks import TaskResultStatus, default_task_backend, task
else:
    try:  # Django >= 6.0
        from django.tasks import TaskResultStatus, default_task_backend, task
    except ImportError:  # Django 5.2 with the django-tasks package
        from django_tasks import TaskResultStatus, default_task_backend, task

__all__ = ["TaskResultStatus", "default_task_backend", "enqueue", "enqueue_on_commit", "task", "task_on"]


def task_on(queue: str):
    """`@task_on("mail")`: a task on the queue of its kind of work (see core/queues.py), with that kind's priority
    where the backend has priorities (the database worker takes higher ones first)."""
    from birarada.core.queues import QUEUES, priority_of

    if queue not in QUEUES:
        raise ValueError(f"Unknown queue {queue!r}; the queues are {', '.join(QUEUES)}.")
    if getattr(default_task_backend, "supports_priority", False):
        return task(queue_name=queue, priority=priority_of(queue))
    return task(queue_name=queue)  # RQ: no priorities; separate queues (and workers) keep kinds apart


def enqueue(task_path: str, *args, **kwargs):
    """Queue the task at dotted path `task_path`. Actions name tasks instead of importing them, so an app's
    actions and its tasks (which call actions) never import each other."""
    from django.utils.module_loading import import_string

    return import_string(task_path).enqueue(*args, **kwargs)


def enqueue_on_commit(task_path: str, *args, **kwargs) -> None:
    """Queue the task once the current transaction commits, so the worker never looks for a row it cannot
    see yet (and nothing is queued if the transaction rolls back)."""
    from django.db import transaction

    transaction.on_commit(lambda: enqueue(task_path, *args, **kwargs))
