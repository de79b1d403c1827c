"""Invitation-only events: the invitees come from a CSV file (every row right, or nothing saved), each gets a
personal link by e-mail, and the link lets that one person register. Invitees' names and addresses are personal
data: encrypted, read by staff only through `access.invitations_of`, erased with the registrants'
(`actions.do_purge_registrations`). Only digests of the links and addresses are stored in the clear."""

from __future__ import annotations

import csv
import io
import re
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.core.actions import record_audit
from birarada.core.crypto import keyed_digest
from birarada.core.files import FileReadError, decode_text
from birarada.core.tasking import enqueue_on_commit
from birarada.core.types import Actor
from birarada.events import actions
from birarada.events.actions import EMAIL_PURPOSE, EventError
from birarada.events.choices import EventStatus, ParticipantKind, RegistrationStatus
from birarada.events.models import Event, Invitation, Registration

INVITE_PURPOSE = "events.invite"
MAX_BYTES = 1_000_000
MAX_ROWS = 2_000
MAX_TEXT = 200

# Header names, compared without case, spaces, '-', '_' or '.' and with Turkish dotted/dotless i made alike.
COLUMNS = {
    "name": {"name", "fullname", "ad", "adsoyad", "adisoyadi", "adsoyadi", "isim", "isimsoyisim"},
    "email": {"email", "emailaddress", "mail", "eposta", "epostaadresi"},
    "organization": {"organization", "organisation", "kurum", "kurulus", "kurumkurulus", "kurumadi"},
}
REQUIRED = ("name", "email")


class UnreadableFile(ValueError):
    """The file as a whole cannot be read (size, encoding, header); the message is for the person uploading."""


@dataclass
class Invitee:
    number: int  # the row as a spreadsheet shows it: the header is row 1
    name: str
    email: str
    organization: str = ""


@dataclass
class InviteeList:
    invitees: list[Invitee] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row number, what is wrong)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.invitees)


def _header_key(text: str) -> str:
    folded = text.strip().replace("İ", "i").casefold().replace("\u0307", "").replace("ı", "i")
    return re.sub(r"[\s_.\-]+", "", folded)


def _column_of(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _header_key(cell)
        for column, names in COLUMNS.items():
            if key in names and column not in found:
                found[column] = index
    return found


def email_digest(email: str) -> str:
    """The digest registrations use too, so an address is recognized whichever way it came in."""
    return keyed_digest(EMAIL_PURPOSE, email.strip().casefold())


def _rows(data: bytes) -> list[list[str]]:
    if len(data) > MAX_BYTES:
        raise UnreadableFile(_("The file is larger than 1 MB. Split the list into smaller files."))
    try:
        text = decode_text(data)
    except FileReadError:
        raise UnreadableFile(_("This file is not a text file. Save the list from your spreadsheet as CSV "
                               "(comma- or semicolon-separated) and upload that file.")) from None
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))
    except csv.Error:
        raise UnreadableFile(_("This file could not be read as CSV. Save it from your spreadsheet as CSV and "
                               "try again.")) from None


def read_invitees(event: Event, data: bytes) -> InviteeList:
    """Read and check a CSV of invitees (name, email, organization; the first row names the columns). Nothing
    is saved: every row gets a message if it cannot be used."""
    rows = _rows(data)
    header = rows[0] if rows else []
    columns = _column_of(header)
    missing = [c for c in REQUIRED if c not in columns]
    if not header or missing == list(REQUIRED):
        raise UnreadableFile(_("The first row must name the columns: name, email, organization (or ad soyad, "
                               "e-posta, kurum)."))
    if missing:
        raise UnreadableFile(_("The file has no “%(column)s” column. The first row must name the columns: name, "
                               "email, organization (or ad soyad, e-posta, kurum).") % {"column": missing[0]})
    body = [(number, cells) for number, cells in enumerate(rows[1:], start=2) if any(c.strip() for c in cells)]
    if not body:
        raise UnreadableFile(_("The file has no rows under its header."))
    if len(body) > MAX_ROWS:
        raise UnreadableFile(_("The file has more than %(n)s rows.") % {"n": MAX_ROWS})
    already = set(event.invitations.filter(purged_at__isnull=True).exclude(email_digest="")
                  .values_list("email_digest", flat=True))
    seen: dict[str, int] = {}
    found = InviteeList()
    for number, cells in body:
        def cell(column: str, cells: list[str] = cells) -> str:
            index = columns.get(column)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        name, email, organization = cell("name"), cell("email"), cell("organization")
        problems = []
        if not name:
            problems.append(_("the name is empty"))
        elif len(name) > MAX_TEXT:
            problems.append(_("the name is longer than %(n)s characters") % {"n": MAX_TEXT})
        if len(organization) > MAX_TEXT:
            problems.append(_("the organization is longer than %(n)s characters") % {"n": MAX_TEXT})
        if not email:
            problems.append(_("the e-mail address is empty"))
        else:
            try:
                validate_email(email)
            except ValidationError:
                problems.append(_("“%(value)s” is not an e-mail address") % {"value": email[:80]})
            else:
                digest = email_digest(email)
                if digest in seen:
                    problems.append(_("the address %(email)s is also on row %(row)s")
                                    % {"email": email, "row": seen[digest]})
                elif digest in already:
                    problems.append(_("%(email)s is already invited to this event") % {"email": email})
                else:
                    seen[digest] = number
        if problems:
            found.errors.append((number, "; ".join(problems)))
        else:
            found.invitees.append(Invitee(number, name, email, organization))
    return found


@transaction.atomic
def do_invite(event: Event, invitees: list[Invitee], *, language: str, actor: Actor) -> list[Invitation]:
    """Invite everyone on a checked list (all or no one) and e-mail each their personal link in `language`."""
    locked = Event.objects.select_for_update().get(pk=event.pk)
    if locked.is_public:
        raise EventError(_("Invitations are for events that are not public."))
    if locked.status == EventStatus.CANCELLED:
        raise EventError(_("This event was cancelled."))
    if locked.ends_at < timezone.now():
        raise EventError(_("This event is over."))
    if not invitees:
        raise EventError(_("The list has no one to invite."))
    if language not in dict(settings.LANGUAGES):
        raise EventError(f"Unknown language: {language}")
    digests = [email_digest(i.email) for i in invitees]
    if len(set(digests)) != len(digests) or locked.invitations.filter(
            purged_at__isnull=True, email_digest__in=digests).exists():
        raise EventError(_("Someone on the list is already invited; upload the file again to see who."))
    created = []
    for invitee, digest in zip(invitees, digests, strict=True):
        token = secrets.token_urlsafe(24)
        invitation = Invitation.objects.create(
            event=locked, name=invitee.name[:MAX_TEXT], email=invitee.email,
            organization_name=invitee.organization[:MAX_TEXT], token_digest=keyed_digest(INVITE_PURPOSE, token),
            email_digest=digest)
        enqueue_on_commit("birarada.events.tasks.send_invitation_mail", invitation.pk, token, language)
        created.append(invitation)
    record_audit(actor=actor, verb="event.invite", organization=locked.organization, target=locked,
                 changes={"invitations": len(created), "language": language})
    return created


def invitation_for_token(token: str) -> Invitation | None:
    if not token or len(token) > 100:
        return None
    return Invitation.objects.select_related("event__organization", "registration").filter(
        token_digest=keyed_digest(INVITE_PURPOSE, token)).first()


def active_registration(invitation: Invitation) -> Registration | None:
    """The registration made with this invitation, unless it was cancelled."""
    registration = invitation.registration
    if registration is None or registration.status == RegistrationStatus.CANCELLED:
        return None
    return registration


@transaction.atomic
def do_register_invitee(invitation: Invitation, *, name: str, contact: dict, organization_name: str = "",
                        needs: str = "", language: str = "tr", participant_kind: str = ParticipantKind.RESIDENT,
                        directorate: str = "") -> tuple[Registration, str]:
    """Register the invitee through the ordinary path (places, waiting list, confirmation e-mail, its audit row)
    and link the registration to the invitation; a link registers one person once (again after a cancellation).
    """
    locked = Invitation.objects.select_for_update(of=("self",)).select_related("registration").get(pk=invitation.pk)
    if locked.purged_at is not None:
        raise EventError(_("This invitation is no longer valid."))
    if active_registration(locked) is not None:
        raise EventError(_("You are already registered with this invitation."))
    registration, token = actions.do_register(
        locked.event, name=name, contact=contact, organization_name=organization_name, needs=needs,
        language=language, participant_kind=participant_kind, directorate=directorate)
    locked.registration = registration
    locked.save(update_fields=["registration"])
    return registration, token
