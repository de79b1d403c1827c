from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "birarada.monitoring"
    label = "monitoring"
    verbose_name = _("Monitoring")

    def ready(self):
        from birarada.core.access import Capability
        from birarada.core.modules import (
            PublicEntry,
            WorkspaceEntry,
            register_demo_loader,
            register_public_entry,
            register_workspace_entry,
        )
        from birarada.core.scheduling import register_startup_check
        from birarada.monitoring.demo import load_demo_monitoring
        from birarada.monitoring.tasks import ensure_reanalysis

        def demo() -> str:
            added = load_demo_monitoring()
            return f"Demo monitoring: {added} new items." if added else ""

        register_demo_loader(demo)
        register_startup_check(ensure_reanalysis)

        register_workspace_entry(WorkspaceEntry(
            capability=Capability.MODERATE, url_name="monitoring:queue", title=_("Media monitoring"),
            description=_("Review news and social media items the engine flagged, hatefulness × reach first."),
            order=30,
        ))
        register_workspace_entry(WorkspaceEntry(
            capability=Capability.MODERATE, url_name="monitoring:reports", title=_("Media-watch reports"),
            description=_("Figures by ground, discourse type and source for a period; publish them."),
            order=31,
        ))
        register_workspace_entry(WorkspaceEntry(
            capability=Capability.CHECK_COMMUNICATIONS, url_name="monitoring:checker",
            title=_("Communications checker"),
            description=_("Check a draft for stigmatising words and hateful passages before it is published."),
            order=32,
        ))
        register_public_entry(PublicEntry(
            url_name="monitoring:public_reports", title=_("Media-watch reports"),
            description=_("How hate speech in the local media targets the city's groups, period by period."),
            order=30,
        ))
