"""Every change to a campaign, its phases, checklists, messages, toolkit and submission formats: one transaction,
one audit row, plain values in. What people wrote (messages, tasks, titles) never goes into the audit log."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.campaigns import days
from birarada.campaigns.choices import AssetKind, MediaKind, PhaseKind
from birarada.campaigns.errors import CampaignError
from birarada.campaigns.models import Asset, Campaign, CampaignMessage, ChecklistItem, Phase, SubmissionSpec
from birarada.core.actions import record_audit
from birarada.core.models import Organization
from birarada.core.types import Actor
from birarada.core.vocabulary import Ground

TEASER_WEEKS = 4  # the teaser and countdown start four weeks before the day (the seed asks for 3–4)
DEFAULT_LEAD_WEEKS = 8  # without a start date, a campaign for a day starts eight weeks before it
DEFAULT_AFTER_DAYS = 14  # …and ends two weeks after it
ASPECT_RATIO = re.compile(r"^([1-9][0-9]{0,3}):([1-9][0-9]{0,3})$")


def languages() -> list[tuple[str, str]]:
    """The languages messages are written in: the site's (tr, en, ar)."""
    return [(code, str(name)) for code, name in settings.LANGUAGES]


def default_tasks() -> dict[str, list[str]]:
    """The tasks every organization of a campaign starts with, per phase: the Intercultural Cities' lessons
    (prepare in advance, one message and one hashtag, a ready toolkit, a countdown, mutual reposting,
    highlights and a final collage). In the language of whoever creates or joins the campaign."""
    return {
        PhaseKind.PREPARATION: [
            _("Agree on the one message and the common hashtag"),
            _("Prepare the toolkit: briefing note, banners, profile frame, poster templates"),
            _("Publish the format instructions for submissions"),
            _("Adapt the message for our city and languages"),
        ],
        PhaseKind.TEASER: [
            _("Post the countdown: weekly, then daily in the last week"),
            _("Repost the partners' posts (mutual reposting)"),
            _("Share the profile frame and the call for submissions with residents"),
        ],
        PhaseKind.DAY: [
            _("Publish the main message with the common hashtag"),
            _("Repost the partners' posts of the day"),
            _("Have moderators on duty for the comments"),
        ],
        PhaseKind.HIGHLIGHTS: [
            _("Publish the highlights of the day"),
            _("Publish the final collage of submissions"),
            _("Write down what worked and what did not"),
        ],
    }


def default_phases(the_day: date, starts_on: date, ends_on: date) -> list[tuple[str, date, date]]:
    """(kind, starts, ends) of the four phases, kept inside the campaign's dates: preparation until four weeks
    before the day, teaser and countdown until the day before, the day, highlights until the end. A phase the
    campaign is too short for shrinks to one day at the nearest edge."""

    def clamp(value: date, low: date, high: date) -> date:
        return max(low, min(value, high))

    ideal = [
        (PhaseKind.PREPARATION, starts_on, the_day - timedelta(weeks=TEASER_WEEKS, days=1)),
        (PhaseKind.TEASER, the_day - timedelta(weeks=TEASER_WEEKS), the_day - timedelta(days=1)),
        (PhaseKind.DAY, the_day, the_day),
        (PhaseKind.HIGHLIGHTS, the_day + timedelta(days=1), ends_on),
    ]
    phases = []
    for kind, start, end in ideal:
        start = clamp(start, starts_on, ends_on)
        phases.append((str(kind), start, clamp(end, start, ends_on)))
    return phases


def _check_dates(the_day: date, starts_on: date, ends_on: date) -> None:
    if not starts_on <= the_day <= ends_on:
        raise CampaignError(_("The day must fall within the campaign: it starts on or before the day and ends on "
                              "or after it."))
    if (ends_on - starts_on).days > 366:
        raise CampaignError(_("A campaign lasts at most a year. Shorten it, or make two campaigns."))


def _add_default_checklist(campaign: Campaign, organization: Organization) -> int:
    tasks = default_tasks()
    items = [ChecklistItem(phase=phase, organization=organization, text=text[:300])
             for phase in campaign.phases.all() for text in tasks.get(phase.kind, [])]
    ChecklistItem.objects.bulk_create(items)
    return len(items)


@transaction.atomic
def do_create_campaign(organization: Organization, *, slug: str, title: str, message: str, actor: Actor,
                       day_key: str = "", the_day: date | None = None, starts_on: date | None = None,
                       ends_on: date | None = None, grounds: Iterable[str] = (), audience: str = "",
                       objectives: str = "", hashtags: str = "", is_public: bool = True,
                       language: str = "tr") -> Campaign:
    """A campaign led by `organization`, with its four phases, the default checklist and the lead's message in
    `language` (Turkish unless said otherwise). An international day fills in the date and grounds left empty."""
    day = None
    if day_key:
        day = days.BY_KEY.get(day_key)
        if day is None:
            raise CampaignError(f"Unknown international day: {day_key}")
    if the_day is None:
        if day is None:
            raise CampaignError(_("Choose an international day or give the campaign's day."))
        the_day = day.next_on(starts_on or timezone.localdate())
    elif day is not None and (the_day.month, the_day.day) != (day.month, day.day):
        raise CampaignError(_("The day does not match the international day chosen (%(date)s). Leave the day "
                              "empty, or choose no international day.") % {"date": f"{day.day}.{day.month}"})
    starts_on = starts_on or min(the_day - timedelta(weeks=DEFAULT_LEAD_WEEKS), the_day)
    ends_on = ends_on or the_day + timedelta(days=DEFAULT_AFTER_DAYS)
    _check_dates(the_day, starts_on, ends_on)
    grounds = list(dict.fromkeys(grounds)) or (list(day.grounds) if day else [])
    unknown = set(grounds) - set(Ground.values)
    if unknown:
        raise CampaignError(f"Unknown grounds: {', '.join(sorted(unknown))}")
    slug = slug.strip()
    if Campaign.objects.filter(organization=organization, slug=slug).exists():
        raise CampaignError(_("Another campaign of this organization already has this short name."))
    message = message.strip()
    if not message:
        raise CampaignError(_("Write the campaign's main message."))
    campaign = Campaign(organization=organization, slug=slug, title=title.strip()[:200], day_key=day_key,
                        the_day=the_day, starts_on=starts_on, ends_on=ends_on, grounds=grounds, message=message,
                        audience=audience.strip()[:300], objectives=objectives.strip(),
                        hashtags=" ".join(hashtags.split())[:300], is_public=is_public)
    campaign.full_clean()
    campaign.save()
    for kind, start, end in default_phases(the_day, starts_on, ends_on):
        Phase.objects.create(campaign=campaign, kind=kind, starts_on=start, ends_on=end)
    tasks = _add_default_checklist(campaign, organization)
    if language not in dict(languages()):
        language = "tr"
    CampaignMessage.objects.create(campaign=campaign, organization=organization, language=language, text=message)
    record_audit(actor=actor, verb="campaign.create", organization=organization, target=campaign,
                 changes={"slug": slug, "day": day_key, "the_day": the_day.isoformat(),
                          "starts_on": starts_on.isoformat(), "ends_on": ends_on.isoformat(), "tasks": tasks})
    return campaign


UPDATABLE = ("title", "the_day", "starts_on", "ends_on", "grounds", "message", "audience", "objectives", "hashtags",
             "is_public", "hold_offensive")


@transaction.atomic
def do_update_campaign(campaign: Campaign, *, actor: Actor, **values) -> Campaign:
    """Change the campaign's details (the lead). The phases keep their dates: the lead moves them if needed."""
    unknown = set(values) - set(UPDATABLE)
    if unknown:
        raise CampaignError(f"Unknown fields: {', '.join(sorted(unknown))}")
    locked = Campaign.objects.select_for_update().get(pk=campaign.pk)
    changed = []
    for name, value in values.items():
        if isinstance(value, str):
            value = " ".join(value.split()) if name == "hashtags" else value.strip()
        if name == "grounds":
            value = list(dict.fromkeys(value))
            if set(value) - set(Ground.values):
                raise CampaignError("Unknown grounds")
        if getattr(locked, name) != value:
            setattr(locked, name, value)
            changed.append(name)
    if day := days.BY_KEY.get(locked.day_key):
        if (locked.the_day.month, locked.the_day.day) != (day.month, day.day):
            raise CampaignError(_("The day does not match the campaign's international day."))
    _check_dates(locked.the_day, locked.starts_on, locked.ends_on)
    if not locked.message:
        raise CampaignError(_("Write the campaign's main message."))
    locked.full_clean()
    locked.save()
    record_audit(actor=actor, verb="campaign.update", organization=locked.organization, target=locked,
                 changes={"changed": sorted(changed)})
    return locked


@transaction.atomic
def do_set_phase(phase: Phase, *, starts_on: date, ends_on: date, actor: Actor) -> Phase:
    campaign = phase.campaign
    if ends_on < starts_on:
        raise CampaignError(_("The phase ends before it starts."))
    if starts_on < campaign.starts_on or ends_on > campaign.ends_on:
        raise CampaignError(_("The phase must fall within the campaign's dates (%(start)s – %(end)s).")
                            % {"start": campaign.starts_on.isoformat(), "end": campaign.ends_on.isoformat()})
    if phase.kind == PhaseKind.DAY and not starts_on <= campaign.the_day <= ends_on:
        raise CampaignError(_("The phase of the day must include the day itself."))
    phase.starts_on, phase.ends_on = starts_on, ends_on
    phase.save(update_fields=["starts_on", "ends_on"])
    record_audit(actor=actor, verb="campaign.phase", organization=campaign.organization, target=campaign,
                 changes={"phase": phase.kind, "starts_on": starts_on.isoformat(), "ends_on": ends_on.isoformat()})
    return phase


def _taking_part(campaign: Campaign, organization: Organization) -> bool:
    return (campaign.organization_id == organization.pk
            or campaign.participants.filter(pk=organization.pk).exists())


@transaction.atomic
def do_add_checklist_item(phase: Phase, organization: Organization, *, text: str, actor: Actor) -> ChecklistItem:
    """A task of `organization` (the lead or a participant) in one phase."""
    if not _taking_part(phase.campaign, organization):
        raise CampaignError(_("Only organizations taking part in the campaign have a checklist."))
    text = " ".join(text.split())[:300]
    if not text:
        raise CampaignError(_("Write the task."))
    item = ChecklistItem.objects.create(phase=phase, organization=organization, text=text)
    record_audit(actor=actor, verb="campaign.checklist_add", organization=organization, target=phase.campaign,
                 changes={"phase": phase.kind, "item": item.pk})
    return item


@transaction.atomic
def do_tick_checklist_item(item: ChecklistItem, *, done: bool, actor: Actor) -> ChecklistItem:
    """Mark a task done (or not done again). Each organization ticks only its own tasks: the caller passes an
    item of the actor's organization."""
    if done and item.done_at is None:
        item.done_at = timezone.now()
        item.done_by = actor if actor is not None and actor.pk else None
    elif not done:
        item.done_at, item.done_by = None, None
    item.save(update_fields=["done_at", "done_by"])
    record_audit(actor=actor, verb="campaign.checklist_done", organization=item.organization,
                 target=item.phase.campaign, changes={"item": item.pk, "done": done})
    return item


@transaction.atomic
def do_write_message(campaign: Campaign, organization: Organization, *, language: str, text: str,
                     actor: Actor) -> CampaignMessage | None:
    """The message of `organization` in `language`: the lead's is the campaign's, a participant's adapts it for
    its own city. An empty text removes that organization's message in that language (returns None)."""
    if language not in dict(languages()):
        raise CampaignError(_("Choose one of the languages offered."))
    if not _taking_part(campaign, organization):
        raise CampaignError(_("Only organizations taking part in the campaign write its messages."))
    text = text.strip()
    existing = CampaignMessage.objects.filter(campaign=campaign, organization=organization, language=language)
    message: CampaignMessage | None
    if not text:
        existing.delete()
        message = None
    else:
        message, _created = CampaignMessage.objects.update_or_create(
            campaign=campaign, organization=organization, language=language, defaults={"text": text})
    record_audit(actor=actor, verb="campaign.message", organization=organization, target=campaign,
                 changes={"language": language, "adaptation": organization.pk != campaign.organization_id,
                          "removed": message is None})
    return message


@transaction.atomic
def do_join_campaign(campaign: Campaign, organization: Organization, *, actor: Actor) -> int:
    """The lead adds a participating organization directly (the demo, and units adding their own district desks
    from code); on the pages the lead invites and the organization accepts (invitations.py). It gets its own copy
    of the default checklist. Returns the number of tasks it got."""
    check_may_take_part(campaign, organization)
    tasks = add_participant(campaign, organization)
    record_audit(actor=actor, verb="campaign.join", organization=campaign.organization, target=campaign,
                 changes={"participant": organization.pk, "tasks": tasks})
    return tasks


def check_may_take_part(campaign: Campaign, organization: Organization) -> None:
    """CampaignError unless the organization could join: on the platform, not the lead, not taking part yet."""
    if not organization.uses_platform:
        raise CampaignError(_("Only organizations using the platform can take part in a campaign."))
    if organization.pk == campaign.organization_id:
        raise CampaignError(_("The lead organization takes part already."))
    if campaign.participants.filter(pk=organization.pk).exists():
        raise CampaignError(_("%(name)s takes part already.") % {"name": organization.name})


def add_participant(campaign: Campaign, organization: Organization) -> int:
    """The organization takes part (inside the caller's action): its own copy of the default checklist."""
    campaign.participants.add(organization)
    return _add_default_checklist(campaign, organization)


@transaction.atomic
def do_add_asset(campaign: Campaign, *, kind: str, title: str, upload, spec: str = "", actor: Actor) -> Asset:
    """A toolkit file, checked by its content (see toolkit.check_asset)."""
    from birarada.campaigns.toolkit import check_asset

    if kind not in AssetKind.values:
        raise CampaignError(f"Unknown kind: {kind}")
    title = " ".join(title.split())[:200]
    if not title:
        raise CampaignError(_("Give the file a title."))
    checked = check_asset(upload, kind=kind)
    asset = Asset(campaign=campaign, kind=kind, title=title, content_type=checked.content_type,
                  size=len(checked.data), width=checked.width, height=checked.height, spec=spec.strip()[:300])
    # A random stored name: nothing in the address can be guessed, the original name is not kept.
    asset.file.save(secrets.token_hex(16) + checked.extension, ContentFile(checked.data), save=False)
    stored = asset.file.name
    try:
        asset.save()
        record_audit(actor=actor, verb="campaign.asset_add", organization=campaign.organization, target=campaign,
                     changes={"asset": asset.pk, "kind": kind, "type": checked.content_type, "size": asset.size})
    except Exception:
        asset.file.storage.delete(stored)  # nothing half-saved: no file without its row
        raise
    return asset


@transaction.atomic
def do_remove_asset(asset: Asset, *, actor: Actor) -> None:
    campaign = asset.campaign
    storage, stored, pk = asset.file.storage, asset.file.name, asset.pk
    asset.delete()
    record_audit(actor=actor, verb="campaign.asset_remove", organization=campaign.organization, target=campaign,
                 changes={"asset": pk})
    transaction.on_commit(lambda: storage.delete(stored))


def parse_aspect_ratio(value: str) -> tuple[int, int] | None:
    """(width, height) of "4:5"; None for an empty value; CampaignError for anything else."""
    value = value.strip().replace(" ", "").replace("/", ":").replace("x", ":").replace("×", ":")
    if not value:
        return None
    found = ASPECT_RATIO.match(value)
    if found is None:
        raise CampaignError(_("Write the aspect ratio as width:height, for example 1:1, 4:5 or 16:9."))
    return int(found.group(1)), int(found.group(2))


@transaction.atomic
def do_set_spec(campaign: Campaign, *, kind: str, actor: Actor, min_width: int | None = None,
                min_height: int | None = None, aspect_ratio: str = "", max_megabytes: Decimal | None = None,
                max_seconds: int | None = None, max_characters: int | None = None,
                instructions: str = "") -> SubmissionSpec:
    """What the campaign accepts of one kind of media (one specification per kind; setting it again replaces
    it). Fields that do not apply to the kind are left empty."""
    if kind not in MediaKind.values:
        raise CampaignError(f"Unknown kind: {kind}")
    ratio = parse_aspect_ratio(aspect_ratio)
    if max_megabytes is not None and max_megabytes <= 0:
        raise CampaignError(_("The maximum size must be more than 0 MB."))
    for number in (min_width, min_height, max_seconds, max_characters):
        if number is not None and number <= 0:
            raise CampaignError(_("Sizes, durations and lengths must be more than 0."))
    visual = kind in (MediaKind.IMAGE, MediaKind.VIDEO)
    values = {
        "min_width": min_width if visual else None, "min_height": min_height if visual else None,
        "aspect_ratio": f"{ratio[0]}:{ratio[1]}" if ratio and visual else "",
        "max_megabytes": max_megabytes if kind != MediaKind.TEXT else None,
        "max_seconds": max_seconds if kind == MediaKind.VIDEO else None,
        "max_characters": max_characters if kind == MediaKind.TEXT else None,
        "instructions": instructions.strip()[:4000],
    }
    spec, _created = SubmissionSpec.objects.update_or_create(campaign=campaign, kind=kind, defaults=values)
    spec.full_clean()
    record_audit(actor=actor, verb="campaign.spec", organization=campaign.organization, target=campaign,
                 changes={"kind": kind, **{k: str(v) if isinstance(v, Decimal) else v for k, v in values.items()
                                           if k != "instructions"}})
    return spec
