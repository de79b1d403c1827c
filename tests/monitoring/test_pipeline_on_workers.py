"""The whole flow on running worker processes, exactly as in production: the schedule polls a feed, the items are
analysed, a moderator reviews one, a media-watch report is built from the result, and an e-mail goes out.

It runs on whichever task backend the environment chooses: the database worker (one process), and in CI again
with TASKS_BACKEND=rq on the local Redis with two RQ workers (`.ci/run`).
"""

import os
import signal
import subprocess
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from birarada.core.models import AuditEvent
from birarada.core.scheduling import ensure_scheduled
from birarada.incidents import actions as incidents
from birarada.incidents.forms import ReportForm
from birarada.monitoring.models import Item, ItemState, MediaWatchReport, Source
from tests.conftest import en
from tests.incidents.conftest import VALID_REPORT
from tests.tasking import ROOT, WORKERS, worker_command, worker_environment


def wait_for(condition, what: str, seconds: float = 90.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"Timed out waiting for {what}")


@pytest.fixture
def running_workers(tmp_path):
    """WORKERS long-running worker processes that write e-mails as files into tmp_path/mail."""
    mail = tmp_path / "mail"
    env = worker_environment(EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
                             EMAIL_FILE_PATH=str(mail))
    logs = [open(tmp_path / f"worker-{n}.log", "w") for n in range(WORKERS)]  # noqa: SIM115
    processes = [subprocess.Popen(worker_command("--interval", "0.2"), env=env, cwd=ROOT, stdout=log,
                                  stderr=subprocess.STDOUT, start_new_session=True) for log in logs]
    try:
        yield mail
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        for log in logs:
            log.close()
    for process in processes:
        # A worker that crashed on its own (rather than being stopped here) fails the test with its log.
        assert process.returncode in (0, -signal.SIGTERM, 1, 143), (tmp_path / "worker-0.log").read_text()[-3000:]


@pytest.mark.django_db(transaction=True)
def test_feed_review_report_and_mail_on_running_workers(client, city, make_member, feed_server, running_workers):
    izmir = city["izmir"]
    moderator = make_member("mona", izmir, "moderator")
    caseworker = make_member("cw", izmir, "case_worker")  # cw@example.org
    ensure_scheduled()  # what `manage.py schedule_tasks` does at every start

    # A moderator adds a feed; the web request only queues its first reading.
    client.force_login(moderator)
    response = client.post(en("monitoring:feed_add", "izmir"),
                           {"url": feed_server.url("atom.xml"), "name": "Daily", "interval_minutes": "30"})
    assert response.status_code == 302
    source = Source.objects.get(name="Daily")
    wait_for(lambda: Source.objects.get(pk=source.pk).last_success_at, "the feed to be read")
    items = wait_for(lambda: (list(Item.objects.filter(source=source, state=ItemState.QUEUED))
                              if not Item.objects.filter(source=source, state=ItemState.NEW).exists()
                              and Item.objects.filter(source=source).exists() else None), "the items' analysis")
    assert len(items) == 2 and all(item.model_version and item.engine_label for item in items)
    assert AuditEvent.objects.filter(verb="monitoring.items_analyse", organization=izmir).exists()

    # The moderator confirms the first item in the queue as hateful against refugees.
    first = max(items, key=lambda item: item.priority)
    response = client.post(en("monitoring:item", "izmir", first.pk),
                           {"label": "hateful", "grounds": ["migration"], "next": "queue"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.state == ItemState.REVIEWED and first.label == "hateful"

    # A media-watch report over the items' period counts the reviewed item.
    days = [timezone.localtime(item.published_at).date() for item in items]
    response = client.post(en("monitoring:reports", "izmir"), {
        "title": "Feed watch", "since": (min(days) - timedelta(days=1)).isoformat(),
        "until": (max(days) + timedelta(days=1)).isoformat()})
    assert response.status_code == 302
    report = MediaWatchReport.objects.get(organization=izmir)
    page = client.get(en("monitoring:report", "izmir", report.pk)).content.decode()
    assert "Feed watch" in page and "Migration and refugee status" in page

    # A reporter answers a case: the case worker is told by e-mail, sent by a worker on the mail queue.
    form = ReportForm(VALID_REPORT)
    assert form.is_valid(), form.errors
    case, _receipt = incidents.do_submit_report(organization=izmir, report=form.as_report())
    incidents.do_assign_case(case, caseworker, actor=caseworker)
    incidents.do_receive_reporter_message(case, "Yine oldu, aynı hatta.")
    sent = wait_for(lambda: [p for p in running_workers.glob("*.log") if case.reference in p.read_text()]
                    if running_workers.exists() else None, "the e-mail")
    message = sent[0].read_text()
    assert "To: cw@example.org" in message and "Yine oldu" not in message
