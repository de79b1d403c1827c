"""A campaign's impact: engagement figures (imported from the platforms' exports), the before/after view from
media monitoring, contributions and comments; HTML and PDF."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from birarada.campaigns import impact
from birarada.campaigns.access import access_campaign_by_id, leads
from birarada.campaigns.module import MANAGE_CAMPAIGNS
from birarada.core.types import AuthenticatedHttpRequest


class EngagementForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Export of the platform (CSV)"),
                           help_text=gettext_lazy("Columns: date, post, reach, impressions, likes, shares, comments, "
                                                  "video_views (platform too, or choose it below)."))
    platform = forms.CharField(label=gettext_lazy("Platform (when the file has no platform column)"),
                               max_length=40, required=False)


@login_required
@require_http_methods(["GET", "POST"])
def impact_page(request: AuthenticatedHttpRequest, slug: str, campaign_id: int) -> HttpResponse:
    campaign, workspace = access_campaign_by_id(request.user, slug, campaign_id, manage=request.method == "POST")
    can_import = workspace.can(MANAGE_CAMPAIGNS) and workspace.is_member
    form = EngagementForm(request.POST or None, request.FILES or None)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            rows = impact.read_engagement(upload.read(impact.MAX_IMPORT_BYTES + 1), form.cleaned_data["platform"])
        except impact.EngagementImportError as error:
            problems = error.problems
        else:
            count = impact.do_import_engagement(campaign, workspace.organization, rows, actor=request.user)
            messages.success(request, _("%(n)d rows of figures imported.") % {"n": count})
            return redirect("campaigns:impact", slug=slug, campaign_id=campaign.pk)
    found = impact.impact_of(campaign)
    if request.GET.get("format") == "pdf":
        response = HttpResponse(impact.impact_pdf(found), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{campaign.slug}-impact.pdf"'
        return response
    status = 400 if request.method == "POST" else 200
    return render(request, "campaigns/impact.html", {
        "workspace": workspace, "campaign": campaign, "impact": found, "form": form, "problems": problems,
        "can_import": can_import, "leads": leads(campaign, workspace),
        "chart_rows": [(w.label, w.items) for w in found.windows]}, status=status)


urlpatterns = [
    path("workspace/<slug:slug>/campaigns/<int:campaign_id>/impact/", impact_page, name="impact"),
]
