"""The contest's staff page: the lead's managers set categories and the jury, see the ranking and announce a
winner per category; jurors score the approved entries (1–10 and a note) until the winner is announced."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from birarada.campaigns import access, contest
from birarada.campaigns.contest import ContestError
from birarada.campaigns.models import Campaign, ContestCategory, Score
from birarada.campaigns.views.submissions import _figures, _file_response
from birarada.core.access import as_id
from birarada.core.types import AuthenticatedHttpRequest


def _page(slug: str, campaign: Campaign, anchor: str = "") -> str:
    return reverse("campaigns:contest", args=[slug, campaign.pk]) + (f"#{anchor}" if anchor else "")


def _category(campaign: Campaign, category_id: object) -> ContestCategory:
    found = campaign.contest_categories.filter(pk=as_id(category_id)).first()
    if found is None:
        raise Http404
    return found


@login_required
@never_cache
@require_GET
def contest_page(request: AuthenticatedHttpRequest, slug: str, campaign_id: int) -> HttpResponse:
    campaign, workspace, manages, judges = access.access_contest(request.user, slug, campaign_id)
    mine = {}
    if judges:
        mine = {(s.category_id, s.submission_id): s
                for s in Score.objects.filter(category__campaign=campaign, juror=request.user)}
    categories = []
    for category in campaign.contest_categories.select_related("winner"):
        ranked = contest.ranking(category)
        categories.append({
            "category": category, "is_open": category.announced_at is None,
            "entries": [{"submission": r.submission, "figures": _figures(r.submission), "average": r.average,
                         "scores": r.scores, "mine": mine.get((category.pk, r.submission.pk))} for r in ranked]})
    jury = list(campaign.jury.select_related("user").order_by("user__username"))
    on_jury = {j.user_id for j in jury}
    return render(request, "campaigns/contest.html", {
        "workspace": workspace, "campaign": campaign, "manages": manages, "judges": judges,
        "categories": categories, "jury": jury,
        "candidates": [u for u in contest.staff_of_lead(campaign) if u.pk not in on_jury] if manages else [],
        "points": range(contest.MIN_POINTS, contest.MAX_POINTS + 1)})


@login_required
@require_POST
def contest_manage(request: AuthenticatedHttpRequest, slug: str, campaign_id: int) -> HttpResponse:
    """The managers' changes, named by the `action` field: category, juror, juror-remove, winner."""
    campaign, _workspace, manages, _judges = access.access_contest(request.user, slug, campaign_id)
    if not manages:
        raise Http404
    action = request.POST.get("action", "")
    anchor = ""
    try:
        if action == "category":
            category = contest.do_add_category(campaign, title=request.POST.get("title", ""),
                                               description=request.POST.get("description", "")[:5000],
                                               actor=request.user)
            messages.success(request, _("The category “%(title)s” is added.") % {"title": category.title})
        elif action == "juror":
            user = contest.staff_of_lead(campaign).filter(pk=_number(request.POST.get("user")) or 0).first()
            if user is None:
                raise ContestError(_("Choose a staff member of the organization for the jury."))
            contest.do_add_juror(campaign, user, actor=request.user)
            messages.success(request, _("%(name)s is on the jury.") % {"name": user.get_username()})
            anchor = "jury-title"
        elif action == "juror-remove":
            juror = campaign.jury.filter(pk=_number(request.POST.get("juror")) or 0).first()
            if juror is None:
                raise ContestError(_("This person is not on the jury."))
            contest.do_remove_juror(juror, actor=request.user)
            messages.success(request, _("The jury member is removed."))
            anchor = "jury-title"
        elif action == "winner":
            category = _category(campaign, _number(request.POST.get("category")) or 0)
            if _number(request.POST.get("submission")) is None:
                raise ContestError(_("Choose the winning entry."))
            entry = access.contest_entry(campaign, request.POST.get("submission"))
            contest.do_announce_winner(category, entry, actor=request.user)
            messages.success(request, _("The winner of “%(title)s” is announced.") % {"title": category.title})
            anchor = f"category-{category.pk}"
        else:
            raise ContestError(_("Nothing to change was chosen."))
    except ContestError as error:
        messages.error(request, str(error))
    return redirect(_page(slug, campaign, anchor))


def _number(value: object) -> int | None:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**63 else None


@login_required
@require_POST
def contest_score(request: AuthenticatedHttpRequest, slug: str, campaign_id: int, category_id: int,
                  submission_id: int) -> HttpResponse:
    """A juror's score for one entry; anyone else: 404."""
    campaign, _workspace, _manages, judges = access.access_contest(request.user, slug, campaign_id)
    if not judges:
        raise Http404
    category = _category(campaign, category_id)
    entry = access.contest_entry(campaign, submission_id)
    try:
        contest.do_score(category, entry, points=request.POST.get("points", ""),
                         note=request.POST.get("note", ""), actor=request.user)
    except ContestError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your score for “%(title)s” is saved.") % {"title": entry.title})
    return redirect(_page(slug, campaign, f"entry-{category.pk}-{entry.pk}"))


@login_required
@require_GET
def contest_file(request: AuthenticatedHttpRequest, slug: str, campaign_id: int,
                 submission_id: int) -> HttpResponseBase:
    """An entry's file for the jury and the managers (the curators' file view, for approved entries only)."""
    campaign, _workspace, _manages, _judges = access.access_contest(request.user, slug, campaign_id)
    response = _file_response(access.contest_entry(campaign, submission_id),
                              thumbnail=request.GET.get("thumb") == "1", attachment=False)
    response["Cache-Control"] = "private, no-store"
    return response


W = "workspace/<slug:slug>/campaigns/<int:campaign_id>/contest/"

urlpatterns = [
    path(W, contest_page, name="contest"),
    path(W + "manage/", contest_manage, name="contest_manage"),
    path(W + "<int:category_id>/<int:submission_id>/score/", contest_score, name="contest_score"),
    path(W + "entries/<int:submission_id>/file/", contest_file, name="contest_file"),
]
