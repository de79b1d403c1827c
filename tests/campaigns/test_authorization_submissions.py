"""Who may open the curation list, decide on a contribution and see its file: the lead organization's own
campaign managers (administrators, coordinators, communications officers); everyone else gets 404."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from birarada.campaigns.models import Campaign, Submission
from birarada.campaigns.submissions import do_submit
from tests import authz
from tests.campaigns.conftest import image_bytes

MANAGE = {"admin", "coordinator", "communications"}


class TestSubmissionsMatrix(authz.Matrix):
    namespace = "campaigns"
    # The three parts of the module each declare their own views; the lead merges the matrices, so the check
    # that every workspace view of the namespace is declared is left to the merged one.
    test_every_workspace_view_is_declared = None
    views = [
        authz.View("submissions", "campaigns:submissions", MANAGE, objects=("campaign",)),
        authz.View("curate", "campaigns:curate", MANAGE, method="post", objects=("campaign", "submission"),
                   data={"decision": "reject", "reason": "Bulanık"}),
        authz.View("submission_file", "campaigns:submission_file", MANAGE, objects=("campaign", "submission")),
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
            item = do_submit(campaign, kind="image", title="Fotoğraf",
                             upload=SimpleUploadedFile("p.png", image_bytes(300, 300)), submitter_name="Ayşe",
                             consent_publish=True, language="tr")
            found[slug] = {"campaign": campaign.pk, "submission": item.pk}
        return found

    def state(self, organization):
        return sorted(Submission.objects.filter(campaign__organization=organization).values_list(
            "pk", "status", "reason"))
