"""Feeds on a local server: registered with `monitor_feed`, read, deduplicated, analysed; broken sources
are recorded on the source and never stop the others."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from birarada.core.models import AuditEvent
from birarada.monitoring import actions
from birarada.monitoring.models import Item, ItemState, Source
from birarada.monitoring.tasks import poll, poll_due_sources

from .conftest import FEEDS


def monitor_feed(url, *extra):
    out, err = StringIO(), StringIO()
    call_command("monitor_feed", url, "--org", "izmir", *extra, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def test_monitor_feed_registers_polls_and_analyses(izmir, feed_server):
    output = monitor_feed(feed_server.url("rss.xml"), "--interval", "30")

    source = Source.objects.get(url=feed_server.url("rss.xml"))
    assert source.interval_minutes == 30 and source.organization == izmir
    assert "3 new items" in output
    items = Item.objects.filter(source=source)
    assert items.count() == 3
    assert all(i.state == ItemState.QUEUED and i.model_version for i in items)
    hateful = items.get(link="http://example.invalid/haber/1")
    assert hateful.engine_label == "hateful" and "migration" in hateful.engine_grounds
    assert hateful.priority > items.get(link="http://example.invalid/haber/2").priority
    assert source.last_success_at is not None and source.consecutive_failures == 0


def test_polling_twice_adds_no_duplicates(izmir, feed_server):
    monitor_feed(feed_server.url("rss.xml"))
    output = monitor_feed(feed_server.url("rss.xml"))
    assert "already registered" in output and "0 new items" in output
    assert Source.objects.count() == 1
    assert Item.objects.count() == 3


def test_same_text_under_another_link_is_a_duplicate(izmir, feed_server):
    monitor_feed(feed_server.url("rss.xml"))
    other, _ = actions.do_add_feed_source(izmir, url=feed_server.url("rss.xml?copy"), actor=None)
    assert poll(other) == 0
    assert Item.objects.count() == 3


def test_atom_feed_and_author_handle_is_only_hashed(izmir, feed_server):
    monitor_feed(feed_server.url("atom.xml"))
    item = Item.objects.get(link="http://example.invalid/en/1")
    assert item.engine_label == "hateful" and item.lang == "en"
    assert len(item.author_hash) == 64 and "angry" not in item.author_hash
    assert "angry_reader" not in str(Item.objects.values().get(pk=item.pk))


def test_conditional_request_sends_the_etag_back(izmir, feed_server):
    monitor_feed(feed_server.url("etag.xml"))
    source = Source.objects.get(url=feed_server.url("etag.xml"))
    assert source.etag == '"v1"'
    assert poll(source) == 0
    assert feed_server.asked_for("etag.xml")[-1].get("If-None-Match") == '"v1"'
    source.refresh_from_db()
    assert source.consecutive_failures == 0 and Item.objects.count() == 3


def test_html_in_descriptions_is_reduced_to_text(izmir, feed_server):
    monitor_feed(feed_server.url("html_in_description.xml"))
    item = Item.objects.get()
    assert "<" not in item.text and "alert" not in item.text
    assert "göçmenler için dil kursu başladı & kayıtlar açık" in item.text


def test_wrong_encoding_is_still_read(izmir, feed_server):
    monitor_feed(feed_server.url("wrong_encoding.xml"))
    item = Item.objects.get()
    assert "Çiğli" in item.text and "öğrenciler" in item.text


@pytest.mark.parametrize("name, message", [
    ("broken.xml", "not a readable RSS or Atom feed"),
    ("error", "HTTP 500"),
    ("hang", "did not answer within 1 seconds"),
    ("missing.xml", "HTTP 404"),
])
def test_broken_source_is_recorded_not_raised(izmir, feed_server, name, message):
    from django.core.management import CommandError

    # The command exits non-zero with the reason; the source is registered and the failure recorded.
    with pytest.raises(CommandError) as failure:
        monitor_feed(feed_server.url(name))
    output = str(failure.value)
    source = Source.objects.get(url=feed_server.url(name))
    assert message in source.last_error and message in output
    assert source.consecutive_failures == 1 and source.last_error_at is not None
    assert source.next_poll_at > timezone.now()
    assert Item.objects.count() == 0
    assert AuditEvent.objects.filter(verb="monitoring.source_fail", target_id=str(source.pk)).exists()


def test_failures_back_off_and_recovery_resets(izmir, feed_server):
    source, _ = actions.do_add_feed_source(izmir, url=feed_server.url("error"), actor=None)
    poll(source)
    first_delay = source.next_poll_at - source.last_error_at
    poll(source)
    assert source.consecutive_failures == 2
    assert source.next_poll_at - source.last_error_at == 2 * first_delay
    source.url = feed_server.url("rss.xml")
    source.save(update_fields=["url"])
    assert poll(source) == 3
    assert source.consecutive_failures == 0
    assert AuditEvent.objects.filter(verb="monitoring.source_recover").count() == 1


def test_one_broken_feed_does_not_stop_the_round(izmir, feed_server):
    for name in ("error", "broken.xml", "rss.xml", "atom.xml"):
        actions.do_add_feed_source(izmir, url=feed_server.url(name), actor=None)
    polled = poll_due_sources.call()
    assert polled == 4
    assert Item.objects.count() == 5
    healthy = set(Source.objects.filter(consecutive_failures=0).values_list("url", flat=True))
    assert healthy == {feed_server.url("rss.xml"), feed_server.url("atom.xml")}
    # Nothing is due any more: the next round reads nothing.
    assert poll_due_sources.call() == 0


def test_paused_source_is_not_polled(izmir, feed_server):
    source, _ = actions.do_add_feed_source(izmir, url=feed_server.url("rss.xml"), actor=None)
    actions.do_set_source_active(source, False, actor=None)
    assert poll_due_sources.call() == 0
    assert Item.objects.count() == 0


def test_engine_failure_leaves_items_waiting_for_the_sweep(izmir, feed_server, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    from birarada.monitoring import analysis
    from birarada.monitoring.tasks import analyse_waiting

    for name in ("rss.xml", "atom.xml"):
        actions.do_add_feed_source(izmir, url=feed_server.url(name), actor=None)

    def broken():
        raise RuntimeError("model file missing")

    assert poll_due_sources.call() == 2  # both feeds read; their analysis is queued on the analysis queue
    assert Item.objects.filter(state=ItemState.NEW).count() == 5
    analysis_runs = DBTaskResult.objects.filter(task_path=analyse_waiting.module_path)
    assert analysis_runs.count() == 2 and {r.queue_name for r in analysis_runs} == {"analysis"}

    monkeypatch.setattr(analysis, "analyzer", broken)
    with pytest.raises(RuntimeError):
        analyse_waiting.call()
    assert Item.objects.filter(state=ItemState.NEW).count() == 5  # the failed batch saved nothing
    analysis_runs.update(status="FAILED")  # what the worker records for the failed runs

    monkeypatch.undo()
    poll_due_sources.call()  # nothing is due, but the round's sweep queues analysis of what was left waiting
    assert analysis_runs.filter(status="READY").count() == 1
    poll_due_sources.call()  # queued already: not again
    assert analysis_runs.filter(status="READY").count() == 1
    assert analyse_waiting.call() == 5
    assert not Item.objects.filter(state=ItemState.NEW).exists()


def test_only_http_feeds_are_read(izmir, tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text((FEEDS / "rss.xml").read_text())
    source, _ = actions.do_add_feed_source(izmir, url=f"file://{secret}", actor=None)
    assert poll(source) == 0
    assert "Only http and https" in source.last_error and not Item.objects.exists()


def test_redirects_are_followed_only_to_http(izmir, feed_server):
    moved, _ = actions.do_add_feed_source(izmir, url=feed_server.url("moved"), actor=None)
    assert poll(moved) == 3
    ftp, _ = actions.do_add_feed_source(izmir, url=feed_server.url("to-ftp"), actor=None)
    assert poll(ftp) == 0
    assert "not http(s)" in ftp.last_error


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "192.168.0.10", "169.254.169.254", "[::1]"])
def test_feeds_inside_private_networks_are_refused_by_default(izmir, feed_server, settings, host):
    settings.MONITORING_ALLOW_PRIVATE_FEEDS = False
    source, _ = actions.do_add_feed_source(izmir, url=f"http://{host}:9/feed.xml", actor=None)
    assert poll(source) == 0
    assert "private network" in source.last_error and not Item.objects.exists()
    # The same local test feed is read once an administrator allows internal feeds.
    settings.MONITORING_ALLOW_PRIVATE_FEEDS = True
    allowed, _ = actions.do_add_feed_source(izmir, url=feed_server.url("rss.xml"), actor=None)
    assert poll(allowed) == 3


def test_a_name_that_changes_its_answer_cannot_reach_the_internal_network(izmir, feed_server, settings, monkeypatch):
    """DNS rebinding: the name first resolves to a public address (passing the check), then to the internal
    machine. The address that was checked is the one connected to, so the internal server is never asked."""
    import socket

    from birarada.monitoring import feeds

    settings.MONITORING_ALLOW_PRIVATE_FEEDS = False
    port = int(feed_server.url("x").split(":")[2].split("/")[0])
    answers = iter([[(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("203.0.113.9", port))]]
                   + [[(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]] * 5)
    monkeypatch.setattr(feeds.socket, "getaddrinfo", lambda *args, **kwargs: next(answers))
    asked_before = len(feed_server.asked_for("rebind.xml"))
    with pytest.raises(feeds.FeedError):
        feeds.fetch_feed(f"http://rebinding.example.org:{port}/rebind.xml")
    assert len(feed_server.asked_for("rebind.xml")) == asked_before


def test_a_redirect_into_the_internal_network_is_refused(izmir, feed_server, settings, monkeypatch):
    """A public feed that redirects to an internal machine: the redirect's own connection is checked too.
    (The test server stands for both; a fake resolver says which name is public and which internal.)"""
    import socket

    from birarada.monitoring import feeds

    settings.MONITORING_ALLOW_PRIVATE_FEEDS = False
    port = int(feed_server.url("x").split(":")[2].split("/")[0])
    addresses = {"public.example.org": "127.0.0.1", "internal.example.org": "127.0.0.2"}

    def resolve(host, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (addresses[host], port))]

    monkeypatch.setattr(feeds.socket, "getaddrinfo", resolve)
    monkeypatch.setattr(feeds, "_is_private", lambda address: address == "127.0.0.2")
    assert feeds.fetch_feed(f"http://public.example.org:{port}/rss.xml").entries  # the public stand-in is read
    asked_before = len(feed_server.asked_for("rss.xml"))
    with pytest.raises(feeds.FeedError, match="private network"):
        feeds.fetch_feed(f"http://public.example.org:{port}/to-internal")
    assert len(feed_server.asked_for("rss.xml")) == asked_before  # the internal address was never asked
