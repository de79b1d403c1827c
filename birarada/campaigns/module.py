"""The campaigns module's manifest: what it adds to the platform (see birarada/core/modules.py)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

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

MANAGE_CAMPAIGNS = "manage_campaigns"  # create campaigns, phases, toolkit, specifications; curate submissions
MODERATE_COMMENTS = "moderate_campaign_comments"
VIEW_CAMPAIGNS = "view_campaigns"

MANIFEST = Manifest(
    label="campaigns",
    summary=_("The unit campaigns for international days with other cities: a shared message, a toolkit, "
              "submissions checked on arrival and comments screened for hate speech."),
    capabilities=(
        CapabilityGrant(MANAGE_CAMPAIGNS, frozenset({Role.COORDINATOR, Role.COMMUNICATIONS})),
        CapabilityGrant(MODERATE_COMMENTS, frozenset({Role.COORDINATOR, Role.COMMUNICATIONS, Role.MODERATOR})),
        CapabilityGrant(VIEW_CAMPAIGNS, frozenset({Role.COORDINATOR, Role.COMMUNICATIONS, Role.MODERATOR,
                                                   Role.CASE_WORKER, Role.VIEWER, Role.PARTNER}), oversight=True),
    ),
    urls="birarada.campaigns.urls",
    city_sections=(
        CitySection(_("Campaigns"), "birarada.campaigns.city.city_campaigns", order=40),
    ),
    demo_loader="birarada.campaigns.demo.load_demo_campaigns",
    workspace_entries=(
        WorkspaceEntry(VIEW_CAMPAIGNS, "campaigns:campaigns", _("Campaigns"),
                       _("International days, campaign phases and checklists, toolkit, submissions."), order=60),
        WorkspaceEntry(MODERATE_COMMENTS, "campaigns:moderation", _("Campaign comments"),
                       _("Comments held by the engine, riskiest first; the moderation load per day."), order=61),
    ),
    public_entries=(
        PublicEntry("campaigns:public_campaigns", _("Campaigns"),
                    _("Campaigns for international days: the message, the toolkit, and your contribution."),
                    order=60),
    ),
    periodic_tasks=(PeriodicTask("birarada.campaigns.tasks.purge_submitters", timedelta(days=1)),
                    PeriodicTask("birarada.campaigns.tasks.screen_waiting_comments", timedelta(minutes=10))),
    encrypted_stores=(EncryptedStore("campaign submitters", models=("campaigns.Submission",),
                                     purge_task="birarada.campaigns.tasks.purge_submitters"),),
    confidential_models=("campaigns.Submission", "campaigns.Comment"),
    indicators=(
        Indicator("campaigns.run", _("Campaigns run (their day in the period)"), "count",
                  "birarada.campaigns.indicators.campaigns_run"),
        Indicator("campaigns.reach", _("Campaign reach (imported from the platforms)"), "people",
                  "birarada.campaigns.indicators.reach"),
        Indicator("campaigns.share_hateful_comments", _("Share of campaign-page comments the engine found hateful"),
                  "percent", "birarada.campaigns.indicators.share_hateful_comments"),
    ),
    audit_verbs=(
        # campaigns, phases, messages, toolkit (actions.py)
        ("campaign.create", _("Campaign created")),
        ("campaign.update", _("Campaign changed")),
        ("campaign.join", _("Organization joined a campaign")),
        ("campaign.invite", _("Organization invited to a campaign")),
        ("campaign.invitation_answer", _("Invitation to a campaign accepted or declined")),
        ("campaign.message", _("Campaign message written or adapted")),
        ("campaign.phase", _("Campaign phase set")),
        ("campaign.checklist_add", _("Checklist task added")),
        ("campaign.checklist_done", _("Checklist task done")),
        ("campaign.asset_add", _("Toolkit file added")),
        ("campaign.asset_remove", _("Toolkit file removed")),
        ("campaign.spec", _("Submission format set")),
        # editorial calendar (posts.py)
        ("campaign.post_plan", _("Post planned in the editorial calendar")),
        ("campaign.post_edit", _("Planned post changed (texts checked again)")),
        ("campaign.post_status", _("Planned post moved on (for approval, approved, published)")),
        ("campaign.engagement_import", _("Engagement figures imported from a platform export")),
        # submissions (submissions.py)
        ("campaign.submit", _("Contribution received")),
        ("campaign.curate", _("Contribution approved or not accepted")),
        ("campaign.submitters_view", _("Contributors' names and contacts opened")),
        ("campaign.purge", _("Contributors' details erased (retention)")),
        # contest (contest.py)
        ("campaign.contest_category", _("Contest category added")),
        ("campaign.contest_juror_add", _("Jury member added to a contest")),
        ("campaign.contest_juror_remove", _("Jury member removed from a contest")),
        ("campaign.contest_score", _("Contest entry scored by a jury member")),
        ("campaign.contest_winner", _("Contest winner announced")),
        # comments (comments.py)
        ("campaign.comment", _("Comment received")),
        ("campaign.comment_screen", _("Comments screened by the engine")),
        ("campaign.comment_decide", _("Held comment published or rejected")),
        ("campaign.comment_import", _("Comments imported from a platform export")),
    ),
)
