"""Contributions to a campaign: each checked on arrival against the campaign's format specification (real
dimensions and duration read from the file, see media.py), with messages that say exactly what to change;
texts and titles screened by the discourse engine; curators approve or do not accept, with a reason.

Submitters' names and contacts are personal data: encrypted, never in the audit log, opened with an audit row,
erased CAMPAIGNS_RETENTION_DAYS after the campaign ends unless the person agreed to be named with an approved
contribution."""

from __future__ import annotations

import secrets
from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile, File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.campaigns import media
from birarada.campaigns.choices import MediaKind, SubmissionStatus
from birarada.campaigns.models import Campaign, ContestCategory, Submission, SubmissionSpec
from birarada.core.actions import record_audit
from birarada.core.models import Organization
from birarada.core.types import Actor

ASPECT_TOLERANCE = 0.02  # a photo 2 % off the asked shape still fits
SECONDS_TOLERANCE = 0.05  # containers round durations: 60.04 s is a 60 s video
MAX_TEXT_CHARS = 10_000  # whatever a campaign asks, a text longer than this is not taken
MAX_CAPTION_CHARS = 2_000  # the text sent with a photo or a video
MAX_NAME_CHARS = 200
MAX_CONTACT_CHARS = 200


class SubmissionError(ValueError):
    """A contribution that cannot be taken: every reason, each a sentence the person can act on."""

    def __init__(self, messages: list[str] | str):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__(" ".join(self.messages))


# ---- the format specification ---------------------------------------------------------------------------

def _ratio(text: str) -> tuple[int, int] | None:
    """"16:9" → (16, 9); None for an empty or unreadable ratio (then any shape fits)."""
    parts = text.replace("/", ":").replace("x", ":").replace("×", ":").split(":")
    if len(parts) != 2:
        return None
    try:
        a, b = (Decimal(p.strip().replace(",", ".")) for p in parts)
    except ArithmeticError:
        return None
    if a <= 0 or b <= 0:
        return None
    scale = 10 if a != a.to_integral_value() or b != b.to_integral_value() else 1
    return int(a * scale), int(b * scale)


def _seconds(value: float) -> str:
    """A duration as people say it: whole seconds when it is nearly whole, else one decimal."""
    from django.utils.formats import number_format

    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else number_format(rounded, decimal_pos=1)


def check_against_spec(probe_or_text: media.Probe | str, spec: SubmissionSpec | None) -> list[str]:
    """What does not fit the campaign's specification, each as a sentence with the numbers: what it is, what
    the campaign asks for. [] when it fits (or there is no specification)."""
    if spec is None:
        return []
    if isinstance(probe_or_text, str):
        length = len(probe_or_text.strip())
        if spec.max_characters and length > spec.max_characters:
            return [_("The text is %(n)s characters long; the campaign asks for at most %(max)s characters.")
                    % {"n": length, "max": spec.max_characters}]
        return []
    probe = probe_or_text
    is_video = probe.kind == MediaKind.VIDEO
    found: list[str] = []
    if spec.max_megabytes is not None and probe.size > spec.max_megabytes * 1_000_000:
        found.append(_("The file is %(mb)s MB; the campaign accepts at most %(max)s MB.")
                     % {"mb": media.megabytes(probe.size), "max": media.megabytes(spec.max_megabytes)})
    if is_video and spec.max_seconds and probe.seconds is not None \
            and probe.seconds > spec.max_seconds + SECONDS_TOLERANCE:
        found.append(_("The video is %(n)s seconds long; the campaign asks for at most %(max)s seconds.")
                     % {"n": _seconds(probe.seconds), "max": spec.max_seconds})
    width, height = probe.width or 0, probe.height or 0
    too_narrow = bool(spec.min_width and width < spec.min_width)
    too_low = bool(spec.min_height and height < spec.min_height)
    if too_narrow or too_low:
        values = {"w": width, "h": height, "min_w": spec.min_width, "min_h": spec.min_height}
        if spec.min_width and spec.min_height:
            found.append((_("The video is %(w)s × %(h)s pixels; the campaign asks for at least %(min_w)s × "
                            "%(min_h)s.") if is_video else
                          _("The photo is %(w)s × %(h)s pixels; the campaign asks for at least %(min_w)s × "
                            "%(min_h)s.")) % values)
        elif spec.min_width:
            found.append((_("The video is %(w)s pixels wide; the campaign asks for at least %(min_w)s.")
                          if is_video else
                          _("The photo is %(w)s pixels wide; the campaign asks for at least %(min_w)s.")) % values)
        else:
            found.append((_("The video is %(h)s pixels high; the campaign asks for at least %(min_h)s.")
                          if is_video else
                          _("The photo is %(h)s pixels high; the campaign asks for at least %(min_h)s.")) % values)
    asked = _ratio(spec.aspect_ratio)
    if asked and width and height:
        off = (width / height) / (asked[0] / asked[1]) - 1
        if abs(off) > ASPECT_TOLERANCE:
            shapes = {"shape": media.shape(width, height), "asked": spec.aspect_ratio.strip()}
            found.append((_("The video's shape is %(shape)s; the campaign asks for %(asked)s.") if is_video else
                          _("The photo's shape is %(shape)s; the campaign asks for %(asked)s.")) % shapes)
    return found


def spec_summary(spec: SubmissionSpec) -> str:
    """The specification in one sentence, for the form and the curators ("at least 1080 × 1080 pixels, shape
    1:1, at most 10 MB")."""
    parts = []
    if spec.min_width and spec.min_height:
        parts.append(_("at least %(w)s × %(h)s pixels") % {"w": spec.min_width, "h": spec.min_height})
    elif spec.min_width:
        parts.append(_("at least %(w)s pixels wide") % {"w": spec.min_width})
    elif spec.min_height:
        parts.append(_("at least %(h)s pixels high") % {"h": spec.min_height})
    if spec.aspect_ratio.strip():
        parts.append(_("shape %(ratio)s") % {"ratio": spec.aspect_ratio.strip()})
    if spec.max_seconds:
        parts.append(_("at most %(n)s seconds long") % {"n": spec.max_seconds})
    if spec.max_megabytes is not None:
        parts.append(_("at most %(mb)s MB") % {"mb": media.megabytes(spec.max_megabytes)})
    if spec.max_characters:
        parts.append(_("at most %(n)s characters") % {"n": spec.max_characters})
    return ", ".join(parts)


def accepted_kinds(campaign: Campaign) -> list[str]:
    """The kinds the campaign takes: those it specified, or every kind when it specified none."""
    specified = [k for k in MediaKind.values if k in {s.kind for s in campaign.specs.all()}]
    return specified or list(MediaKind.values)


def open_categories(campaign: Campaign):
    """The contest categories a contribution may still enter (those whose winner is not announced)."""
    return campaign.contest_categories.filter(announced_at__isnull=True)


def taking_submissions(campaign: Campaign, today: date | None = None) -> bool:
    """The public form is open from the campaign's first day to its last."""
    today = today or timezone.localdate()
    return campaign.starts_on <= today <= campaign.ends_on


# ---- receiving ------------------------------------------------------------------------------------------------

def _screen(*texts: str) -> str:
    from birarada.core.engine import analyzer

    joined = "\n".join(t for t in texts if t.strip())
    if not joined:
        return ""
    return analyzer().analyze(joined).label


@transaction.atomic
def do_submit(campaign: Campaign, *, kind: str, title: str, text: str = "", upload=None, submitter_name: str = "",
              submitter_contact: str = "", consent_publish: bool, consent_named: bool = False,
              organization: Organization | None = None, language: str = "tr", category: ContestCategory | None = None,
              actor: Actor = None) -> Submission:
    """Take one contribution after checking it against the campaign's specification. SubmissionError with every
    reason when it does not fit: nothing is saved, the file is not kept. A photo is re-encoded (no EXIF, no GPS)
    before it is stored; a video is kept as sent once ffprobe has read it; the title and text are screened by the
    engine, and a hateful one is received but flagged for the curator. `organization`: a participating
    organization submitting for its city from the staff side (`actor` is then its staff member)."""
    problems: list[str] = []
    title = " ".join(title.split())[:200]
    text = text.strip()
    if kind not in MediaKind.values:
        raise SubmissionError(_("Choose whether you send a photo, a video or a text."))
    if kind not in accepted_kinds(campaign):
        raise SubmissionError(_("This campaign does not take this kind of contribution."))
    if organization is not None and organization.pk != campaign.organization_id \
            and not campaign.participants.filter(pk=organization.pk).exists():
        raise SubmissionError(_("Only the organizations taking part in the campaign submit for their city."))
    if category is not None and (category.campaign_id != campaign.pk or category.announced_at is not None):
        raise SubmissionError(_("Choose one of the contest's open categories, or none."))
    if not title:
        problems.append(_("Give your contribution a title."))
    if organization is None and not consent_publish:
        problems.append(_("We can only take a contribution you agree we may publish: tick the box."))
    if consent_named and not submitter_name.strip():
        problems.append(_("You agreed to be named: write the name to show, or untick the box."))
    spec = campaign.specs.filter(kind=kind).first()
    probed: media.Probe | None = None
    if kind == MediaKind.TEXT:
        if not text:
            problems.append(_("Write the text you want to send."))
        elif len(text) > MAX_TEXT_CHARS:
            problems.append(_("The text is %(n)s characters long; we take at most %(max)s characters.")
                            % {"n": len(text), "max": MAX_TEXT_CHARS})
        else:
            problems.extend(check_against_spec(text, spec))
    elif len(text) > MAX_CAPTION_CHARS:
        problems.append(_("The caption is %(n)s characters long; we take at most %(max)s characters.")
                        % {"n": len(text), "max": MAX_CAPTION_CHARS})
    if kind != MediaKind.TEXT and upload is None:
        problems.append(_("Choose the photo to send.") if kind == MediaKind.IMAGE else
                        _("Choose the video to send."))
    elif kind != MediaKind.TEXT:
        try:
            probed = media.probe(upload)
        except media.MediaError as error:
            problems.append(str(error))
        else:
            if probed.kind != kind:
                problems.append(_("You chose to send a photo, but the file is a video.") if kind == MediaKind.IMAGE
                                else _("You chose to send a video, but the file is a photo."))
            else:
                problems.extend(check_against_spec(probed, spec))
    if problems:
        raise SubmissionError(problems)

    data: File | None = None
    if probed is not None and kind == MediaKind.IMAGE:
        try:
            cleaned, probed = media.reencode_image(upload)
        except media.MediaError as error:
            raise SubmissionError(str(error)) from None
        data = ContentFile(cleaned)
    elif probed is not None:
        upload.seek(0)
        data = File(upload)
    submission = Submission(
        campaign=campaign, organization=organization, kind=kind, title=title, text=text,
        content_type=probed.content_type if probed else "", size=probed.size if probed else len(text.encode()),
        width=probed.width if probed else None, height=probed.height if probed else None,
        seconds=Decimal(str(probed.seconds)) if probed and probed.seconds is not None else None,
        submitter_name=submitter_name.strip()[:MAX_NAME_CHARS],
        submitter_contact=submitter_contact.strip()[:MAX_CONTACT_CHARS],
        consent_publish=bool(consent_publish), consent_named=bool(consent_named), language=language[:8],
        engine_label=_screen(title, text), category=category)
    stored = ""
    if probed is not None and data is not None:
        # A random stored name: the sender's file name is not kept, and nothing in the address can be guessed.
        submission.file.save(secrets.token_hex(16) + media.EXTENSIONS.get(probed.content_type, ".bin"), data,
                             save=False)
        stored = submission.file.name
    try:
        submission.save()
        record_audit(actor=actor, verb="campaign.submit", organization=organization or campaign.organization,
                     target=campaign, changes={"submission": submission.pk, "kind": kind, "size": submission.size,
                                               "engine_label": submission.engine_label,
                                               "for": organization.slug if organization else "",
                                               "category": category.pk if category else None})
    except Exception:
        if stored:
            submission.file.storage.delete(stored)  # nothing half-saved: no file without its row
        raise
    return submission


# ---- curating --------------------------------------------------------------------------------------------------

@transaction.atomic
def do_curate(submission: Submission, *, approve: bool, reason: str = "", actor: Actor) -> Submission:
    """Approve a contribution for the gallery and the collage, or not accept it (a reason is required; the
    curators see it, the sender is not told)."""
    reason = " ".join(reason.split())[:300]
    if submission.purged_at is not None:
        raise SubmissionError(_("This contribution was erased after the campaign: there is nothing to decide."))
    if not approve and not reason:
        raise SubmissionError(_("Say why the contribution is not accepted."))
    before = submission.status
    submission.status = SubmissionStatus.APPROVED if approve else SubmissionStatus.REJECTED
    submission.reason = reason
    submission.decided_at = timezone.now()
    submission.decided_by = actor if actor is not None and actor.pk else None
    submission.save(update_fields=["status", "reason", "decided_at", "decided_by"])
    record_audit(actor=actor, verb="campaign.curate", organization=submission.campaign.organization,
                 target=submission.campaign,
                 changes={"submission": submission.pk, "before": before, "after": submission.status,
                          "reason_given": bool(reason)})
    return submission


def record_submitters_view(campaign: Campaign, submissions: list[Submission], *, organization: Organization,
                           actor: Actor) -> None:
    """Names and contacts were shown to a curator: who, and how many, is recorded (not the names)."""
    record_audit(actor=actor, verb="campaign.submitters_view", organization=organization, target=campaign,
                 changes={"submissions": len(submissions)})


# ---- retention --------------------------------------------------------------------------------------------------

@transaction.atomic
def do_purge_submitters(campaign: Campaign) -> int:
    """Erase what people gave about themselves, CAMPAIGNS_RETENTION_DAYS after the campaign ended: every contact;
    every name except where the person agreed to be named with an approved contribution. Contributions that were
    not approved lose their file too and are marked erased; approved ones keep their file for the gallery and
    the collage. Returns how many contributions changed."""
    now = timezone.now()
    changed = 0
    files: list[tuple] = []
    for submission in campaign.submissions.filter(purged_at__isnull=True).select_for_update():
        approved = submission.status == SubmissionStatus.APPROVED
        keep_name = approved and submission.consent_named
        fields = []
        if submission.submitter_contact:
            submission.submitter_contact = ""
            fields.append("submitter_contact")
        if submission.submitter_name and not keep_name:
            submission.submitter_name = ""
            fields.append("submitter_name")
        if not approved:
            if submission.file:
                files.append((submission.file.storage, submission.file.name))
                submission.file = ""
                fields.append("file")
            submission.purged_at = now
            fields.append("purged_at")
        if fields:
            submission.save(update_fields=fields)
            changed += 1
    if changed:
        record_audit(actor=None, verb="campaign.purge", organization=campaign.organization, target=campaign,
                     changes={"submissions": changed, "files": len(files)})
        # The stored files go once the rows surely no longer name them.
        transaction.on_commit(lambda: [storage.delete(name) for storage, name in files])
    return changed
