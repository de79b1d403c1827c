"""On the day and after: the record of what happened (minutes, outcomes, who took part), the files kept with
it, and anonymous feedback. Every change is one transaction with one audit row; what people wrote (minutes,
comments, file titles) never goes into the audit log."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.core import uploads
from birarada.core.actions import record_audit
from birarada.core.models import Organization
from birarada.core.types import Actor
from birarada.core.uploads import Kind
from birarada.events.actions import EventError
from birarada.events.choices import EventStatus
from birarada.events.models import Event, EventFile, Feedback

if TYPE_CHECKING:
    pass

MAX_FILE_BYTES = uploads.MAX_FILE_BYTES
FEEDBACK_DAYS = 60  # feedback is taken from the start of an event until this many days after its end
MAX_COMMENT_CHARS = 2000


# ---- the record ------------------------------------------------------------------------------------

@transaction.atomic
def do_record_event(event: Event, *, minutes: str, outcomes: str, attendee_count: int | None,
                    attending_organizations: Iterable[Organization], attending_other: str, actor: Actor) -> Event:
    """Write down what happened. The audit row names the parts that changed, not what they say."""
    if event.status == EventStatus.CANCELLED:
        raise EventError(_("This event was cancelled: there is nothing to record."))
    if attendee_count is not None and attendee_count < 0:
        raise EventError(_("The number of people who came cannot be negative."))
    organizations = list(attending_organizations)
    before = {"minutes": event.minutes, "outcomes": event.outcomes, "attendee_count": event.attendee_count,
              "attending_other": event.attending_other,
              "attending_organizations": set(event.attending_organizations.values_list("pk", flat=True))}
    event.minutes = minutes.strip()
    event.outcomes = outcomes.strip()
    event.attendee_count = attendee_count
    event.attending_other = attending_other.strip()[:500]
    event.save(update_fields=["minutes", "outcomes", "attendee_count", "attending_other"])
    event.attending_organizations.set(organizations)
    after = {"minutes": event.minutes, "outcomes": event.outcomes, "attendee_count": event.attendee_count,
             "attending_other": event.attending_other,
             "attending_organizations": {o.pk for o in organizations}}
    record_audit(actor=actor, verb="event.record", organization=event.organization, target=event,
                 changes={"changed": sorted(k for k in after if after[k] != before[k]),
                          "attendee_count": attendee_count, "organizations": len(organizations)})
    return event


# ---- files -----------------------------------------------------------------------------------------

def check_upload(upload) -> tuple[Kind, bytes]:
    """core.uploads' check, with its refusal as an EventError for the events pages."""
    try:
        return uploads.check_upload(upload)
    except uploads.UploadError as error:
        raise EventError(str(error)) from None


@transaction.atomic
def do_add_event_file(event: Event, *, title: str, upload, actor: Actor) -> EventFile:
    kind, data = check_upload(upload)
    title = title.strip()[:200]
    if not title:
        raise EventError(_("Give the file a title."))
    item = EventFile(event=event, title=title, content_type=kind.content_type, size=len(data))
    # A random stored name: the original name is not kept, and nothing in the address can be guessed.
    item.file.save(secrets.token_hex(16) + kind.extensions[0], ContentFile(data), save=False)
    stored = item.file.name
    try:
        item.save()
        record_audit(actor=actor, verb="event.file_add", organization=event.organization, target=event,
                     changes={"file": item.pk, "type": kind.content_type, "size": len(data)})
    except Exception:
        item.file.storage.delete(stored)  # nothing half-saved: no file without its row
        raise
    return item


@transaction.atomic
def do_remove_event_file(item: EventFile, *, actor: Actor) -> None:
    event = item.event
    storage, stored, pk = item.file.storage, item.file.name, item.pk
    item.delete()
    record_audit(actor=actor, verb="event.file_remove", organization=event.organization, target=event,
                 changes={"file": pk})
    # The stored file goes once the row is surely gone.
    transaction.on_commit(lambda: storage.delete(stored))


def record_file_download(item: EventFile, *, actor: Actor) -> None:
    """A file may hold personal data (a signed attendance sheet, photos): who opened it is recorded."""
    record_audit(actor=actor, verb="event.file_download", organization=item.event.organization, target=item.event,
                 changes={"file": item.pk})


# ---- feedback --------------------------------------------------------------------------------------

def feedback_refusal(event: Event, now=None) -> str:
    """Why the event takes no feedback now, in words; '' when it does."""
    now = now or timezone.now()
    if event.status == EventStatus.CANCELLED:
        return _("This event was cancelled, so there is no feedback to give.")
    if now < event.starts_at:
        return _("Feedback opens when the event starts.")
    if now > event.ends_at + timedelta(days=FEEDBACK_DAYS):
        return _("Feedback for this event is closed.")
    return ""


@transaction.atomic
def do_give_feedback(event: Event, *, rating: int, text: str = "") -> Feedback:
    """Anonymous feedback: nothing links it to a registration or to the person (no address, no session)."""
    refusal = feedback_refusal(event)
    if refusal:
        raise EventError(refusal)
    if rating not in range(1, 6):
        raise EventError(_("Choose a rating from 1 to 5."))
    feedback = Feedback.objects.create(event=event, rating=rating, text=text.strip()[:MAX_COMMENT_CHARS])
    record_audit(actor=None, verb="event.feedback", organization=event.organization, target=event,
                 changes={"feedback": feedback.pk})
    return feedback


@dataclass
class FeedbackSummary:
    count: int
    average: float | None
    distribution: list[tuple[str, int]]  # ("5", n) … ("1", n), best first
    comments: list[Feedback]


def summarise_feedback(feedback: Iterable[Feedback]) -> FeedbackSummary:
    rows = list(feedback)
    counts = {n: 0 for n in range(1, 6)}
    for row in rows:
        counts[row.rating] = counts.get(row.rating, 0) + 1
    average = round(sum(r.rating for r in rows) / len(rows), 1) if rows else None
    return FeedbackSummary(count=len(rows), average=average,
                           distribution=[(str(n), counts[n]) for n in range(5, 0, -1)],
                           comments=[r for r in rows if r.text])
