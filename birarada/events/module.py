"""The events module's manifest: what it adds to the platform (see birarada/core/modules.py)."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from birarada.core.models import Role
from birarada.core.modules import (
    CapabilityGrant,
    EncryptedStore,
    Indicator,
    Manifest,
    PeriodicTask,
    PublicEntry,
    WorkspaceEntry,
)

MANAGE_EVENTS = "manage_events"
VIEW_EVENTS = "view_events"

MANIFEST = Manifest(
    label="events",
    summary=_("The unit holds panels, meetings with civil society, focus groups and trainings; residents register "
              "without an account and trainees get verifiable certificates."),
    capabilities=(
        CapabilityGrant(MANAGE_EVENTS, frozenset({Role.COORDINATOR, Role.COMMUNICATIONS})),
        CapabilityGrant(VIEW_EVENTS, frozenset({Role.COORDINATOR, Role.COMMUNICATIONS, Role.CASE_WORKER,
                                                Role.MODERATOR, Role.VIEWER}), oversight=True),
    ),
    urls="birarada.events.urls",
    demo_loader="birarada.events.demo.load_demo_events",
    workspace_entries=(
        WorkspaceEntry(VIEW_EVENTS, "events:events", _("Events and trainings"),
                       _("Panels, meetings, focus groups and trainings: registrations, attendance, certificates."),
                       order=50),
    ),
    public_entries=(
        PublicEntry("events:calendar", _("Events"),
                    _("Panels, trainings and meetings of the equality unit and its partners: register online."),
                    order=50),
    ),
    periodic_tasks=(PeriodicTask("birarada.events.tasks.purge_past_registrations", timedelta(days=1)),),
    encrypted_stores=(EncryptedStore("registrants", models=("events.Registration",),
                                     purge_task="birarada.events.tasks.purge_past_registrations"),),
    confidential_models=("events.Registration",),
    indicators=(
        Indicator("events.held", _("Events held"), "count", "birarada.events.indicators.events_held"),
        Indicator("events.people_trained", _("People trained (attended a training)"), "people",
                  "birarada.events.indicators.people_trained"),
        Indicator("events.training_hours", _("Training hours given (hours × attendees)"), "hours",
                  "birarada.events.indicators.training_hours"),
    ),
    audit_verbs=(
        ("event.create", _("Event created")),
        ("event.agenda_add", _("Agenda session added")),
        ("event.cancel", _("Event cancelled")),
        ("event.register", _("Someone registered")),
        ("event.unregister", _("A registration was cancelled")),
        ("event.registrants_view", _("Registrant list opened")),
        ("event.attendance", _("Attendance recorded")),
        ("event.certificates", _("Certificates issued")),
        ("event.purge", _("Registrants' details erased (retention)")),
    ),
)
