"""Published media-watch reports, for residents and partners: figures frozen at publication, no handles."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from birarada.monitoring.access import public_report_by_id, published_reports
from birarada.monitoring.reporting import ReportData
from birarada.monitoring.views.reports import charts_for, report_download


@require_GET
def media_watch(request: HttpRequest) -> HttpResponse:
    reports = published_reports().order_by("-published_at")[:100]
    return render(request, "monitoring/public_list.html", {"reports": reports})


@require_GET
def media_watch_report(request: HttpRequest, report_id: int) -> HttpResponse:
    report = public_report_by_id(report_id)
    data = ReportData.from_json(report.published_data)
    return render(request, "monitoring/public_report.html", {"report": report, "data": data, **charts_for(data)})


@require_GET
def media_watch_file(request: HttpRequest, report_id: int, fmt: str) -> HttpResponse:
    report = public_report_by_id(report_id)
    data = ReportData.from_json(report.published_data)
    return report_download(data, report.title, report.organization.name, fmt, f"media-watch-{report.pk}")
