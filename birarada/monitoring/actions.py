"""Every change of state in monitoring happens here, in one transaction with one audit row.

`actor` is the signed-in person, or None when a task or a command changes something.
"""

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from birarada.core.actions import record_audit
from birarada.core.models import Organization
from birarada.core.scheduling import ensure_started
from birarada.core.tasking import enqueue_on_commit
from birarada.core.types import Actor
from birarada.monitoring.ingest import Entry, store_entries
from birarada.monitoring.models import ImportBatch, Item, ItemState, MediaWatchReport, Review, Source, SourceKind
from birarada.monitoring.tallies import refresh_review_tallies, refresh_tallies_for, review_month
from birarada.monitoring.vocabulary import GROUND_BITS, TYPE_BITS, Label, RabatFactor, bits_of, severity_of

MAX_BACKOFF = timedelta(hours=24)
# What an analysis sets on an item (see analysis.apply_analysis).
ANALYSIS_FIELDS = ["lang", "engine_label", "engine_ground_bits", "engine_type_bits", "hateful_score",
                   "offensive_score", "analysis", "model_version", "priority", "state", "label", "ground_bits",
                   "type_bits"]
POLL_DUE_SOURCES = "birarada.monitoring.tasks.poll_due_sources"
# PostgreSQL types of the analysis columns, for the VALUES list of `_save_analysis`.
ANALYSIS_TYPES = {"lang": "varchar", "engine_label": "varchar", "engine_ground_bits": "integer",
                  "engine_type_bits": "integer", "hateful_score": "double precision",
                  "offensive_score": "double precision", "analysis": "jsonb", "model_version": "varchar",
                  "priority": "double precision", "state": "varchar", "label": "varchar", "ground_bits": "integer",
                  "type_bits": "integer"}


def _save_analysis(items: list[Item]) -> None:
    """Write the analysis columns of a batch. On PostgreSQL one UPDATE joined to a VALUES list that names each
    item's month (so each row is found in its own partition); Django's bulk_update builds a CASE per column and
    item, which took most of a batch's time. Elsewhere bulk_update."""
    if connection.vendor != "postgresql":
        Item.objects.bulk_update(items, ANALYSIS_FIELDS)
        return
    import json

    row = "(%s::bigint, %s::timestamptz, " + ", ".join(f"%s::{ANALYSIS_TYPES[c]}" for c in ANALYSIS_FIELDS) + ")"
    params: list = []
    for item in items:
        params += [item.pk, item.published_at]
        params += [json.dumps(item.analysis) if c == "analysis" else getattr(item, c) for c in ANALYSIS_FIELDS]
    columns = ", ".join(ANALYSIS_FIELDS)
    assignments = ", ".join(f"{c} = v.{c}" for c in ANALYSIS_FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {Item._meta.db_table} AS i SET {assignments} "
                       f"FROM (VALUES {', '.join([row] * len(items))}) AS v(id, published_at, {columns}) "
                       "WHERE i.id = v.id AND i.published_at = v.published_at", params)


@transaction.atomic
def do_add_feed_source(organization: Organization, *, url: str, name: str = "", interval_minutes: int = 60,
                       actor: Actor) -> tuple[Source, bool]:
    """The organization's source for this feed, created if new; `created` tells which."""
    source = Source.objects.filter(organization=organization, url=url).first()
    if source is not None:
        return source, False
    source = Source.objects.create(
        organization=organization, kind=SourceKind.FEED, url=url, name=name or url[:200],
        interval_minutes=max(1, interval_minutes), next_poll_at=timezone.now(),
    )
    record_audit(actor=actor, verb="monitoring.source_add", organization=organization, target=source,
                 changes={"url": url, "interval_minutes": source.interval_minutes})
    transaction.on_commit(lambda: ensure_started(POLL_DUE_SOURCES))
    return source, True


@transaction.atomic
def do_set_source_active(source: Source, active: bool, *, actor: Actor) -> Source:
    if source.active != active:
        source.active = active
        source.next_poll_at = timezone.now() if active else source.next_poll_at
        source.save(update_fields=["active", "next_poll_at"])
        record_audit(actor=actor, verb="monitoring.source_resume" if active else "monitoring.source_pause",
                     organization=source.organization, target=source, changes={"active": active})
    return source


@transaction.atomic
def do_request_poll(source: Source, *, actor: Actor) -> None:
    """Poll the feed soon, in a worker."""
    record_audit(actor=actor, verb="monitoring.source_poll_request", organization=source.organization,
                 target=source)
    enqueue_on_commit("birarada.monitoring.tasks.poll_source", source.pk)


@transaction.atomic
def do_record_poll_success(source: Source, *, entries: list[Entry], etag: str, last_modified: str,
                           warning: str = "", actor: Actor = None) -> int:
    """Save the new entries and the source's health after a successful read; returns how many were new.

    Routine polls are not audited (one row an hour per feed would drown the log); a recovery is.
    """
    now = timezone.now()
    added, _duplicates = store_entries(source, entries) if entries else (0, 0)
    recovered = source.consecutive_failures > 0
    source.etag, source.last_modified = etag, last_modified
    source.last_polled_at = source.last_success_at = now
    source.consecutive_failures = 0
    source.last_error = warning and f"Read with a warning: {warning}"
    source.next_poll_at = now + timedelta(minutes=source.interval_minutes)
    source.save(update_fields=["etag", "last_modified", "last_polled_at", "last_success_at",
                               "consecutive_failures", "last_error", "next_poll_at"])
    if recovered:
        record_audit(actor=actor, verb="monitoring.source_recover", organization=source.organization,
                     target=source, changes={"added": added})
    return added


@transaction.atomic
def do_record_poll_failure(source: Source, error: str, *, actor: Actor = None) -> None:
    """Record the error and retry with exponential backoff: 5, 10, 20 … minutes, at most a day apart."""
    now = timezone.now()
    source.consecutive_failures += 1
    delay = min(timedelta(minutes=5) * 2 ** (source.consecutive_failures - 1), MAX_BACKOFF)
    source.last_polled_at = source.last_error_at = now
    source.last_error = error[:2000]
    source.next_poll_at = now + delay
    source.save(update_fields=["consecutive_failures", "last_polled_at", "last_error_at", "last_error",
                               "next_poll_at"])
    if source.consecutive_failures == 1:
        record_audit(actor=actor, verb="monitoring.source_fail", organization=source.organization,
                     target=source, changes={"error": source.last_error})


def _named_source(organization: Organization, kind: str, name: str) -> Source:
    """The organization's import or paste source of that name, created on first use (inside the calling
    action, which writes the audit row)."""
    source = Source.objects.filter(organization=organization, kind=kind, name=name).first()
    return source or Source.objects.create(organization=organization, kind=kind, name=name)


@transaction.atomic
def do_paste_text(organization: Organization, text: str, *, actor: Actor,
                  source_name: str = "Pasted texts") -> int:
    """Add one pasted text for analysis by a worker; returns 1 if it was new, 0 if already known."""
    source = _named_source(organization, SourceKind.PASTED, source_name)
    added, _ = store_entries(source, [Entry(text=text)])
    record_audit(actor=actor, verb="monitoring.text_paste", organization=organization, target=source,
                 changes={"added": added, "characters": len(text)})
    enqueue_on_commit("birarada.monitoring.tasks.analyse_waiting", source.pk)
    return added


@transaction.atomic
def do_upload_export(organization: Organization, *, source_name: str, file_name: str, content: bytes,
                     mapping: dict, actor: Actor) -> ImportBatch:
    """Keep an uploaded export and have a worker ingest it."""
    source = _named_source(organization, SourceKind.IMPORT, source_name)
    batch = ImportBatch.objects.create(source=source, file_name=file_name[:200], content=content, mapping=mapping)
    record_audit(actor=actor, verb="monitoring.export_upload", organization=organization, target=batch,
                 changes={"source": source.name, "file": batch.file_name, "bytes": len(content), "mapping": mapping})
    enqueue_on_commit("birarada.monitoring.tasks.ingest_export", batch.pk)
    return batch


def _ingest(batch: ImportBatch, *, entries: list[Entry] | None, skipped: int, error: str,
            actor: Actor) -> ImportBatch:
    if error:
        batch.status, batch.error = ImportBatch.Status.FAILED, error[:2000]
    else:
        added, duplicates = store_entries(batch.source, entries or [])
        batch.status, batch.added, batch.skipped = ImportBatch.Status.DONE, added, skipped + duplicates
    batch.content = b""  # the file is not kept once read: it may hold personal data
    batch.save(update_fields=["status", "error", "added", "skipped", "content"])
    record_audit(actor=actor, verb="monitoring.export_ingest", organization=batch.source.organization,
                 target=batch, changes={"status": batch.status, "added": batch.added, "skipped": batch.skipped,
                                        "error": batch.error, "file": batch.file_name})
    return batch


@transaction.atomic
def do_record_import(batch: ImportBatch, *, entries: list[Entry] | None, skipped: int = 0, error: str = "",
                     actor: Actor = None) -> ImportBatch:
    """A worker read an uploaded export: store its new entries (or the reason it could not be read)."""
    return _ingest(batch, entries=entries, skipped=skipped, error=error, actor=actor)


@transaction.atomic
def do_import_entries(organization: Organization, *, source_name: str, file_name: str, entries: list[Entry],
                      skipped: int, mapping: dict, actor: Actor = None) -> ImportBatch:
    """An export read outside the queue (the `monitor_import` command is itself a batch job): the source, the
    batch and the new items are created together, with one audit row."""
    source = _named_source(organization, SourceKind.IMPORT, source_name)
    batch = ImportBatch.objects.create(source=source, file_name=file_name[:200], content=b"", mapping=mapping)
    return _ingest(batch, entries=entries, skipped=skipped, error="", actor=actor)


@transaction.atomic
def do_record_analysis(items: list[Item], *, model_version: str) -> int:
    """Save what the engine found for a batch of items (already applied to them in memory by
    `analysis.apply_analysis`): labels, scores, queue priority, and the daily tallies. One audit row a batch
    records which model version labelled how many items."""
    if not items:
        return 0
    _save_analysis(items)
    refresh_tallies_for(items)
    by_organization: dict = {}
    for item in items:
        by_organization.setdefault(item.organization_id, 0)
        by_organization[item.organization_id] += 1
    organizations = Organization.objects.in_bulk(list(by_organization))
    for organization_id, count in by_organization.items():
        record_audit(actor=None, verb="monitoring.items_analyse", organization=organizations[organization_id],
                     target=None, changes={"items": count, "model_version": model_version})
    return len(items)


def do_expire_items(*, months: int, now=None) -> int:
    """Delete the items published before the start of the month `months` months before this one, with their
    reviews: on PostgreSQL by dropping whole month partitions (one audit row for each month that held items),
    elsewhere with a DELETE (one audit row). Daily tallies are kept. Returns how many items went."""
    from birarada.monitoring import partitions

    cutoff = partitions.Month.of(now or timezone.now()).shifted(-months)
    gone = 0
    if partitions.is_partitioned():
        for month in partitions.months_before(cutoff):
            with transaction.atomic():
                rows = partitions.drop_month(month)
                if rows:  # an empty month made ahead long ago goes without a word
                    record_audit(actor=None, verb="monitoring.items_expire", organization=None, target=None,
                                 changes={"month": str(month), "items": rows, "retention_months": months})
            gone += rows
        return gone
    with transaction.atomic():
        gone = Item.objects.filter(published_at__lt=cutoff.start).delete()[1].get(Item._meta.label, 0)
        if gone:
            record_audit(actor=None, verb="monitoring.items_expire", organization=None, target=None,
                         changes={"before": str(cutoff), "items": gone, "retention_months": months})
    return gone


def _decide(item: Item, *, reviewer: Actor, label: str, grounds: Iterable[str], types: Iterable[str],
            ratings: dict[str, Any], note: str, recount: bool = True) -> tuple[dict, set]:
    severity = severity_of(ratings) if label != Label.NONE else ""
    ground_bits, type_bits = bits_of(grounds, GROUND_BITS), bits_of(types, TYPE_BITS)
    fields = dict(label=label, ground_bits=ground_bits, type_bits=type_bits, severity=severity,
                  note=note, reviewer=reviewer, reviewed_at=timezone.now(),
                  engine_label=item.engine_label or Label.NONE, engine_ground_bits=item.engine_ground_bits,
                  model_version=item.model_version, organization_id=item.organization_id,
                  source_id=item.source_id, **{f: ratings.get(f) for f in RabatFactor.values})
    before = {"label": item.label, "grounds": item.grounds, "severity": item.severity}
    previous = Review.objects.filter(item=item).values_list("reviewed_at", flat=True).first()
    review, _created = Review.objects.update_or_create(item=item, defaults=fields)
    slices = {(item.organization_id, item.source_id, review_month(review.reviewed_at))}
    if previous is not None:
        slices.add((item.organization_id, item.source_id, review_month(previous)))
    item.state, item.label, item.severity = ItemState.REVIEWED, label, severity
    item.ground_bits, item.type_bits = ground_bits, type_bits
    item.save(update_fields=["state", "label", "severity", "ground_bits", "type_bits"])
    if recount:
        refresh_tallies_for([item])
        refresh_review_tallies(slices)
    return before, slices


@transaction.atomic
def do_review_item(item: Item, *, label: str, grounds: Iterable[str] = (), types: Iterable[str] = (),
                   ratings: dict[str, Any] | None = None, note: str = "", actor: Actor) -> Item:
    """A reviewer confirms or corrects the engine's label, grounds and types and rates severity."""
    if label not in Label.values:
        raise ValueError(f"Unknown label: {label}")
    ratings = {k: v for k, v in (ratings or {}).items() if k in RabatFactor.values}
    before, _slices = _decide(item, reviewer=actor, label=label, grounds=grounds, types=types, ratings=ratings,
                              note=note)
    record_audit(actor=actor, verb="monitoring.item_review", organization=item.organization, target=item,
                 changes={"before": before, "after": {"label": label, "grounds": item.grounds,
                                                      "severity": item.severity}})
    return item


@transaction.atomic
def do_review_items_in_bulk(items: list[Item], *, decision: str, actor: Actor) -> int:
    """`confirm`: the engine was right (its label, grounds and types); `none`: neither hateful nor offensive."""
    if decision not in ("confirm", "none"):
        raise ValueError(f"Unknown bulk decision: {decision}")
    slices: set = set()
    for item in items:
        if decision == "confirm":
            _before, decided = _decide(item, reviewer=actor, label=item.engine_label or Label.NONE,
                                       grounds=item.engine_grounds, types=item.engine_types, ratings={}, note="",
                                       recount=False)
        else:
            _before, decided = _decide(item, reviewer=actor, label=Label.NONE, grounds=(), types=(), ratings={},
                                       note="", recount=False)
        slices |= decided
    refresh_tallies_for(items)
    refresh_review_tallies(slices)
    if items:
        record_audit(actor=actor, verb="monitoring.items_review_bulk", organization=items[0].organization,
                     target=None, changes={"decision": decision, "items": [i.pk for i in items]})
    return len(items)


@transaction.atomic
def do_create_report(organization: Organization, *, title: str, since: date, until: date,
                     actor: Actor) -> MediaWatchReport:
    report = MediaWatchReport.objects.create(organization=organization, title=title, since=since, until=until,
                                             created_by=actor)
    record_audit(actor=actor, verb="monitoring.report_create", organization=organization, target=report,
                 changes={"title": title, "since": str(since), "until": str(until)})
    return report


@transaction.atomic
def do_publish_report(report: MediaWatchReport, *, actor: Actor) -> MediaWatchReport:
    """Freeze the report's figures and examples (no handles, no personal data) and show it publicly."""
    from birarada.monitoring.reporting import build_report

    report.published_data = build_report(report.organization, report.since, report.until, public=True).to_json()
    report.published_at = timezone.now()
    report.save(update_fields=["published_data", "published_at"])
    record_audit(actor=actor, verb="monitoring.report_publish", organization=report.organization, target=report)
    return report


@transaction.atomic
def record_labelled_data_export(organization: Organization, *, actor: Actor, rows: int) -> None:
    """Downloading every reviewed text with its decision is a read of the unit's work: it is audited."""
    record_audit(actor=actor, verb="monitoring.labelled_data_export", organization=organization, target=None,
                 changes={"rows": rows})


@transaction.atomic
def do_unpublish_report(report: MediaWatchReport, *, actor: Actor) -> MediaWatchReport:
    report.published_at, report.published_data = None, {}
    report.save(update_fields=["published_at", "published_data"])
    record_audit(actor=actor, verb="monitoring.report_unpublish", organization=report.organization, target=report)
    return report
