"""Metropolitan coordination: every district desk's plans side by side, and visits to the desks."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from birarada.core.access import Capability, access_workspace_by_slug, subunits_visible_to
from birarada.core.types import AuthenticatedHttpRequest
from birarada.plans import actions
from birarada.plans.access import district_plans_visible_to, visits_visible_to
from birarada.plans.forms import VisitForm
from birarada.plans.module import EDIT_PLANS, VIEW_PLANS
from birarada.plans.progress import summaries


@login_required
@require_http_methods(["GET", "POST"])
def districts(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, VIEW_PLANS)
    workspace.require(Capability.VIEW_SUBUNITS)
    desks = [o for o in subunits_visible_to(workspace) if o.uses_platform]
    can_log = workspace.can(EDIT_PLANS) and workspace.is_member
    form = VisitForm(request.POST or None, desks=desks, initial={"visited_on": timezone.localdate()})
    if request.method == "POST":
        if not can_log:
            raise Http404
        if form.is_valid():
            data = form.cleaned_data
            desk = next(d for d in desks if str(d.pk) == data["desk"])
            actions.do_log_coordination_visit(workspace.organization, desk, visited_on=data["visited_on"],
                                              topics=data["topics"], follow_ups=data["follow_ups"],
                                              actor=request.user)
            messages.success(request, _("The visit was recorded."))
            return redirect("plans:districts", slug=slug)
    today = timezone.localdate()
    rows = summaries(list(district_plans_visible_to(workspace)), today)
    return render(request, "plans/districts.html", {
        "workspace": workspace, "views": rows, "visits": visits_visible_to(workspace)[:50],
        "form": form, "can_log": can_log}, status=400 if form.errors else 200)
