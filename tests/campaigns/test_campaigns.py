from datetime import date, timedelta

import pytest
from django.utils import timezone

from birarada.campaigns import actions, days
from birarada.campaigns.choices import PhaseKind
from birarada.campaigns.models import Campaign, CampaignMessage, ChecklistItem
from birarada.core.models import AuditEvent, Role
from tests.conftest import en


@pytest.fixture
def comms(city, make_member):
    return make_member("comms", city["izmir"], Role.COMMUNICATIONS)


@pytest.fixture
def partner_comms(city, make_member):
    return make_member("partner-comms", city["elsewhere"], Role.COMMUNICATIONS)


# ---- creating a campaign -------------------------------------------------------------------------------

def test_a_campaign_for_a_day_gets_its_date_grounds_phases_and_checklist(city):
    campaign = actions.do_create_campaign(city["izmir"], slug="multeciler", title="Dünya Mülteciler Günü",
                                          message="Mültecilerle birlikte.", day_key="refugee_day", actor=None)
    the_day = days.BY_KEY["refugee_day"].next_on(timezone.localdate())
    assert (campaign.the_day.month, campaign.the_day.day) == (6, 20)
    assert campaign.the_day == the_day
    assert campaign.grounds == ["migration"]
    assert campaign.starts_on == the_day - timedelta(weeks=8)
    assert campaign.ends_on == the_day + timedelta(days=14)
    phases = {p.kind: p for p in campaign.phases.all()}
    assert list(phases) == [PhaseKind.PREPARATION, PhaseKind.TEASER, PhaseKind.DAY, PhaseKind.HIGHLIGHTS]
    assert (phases["preparation"].starts_on, phases["preparation"].ends_on) == (campaign.starts_on,
                                                                               the_day - timedelta(days=29))
    assert (phases["teaser"].starts_on, phases["teaser"].ends_on) == (the_day - timedelta(days=28),
                                                                     the_day - timedelta(days=1))
    assert phases["day"].starts_on == phases["day"].ends_on == the_day
    assert (phases["highlights"].starts_on, phases["highlights"].ends_on) == (the_day + timedelta(days=1),
                                                                             campaign.ends_on)
    tasks = ChecklistItem.objects.filter(phase__campaign=campaign, organization=city["izmir"])
    assert tasks.count() == 13 and all(p.checklist.exists() for p in phases.values())
    assert tasks.filter(text__icontains="hashtag").exists() and tasks.filter(text__icontains="collage").exists()
    message = CampaignMessage.objects.get(campaign=campaign)
    assert (message.language, message.organization, message.text) == ("tr", city["izmir"], "Mültecilerle birlikte.")
    audit = AuditEvent.objects.get(verb="campaign.create")
    assert audit.changes["day"] == "refugee_day" and "Mültecilerle" not in str(audit.changes)


def test_phases_of_a_short_campaign_stay_within_its_dates():
    the_day = date(2026, 12, 18)
    phases = actions.default_phases(the_day, the_day - timedelta(days=10), the_day)
    for kind, start, end in phases:
        assert the_day - timedelta(days=10) <= start <= end <= the_day, kind
    assert phases[2] == ("day", the_day, the_day)


@pytest.mark.parametrize("starts, ends", [(5, 20), (-20, -5)])
def test_the_day_must_fall_within_the_campaign(city, starts, ends):
    the_day = date(2026, 12, 18)
    with pytest.raises(actions.CampaignError, match="within the campaign"):
        actions.do_create_campaign(city["izmir"], slug="x", title="X", message="M", the_day=the_day,
                                   starts_on=the_day + timedelta(days=starts), ends_on=the_day + timedelta(days=ends),
                                   actor=None)
    assert not Campaign.objects.exists()


def test_a_day_that_is_not_the_international_day_is_refused(city):
    with pytest.raises(actions.CampaignError, match="does not match"):
        actions.do_create_campaign(city["izmir"], slug="x", title="X", message="M", day_key="migrants_day",
                                   the_day=date(2026, 12, 17), actor=None)


def test_creating_through_the_page(client, city, comms):
    client.force_login(comms)
    url = en("campaigns:campaigns", "izmir")
    response = client.post(url, {"title": "Göç Günü", "slug": "goc", "day_key": "migrants_day",
                                 "message": "Göç bir hak.", "hashtags": "#GöçBirHak #İzmir", "is_public": "on"})
    campaign = Campaign.objects.get(slug="goc")
    assert response.status_code == 302 and response["Location"].endswith(f"/campaigns/{campaign.pk}/")
    assert (campaign.the_day.month, campaign.the_day.day) == (12, 18)
    assert campaign.hashtag_list == ["#GöçBirHak", "#İzmir"]
    assert campaign.phases.count() == 4
    page = client.get(url)
    assert "Göç Günü" in page.content.decode()
    assert "0 of 13 tasks done" in page.content.decode()


def test_the_page_refuses_dates_out_of_order_and_keeps_nothing(client, city, comms):
    client.force_login(comms)
    response = client.post(en("campaigns:campaigns", "izmir"), {
        "title": "X", "slug": "x", "day_key": "", "the_day": "2026-12-10", "starts_on": "2026-12-12",
        "ends_on": "2026-12-20", "message": "M"})
    assert response.status_code == 400
    assert "The campaign must start on or before the day." in response.content.decode()
    response = client.post(en("campaigns:campaigns", "izmir"), {"title": "X", "slug": "x", "message": "M"})
    assert response.status_code == 400 and "Give the day, or choose an international day." in response.content.decode()
    assert not Campaign.objects.exists()


def test_the_list_shows_the_next_days_with_our_campaign_and_its_progress(client, city, comms):
    day, on = days.upcoming(timezone.localdate())[0]
    campaign = actions.do_create_campaign(city["izmir"], slug="yakin", title="Yakın gün", message="M",
                                          day_key=day.key, starts_on=on - timedelta(days=30), actor=None)
    item = ChecklistItem.objects.filter(phase__campaign=campaign).first()
    actions.do_tick_checklist_item(item, done=True, actor=None)
    client.force_login(comms)
    body = client.get(en("campaigns:campaigns", "izmir")).content.decode()
    assert str(day.title) in body and "Yakın gün" in body
    assert "1 of 13 tasks done" in body


# ---- the campaign page: phases, checklists, messages, joining ------------------------------------------

def test_the_lead_moves_a_phase_within_the_campaign(client, city, comms, make_campaign):
    campaign = make_campaign(city["izmir"])
    teaser = campaign.phases.get(kind="teaser")
    client.force_login(comms)
    url = en("campaigns:campaign_change", "izmir", campaign.pk, "phase")
    start = campaign.the_day - timedelta(days=21)
    response = client.post(url, {"phase": teaser.pk, "starts_on": start.isoformat(),
                                 "ends_on": (campaign.the_day - timedelta(days=1)).isoformat()})
    assert response.status_code == 302
    teaser.refresh_from_db()
    assert teaser.starts_on == start
    response = client.post(url, {"phase": teaser.pk, "starts_on": (campaign.starts_on - timedelta(days=1)).isoformat(),
                                 "ends_on": campaign.the_day.isoformat()})
    assert response.status_code == 400 and "must fall within the campaign" in response.content.decode()
    teaser.refresh_from_db()
    assert teaser.starts_on == start


def test_messages_per_language_and_a_city_adapting_its_own(client, city, comms, partner_comms, make_campaign):
    campaign = make_campaign(city["izmir"])
    actions.do_join_campaign(campaign, city["elsewhere"], actor=None)
    client.force_login(comms)
    assert client.post(en("campaigns:campaign_change", "izmir", campaign.pk, "message"),
                       {"language": "ar", "text": "معاً أقوى"}).status_code == 302
    client.force_login(partner_comms)
    assert client.post(en("campaigns:campaign_change", "elsewhere", campaign.pk, "message"),
                       {"language": "tr", "text": "Eskişehir'de birlikte daha güçlüyüz."}).status_code == 302
    lead = CampaignMessage.objects.filter(campaign=campaign, organization=city["izmir"])
    assert set(lead.values_list("language", flat=True)) == {"tr", "ar"}
    adapted = CampaignMessage.objects.get(campaign=campaign, organization=city["elsewhere"])
    assert adapted.text.startswith("Eskişehir") and adapted.language == "tr"
    assert lead.get(language="tr").text == "Birlikte daha güçlüyüz."  # the lead's stays as it was
    page = client.get(en("campaigns:campaign", "elsewhere", campaign.pk)).content.decode()
    assert "Adapted by Elsewhere Equality Unit" in page and "معاً أقوى" in page
    # A language the site does not offer is refused.
    assert client.post(en("campaigns:campaign_change", "elsewhere", campaign.pk, "message"),
                       {"language": "fr", "text": "Ensemble"}).status_code == 400


def test_the_lead_adds_a_partner_who_ticks_its_own_checklist_only(client, city, comms, partner_comms, make_campaign):
    campaign = make_campaign(city["izmir"])
    client.force_login(comms)
    page = client.get(en("campaigns:campaign", "izmir", campaign.pk)).content.decode()
    assert "Listed NGO" not in page  # only organizations on the platform can be added
    response = client.post(en("campaigns:campaign_change", "izmir", campaign.pk, "join"),
                           {"organization": city["elsewhere"].pk, "note": "Birlikte yapalım!"})
    assert response.status_code == 302
    # Invited, not yet taking part: the invited organization's managers answer.
    assert not campaign.participants.exists()
    again = client.post(en("campaigns:campaign_change", "izmir", campaign.pk, "join"),
                        {"organization": city["elsewhere"].pk})
    assert again.status_code == 400  # not offered twice while the invitation waits
    invitation = campaign.invitations.get()
    client.force_login(partner_comms)
    listing = client.get(en("campaigns:campaigns", "elsewhere")).content.decode()
    assert "Birlikte yapalım!" in listing and campaign.title in listing
    answer = en("campaigns:answer_invitation", "elsewhere", invitation.pk, "accept")
    assert client.post(answer).status_code == 302
    assert list(campaign.participants.all()) == [city["elsewhere"]]
    assert client.post(answer, follow=True).status_code == 200  # answered already: a message, nothing changes
    assert campaign.participants.count() == 1
    theirs = ChecklistItem.objects.filter(phase__campaign=campaign, organization=city["elsewhere"])
    assert theirs.count() == 13
    client.force_login(comms)
    # The NGO is not on the platform: refused.
    assert client.post(en("campaigns:campaign_change", "izmir", campaign.pk, "join"),
                       {"organization": city["ngo"].pk}).status_code == 400

    client.force_login(partner_comms)
    assert client.get(en("campaigns:campaign", "elsewhere", campaign.pk)).status_code == 200
    own = theirs.first()
    tick = en("campaigns:campaign_change", "elsewhere", campaign.pk, "tick")
    assert client.post(tick, {"item": own.pk, "done": "1"}).status_code == 302
    own.refresh_from_db()
    assert own.done_at is not None and own.done_by == partner_comms
    leads_item = ChecklistItem.objects.filter(phase__campaign=campaign, organization=city["izmir"]).first()
    assert client.post(tick, {"item": leads_item.pk, "done": "1"}).status_code == 404
    leads_item.refresh_from_db()
    assert leads_item.done_at is None
    # A participant changes neither the phases nor the toolkit.
    phase = campaign.phases.first()
    assert client.post(en("campaigns:campaign_change", "elsewhere", campaign.pk, "phase"), {
        "phase": phase.pk, "starts_on": phase.starts_on.isoformat(),
        "ends_on": phase.ends_on.isoformat()}).status_code == 404
    # Its own task.
    assert client.post(en("campaigns:campaign_change", "elsewhere", campaign.pk, "task"),
                       {"phase": phase.pk, "text": "Belediye ekranlarında afiş"}).status_code == 302
    assert theirs.count() == 14
    # The lead's page shows how far each organization is.
    client.force_login(comms)
    page = client.get(en("campaigns:campaign", "izmir", campaign.pk)).content.decode()
    assert "1 of 14 tasks done" in page and "0 of 13 tasks done" in page


def test_the_lead_sets_submission_formats(client, city, comms, make_campaign):
    campaign = make_campaign(city["izmir"])
    client.force_login(comms)
    url = en("campaigns:campaign_change", "izmir", campaign.pk, "spec")
    response = client.post(url, {"kind": "video", "spec-video-kind": "video", "spec-video-min_width": "1080",
                                 "spec-video-aspect_ratio": "9 : 16", "spec-video-max_seconds": "60",
                                 "spec-video-max_megabytes": "50"})
    assert response.status_code == 302
    spec = campaign.specs.get(kind="video")
    assert (spec.min_width, spec.aspect_ratio, spec.max_seconds) == (1080, "9:16", 60)
    response = client.post(url, {"kind": "image", "spec-image-kind": "image", "spec-image-aspect_ratio": "wide"})
    assert response.status_code == 400
    assert "Write the aspect ratio as width:height" in response.content.decode()
    assert not campaign.specs.filter(kind="image").exists()


# ---- the public page ------------------------------------------------------------------------------------

def test_the_public_page_counts_down_to_the_day(client, city, make_campaign):
    soon = make_campaign(city["izmir"], "yakinda", days=10)
    today = make_campaign(city["izmir"], "bugun", days=0)
    past = make_campaign(city["izmir"], "gecti", days=-3)
    body = client.get(en("campaigns:public_campaign", "izmir", soon.slug)).content.decode()
    assert "10 days to go" in body
    assert f'data-the-day="{soon.the_day.isoformat()}"' in body
    assert "campaigns/countdown.js" in body and "<script>" not in body  # no inline script (CSP)
    assert "#BirlikteIzmir" in body and body.index("#BirlikteIzmir") < body.index("#Esitlik")
    assert "Today is the day" in client.get(en("campaigns:public_campaign", "izmir", today.slug)).content.decode()
    assert "The day was 3 days ago" in client.get(en("campaigns:public_campaign", "izmir",
                                                     past.slug)).content.decode()
    listing = client.get(en("campaigns:public_campaigns")).content.decode()
    assert "Kampanya yakinda" in listing and "10 days to go" in listing


def test_the_public_page_speaks_the_readers_language(client, city, make_campaign):
    campaign = make_campaign(city["izmir"])
    actions.do_write_message(campaign, city["izmir"], language="ar", text="معاً أقوى", actor=None)
    arabic = client.get(f"/ar/campaigns/izmir/{campaign.slug}/").content.decode()
    assert "معاً أقوى" in arabic and 'lang="ar"' in arabic
    english = client.get(en("campaigns:public_campaign", "izmir", campaign.slug)).content.decode()
    assert "Birlikte daha güçlüyüz." in english  # no English message: the Turkish one
    assert "معاً أقوى" not in english


def test_a_campaign_that_is_not_public_is_not_found(client, city, make_campaign):
    campaign = make_campaign(city["izmir"], is_public=False)
    assert client.get(en("campaigns:public_campaign", "izmir", campaign.slug)).status_code == 404
    assert client.get(en("campaigns:public_toolkit_zip", "izmir", campaign.slug)).status_code == 404
    assert "Kampanya" not in client.get(en("campaigns:public_campaigns")).content.decode()


def test_the_lead_changes_the_campaign_and_the_dates_stay_in_order(client, city, comms, make_campaign):
    campaign = make_campaign(city["izmir"])
    client.force_login(comms)
    url = en("campaigns:campaign_change", "izmir", campaign.pk, "details")
    values = {"title": "Yeni başlık", "the_day": campaign.the_day.isoformat(),
              "starts_on": campaign.starts_on.isoformat(), "ends_on": campaign.ends_on.isoformat(),
              "message": "Yeni mesaj", "hashtags": "#Yeni  #İkinci", "grounds": ["migration", "disability"]}
    assert client.post(url, values).status_code == 302
    campaign.refresh_from_db()
    assert (campaign.title, campaign.hashtags, campaign.is_public) == ("Yeni başlık", "#Yeni #İkinci", False)
    assert campaign.grounds == ["migration", "disability"]
    assert AuditEvent.objects.filter(verb="campaign.update").get().changes["changed"] == [
        "grounds", "hashtags", "hold_offensive", "is_public", "message", "title"]  # unticked boxes: off
    response = client.post(url, dict(values, the_day=(campaign.ends_on + timedelta(days=1)).isoformat()))
    assert response.status_code == 400 and "within the campaign" in response.content.decode()
    campaign.refresh_from_db()
    assert campaign.the_day != campaign.ends_on + timedelta(days=1)
