"""On the day and after: the record of what happened (minutes, outcomes, who took part), the files kept with
it, and anonymous feedback. Every change is one transaction with one audit row; what people wrote (minutes,
comments, file titles) never goes into the audit log."""

from __future__ import annotations

import io
import secrets
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from birarada.core.actions import record_audit
from birarada.core.files import FileReadError, decode_text
from birarada.core.models import Organization
from birarada.core.types import Actor
from birarada.events.actions import EventError
from birarada.events.choices import EventStatus
from birarada.events.models import Event, EventFile, Feedback

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

MAX_FILE_BYTES = 20 * 1024 * 1024
# Office files are zip archives: what they may unpack to, so an archive bomb is refused without unpacking it.
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
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

@dataclass(frozen=True)
class Kind:
    label: str | StrPromise
    content_type: str
    extensions: tuple[str, ...]


PDF = Kind("PDF", "application/pdf", (".pdf",))
PNG = Kind("PNG", "image/png", (".png",))
JPEG = Kind("JPEG", "image/jpeg", (".jpg", ".jpeg"))
WEBP = Kind("WebP", "image/webp", (".webp",))
DOCX = Kind("Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",))
PPTX = Kind("PowerPoint (.pptx)", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            (".pptx",))
TEXT = Kind(gettext_lazy("plain text"), "text/plain; charset=utf-8", (".txt",))
KINDS = (PDF, PNG, JPEG, WEBP, DOCX, PPTX, TEXT)
IMAGES = {"PNG": PNG, "JPEG": JPEG, "WEBP": WEBP}


def extension_for(content_type: str) -> str:
    return next((k.extensions[0] for k in KINDS if k.content_type == content_type), ".bin")


def _refused(name: str) -> EventError:
    return EventError(_("“%(name)s” is not a file we keep. Choose a PDF, an image (PNG, JPEG, WebP), a Word "
                        "(.docx) or PowerPoint (.pptx) file, or plain text (.txt).") % {"name": name})


def _damaged(name: str, kind: Kind) -> EventError:
    return EventError(_("“%(name)s” could not be read as %(kind)s: it may be damaged. Save it again and retry.")
                      % {"name": name, "kind": kind.label})


def _pdf(data: bytes, name: str) -> Kind:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise EventError(_("“%(name)s” is protected by a password. Keep it without one.") % {"name": name})
        if len(reader.pages) < 1:
            raise _damaged(name, PDF)
    except EventError:
        raise
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, RecursionError, OSError):
        raise _damaged(name, PDF) from None
    return PDF


def _office(data: bytes, name: str) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refused(name) from None
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names:
        raise _refused(name)
    kind = DOCX if "word/document.xml" in names else PPTX if "ppt/presentation.xml" in names else None
    if kind is None:
        raise _refused(name)
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise _damaged(name, kind)
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise EventError(_("“%(name)s” contains macros, which we do not keep. Save it as .docx or .pptx without "
                           "macros.") % {"name": name})
    return kind


def _image(data: bytes, name: str) -> Kind | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as probe:
            found = probe.format
            probe.verify()  # checks the file's structure without decoding its pixels
    except UnidentifiedImageError:
        return None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise EventError(_("“%(name)s” could not be read as an image: it may be damaged.") % {"name": name}
                         ) from None
    if found not in IMAGES:
        raise _refused(name)
    return IMAGES[found]


def check_upload(upload) -> tuple[Kind, bytes]:
    """What the uploaded file is, judged by its content, and the bytes to keep (plain text as UTF-8).
    EventError when it is too big, of a kind we do not keep, damaged, or named as something else."""
    name = Path(upload.name or "file").name[:120]
    if upload.size is not None and upload.size > MAX_FILE_BYTES:
        raise EventError(_("“%(name)s” is larger than %(mb)s MB. Choose a smaller file.")
                         % {"name": name, "mb": MAX_FILE_BYTES // (1024 * 1024)})
    data = upload.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise EventError(_("“%(name)s” is larger than %(mb)s MB. Choose a smaller file.")
                         % {"name": name, "mb": MAX_FILE_BYTES // (1024 * 1024)})
    if not data:
        raise EventError(_("“%(name)s” is empty.") % {"name": name})
    kind: Kind | None
    if data.startswith(b"%PDF-"):
        kind = _pdf(data, name)
    elif data.startswith(b"PK\x03\x04"):
        kind = _office(data, name)
    else:
        kind = _image(data, name)
        if kind is None:
            try:
                data = decode_text(data).encode("utf-8")
            except FileReadError:
                raise _refused(name) from None
            kind = TEXT
    extension = Path(name).suffix.lower()
    same_family = {PNG, JPEG, WEBP} if kind in IMAGES.values() else {kind}
    if extension not in {e for k in same_family for e in k.extensions}:
        # A renamed file would not open where people expect it to: say what it really is.
        raise EventError(_("“%(name)s” is not what its name says: its content is %(kind)s. Choose the right file, "
                           "or rename it.") % {"name": name, "kind": kind.label})
    return kind, data


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
