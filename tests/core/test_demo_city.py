import pytest
from django.core.management import call_command

from birarada.core.models import AuditEvent, Membership, Organization, OrganizationKind, Role


def load(capsys):
    call_command("load_demo_city")
    return capsys.readouterr().out


def test_demo_city_has_the_expected_shape(db, capsys):
    out = load(capsys)
    izmir = Organization.objects.get(slug="izmir")
    assert izmir.kind == OrganizationKind.METROPOLITAN_MUNICIPALITY
    districts = izmir.children.all()
    assert districts.count() == 2 and all(d.kind == OrganizationKind.DISTRICT_MUNICIPALITY for d in districts)
    assert {r for r in Membership.objects.filter(organization=izmir).values_list("role", flat=True)} >= {
        Role.ADMIN, Role.COORDINATOR, Role.CASE_WORKER, Role.MODERATOR, Role.COMMUNICATIONS, Role.VIEWER
    }
    assert Organization.objects.filter(kind=OrganizationKind.NGO).count() >= 3
    # The İzmir demo city's own arts institution (the network demo adds others in other cities).
    assert Organization.objects.filter(kind=OrganizationKind.ARTS_INSTITUTION, city="İzmir").count() == 1
    assert "admin.izmir" in out and "password" in out


def test_loading_twice_duplicates_nothing_and_keeps_the_password(db, capsys):
    first = load(capsys)
    counts = (Organization.objects.count(), Membership.objects.count(), AuditEvent.objects.count())
    second = load(capsys)
    assert (Organization.objects.count(), Membership.objects.count(), AuditEvent.objects.count()) == counts
    assert first.splitlines()[-1] == second.splitlines()[-1]


def test_demo_password_is_random_per_installation(db, capsys, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    out = load(capsys)
    password = out.strip().splitlines()[-1].split(": ")[-1]
    assert len(password) >= 12
    assert (tmp_path / "demo-password").read_text().strip() == password
    assert password not in (settings.BASE_DIR / "birarada" / "settings.py").read_text()


def test_demo_city_has_a_living_queue_relative_to_today(db, capsys):
    from django.utils import timezone

    from birarada.incidents.models import Case

    load(capsys)
    cases = Case.objects.all()
    assert cases.count() == 56
    today = timezone.localdate()
    open_cases = cases.open()
    # Every state of handling is there, most deadlines ahead of today, a few past, some desks' own cases.
    assert set(open_cases.values_list("status", flat=True)) == {"received", "in_review", "in_progress", "referred"}
    assert open_cases.filter(due_on__gte=today).count() > 2 * open_cases.filter(due_on__lt=today).count() > 0
    assert open_cases.filter(assigned_to__isnull=False).exists()
    assert open_cases.filter(assigned_to__isnull=True).exists()
    assert cases.filter(organization__slug__in=["bornova", "karsiyaka"]).exists()
    assert cases.filter(messages__direction="from_reporter", messages__read_at__isnull=True).exists()
    assert cases.finished().count() > 40 and cases.countable().count() > 40
    load(capsys)
    assert Case.objects.count() == 56


def test_demo_city_replays_the_listening_and_training_sequence(db, capsys):
    from birarada.events.models import Event
    from birarada.needs.actions import group_counts
    from birarada.needs.models import FocusGroup, Recommendation
    from birarada.needs.report import group_line

    load(capsys)
    kinds = list(Event.objects.filter(organization__slug="izmir").values_list("kind", flat=True))
    assert kinds.count("focus_group") == 5 and kinds.count("training") == 3
    assert {"panel", "cso_meeting", "closing"} <= set(kinds)
    held = [e for e in Event.objects.filter(kind="training") if e.registrations.exclude(certificate_code="").exists()]
    assert len(held) == 2
    groups = list(FocusGroup.objects.all())
    assert all(group_counts(g)[0] >= 6 for g in groups)
    refugees = next(g for g in groups if g.event.slug == "odak-multeci")
    woman = next(c for row in group_line(refugees).rows for c in row.cells if c.category == "woman")
    assert woman.status == "under"
    assert Recommendation.objects.filter(status="in_plan", plan_action__isnull=False).count() == 1
    load(capsys)
    assert FocusGroup.objects.count() == 5


@pytest.fixture(autouse=True)
def _demo_media_in_tmp(settings, tmp_path):
    # The campaigns demo stores its toolkit and contributions: keep them out of the installation's media.
    settings.MEDIA_ROOT = tmp_path / "media"


def test_demo_city_has_a_campaign_behind_it_and_one_ahead(db, capsys):
    from birarada.campaigns import access, collage
    from birarada.campaigns.choices import CommentStatus, PostStatus, SubmissionStatus
    from birarada.campaigns.models import Campaign, Comment, Engagement, Post, Submission

    out = load(capsys)
    assert "refused on arrival" in out
    campaigns = Campaign.objects.filter(organization__slug="izmir")
    assert campaigns.count() == 2
    refugees = campaigns.get(day_key="refugee_day")
    assert refugees.the_day < refugees.ends_on and refugees.the_day.month == 6
    assert set(refugees.participants.values_list("slug", flat=True)) == {"bornova", "karsiyaka"}
    assert set(refugees.messages.values_list("language", flat=True)) >= {"tr", "en", "ar"}
    assert refugees.assets.count() == 3 and refugees.specs.count() == 3
    statuses = list(refugees.submissions.values_list("status", flat=True))
    assert statuses.count(SubmissionStatus.APPROVED) >= 12 and statuses.count(SubmissionStatus.REJECTED) >= 1
    assert statuses.count(SubmissionStatus.RECEIVED) == 2
    photos = access.gallery_of(refugees).filter(kind="image")
    assert collage.collage_png(refugees, list(photos)).startswith(b"\x89PNG")
    migrants = campaigns.get(day_key="migrants_day")
    assert migrants.the_day >= migrants.created_at.date() and not migrants.submissions.exists()
    assert migrants.phases.count() == 4 and migrants.messages.count() == 3
    posts = Post.objects.filter(campaign__organization__slug="izmir")
    assert set(posts.values_list("status", flat=True)) == set(PostStatus.values)
    assert any(p.flagged for p in posts.filter(status=PostStatus.DRAFT))
    assert not any(p.flagged for p in posts.exclude(status=PostStatus.DRAFT))
    comments = refugees.comments.all()
    hateful = comments.filter(engine_label="hateful")
    assert hateful.count() == 2 and all(c.analysis.get("explanation") for c in hateful)
    assert set(hateful.values_list("status", flat=True)) == {CommentStatus.REJECTED}
    assert comments.filter(status=CommentStatus.HELD).count() == 1
    counter = [c for c in comments.filter(status=CommentStatus.PUBLISHED)
               if any(s["kind"] == "counter_speech" for s in c.analysis.get("signals", []))]
    assert counter and not comments.filter(status=CommentStatus.PENDING).exists()
    assert Engagement.objects.filter(campaign=refugees).count() >= 8
    counts = (Campaign.objects.count(), Submission.objects.count(), Post.objects.count(), Comment.objects.count(),
              Engagement.objects.count())
    load(capsys)
    assert (Campaign.objects.count(), Submission.objects.count(), Post.objects.count(), Comment.objects.count(),
            Engagement.objects.count()) == counts
