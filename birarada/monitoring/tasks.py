"""Background work: polling feeds, ingesting exports, analysing items. Never run in a web request.

The schedule is a task that polls the sources that are due and enqueues itself again a minute later
(`poll_due_sources`). `ensure_polling_schedule()` starts that chain when it is not running; adding a
feed, `monitor_feed` and `load_demo_monitoring` call it, so `make run`'s worker keeps feeds fresh.
"""

import logging
from datetime import timedelta

from django.utils import timezone

from birarada.core.scheduling import ensure_started, is_waiting, schedule_next
from birarada.core.tasking import task_on
from birarada.monitoring import actions
from birarada.monitoring.analysis import BATCH_SIZE, analyse_waiting_items, reanalyse_outdated_items
from birarada.monitoring.feeds import FeedError, fetch_feed
from birarada.monitoring.imports import ColumnMapping, UnreadableExport, entries_from
from birarada.monitoring.models import ImportBatch, Source

log = logging.getLogger(__name__)
SCHEDULE_EVERY = timedelta(minutes=1)
SOURCES_PER_ROUND = 20  # × the 20 s timeout: a round of hanging feeds still ends well within STALE_RUN


def poll(source: Source, *, analyse_here: bool = False) -> int:
    """Read one feed, save what is new and queue its analysis (or, with `analyse_here`, analyse it in this
    process, as the `monitor_feed` command does); returns how many items were new.

    Every failure is recorded on the source and swallowed, so one bad feed never stops a worker.
    """
    try:
        result = fetch_feed(source.url, etag=source.etag, last_modified=source.last_modified)
    except FeedError as error:
        actions.do_record_poll_failure(source, str(error))
        return 0
    except Exception as error:  # a bug in a parser must not take the other feeds down with it
        log.exception("Unexpected error while polling source %s", source.pk)
        actions.do_record_poll_failure(source, f"Unexpected error: {type(error).__name__}: {error}")
        return 0
    added = actions.do_record_poll_success(
        source, entries=result.entries, etag=result.etag or source.etag,
        last_modified=result.last_modified or source.last_modified, warning=result.warning,
    )
    if analyse_here:
        analyse_safely(source_id=source.pk)
    else:
        spread_analysis(added)
    return added


SPREAD_OVER = 8  # analysis tasks queued for a large intake at most: one per worker that may take them


def spread_analysis(added: int) -> int:
    """Queue analysis of new items on the `analysis` queue: one task per batch of new items, at most SPREAD_OVER.
    Each task analyses waiting items batch after batch until none is left, so the tasks share the work over as
    many workers as serve the queue, and a worker that dies leaves its batch to the others."""
    if added <= 0:
        return 0
    count = min(SPREAD_OVER, -(-added // BATCH_SIZE))
    for _ in range(count):
        analyse_waiting.enqueue()
    return count


def analyse_safely(**kwargs) -> int:
    """Analyse waiting items; if the engine fails, leave them waiting for the next round's sweep."""
    try:
        return analyse_waiting_items(**kwargs)
    except Exception:
        log.exception("Analysis failed; the items stay waiting and are retried in the next round")
        return 0


@task_on("feeds")
def poll_source(source_id: int) -> int:
    source = Source.objects.filter(pk=source_id).first()
    return poll(source) if source is not None else 0


@task_on("feeds")
def poll_due_sources() -> int:
    """Poll the feeds that are due, queue analysis for items left waiting (say, by a worker that stopped) unless
    analysis is already queued, then come back in a minute."""
    polled = 0
    try:
        for source in Source.objects.due().order_by("next_poll_at")[:SOURCES_PER_ROUND]:
            poll(source)
            polled += 1
        sweep_waiting_items()
    finally:
        schedule_next_round()
    return polled


def sweep_waiting_items() -> int:
    """Queue analysis when items wait and no analysis task is queued; returns how many tasks were queued."""
    from birarada.monitoring.models import Item, ItemState

    waiting = Item.objects.filter(state=ItemState.NEW).order_by().values("pk")[:SPREAD_OVER * BATCH_SIZE].count()
    if not waiting or is_waiting(analyse_waiting):
        return 0
    return spread_analysis(waiting)


@task_on("analysis")
def analyse_waiting(source_id: int | None = None) -> int:
    return analyse_waiting_items(source_id=source_id)


@task_on("feeds")
def ingest_export(batch_id: int) -> int:
    batch = ImportBatch.objects.select_related("source").filter(pk=batch_id, status=ImportBatch.Status.WAITING).first()
    if batch is None:
        return 0
    try:
        entries, skipped = entries_from(batch.file_name, bytes(batch.content), ColumnMapping.from_dict(batch.mapping))
    except UnreadableExport as error:
        actions.do_record_import(batch, entries=None, error=str(error))
        return 0
    actions.do_record_import(batch, entries=entries, skipped=skipped)
    spread_analysis(batch.added)
    return batch.added


@task_on("analysis")
def reanalyse_outdated() -> int:
    """Analyse again, in rounds of a few thousand, the items an older model version analysed."""
    done = reanalyse_outdated_items()
    if done:
        reanalyse_outdated.enqueue()
    return done


def schedule_next_round() -> None:
    schedule_next(poll_due_sources, SCHEDULE_EVERY)


def ensure_reanalysis() -> bool:
    """Queue re-analysis if items analysed by another model version exist; True if queued.

    Called at start-up (`monitor_schedule`): a new model arrives with a new release, so that is when to look.
    """
    from birarada.monitoring.analysis import model_version
    from birarada.monitoring.models import Item, ItemState

    outdated = Item.objects.exclude(state=ItemState.NEW).exclude(model_version=model_version())
    if not outdated.exists():
        return False
    reanalyse_outdated.enqueue()
    return True


def ensure_polling_schedule() -> bool:
    """Start the polling schedule unless a round is already queued or running; True if started."""
    return ensure_started(poll_due_sources)


HOURLY = timedelta(hours=1)


@task_on("default")
def sweep_abandoned_imports() -> int:
    """Give up uploaded exports that waited longer than MONITORING_IMPORT_ABANDON_HOURS (their worker died
    and the task was lost, or the queue is stuck): the batch is marked failed and its file erased."""
    from django.conf import settings

    cutoff = timezone.now() - timedelta(hours=settings.MONITORING_IMPORT_ABANDON_HOURS)
    stale = ImportBatch.objects.filter(status=ImportBatch.Status.WAITING, created_at__lt=cutoff).select_related(
        "source")
    count = 0
    for batch in stale:
        actions.do_record_import(batch, entries=None, error="The import was abandoned before it finished "
                                 "(a worker stopped). The file was erased; please upload it again.")
        count += 1
    schedule_next(sweep_abandoned_imports, HOURLY)
    return count


@task_on("reports")
def maintain_item_partitions() -> int:
    """Daily: on PostgreSQL, create the item partitions of the months ahead and give months found in the default
    partition their own; everywhere, delete items past MONITORING_ITEM_RETENTION_MONTHS. Returns how many
    partitions were made plus how many items were deleted."""
    from django.conf import settings

    from birarada.monitoring import partitions

    changed = 0
    try:
        if partitions.is_partitioned():
            changed += len(partitions.ensure_ahead())
            changed += len(partitions.split_default())
        if settings.MONITORING_ITEM_RETENTION_MONTHS:
            changed += actions.do_expire_items(months=settings.MONITORING_ITEM_RETENTION_MONTHS)
    finally:
        schedule_next(maintain_item_partitions, timedelta(days=1))
    return changed
