"""The only ways monitoring views reach sources, items, reviews, imports and reports. Missing and forbidden
both raise Http404.

The same shape as every module: `access_<thing>_by_id(user, org_slug, id) -> (thing, workspace)` for one
object, `<things>_visible_to(workspace)` for lists. Monitoring is the unit's own work: only its members who
moderate reach it (oversight from a metropolitan unit does not).
"""

from django.db.models import QuerySet
from django.http import Http404

from birarada.core.access import Workspace, access_workspace_by_slug, as_id, object_in
from birarada.core.types import AnyUser
from birarada.monitoring.models import ImportBatch, Item, ItemQuerySet, MediaWatchReport, Review, Source
from birarada.monitoring.module import MODERATE

MAX_BULK = 500


def moderation_workspace(user: AnyUser, slug: str) -> Workspace:
    """The workspace of `slug` for one of its own members who moderates; Http404 otherwise."""
    return access_workspace_by_slug(user, slug, MODERATE, member=True)


def _require(workspace: Workspace) -> Workspace:
    return workspace.require(MODERATE).require_member()


def sources_visible_to(workspace: Workspace) -> QuerySet[Source]:
    return Source.objects.filter(organization=_require(workspace).organization)


def imports_visible_to(workspace: Workspace) -> QuerySet[ImportBatch]:
    return ImportBatch.objects.filter(source__organization=_require(workspace).organization)


def items_visible_to(workspace: Workspace) -> ItemQuerySet:
    return Item.objects.filter(organization=_require(workspace).organization)


def reviews_visible_to(workspace: Workspace) -> QuerySet[Review]:
    return Review.objects.filter(organization=_require(workspace).organization)


def reports_visible_to(workspace: Workspace) -> QuerySet[MediaWatchReport]:
    return MediaWatchReport.objects.filter(organization=_require(workspace).organization)


def access_source_by_id(user: AnyUser, slug: str, source_id: object) -> tuple[Source, Workspace]:
    workspace = moderation_workspace(user, slug)
    return object_in(workspace, Source.objects.all(), source_id), workspace


def access_item_by_id(user: AnyUser, slug: str, item_id: object) -> tuple[Item, Workspace]:
    workspace = moderation_workspace(user, slug)
    return object_in(workspace, Item.objects.select_related("source", "organization"), item_id), workspace


def access_items_by_ids(user: AnyUser, slug: str, item_ids) -> tuple[list[Item], Workspace]:
    """The workspace's items among `item_ids` (at most MAX_BULK); ids of other organizations are left out."""
    workspace = moderation_workspace(user, slug)
    items = list(items_visible_to(workspace).filter(pk__in=list(item_ids)[:MAX_BULK]).select_related("organization"))
    return items, workspace


def review_of(item: Item) -> Review | None:
    """The review of an item already reached through `access_item_by_id`."""
    return Review.objects.filter(item=item).first()


def access_report_by_id(user: AnyUser, slug: str, report_id: object) -> tuple[MediaWatchReport, Workspace]:
    workspace = moderation_workspace(user, slug)
    return object_in(workspace, MediaWatchReport.objects.all(), report_id), workspace


def published_reports() -> QuerySet[MediaWatchReport]:
    """Published reports, for anyone (partners and residents read reports here)."""
    return MediaWatchReport.objects.published().select_related("organization")


def public_report_by_id(report_id: object) -> MediaWatchReport:
    """A published report, for anyone."""
    report = published_reports().filter(pk=as_id(report_id)).first()
    if report is None:
        raise Http404
    return report
