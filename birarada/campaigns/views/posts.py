"""The editorial calendar of a campaign: a month or a week of planned posts, the plan form, each post's check,
the steps to approval and publication, CSV and .ics exports."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from birarada.campaigns import posts as calendar
from birarada.campaigns.access import access_campaign_by_id, post_in, posts_of
from birarada.campaigns.choices import Channel
from birarada.campaigns.models import Campaign
from birarada.campaigns.module import MANAGE_CAMPAIGNS
from birarada.core.access import Workspace
from birarada.core.figures import csv_response
from birarada.core.types import AuthenticatedHttpRequest

LANGUAGES = (("tr", pgettext_lazy("language", "Turkish")), ("en", pgettext_lazy("language", "English")),
             ("ar", pgettext_lazy("language", "Arabic")))
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class PostForm(forms.Form):
    channel = forms.ChoiceField(label=gettext_lazy("Channel"), choices=Channel.choices)
    account = forms.CharField(label=gettext_lazy("Account or place"), max_length=120, required=False)
    planned_at = forms.DateTimeField(label=gettext_lazy("Planned for"), widget=DATETIME,
                                     input_formats=["%Y-%m-%dT%H:%M"])
    asset = forms.TypedChoiceField(label=gettext_lazy("Toolkit file"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, campaign: Campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.campaign = campaign
        self.fields["asset"].choices = [("", "—")] + [(a.pk, a.title) for a in campaign.assets.all()]  # type: ignore[attr-defined]
        for code, name in LANGUAGES:
            self.fields[f"text_{code}"] = forms.CharField(
                label=_("Text in %(language)s") % {"language": name}, required=False, max_length=calendar.MAX_TEXT,
                widget=forms.Textarea(attrs={"rows": 3, "dir": "rtl" if code == "ar" else "auto", "lang": code}))

    def texts(self) -> dict[str, str]:
        return {code: self.cleaned_data.get(f"text_{code}") or "" for code, _name in LANGUAGES}

    def asset_object(self):
        wanted = self.cleaned_data.get("asset")
        return next((a for a in self.campaign.assets.all() if a.pk == wanted), None)


def _can_plan(workspace: Workspace) -> bool:
    return workspace.can(MANAGE_CAMPAIGNS) and workspace.is_member


def _day(request) -> date:
    try:
        return date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        return timezone.localdate()


def _page(request, campaign, workspace, *, form=None, status=200):
    day = _day(request)
    view = "week" if request.GET.get("view") == "week" else "month"
    days = calendar.week_of(day) if view == "week" else [d for week in calendar.month_grid(day) for d in week]
    first, last = days[0], days[-1]
    zone = timezone.get_current_timezone()
    posts = list(posts_of(campaign, workspace).filter(
        planned_at__gte=datetime.combine(first, time.min, zone),
        planned_at__lt=datetime.combine(last + timedelta(days=1), time.min, zone)))
    by_day: dict[date, list[Any]] = {}
    for post in posts:
        by_day.setdefault(timezone.localtime(post.planned_at).date(), []).append(post)
    weeks = [days[i:i + 7] for i in range(0, len(days), 7)]
    step = timedelta(days=7) if view == "week" else timedelta(days=32)
    previous = (day - timedelta(days=7)) if view == "week" else (day.replace(day=1) - timedelta(days=1))
    return render(request, "campaigns/posts.html", {
        "workspace": workspace, "campaign": campaign, "view": view, "day": day, "weeks": weeks, "by_day": by_day,
        "month": day.month, "posts": posts, "previous": previous.isoformat(),
        "next": ((day + step) if view == "week" else (day.replace(day=1) + step).replace(day=1)).isoformat(),
        "can_plan": _can_plan(workspace), "form": form or (PostForm(campaign=campaign) if _can_plan(workspace)
                                                            else None)}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def posts(request: AuthenticatedHttpRequest, slug: str, campaign_id: int) -> HttpResponse:
    campaign, workspace = access_campaign_by_id(request.user, slug, campaign_id, manage=request.method == "POST")
    if request.method == "POST":
        form = PostForm(request.POST, campaign=campaign)
        if not form.is_valid():
            return _page(request, campaign, workspace, form=form, status=400)
        try:
            post = calendar.do_plan_post(campaign, workspace.organization, channel=form.cleaned_data["channel"],
                                         account=form.cleaned_data["account"], texts=form.texts(),
                                         planned_at=form.cleaned_data["planned_at"], asset=form.asset_object(),
                                         actor=request.user)
        except calendar.PostError as error:
            form.add_error(None, str(error))
            return _page(request, campaign, workspace, form=form, status=400)
        if post.flagged:
            messages.warning(request, _("The post is planned, but the check found words to change before it "
                                        "can be approved."))
        else:
            messages.success(request, _("The post is planned."))
        return redirect("campaigns:post", slug=slug, campaign_id=campaign.pk, post_id=post.pk)
    fmt = request.GET.get("format")
    if fmt in ("csv", "ics"):
        return _export(campaign, workspace, fmt)
    return _page(request, campaign, workspace)


def _export(campaign, workspace, fmt: str) -> HttpResponse:
    rows = list(posts_of(campaign, workspace))
    if fmt == "csv":
        return csv_response(f"{campaign.slug}-posts.csv",
                            ["planned_for", "organization", "channel", "account", "status", "approved_by", "text_tr",
                             "text_en", "text_ar", "flagged"],
                            [[timezone.localtime(p.planned_at).strftime("%Y-%m-%d %H:%M"), p.organization.name,
                              p.get_channel_display(), p.account, p.get_status_display(),
                              p.approved_by.get_username() if p.approved_by else "", p.texts.get("tr", ""),
                              p.texts.get("en", ""), p.texts.get("ar", ""), "yes" if p.flagged else "no"]
                             for p in rows])
    from icalendar import Calendar, Event

    feed = Calendar()
    feed.add("prodid", "-//birarada//campaign posts//")
    feed.add("version", "2.0")
    for post in rows:
        entry = Event()
        entry.add("uid", f"post-{post.pk}@birarada")
        entry.add("summary", f"{post.get_channel_display()}: {campaign.title}")
        entry.add("dtstart", post.planned_at)
        entry.add("dtend", post.planned_at + timedelta(minutes=15))
        entry.add("description", "\n\n".join(post.texts.values()))
        feed.add_component(entry)
    response = HttpResponse(feed.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{campaign.slug}-posts.ics"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def post(request: AuthenticatedHttpRequest, slug: str, campaign_id: int, post_id: int) -> HttpResponse:
    campaign, workspace = access_campaign_by_id(request.user, slug, campaign_id, manage=request.method == "POST")
    found = post_in(campaign, workspace, post_id)
    initial = {"channel": found.channel, "account": found.account,
               "planned_at": timezone.localtime(found.planned_at).strftime("%Y-%m-%dT%H:%M"),
               "asset": found.asset_id, **{f"text_{k}": v for k, v in found.texts.items()}}
    form = PostForm(request.POST or None, campaign=campaign, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                calendar.do_edit_post(found, texts=form.texts(), planned_at=form.cleaned_data["planned_at"],
                                      channel=form.cleaned_data["channel"], account=form.cleaned_data["account"],
                                      asset=form.asset_object(), actor=request.user)
            except calendar.PostError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Saved; the texts were checked again."))
                return redirect("campaigns:post", slug=slug, campaign_id=campaign.pk, post_id=found.pk)
        status = 400
    return render(request, "campaigns/post.html", {"workspace": workspace, "campaign": campaign, "post": found,
                                                   "form": form, "can_plan": _can_plan(workspace)}, status=status)


@login_required
@require_POST
def post_move(request: AuthenticatedHttpRequest, slug: str, campaign_id: int, post_id: int, status: str
              ) -> HttpResponse:
    campaign, workspace = access_campaign_by_id(request.user, slug, campaign_id, manage=True)
    found = post_in(campaign, workspace, post_id)
    if status not in {"draft", "for_approval", "approved", "published"}:
        raise Http404
    try:
        calendar.do_move_post(found, status, actor=request.user, approver_may_approve=_can_plan(workspace))
    except calendar.PostError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Saved."))
    return redirect("campaigns:post", slug=slug, campaign_id=campaign.pk, post_id=found.pk)


W = "workspace/<slug:slug>/campaigns/<int:campaign_id>/posts/"

urlpatterns = [
    path(W, posts, name="posts"),
    path(W + "<int:post_id>/", post, name="post"),
    path(W + "<int:post_id>/<str:status>/", post_move, name="post_move"),
]
