import os

from django.utils import timezone

from birarada.core.actions import do_answer_heartbeat
from birarada.core.tasking import task_on


@task_on("default")
def answer_heartbeat(heartbeat_id: int) -> int:
    """Mark a heartbeat as answered by this worker process; returns the worker's process id."""
    pid = os.getpid()
    do_answer_heartbeat(heartbeat_id, worker_pid=pid)
    return pid


@task_on("default")
def clear_expired_sessions() -> int:
    """Delete expired sessions (a resident's session may hold which case they opened) and old rate-limit
    counts; runs daily."""
    from datetime import timedelta

    from django.contrib.sessions.models import Session

    from birarada.core.ratelimit import forget_old_counts
    from birarada.core.scheduling import schedule_next

    expired, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    forget_old_counts()
    schedule_next(clear_expired_sessions, timedelta(days=1))
    return expired


@task_on("default")
def recover_abandoned_tasks() -> int:
    """Run again the tasks that were running in a worker that died; runs every two minutes."""
    from datetime import timedelta

    from birarada.core import redisqueue
    from birarada.core.actions import do_recover_rq_job, do_recover_task
    from birarada.core.scheduling import schedule_next
    from birarada.core.workers import forget_old_leases, lost_task_results

    recovered = 0
    if redisqueue.uses_rq():
        for registry, job in redisqueue.abandoned_jobs():
            recovered += do_recover_rq_job(registry, job, reason="The worker running this task stopped (its "
                                           "heartbeat ran out).")
        schedule_next(recover_abandoned_tasks, timedelta(minutes=2))
        return recovered
    for result in lost_task_results():
        if result.task_path == recover_abandoned_tasks.module_path:
            reason = "The worker running this sweep stopped."
        else:
            reason = "The worker running this task stopped (its lease ran out, or it ran far too long)."
        recovered += do_recover_task(result, reason=reason)
    forget_old_leases()
    schedule_next(recover_abandoned_tasks, timedelta(minutes=2))
    return recovered
