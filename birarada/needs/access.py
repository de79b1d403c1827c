"""The only ways to reach studies and the people heard in them.

Staff with `view_needs` (and the units above, to look) see studies, findings, recommendations and counts;
participants' names, contacts and profiles only through `participants_of`, for the organization's own members
with `manage_needs` (the caller audits the read). Nothing of this module is public."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from birarada.core.access import Workspace, access_workspace_by_slug, as_id, object_in
from birarada.core.types import AnyUser
from birarada.needs.models import Finding, FocusGroup, Participant, Recommendation, Study
from birarada.needs.module import MANAGE_NEEDS, VIEW_NEEDS


def studies_visible_to(workspace: Workspace) -> QuerySet[Study]:
    workspace.require(VIEW_NEEDS)
    return Study.objects.filter(organization=workspace.organization)


def with_parts(studies: QuerySet[Study]) -> QuerySet[Study]:
    return studies.prefetch_related(
        "events",
        Prefetch("focus_groups", queryset=FocusGroup.objects.select_related("event")),
        Prefetch("findings", queryset=Finding.objects.select_related("event").prefetch_related("recommendations")),
        Prefetch("recommendations", queryset=Recommendation.objects.select_related(
            "plan_action__objective__plan").prefetch_related("findings")))


def access_study_by_id(user: AnyUser, slug: str, study_id: object, *, manage: bool = False
                       ) -> tuple[Study, Workspace]:
    workspace = access_workspace_by_slug(user, slug, MANAGE_NEEDS if manage else VIEW_NEEDS, member=manage)
    return object_in(workspace, with_parts(Study.objects.all()), study_id), workspace


def access_group_by_id(user: AnyUser, slug: str, group_id: object, *, manage: bool = False
                       ) -> tuple[FocusGroup, Workspace]:
    workspace = access_workspace_by_slug(user, slug, MANAGE_NEEDS if manage else VIEW_NEEDS, member=manage)
    group = object_in(workspace, FocusGroup.objects.select_related("event", "study"), group_id,
                      via="study__organization")
    return group, workspace


def recommendation_in(study: Study, recommendation_id: object) -> Recommendation:
    found = study.recommendations.filter(pk=as_id(recommendation_id)).first()
    if found is None:
        raise Http404
    return found


def findings_in(study: Study, ids) -> list[Finding]:
    wanted = {as_id(i) for i in ids}
    found = list(study.findings.filter(pk__in=wanted))
    if len(found) != len(wanted):
        raise Http404
    return found


def participants_of(group: FocusGroup, workspace: Workspace) -> QuerySet[Participant]:
    """Names, contacts and self-declared profiles: the organization's own coordinators only (audit the read)."""
    workspace.require(MANAGE_NEEDS).require_member()
    if group.study.organization_id != workspace.organization.pk:
        raise Http404
    return group.participants.all()


def participant_in(group: FocusGroup, workspace: Workspace, participant_id: object) -> Participant:
    found = participants_of(group, workspace).filter(pk=as_id(participant_id)).first()
    if found is None:
        raise Http404
    return found
