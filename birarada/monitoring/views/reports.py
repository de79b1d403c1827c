"""Media-watch reports in the workspace: create, read (HTML, PDF, CSV), publish."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core.figures import bar_chart, trend_chart
from birarada.core.types import AuthenticatedHttpRequest
from birarada.monitoring import actions
from birarada.monitoring.access import access_report_by_id, moderation_workspace, reports_visible_to
from birarada.monitoring.exports import report_csv, report_pdf
from birarada.monitoring.forms import ReportForm
from birarada.monitoring.reporting import ReportData, build_report


def charts_for(data: ReportData) -> dict:
    return {
        "ground_chart": bar_chart([(label, n) for _v, label, n in data.ground_rows()],
                                  title=_("Hateful items by ground"), chart_id="chart-grounds"),
        "type_chart": bar_chart([(label, n) for _v, label, n in data.type_rows()],
                                title=_("Hateful items by discourse type"), chart_id="chart-types"),
        "source_chart": bar_chart([(name, h) for name, h, _o in data.by_source[:12]],
                                  title=_("Hateful items by source"), chart_id="chart-sources"),
        "severity_chart": bar_chart([(label, n) for _v, label, n in data.severity_rows()],
                                    title=_("Severity of reviewed hateful items"), chart_id="chart-severity"),
        "trend_chart": trend_chart([tuple(p) for p in data.trend],
                                   title=_("Hateful (dark) and offensive (light) items over time"),
                                   chart_id="chart-trend"),
    }


@login_required
@require_http_methods(["GET", "POST"])
def reports(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = moderation_workspace(request.user, slug)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        report = actions.do_create_report(workspace.organization, actor=request.user, **form.cleaned_data)
        return redirect("monitoring:report", slug=slug, report_id=report.pk)
    rows = reports_visible_to(workspace)
    status = 400 if request.method == "POST" else 200
    return render(request, "monitoring/reports.html", {"workspace": workspace, "reports": rows, "form": form},
                  status=status)


@login_required
@require_GET
def report(request: AuthenticatedHttpRequest, slug: str, report_id: int) -> HttpResponse:
    media_report, workspace = access_report_by_id(request.user, slug, report_id)
    data = build_report(workspace.organization, media_report.since, media_report.until)
    return render(request, "monitoring/report.html",
                  {"workspace": workspace, "report": media_report, "data": data, **charts_for(data)})


@login_required
@require_GET
def report_file(request: AuthenticatedHttpRequest, slug: str, report_id: int, fmt: str) -> HttpResponse:
    media_report, workspace = access_report_by_id(request.user, slug, report_id)
    data = build_report(workspace.organization, media_report.since, media_report.until)
    return report_download(data, media_report.title, workspace.organization.name, fmt,
                           f"media-watch-{media_report.since}-{media_report.until}")


def report_download(data: ReportData, title: str, organization_name: str, fmt: str, stem: str) -> HttpResponse:
    if fmt == "pdf":
        response = HttpResponse(report_pdf(data, title=title, organization_name=organization_name),
                                content_type="application/pdf")
    else:
        response = HttpResponse(report_csv(data), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{stem}.{fmt}"'
    return response


@login_required
@require_POST
def report_publish(request: AuthenticatedHttpRequest, slug: str, report_id: int) -> HttpResponse:
    media_report, workspace = access_report_by_id(request.user, slug, report_id)
    if request.POST.get("publish") == "1":
        actions.do_publish_report(media_report, actor=request.user)
        messages.success(request, _("The report is published on the public site, without handles or links "
                                    "to personal accounts."))
    else:
        actions.do_unpublish_report(media_report, actor=request.user)
        messages.success(request, _("The report is no longer public."))
    return redirect("monitoring:report", slug=slug, report_id=media_report.pk)
