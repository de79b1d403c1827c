"""Anonymous feedback: offered on the public page from the start of an event until 60 days after it, a rating from
1 to 5 and optional comments, rate-limited and guarded by a honeypot; staff see the count, the average, the
distribution and the comments."""

from datetime import timedelta

import pytest
from django.utils import timezone

from birarada.core.models import AuditEvent, Role
from birarada.events import actions
from birarada.events.models import Event, Feedback


def move(event, *, started_days_ago: float, hours: int = 3):
    start = timezone.now() - timedelta(days=started_days_ago)
    Event.objects.filter(pk=event.pk).update(starts_at=start, ends_at=start + timedelta(hours=hours))
    event.refresh_from_db()
    return event


@pytest.fixture
def held(training):
    return move(training, started_days_ago=1)


def url(event):
    return f"/en/events/{event.organization.slug}/{event.slug}/feedback/"


def test_the_public_page_offers_feedback_once_the_event_has_started(client, training):
    public = f"/en/events/izmir/{training.slug}/"
    assert url(training) not in client.get(public).content.decode()
    response = client.get(url(training))
    assert response.status_code == 404 and "Feedback opens when the event starts." in response.content.decode()
    move(training, started_days_ago=1 / 48)  # started half an hour ago, still going on
    assert url(training) in client.get(public).content.decode()
    form = client.get(url(training)).content.decode()
    assert "<fieldset" in form and "<legend>How was the event?" in form and 'type="radio"' in form


def test_feedback_is_stored_without_anything_linking_it_to_a_person(client, held):
    response = client.post(url(held), {"rating": "4", "text": "Çeviri çok iyiydi."})
    assert response.status_code == 200 and "Thank you for your feedback" in response.content.decode()
    feedback = Feedback.objects.get()
    assert (feedback.event, feedback.rating, feedback.text) == (held, 4, "Çeviri çok iyiydi.")
    audit = AuditEvent.objects.get(verb="event.feedback")
    assert audit.actor is None and audit.changes == {"feedback": feedback.pk}  # not what was written


@pytest.mark.parametrize("rating", ["0", "6", "", "cok iyi", None])
def test_a_rating_outside_1_to_5_is_refused_with_a_message(client, held, rating):
    data = {"text": "yorum"} if rating is None else {"rating": rating, "text": "yorum"}
    response = client.post(url(held), data)
    assert response.status_code == 400 and "Choose a rating from 1 to 5." in response.content.decode()
    assert not Feedback.objects.exists()


def test_comments_longer_than_2000_characters_are_refused(client, held):
    response = client.post(url(held), {"rating": "3", "text": "ç" * 2001})
    assert response.status_code == 400 and "at most 2000 characters" in response.content.decode()
    assert client.post(url(held), {"rating": "3", "text": "ç" * 2000}).status_code == 200
    assert Feedback.objects.count() == 1


def test_no_feedback_for_a_cancelled_event_nor_long_after_one(client, held, training):
    actions.do_cancel_event(held, actor=None)
    for response in (client.get(url(held)), client.post(url(held), {"rating": "5"})):
        assert response.status_code == 404 and "was cancelled" in response.content.decode()
    assert url(held) not in client.get(f"/en/events/izmir/{held.slug}/").content.decode()
    Event.objects.filter(pk=held.pk).update(status="open")
    move(held, started_days_ago=61)
    response = client.post(url(held), {"rating": "5"})
    assert response.status_code == 404 and "Feedback for this event is closed." in response.content.decode()
    move(held, started_days_ago=59)
    assert client.post(url(held), {"rating": "5"}).status_code == 200
    assert Feedback.objects.count() == 1


def test_a_filled_honeypot_is_thanked_and_not_stored(client, held):
    response = client.post(url(held), {"rating": "1", "text": "spam", "leave_empty": "http://spam.example"})
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not Feedback.objects.exists()


def test_feedback_is_rate_limited_per_client(client, held):
    statuses = [client.post(url(held), {"rating": "5"}).status_code for _ in range(12)]
    assert statuses[:10] == [200] * 10 and statuses[-1] == 429
    assert Feedback.objects.count() == 10


def test_staff_see_the_results_and_readers_do_not(client, city, held, organizer, make_member):
    for rating, text in ((5, "Harika bir panel"), (4, ""), (2, "مكان ضيق جدا")):
        client.post(url(held), {"rating": str(rating), "text": text})
    client.force_login(organizer)
    page = client.get(f"/en/workspace/izmir/events/{held.pk}/").content.decode()
    assert "3 responses, average rating 3.7 of 5." in page
    assert 'id="chart-feedback"' in page
    assert '<bdi dir="auto">مكان ضيق جدا</bdi>' in page and "Harika bir panel" in page
    client.force_login(make_member("reader", city["izmir"], Role.VIEWER))
    page = client.get(f"/en/workspace/izmir/events/{held.pk}/").content.decode()
    assert "average rating" not in page and "Harika" not in page
