"""Background work of the campaigns module. Each part of the module keeps its tasks in its own block."""

from __future__ import annotations

from datetime import timedelta

from birarada.core.scheduling import schedule_next
from birarada.core.tasking import task_on

# ---- comments (birarada/campaigns/comments.py) --------------------------------------------------------------

SCREEN_EVERY = timedelta(minutes=10)


@task_on("default")
def screen_comment(comment_id: int) -> int:
    """Screen a comment that just arrived, together with the other comments of its campaign still waiting
    (under load one run screens many); returns how many were screened."""
    from birarada.campaigns import comments

    return comments.do_screen_comments(comments.pending_of_campaign(comment_id))["screened"]


@task_on("default")
def screen_comments(comment_ids: list[int]) -> int:
    """Screen imported comments (a batch of one campaign)."""
    from birarada.campaigns import comments

    return comments.do_screen_comments(comment_ids)["screened"]


@task_on("default")
def screen_waiting_comments() -> int:
    """Every 10 minutes: screen the comments still PENDING after a couple of minutes (their task was lost, e.g.
    in a worker restart), so none waits unscreened and none is ever shown unscreened."""
    from birarada.campaigns import comments

    count = sum(comments.do_screen_comments(batch)["screened"] for batch in comments.waiting_batches())
    schedule_next(screen_waiting_comments, SCREEN_EVERY)
    return count


# ---- submissions (birarada/campaigns/submissions.py) ---------------------------------------------------------

PURGE_EVERY = timedelta(days=1)


@task_on("default")
def purge_submitters() -> int:
    """Every day: erase contributors' details of campaigns that ended more than CAMPAIGNS_RETENTION_DAYS ago
    (names stay only with approved contributions whose sender agreed to be named); returns how many changed."""
    from django.conf import settings
    from django.utils import timezone

    from birarada.campaigns.models import Campaign
    from birarada.campaigns.submissions import do_purge_submitters

    cutoff = timezone.localdate() - timedelta(days=settings.CAMPAIGNS_RETENTION_DAYS)
    ended = Campaign.objects.filter(ends_on__lt=cutoff, submissions__purged_at__isnull=True).distinct()
    count = sum(do_purge_submitters(campaign) for campaign in ended)
    schedule_next(purge_submitters, PURGE_EVERY)
    return count
