"""The kinds of background work, each on its own queue, so a flood of one never delays another.

Pure data (no Django imports): settings.py reads it to configure the queues of either task backend.

- On the database backend (the default), one worker usually takes every queue; it picks the highest priority
  first, so a reminder e-mail overtakes 200,000 items waiting for analysis.
- On RQ/Redis, each queue is a Redis list; a worker takes the queues it is given in the order below, and a
  production installation runs separate workers for `analysis` (see README, "Running at scale").
"""



def gettext_noop(message: str) -> str:
    """Marks a string for translation (makemessages looks for the name) without importing Django's translation
    machinery while the settings are read."""
    return message


# name -> (priority on the database backend, what runs there). The descriptions are marked for translation: the
# system page shows them in the reader's language.
QUEUES: dict[str, tuple[int, str]] = {
    "mail": (30, gettext_noop("E-mails to residents, registrants and staff; deadline reminders")),
    "reports": (20, gettext_noop("Statistics and indicators built in the background; monthly partitions made ahead")),
    "feeds": (10, gettext_noop("Reading feeds and uploaded exports")),
    "default": (0, gettext_noop("Short work someone waits for (screening a comment) and housekeeping")),
    "analysis": (-10, gettext_noop("The text engine over monitored items, in batches")),
}

QUEUE_NAMES: tuple[str, ...] = tuple(QUEUES)


def priority_of(queue: str) -> int:
    return QUEUES[queue][0]
