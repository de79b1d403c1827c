"""Background work: the polling schedule, re-analysis when the model changes, and a real worker process."""

import pytest

from birarada.monitoring import actions, analysis
from birarada.monitoring.models import Item, ItemState, Source
from birarada.monitoring.tasks import ensure_polling_schedule, poll_due_sources, reanalyse_outdated
from tests.core.test_worker import run_worker_until_queue_is_empty
from tests.tasking import ON_RQ, runs_of

from .helpers import add_items

ROUND = poll_due_sources.module_path


def test_schedule_is_started_once(izmir):
    assert ensure_polling_schedule() is True
    assert ensure_polling_schedule() is False
    assert len(runs_of(poll_due_sources)) == 1


def test_a_round_enqueues_the_next_one_later(izmir):
    poll_due_sources.call()
    [queued] = runs_of(poll_due_sources)
    assert queued.status == "READY" and queued.run_after is not None and queued.queue == "feeds"


def test_adding_a_feed_starts_the_schedule(izmir, feed_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        actions.do_add_feed_source(izmir, url=feed_server.url("rss.xml"), actor=None)
    assert runs_of(poll_due_sources)


def test_items_of_an_older_model_are_analysed_again(izmir, monkeypatch):
    items = add_items(izmir, ["Suriyeliler bu ülkeden defolup gitsin", "Güzel bir gün"])
    Item.objects.filter(pk=items[0].pk).update(model_version="2020.1", engine_label="none", label="none")
    actions.do_review_item(items[1], label="none", actor=None)
    Item.objects.filter(pk=items[1].pk).update(model_version="2020.1")
    assert reanalyse_outdated.call() == 2
    first, second = (Item.objects.get(pk=i.pk) for i in items)
    assert first.model_version == analysis.model_version() and first.engine_label == "hateful"
    assert first.label == "hateful"  # unreviewed: reports follow the engine
    assert second.state == ItemState.REVIEWED and second.label == "none"  # reviewed: the person's word stands
    assert reanalyse_outdated.call() == 0


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_reads_the_feed_and_analyses_it(client, city, make_member, feed_server):
    moderator = make_member("mona", city["izmir"], "moderator")
    client.force_login(moderator)
    response = client.post("/en/workspace/izmir/monitoring/sources/feed/",
                           {"url": feed_server.url("atom.xml"), "name": "Daily", "interval_minutes": "30"})
    assert response.status_code == 302
    assert Item.objects.count() == 0  # the web request only enqueued

    result = run_worker_until_queue_is_empty()
    assert result.returncode == 0, result.stderr
    source = Source.objects.get()
    assert source.last_success_at is not None
    assert Item.objects.filter(state=ItemState.QUEUED).count() == 2


def test_monitor_schedule_command_is_idempotent(izmir):
    from io import StringIO

    from django.core.management import call_command

    first, second = StringIO(), StringIO()
    call_command("monitor_schedule", stdout=first)
    call_command("monitor_schedule", stdout=second)
    assert "queued." in first.getvalue() and "already queued" in second.getvalue()
    assert len(runs_of(poll_due_sources)) == 1


@pytest.mark.skipif(ON_RQ, reason="the database queue's table; on RQ a dead worker's job is found by its heartbeat")
def test_a_round_left_running_by_a_dead_worker_does_not_block_the_schedule(izmir):
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    ensure_polling_schedule()
    DBTaskResult.objects.filter(task_path=ROUND).update(status="RUNNING",
                                                        started_at=timezone.now() - timedelta(hours=2))
    assert ensure_polling_schedule() is True


def test_start_up_queues_reanalysis_only_when_the_model_changed(izmir):
    from birarada.monitoring.tasks import ensure_reanalysis

    [item] = add_items(izmir, ["Güzel bir gün"])
    assert ensure_reanalysis() is False
    Item.objects.filter(pk=item.pk).update(model_version="2020.1")
    assert ensure_reanalysis() is True
    assert [run.queue for run in runs_of(reanalyse_outdated)] == ["analysis"]


def test_an_abandoned_import_is_given_up_and_its_file_erased(izmir, settings):
    from datetime import timedelta

    from django.utils import timezone

    from birarada.core.models import AuditEvent
    from birarada.monitoring.models import ImportBatch
    from birarada.monitoring.tasks import sweep_abandoned_imports

    settings.MONITORING_IMPORT_ABANDON_HOURS = 6
    old = actions.do_upload_export(izmir, source_name="Export", file_name="old.csv", content=b"text\\nAli Veli\\n",
                                   mapping={"text": "text"}, actor=None)
    fresh = actions.do_upload_export(izmir, source_name="Export", file_name="new.csv", content=b"text\\nAyse\\n",
                                     mapping={"text": "text"}, actor=None)
    ImportBatch.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=7))
    assert sweep_abandoned_imports.call() == 1
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.status == ImportBatch.Status.FAILED and bytes(old.content) == b"" and "upload it again" in old.error
    assert fresh.status == ImportBatch.Status.WAITING and bytes(fresh.content) != b""
    assert AuditEvent.objects.filter(verb="monitoring.export_ingest", target_id=str(old.pk)).exists()
