"""Figures the incidents module measures from its own records, for plan indicators (registered in the manifest).

Each takes the organizations to count (a unit and, if wanted, the units below), and a period of days (both
included), and returns a number, or None when there is nothing to measure.
"""

from __future__ import annotations

from datetime import date
from statistics import median

from birarada.incidents.choices import CaseStatus
from birarada.incidents.models import Case, Referral


def _received(organization_ids: set[int], since: date, until: date):
    return Case.objects.filter(organization__in=organization_ids, received_at__date__gte=since,
                               received_at__date__lte=until)


def reports_received(organization_ids: set[int], since: date, until: date) -> int:
    return _received(organization_ids, since, until).count()


def median_days_to_resolution(organization_ids: set[int], since: date, until: date) -> float | None:
    finished = Case.objects.filter(organization__in=organization_ids, status__in=CaseStatus.final_values(),
                                   finished_at__date__gte=since, finished_at__date__lte=until)
    days = [(f - r).total_seconds() / 86400 for r, f in finished.values_list("received_at", "finished_at")]
    return round(median(days), 1) if days else None


def share_referred(organization_ids: set[int], since: date, until: date) -> float | None:
    """Percent of the reports received in the period that were referred to a partner."""
    received = _received(organization_ids, since, until)
    total = received.count()
    if not total:
        return None
    referred = Referral.objects.filter(case__in=received).values("case").distinct().count()
    return round(100 * referred / total, 1)
