"""Figures the campaigns module measures (registered in the manifest for plan indicators)."""

from __future__ import annotations

from datetime import date

from django.db.models import Sum

from birarada.campaigns.models import Campaign, Comment, Engagement


def campaigns_run(organization_ids: set[int], since: date, until: date) -> int:
    return Campaign.objects.filter(organization__in=organization_ids, the_day__gte=since,
                                   the_day__lte=until).count()


def reach(organization_ids: set[int], since: date, until: date) -> int:
    total = Engagement.objects.filter(organization__in=organization_ids, measured_on__gte=since,
                                      measured_on__lte=until).aggregate(total=Sum("reach"))["total"]
    return int(total or 0)


def share_hateful_comments(organization_ids: set[int], since: date, until: date) -> float | None:
    comments = Comment.objects.filter(campaign__organization__in=organization_ids, source="page",
                                      created_at__date__gte=since, created_at__date__lte=until,
                                      screened_at__isnull=False)
    total = comments.count()
    if not total:
        return None
    return round(100 * comments.filter(engine_label="hateful").count() / total, 1)
