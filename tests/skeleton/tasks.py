from birarada.core.tasking import task


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
