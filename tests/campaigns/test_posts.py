"""The editorial calendar: posts checked by the engine and the inclusive-language checker before approval; the
month and week views; CSV and .ics exports; a participating city plans only its own posts."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone
from django.utils.translation import override

from birarada.campaigns import posts as calendar
from birarada.campaigns.models import Campaign, Post
from birarada.core.models import AuditEvent, Role

GOOD = "Dünya Mülteci Günü kutlu olsun! Birlikte güçlüyüz."
STIGMA = "Özürlü vatandaşlarımız için yeni rampa yapıldı."
HATE = "Suriyeliler bu ülkeden defolsun, hepsi pislik."


@pytest.fixture(autouse=True)
def english():
    with override("en"):
        yield


@pytest.fixture
def campaign(city):
    # A bare campaign row: the posts are what this file tests.
    today = timezone.localdate()
    found = Campaign.objects.create(organization=city["izmir"], slug="multeci-gunu", title="Dünya Mülteci Günü",
                                    the_day=today + timedelta(days=20), starts_on=today,
                                    ends_on=today + timedelta(days=30), message="Birlikte güçlüyüz.")
    found.participants.add(city["bornova"])
    return found


@pytest.fixture
def comms(city, make_member):
    return make_member("comms", city["izmir"], Role.COMMUNICATIONS)


def url(campaign, org="izmir"):
    return f"/en/workspace/{org}/campaigns/{campaign.pk}/posts/"


def when(days=3, hour=10):
    return (timezone.localtime() + timedelta(days=days)).replace(hour=hour, minute=0).strftime("%Y-%m-%dT%H:%M")


def test_a_clean_post_goes_from_draft_to_published_with_who_approved(client, comms, campaign):
    client.force_login(comms)
    response = client.post(url(campaign), {"channel": "instagram", "account": "@izmirbld", "planned_at": when(),
                                           "text_tr": GOOD, "text_en": "Happy World Refugee Day!"})
    assert response.status_code == 302
    post = Post.objects.get()
    assert set(post.screening) == {"tr", "en"} and not post.flagged
    for step in ("for_approval", "approved", "published"):
        assert client.post(f"{url(campaign)}{post.pk}/{step}/").status_code == 302
        post.refresh_from_db()
        assert post.status == step
    assert post.approved_by == comms and post.published_at is not None
    assert AuditEvent.objects.filter(verb="campaign.post_status").count() == 3


@pytest.mark.parametrize("text, shown", [(STIGMA, "Özürlü"), (HATE, "Reads as hateful")])
def test_a_flagged_text_cannot_be_approved_until_rewritten(client, comms, campaign, text, shown):
    client.force_login(comms)
    client.post(url(campaign), {"channel": "x", "planned_at": when(), "text_tr": text})
    post = Post.objects.get()
    assert post.flagged
    client.post(f"{url(campaign)}{post.pk}/for_approval/")
    refused = client.post(f"{url(campaign)}{post.pk}/approved/", follow=True)
    post.refresh_from_db()
    assert post.status == "for_approval" and "rewrite the text" in refused.content.decode()
    assert shown in refused.content.decode()
    # Rewritten: checked again on saving, then approval goes through.
    client.post(f"{url(campaign)}{post.pk}/", {"channel": "x", "planned_at": when(), "text_tr": GOOD})
    post.refresh_from_db()
    assert not post.flagged
    client.post(f"{url(campaign)}{post.pk}/approved/")
    post.refresh_from_db()
    assert post.status == "approved"


def test_changing_an_approved_text_sends_it_back_to_draft(comms, campaign, city):
    post = calendar.do_plan_post(campaign, city["izmir"], channel="website", planned_at=timezone.now(),
                                 texts={"tr": GOOD}, actor=comms)
    calendar.do_move_post(post, "for_approval", actor=comms, approver_may_approve=True)
    calendar.do_move_post(post, "approved", actor=comms, approver_may_approve=True)
    calendar.do_edit_post(post, texts={"tr": GOOD + " #MülteciGünü"}, planned_at=post.planned_at, actor=comms)
    assert post.status == "draft" and post.approved_by is None
    with pytest.raises(calendar.PostError):
        calendar.do_move_post(post, "published", actor=comms, approver_may_approve=True)


def test_bad_input_is_refused_with_a_message(client, comms, campaign):
    client.force_login(comms)
    empty = client.post(url(campaign), {"channel": "x", "planned_at": when()})
    assert empty.status_code == 400 and "at least one language" in empty.content.decode()
    long = client.post(url(campaign), {"channel": "x", "planned_at": when(), "text_tr": "a" * 6000})
    bad_channel = client.post(url(campaign), {"channel": "myspace", "planned_at": when(), "text_tr": GOOD})
    assert long.status_code == 400 and bad_channel.status_code == 400
    assert not Post.objects.exists()


def test_month_and_week_views_and_exports(client, comms, campaign, city):
    planned = timezone.localtime() + timedelta(days=2)
    post = calendar.do_plan_post(campaign, city["izmir"], channel="instagram", planned_at=planned,
                                 texts={"tr": GOOD, "ar": "يوم اللاجئ العالمي"}, actor=comms)
    link = f"posts/{post.pk}/"
    client.force_login(comms)
    day = planned.date().isoformat()
    month = client.get(f"{url(campaign)}?day={day}").content.decode()
    week = client.get(f"{url(campaign)}?view=week&day={day}").content.decode()
    assert link in month and link in week
    later = client.get(f"{url(campaign)}?view=week&day={(planned.date() + timedelta(days=14)).isoformat()}")
    assert link not in later.content.decode()
    assert client.get(f"{url(campaign)}?day=not-a-date").status_code == 200
    csv = client.get(f"{url(campaign)}?format=csv").content.decode("utf-8-sig")
    assert "Instagram" in csv and "يوم اللاجئ العالمي" in csv
    ics = client.get(f"{url(campaign)}?format=ics")
    assert ics["Content-Type"].startswith("text/calendar") and b"BEGIN:VEVENT" in ics.content


def test_a_participating_city_plans_its_own_posts_and_the_lead_sees_all(client, campaign, city, make_member, comms):
    desk = make_member("desk", city["bornova"], Role.COMMUNICATIONS)
    client.force_login(desk)
    assert client.post(url(campaign, "bornova"), {"channel": "screens", "planned_at": when(),
                                                  "text_tr": GOOD}).status_code == 302
    theirs = Post.objects.get()
    assert theirs.organization == city["bornova"]
    mine = calendar.do_plan_post(campaign, city["izmir"], channel="x", planned_at=timezone.now(),
                                 texts={"tr": GOOD}, actor=comms)
    # Bornova cannot open or move İzmir's post; İzmir (the lead) sees Bornova's in its calendar.
    assert client.get(f"{url(campaign, 'bornova')}{mine.pk}/").status_code == 404
    assert client.post(f"{url(campaign, 'bornova')}{mine.pk}/for_approval/").status_code == 404
    client.force_login(comms)
    csv = client.get(f"{url(campaign)}?format=csv").content.decode("utf-8-sig")
    assert "Bornova" in csv


def test_the_month_grid_covers_whole_weeks():
    weeks = calendar.month_grid(date(2026, 6, 20))
    assert weeks[0][0] == date(2026, 6, 1) and weeks[-1][-1] == date(2026, 7, 5)
    assert all(len(w) == 7 for w in weeks) and calendar.week_of(date(2026, 6, 20))[0] == date(2026, 6, 15)
    assert datetime(2026, 6, 20).weekday() == 5


def test_the_lead_sees_what_each_city_did(client, comms, campaign, city):
    calendar.do_plan_post(campaign, city["bornova"], channel="screens", planned_at=timezone.now(),
                          texts={"tr": GOOD}, actor=None)
    calendar.do_plan_post(campaign, city["izmir"], channel="x", planned_at=timezone.now(), texts={"tr": GOOD},
                          actor=None)
    calendar.do_plan_post(campaign, city["izmir"], channel="website", planned_at=timezone.now(),
                          texts={"tr": GOOD}, actor=None)
    client.force_login(comms)
    page = client.get(f"/en/workspace/izmir/campaigns/{campaign.pk}/").content.decode()
    assert "Posts planned (published)" in page
    assert '<td data-label="Posts planned (published)">2 (0)</td>' in page  # İzmir
    assert '<td data-label="Posts planned (published)">1 (0)</td>' in page  # Bornova
