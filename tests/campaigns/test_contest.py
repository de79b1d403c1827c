"""The optional contest: categories and a jury set by the lead's managers, jurors scoring approved entries from 1
to 10, the ranking, the winner announced per category and shown on the public page."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from birarada.campaigns import contest
from birarada.campaigns.contest import ContestError
from birarada.campaigns.models import ContestCategory, JuryMember, Score, Submission
from birarada.campaigns.submissions import SubmissionError, do_curate, do_submit
from birarada.core.models import AuditEvent, Role
from tests.campaigns.conftest import image_bytes
from tests.conftest import en


def entry(campaign, category, *, title="Komşum", approve=True, named=False, organization=None, publish=True):
    item = do_submit(campaign, kind="image", title=title, upload=SimpleUploadedFile("p.png", image_bytes(300, 300)),
                     submitter_name="Ayşe Yılmaz", consent_publish=publish, consent_named=named,
                     organization=organization, language="tr", category=category)
    if approve:
        do_curate(item, approve=True, actor=None)
    return item


@pytest.fixture
def people(city, make_member):
    return {"manager": make_member("manager", city["izmir"], Role.COORDINATOR),
            "juror": make_member("juror", city["izmir"], Role.VIEWER),
            "juror2": make_member("juror2", city["izmir"], Role.CASE_WORKER),
            "viewer": make_member("viewer", city["izmir"], Role.VIEWER),
            "district": make_member("district", city["bornova"], Role.COORDINATOR)}


@pytest.fixture
def photos(drive, people, media_root):
    """A category with two jurors and three approved entries (and one received only)."""
    category = contest.do_add_category(drive, title="Gençler", description="18 yaş altı", actor=people["manager"])
    contest.do_add_juror(drive, people["juror"], actor=people["manager"])
    contest.do_add_juror(drive, people["juror2"], actor=people["manager"])
    items = [entry(drive, category, title=t) for t in ("Bir", "İki", "Üç")]
    waiting = entry(drive, category, title="Bekleyen", approve=False)
    return category, items, waiting


# ---- categories and jury ------------------------------------------------------------------------------------

def test_managers_add_categories_and_jurors_among_the_lead_staff(client, drive, people, media_root):
    client.force_login(people["manager"])
    url = en("campaigns:contest_manage", "izmir", drive.pk)
    assert client.post(url, {"action": "category", "title": " Gençler ", "description": "Kısa"}).status_code == 302
    assert list(drive.contest_categories.values_list("title", "description")) == [("Gençler", "Kısa")]
    response = client.post(url, {"action": "category", "title": "  "}, follow=True)
    assert "Give the category a title." in response.content.decode()
    client.post(url, {"action": "juror", "user": people["juror"].pk})
    # Staff of another organization, or no one, cannot be chosen.
    response = client.post(url, {"action": "juror", "user": people["district"].pk}, follow=True)
    assert "staff member of the organization" in response.content.decode()
    client.post(url, {"action": "juror", "user": "abc"})
    assert list(drive.jury.values_list("user__username", flat=True)) == ["juror"]
    with pytest.raises(ContestError):
        contest.do_add_juror(drive, people["district"], actor=None)
    assert AuditEvent.objects.filter(verb="campaign.contest_category").count() == 1
    assert AuditEvent.objects.filter(verb="campaign.contest_juror_add").count() == 1
    page = client.get(en("campaigns:contest", "izmir", drive.pk))
    assert page.status_code == 200 and "Gençler" in page.content.decode()


def test_a_juror_who_has_scored_stays(client, photos, drive, people):
    category, items, _waiting = photos
    juror, juror2 = drive.jury.get(user=people["juror"]), drive.jury.get(user=people["juror2"])
    contest.do_score(category, items[0], points=5, actor=people["juror"])
    client.force_login(people["manager"])
    url = en("campaigns:contest_manage", "izmir", drive.pk)
    response = client.post(url, {"action": "juror-remove", "juror": juror.pk}, follow=True)
    assert "already scored" in response.content.decode()
    client.post(url, {"action": "juror-remove", "juror": juror2.pk})
    assert list(drive.jury.values_list("user__username", flat=True)) == ["juror"]
    assert AuditEvent.objects.filter(verb="campaign.contest_juror_remove").count() == 1


# ---- scoring -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("points", ["0", "11", "abc", "", "7.5"])
def test_scores_outside_1_to_10_are_refused(client, photos, drive, people, points):
    category, items, _waiting = photos
    client.force_login(people["juror"])
    response = client.post(en("campaigns:contest_score", "izmir", drive.pk, category.pk, items[0].pk),
                           {"points": points}, follow=True)
    assert response.status_code == 200
    assert "Give a score from 1 to 10." in response.content.decode()
    assert not Score.objects.exists()


def test_a_juror_scores_and_may_change_the_score(client, photos, drive, people):
    category, items, _waiting = photos
    client.force_login(people["juror"])
    url = en("campaigns:contest_score", "izmir", drive.pk, category.pk, items[0].pk)
    assert client.post(url, {"points": "10", "note": "Çok güzel"}).status_code == 302
    assert client.post(url, {"points": "1"}).status_code == 302
    assert list(Score.objects.values_list("points", "juror__username")) == [(1, "juror")]
    changes = AuditEvent.objects.filter(verb="campaign.contest_score").order_by("pk").last().changes
    assert "Ayşe" not in str(changes) and changes["points"] == 1
    page = client.get(en("campaigns:contest", "izmir", drive.pk)).content.decode()
    assert "Change my score" in page and "Bekleyen" not in page
    # The juror sees the entry's file.
    assert client.get(en("campaigns:contest_file", "izmir", drive.pk, items[0].pk)).status_code == 200


def test_non_jurors_cannot_score(client, photos, drive, people):
    category, items, _waiting = photos
    url = en("campaigns:contest_score", "izmir", drive.pk, category.pk, items[0].pk)
    for who in ("viewer", "manager", "district"):
        client.force_login(people[who])
        assert client.post(url, {"points": "5"}).status_code == 404
    assert client.get(en("campaigns:contest", "izmir", drive.pk)).status_code == 404  # district: not the lead
    client.force_login(people["viewer"])
    assert client.get(en("campaigns:contest", "izmir", drive.pk)).status_code == 404
    with pytest.raises(ContestError):
        contest.do_score(category, items[0], points=5, actor=people["viewer"])
    assert not Score.objects.exists()


def test_only_approved_entries_of_the_category_are_scored(client, photos, drive, people):
    category, _items, waiting = photos
    other = contest.do_add_category(drive, title="Yetişkinler", actor=None)
    elsewhere = entry(drive, other, title="Başka")
    client.force_login(people["juror"])
    assert client.post(en("campaigns:contest_score", "izmir", drive.pk, category.pk, waiting.pk),
                       {"points": "5"}).status_code == 404
    response = client.post(en("campaigns:contest_score", "izmir", drive.pk, category.pk, elsewhere.pk),
                           {"points": "5"}, follow=True)
    assert "Only approved entries of this category are scored." in response.content.decode()
    with pytest.raises(ContestError):
        contest.do_score(category, waiting, points=5, actor=people["juror"])
    assert not Score.objects.exists()


# ---- ranking and the winner -------------------------------------------------------------------------------------

def test_ranking_by_average_then_number_of_scores(photos, people):
    category, (one, two, three), _waiting = photos
    contest.do_score(category, one, points=8, actor=people["juror"])
    contest.do_score(category, two, points=9, actor=people["juror"])
    contest.do_score(category, two, points=7, actor=people["juror2"])  # average 8, two scores
    contest.do_score(category, three, points=10, actor=people["juror2"])
    ranked = contest.ranking(category)
    assert [(r.submission.title, r.average, r.scores) for r in ranked] == [
        ("Üç", 10.0, 1), ("İki", 8.0, 2), ("Bir", 8.0, 1)]


def test_announcing_the_winner(client, photos, drive, people):
    category, (one, two, _three), waiting = photos
    client.force_login(people["manager"])
    url = en("campaigns:contest_manage", "izmir", drive.pk)
    # Unscored, not approved, missing: refused with a message.
    response = client.post(url, {"action": "winner", "category": category.pk, "submission": one.pk}, follow=True)
    assert "has not scored this entry yet" in response.content.decode()
    assert client.post(url, {"action": "winner", "category": category.pk, "submission": waiting.pk}
                       ).status_code == 404
    response = client.post(url, {"action": "winner", "category": category.pk, "submission": ""}, follow=True)
    assert "Choose the winning entry." in response.content.decode()
    contest.do_score(category, one, points=6, actor=people["juror"])
    assert client.post(url, {"action": "winner", "category": category.pk, "submission": one.pk}).status_code == 302
    category.refresh_from_db()
    assert category.winner == one and category.announced_at is not None
    # Once announced: no other winner, no more scoring.
    with pytest.raises(ContestError, match="already announced"):
        contest.do_announce_winner(category, one, actor=None)
    with pytest.raises(ContestError, match="scoring is closed"):
        contest.do_score(category, one, points=9, actor=people["juror"])
    assert not Score.objects.filter(points=9).exists()
    # A juror (not a manager) cannot announce.
    client.force_login(people["juror"])
    assert client.post(url, {"action": "winner", "category": category.pk, "submission": two.pk}).status_code == 404


def test_the_public_page_shows_the_winner_with_the_city_or_the_consented_name(client, drive, people, media_root):
    category = contest.do_add_category(drive, title="Gençler", actor=None)
    named_category = contest.do_add_category(drive, title="Yetişkinler", actor=None)
    contest.do_add_juror(drive, people["juror"], actor=None)
    city_entry = entry(drive, category, title="Sokağımız", organization=drive.participants.get())
    named = entry(drive, named_category, title="Annem", named=True)
    contest.do_score(category, city_entry, points=7, actor=people["juror"])
    contest.do_score(named_category, named, points=7, actor=people["juror"])
    page = client.get(en("campaigns:public_campaign", "izmir", drive.slug)).content.decode()
    assert "Contest winners" not in page
    contest.do_announce_winner(category, city_entry, actor=None)
    contest.do_announce_winner(named_category, named, actor=None)
    page = client.get(en("campaigns:public_campaign", "izmir", drive.slug)).content.decode()
    assert "Contest winners" in page and "Sokağımız" in page and "Bornova Equality Desk" in page
    assert "Annem" in page and "Ayşe Yılmaz" in page
    assert en("campaigns:gallery_file", "izmir", drive.slug, city_entry.pk) in page


def test_the_name_is_not_shown_without_consent(client, drive, people, media_root):
    category = contest.do_add_category(drive, title="Gençler", actor=None)
    contest.do_add_juror(drive, people["juror"], actor=None)
    item = entry(drive, category, title="Gizli")
    contest.do_score(category, item, points=7, actor=people["juror"])
    contest.do_announce_winner(category, item, actor=None)
    page = client.get(en("campaigns:public_campaign", "izmir", drive.slug)).content.decode()
    assert "Gizli" in page and "Ayşe" not in page


# ---- entering a category --------------------------------------------------------------------------------------

def test_the_public_form_enters_a_category(client, drive, media_root):
    assert 'name="category"' not in client.get(en("campaigns:submit", "izmir", drive.slug)).content.decode()
    category = contest.do_add_category(drive, title="Gençler", actor=None)
    url = en("campaigns:submit", "izmir", drive.slug)
    assert 'name="category"' in client.get(url).content.decode()
    values = {"kind": "image", "title": "Komşum", "consent_publish": "on",
              "file": SimpleUploadedFile("p.png", image_bytes(300, 300))}
    assert client.post(url, {**values, "category": category.pk}).status_code == 200
    assert Submission.objects.get().category == category
    # Another campaign's category, or garbage: a clear message, nothing saved.
    response = client.post(url, {**values, "file": SimpleUploadedFile("p.png", image_bytes(300, 300)),
                                 "category": "abc"})
    assert response.status_code == 400 and Submission.objects.count() == 1


def test_do_submit_refuses_a_category_of_another_campaign_or_closed(drive, make_campaign, city, media_root):
    other = make_campaign(city["izmir"], slug="baska")
    foreign = ContestCategory.objects.create(campaign=other, title="Başka")
    with pytest.raises(SubmissionError):
        do_submit(drive, kind="text", title="Şiir", text="Birlikte", consent_publish=True, category=foreign)
    assert not Submission.objects.exists()


def test_the_staff_form_offers_the_categories(client, drive, people, media_root, make_member, city):
    category = contest.do_add_category(drive, title="Gençler", actor=None)
    client.force_login(people["district"])
    url = en("campaigns:submissions", "bornova", drive.pk)
    assert "Gençler" in client.get(url).content.decode()
    response = client.post(url, {"kind": "image", "title": "Bornova", "consent_publish": "on",
                                 "category": category.pk,
                                 "file": SimpleUploadedFile("p.png", image_bytes(300, 300))})
    assert response.status_code == 302
    assert Submission.objects.get().category == category
    assert JuryMember.objects.count() == 0
