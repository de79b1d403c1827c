"""The unit's side: the next international days and its campaigns; one campaign with its phases, checklists
(each organization ticks its own), messages per language (the lead's, and each city's adaptation), the
organizations taking part, the toolkit and the submission formats."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, register_converter
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.campaigns import actions, days
from birarada.campaigns.access import (
    access_campaign_by_id,
    campaigns_visible_to,
    contributions_by_organization,
    invitation_for,
    leads,
)
from birarada.campaigns.choices import MediaKind
from birarada.campaigns.contest import is_juror
from birarada.campaigns.forms import (
    AssetForm,
    CampaignChangeForm,
    CampaignForm,
    ChecklistItemForm,
    JoinForm,
    MessageForm,
    PhaseForm,
    SpecForm,
)
from birarada.campaigns.invitations import do_answer_invitation, do_invite_organization, pending_invitations
from birarada.campaigns.models import Campaign, ChecklistItem
from birarada.campaigns.module import MANAGE_CAMPAIGNS, VIEW_CAMPAIGNS
from birarada.campaigns.views.downloads import asset_response, zip_response
from birarada.campaigns.views.public import countdown
from birarada.core.access import Workspace, access_workspace_by_slug, as_id
from birarada.core.collation import sorted_turkish
from birarada.core.models import Organization
from birarada.core.types import AuthenticatedHttpRequest


class ChangeConverter:
    """The changes `campaign_change` takes, spelled out so the other parts' addresses under a campaign
    (submissions/, comments/…) are never taken for one."""

    regex = "details|phase|task|tick|message|join|asset|asset-remove|spec"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ChangeConverter, "campaign_change")


def _progress(campaign_ids: list[int], organization: Organization) -> dict[int, tuple[int, int]]:
    """{campaign id: (tasks done, tasks)} of `organization`'s checklists."""
    rows = (ChecklistItem.objects.filter(phase__campaign__in=campaign_ids, organization=organization)
            .values("phase__campaign").annotate(total=Count("pk"), done=Count("pk", filter=Q(done_at__isnull=False))))
    return {row["phase__campaign"]: (row["done"], row["total"]) for row in rows}


def _can_manage(workspace: Workspace) -> bool:
    return workspace.can(MANAGE_CAMPAIGNS) and workspace.is_member


@login_required
@require_http_methods(["GET", "POST"])
def campaigns(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, VIEW_CAMPAIGNS)
    can_manage = _can_manage(workspace)
    form = CampaignForm(request.POST or None)
    if request.method == "POST":
        if not can_manage:
            raise Http404
        if form.is_valid():
            try:
                campaign = actions.do_create_campaign(workspace.organization, actor=request.user,
                                                      language=get_language() or "tr", **form.cleaned_data)
            except actions.CampaignError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The campaign is created with its phases and a checklist."))
                return redirect("campaigns:campaign", slug=slug, campaign_id=campaign.pk)
    today = timezone.localdate()
    rows = list(campaigns_visible_to(workspace).select_related("organization").order_by("-the_day", "-pk")[:200])
    progress = _progress([c.pk for c in rows], workspace.organization)
    for row in rows:
        row.progress = progress.get(row.pk, (0, 0))  # type: ignore[attr-defined]
        row.countdown = countdown(row.the_day, today)  # type: ignore[attr-defined]
        row.leads = row.organization_id == workspace.organization.pk  # type: ignore[attr-defined]
    by_day = {(c.day_key, c.the_day): c for c in reversed(rows) if c.day_key}
    upcoming = [{"day": day, "date": on, "campaign": by_day.get((day.key, on)),
                 "countdown": countdown(on, today)} for day, on in days.upcoming(today)]
    invitations = list(pending_invitations(workspace.organization)) if can_manage and workspace.is_member else []
    return render(request, "campaigns/campaigns.html", {
        "workspace": workspace, "campaigns": rows, "upcoming": upcoming, "form": form, "can_manage": can_manage,
        "invitations": invitations},
        status=400 if form.errors else 200)


def _page(request: AuthenticatedHttpRequest, campaign: Campaign, workspace: Workspace, status: int = 200,
          **forms: Any) -> HttpResponse:
    organization = workspace.organization
    can_manage = _can_manage(workspace)
    is_lead = leads(campaign, workspace)
    can_lead = can_manage and is_lead
    phases = list(campaign.phases.all())
    participants = sorted_turkish(campaign.participants.all(), key=lambda o: o.name)
    taking_part = [campaign.organization, *participants]
    items = list(ChecklistItem.objects.filter(phase__campaign=campaign).select_related("done_by").order_by("pk"))
    # The lead's coordinators see every organization's checklist; a participant sees its own.
    shown = taking_part if is_lead else [organization]
    checklists = []
    for phase in phases:
        per_organization = [(o, [i for i in items if i.phase_id == phase.pk and i.organization_id == o.pk])
                            for o in shown]
        checklists.append({"phase": phase, "form": forms.get("phase_forms", {}).get(phase.pk) or PhaseForm(
            initial={"phase": phase.pk, "starts_on": phase.starts_on, "ends_on": phase.ends_on}),
            "organizations": [(o, rows) for o, rows in per_organization if rows or o == organization]})
    invitations = list(campaign.invitations.select_related("organization")) if is_lead else []
    progress = []
    # What each city did: its checklist, the posts it planned and the contributions sent for it (counts only).
    figures = contributions_by_organization(campaign) if is_lead else {}
    for o in taking_part:
        own = [i for i in items if i.organization_id == o.pk]
        progress.append({"organization": o, "done": sum(1 for i in own if i.done_at), "total": len(own),
                         **{"sent": 0, "approved": 0, "planned": 0, "published": 0, **figures.get(o.pk, {})}})
    residents = figures.get(None, {})
    all_messages = list(campaign.messages.select_related("organization"))
    by_language = [{"code": code, "name": name,
                    "lead": next((m for m in all_messages if m.language == code
                                  and m.organization_id == campaign.organization_id), None),
                    "adaptations": [m for m in all_messages if m.language == code
                                    and m.organization_id != campaign.organization_id]}
                   for code, name in actions.languages()]
    candidates = []
    if can_lead:
        taken = {o.pk for o in taking_part} | {i.organization_id for i in invitations if i.status == "invited"}
        candidates = sorted_turkish([o for o in Organization.objects.on_platform() if o.pk not in taken],
                                    key=lambda o: o.name)
    specs = {s.kind: s for s in campaign.specs.all()}
    spec_forms = forms.get("spec_forms", {})
    spec_rows = [{"kind": kind, "label": label, "spec": specs.get(kind),
                  "form": spec_forms.get(kind) or SpecForm(prefix=f"spec-{kind}", initial=_spec_initial(
                      kind, specs.get(kind)))} for kind, label in MediaKind.choices]
    return render(request, "campaigns/campaign.html", {
        "workspace": workspace, "campaign": campaign, "can_manage": can_manage, "can_lead": can_lead,
        "is_lead": is_lead, "checklists": checklists, "progress": progress, "residents": residents,
        "judges": is_lead and is_juror(campaign, request.user),
        "invited": [i for i in invitations if i.status == "invited"],
        "declined": [i for i in invitations if i.status == "declined"],
        "participants": participants,
        "by_language": by_language, "assets": list(campaign.assets.all()), "spec_rows": spec_rows,
        "countdown": countdown(campaign.the_day, timezone.localdate()),
        "details_form": forms.get("details_form") or CampaignChangeForm(initial={
            name: getattr(campaign, name) for name in actions.UPDATABLE}),
        "task_form": forms.get("task_form") or ChecklistItemForm(phases=phases),
        "message_form": forms.get("message_form") or MessageForm(initial={"language": get_language() or "tr"}),
        "join_form": forms.get("join_form") or JoinForm(organizations=candidates),
        "asset_form": forms.get("asset_form") or AssetForm(),
    }, status=status)


def _spec_initial(kind: str, spec) -> dict:
    initial: dict[str, Any] = {"kind": kind}
    if spec is not None:
        initial.update({f: getattr(spec, f) for f in ("min_width", "min_height", "aspect_ratio", "max_megabytes",
                                                       "max_seconds", "max_characters", "instructions")})
    return initial


@login_required
@require_GET
def campaign(request: AuthenticatedHttpRequest, slug: str, campaign_id: int) -> HttpResponse:
    found, workspace = access_campaign_by_id(request.user, slug, campaign_id)
    return _page(request, found, workspace)


def _change(request: AuthenticatedHttpRequest, found: Campaign, workspace: Workspace, what: str
            ) -> HttpResponse | None:
    """Do one change; a response when the page must be shown again (with what to correct), None when done."""
    organization = workspace.organization
    post, user = request.POST, request.user
    lead_only = {"details", "phase", "join", "asset", "asset-remove", "spec"}
    if what in lead_only and not leads(found, workspace):
        raise Http404
    if what == "details":
        details = CampaignChangeForm(post)
        if not details.is_valid():
            return _page(request, found, workspace, 400, details_form=details)
        try:
            actions.do_update_campaign(found, actor=user, **details.cleaned_data)
        except actions.CampaignError as error:
            details.add_error(None, str(error))
            return _page(request, found, workspace, 400, details_form=details)
    elif what == "phase":
        phase = found.phases.filter(pk=as_id(post.get("phase"))).first()
        if phase is None:
            raise Http404
        phase_form = PhaseForm(post)
        if phase_form.is_valid():
            try:
                actions.do_set_phase(phase, starts_on=phase_form.cleaned_data["starts_on"],
                                     ends_on=phase_form.cleaned_data["ends_on"], actor=user)
            except actions.CampaignError as error:
                phase_form.add_error(None, str(error))
        if phase_form.errors:
            return _page(request, found, workspace, 400, phase_forms={phase.pk: phase_form})
    elif what == "task":
        phases = list(found.phases.all())
        task = ChecklistItemForm(post, phases=phases)
        if not task.is_valid():
            return _page(request, found, workspace, 400, task_form=task)
        phase = next(p for p in phases if p.pk == task.cleaned_data["phase"])
        actions.do_add_checklist_item(phase, organization, text=task.cleaned_data["text"], actor=user)
    elif what == "tick":
        item = ChecklistItem.objects.filter(pk=as_id(post.get("item")), phase__campaign=found,
                                            organization=organization).select_related("phase__campaign").first()
        if item is None:  # another organization's task: each ticks only its own
            raise Http404
        actions.do_tick_checklist_item(item, done=post.get("done") == "1", actor=user)
    elif what == "message":
        message = MessageForm(post)
        if not message.is_valid():
            return _page(request, found, workspace, 400, message_form=message)
        actions.do_write_message(found, organization, actor=user, **message.cleaned_data)
    elif what == "join":
        candidates = Organization.objects.on_platform().exclude(pk=found.organization_id)
        join = JoinForm(post, organizations=candidates)
        if join.is_valid():
            try:
                do_invite_organization(found, candidates.get(pk=join.cleaned_data["organization"]),
                                       note=join.cleaned_data["note"], actor=user)
            except actions.CampaignError as error:
                join.add_error("organization", str(error))
        if join.errors:
            return _page(request, found, workspace, 400, join_form=join)
    elif what == "asset":
        asset = AssetForm(post, request.FILES)
        if asset.is_valid():
            try:
                actions.do_add_asset(found, kind=asset.cleaned_data["kind"], title=asset.cleaned_data["title"],
                                     upload=asset.cleaned_data["file"], spec=asset.cleaned_data["spec"],
                                     actor=user)
            except actions.CampaignError as error:
                asset.add_error("file", str(error))
        if asset.errors:
            return _page(request, found, workspace, 400, asset_form=asset)
    elif what == "asset-remove":
        removed = found.assets.filter(pk=as_id(post.get("asset"))).first()
        if removed is None:
            raise Http404
        actions.do_remove_asset(removed, actor=user)
    elif what == "spec":
        kind = post.get("kind", "")
        if kind not in MediaKind.values:
            raise Http404
        spec = SpecForm(post, prefix=f"spec-{kind}")
        if spec.is_valid() and spec.cleaned_data["kind"] == kind:
            try:
                actions.do_set_spec(found, actor=user, **spec.cleaned_data)
            except actions.CampaignError as error:
                spec.add_error(None, str(error))
        if spec.errors or spec.cleaned_data.get("kind") != kind:
            return _page(request, found, workspace, 400, spec_forms={kind: spec})
    else:  # the converter lets only the names above through
        raise Http404
    return None


@login_required
@require_POST
def campaign_change(request: AuthenticatedHttpRequest, slug: str, campaign_id: int, what: str) -> HttpResponse:
    found, workspace = access_campaign_by_id(request.user, slug, campaign_id, manage=True)
    try:
        shown = _change(request, found, workspace, what)
    except actions.CampaignError as error:
        messages.error(request, str(error))
        return redirect("campaigns:campaign", slug=slug, campaign_id=found.pk)
    if shown is not None:
        return shown
    messages.success(request, _("Saved."))
    return redirect("campaigns:campaign", slug=slug, campaign_id=found.pk)


@login_required
@require_GET
def asset(request: AuthenticatedHttpRequest, slug: str, campaign_id: int, asset_id: int) -> FileResponse:
    found, _workspace = access_campaign_by_id(request.user, slug, campaign_id)
    item = found.assets.select_related("campaign").filter(pk=as_id(asset_id)).first()
    if item is None:
        raise Http404
    response = asset_response(item)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def toolkit_zip(request: AuthenticatedHttpRequest, slug: str, campaign_id: int) -> HttpResponse:
    found, _workspace = access_campaign_by_id(request.user, slug, campaign_id)
    response = zip_response(found)
    response["Cache-Control"] = "private, no-store"
    return response


W = "workspace/<slug:slug>/campaigns/"

@login_required
@require_POST
def answer_invitation(request: AuthenticatedHttpRequest, slug: str, invitation_id: int, answer: str) -> HttpResponse:
    """A manager of the invited organization accepts or declines."""
    workspace = access_workspace_by_slug(request.user, slug, MANAGE_CAMPAIGNS, member=True)
    invitation = invitation_for(workspace, invitation_id)
    if answer not in ("accept", "decline"):
        raise Http404
    try:
        do_answer_invitation(invitation, accept=answer == "accept", actor=request.user)
    except actions.CampaignError as error:
        messages.error(request, str(error))
        return redirect("campaigns:campaigns", slug=slug)
    if answer == "accept":
        messages.success(request, _("You take part in the campaign: your checklist is ready."))
        return redirect("campaigns:campaign", slug=slug, campaign_id=invitation.campaign_id)
    messages.success(request, _("The invitation was declined."))
    return redirect("campaigns:campaigns", slug=slug)


urlpatterns = [
    path(W, campaigns, name="campaigns"),
    path(W + "invitations/<int:invitation_id>/<str:answer>/", answer_invitation, name="answer_invitation"),
    path(W + "<int:campaign_id>/", campaign, name="campaign"),
    path(W + "<int:campaign_id>/toolkit.zip", toolkit_zip, name="toolkit_zip"),
    path(W + "<int:campaign_id>/toolkit/<int:asset_id>/", asset, name="asset"),
    path(W + "<int:campaign_id>/<campaign_change:what>/", campaign_change, name="campaign_change"),
]
