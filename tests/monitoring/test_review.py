"""The review queue: ordering, one-by-one review with Rabat severity, bulk actions, labelled data."""

import json
import re

from birarada.core.models import AuditEvent
from birarada.monitoring.models import Item, ItemState, Review
from birarada.monitoring.vocabulary import SeverityLevel, severity_of
from tests.conftest import en

from .helpers import add_items

HATEFUL = "Suriyeliler bu ülkeden defolup gitsin"
HATEFUL_WIDE = "Afganlar bu ülkeden defolup gitsin"
NEUTRAL = "Konak'ta yeni kütüphane açıldı"


def test_queue_orders_by_hatefulness_times_reach(client, izmir, moderator):
    add_items(izmir, [HATEFUL, NEUTRAL], reach=10)
    [wide] = add_items(izmir, [HATEFUL_WIDE], reach=50_000, source_name="Big account")
    client.force_login(moderator)
    page = client.get(en("monitoring:queue", "izmir")).content.decode()
    assert page.index("Afganlar") < page.index("Suriyeliler")
    assert NEUTRAL not in page  # the default view shows what the engine flagged
    assert "Konak" in client.get(en("monitoring:queue", "izmir") + "?show=all").content.decode()
    only_big = client.get(en("monitoring:queue", "izmir") + f"?source={wide.source_id}").content.decode()
    assert "Afganlar" in only_big and "Suriyeliler" not in only_big


def test_reviewer_corrects_label_and_rates_severity(client, izmir, moderator):
    item, following = add_items(izmir, [HATEFUL, HATEFUL_WIDE])
    client.force_login(moderator)
    url = en("monitoring:item", "izmir", item.pk)
    form = client.get(url).content.decode()
    # The form starts from the engine's answer.
    assert re.search(r'value="hateful"[^>]*checked', form) and re.search(r'value="migration"[^>]*checked', form)
    response = client.post(url, {
        "label": "hateful", "grounds": ["migration", "ethnicity"], "types": ["exclusion"],
        "context": "3", "speaker": "2", "intent": "3", "content_form": "3", "extent": "2", "likelihood": "2",
        "note": "Campaign reply",
    })
    # Saved, and on to the next item in the queue.
    assert response.status_code == 302 and response["Location"].endswith(f"/items/{following.pk}/")
    item.refresh_from_db()
    assert item.state == ItemState.REVIEWED and item.grounds == ["ethnicity", "migration"]
    assert item.severity == SeverityLevel.SEVERE
    review = Review.objects.get(item=item)
    assert review.reviewer == moderator and review.engine_label == "hateful" and review.intent == 3
    event = AuditEvent.objects.get(verb="monitoring.item_review")
    assert event.actor == moderator and event.changes["after"]["severity"] == "severe"
    assert HATEFUL not in client.get(en("monitoring:queue", "izmir")).content.decode()


def test_review_without_label_keeps_the_input(client, izmir, moderator):
    [item] = add_items(izmir, [HATEFUL])
    client.force_login(moderator)
    response = client.post(en("monitoring:item", "izmir", item.pk), {"note": "my careful note", "label": "bogus"})
    assert response.status_code == 400
    assert "my careful note" in response.content.decode()
    assert not Review.objects.exists()


def test_bulk_confirm_and_dismiss(client, izmir, moderator):
    first, second, third = add_items(izmir, [HATEFUL, HATEFUL_WIDE, "Romanlar hırsız, hepsi gitsin"])
    client.force_login(moderator)
    back = en("monitoring:queue", "izmir") + "?show=hateful"
    response = client.post(en("monitoring:bulk_review", "izmir"),
                           {"items": [first.pk, second.pk], "decision": "confirm", "back": back})
    assert response.status_code == 302 and response["Location"] == back
    client.post(en("monitoring:bulk_review", "izmir"), {"items": [third.pk], "decision": "none"})
    labels = dict(Review.objects.values_list("item_id", "label"))
    assert labels == {first.pk: "hateful", second.pk: "hateful", third.pk: "none"}
    third.refresh_from_db()
    assert third.label == "none" and third.ground_bits == 0
    assert AuditEvent.objects.filter(verb="monitoring.items_review_bulk").count() == 2


def test_bulk_ignores_items_of_other_organizations(client, city, izmir, moderator):
    [foreign] = add_items(city["elsewhere"], [HATEFUL])
    client.force_login(moderator)
    client.post(en("monitoring:bulk_review", "izmir"), {"items": [foreign.pk], "decision": "none"})
    foreign.refresh_from_db()
    assert foreign.state == ItemState.QUEUED


def test_bulk_redirect_stays_in_the_queue(client, izmir, moderator):
    [item] = add_items(izmir, [HATEFUL])
    client.force_login(moderator)
    response = client.post(en("monitoring:bulk_review", "izmir"),
                           {"items": [item.pk], "decision": "confirm", "back": "https://evil.invalid/"})
    assert response["Location"] == en("monitoring:queue", "izmir")


def test_severity_levels_follow_the_rabat_threshold():
    assert severity_of({}) == ""
    assert severity_of({"context": 1}) == SeverityLevel.LOW
    assert severity_of(dict.fromkeys(["context", "speaker", "intent"], 2)) == SeverityLevel.MODERATE
    # High total, but one factor (likelihood) absent: not incitement.
    strong = dict.fromkeys(["context", "speaker", "intent", "content_form", "extent"], 3) | {"likelihood": 0}
    assert severity_of(strong) == SeverityLevel.HIGH
    assert severity_of(strong | {"likelihood": 2}) == SeverityLevel.SEVERE


def test_labelled_data_export_and_engine_quality(client, izmir, moderator):
    hateful, missed, neutral = add_items(izmir, [HATEFUL, "Kentimiz artık yabancılarla doldu taştı", NEUTRAL])
    client.force_login(moderator)
    for item, label in ((hateful, "hateful"), (missed, "hateful"), (neutral, "none")):
        client.post(en("monitoring:item", "izmir", item.pk),
                    {"label": label, "grounds": ["migration"] if label == "hateful" else [], "next": "queue"})
    response = client.get(en("monitoring:labelled_data", "izmir"))
    rows = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert {r["text"]: r["label"] for r in rows} == {HATEFUL: "hateful", missed.text: "hateful", NEUTRAL: "none"}
    assert all("author" not in r for r in rows)
    exported = AuditEvent.objects.get(verb="monitoring.labelled_data_export")
    assert exported.actor == moderator and exported.changes == {"rows": 3}

    quality = client.get(en("monitoring:quality", "izmir"))
    overall = quality.context["overall"]
    engine_found_missed = Item.objects.get(pk=missed.pk).engine_label == "hateful"
    assert overall["reviewed"] == 3 and overall["person"] == 2
    assert overall["precision"] == 1.0
    assert overall["recall"] == (1.0 if engine_found_missed else 0.5)
    assert quality.context["by_ground"][0]["ground"] == "Migration and refugee status"


def test_large_ids_are_not_localised_in_the_queue_form(client, izmir, moderator):
    [item] = add_items(izmir, [HATEFUL])
    Item.objects.filter(pk=item.pk).update(id=12345)  # USE_THOUSAND_SEPARATOR would write "12,345"
    client.force_login(moderator)
    page = client.get(en("monitoring:queue", "izmir")).content.decode()
    assert 'value="12345"' in page
    client.post(en("monitoring:bulk_review", "izmir"), {"items": ["12345"], "decision": "confirm"})
    assert Review.objects.filter(item_id=12345).exists()


def test_sources_page_pages_and_texts_keep_their_own_direction(client, izmir, moderator):
    from birarada.monitoring import actions

    for n in range(55):
        actions.do_add_feed_source(izmir, url=f"https://news{n}.example.org/rss", name=f"Haber {n:02d}", actor=None)
    [item] = add_items(izmir, ["اللاجئون يجب أن يرحلوا من إزمير"])
    client.force_login(moderator)
    first = client.get(en("monitoring:sources", "izmir")).content.decode()
    assert "Page 1 of 2" in first and "Haber 00" in first and "Haber 54" not in first
    assert "Haber 54" in client.get(en("monitoring:sources", "izmir") + "?page=2").content.decode()
    page = client.get(en("monitoring:item", "izmir", item.pk)).content.decode()
    assert '<blockquote class="item-text" dir="auto"' in page
