"""The only way monitoring views fetch a source, an item or a report: scoped to the workspace's
organization, Http404 for missing and forbidden alike."""

from django.http import Http404

from birarada.core.access import Capability, Workspace
from birarada.monitoring.models import Item, MediaWatchReport, Source


def access_source_by_id(workspace: Workspace, source_id: int) -> Source:
    workspace.require(Capability.MODERATE)
    source = Source.objects.filter(pk=source_id, organization=workspace.organization).first()
    if source is None:
        raise Http404
    return source


def access_item_by_id(workspace: Workspace, item_id: int) -> Item:
    workspace.require(Capability.MODERATE)
    item = (
        Item.objects.filter(pk=item_id, organization=workspace.organization)
        .select_related("source", "organization")
        .first()
    )
    if item is None:
        raise Http404
    return item


def access_items_by_ids(workspace: Workspace, item_ids) -> list[Item]:
    """The workspace's items among `item_ids`; ids of other organizations are silently left out."""
    workspace.require(Capability.MODERATE)
    return list(Item.objects.filter(pk__in=list(item_ids)[:500], organization=workspace.organization)
                .select_related("organization"))


def access_report_by_id(workspace: Workspace, report_id: int) -> MediaWatchReport:
    workspace.require(Capability.MODERATE)
    report = MediaWatchReport.objects.filter(pk=report_id, organization=workspace.organization).first()
    if report is None:
        raise Http404
    return report


def public_report_by_id(report_id: int) -> MediaWatchReport:
    """A published report, for anyone (partners and residents read reports here)."""
    report = MediaWatchReport.objects.published().select_related("organization").filter(pk=report_id).first()
    if report is None:
        raise Http404
    return report
