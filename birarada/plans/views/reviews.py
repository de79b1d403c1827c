"""Equality reviews (mandatory consultancy): other directorates' projects and decisions, the unit's opinion,
its recommendations and whether they were adopted."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms import Form
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core.access import access_workspace_by_slug
from birarada.core.types import AuthenticatedHttpRequest
from birarada.plans import actions
from birarada.plans.access import access_review_by_id, reviews_visible_to
from birarada.plans.forms import FollowUpForm, OpinionForm, ReviewForm
from birarada.plans.models import Directorate
from birarada.plans.module import EDIT_PLANS, VIEW_PLANS


def _directorates(organization):
    return Directorate.objects.filter(organization=organization).order_by("name")


@login_required
@require_http_methods(["GET", "POST"])
def reviews(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, VIEW_PLANS)
    can_edit = workspace.can(EDIT_PLANS) and workspace.is_member
    form = ReviewForm(request.POST or None, directorates=_directorates(workspace.organization),
                      initial={"received_on": timezone.localdate()})
    if request.method == "POST":
        if not can_edit:
            raise Http404
        if form.is_valid():
            data = form.cleaned_data
            directorate = _directorates(workspace.organization).filter(pk=data["directorate"] or 0).first()
            try:
                review = actions.do_log_review(
                    workspace.organization, title=data["title"], received_on=data["received_on"],
                    directorate=directorate, kind=data["kind"], description=data["description"],
                    grounds=data["grounds"], due_on=data["due_on"], actor=request.user)
            except actions.PlanError as error:
                form.add_error(None, str(error))
            else:
                return redirect("plans:review", slug=slug, review_id=review.pk)
    rows = reviews_visible_to(workspace).prefetch_related("recommendations")
    return render(request, "plans/reviews.html", {"workspace": workspace, "reviews": rows, "form": form,
                                                  "can_edit": can_edit, "today": timezone.localdate()},
                  status=400 if form.errors else 200)


@login_required
@require_GET
def review(request: AuthenticatedHttpRequest, slug: str, review_id: int) -> HttpResponse:
    found, workspace = access_review_by_id(request.user, slug, review_id)
    can_edit = workspace.can(EDIT_PLANS) and workspace.is_member
    return render(request, "plans/review.html", {
        "workspace": workspace, "review": found, "can_edit": can_edit,
        "opinion_form": OpinionForm(initial={"decided_on": timezone.localdate()}),
        "today": timezone.localdate()})


@login_required
@require_POST
def review_change(request: AuthenticatedHttpRequest, slug: str, review_id: int, what: str) -> HttpResponse:
    found, workspace = access_review_by_id(request.user, slug, review_id, edit=True)
    form: Form
    if what == "opinion":
        form = OpinionForm(request.POST)
        if not form.is_valid():
            return render(request, "plans/review.html", {"workspace": workspace, "review": found, "can_edit": True,
                                                         "opinion_form": form, "today": timezone.localdate()},
                          status=400)
        data = form.cleaned_data
        actions.do_give_opinion(found, opinion=data["opinion"], reasons=data["reasons"],
                                recommendations=data["recommendation_lines"], decided_on=data["decided_on"],
                                actor=request.user)
    elif what == "follow_up":
        form = FollowUpForm(request.POST)
        recommendation = (found.recommendations.filter(pk=form.cleaned_data["recommendation"]).first()
                          if form.is_valid() else None)
        if recommendation is None:
            messages.error(request, _("Say whether the recommendation was adopted, and when."))
            return redirect("plans:review", slug=slug, review_id=found.pk)
        actions.do_follow_up_recommendation(recommendation, adopted=form.cleaned_data["adopted"],
                                            on=form.cleaned_data["on"], actor=request.user)
    else:
        raise Http404
    messages.success(request, _("Saved."))
    return redirect("plans:review", slug=slug, review_id=found.pk)
