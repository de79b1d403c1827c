"""The incidents module's open dataset (see core/opendata.py): the public statistics of discrimination reports,
exactly as the public statistics page publishes them, by month received, by ground and by area of life.

Nothing is computed here: the rows come from the latest published snapshot (`PublicStatistics`, made once a day
by `do_publish_statistics` with the suppression rules of incidents/statistics.py: counts below 5 hidden as "<5",
a second cell hidden when only one would be, the total rounded). So the dataset shows nothing the page does not,
changes once a day like the page, and never reads a case. Before the first snapshot it is empty (reading the API
never makes one). Models are imported inside the function: the manifest imports this file."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from birarada.core.modules import Dataset, DatasetField, OpenFilters
from birarada.core.opendata import ListRows, city_key, iso

# The breakdowns the dataset publishes, in this order (the page has more: districts, combinations, statuses).
BREAKDOWNS = ("month", "ground", "area")


def statistics_rows(filters: OpenFilters) -> ListRows:
    from birarada.incidents.access import intake_organization, public_statistics_of

    organization = intake_organization()
    if organization is None or (filters.city and city_key(filters.city) != city_key(organization.city)):
        return ListRows([])
    snapshot = public_statistics_of(organization)
    if snapshot is None:
        return ListRows([])
    return ListRows(published_rows(organization, snapshot.data, iso(snapshot.made_at)))


def published_rows(organization: Any, data: dict, figures_as_of: str | None) -> list[dict[str, Any]]:
    """One row per published cell of the month, ground and area breakdowns of a snapshot's data."""
    from birarada.core.figures import is_suppressed

    by_kind = {b.get("kind"): b.get("counts", []) for b in data.get("breakdowns", [])}
    rows = []
    for kind in BREAKDOWNS:
        for category, count in by_kind.get(kind, []):
            hidden = is_suppressed(count) or not isinstance(count, int)
            rows.append({
                "organization": organization.slug,
                "organization_name": organization.name,
                "city": organization.city,
                "figures_as_of": figures_as_of,
                "breakdown": kind,
                "category": str(category),
                "count": None if hidden else count,
                "shown_as": str(count),
            })
    return rows


CASE_STATISTICS = Dataset(
    key="discrimination-statistics",
    title=_("Discrimination reports in numbers"),
    description=_("Reports of discrimination received by the equality unit and the district units, from people "
                  "who allowed them to be counted: how many by month received, by ground and by area of life. "
                  "No story or personal detail. A number below 5 is hidden (shown as “<5”), and when only one "
                  "number of a breakdown would be hidden a second one is hidden too. The figures are those of "
                  "the public statistics page, updated once a day."),
    rows="birarada.incidents.datasets.statistics_rows",
    fields=(
        DatasetField("organization", "string", _("Slug of the unit whose figures these are (with the units "
                                                  "below it).")),
        DatasetField("organization_name", "string", _("Name of the unit.")),
        DatasetField("city", "string", _("City of the unit.")),
        DatasetField("figures_as_of", "datetime", _("When the figures were made.")),
        DatasetField("breakdown", "string", _("month, ground or area.")),
        DatasetField("category", "string", _("The month (YYYY-MM), the ground's code or the area's code.")),
        DatasetField("count", "integer", _("Reports; empty when the number is hidden.")),
        DatasetField("shown_as", "string", _("The number as published: the count, or “<5”, “<10”… when hidden.")),
    ),
    filters=("city",),
)

DATASETS = (CASE_STATISTICS,)
