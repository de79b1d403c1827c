"""Training records: trainees say what they take part as; the records page counts who was trained (municipal
staff by directorate, partner staff, residents) and the hours, without names; the indicators follow the same
records."""

import csv
import io
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from birarada.core.models import Role
from birarada.core.modules import indicators
from birarada.events import actions
from birarada.events.models import Event, Registration

YEAR = timezone.localdate().year
URL = "/en/workspace/izmir/events/training-records/"


def on(year, month, day):
    return timezone.make_aware(datetime(year, month, day, 10, 0))


def make(city, slug, kind="training", hours="3", org="izmir", **extra):
    start = timezone.now() + timedelta(days=2)
    return actions.do_create_event(city[org], slug=slug, kind=kind, title=f"Eğitim {slug}", starts_at=start,
                                   ends_at=start + timedelta(hours=3), training_hours=Decimal(hours), actor=None,
                                   **extra)


def sign_up(client, event, name, kind="resident", directorate=""):
    email = f"{name.lower().encode('ascii', 'ignore').decode()}.{event.slug}@example.org"
    response = client.post(f"/en/events/{event.organization.slug}/{event.slug}/", {
        "name": name, "email": email, "participant_kind": kind, "directorate": directorate})
    assert response.status_code == 200, response.content.decode()[-2000:]
    return event.registrations.order_by("-pk").first()


def held(event, when, *came):
    actions.do_record_attendance(event, {r.pk for r in came}, actor=None)
    Event.objects.filter(pk=event.pk).update(starts_at=when, ends_at=when + timedelta(hours=3))


@pytest.fixture
def records(client, city):
    first = make(city, "ayrimcilik", hours="3", topics="Ayrımcılık yasağı, makul uyumlama")
    ayse = sign_up(client, first, "Ayşe", "municipal_staff", "Sosyal Hizmetler Dairesi")
    mehmet = sign_up(client, first, "Mehmet", "municipal_staff", "sosyal  hizmetler DAİRESİ")
    zeynep = sign_up(client, first, "Zeynep", "partner_staff")
    can = sign_up(client, first, "Can")
    sign_up(client, first, "Deniz", "municipal_staff", "İnsan Kaynakları")  # registered, did not come
    held(first, on(YEAR, 3, 10), ayse, mehmet, zeynep, can)

    second = make(city, "isaret-dili", hours="2.5", topics="Türk İşaret Dili")
    deniz = sign_up(client, second, "Deniz", "municipal_staff", "İnsan Kaynakları")
    ali = sign_up(client, second, "Ali")
    sign_up(client, second, "Rania")
    held(second, on(YEAR, 6, 5), deniz, ali)

    cancelled = make(city, "iptal")
    came = sign_up(client, cancelled, "Selin", "municipal_staff", "Fen İşleri")
    held(cancelled, on(YEAR, 4, 1), came)
    actions.do_cancel_event(cancelled, actor=None)

    panel = make(city, "panel", kind="panel")
    held(panel, on(YEAR, 5, 2), sign_up(client, panel, "Burak", "municipal_staff", "Fen İşleri"))

    last_year = make(city, "gecen-yil", hours="4")
    held(last_year, on(YEAR - 1, 11, 20), sign_up(client, last_year, "Elif", "municipal_staff", "Fen İşleri"))

    elsewhere = make(city, "baska", org="elsewhere")
    held(elsewhere, on(YEAR, 3, 10), sign_up(client, elsewhere, "Okan", "municipal_staff", "Zabıta"))
    return first, second


def rows(response):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_the_training_form_asks_who_takes_part_and_other_events_do_not(client, city):
    training = make(city, "egitim")
    refused = client.post(f"/en/events/izmir/{training.slug}/", {
        "name": "Ayşe", "email": "ayse@example.org", "participant_kind": "municipal_staff"})
    assert refused.status_code == 400 and "Give your directorate or department." in refused.content.decode()
    assert not Registration.objects.exists()
    panel = make(city, "panel", kind="panel")
    assert "Taking part as" not in client.get(f"/en/events/izmir/{panel.slug}/").content.decode()
    registration = sign_up(client, panel, "Can", "municipal_staff", "Fen İşleri")
    assert (registration.participant_kind, registration.directorate) == ("resident", "")
    partner = sign_up(client, training, "Zeynep", "partner_staff", "Yazılmaması gereken")
    assert (partner.participant_kind, partner.directorate) == ("partner_staff", "")


def test_the_records_count_who_was_trained_this_year(client, city, make_member, records):
    client.force_login(make_member("viewer", city["izmir"], Role.VIEWER))
    page = client.get(URL).content.decode()
    assert "Eğitim ayrimcilik" in page and "Eğitim isaret-dili" in page and "Ayrımcılık yasağı" in page
    for absent in ("Eğitim iptal", "Eğitim panel", "Eğitim gecen-yil", "Eğitim baska"):
        assert absent not in page
    for name in ("Ayşe", "Mehmet", "Zeynep", "Deniz", "Ali"):
        assert name not in page  # counts only
    assert "Sosyal Hizmetler Dairesi" in page and "sosyal  hizmetler" not in page
    trainings = rows(client.get(URL + "?format=csv"))
    assert trainings == [
        ["date", "title", "topics", "hours", "residents", "municipal_staff", "partner_staff", "total_attended"],
        [f"{YEAR}-03-10", "Eğitim ayrimcilik", "Ayrımcılık yasağı, makul uyumlama", "3.0", "1", "2", "1", "4"],
        [f"{YEAR}-06-05", "Eğitim isaret-dili", "Türk İşaret Dili", "2.5", "1", "1", "0", "2"]]
    totals = rows(client.get(URL + f"?since={YEAR}-01-01&until={YEAR}-12-31&format=csv&table=directorates"))
    assert totals == [
        ["group", "people_trained", "person_hours"],
        ["İnsan Kaynakları", "1", "2.5"],
        ["Sosyal Hizmetler Dairesi", "2", "6.0"],
        ["Municipal staff, all directorates", "3", "8.5"],
        ["Staff of partner organizations", "1", "3.0"],
        ["Residents and others", "2", "5.5"],
        ["Everyone trained", "6", "17.0"]]


def test_the_period_can_be_chosen_and_a_wrong_one_is_explained(client, organizer, records):
    client.force_login(organizer)
    both_years = rows(client.get(URL + f"?since={YEAR - 1}-01-01&until={YEAR}-12-31&format=csv&table=directorates"))
    assert ["Fen İşleri", "1", "4.0"] in both_years and ["Everyone trained", "7", "21.0"] in both_years
    spring = rows(client.get(URL + f"?since={YEAR}-03-01&until={YEAR}-03-31&format=csv"))
    assert [r[1] for r in spring[1:]] == ["Eğitim ayrimcilik"]
    wrong = client.get(URL + f"?since={YEAR}-12-01&until={YEAR}-01-01")
    assert wrong.status_code == 400 and "The end is before the start." in wrong.content.decode()
    assert "Download" not in wrong.content.decode()


def test_the_events_list_links_the_records_and_a_training_gets_its_topics(client, organizer):
    client.force_login(organizer)
    assert URL in client.get("/en/workspace/izmir/events/").content.decode()
    response = client.post("/en/workspace/izmir/events/", {
        "kind": "training", "title": "Toplumsal cinsiyet eğitimi", "slug": "toplumsal-cinsiyet",
        "starts_at": f"{YEAR + 1}-02-01T10:00", "ends_at": f"{YEAR + 1}-02-01T13:00", "training_hours": "3",
        "topics": "Toplumsal cinsiyet eşitliği"})
    assert response.status_code == 302
    assert Event.objects.get(slug="toplumsal-cinsiyet").topics == "Toplumsal cinsiyet eşitliği"


def test_the_indicators_follow_the_records(city, records):
    found = indicators()
    ids, year = {city["izmir"].pk}, (date(YEAR, 1, 1), date(YEAR, 12, 31))
    assert found["events.municipal_staff_trained"].value(ids, *year) == 3
    assert found["events.people_trained"].value(ids, *year) == 6
    assert found["events.held"].value(ids, *year) == 3
    assert found["events.held.training"].value(ids, *year) == 2
    assert found["events.held.panel"].value(ids, *year) == 1
    assert found["events.held.workshop"].value(ids, *year) == 0
    assert found["events.held.training"].value(ids, date(YEAR - 1, 1, 1), date(YEAR - 1, 12, 31)) == 1
    assert found["events.municipal_staff_trained"].value({city["elsewhere"].pk}, *year) == 1
    assert str(found["events.held.panel"].title) == "Events held: Panel"
    assert {f"events.held.{kind}" for kind in ("panel", "cso_meeting", "focus_group", "training", "workshop",
                                               "talk", "closing", "other")} <= set(found)
