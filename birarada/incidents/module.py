"""The incidents module's manifest: what it adds to the platform (see birarada/core/modules.py)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from birarada.core.access import Capability
from birarada.core.models import Role
from birarada.core.modules import (
    CapabilityGrant,
    CitySection,
    EncryptedStore,
    Indicator,
    Manifest,
    PeriodicTask,
    PublicEntry,
    WorkspaceEntry,
)

HANDLE_CASES = "handle_cases"
VIEW_REFERRED_CASES = "view_referred_cases"

MANIFEST = Manifest(
    label="incidents",
    open_data="birarada.incidents.datasets.DATASETS",
    summary=_("Residents report discrimination safely, anonymously if they wish, and follow what the unit does "
              "about it; the unit handles each case and refers it to partners."),
    capabilities=(
        CapabilityGrant(HANDLE_CASES, frozenset({Role.COORDINATOR, Role.CASE_WORKER})),
        CapabilityGrant(VIEW_REFERRED_CASES, frozenset({Role.PARTNER})),
    ),
    urls="birarada.incidents.urls",
    city_sections=(
        CitySection(_("Report discrimination"), "birarada.incidents.city.report_links", order=10),
    ),
    api_urls="birarada.incidents.api_urls",
    openapi="birarada.incidents.openapi.SPEC",  # served by core at /api/v1/openapi.json
    public_entries=(
        PublicEntry("incidents:report", _("Report discrimination"),
                    _("Were you treated unfairly because of who you are? Tell us, anonymously if you wish. "
                      "You get a code to follow your report."), order=10),
        PublicEntry("incidents:status", _("Follow your report"),
                    _("Enter your receipt code to see what happened to your report and answer our questions."),
                    order=11),
        PublicEntry("incidents:public_statistics", _("Discrimination in numbers"),
                    _("What residents reported, by ground, area of life and district. No personal data."),
                    order=12),
    ),
    workspace_entries=(
        WorkspaceEntry(HANDLE_CASES, "incidents:queue", _("Cases"),
                       _("Reports of discrimination: triage, handling, referral."), order=10),
        WorkspaceEntry(Capability.VIEW_STATISTICS, "incidents:statistics", _("Case statistics"),
                       _("Counts by ground, area, district and month; CSV export."), order=11),
        WorkspaceEntry(VIEW_REFERRED_CASES, "incidents:referrals", _("Referred cases"),
                       _("Cases the equality unit passed to your organization."), order=12),
    ),
    demo_loader="birarada.incidents.demo.load_demo_cases",
    periodic_tasks=(
        PeriodicTask("birarada.incidents.tasks.purge_expired_cases", timedelta(days=1)),
        PeriodicTask("birarada.incidents.tasks.remind_case_deadlines", timedelta(days=1)),
        PeriodicTask("birarada.incidents.tasks.publish_public_statistics", timedelta(days=1)),
    ),
    encrypted_stores=(
        EncryptedStore(
            "case files",
            models=("incidents.Case", "incidents.CaseNote", "incidents.CaseMessage", "incidents.Evidence",
                    "incidents.Referral"),
            files="birarada.incidents.evidence.evidence_files",
            purge_task="birarada.incidents.tasks.purge_expired_cases",
        ),
    ),
    audit_verbs=(
        ("case.submit", _("Report received")),
        ("case.view_case", _("Case file opened")),
        ("case.view_evidence", _("Evidence file opened")),
        ("case.view_referral", _("Referral opened by the partner")),
        ("case.assign", _("Case worker assigned")),
        ("case.status", _("Status changed")),
        ("case.deadline", _("Deadline set")),
        ("case.deadline_reminder", _("Deadline reminder sent")),
        ("case.note", _("Internal note added")),
        ("case.message_to_reporter", _("Message sent to the reporter")),
        ("case.message_from_reporter", _("Message from the reporter")),
        ("case.refer", _("Referred to a partner")),
        ("case.transfer", _("Transferred to another unit")),
        ("case.purge", _("Personal data erased (retention)")),
        ("referral.update", _("Referral updated by the partner")),
        ("statistics.publish", _("Public figures published")),
    ),
    indicators=(
        Indicator("incidents.reports_received", _("Discrimination reports received"), "count",
                  "birarada.incidents.indicators.reports_received"),
        Indicator("incidents.median_days_to_resolution", _("Median days from report to a finished case"), "days",
                  "birarada.incidents.indicators.median_days_to_resolution"),
        Indicator("incidents.share_referred", _("Share of reports referred to a partner"), "percent",
                  "birarada.incidents.indicators.share_referred"),
    ),
    confidential_models=("incidents.Case", "incidents.CaseNote", "incidents.CaseMessage", "incidents.Evidence",
                         "incidents.Referral"),
)
