"""One import point for background tasks.

Django 6 ships the Tasks API as `django.tasks`; on Django 5.2 (our Python 3.11 target) the same API
comes from the `django-tasks` package. Modules import `task` from here, so moving to Django 6 is a
change in this file only.
"""

try:  # Django >= 6.0
    from django.tasks import TaskResultStatus, default_task_backend, task  # type: ignore[attr-defined]
except ImportError:  # Django 5.2 with the django-tasks package
    from django_tasks import TaskResultStatus, default_task_backend, task

__all__ = ["TaskResultStatus", "default_task_backend", "task"]
