"""The authorization matrix of the campaigns' own staff views (campaigns, phases, checklists, messages, toolkit,
formats). The submissions' and comments' views have their own matrices; the lead merges them, so the check that
every workspace view of the namespace is declared is left to the merged matrix."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from birarada.campaigns import actions
from birarada.campaigns.models import Campaign, ChecklistItem
from birarada.core.models import Organization
from tests import authz
from tests.campaigns.conftest import png_bytes

EVERYONE = set(authz.ALL_ROLES)
MANAGERS = {"admin", "coordinator", "communications"}


def _day():
    return timezone.localdate() + timedelta(days=30)


def create_data(objects):
    return {"title": "Yeni", "slug": "yeni", "day_key": "", "the_day": _day().isoformat(), "message": "Mesaj"}


def details_data(objects):
    day = _day()
    return {"title": "Başka başlık", "the_day": day.isoformat(), "starts_on": (day - timedelta(days=40)).isoformat(),
            "ends_on": (day + timedelta(days=10)).isoformat(), "message": "Yeni mesaj", "hashtags": "#Yeni"}


def phase_data(objects):
    day = _day()
    return {"phase": objects["phase"], "starts_on": (day - timedelta(days=20)).isoformat(),
            "ends_on": (day - timedelta(days=1)).isoformat()}


def asset_data(objects):
    return {"kind": "banner", "title": "Afiş", "file": SimpleUploadedFile("afis.png", png_bytes(), "image/png")}


def change(what, data, roles=MANAGERS, ok=(302,)):
    return authz.View(f"change-{what}", "campaigns:campaign_change", roles, method="post", data=data,
                      objects=("campaign",), extra=(what,), ok=ok)


class TestCampaignsMatrix(authz.Matrix):
    namespace = "campaigns"
    # Checked on the merged matrix of the three parts of the module (see the module docstring).
    test_every_workspace_view_is_declared = None
    views = [
        authz.View("campaigns", "campaigns:campaigns", EVERYONE, oversight=True),
        authz.View("create", "campaigns:campaigns", MANAGERS, method="post", data=create_data, ok=(302,)),
        authz.View("campaign", "campaigns:campaign", EVERYONE, objects=("campaign",), oversight=True),
        authz.View("asset", "campaigns:asset", EVERYONE, objects=("campaign", "asset"), oversight=True),
        authz.View("toolkit-zip", "campaigns:toolkit_zip", EVERYONE, objects=("campaign",), oversight=True),
        change("details", details_data),
        change("phase", phase_data),
        change("task", lambda o: {"phase": o["phase"], "text": "Yeni görev"}),
        change("tick", lambda o: {"item": o["item"], "done": "1"}),
        change("message", {"language": "en", "text": "Together"}),
        change("join", lambda o: {"organization": o["partner"]}),
        change("asset", asset_data),
        change("asset-remove", lambda o: {"asset": o["asset"]}),
        change("spec", {"kind": "text", "spec-text-kind": "text", "spec-text-max_characters": "280"}),
    ]

    @pytest.fixture
    def objects(self, city, campaign_media):
        partner = Organization.objects.create(slug="partner", name="Partner City", uses_platform=True)
        found = {}
        for slug in authz.ORGANIZATIONS:
            day = _day()
            campaign = actions.do_create_campaign(city[slug], slug="kampanya", title="Kampanya", message="Mesaj",
                                                  the_day=day, starts_on=day - timedelta(days=60),
                                                  ends_on=day + timedelta(days=14), actor=None)
            asset = actions.do_add_asset(campaign, kind="banner", title="Afiş", actor=None,
                                         upload=SimpleUploadedFile("a.png", png_bytes(), "image/png"))
            found[slug] = {"campaign": campaign.pk, "asset": asset.pk, "partner": partner.pk,
                           "phase": campaign.phases.get(kind="teaser").pk,
                           "item": ChecklistItem.objects.filter(phase__campaign=campaign).first().pk}
        return found

    def state(self, organization):
        campaigns = Campaign.objects.filter(organization=organization).order_by("pk")
        return [(c.title, c.message, c.hashtags, c.is_public,
                 sorted(c.phases.values_list("kind", "starts_on", "ends_on")),
                 sorted(ChecklistItem.objects.filter(phase__campaign=c).values_list("pk", "text", "done_at")),
                 sorted(c.messages.values_list("organization", "language", "text")),
                 sorted(c.participants.values_list("pk", flat=True)),
                 sorted(c.assets.values_list("pk", flat=True)),
                 sorted(c.specs.values_list("kind", "max_characters"))) for c in campaigns]
