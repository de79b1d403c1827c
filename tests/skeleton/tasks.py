from birarada.core.tasking import task, task_on


@task()
def water_garden() -> int:
    return 0


@task()
def nap(flag_path: str) -> int:
    """Waits while the file `flag_path` exists (a test kills the worker meanwhile); returns 1 when done."""
    import time
    from pathlib import Path

    while Path(flag_path).exists():
        time.sleep(0.1)
    return 1



def _write_turn(path: str, label: str) -> str:
    with open(path, "a", encoding="utf-8") as log:
        log.write(label + "\n")
    return label


# The same work on two kinds of queue, to see which a worker takes first.
@task_on("mail")
def write_turn_mail(path: str, label: str) -> str:
    return _write_turn(path, label)


@task_on("analysis")
def write_turn_analysis(path: str, label: str) -> str:
    return _write_turn(path, label)
