"""The kinds of background work, each on its own queue, so a flood of one never delays another.

Pure data (no Django imports): settings.py reads it to configure the queues of either task backend.

- On the database backend (the default), one worker usually takes every queue; it picks the highest priority
  first, so a reminder e-mail overtakes 200,000 items waiting for analysis.
- On RQ/Redis, each queue is a Redis list; a worker takes the queues it is given in the order below, and a
  production installation runs separate workers for `analysis` (see README, "Running at scale").
"""

# name -> (priority on the database backend, what runs there)
QUEUES: dict[str, tuple[int, str]] = {
    "mail": (30, "e-mails to residents, registrants and staff; deadline reminders"),
    "reports": (20, "statistics and indicators built in the background; partitions made ahead"),
    "feeds": (10, "polling feeds and reading uploaded exports"),
    "default": (0, "short work someone waits for (screening a comment) and housekeeping (purges, lost tasks)"),
    "analysis": (-10, "the text engine over monitored items, in batches of a few hundred"),
}

QUEUE_NAMES: tuple[str, ...] = tuple(QUEUES)


def priority_of(queue: str) -> int:
    return QUEUES[queue][0]
