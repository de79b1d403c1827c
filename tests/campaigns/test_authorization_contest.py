"""Who may open a campaign's contest, change it, score and see an entry's file: the lead organization's own
campaign managers (administrators, coordinators, communications officers) manage it; scoring is for the jury
only (nobody is on the jury here, so every role gets 404; jurors are tested in test_contest.py)."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from birarada.campaigns.models import Campaign, ContestCategory, JuryMember, Score
from birarada.campaigns.submissions import do_curate, do_submit
from tests import authz
from tests.campaigns.conftest import image_bytes

MANAGE = {"admin", "coordinator", "communications"}


class TestContestMatrix(authz.Matrix):
    namespace = "campaigns"
    # Each part of the module declares its own views; the merged test checks that together they cover all.
    test_every_workspace_view_is_declared = None
    views = [
        authz.View("contest", "campaigns:contest", MANAGE, objects=("campaign",)),
        authz.View("contest_manage", "campaigns:contest_manage", MANAGE, method="post", objects=("campaign",),
                   data={"action": "category", "title": "Gençler"}),
        authz.View("contest_score", "campaigns:contest_score", set(), method="post",
                   objects=("campaign", "category", "submission"), data={"points": "7", "note": "İyi"}),
        authz.View("contest_file", "campaigns:contest_file", MANAGE, objects=("campaign", "submission")),
    ]

    @pytest.fixture
    def objects(self, city, settings, tmp_path):
        settings.MEDIA_ROOT = tmp_path / "media"
        today = timezone.localdate()
        found = {}
        for slug in authz.ORGANIZATIONS:
            campaign = Campaign.objects.create(
                organization=city[slug], slug=f"kampanya-{slug}", title=f"Kampanya {slug}", the_day=today,
                starts_on=today - timedelta(days=5), ends_on=today + timedelta(days=5), message="Birlikte.")
            category = ContestCategory.objects.create(campaign=campaign, title="Fotoğraf")
            item = do_submit(campaign, kind="image", title="Fotoğraf",
                             upload=SimpleUploadedFile("p.png", image_bytes(300, 300)), submitter_name="Ayşe",
                             consent_publish=True, language="tr", category=category)
            do_curate(item, approve=True, actor=None)
            found[slug] = {"campaign": campaign.pk, "category": category.pk, "submission": item.pk}
        return found

    def state(self, organization):
        return (sorted(ContestCategory.objects.filter(campaign__organization=organization).values_list(
                    "pk", "title", "winner", "announced_at")),
                sorted(JuryMember.objects.filter(campaign__organization=organization).values_list("pk", "user")),
                sorted(Score.objects.filter(category__campaign__organization=organization).values_list(
                    "pk", "points", "note")))
