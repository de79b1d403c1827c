"""The needs module's manifest: what it adds to the platform (see birarada/core/modules.py).

It builds on two modules: a focus group is an event (`events`) and a recommendation can become a plan action
(`plans`); the plan's page shows where its action came from through the `references` seam."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from birarada.core.models import Role
from birarada.core.modules import (
    CapabilityGrant,
    EncryptedStore,
    Indicator,
    Manifest,
    PeriodicTask,
    Reference,
    WorkspaceEntry,
)

MANAGE_NEEDS = "manage_needs"  # run studies; the only capability that reads participants' profiles
VIEW_NEEDS = "view_needs"  # findings, recommendations, aggregate reports

MANIFEST = Manifest(
    label="needs",
    summary=_("The unit listens before it plans: focus groups with balanced representation and meetings with "
              "civil society produce findings, and findings become recommendations and plan actions."),
    capabilities=(
        CapabilityGrant(MANAGE_NEEDS, frozenset({Role.COORDINATOR})),
        CapabilityGrant(VIEW_NEEDS, frozenset({Role.COORDINATOR, Role.COMMUNICATIONS, Role.CASE_WORKER,
                                               Role.VIEWER}), oversight=True),
    ),
    urls="birarada.needs.urls",
    workspace_entries=(
        WorkspaceEntry(VIEW_NEEDS, "needs:studies", _("Needs assessment"),
                       _("Focus groups and their representation grid, findings, recommendations and the report."),
                       order=55),
    ),
    demo_loader="birarada.needs.demo.load_demo_study",
    periodic_tasks=(PeriodicTask("birarada.needs.tasks.purge_participant_profiles", timedelta(days=1)),),
    encrypted_stores=(EncryptedStore("focus-group participants", models=("needs.Participant",),
                                     purge_task="birarada.needs.tasks.purge_participant_profiles"),),
    confidential_models=("needs.Participant", "needs.Study", "needs.FocusGroup", "needs.Finding",
                         "needs.Recommendation"),
    indicators=(
        Indicator("needs.participants", _("People heard in focus groups (by ground represented)"), "people",
                  "birarada.needs.indicators.participants_by_ground"),
        Indicator("needs.recommendations_in_plan", _("Needs-assessment recommendations that became plan actions"),
                  "count", "birarada.needs.indicators.recommendations_in_plan"),
    ),
    references=(
        Reference("plans.Action", "birarada.needs.references.recommendations_for_actions"),
        Reference("events.Event", "birarada.needs.references.studies_for_events"),
    ),
    audit_verbs=(
        ("needs.study_create", _("Needs-assessment study created")),
        ("needs.event_add", _("Focus group or meeting added to a study")),
        ("needs.grid_set", _("Representation targets of a focus group set")),
        ("needs.participant_add", _("Focus-group participant recorded (with consent)")),
        ("needs.participant_withdraw", _("Focus-group participant withdrew (profile erased)")),
        ("needs.participants_view", _("Focus-group participants' profiles opened")),
        ("needs.finding_add", _("Finding recorded")),
        ("needs.recommendation_add", _("Recommendation written")),
        ("needs.recommendation_to_plan", _("Recommendation became a plan action")),
        ("needs.recommendation_decline", _("Recommendation not taken up")),
        ("needs.purge", _("Focus-group participants' profiles erased (retention)")),
    ),
)
