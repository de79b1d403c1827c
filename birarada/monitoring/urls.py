from django.urls import path

from birarada.core.converters import register_format_converter
from birarada.monitoring.views import checker, public, reports, review, sources

app_name = "monitoring"


register_format_converter("fmt", "pdf", "csv")

W = "workspace/<slug:slug>/monitoring/"

urlpatterns = [
    path(W, review.queue, name="queue"),
    path(W + "bulk/", review.bulk_review, name="bulk_review"),
    path(W + "items/<int:item_id>/", review.item_review, name="item"),
    path(W + "quality/", review.quality, name="quality"),
    path(W + "labelled-data.jsonl", review.labelled_data, name="labelled_data"),
    path(W + "sources/", sources.sources, name="sources"),
    path(W + "sources/feed/", sources.feed_add, name="feed_add"),
    path(W + "sources/paste/", sources.paste, name="paste"),
    path(W + "sources/import/", sources.export_upload, name="export_upload"),
    path(W + "sources/<int:source_id>/poll/", sources.source_poll, name="source_poll"),
    path(W + "sources/<int:source_id>/toggle/", sources.source_toggle, name="source_toggle"),
    path(W + "reports/", reports.reports, name="reports"),
    path(W + "reports/<int:report_id>/", reports.report, name="report"),
    path(W + "reports/<int:report_id>/report.<fmt:fmt>", reports.report_file, name="report_file"),
    path(W + "reports/<int:report_id>/publish/", reports.report_publish, name="report_publish"),
    path("workspace/<slug:slug>/communications-checker/", checker.checker, name="checker"),
    path("media-watch/", public.media_watch, name="public_reports"),
    path("media-watch/<int:report_id>/", public.media_watch_report, name="public_report"),
    path("media-watch/<int:report_id>/report.<fmt:fmt>", public.media_watch_file, name="public_report_file"),
]
