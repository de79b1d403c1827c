"""The method pool: every change to a method, its attachments and its "we used it" reports happens here, in one
transaction with one audit row. Views and commands call these functions; they never save the models themselves.

- A method is written by an organization (`owner`) for the pool of one of the networks it belongs to, stays a
  draft until that network's editors publish it, and is public once published.
- Attachments are kept only after `core.uploads.check_upload` judged them by their content: PDF, images,
  Word (.docx) and PowerPoint (.pptx).
- Any organization on the platform may report that it used a published method (several times if it did).

`methods_used_at(event_ids)` is for other modules: the published methods used at those events.
"""

from __future__ import annotations

import secrets
from collections.abc import Collection, Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Avg, Count, QuerySet
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from birarada.core import uploads
from birarada.core.actions import record_audit
from birarada.core.collation import sorted_turkish
from birarada.core.models import Organization
from birarada.core.types import Actor
from birarada.core.vocabulary import Ground
from birarada.discourse.normalise import casefold_tr
from birarada.network.choices import PRACTICE_LANGUAGES, Licence, MethodStatus, PracticeStatus
from birarada.network.models import Method, MethodFile, MethodUse, Practice

# What a person writes about a method (the form's fields, without the network and the lists of links).
TEXT_FIELDS = ("title", "purpose", "audience", "materials", "steps", "facilitation", "accessibility", "risks",
               "variations")
FIELDS = (*TEXT_FIELDS, "language", "grounds", "group_min", "group_max", "duration_minutes", "licence")
# The kinds of attachment a method keeps (plain text is refused: write it into the method instead).
FILE_KINDS = (uploads.PDF, uploads.PNG, uploads.JPEG, uploads.WEBP, uploads.DOCX, uploads.PPTX)
MAX_REPORT_CHARS = 2000
SLUG_LENGTH = 70  # room for "-2", "-3"… within the field's 80
_TURKISH_TO_ASCII = str.maketrans({"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a",
                                   "î": "i", "û": "u"})


class MethodError(ValueError):
    """A change the method pool does not allow, with a message a person can act on."""


# ---- reading -------------------------------------------------------------------------------------------

def with_ratings(methods: QuerySet[Method]) -> QuerySet[Method]:
    """Each method with `average_rating` (None without uses) and `use_count`."""
    return methods.annotate(average_rating=Avg("uses__rating"), use_count=Count("uses", distinct=True))


def methods_used_at(event_ids: Collection[int]) -> dict[int, list[Method]]:
    """{event id: the published methods used at that event}, each list in Turkish alphabetical order; events
    where no published method was used are left out. For other modules (an event's page, a report)."""
    ids = {int(i) for i in event_ids}
    if not ids:
        return {}
    uses = (MethodUse.objects.filter(event_id__in=ids, method__status=MethodStatus.PUBLISHED)
            .select_related("method").order_by("pk"))
    found: dict[int, dict[int, Method]] = {}
    for use in uses:
        assert use.event_id is not None
        found.setdefault(use.event_id, {})[use.method_id] = use.method
    return {event_id: sorted_turkish(methods.values(), key=lambda m: m.title) for event_id, methods in found.items()}


def steps_of(method: Method) -> list[str]:
    """The method's steps, one a line, without empty lines or a leading "1." the author typed."""
    return [_unnumbered(line) for line in method.steps.splitlines() if line.strip()]


def _unnumbered(line: str) -> str:
    text = line.strip()
    head, dot, rest = text.partition(".")
    if dot and head.isdigit() and rest.strip():
        return rest.strip()
    head, paren, rest = text.partition(")")
    if paren and head.isdigit() and rest.strip():
        return rest.strip()
    return text


def slug_for(title: str, *, taken: Iterable[str] | None = None) -> str:
    """An address for a method from its title, the Turkish letters written the ASCII way ("Çığlık" → "ciglik"),
    unique among methods."""
    base = slugify(casefold_tr(title).translate(_TURKISH_TO_ASCII))[:SLUG_LENGTH].strip("-") or "method"
    used = set(taken if taken is not None else
               Method.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    if base not in used:
        return base
    number = 2
    while f"{base}-{number}" in used:
        number += 1
    return f"{base}-{number}"


# ---- writing a method ----------------------------------------------------------------------------------

def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"Not fields of a method: {sorted(unknown)}")
    cleaned = dict(fields)
    for name in TEXT_FIELDS:
        if name in cleaned:
            cleaned[name] = (cleaned[name] or "").strip()
    if "grounds" in cleaned:
        grounds = list(dict.fromkeys(cleaned["grounds"] or []))
        unknown = set(grounds) - set(Ground.values)
        if unknown:
            raise MethodError(_("Unknown ground: %(g)s") % {"g": ", ".join(sorted(unknown))})
        cleaned["grounds"] = grounds
    return cleaned


def _check(method: Method) -> None:
    """What a method must be, whoever saves it (the forms say the same, closer to the person)."""
    if not method.title:
        raise MethodError(_("Give the method a title."))
    if not steps_of(method):
        raise MethodError(_("Write the steps, one a line."))
    if method.group_min is not None and method.group_max is not None and method.group_max < method.group_min:
        raise MethodError(_("The largest group is smaller than the smallest one."))
    if method.language not in dict(PRACTICE_LANGUAGES):
        raise MethodError(_("Choose the language the method is written in."))
    if method.licence not in Licence.values:
        raise MethodError(_("Choose a licence."))
    try:
        method.full_clean(exclude=["owner", "network", "author"])
    except ValidationError as error:
        names = {f.name: str(f.verbose_name) for f in Method._meta.get_fields() if hasattr(f, "verbose_name")}
        raise MethodError(" ".join(f"{names.get(field, field)}: {' '.join(messages)}"
                                   for field, messages in error.message_dict.items())) from None


def _practices(practices: Iterable[Practice]) -> list[Practice]:
    chosen = list(practices)
    if any(p.status != PracticeStatus.PUBLISHED for p in chosen):
        raise MethodError(_("Only published practices can be linked to a method."))
    return chosen


def _developers(organizations: Iterable[Organization]) -> list[Organization]:
    chosen = list(organizations)
    if any(not (o.uses_platform and o.listed_in_directory) for o in chosen):
        raise MethodError(_("Only organizations on the platform and in the directory can be named as developers."))
    return chosen


def _network_of(owner: Organization, network: Organization) -> Organization:
    from birarada.network.access import networks_of

    if network is None or not networks_of(owner).filter(pk=network.pk).exists():
        raise MethodError(_("Your organization is not a member of this network: a method goes to the pool of a "
                            "network it belongs to."))
    return network


@transaction.atomic
def do_create_method(owner: Organization, *, network: Organization, actor: Actor,
                     practices: Iterable[Practice] = (), developed_by: Iterable[Organization] = (),
                     **fields: Any) -> Method:
    """A draft method of `owner` for the pool of `network` (one of the networks `owner` belongs to today)."""
    from birarada.network.access import networks_of

    if not networks_of(owner).exists():
        raise MethodError(_("Your organization belongs to no network yet. A method goes to the pool of a network: "
                            "ask a network's coordinators to add your organization as a member."))
    _network_of(owner, network)
    cleaned = _clean_fields(fields)
    chosen_practices, developers = _practices(practices), _developers(developed_by)
    method = Method(owner=owner, network=network, author=actor if actor is not None and actor.pk else None,
                    status=MethodStatus.DRAFT, **cleaned)
    method.slug = slug_for(method.title)
    _check(method)
    method.save()
    method.practices.set(chosen_practices)
    method.developed_by.set(developers)
    record_audit(actor=actor, verb="method.create", organization=owner, target=method,
                 changes={"slug": method.slug, "network": network.slug, "language": method.language,
                          "practices": sorted(p.pk for p in chosen_practices),
                          "developed_by": sorted(o.slug for o in developers)})
    return method


@transaction.atomic
def do_update_method(method: Method, *, actor: Actor, network: Organization | None = None,
                     practices: Iterable[Practice] | None = None, developed_by: Iterable[Organization] | None = None,
                     **fields: Any) -> Method:
    """Change what the owner wrote. The address (slug) stays, so links to the method keep working; a published
    method stays in the network that published it."""
    method = Method.objects.select_for_update().get(pk=method.pk)
    cleaned = _clean_fields(fields)
    changed = sorted(name for name, value in cleaned.items() if getattr(method, name) != value)
    if network is not None and network.pk != method.network_id:
        if method.status == MethodStatus.PUBLISHED:
            raise MethodError(_("A published method stays in the pool of the network that published it."))
        method.network = _network_of(method.owner, network)
        changed.append("network")
    for name, value in cleaned.items():
        setattr(method, name, value)
    _check(method)
    if practices is not None:
        chosen = list(practices)
        before = set(method.practices.values_list("pk", flat=True))
        if {p.pk for p in chosen} != before:
            # A practice already linked may stay linked after it was unpublished; a new link needs a published one.
            _practices([p for p in chosen if p.pk not in before])
            method.practices.set(chosen)
            changed.append("practices")
    if developed_by is not None:
        developers = list(developed_by)
        before = set(method.developed_by.values_list("pk", flat=True))
        if {o.pk for o in developers} != before:
            _developers([o for o in developers if o.pk not in before])
            method.developed_by.set(developers)
            changed.append("developed_by")
    if not changed:
        return method
    method.save()
    record_audit(actor=actor, verb="method.update", organization=method.owner, target=method,
                 changes={"changed": sorted(changed), "status": method.status})
    return method


# ---- attachments ---------------------------------------------------------------------------------------

def check_method_upload(upload) -> tuple[uploads.Kind, bytes]:
    """core.uploads' check, narrowed to the kinds a method keeps, with its refusal as a MethodError."""
    try:
        kind, data = uploads.check_upload(upload)
    except uploads.UploadError as error:
        raise MethodError(str(error)) from None
    if kind not in FILE_KINDS:
        raise MethodError(_("“%(name)s” is plain text: write it into the method instead, or attach a PDF, an image "
                            "(PNG, JPEG, WebP), a Word (.docx) or PowerPoint (.pptx) file.")
                          % {"name": (upload.name or "")[:120]})
    return kind, data


@transaction.atomic
def do_add_method_file(method: Method, *, title: str, upload, actor: Actor) -> MethodFile:
    title = (title or "").strip()[:200]
    if not title:
        raise MethodError(_("Give the file a title."))
    kind, data = check_method_upload(upload)
    item = MethodFile(method=method, title=title, content_type=kind.content_type, size=len(data))
    # A random stored name: the original name is not kept, and nothing in the address can be guessed.
    item.file.save(secrets.token_hex(16) + kind.extensions[0], ContentFile(data), save=False)
    stored = item.file.name
    try:
        item.save()
        record_audit(actor=actor, verb="method.file_add", organization=method.owner, target=method,
                     changes={"file": item.pk, "type": kind.content_type, "size": len(data)})
    except Exception:
        item.file.storage.delete(stored)  # nothing half-saved: no file without its row
        raise
    return item


@transaction.atomic
def do_remove_method_file(item: MethodFile, *, actor: Actor) -> None:
    method = item.method
    storage, stored, pk = item.file.storage, item.file.name, item.pk
    item.delete()
    record_audit(actor=actor, verb="method.file_remove", organization=method.owner, target=method,
                 changes={"file": pk})
    # The stored file goes once the row is surely gone.
    transaction.on_commit(lambda: storage.delete(stored))


# ---- review --------------------------------------------------------------------------------------------

@transaction.atomic
def do_publish_method(method: Method, *, actor: Actor) -> Method:
    """The network's editors put a draft into the public pool."""
    method = Method.objects.select_for_update().select_related("network").get(pk=method.pk)
    if method.status == MethodStatus.PUBLISHED:
        raise MethodError(_("This method is already published."))
    _check(method)
    method.status, method.published_at = MethodStatus.PUBLISHED, timezone.now()
    method.save(update_fields=["status", "published_at", "updated_at"])
    record_audit(actor=actor, verb="method.publish", organization=method.network, target=method,
                 changes={"owner": method.owner.slug})
    return method


@transaction.atomic
def do_unpublish_method(method: Method, *, actor: Actor) -> Method:
    """The network's editors take a method out of the public pool; it is a draft of its owner again (its uses
    stay, and show again if it is published again)."""
    method = Method.objects.select_for_update().select_related("network").get(pk=method.pk)
    if method.status != MethodStatus.PUBLISHED:
        raise MethodError(_("This method is not published."))
    method.status, method.published_at = MethodStatus.DRAFT, None
    method.save(update_fields=["status", "published_at", "updated_at"])
    record_audit(actor=actor, verb="method.unpublish", organization=method.network, target=method,
                 changes={"owner": method.owner.slug})
    return method


# ---- "we used it" --------------------------------------------------------------------------------------

@transaction.atomic
def do_log_method_use(method: Method, organization: Organization, *, used_on: date, rating: int, report: str,
                      actor: Actor, event=None) -> MethodUse:
    """`organization` used the published `method` on `used_on` (not in the future), rates it 1 to 5 and says
    how it went; `event`, if given, is one of the organization's own events."""
    if method.status != MethodStatus.PUBLISHED:
        raise MethodError(_("Only a published method can be reported as used."))
    if used_on > timezone.localdate():
        raise MethodError(_("The date is in the future: report a use once it happened."))
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise MethodError(_("Choose a rating from 1 to 5."))
    report = (report or "").strip()
    if not report:
        raise MethodError(_("Say in a few words how it went."))
    if len(report) > MAX_REPORT_CHARS:
        raise MethodError(_("Keep the report under %(n)s characters.") % {"n": MAX_REPORT_CHARS})
    if event is not None and event.organization_id != organization.pk:
        raise MethodError(_("Choose one of your organization's own events."))
    use = MethodUse.objects.create(method=method, organization=organization, event=event, used_on=used_on,
                                   rating=rating, report=report,
                                   recorded_by=actor if actor is not None and actor.pk else None)
    record_audit(actor=actor, verb="method.use", organization=organization, target=method,
                 changes={"use": use.pk, "used_on": used_on.isoformat(), "rating": rating,
                          "event": event.pk if event is not None else None})
    return use
