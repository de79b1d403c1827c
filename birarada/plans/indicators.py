"""Figures the plans module measures from its own records: the unit's equality reviews."""

from __future__ import annotations

from datetime import date

from birarada.plans.models import EqualityReview, Recommendation


def reviews_completed(organization_ids: set[int], since: date, until: date) -> int:
    return EqualityReview.objects.filter(organization__in=organization_ids, decided_on__gte=since,
                                         decided_on__lte=until).count()


def recommendations_adopted(organization_ids: set[int], since: date, until: date) -> float | None:
    """Percent of the recommendations followed up in the period that the other directorate adopted."""
    followed = Recommendation.objects.filter(review__organization__in=organization_ids, followed_up_on__gte=since,
                                             followed_up_on__lte=until)
    total = followed.count()
    return round(100 * followed.filter(adopted=True).count() / total, 1) if total else None
