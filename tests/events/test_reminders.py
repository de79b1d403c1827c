"""Reminders: every hour, confirmed registrants with an e-mail address of events starting within a day are
reminded once; the waiting list, cancelled events and later events are left alone."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from birarada.core.models import AuditEvent
from birarada.core.modules import periodic_tasks
from birarada.events import actions
from birarada.events.models import Registration
from birarada.events.tasks import send_reminder_mail, send_reminders


def run_reminder_mails() -> None:
    for result in DBTaskResult.objects.filter(task_path=send_reminder_mail.module_path, status="READY"):
        send_reminder_mail.call(*result.args_kwargs["args"])
        DBTaskResult.objects.filter(pk=result.pk).update(status="SUCCESSFUL")


def event(city, slug, starts_in, **extra):
    start = timezone.now() + starts_in
    return actions.do_create_event(city["izmir"], slug=slug, kind="panel", title=f"Panel {slug}", starts_at=start,
                                   ends_at=start + timedelta(hours=2), actor=None, **extra)


def register(target, name, contact):
    return actions.do_register(target, name=name, contact=contact, language="en")[0]


@pytest.fixture
def tomorrow(city):
    target = event(city, "yarin", timedelta(hours=20), capacity=3, venue="Konak Kültür Merkezi",
                   online_link="https://meet.example.org/panel", accessibility=["sign_language"])
    register(target, "Ayşe", {"email": "ayse@example.org"})
    register(target, "Mehmet", {"phone": "0555 111 22 33"})  # no address: nothing to send
    register(target, "Rania", {"email": "rania@example.org"})
    register(target, "Deniz", {"email": "deniz@example.org"})  # waiting list
    return target


def test_confirmed_registrants_are_reminded_once(city, tomorrow, django_capture_on_commit_callbacks):
    later = event(city, "sonra", timedelta(days=3))
    register(later, "Can", {"email": "can@example.org"})
    cancelled = event(city, "iptal", timedelta(hours=10))
    register(cancelled, "Zeynep", {"email": "zeynep@example.org"})
    actions.do_cancel_event(cancelled, actor=None)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders.call() == 2
    run_reminder_mails()
    assert sorted(m.to[0] for m in mail.outbox) == ["ayse@example.org", "rania@example.org"]
    body = mail.outbox[0].body
    assert "starts soon" in body and "Konak Kültür Merkezi" in body and "https://meet.example.org/panel" in body
    assert "Sign language interpretation" in body and "link in your confirmation e-mail" in body
    reminded = dict(Registration.objects.values_list("name", "reminded_at"))
    assert reminded["Ayşe"] and reminded["Rania"]
    assert not reminded["Mehmet"] and not reminded["Deniz"] and not reminded["Can"] and not reminded["Zeynep"]
    audit = AuditEvent.objects.get(verb="event.remind")
    assert audit.target_id == str(tomorrow.pk) and audit.changes == {"reminded": 2}
    # The next hour: nobody twice.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders.call() == 0
    run_reminder_mails()
    assert mail.outbox == [] and AuditEvent.objects.filter(verb="event.remind").count() == 1


def test_someone_promoted_from_the_waiting_list_is_reminded_at_the_next_run(tomorrow,
                                                                            django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_reminders.call()
    run_reminder_mails()
    ayse, _mehmet, _rania, deniz = tomorrow.registrations.order_by("pk")
    actions.do_cancel_registration(ayse)
    deniz.refresh_from_db()
    assert deniz.status == "confirmed" and deniz.reminded_at is None
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders.call() == 1
    run_reminder_mails()
    assert [m.to for m in mail.outbox] == [["deniz@example.org"]]


def test_the_reminder_task_runs_every_hour(db):
    assert (send_reminders, timedelta(hours=1)) in periodic_tasks()
    send_reminders.call()
    queued = DBTaskResult.objects.get(task_path=send_reminders.module_path, status="READY")
    assert timedelta(minutes=55) < queued.run_after - timezone.now() <= timedelta(hours=1)


def test_no_reminder_leaves_for_an_event_cancelled_after_it_was_queued(tomorrow, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders.call() == 2
    actions.do_cancel_event(tomorrow, actor=None)
    run_reminder_mails()
    assert mail.outbox == []
