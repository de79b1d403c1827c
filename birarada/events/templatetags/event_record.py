"""The record of an event in templates: `richtext` shows minutes as safe HTML; `event_record` gathers what the
staff page shows of the record (files and feedback only for the event's own organizers)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django import template
from django.utils.safestring import SafeString

from birarada.core.access import Workspace
from birarada.core.collation import sorted_turkish
from birarada.core.models import Organization
from birarada.events import richtext
from birarada.events.access import feedback_of, files_of
from birarada.events.models import Event, EventFile
from birarada.events.module import MANAGE_EVENTS
from birarada.events.record import FeedbackSummary, summarise_feedback

register = template.Library()


@register.filter(name="richtext")
def richtext_html(text: str) -> SafeString:
    """Minutes (simple Markdown) as HTML with only plain, safe tags."""
    return richtext.render(text)


@dataclass
class Record:
    can_manage: bool
    organizations: list[Organization]
    has_record: bool
    files: list[EventFile] = field(default_factory=list)
    feedback: FeedbackSummary | None = None


@register.simple_tag
def event_record(event: Event, workspace: Workspace) -> Record:
    can_manage = workspace.can(MANAGE_EVENTS) and workspace.is_member
    organizations = sorted_turkish(event.attending_organizations.all(), key=lambda o: o.name)
    record = Record(can_manage=can_manage, organizations=organizations,
                    has_record=bool(event.minutes or event.outcomes or event.attendee_count is not None
                                    or organizations or event.attending_other))
    if can_manage:
        record.files = list(files_of(event, workspace))
        record.feedback = summarise_feedback(feedback_of(event, workspace))
    return record
