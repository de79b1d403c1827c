"""The editorial calendar and the impact page × every role × own / other organization / oversight /
anonymous (the shared matrix)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from birarada.campaigns.models import Engagement, Post
from tests import authz

MANAGERS = {"admin", "coordinator", "communications"}
READERS = {"admin", "coordinator", "communications", "moderator", "case_worker", "viewer", "partner"}


class TestCampaignPostsMatrix(authz.Matrix):
    namespace = "campaigns"
    test_every_workspace_view_is_declared = None  # the merged matrix checks every view of the namespace
    views = [
        authz.View("calendar", "campaigns:posts", READERS, objects=("campaign",), oversight=True),
        authz.View("plan", "campaigns:posts", MANAGERS, method="post", objects=("campaign",),
                   data=lambda objects: {"channel": "x", "planned_at": "2030-06-10T10:00",
                                         "text_tr": "Dünya Mülteci Günü kutlu olsun!"}),
        authz.View("post", "campaigns:post", READERS, objects=("campaign", "post"), oversight=True),
        authz.View("send", "campaigns:post_move", MANAGERS, method="post", objects=("campaign", "post"),
                   extra=("for_approval",)),
        authz.View("impact", "campaigns:impact", READERS, objects=("campaign",), oversight=True),
        # An import without a file: allowed roles reach the form, which refuses it (400); nothing is stored.
        authz.View("import", "campaigns:impact", MANAGERS, method="post", objects=("campaign",), ok=(400,)),
    ]

    @pytest.fixture
    def objects(self, city, make_campaign):
        from birarada.campaigns import posts

        found = {}
        for slug in authz.ORGANIZATIONS:
            campaign = make_campaign(city[slug])
            post = posts.do_plan_post(campaign, city[slug], channel="website", actor=None,
                                      planned_at=timezone.now() + timedelta(days=3), texts={"tr": "Merhaba"})
            found[slug] = {"campaign": campaign.pk, "post": post.pk}
        return found

    def state(self, organization):
        return (sorted(Post.objects.filter(organization=organization).values_list("pk", "status", "channel")),
                Engagement.objects.filter(organization=organization).count())
