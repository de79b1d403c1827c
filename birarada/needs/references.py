"""What the needs module tells other modules' pages (registered in the manifest's `references`): the plan
action a recommendation became, and the study an event is part of."""

from __future__ import annotations

from collections.abc import Collection

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from birarada.core.modules import ReferenceLink
from birarada.needs.models import Recommendation, Study
from birarada.needs.module import VIEW_NEEDS


def recommendations_for_actions(ids: Collection[int], workspace) -> dict[int, list[ReferenceLink]]:
    if not workspace.can(VIEW_NEEDS):
        return {}
    found: dict[int, list[ReferenceLink]] = {}
    for recommendation in Recommendation.objects.filter(
            plan_action__in=ids, study__organization=workspace.organization).select_related("study"):
        study = recommendation.study
        url = reverse("needs:study", args=[workspace.organization.slug, study.pk]) + f"#rec-{recommendation.pk}"
        assert recommendation.plan_action_id is not None
        found.setdefault(recommendation.plan_action_id, []).append(ReferenceLink(
            kind=_("From the needs assessment “%(study)s”") % {"study": study.title},
            label=recommendation.text, url=url))
    return found


def studies_for_events(ids: Collection[int], workspace) -> dict[int, list[ReferenceLink]]:
    if not workspace.can(VIEW_NEEDS):
        return {}
    found: dict[int, list[ReferenceLink]] = {}
    for study in Study.objects.filter(events__in=ids, organization=workspace.organization).distinct():
        for event_id in study.events.filter(pk__in=ids).values_list("pk", flat=True):
            found.setdefault(event_id, []).append(ReferenceLink(
                kind=_("Part of the needs assessment"), label=study.title,
                url=reverse("needs:study", args=[workspace.organization.slug, study.pk])))
    return found
