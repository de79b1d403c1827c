import os

from django.utils import timezone

from birarada.core.models import WorkerHeartbeat
from birarada.core.tasking import task


@task()
def answer_heartbeat(heartbeat_id: int) -> int:
    """Mark a heartbeat as answered by this worker process; returns the worker's process id."""
    pid = os.getpid()
    WorkerHeartbeat.objects.filter(pk=heartbeat_id, answered_at__isnull=True).update(
        answered_at=timezone.now(), worker_pid=pid
    )
    return pid
