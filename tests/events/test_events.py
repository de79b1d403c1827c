"""Events: registration without an account, places and a waiting list, a personal cancel link, calendar files,
attendance and verifiable certificates; registrants' details encrypted, audited when read, erased on time."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from birarada.core.models import AuditEvent
from birarada.events import actions
from birarada.events.models import Event, Registration
from birarada.events.tasks import purge_past_registrations, send_registration_mail

from .conftest import register

TOKEN = re.compile(r"/events/cancel/([A-Za-z0-9_-]+)/")


def run_mail_tasks():
    for result in DBTaskResult.objects.filter(task_path=send_registration_mail.module_path, status="READY"):
        send_registration_mail.call(*result.args_kwargs["args"])
        DBTaskResult.objects.filter(pk=result.pk).update(status="SUCCESSFUL")


def test_places_then_a_waiting_list_and_a_cancel_link_that_promotes_the_next(client, training,
                                                                             django_capture_on_commit_callbacks):
    pages = []
    with django_capture_on_commit_callbacks(execute=True):
        for name in ("Ayşe", "Mehmet", "Rania", "Deniz"):
            pages.append(register(client, training, name, f"{name.lower().replace('ş', 's')}@example.org")
                         .content.decode())
    assert [r.status for r in Registration.objects.order_by("pk")] == ["confirmed", "confirmed", "waiting", "waiting"]
    assert "Your place is confirmed" in pages[0] and "You are on the waiting list" in pages[2]
    run_mail_tasks()
    assert len(mail.outbox) == 4 and "/events/cancel/" in mail.outbox[0].body
    mail.outbox.clear()
    token = TOKEN.search(pages[1]).group(1)
    assert "Do you want to cancel" in client.get(f"/en/events/cancel/{token}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/en/events/cancel/{token}/").status_code == 200
    assert [r.status for r in Registration.objects.order_by("pk")] == ["confirmed", "cancelled", "confirmed",
                                                                       "waiting"]
    run_mail_tasks()
    assert [m.to for m in mail.outbox] == [["rania@example.org"]] and "now confirmed" in mail.outbox[0].body
    assert client.get("/en/events/cancel/not-a-real-token/").status_code == 404


def test_a_double_registration_a_closed_and_a_cancelled_event_are_refused_with_reasons(client, training):
    register(client, training, "Ayşe", "ayse@example.org")
    again = register(client, training, "Ayşe Y.", "AYSE@example.org")
    assert again.status_code == 400 and "already registered" in again.content.decode()
    actions.do_cancel_event(training, actor=None)
    late = register(client, training, "Can", "can@example.org")
    assert "was cancelled" in late.content.decode() or "Register</h2>" not in late.content.decode()
    assert Registration.objects.count() == 1


def test_a_registration_needs_a_way_to_reach_the_person(client, training):
    response = client.post(f"/en/events/izmir/{training.slug}/", {"name": "Ali"})
    assert response.status_code == 400 and "Give an e-mail address or a phone number" in response.content.decode()


def test_registrants_details_are_encrypted_and_reading_them_is_audited(client, training, organizer):
    register(client, training, "Rania Haddad", "rania@example.org")
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, contact FROM events_registration")
        raw = " ".join(str(v) for v in cursor.fetchone())
    assert "Rania" not in raw and "rania@example.org" not in raw
    client.force_login(organizer)
    page = client.get(f"/en/workspace/izmir/events/{training.pk}/").content.decode()
    assert "Rania Haddad" in page
    assert AuditEvent.objects.filter(verb="event.registrants_view", actor=organizer).count() == 1
    # The public page says how many places are taken, never who took them.
    assert "Rania" not in client.get(f"/en/events/izmir/{training.slug}/").content.decode()


def test_attendance_certificates_and_their_public_check(client, training, organizer):
    register(client, training, "Ayşe Yılmaz", "ayse@example.org")
    register(client, training, "Mehmet Kaya", "mehmet@example.org")
    ayse, mehmet = Registration.objects.order_by("pk")
    client.force_login(organizer)
    base = f"/en/workspace/izmir/events/{training.pk}/"
    client.post(base + "attendance/", {"attended": [str(ayse.pk)]})
    refused = client.post(base + "certificates/", follow=True).content.decode()
    assert "once the training is over" in refused
    Event.objects.filter(pk=training.pk).update(starts_at=timezone.now() - timedelta(days=1, hours=3),
                                                ends_at=timezone.now() - timedelta(days=1))
    client.post(base + "certificates/")
    ayse.refresh_from_db()
    mehmet.refresh_from_db()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", ayse.certificate_code) and not mehmet.certificate_code
    check = client.get(f"/en/certificates/{ayse.certificate_code}/").content.decode()
    assert "is valid" in check and "Ayşe Yılmaz" in check and "3" in check
    pdf = client.get(f"/en/certificates/{ayse.certificate_code}/?format=pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert client.get("/en/certificates/AAAA-BBBB-CCCC/").status_code == 404


def test_calendar_files(client, training):
    ics = client.get(f"/en/events/izmir/{training.slug}/event.ics").content.decode()
    assert "BEGIN:VEVENT" in ics and "ayrımcılık yasağı" in ics.replace("\r\n ", "")
    feed = client.get("/en/events/calendar.ics").content.decode()
    assert feed.count("BEGIN:VEVENT") == 1
    listing = client.get("/en/events/?access=sign_language").content.decode()
    assert training.title in listing
    assert training.title not in client.get("/en/events/?access=childcare").content.decode()


def test_details_of_past_events_are_erased_and_counts_stay(client, training, settings):
    register(client, training, "Ayşe", "ayse@example.org")
    Event.objects.filter(pk=training.pk).update(starts_at=timezone.now() - timedelta(days=200),
                                                ends_at=timezone.now() - timedelta(days=199))
    settings.EVENTS_RETENTION_DAYS = 180
    assert purge_past_registrations.call() == 1
    registration = Registration.objects.get()
    assert registration.name == "" and registration.contact == {} and registration.status == "confirmed"


def test_an_agenda_session_outside_the_event_is_refused(client, training, organizer):
    client.force_login(organizer)
    start = timezone.localtime(training.starts_at) - timedelta(hours=2)
    response = client.post(f"/en/workspace/izmir/events/{training.pk}/agenda/", {
        "title": "Açılış", "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (start + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M")}, follow=True)
    assert "within the event" in response.content.decode()
    assert not training.agenda.exists()


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_exceed_the_places(live_server, city, settings):
    import urllib.parse
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor
    from http.cookiejar import CookieJar

    settings.CSRF_COOKIE_SECURE = False  # the test server speaks plain http
    start = timezone.now() + timedelta(days=3)
    event = actions.do_create_event(city["izmir"], slug="popular", kind="panel", title="Popüler panel",
                                    starts_at=start, ends_at=start + timedelta(hours=2), capacity=5, actor=None)

    def one(n: int) -> int:
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        url = f"{live_server.url}/en/events/izmir/popular/"
        page = opener.open(url, timeout=30).read().decode()
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": csrf, "name": f"Kişi {n}",
                                       "email": f"kisi{n}@example.org"}).encode()
        request = urllib.request.Request(url, data, {"Referer": url})
        return opener.open(request, timeout=30).status

    with ThreadPoolExecutor(6) as pool:
        statuses = list(pool.map(one, range(20)))
    assert statuses == [200] * 20
    assert event.registrations.filter(status="confirmed").count() == 5
    assert event.registrations.filter(status="waiting").count() == 15
