"""The public side: the public campaigns, each campaign's page (its message in the reader's language, the
countdown to the day, the phases, the toolkit to download, the organizations taking part) and the profile frame
applied to a resident's photo (sent back, nothing stored)."""

from __future__ import annotations

import json
from datetime import date

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from birarada.campaigns import actions, toolkit
from birarada.campaigns.access import public_campaign as find_public_campaign
from birarada.campaigns.access import public_campaigns as find_public_campaigns
from birarada.campaigns.choices import AssetKind
from birarada.campaigns.forms import FrameForm
from birarada.campaigns.models import Campaign, CampaignMessage
from birarada.campaigns.views.downloads import asset_response, zip_response
from birarada.core import ratelimit
from birarada.core.collation import sorted_turkish

# A number of each plural category (CLDR), for the countdown's script to choose the right form when the date
# changes while the page is open: gettext's plural formulas of tr, en and ar follow the same categories.
PLURAL_SAMPLES = {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100}


def countdown(the_day: date, today: date) -> str:
    """"N days to go", "Today is the day" or "The day was N days ago", translated with plurals."""
    days = (the_day - today).days
    if days > 0:
        return ngettext("%(n)s day to go", "%(n)s days to go", days) % {"n": days}
    if days == 0:
        return _("Today is the day")
    return ngettext("The day was %(n)s day ago", "The day was %(n)s days ago", -days) % {"n": -days}


def countdown_labels() -> str:
    """The countdown's words for the script, as JSON: {"future": {category: "… {n} …"}, "past": …, "today": …}."""
    return json.dumps({
        "future": {category: ngettext("%(n)s day to go", "%(n)s days to go", n) % {"n": "{n}"}
                   for category, n in PLURAL_SAMPLES.items()},
        "past": {category: ngettext("The day was %(n)s day ago", "The day was %(n)s days ago", n) % {"n": "{n}"}
                 for category, n in PLURAL_SAMPLES.items()},
        "today": _("Today is the day"),
    }, ensure_ascii=False)


def message_for(campaign: Campaign, organization_id: int, language: str,
                messages: list[CampaignMessage]) -> CampaignMessage | None:
    """The organization's message in `language`, else in Turkish; None when it wrote neither."""
    own = [m for m in messages if m.organization_id == organization_id]
    return (next((m for m in own if m.language == language), None)
            or next((m for m in own if m.language == "tr"), None))


@require_GET
def public_campaigns(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    rows = list(find_public_campaigns().filter(ends_on__gte=today).order_by("the_day", "pk")[:100])
    past = list(find_public_campaigns().filter(ends_on__lt=today).order_by("-the_day", "-pk")[:50])
    for row in rows + past:
        row.countdown = countdown(row.the_day, today)  # type: ignore[attr-defined]
    return render(request, "campaigns/public_campaigns.html", {"campaigns": rows, "past": past})


def _frame_asset(campaign: Campaign):
    return campaign.assets.filter(kind=AssetKind.PROFILE_FRAME, content_type=toolkit.PNG.content_type).first()


@require_GET
def public_campaign(request: HttpRequest, organization: str, campaign_slug: str) -> HttpResponse:
    found = find_public_campaign(organization, campaign_slug)
    language = getattr(request, "LANGUAGE_CODE", "tr")
    today = timezone.localdate()
    all_messages = list(found.messages.all())
    lead_message = message_for(found, found.organization_id, language, all_messages)
    participants = sorted_turkish(found.participants.all(), key=lambda o: o.name)
    adaptations = [(o, message_for(found, o.pk, language, all_messages)) for o in participants]
    phases = list(found.phases.all())
    current = next((p for p in phases if p.starts_on <= today <= p.ends_on), None)
    return render(request, "campaigns/public_campaign.html", {
        "campaign": found, "message": lead_message, "adaptations": adaptations, "phases": phases,
        "current_phase": current, "assets": list(found.assets.all()), "frame": _frame_asset(found),
        "countdown": countdown(found.the_day, today), "countdown_labels": countdown_labels(),
        "frame_form": FrameForm(), "language_names": dict(actions.languages())})


@require_GET
def public_asset(request: HttpRequest, organization: str, campaign_slug: str, asset_id: int) -> FileResponse:

    found = find_public_campaign(organization, campaign_slug)
    item = found.assets.select_related("campaign").filter(pk=asset_id).first()
    if item is None:
        raise Http404
    return asset_response(item)


@require_GET
def public_toolkit_zip(request: HttpRequest, organization: str, campaign_slug: str) -> HttpResponse:

    return zip_response(find_public_campaign(organization, campaign_slug))


@never_cache
@require_http_methods(["GET", "POST"])
def frame(request: HttpRequest, organization: str, campaign_slug: str) -> HttpResponse:
    """A resident's photo under the campaign's profile frame, sent back as a PNG; nothing is stored."""
    found = find_public_campaign(organization, campaign_slug)
    overlay = _frame_asset(found)
    if overlay is None:
        raise Http404
    form = FrameForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not ratelimit.allow(request, "campaign-frame", limit=20, window_seconds=3600):
            return render(request, "core/too_many.html", status=429)
        if form.is_valid():
            try:
                framed = toolkit.frame_photo(form.cleaned_data["photo"], overlay)
            except actions.CampaignError as error:
                form.add_error("photo", str(error))
            else:
                response = HttpResponse(framed, content_type="image/png")
                response["Content-Disposition"] = f'attachment; filename="{found.slug}-frame.png"'
                response["Cache-Control"] = "no-store"
                return response
    return render(request, "campaigns/frame.html", {"campaign": found, "frame": overlay, "form": form},
                  status=400 if form.errors else 200)


P = "campaigns/<slug:organization>/<slug:campaign_slug>/"

urlpatterns = [
    path("campaigns/", public_campaigns, name="public_campaigns"),
    path(P, public_campaign, name="public_campaign"),
    path(P + "toolkit.zip", public_toolkit_zip, name="public_toolkit_zip"),
    path(P + "toolkit/<int:asset_id>/", public_asset, name="public_asset"),
    path(P + "frame/", frame, name="frame"),
]
