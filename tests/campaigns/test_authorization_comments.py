"""Campaign comments (moderation queue, decisions, import) × every role × own / other organization / oversight /
anonymous, through the shared matrix helper. The lead merges the three parts' matrices: until then this class
checks only its own views (``test_every_workspace_view_is_declared`` is switched off here)."""

import pytest

from birarada.campaigns.models import Comment
from tests import authz
from tests.campaigns.test_comments import make_campaign, make_comment

MODERATORS = {"admin", "coordinator", "communications", "moderator"}


class TestCampaignCommentsMatrix(authz.Matrix):
    namespace = "campaigns"
    test_every_workspace_view_is_declared = None  # the merged matrix checks every view of the namespace
    views = [
        authz.View("moderation", "campaigns:moderation", MODERATORS),
        authz.View("publish", "campaigns:decide_comment", MODERATORS, method="post", objects=("comment",),
                   extra=("publish",)),
        authz.View("reject", "campaigns:decide_comment", MODERATORS, method="post", objects=("comment",),
                   extra=("reject",)),
        authz.View("import_form", "campaigns:comment_import", MODERATORS),
        # An upload without a file: allowed roles reach the form, which refuses it (400); nothing is stored.
        authz.View("import", "campaigns:comment_import", MODERATORS, method="post", data={"platform": "x"},
                   ok=(400,)),
    ]

    @pytest.fixture
    def objects(self, city):
        found = {}
        for slug in authz.ORGANIZATIONS:
            campaign = make_campaign(city[slug])
            held = make_comment(campaign, "Suriyeliler pis hayvanlar", status="held", risk=0.95,
                                engine_label="hateful")
            found[slug] = {"comment": held.pk}
        return found

    def state(self, organization):
        return sorted(Comment.objects.filter(campaign__organization=organization)
                      .values_list("pk", "status", "decided_at"))
