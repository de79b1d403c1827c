"""Invitation-only events: a CSV of invitees (all rows right or nothing saved), a personal link by e-mail that
registers its invitee once, the list on the staff page (audited), and the erasure of invitees' details."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import TestCase
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from birarada.core.models import AuditEvent
from birarada.events import actions, invitations
from birarada.events.models import Event, Invitation, Registration
from birarada.events.tasks import purge_past_registrations, send_invitation_mail, send_registration_mail

LINK = re.compile(r"(https?://\S+)/(tr|en|ar)/events/invitation/([A-Za-z0-9_-]+)/")


@pytest.fixture
def private(city):
    start = timezone.now() + timedelta(days=5)
    return actions.do_create_event(city["izmir"], slug="odak-grubu", kind="focus_group", is_public=False,
                                   title="Göçmen kadınlarla odak grubu", starts_at=start,
                                   ends_at=start + timedelta(hours=2), venue="Konak, Toplantı Salonu", capacity=1,
                                   actor=None)


def upload(client, event, content: bytes, name="davetliler.csv", language="tr"):
    return client.post(f"/en/workspace/izmir/events/{event.pk}/invitations/",
                       {"file": SimpleUploadedFile(name, content, "text/csv"), "language": language})


def queued(task):
    return list(DBTaskResult.objects.filter(task_path=task.module_path, status="READY").order_by("enqueued_at"))


def run(task) -> None:
    for result in queued(task):
        task.call(*result.args_kwargs["args"])
        DBTaskResult.objects.filter(pk=result.pk).update(status="SUCCESSFUL")


def invite(event, *people) -> list[str]:
    """Invite (name, email) pairs directly; returns their personal tokens (as the e-mails would carry them)."""
    before = {r.pk for r in queued(send_invitation_mail)}
    with TestCase.captureOnCommitCallbacks(execute=True):
        invitations.do_invite(event, [invitations.Invitee(n, name, email) for n, (name, email) in
                                      enumerate(people, start=2)], language="en", actor=None)
    return [r.args_kwargs["args"][1] for r in queued(send_invitation_mail) if r.pk not in before]


@pytest.mark.parametrize(("encoding", "text"), [
    ("cp1254", "Ad Soyad;E-posta;Kurum\nAyşe Yılmaz;ayse@example.org;Kadın Dayanışma Derneği\n"
               "Çağrı Öztürk;CAGRI@example.org;\n"),
    ("utf-8-sig", "NAME,Email,Organization\nAyşe Yılmaz,ayse@example.org,Kadın Dayanışma Derneği\n"
                  "Çağrı Öztürk,CAGRI@example.org,\n"),
    ("utf-16", "AD;E-POSTA;KURUM\r\nAyşe Yılmaz;ayse@example.org;Kadın Dayanışma Derneği\r\n"
               "Çağrı Öztürk;CAGRI@example.org;\r\n"),
])
def test_a_good_list_invites_everyone_in_any_encoding(client, private, organizer, encoding, text):
    client.force_login(organizer)
    response = upload(client, private, text.encode(encoding))
    assert response.status_code == 302
    people = {(i.name, i.email, i.organization_name) for i in Invitation.objects.filter(event=private)}
    assert people == {("Ayşe Yılmaz", "ayse@example.org", "Kadın Dayanışma Derneği"),
                      ("Çağrı Öztürk", "CAGRI@example.org", "")}


def test_invitations_are_emailed_with_a_personal_link_and_listed_for_organizers(
        client, private, organizer, settings, django_capture_on_commit_callbacks):
    settings.SITE_URL = "https://birarada.example.org"
    client.force_login(organizer)
    content = "ad;e-posta;kurum\nAyşe Yılmaz;ayse@example.org;Kadın Dayanışma Derneği\n".encode("cp1254")
    with django_capture_on_commit_callbacks(execute=True):
        assert upload(client, private, content, language="en").status_code == 302
    invitation = Invitation.objects.get()
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, email, organization_name, token_digest FROM events_invitation")
        raw = " ".join(str(v) for v in cursor.fetchone())
    assert "Ayşe" not in raw and "ayse@example.org" not in raw and "Dayanışma" not in raw
    audit = AuditEvent.objects.get(verb="event.invite")
    assert audit.changes == {"invitations": 1, "language": "en"} and audit.actor == organizer
    run(send_invitation_mail)
    assert [m.to for m in mail.outbox] == [["ayse@example.org"]]
    found = LINK.search(mail.outbox[0].body)
    assert found and found.group(1) == "https://birarada.example.org" and found.group(2) == "en"
    assert "Dear Ayşe Yılmaz" in mail.outbox[0].body and "Konak, Toplantı Salonu" in mail.outbox[0].body
    assert invitations.invitation_for_token(found.group(3)) == invitation
    invitation.refresh_from_db()
    assert invitation.sent_at is not None
    page = client.get(f"/en/workspace/izmir/events/{private.pk}/").content.decode()
    assert "Ayşe Yılmaz" in page and "ayse@example.org" in page and "Not registered" in page
    assert AuditEvent.objects.filter(verb="event.invitations_view", actor=organizer).count() == 1


def test_bad_rows_are_listed_by_number_and_no_one_is_invited(client, private, organizer):
    invite(private, ("Deniz Kaya", "deniz@example.org"))
    client.force_login(organizer)
    content = ("name,email,organization\n"
               ",anonim@example.org,\n"
               "Mehmet Demir,not-an-address,Halkevi\n"
               "Rania Haddad,rania@example.org,\n"
               "Rania H.,RANIA@example.org,\n"
               "Deniz Kaya,Deniz@Example.org,\n"
               "Ali Can,ali@example.org,Göç Derneği\n").encode()
    response = upload(client, private, content)
    page = response.content.decode()
    assert response.status_code == 400 and "4 rows of the file cannot be used" in page
    assert "Row 2: <bdi>the name is empty</bdi>" in page
    assert "Row 3: <bdi>“not-an-address” is not an e-mail address</bdi>" in page
    assert "Row 5: <bdi>the address RANIA@example.org is also on row 4</bdi>" in page
    assert "Row 6: <bdi>Deniz@Example.org is already invited to this event</bdi>" in page
    assert "Row 4:" not in page and "Row 7:" not in page
    assert Invitation.objects.count() == 1 and not AuditEvent.objects.filter(verb="event.invite", actor=organizer)
    assert len(queued(send_invitation_mail)) == 1  # only the earlier invitation's e-mail


@pytest.mark.parametrize(("content", "message"), [
    ("name;organization\nAyşe;Halkevi\n".encode(), "The file has no “email” column"),
    (b"Ayse;ayse@example.org\n", "The first row must name the columns"),
    (b"name,email\n\n\n", "The file has no rows under its header"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "This file is not a text file"),
    (b"name,email\n" + b"Ayse,ayse@example.org\n" * 50_000, "larger than 1 MB"),
])
def test_a_file_that_cannot_be_read_says_why_and_saves_nothing(client, private, organizer, content, message):
    client.force_login(organizer)
    response = upload(client, private, content)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Invitation.objects.exists()


def test_only_invitation_only_events_take_invitations(client, training, organizer):
    client.force_login(organizer)
    assert "Invite people" not in client.get(f"/en/workspace/izmir/events/{training.pk}/").content.decode()
    response = client.post(f"/en/workspace/izmir/events/{training.pk}/invitations/", {
        "file": SimpleUploadedFile("list.csv", b"name,email\nAyse,ayse@example.org\n"), "language": "tr"}, follow=True)
    assert "Invitations are for events that are not public" in response.content.decode()
    assert not Invitation.objects.exists()


def test_the_personal_link_registers_its_invitee_once_and_links_the_registration(client, private):
    token, second = invite(private, ("Ayşe Yılmaz", "ayse@example.org"), ("Çağrı Öztürk", "cagri@example.org"))
    url = f"/en/events/invitation/{token}/"
    page = client.get(url).content.decode()
    assert "Göçmen kadınlarla odak grubu" in page
    assert 'value="Ayşe Yılmaz"' in page and 'value="ayse@example.org"' in page
    done = client.post(url, {"name": "Ayşe Yılmaz", "email": "ayse@example.org"})
    assert done.status_code == 200 and "Your place is confirmed." in done.content.decode()
    assert "/events/cancel/" in done.content.decode()
    registration = Registration.objects.get()
    assert Invitation.objects.get(registration=registration).email == "ayse@example.org"
    again = client.get(url).content.decode()
    assert "You have registered with this invitation" in again and "Your place is confirmed." in again
    assert 'method="post"' not in again
    client.post(url, {"name": "Ayşe Yılmaz", "email": "ayse.other@example.org"})
    assert Registration.objects.count() == 1
    # The one place is taken: the second invitee goes on the waiting list, and the page says so later too.
    client.post(f"/en/events/invitation/{second}/", {"name": "Çağrı Öztürk", "email": "cagri@example.org"})
    assert "You are on the waiting list." in client.get(f"/en/events/invitation/{second}/").content.decode()
    assert [r.status for r in Registration.objects.order_by("pk")] == ["confirmed", "waiting"]
    missing = client.get("/en/events/invitation/not-a-real-token/")
    assert missing.status_code == 404 and "not valid" in missing.content.decode()


def test_after_a_cancellation_the_link_registers_again(client, private):
    (token,) = invite(private, ("Ayşe Yılmaz", "ayse@example.org"))
    url = f"/en/events/invitation/{token}/"
    cancel = re.search(r"/events/cancel/([A-Za-z0-9_-]+)/", client.post(
        url, {"name": "Ayşe Yılmaz", "email": "ayse@example.org"}).content.decode()).group(1)
    client.post(f"/en/events/cancel/{cancel}/")
    page = client.get(url).content.decode()
    assert "You cancelled your registration" in page and 'method="post"' in page
    client.post(url, {"name": "Ayşe Yılmaz", "email": "ayse@example.org"})
    first, second = Registration.objects.order_by("pk")
    assert (first.status, second.status) == ("cancelled", "confirmed")
    assert Invitation.objects.get().registration == second


def test_a_training_invitation_asks_who_takes_part(client, city):
    start = timezone.now() + timedelta(days=3)
    event = actions.do_create_event(city["izmir"], slug="kapali-egitim", kind="training", is_public=False,
                                    title="Personel eğitimi", starts_at=start, ends_at=start + timedelta(hours=2),
                                    actor=None)
    (token,) = invite(event, ("Mehmet Demir", "mehmet@example.org"))
    assert "Taking part as" in client.get(f"/en/events/invitation/{token}/").content.decode()
    client.post(f"/en/events/invitation/{token}/", {"name": "Mehmet Demir", "email": "mehmet@example.org",
                                                    "participant_kind": "municipal_staff",
                                                    "directorate": "Fen İşleri"})
    registration = Registration.objects.get()
    assert (registration.participant_kind, registration.directorate) == ("municipal_staff", "Fen İşleri")


def test_a_non_public_event_cannot_be_registered_on_the_public_page(client, private,
                                                                    django_capture_on_commit_callbacks):
    url = f"/en/events/izmir/{private.slug}/"
    assert client.get(url).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"name": "Ayşe", "email": "ayse@example.org"}).status_code == 404
    assert client.get(url + "event.ics").status_code == 404
    assert private.title not in client.get("/en/events/").content.decode()
    assert not Registration.objects.exists() and not queued(send_registration_mail)


def test_the_purge_erases_invitees_details_and_the_link_stops_working(client, private, settings):
    token, _unused = invite(private, ("Ayşe Yılmaz", "ayse@example.org"), ("Çağrı Öztürk", "cagri@example.org"))
    client.post(f"/en/events/invitation/{token}/", {"name": "Ayşe Yılmaz", "email": "ayse@example.org"})
    # An invitation-only event where no one registered is purged too.
    start = timezone.now() + timedelta(days=2)
    quiet = actions.do_create_event(private.organization, slug="sessiz", kind="workshop", is_public=False,
                                    title="Atölye", starts_at=start, ends_at=start + timedelta(hours=1), actor=None)
    invite(quiet, ("Deniz Kaya", "deniz@example.org"))
    Event.objects.update(starts_at=timezone.now() - timedelta(days=200), ends_at=timezone.now() - timedelta(days=199))
    settings.EVENTS_RETENTION_DAYS = 180
    assert purge_past_registrations.call() == 1
    for invitation in Invitation.objects.all():
        assert (invitation.name, invitation.email, invitation.organization_name, invitation.email_digest) == \
            ("", "", "", "") and invitation.purged_at is not None
    assert Registration.objects.get().name == ""
    assert sorted(a.changes["invitations"] for a in AuditEvent.objects.filter(verb="event.purge")) == [1, 2]
    page = client.get(f"/en/events/invitation/{token}/").content.decode()
    assert "Ayşe" not in page and 'method="post"' not in page
    # Nothing is left to erase: a second run writes no audit row.
    purge_past_registrations.call()
    assert AuditEvent.objects.filter(verb="event.purge").count() == 2
