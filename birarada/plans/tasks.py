from datetime import timedelta

from birarada.core.scheduling import schedule_next
from birarada.core.tasking import task_on
from birarada.plans.actions import do_compute_indicators
from birarada.plans.choices import PlanStatus
from birarada.plans.models import Plan

DAILY = timedelta(days=1)


@task_on("reports")
def recompute_indicators() -> int:
    """Measure every computed indicator of the plans that are not closed; runs daily."""
    measured = 0
    for plan in Plan.objects.exclude(status=PlanStatus.CLOSED).select_related("organization"):
        measured += do_compute_indicators(plan)
    schedule_next(recompute_indicators, DAILY)
    return measured
