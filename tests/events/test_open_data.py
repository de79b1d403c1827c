"""The public events dataset of the open data API: the calendar's rule (public events), nothing of registrants."""

import json
from datetime import timedelta

from django.utils import timezone

from birarada.events import actions
from tests.events.conftest import register


def rows(client, query=""):
    response = client.get(f"/api/v1/open/public-events/?{query}")
    assert response.status_code == 200
    return json.loads(response.content)["results"]


def test_public_events_appear_invitation_only_ones_never(client, city, training):
    start = timezone.now() + timedelta(days=3)
    actions.do_create_event(city["izmir"], slug="davetli", kind="cso_meeting", actor=None, title="Davetli toplantı",
                            starts_at=start, ends_at=start + timedelta(hours=2), is_public=False)
    [row] = rows(client)
    assert row["slug"] == "egitim" and row["kind"] == "training" and row["capacity"] == 2
    assert row["accessibility"] == ["wheelchair", "sign_language"] and row["venue"] == "Kültürpark, Salon 2"


def test_nothing_about_registrants_is_published(client, city, training):
    assert register(client, training, "Zeynep Kaya", "zeynep@example.org").status_code == 200
    page = client.get("/api/v1/open/public-events/").content.decode()
    dump = b"".join(client.get("/api/v1/open/public-events.csv").streaming_content).decode()
    for text in (page, dump):
        assert "Zeynep" not in text and "zeynep@example.org" not in text


def test_the_period_filter_keeps_events_that_touch_it(client, city, training):
    day = timezone.localdate(training.starts_at)
    last = timezone.localdate(training.ends_at)  # the next day when it starts late in the evening
    assert len(rows(client, f"since={day}&until={day}")) == 1
    assert len(rows(client, f"since={last}&until={last}")) == 1
    assert rows(client, f"since={last + timedelta(days=1)}") == []
    assert rows(client, f"until={day - timedelta(days=1)}") == []
    assert rows(client, "city=eskişehir") == []
