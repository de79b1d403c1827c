"""Figures the needs module measures (registered in the manifest for plan indicators)."""

from __future__ import annotations

from datetime import date

from birarada.events.choices import EventStatus
from birarada.needs.actions import group_counts
from birarada.needs.models import FocusGroup, Recommendation, RecommendationStatus


def participants_by_ground(organization_ids: set[int], since: date, until: date) -> dict[str, int]:
    """People heard in focus groups that met in the period, by the grounds each group represented ("" is the
    total; a group for two grounds counts its people under both)."""
    values: dict[str, int] = {"": 0}
    groups = FocusGroup.objects.filter(study__organization__in=organization_ids, event__ends_at__date__gte=since,
                                       event__ends_at__date__lte=until).exclude(event__status=EventStatus.CANCELLED)
    for group in groups:
        participants, _counts = group_counts(group)
        values[""] += participants
        for ground in group.target_grounds:
            values[ground] = values.get(ground, 0) + participants
    return values


def recommendations_in_plan(organization_ids: set[int], since: date, until: date) -> int:
    return Recommendation.objects.filter(study__organization__in=organization_ids,
                                         status=RecommendationStatus.IN_PLAN).count()
