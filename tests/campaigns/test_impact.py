"""A campaign's impact: the before/after view from monitoring (real items analysed by the engine), engagement
imported from a platform export (all or nothing), the PDF, and the indicators for plans."""

import io
from datetime import timedelta

from django.utils import timezone
from pypdf import PdfReader

from birarada.campaigns import impact, indicators
from birarada.campaigns.models import Engagement
from birarada.core.models import AuditEvent, Role
from tests.monitoring.helpers import add_items

HATE = "Suriyeliler bu ülkeden defolsun, hepsi pislik."
NEUTRAL = "Suriyeli çocuklar için yeni bir okul açıldı."


def test_before_during_and_after_from_monitoring(city, make_campaign):
    today = timezone.localdate()
    # The campaign ran from 20 days ago until today; its grounds are migration.
    campaign = make_campaign(city["izmir"], the_day=today - timedelta(days=5), starts_on=today - timedelta(days=20),
                             ends_on=today, grounds=["migration"])
    add_items(city["izmir"], [HATE, NEUTRAL], days_ago=30)  # before
    add_items(city["izmir"], [NEUTRAL + " Kayıtlar başladı.", "Hava bugün çok güzel."], days_ago=10)  # during
    windows = impact.impact_of(campaign).windows
    before, during, after = windows
    assert (before.items, before.hateful, before.share) == (2, 1, 50.0)
    assert (during.items, during.hateful) == (1, 0)  # the weather item mentions no ground
    assert after.items == 0 and after.share is None and before.year_before_share is None


def test_engagement_import_is_all_or_nothing(client, city, make_member, make_campaign):
    campaign = make_campaign(city["izmir"], grounds=["migration"])
    comms = make_member("comms", city["izmir"], Role.COMMUNICATIONS)
    client.force_login(comms)
    url = f"/en/workspace/izmir/campaigns/{campaign.pk}/impact/"
    bad = "tarih;gönderi;erişim;beğeni\n2026-06-20;p1;1.200;30\n20.06.2026;p2;10;1\n2026-06-21;p3;-5;1\n"
    response = client.post(url, {"file": io.BytesIO(bad.encode("cp1254")), "platform": "Instagram"})
    page = response.content.decode()
    assert response.status_code == 400 and "Row 3" in page and "Row 4" in page
    assert not Engagement.objects.exists()
    good = "date,platform,post,reach,likes,video_views\n2026-06-20,X,p1,1200,30,0\n2026-06-20,YouTube,v1,800,5,640\n"
    assert client.post(url, {"file": io.BytesIO(good.encode())}).status_code == 302
    assert Engagement.objects.count() == 2 and AuditEvent.objects.filter(verb="campaign.engagement_import").exists()
    # The same export again replaces the figures instead of counting them twice.
    client.post(url, {"file": io.BytesIO(good.encode())})
    assert Engagement.objects.count() == 2
    totals = impact.impact_of(campaign).engagement
    assert totals["reach"] == 2000 and totals["video_views"] == 640
    missing = client.post(url, {"file": io.BytesIO(b"reach,likes\n1,2\n")})
    assert missing.status_code == 400 and "Columns missing" in missing.content.decode()
    pdf = client.get(url + "?format=pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert campaign.title in text and "2,000" in text


def test_indicators(city, make_campaign):
    today = timezone.localdate()
    campaign = make_campaign(city["izmir"], the_day=today - timedelta(days=3), starts_on=today - timedelta(days=30),
                             ends_on=today)
    impact.do_import_engagement(campaign, city["izmir"], [
        {"platform": "X", "post_ref": "p", "measured_on": today, "reach": 500, "impressions": 0, "likes": 0,
         "shares": 0, "comments": 0, "video_views": 0}], actor=None)
    since = today - timedelta(days=30)
    assert indicators.campaigns_run({city["izmir"].pk}, since, today) == 1
    assert indicators.reach({city["izmir"].pk}, since, today) == 500
    assert indicators.share_hateful_comments({city["izmir"].pk}, since, today) is None
