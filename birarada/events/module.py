"""The events module's manifest: what it adds to the platform (see birarada/core/modules.py)."""

from datetime import timedelta

from django.utils.text import format_lazy
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
from birarada.events.choices import EventKind

MANAGE_EVENTS = "manage_events"
VIEW_EVENTS = "view_events"

MANIFEST = Manifest(
    label="events",
    open_data="birarada.events.datasets.DATASETS",
    summary=_("The unit holds panels, meetings with civil society, focus groups and trainings; residents register "
              "without an account and trainees get verifiable certificates."),
    capabilities=(
        CapabilityGrant(MANAGE_EVENTS, frozenset({Role.COORDINATOR, Role.COMMUNICATIONS})),
        CapabilityGrant(VIEW_EVENTS, frozenset({Role.COORDINATOR, Role.COMMUNICATIONS, Role.CASE_WORKER,
                                                Role.MODERATOR, Role.VIEWER}), oversight=True),
    ),
    urls="birarada.events.urls",
    city_sections=(
        CitySection(_("Upcoming events"), "birarada.events.city.upcoming_events", order=20),
    ),
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
    periodic_tasks=(PeriodicTask("birarada.events.tasks.purge_past_registrations", timedelta(days=1)),
                    PeriodicTask("birarada.events.tasks.send_reminders", timedelta(hours=1))),
    encrypted_stores=(EncryptedStore("registrants", models=("events.Registration", "events.Invitation"),
                                     purge_task="birarada.events.tasks.purge_past_registrations"),),
    confidential_models=("events.Registration", "events.Invitation", "events.Feedback"),
    indicators=(
        Indicator("events.held", _("Events held"), "count", "birarada.events.indicators.events_held"),
        Indicator("events.people_trained", _("People trained (attended a training)"), "people",
                  "birarada.events.indicators.people_trained"),
        Indicator("events.training_hours", _("Training hours given (hours × attendees)"), "hours",
                  "birarada.events.indicators.training_hours"),
        Indicator("events.municipal_staff_trained", _("Municipal staff trained (attended a training)"), "people",
                  "birarada.events.indicators.municipal_staff_trained"),
        *(Indicator(f"events.held.{kind.value}", format_lazy(_("Events held: {kind}"), kind=kind.label), "count",
                    f"birarada.events.indicators.held_{kind.value}") for kind in EventKind),
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
        ("event.invite", _("Invitations sent")),
        ("event.invitations_view", _("Invitation list opened")),
        ("event.remind", _("Reminders sent to registrants")),
        ("event.checkin_list", _("Check-in list printed")),
        ("event.record", _("Record of the event saved (minutes, outcomes, who took part)")),
        ("event.file_add", _("File added to the event's record")),
        ("event.file_download", _("File of the event's record opened")),
        ("event.file_remove", _("File removed from the event's record")),
        ("event.feedback", _("Anonymous feedback given")),
    ),
)
