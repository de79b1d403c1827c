"""How full each task queue is and which workers are alive, on either backend, for the system page.

Counts only: no task arguments (they may name a case or a registrant) leave this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from birarada.core import redisqueue
from birarada.core.queues import QUEUES
from birarada.core.tasking import TaskResultStatus

FAILED_SINCE = timedelta(days=1)


@dataclass(frozen=True)
class QueueStatus:
    name: str
    purpose: object
    waiting: int  # may run now
    later: int  # scheduled for later (the next run of a periodic task, say)
    running: int
    failed: int  # failed within FAILED_SINCE (database) or kept in RQ's failed registry


@dataclass(frozen=True)
class WorkerStatus:
    name: str
    host: str
    queues: str
    seen_at: object


def backend_name() -> object:
    return "RQ / Redis" if redisqueue.uses_rq() else _("the database")


def queue_statuses() -> list[QueueStatus]:
    return _rq_statuses() if redisqueue.uses_rq() else _database_statuses()


def _database_statuses() -> list[QueueStatus]:
    from django.db.models import Count, Q
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = timezone.now()
    soon = Q(run_after=get_date_max()) | Q(run_after__lte=now)  # the backend's "no run_after" is the maximum date
    counts = {row["queue_name"]: row for row in DBTaskResult.objects.values("queue_name").annotate(
        waiting=Count("pk", filter=Q(status=TaskResultStatus.READY) & soon),
        later=Count("pk", filter=Q(status=TaskResultStatus.READY) & ~soon),
        running=Count("pk", filter=Q(status=TaskResultStatus.RUNNING)),
        failed=Count("pk", filter=Q(status=TaskResultStatus.FAILED, finished_at__gte=now - FAILED_SINCE)),
    ).order_by()}
    return [QueueStatus(name, gettext(QUEUES[name][1]),
                        *(counts.get(name, {}).get(k, 0) for k in ("waiting", "later", "running", "failed")))
            for name in QUEUES]


def _rq_statuses() -> list[QueueStatus]:
    from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry

    statuses = []
    for name in QUEUES:
        q = redisqueue.queue(name)
        statuses.append(QueueStatus(name, gettext(QUEUES[name][1]), q.count,
                                    ScheduledJobRegistry(queue=q, job_class=q.job_class).count,
                                    StartedJobRegistry(queue=q, job_class=q.job_class).count,
                                    FailedJobRegistry(queue=q, job_class=q.job_class).count))
    return statuses


def worker_statuses() -> list[WorkerStatus]:
    if redisqueue.uses_rq():
        from rq import Worker

        return [WorkerStatus(w.name, w.hostname or "", ", ".join(w.queue_names()), w.last_heartbeat)
                for w in Worker.all(connection=redisqueue.connection())]
    from birarada.core.models import WorkerLease
    from birarada.core.workers import LEASE_LOST

    alive = WorkerLease.objects.filter(seen_at__gte=timezone.now() - LEASE_LOST).order_by("host", "worker_id")
    return [WorkerStatus(lease.worker_id, lease.host, "", lease.seen_at) for lease in alive]
