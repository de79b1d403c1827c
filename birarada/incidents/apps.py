from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IncidentsConfig(AppConfig):
    name = "birarada.incidents"
    label = "incidents"
    verbose_name = _("Discrimination reports")

    def ready(self):
        from birarada.core.access import Capability
        from birarada.core.modules import (
            PublicEntry,
            WorkspaceEntry,
            register_demo_loader,
            register_public_entry,
            register_workspace_entry,
        )
        from birarada.incidents.demo import load_demo_cases

        register_demo_loader(load_demo_cases)

        register_public_entry(PublicEntry(
            "incidents:report", _("Report discrimination"),
            _("Were you treated unfairly because of who you are? Tell us, anonymously if you wish. "
              "You get a code to follow your report."), order=10))
        register_public_entry(PublicEntry(
            "incidents:status", _("Follow your report"),
            _("Enter your receipt code to see what happened to your report and answer our questions."), order=11))
        register_public_entry(PublicEntry(
            "incidents:public_statistics", _("Discrimination in numbers"),
            _("What residents reported, by ground, area of life and district. No personal data."), order=12))
        register_workspace_entry(WorkspaceEntry(
            Capability.HANDLE_CASES, "incidents:queue", _("Cases"),
            _("Reports of discrimination: triage, handling, referral."), order=10))
        register_workspace_entry(WorkspaceEntry(
            Capability.VIEW_STATISTICS, "incidents:statistics", _("Case statistics"),
            _("Counts by ground, area, district and month; CSV export."), order=11))
        register_workspace_entry(WorkspaceEntry(
            Capability.VIEW_REFERRED_CASES, "incidents:referrals", _("Referred cases"),
            _("Cases the equality unit passed to your organization."), order=12))
