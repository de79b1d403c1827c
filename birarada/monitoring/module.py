"""The monitoring module's manifest: what it adds to the platform (see birarada/core/modules.py)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from birarada.core.models import Role
from birarada.core.modules import (
    CapabilityGrant,
    Indicator,
    Manifest,
    PeriodicTask,
    PublicEntry,
    WorkspaceEntry,
)

MODERATE = "moderate"
CHECK_COMMUNICATIONS = "check_communications"

MANIFEST = Manifest(
    label="monitoring",
    open_data="birarada.monitoring.datasets.DATASETS",
    summary=_("The unit watches local news and social media for hate speech, publishes media-watch reports "
              "and checks the city's own texts before they go out."),
    capabilities=(
        CapabilityGrant(MODERATE, frozenset({Role.COORDINATOR, Role.MODERATOR})),
        CapabilityGrant(CHECK_COMMUNICATIONS, frozenset({Role.COORDINATOR, Role.MODERATOR, Role.COMMUNICATIONS})),
    ),
    urls="birarada.monitoring.urls",
    workspace_entries=(
        WorkspaceEntry(MODERATE, "monitoring:queue", _("Media monitoring"),
                       _("Review news and social media items the engine flagged, hatefulness × reach first."),
                       order=30),
        WorkspaceEntry(MODERATE, "monitoring:reports", _("Media-watch reports"),
                       _("Figures by ground, discourse type and source for a period; publish them."), order=31),
        WorkspaceEntry(CHECK_COMMUNICATIONS, "monitoring:checker", _("Communications checker"),
                       _("Check a draft for stigmatising words and hateful passages before it is published."),
                       order=32),
    ),
    public_entries=(
        PublicEntry("monitoring:public_reports", _("Media-watch reports"),
                    _("How hate speech in the local media targets the city's groups, period by period."),
                    order=30),
    ),
    demo_loader="birarada.monitoring.demo.demo_summary",
    periodic_tasks=(
        PeriodicTask("birarada.monitoring.tasks.poll_due_sources", timedelta(minutes=1)),
        PeriodicTask("birarada.monitoring.tasks.sweep_abandoned_imports", timedelta(hours=1)),
        PeriodicTask("birarada.monitoring.tasks.maintain_item_partitions", timedelta(days=1)),
    ),
    startup_checks=("birarada.monitoring.tasks.ensure_reanalysis",),
    audit_verbs=(
        ("monitoring.source_add", _("Feed added")),
        ("monitoring.source_pause", _("Source paused")),
        ("monitoring.source_resume", _("Source watched again")),
        ("monitoring.source_poll_request", _("Feed reading requested")),
        ("monitoring.source_fail", _("Feed could not be read")),
        ("monitoring.source_recover", _("Feed readable again")),
        ("monitoring.text_paste", _("Text pasted for analysis")),
        ("monitoring.export_upload", _("Export uploaded")),
        ("monitoring.export_ingest", _("Export imported")),
        ("monitoring.items_analyse", _("Items analysed by the engine")),
        ("monitoring.items_expire", _("Items past their retention period deleted")),
        ("monitoring.item_review", _("Item reviewed")),
        ("monitoring.items_review_bulk", _("Items reviewed together")),
        ("monitoring.labelled_data_export", _("Reviewed texts downloaded")),
        ("monitoring.report_create", _("Media-watch report created")),
        ("monitoring.report_publish", _("Media-watch report published")),
        ("monitoring.report_unpublish", _("Media-watch report withdrawn")),
    ),
    indicators=(
        Indicator("monitoring.share_hateful", _("Share of monitored items judged hateful"), "percent",
                  "birarada.monitoring.indicators.share_hateful"),
        Indicator("monitoring.hateful_per_thousand", _("Hateful items per 1,000 monitored"), "per 1,000",
                  "birarada.monitoring.indicators.hateful_per_thousand"),
    ),
    # Monitored texts are public posts, but who flagged what, reviewers' notes and uploaded exports are the
    # unit's own work: views reach them only through birarada.monitoring.access.
    confidential_models=("monitoring.Source", "monitoring.Item", "monitoring.Review", "monitoring.ImportBatch",
                         "monitoring.MediaWatchReport"),
)
