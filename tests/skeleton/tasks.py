from birarada.core.tasking import task


@task()
def water_garden() -> int:
    return 0
