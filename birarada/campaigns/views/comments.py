"""Comments: the public form under a campaign page, the moderation queue with the moderation load, and the
import of comments from a platform's export."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.campaigns import comments
from birarada.campaigns.access import (
    access_comment_to_moderate,
    campaigns_led_by,
    comments_to_moderate,
    public_campaign,
)
from birarada.campaigns.forms import CommentForm, CommentImportForm
from birarada.campaigns.module import MODERATE_COMMENTS
from birarada.core import ratelimit
from birarada.core.access import access_workspace_by_slug
from birarada.core.figures import bar_chart, trend_chart
from birarada.core.types import AuthenticatedHttpRequest


def comments_per_hour() -> int:
    return settings.CAMPAIGNS_COMMENTS_PER_HOUR


@never_cache
@require_POST
def comment(request: HttpRequest, organization: str, campaign_slug: str) -> HttpResponse:
    campaign = public_campaign(organization, campaign_slug)
    if not ratelimit.allow(request, "campaign-comment", limit=comments_per_hour(), window_seconds=3600):
        return render(request, "core/too_many.html", status=429)
    form = CommentForm(request.POST)
    page = {"campaign": campaign,
            "campaign_page": reverse("campaigns:public_campaign", args=[campaign.organization.slug, campaign.slug])}
    if form.is_valid():
        if form.cleaned_data["leave_empty"]:  # the honeypot: a robot filled it; it is told what a person is
            return render(request, "campaigns/comment_sent.html", {**page, "sent": True})
        try:
            comments.do_receive_comment(campaign, text=form.cleaned_data["text"],
                                        author=form.cleaned_data["author"])
        except comments.CommentError as error:
            form.add_error("text", str(error))
        else:
            return render(request, "campaigns/comment_sent.html", {**page, "sent": True})
    return render(request, "campaigns/comment_sent.html", {**page, "sent": False, "comment_form": form}, status=400)


def _load_context(workspace) -> dict:
    days = comments.moderation_load(comments_to_moderate(workspace))
    points = [(day.day.strftime("%d.%m"), day.held, day.received - day.held) for day in days]
    waits = [(day.day.strftime("%d.%m"), round(day.median_minutes)) for day in days
             if day.median_minutes is not None]
    return {
        "load": list(reversed(days)),
        "load_chart": trend_chart(points, title=_("Comments per day in the last 30 days: held (dark) and "
                                                  "published by the engine (light)"), chart_id="load-chart")
        if any(day.received for day in days) else "",
        "wait_chart": bar_chart(waits, title=_("Median minutes from arrival to a moderator's decision, by day "
                                               "of arrival"), chart_id="wait-chart"),
    }


@login_required
@require_GET
def moderation(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, MODERATE_COMMENTS, member=True)
    mine = comments_to_moderate(workspace)
    held = comments.queue_of(mine)
    return render(request, "campaigns/moderation.html", {
        "workspace": workspace, "held": held[:200], "held_count": held.count(), **_load_context(workspace)})


@login_required
@require_POST
def decide_comment(request: AuthenticatedHttpRequest, slug: str, comment_id: int, decision: str) -> HttpResponse:
    found, workspace = access_comment_to_moderate(request.user, slug, comment_id)
    if decision not in comments.DECISIONS:
        raise Http404
    try:
        comments.do_decide_comment(found, decision, actor=request.user)
    except comments.CommentError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The comment is published.") if decision == "publish"
                         else _("The comment is not published."))
    return redirect("campaigns:moderation", slug=slug)


@login_required
@require_http_methods(["GET", "POST"])
def comment_import(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, MODERATE_COMMENTS, member=True)
    campaigns = list(campaigns_led_by(workspace).order_by("-the_day", "pk"))
    form = CommentImportForm(request.POST or None, request.FILES or None, campaigns=campaigns)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > comments.MAX_IMPORT_BYTES:
            problems = [_("The file is larger than %(n)s MB; split it into smaller files.")
                        % {"n": comments.MAX_IMPORT_BYTES // (1024 * 1024)}]
        else:
            rows, problems = comments.rows_from_export(upload.name or "", upload.read(),
                                                       text_column=form.cleaned_data["text_column"].strip(),
                                                       author_column=form.cleaned_data["author_column"].strip())
        if not problems:
            campaign = next(c for c in campaigns if c.pk == form.cleaned_data["campaign"])
            try:
                count = comments.do_import_comments(campaign, rows, platform=form.cleaned_data["platform"],
                                                    actor=request.user)
            except comments.CommentError as error:
                problems = [str(error)]
            else:
                messages.success(request, _("%(n)s comments imported; the engine screens them in a moment and "
                                            "the held ones join the queue.") % {"n": count})
                return redirect("campaigns:moderation", slug=slug)
    failed = request.method == "POST" and (bool(form.errors) or bool(problems))
    return render(request, "campaigns/comment_import.html", {
        "workspace": workspace, "form": form, "problems": problems, "campaigns": campaigns},
        status=400 if failed else 200)


W = "workspace/<slug:slug>/campaigns/moderation/"

urlpatterns = [
    path(W, moderation, name="moderation"),
    path(W + "import/", comment_import, name="comment_import"),
    path(W + "<int:comment_id>/<str:decision>/", decide_comment, name="decide_comment"),
    path("campaigns/<slug:organization>/<slug:campaign_slug>/comment/", comment, name="comment"),
]
