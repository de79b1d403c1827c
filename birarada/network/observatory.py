"""The observatory of good practices: every change to a practice, its language versions, its files, its review and
its publication happens here, in one transaction with one audit row. Views and commands call these functions;
they never save the models themselves.

- A practice is written by an organization (`owner`) for the observatory of one of the networks it belongs to,
  stays a draft until its authors submit it, and is public once the network's editors publish it. Editors may
  comment, send it back to draft (with a comment saying why) and unpublish it.
- A published practice stays published when its authors edit it; its editors see it "changed after publication"
  (`changed_after_publication`: its `updated_at` is later than its `published_at`).
- The owner's actions are recorded in the owner's audit log, the editors' in the network's.
- Files are kept only after `core.uploads.check_upload` judged them by their content: images and PDF.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from birarada.core import uploads
from birarada.core.actions import record_audit
from birarada.core.models import Organization
from birarada.core.types import Actor
from birarada.core.vocabulary import Area, Ground
from birarada.network.access import networks_of
from birarada.network.choices import PRACTICE_LANGUAGES, Licence, PracticeStatus, Theme
from birarada.network.indexing import refresh_index
from birarada.network.models import Practice, PracticeFile, PracticeText, ReviewComment

# The facts of a practice (the form's fields; `organizations` is a list of platform organizations besides).
FACT_FIELDS = ("city", "country", "population", "started", "ended", "themes", "grounds", "areas",
               "other_organizations", "sources", "licence")
# What a person writes in one language version.
TEXT_FIELDS = ("title", "summary", "challenge", "action", "results", "quote", "quote_by")
REQUIRED_TEXT_FIELDS = ("title", "summary", "action")
# The kinds of file a practice keeps: pictures to show and PDF documents to download.
FILE_KINDS = (uploads.PDF, uploads.PNG, uploads.JPEG, uploads.WEBP)
IMAGE_TYPES = frozenset({uploads.PNG.content_type, uploads.JPEG.content_type, uploads.WEBP.content_type})
MAX_COMMENT_CHARS = 4000
SLUG_LENGTH = 70  # room for "-2", "-3"… within the field's 80
_TURKISH_TO_ASCII = str.maketrans({"ç": "c", "Ç": "c", "ğ": "g", "Ğ": "g", "ı": "i", "I": "i", "İ": "i",
                                   "ö": "o", "Ö": "o", "ş": "s", "Ş": "s", "ü": "u", "Ü": "u", "â": "a",
                                   "î": "i", "û": "u"})


class PracticeError(ValueError):
    """A change the observatory does not allow, with a message a person can act on."""


# ---- reading ----------------------------------------------------------------------------------------------

def changed_after_publication(practice: Practice) -> bool:
    """A published practice its authors changed since it was published (the editors may want to look again)."""
    return (practice.status == PracticeStatus.PUBLISHED and practice.published_at is not None
            and practice.updated_at > practice.published_at)


def complete_texts(practice: Practice) -> list[PracticeText]:
    """The language versions with a title, a summary and what was done: what a practice needs to be reviewed."""
    return [t for t in practice.texts.all() if all(getattr(t, name).strip() for name in REQUIRED_TEXT_FIELDS)]


def is_image(item: PracticeFile) -> bool:
    return item.content_type in IMAGE_TYPES


@dataclass(frozen=True)
class Source:
    title: str
    url: str  # '' when the line has no address; an address that is not http(s) stays in `title` as text

    @property
    def linked(self) -> bool:
        return bool(self.url)


def sources_of(practice: Practice) -> list[Source]:
    """The sources, one a line "title address": an address becomes a link only when it is http or https."""
    found = []
    for line in practice.sources.splitlines():
        line = line.strip()
        if not line:
            continue
        title, _space, last = line.rpartition(" ")
        if _web_address(last):
            found.append(Source(title.strip() or last, last))
        elif _web_address(line):
            found.append(Source(line, line))
        else:
            found.append(Source(line, ""))
    return found


def _web_address(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in text)


def practice_slug(title: str) -> str:
    """A new unique slug from the title, the Turkish letters spelled in ASCII ("Göçmen Kadınlar" →
    "gocmen-kadinlar"); "practice" when the title has no Latin letter."""
    base = slugify(title.translate(_TURKISH_TO_ASCII))[:SLUG_LENGTH].strip("-") or "practice"
    taken = set(Practice.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


# ---- checks -----------------------------------------------------------------------------------------------

def _checked_facts(facts: dict[str, Any]) -> dict[str, Any]:
    unknown = set(facts) - set(FACT_FIELDS)
    if unknown:
        raise ValueError(f"Not facts of a practice: {sorted(unknown)}")
    checked = dict(facts)
    for name, allowed in (("themes", Theme.values), ("grounds", Ground.values), ("areas", Area.values)):
        if name in checked:
            values = list(dict.fromkeys(checked[name] or []))
            if set(values) - set(allowed):
                raise PracticeError(_("Unknown value among the %(field)s.") % {"field": name})
            checked[name] = values
    if "themes" in checked and not checked["themes"]:
        raise PracticeError(_("Choose at least one theme."))
    if "city" in checked:
        checked["city"] = (checked["city"] or "").strip()
        if not checked["city"]:
            raise PracticeError(_("Say in which city the practice took place."))
    if "country" in checked:
        checked["country"] = (checked["country"] or "").strip().upper()
        if len(checked["country"]) != 2 or not checked["country"].isascii() or not checked["country"].isalpha():
            raise PracticeError(_("Give the country as its two-letter code, such as TR or BE."))
    if "licence" in checked and checked["licence"] not in Licence.values:
        raise PracticeError(_("Choose one of the licences offered."))
    for name in ("other_organizations", "sources"):
        if name in checked:
            checked[name] = (checked[name] or "").strip()
    started, ended = checked.get("started"), checked.get("ended")
    if started is not None and ended is not None and ended < started:
        raise PracticeError(_("The practice cannot end before it started."))
    return checked


def _checked_text(language: str, fields: dict[str, Any]) -> dict[str, str]:
    if language not in dict(PRACTICE_LANGUAGES):
        raise PracticeError(_("Choose one of the languages offered."))
    unknown = set(fields) - set(TEXT_FIELDS)
    if unknown:
        raise ValueError(f"Not fields of a practice text: {sorted(unknown)}")
    checked = {name: (fields.get(name) or "").strip() for name in TEXT_FIELDS}
    if not all(checked[name] for name in REQUIRED_TEXT_FIELDS):
        raise PracticeError(_("A language version needs a title, a summary and what was done."))
    return checked


def _touch(practice: Practice) -> None:
    """The practice's content changed (a text, a file): its `updated_at` says so."""
    practice.save(update_fields=["updated_at"])


def _locked(practice: Practice) -> Practice:
    """The practice re-read under a row lock, so two reviewers cannot move it at once."""
    return Practice.objects.select_for_update().get(pk=practice.pk)


def _person(actor: Actor) -> Actor:
    return actor if actor is not None and actor.pk else None


# ---- the authors' changes ---------------------------------------------------------------------------------

@transaction.atomic
def do_create_practice(owner: Organization, *, network: Organization, language: str, actor: Actor,
                       organizations: Iterable[Organization] = (), **fields: Any) -> Practice:
    """A new draft practice of `owner` for the observatory of `network`, with its first language version.
    `fields` are the facts (FACT_FIELDS) and the text (TEXT_FIELDS)."""
    if not networks_of(owner).filter(pk=network.pk).exists():
        raise PracticeError(_("Your organization is not a member of this network: choose one of its networks."))
    text = _checked_text(language, {k: v for k, v in fields.items() if k in TEXT_FIELDS})
    facts = {"country": "TR", "licence": Licence.CC_BY, **{k: v for k, v in fields.items() if k not in TEXT_FIELDS}}
    facts = _checked_facts(facts)
    if not facts.get("themes"):
        raise PracticeError(_("Choose at least one theme."))
    practice = Practice.objects.create(slug=practice_slug(text["title"]), network=network, owner=owner,
                                       author=_person(actor), **facts)
    chosen = list(organizations)
    practice.organizations.set(chosen)
    PracticeText.objects.create(practice=practice, language=language, **text)
    refresh_index(practice)
    record_audit(actor=actor, verb="practice.create", organization=owner, target=practice,
                 changes={"network": network.slug, "language": language, "themes": practice.themes,
                          "organizations": sorted(o.slug for o in chosen)})
    return practice


@transaction.atomic
def do_update_practice(practice: Practice, *, actor: Actor, organizations: Iterable[Organization] | None = None,
                       **facts: Any) -> Practice:
    """Change the facts of a practice (any status: a published one stays published)."""
    checked = _checked_facts(facts)
    before = {name: getattr(practice, name) for name in checked}
    changed = {name: value for name, value in checked.items() if before[name] != value}
    organizations_before = {o.slug for o in practice.organizations.all()}
    chosen = list(organizations) if organizations is not None else None
    organizations_after = {o.slug for o in chosen} if chosen is not None else organizations_before
    if not changed and organizations_after == organizations_before:
        return practice
    for name, value in changed.items():
        setattr(practice, name, value)
    practice.save()  # updated_at moves even when only the organizations changed
    if chosen is not None and organizations_after != organizations_before:
        practice.organizations.set(chosen)
    refresh_index(practice)
    changes: dict[str, Any] = {"changed": sorted(changed)}
    for name in ("city", "country", "population", "started", "ended", "themes", "grounds", "areas", "licence"):
        if name in changed:
            changes.setdefault("before", {})[name] = before[name]
            changes.setdefault("after", {})[name] = changed[name]
    if organizations_after != organizations_before:
        changes["organizations"] = sorted(organizations_after)
    record_audit(actor=actor, verb="practice.update", organization=practice.owner, target=practice,
                 changes=changes)
    return practice


@transaction.atomic
def do_save_practice_text(practice: Practice, language: str, *, actor: Actor, **fields: Any) -> PracticeText:
    """Add the practice's version in `language`, or change it."""
    checked = _checked_text(language, fields)
    text = practice.texts.filter(language=language).first()
    created = text is None
    if text is None:
        text = PracticeText.objects.create(practice=practice, language=language, **checked)
    else:
        changed = [name for name, value in checked.items() if getattr(text, name) != value]
        if not changed:
            return text
        for name in changed:
            setattr(text, name, checked[name])
        text.save(update_fields=changed)
    _touch(practice)
    refresh_index(practice)
    record_audit(actor=actor, verb="practice.text_add" if created else "practice.text_update",
                 organization=practice.owner, target=practice, changes={"language": language})
    return text


def check_practice_upload(upload) -> tuple[uploads.Kind, bytes]:
    """core.uploads' check, keeping images and PDF only, with refusals as PracticeError."""
    try:
        kind, data = uploads.check_upload(upload, max_bytes=uploads.MAX_FILE_BYTES)
    except uploads.UploadError as error:
        raise PracticeError(str(error)) from None
    if kind not in FILE_KINDS:
        raise PracticeError(_("A practice keeps pictures (PNG, JPEG, WebP) and PDF documents only."))
    return kind, data


@transaction.atomic
def do_add_practice_file(practice: Practice, *, title: str, upload, actor: Actor) -> PracticeFile:
    kind, data = check_practice_upload(upload)
    title = (title or "").strip()[:200]
    if not title:
        raise PracticeError(_("Give the file a title."))
    item = PracticeFile(practice=practice, title=title, content_type=kind.content_type, size=len(data))
    # A random stored name: the original name is not kept, and nothing in the address can be guessed.
    item.file.save(secrets.token_hex(16) + kind.extensions[0], ContentFile(data), save=False)
    stored = item.file.name
    try:
        item.save()
        _touch(practice)
        record_audit(actor=actor, verb="practice.file_add", organization=practice.owner, target=practice,
                     changes={"file": item.pk, "type": kind.content_type, "size": len(data)})
    except Exception:
        item.file.storage.delete(stored)  # nothing half-saved: no file without its row
        raise
    return item


@transaction.atomic
def do_remove_practice_file(item: PracticeFile, *, actor: Actor) -> None:
    practice = item.practice
    storage, stored, pk = item.file.storage, item.file.name, item.pk
    item.delete()
    _touch(practice)
    record_audit(actor=actor, verb="practice.file_remove", organization=practice.owner, target=practice,
                 changes={"file": pk})
    # The stored file goes once the row is surely gone.
    transaction.on_commit(lambda: storage.delete(stored))


@transaction.atomic
def do_submit_practice(practice: Practice, *, actor: Actor) -> Practice:
    """A draft goes to the network's editors; it needs at least one complete language version."""
    current = _locked(practice)
    if current.status != PracticeStatus.DRAFT:
        raise PracticeError(_("Only a draft can be submitted for review."))
    if not complete_texts(current):
        raise PracticeError(_("Before submitting, write at least one language version with a title, a summary "
                              "and what was done."))
    current.status = PracticeStatus.IN_REVIEW
    current.save(update_fields=["status", "updated_at"])
    record_audit(actor=actor, verb="practice.submit", organization=current.owner, target=current,
                 changes={"network": current.network.slug})
    practice.status, practice.updated_at = current.status, current.updated_at
    return current


def _comment(practice: Practice, *, text: str, actor: Actor, organization: Organization) -> ReviewComment:
    text = (text or "").strip()
    if not text:
        raise PracticeError(_("Write the comment."))
    if len(text) > MAX_COMMENT_CHARS:
        raise PracticeError(_("A comment may be at most %(n)s characters long.") % {"n": MAX_COMMENT_CHARS})
    person = _person(actor)
    name = (person.get_full_name() or person.get_username()) if person is not None else _("system")
    return ReviewComment.objects.create(practice=practice, author=person, text=text,
                                        author_name=f"{name} ({organization.name})"[:150])


@transaction.atomic
def do_comment_practice(practice: Practice, *, text: str, actor: Actor, by_editor: bool) -> ReviewComment:
    """A comment of the network's editors (`by_editor`) or an answer of the practice's authors."""
    organization = practice.network if by_editor else practice.owner
    comment = _comment(practice, text=text, actor=actor, organization=organization)
    record_audit(actor=actor, verb="practice.comment", organization=organization, target=practice,
                 changes={"comment": comment.pk, "by_editor": by_editor})
    return comment


# ---- the editors' changes ---------------------------------------------------------------------------------

@transaction.atomic
def do_return_practice(practice: Practice, *, comment: str, actor: Actor) -> Practice:
    """Send a practice in review back to its authors as a draft, saying why."""
    current = _locked(practice)
    if current.status != PracticeStatus.IN_REVIEW:
        raise PracticeError(_("Only a practice in review can be sent back to its authors."))
    if not (comment or "").strip():
        raise PracticeError(_("Say what the authors should change: the comment is required."))
    written = _comment(current, text=comment, actor=actor, organization=current.network)
    current.status = PracticeStatus.DRAFT
    current.save(update_fields=["status", "updated_at"])
    record_audit(actor=actor, verb="practice.return", organization=current.network, target=current,
                 changes={"comment": written.pk})
    return current


@transaction.atomic
def do_publish_practice(practice: Practice, *, actor: Actor) -> Practice:
    current = _locked(practice)
    if current.status != PracticeStatus.IN_REVIEW:
        raise PracticeError(_("Only a practice in review can be published."))
    if not complete_texts(current):
        raise PracticeError(_("The practice has no complete language version yet."))
    now = timezone.now()
    # Both stamps equal: a change made after this moment shows as "changed after publication".
    Practice.objects.filter(pk=current.pk).update(status=PracticeStatus.PUBLISHED, published_at=now, updated_at=now)
    current.refresh_from_db()
    refresh_index(current)
    record_audit(actor=actor, verb="practice.publish", organization=current.network, target=current,
                 changes={"owner": current.owner.slug})
    return current


@transaction.atomic
def do_unpublish_practice(practice: Practice, *, actor: Actor) -> Practice:
    """Take a published practice off the public site; it goes back to the editors' queue (in review)."""
    current = _locked(practice)
    if current.status != PracticeStatus.PUBLISHED:
        raise PracticeError(_("Only a published practice can be unpublished."))
    current.status, current.published_at = PracticeStatus.IN_REVIEW, None
    current.save(update_fields=["status", "published_at", "updated_at"])
    record_audit(actor=actor, verb="practice.unpublish", organization=current.network, target=current,
                 changes={"owner": current.owner.slug})
    return current
