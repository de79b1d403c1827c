from datetime import timedelta

from django.conf import settings

from birarada.core.scheduling import schedule_next
from birarada.core.tasking import task_on
from birarada.needs.actions import do_purge_group, retention_cutoff
from birarada.needs.models import FocusGroup

DAILY = timedelta(days=1)


@task_on("default")
def purge_participant_profiles() -> int:
    """Erase the profiles of focus groups that met more than NEEDS_RETENTION_DAYS ago (counts stay); daily."""
    count = 0
    for group in FocusGroup.objects.filter(purged_at__isnull=True,
                                           event__ends_at__lt=retention_cutoff(settings.NEEDS_RETENTION_DAYS)):
        count += do_purge_group(group)
    schedule_next(purge_participant_profiles, DAILY)
    return count
