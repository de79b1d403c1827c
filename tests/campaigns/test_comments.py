"""Comments under a campaign page: received pending and never shown before the engine screened them; hateful
held with the engine's explanation, counter-speech quoting hate published; the periodic task screens what a
worker restart left; moderators publish or reject, riskiest first; platform exports imported all or nothing."""

import json
from datetime import date, datetime, time, timedelta

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from birarada.campaigns import comments
from birarada.campaigns.models import Campaign, Comment
from birarada.campaigns.tasks import screen_comment, screen_comments, screen_waiting_comments
from birarada.core.models import AuditEvent, Role

# Realistic Turkish comments (the kind the Equality Unit's campaign for World Refugee Day receives).
HATEFUL = "Suriyeliler pis hayvanlar, hepsi defolup gitsin!"
COUNTER_SPEECH = "“Suriyeliler pis hayvanlar” diye yazanları şiddetle kınıyoruz. Bu nefret söylemidir."
OFFENSIVE = "Ne saçma bir kampanya, salaklar."
NEUTRAL = "Bu kampanyayı çok beğendim, emeği geçenlere teşekkürler."


def make_campaign(organization, slug="multeciler-gunu", **extra) -> Campaign:
    today = timezone.localdate()
    fields = {"title": "Dünya Mülteciler Günü", "the_day": today + timedelta(days=20), "starts_on": today,
              "ends_on": today + timedelta(days=30), "message": "Birlikte yaşıyoruz.", **extra}
    return Campaign.objects.create(organization=organization, slug=slug, **fields)


def make_comment(campaign, text, **fields) -> Comment:
    return Comment.objects.create(campaign=campaign, text=text, **fields)


def comment_url(campaign, lang="en") -> str:
    return f"/{lang}/campaigns/{campaign.organization.slug}/{campaign.slug}/comment/"


def public_partial(campaign) -> str:
    """The comments part of the public campaign page, as the page includes it."""
    request = RequestFactory().get("/en/")
    return render_to_string("campaigns/_comments.html", {"campaign": campaign}, request=request)


@pytest.fixture
def campaign(city):
    return make_campaign(city["izmir"])


@pytest.fixture
def moderator(city, make_member):
    return make_member("moderator", city["izmir"], Role.MODERATOR)


def screened(*texts, campaign):
    made = [make_comment(campaign, t) for t in texts]
    comments.do_screen_comments([c.pk for c in made])
    return [Comment.objects.get(pk=c.pk) for c in made]


# ---- receiving ----------------------------------------------------------------------------------------------

def test_a_comment_is_stored_pending_never_shown_and_its_screening_queued(
        client, campaign, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(comment_url(campaign), {"author": "Ayşe", "text": NEUTRAL, "leave_empty": ""})
    assert response.status_code == 200
    assert "appears under the campaign once it has been checked" in response.content.decode()
    stored = Comment.objects.get()
    assert (stored.status, stored.source, stored.author, stored.text) == ("pending", "page", "Ayşe", NEUTRAL)
    assert NEUTRAL not in public_partial(campaign)
    [queued] = DBTaskResult.objects.filter(task_path=screen_comment.module_path)
    assert queued.args_kwargs["args"] == [stored.pk]
    audit = AuditEvent.objects.get(verb="campaign.comment")
    assert audit.organization == campaign.organization and "Ayşe" not in json.dumps(audit.changes)
    # The queued task screens it; then it is shown, the name in <bdi>, the text in dir="auto".
    assert screen_comment.call(stored.pk) == 1
    page = public_partial(campaign)
    assert NEUTRAL in page and "<bdi>Ayşe</bdi>" in page and 'dir="auto"' in page


def test_the_public_campaign_page_shows_published_page_comments_only(client, campaign):
    make_comment(campaign, "Yayımlanmış yorum", author="Zeynep", status="published", screened_at=timezone.now())
    make_comment(campaign, "Bekleyen yorum")
    make_comment(campaign, "Tutulan yorum", status="held", screened_at=timezone.now())
    make_comment(campaign, "Instagram yorumu", source="instagram", status="published", screened_at=timezone.now())
    page = client.get(f"/en/campaigns/izmir/{campaign.slug}/").content.decode()
    assert "Yayımlanmış yorum" in page and "<bdi>Zeynep</bdi>" in page
    assert "Bekleyen yorum" not in page and "Tutulan yorum" not in page and "Instagram yorumu" not in page
    assert reverse("campaigns:comment", args=["izmir", campaign.slug]) in page


def test_the_public_form_posts_to_the_comment_address(campaign):
    page = public_partial(campaign)
    assert f'action="{reverse("campaigns:comment", args=["izmir", campaign.slug])}"' in page
    assert 'name="leave_empty"' in page and 'name="text"' in page


def test_bad_comments_are_refused_with_a_message_and_nothing_stored(client, campaign):
    response = client.post(comment_url(campaign), {"author": "", "text": "   "})
    assert response.status_code == 400 and "This field is required" in response.content.decode()
    response = client.post(comment_url(campaign), {"author": "x" * 81, "text": "a" * 2001})
    page = response.content.decode()
    assert response.status_code == 400
    assert "at most 2000 characters" in page and "at most 80 characters" in page
    assert not Comment.objects.exists()


def test_the_honeypot_stores_nothing(client, campaign):
    response = client.post(comment_url(campaign), {"text": NEUTRAL, "leave_empty": "http://spam.example"})
    assert response.status_code == 200 and not Comment.objects.exists()


def test_no_comment_on_a_campaign_that_is_not_public(client, city):
    hidden = make_campaign(city["izmir"], slug="taslak", is_public=False)
    assert client.post(comment_url(hidden), {"text": NEUTRAL}).status_code == 404
    assert client.get(comment_url(make_campaign(city["izmir"]))).status_code == 405
    assert not Comment.objects.exists()


def test_comments_are_rate_limited_per_client(client, campaign, settings):
    settings.CAMPAIGNS_COMMENTS_PER_HOUR = 2
    answers = [client.post(comment_url(campaign), {"text": f"{NEUTRAL} {n}"}).status_code for n in range(3)]
    assert answers == [200, 200, 429]
    assert Comment.objects.count() == 2
    # Another client (another address) may still comment.
    assert client.post(comment_url(campaign), {"text": NEUTRAL}, REMOTE_ADDR="10.1.2.3").status_code == 200


# ---- screening ----------------------------------------------------------------------------------------------

def test_hateful_is_held_with_the_explanation_and_counter_speech_quoting_it_is_published(campaign):
    hateful, counter, neutral = screened(HATEFUL, COUNTER_SPEECH, NEUTRAL, campaign=campaign)
    assert (hateful.status, hateful.engine_label) == ("held", "hateful")
    assert hateful.risk == hateful.analysis["scores"]["hateful"] >= 0.9
    assert "Suriyeliler" in hateful.analysis["explanation"]
    assert hateful.analysis["targets"] == [{"ground": "migration", "text": "Suriyeliler", "start": 0, "end": 11}]
    assert hateful.screened_at is not None
    # The engine recognises that the second one condemns the hate it quotes.
    assert (counter.status, counter.engine_label) == ("published", "none")
    assert "counter_speech" in {s["kind"] for s in counter.analysis["signals"]}
    assert counter.risk < 0.5
    assert (neutral.status, neutral.engine_label) == ("published", "none")
    page = public_partial(campaign)
    assert "şiddetle kınıyoruz" in page and "teşekkürler" in page and "hepsi defolup gitsin" not in page
    # One audit row for the batch, with counts only.
    [audit] = AuditEvent.objects.filter(verb="campaign.comment_screen")
    assert audit.changes == {"screened": 3, "published": 2, "held": 1, "campaigns": [campaign.pk]}
    assert audit.organization == campaign.organization


def test_offensive_comments_follow_the_campaign_setting(city):
    holding = make_campaign(city["izmir"], slug="tutan", hold_offensive=True)
    open_ = make_campaign(city["izmir"], slug="acik", hold_offensive=False)
    [held] = screened(OFFENSIVE, campaign=holding)
    [published] = screened(OFFENSIVE, campaign=open_)
    assert (held.engine_label, held.status) == ("offensive", "held")
    assert (published.engine_label, published.status) == ("offensive", "published")
    # Hateful is held whatever the setting.
    [hateful] = screened(HATEFUL, campaign=open_)
    assert hateful.status == "held"


def test_screening_twice_changes_nothing(campaign, moderator):
    [comment] = screened(HATEFUL, campaign=campaign)
    comments.do_decide_comment(comment, "reject", actor=moderator)
    assert comments.do_screen_comments([comment.pk])["screened"] == 0
    assert Comment.objects.get(pk=comment.pk).status == "rejected"


def test_one_task_screens_the_other_waiting_comments_of_its_campaign(campaign, city):
    first, second = make_comment(campaign, NEUTRAL), make_comment(campaign, HATEFUL)
    elsewhere = make_comment(make_campaign(city["elsewhere"]), NEUTRAL)
    assert screen_comment.call(first.pk) == 2
    assert Comment.objects.get(pk=second.pk).status == "held"
    assert Comment.objects.get(pk=elsewhere.pk).status == "pending"
    assert screen_comment.call(second.pk) == 0  # its own task finds it done
    assert screen_comment.call(999_999) == 0


def test_the_periodic_task_screens_what_a_worker_restart_left(campaign, city):
    old = [make_comment(campaign, HATEFUL), make_comment(campaign, NEUTRAL),
           make_comment(make_campaign(city["bornova"], slug="b"), COUNTER_SPEECH)]
    Comment.objects.filter(pk__in=[c.pk for c in old]).update(created_at=timezone.now() - timedelta(minutes=30))
    fresh = make_comment(campaign, NEUTRAL)  # its own task is still on its way
    assert screen_waiting_comments.call() == 3
    assert dict(Comment.objects.filter(pk__in=[c.pk for c in old]).values_list("text", "status")) == {
        HATEFUL: "held", NEUTRAL: "published", COUNTER_SPEECH: "published"}
    assert Comment.objects.get(pk=fresh.pk).status == "pending"
    # One audit row per campaign's batch, in its own organization's log; and the next run is scheduled.
    assert sorted(AuditEvent.objects.filter(verb="campaign.comment_screen")
                  .values_list("organization__slug", flat=True)) == ["bornova", "izmir"]
    [following] = DBTaskResult.objects.filter(task_path=screen_waiting_comments.module_path, status="READY")
    assert following.run_after > timezone.now() + timedelta(minutes=9)


def test_nothing_is_published_without_screening(campaign):
    make_comment(campaign, NEUTRAL)
    assert not Comment.objects.filter(status="published", screened_at__isnull=True).exists()
    assert NEUTRAL not in public_partial(campaign)


# ---- moderation ---------------------------------------------------------------------------------------------

def moderation_url(slug="izmir") -> str:
    return reverse("campaigns:moderation", args=[slug])


def decide_url(comment, decision, slug="izmir") -> str:
    return reverse("campaigns:decide_comment", args=[slug, comment.pk, decision])


def test_publish_and_reject_are_audited(client, campaign, moderator):
    first, second = screened(HATEFUL, "Göçmenler suçlu, hepsi sınır dışı edilmeli.", campaign=campaign)
    client.force_login(moderator)
    assert client.post(decide_url(first, "publish")).status_code == 302
    assert client.post(decide_url(second, "reject")).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.decided_by, second.status) == ("published", moderator, "rejected")
    assert first.decided_at is not None
    audits = list(AuditEvent.objects.filter(verb="campaign.comment_decide").order_by("pk"))
    assert [(a.actor, a.changes["decision"], a.target_id) for a in audits] == [
        (moderator, "publish", str(first.pk)), (moderator, "reject", str(second.pk))]
    assert all(first.text not in json.dumps(a.changes) for a in audits)
    # A decided comment cannot be decided again; an unknown decision is not an address.
    response = client.post(decide_url(first, "reject"), follow=True)
    assert "not waiting for a decision" in response.content.decode()
    assert Comment.objects.get(pk=first.pk).status == "published"
    assert client.post(decide_url(second, "delete")).status_code == 404
    assert AuditEvent.objects.filter(verb="campaign.comment_decide").count() == 2


def test_the_queue_shows_held_comments_riskiest_first(client, campaign, moderator, city):
    for text, risk in (("orta risk", 0.5), ("en yüksek risk", 0.97), ("düşük risk", 0.3)):
        make_comment(campaign, text, status="held", risk=risk, engine_label="hateful",
                     analysis={"lang": "tr", "label": "hateful", "targets": [{"text": text, "ground": "migration"}],
                               "types": ["exclusion"], "signals": [], "explanation": f"açıklama {text}"})
    make_comment(campaign, "yayımlanmış", status="published")
    make_comment(make_campaign(city["elsewhere"]), "başka kurum", status="held", risk=0.99)
    client.force_login(moderator)
    page = client.get(moderation_url()).content.decode()
    positions = [page.index(t) for t in ("en yüksek risk", "orta risk", "düşük risk")]
    assert positions == sorted(positions)
    # The engine's reason in the page's language (English here), not the Turkish it was stored in.
    assert "Hateful: targets en yüksek risk (migration) — exclusion." in page and "açıklama" not in page
    assert "yayımlanmış" not in page and "başka kurum" not in page


def test_highlighting_marks_the_targets_and_escapes_the_comment(client, campaign, moderator):
    [comment] = screened("<script>alert(1)</script> Suriyeliler pis hayvanlar, defolsunlar!", campaign=campaign)
    assert comment.status == "held"
    client.force_login(moderator)
    page = client.get(moderation_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Suriyeliler</mark> pis hayvanlar" in page
    assert "<script>alert(1)" not in page


def test_highlighting_is_safe_with_odd_spans():
    text = "a<b>Kürtler & c"
    analysis = {"targets": [{"start": 4, "end": 11}, {"start": 2, "end": 6}, {"start": 90, "end": 99},
                            {"start": "x", "end": 3}]}
    assert str(comments.highlighted(text, analysis)) == "a&lt;<mark>b&gt;Kürtler</mark> &amp; c"


def test_published_comments_are_escaped_on_the_public_page(campaign):
    make_comment(campaign, "<b>kalın</b> & <img src=x onerror=alert(1)>", author="<i>Ali</i>",
                 status="published", screened_at=timezone.now())
    page = public_partial(campaign)
    assert "&lt;b&gt;kalın&lt;/b&gt; &amp; &lt;img" in page and "<bdi>&lt;i&gt;Ali&lt;/i&gt;</bdi>" in page
    assert "<img src=x" not in page


def test_the_moderation_load_per_day(campaign):
    today = timezone.localdate()
    rows = [  # (days ago, status, minutes to decision)
        (0, "published", None), (0, "held", None), (0, "rejected", 30), (0, "published", 10),
        (2, "published", None), (2, "rejected", 90), (40, "held", None)]
    for days_ago, status, minutes in rows:
        made = make_comment(campaign, "x", status=status)
        created = timezone.make_aware(datetime.combine(today - timedelta(days=days_ago), time(0, 1)))
        Comment.objects.filter(pk=made.pk).update(
            created_at=created, decided_at=created + timedelta(minutes=minutes) if minutes else None)
    load = comments.moderation_load(Comment.objects.all(), today=today)
    assert len(load) == 30 and load[-1].day == today
    today, two_days_ago = load[-1], load[-3]
    assert (today.received, today.held, today.decided, today.median_minutes) == (4, 3, 2, 20.0)
    assert (two_days_ago.received, two_days_ago.held, two_days_ago.median_minutes) == (2, 1, 90.0)
    assert sum(d.received for d in load) == 6  # 40 days ago is outside


def test_the_moderation_page_draws_the_load_with_a_table(client, campaign, moderator):
    screened(HATEFUL, NEUTRAL, COUNTER_SPEECH, campaign=campaign)
    client.force_login(moderator)
    page = client.get(moderation_url()).content.decode()
    assert 'id="load-chart"' in page and "<svg" in page and "<table" in page
    assert "Held for review: 1 comment" in page


# ---- import -------------------------------------------------------------------------------------------------

def import_url(slug="izmir") -> str:
    return reverse("campaigns:comment_import", args=[slug])


def upload(name, content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="text/csv")


def post_import(client, campaign, name, content, **extra):
    return client.post(import_url(), {"campaign": campaign.pk, "platform": "instagram", "file": upload(name, content),
                                      "text_column": "text", "author_column": "author", **extra})


def test_import_a_csv_export_screened_and_never_shown_publicly(
        client, campaign, moderator, django_capture_on_commit_callbacks):
    content = ("text;author;likes\n"
               f"{NEUTRAL};@ayse;4\n{HATEFUL};@troll;12\n{COUNTER_SPEECH};@stk;30\n").encode("cp1254")
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_import(client, campaign, "instagram.csv", content)
    assert response.status_code == 302
    assert list(Comment.objects.order_by("pk").values_list("source", "author", "status")) == [
        ("instagram", "@ayse", "pending"), ("instagram", "@troll", "pending"), ("instagram", "@stk", "pending")]
    [queued] = DBTaskResult.objects.filter(task_path=screen_comments.module_path)
    assert screen_comments.call(*queued.args_kwargs["args"]) == 3
    assert dict(Comment.objects.values_list("author", "status")) == {
        "@ayse": "published", "@troll": "held", "@stk": "published"}
    # Published or not, imported comments are never shown on the campaign page; the held one is in the queue.
    assert "teşekkürler" not in public_partial(campaign)
    page = client.get(moderation_url()).content.decode()
    assert "hepsi defolup gitsin" in page and "instagram" in page
    audit = AuditEvent.objects.get(verb="campaign.comment_import")
    assert audit.changes == {"platform": "instagram", "comments": 3}


def test_import_jsonl_with_another_column_name(client, campaign, moderator):
    lines = [json.dumps({"message": NEUTRAL, "from": "a"}), "", json.dumps({"message": OFFENSIVE})]
    client.force_login(moderator)
    response = post_import(client, campaign, "yorumlar.jsonl", "\n".join(lines).encode(), text_column="message",
                           author_column="from")
    assert response.status_code == 302
    assert sorted(Comment.objects.values_list("text", "author")) == sorted([(NEUTRAL, "a"), (OFFENSIVE, "")])


def test_an_import_with_bad_rows_imports_nothing_and_says_which(client, campaign, moderator):
    content = f"text,author\n{NEUTRAL},a\n,b\n{'y' * 2001},c\n".encode()
    client.force_login(moderator)
    response = post_import(client, campaign, "export.csv", content)
    page = response.content.decode()
    assert response.status_code == 400
    assert "Nothing was imported" in page and "Row 3: the comment is empty" in page
    assert "Row 4: the comment is longer than 2000 characters" in page
    assert not Comment.objects.exists() and not AuditEvent.objects.filter(verb="campaign.comment_import").exists()


@pytest.mark.parametrize("name,content,message", [
    ("export.csv", b"yorum,kim\nmerhaba,a\n", "no column \u201ctext\u201d in the file. Its columns are: yorum, kim"),
    ("export.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "does not contain plain text"),
    ("export.jsonl", b'{"text": "a"}\n[1, 2]\n', "Line 2 is not a JSON object"),
    ("export.csv", b"text\n", "The file has no rows"),
])
def test_unreadable_exports_are_refused_with_a_message(client, campaign, moderator, name, content, message):
    client.force_login(moderator)
    response = post_import(client, campaign, name, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()


def test_an_import_over_the_limits_is_refused(client, campaign, moderator, monkeypatch):
    monkeypatch.setattr(comments, "MAX_IMPORT_ROWS", 3)
    client.force_login(moderator)
    response = post_import(client, campaign, "export.csv", b"text\n" + b"merhaba\n" * 4)
    assert response.status_code == 400 and "The file has 4 rows; at most 3" in response.content.decode()
    monkeypatch.setattr(comments, "MAX_IMPORT_BYTES", 100)
    response = post_import(client, campaign, "export.csv", b"text\n" + b"merhaba\n" * 20)
    assert response.status_code == 400 and "larger than" in response.content.decode()
    assert not Comment.objects.exists()


def test_comments_are_imported_only_into_the_organizations_own_campaigns(client, campaign, moderator, city):
    foreign = make_campaign(city["elsewhere"], slug="baska")
    client.force_login(moderator)
    response = post_import(client, foreign, "export.csv", b"text\nmerhaba\n")
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()
    assert not Comment.objects.exists()


def test_the_import_page_lists_only_campaigns_the_organization_leads(client, campaign, moderator, city):
    make_campaign(city["elsewhere"], slug="baska", title="Başka kentin kampanyası")
    client.force_login(moderator)
    page = client.get(import_url()).content.decode()
    assert "Dünya Mülteciler Günü" in page and "Başka kentin kampanyası" not in page


def test_the_load_counts_days_in_local_time(campaign):
    assert comments.moderation_load(Comment.objects.all(), days=7, today=date(2026, 6, 20))[0].day == date(2026, 6, 14)
