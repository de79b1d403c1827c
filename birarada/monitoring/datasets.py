"""The monitoring module's open dataset (see core/opendata.py): published media-watch reports, with the figures
frozen at publication (`MediaWatchReport.published_data`, what the public report page shows: totals, grounds,
discourse types, sources, trend, severity and examples with handles, links and numbers taken out). Reports not
published, or withdrawn, never appear; no monitored item, review or source setting does. Models are imported
inside the function: the manifest imports this file."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from birarada.core.modules import Dataset, DatasetField, OpenFilters
from birarada.core.opendata import QuerySetRows, iso, overlapping, public_url, with_city

# The parts of a published report's data, as the report page shows them, with what a part missing from an older
# report reads as.
FIGURES: dict[str, Any] = {"totals": {}, "by_ground": [], "by_type": [], "by_source": [], "trend": [],
                           "trend_unit": "", "severity": [], "examples": []}


def report_rows(filters: OpenFilters) -> QuerySetRows:
    from birarada.monitoring.access import published_reports

    found = published_reports().order_by("-since", "-pk")
    found = overlapping(with_city(found, "organization__city", filters.city), "since", "until", filters)
    return QuerySetRows(found, _report)


def _report(report: Any) -> dict[str, Any]:
    data = report.published_data or {}
    return {
        "id": report.pk,
        "title": report.title,
        "organization": report.organization.slug,
        "organization_name": report.organization.name,
        "city": report.organization.city,
        "since": iso(report.since),
        "until": iso(report.until),
        "published_at": iso(report.published_at),
        **{name: data.get(name, empty) for name, empty in FIGURES.items()},
        "url": public_url("monitoring:public_report", report.pk),
    }


MEDIA_WATCH_REPORTS = Dataset(
    key="media-watch-reports",
    title=_("Media-watch reports"),
    description=_("Published reports on hate speech in the local news and social media, one row per report and "
                  "period: how many items were watched and judged hateful or offensive, which groups they "
                  "targeted, how, from which sources, over time, and a few examples with handles, links and "
                  "numbers taken out. since and until keep the reports whose period overlaps the one asked."),
    rows="birarada.monitoring.datasets.report_rows",
    fields=(
        DatasetField("id", "integer", _("Number of the report; unique.")),
        DatasetField("title", "string", _("Title.")),
        DatasetField("organization", "string", _("Slug of the unit that published it.")),
        DatasetField("organization_name", "string", _("Name of the unit that published it.")),
        DatasetField("city", "string", _("City of the unit.")),
        DatasetField("since", "date", _("First day of the period watched.")),
        DatasetField("until", "date", _("Last day of the period watched.")),
        DatasetField("published_at", "datetime", _("When it was published.")),
        DatasetField("totals", "object", _("Items watched (items) and how many were judged hateful, offensive, "
                                           "neither (none), and reviewed by a person (reviewed).")),
        DatasetField("by_ground", "array", _("Hateful items by targeted ground: [ground code, items].")),
        DatasetField("by_type", "array", _("Hateful items by discourse type: [type code, items].")),
        DatasetField("by_source", "array", _("By source: [source name, hateful items, offensive items].")),
        DatasetField("trend", "array", _("Over time: [start of the day, week or month, hateful, offensive].")),
        DatasetField("trend_unit", "string", _("day, week or month: the step of the trend.")),
        DatasetField("severity", "array", _("Reviewed hateful items by severity: [level, items].")),
        DatasetField("examples", "array", _("Representative examples: text (without handles, links or numbers), "
                                            "source, date, grounds, types and severity.")),
        DatasetField("url", "string", _("Its public page.")),
    ),
)

DATASETS = (MEDIA_WATCH_REPORTS,)
