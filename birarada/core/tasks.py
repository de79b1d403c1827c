import os

from birarada.core.actions import do_answer_heartbeat
from birarada.core.tasking import task


@task()
def answer_heartbeat(heartbeat_id: int) -> int:
    """Mark a heartbeat as answered by this worker process; returns the worker's process id."""
    pid = os.getpid()
    do_answer_heartbeat(heartbeat_id, worker_pid=pid)
    return pid
