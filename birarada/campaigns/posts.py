"""The editorial calendar: posts planned per channel, checked by the engine and the inclusive-language checker
(the communications checker of `monitoring`) before anyone may approve them. draft → for approval → approved →
published; a change to the texts sends an approved post back to draft."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.campaigns.choices import Channel, PostStatus
from birarada.campaigns.models import Asset, Campaign, Post
from birarada.core.actions import record_audit
from birarada.core.models import Organization
from birarada.core.types import Actor
from birarada.monitoring.analysis import check_draft

MAX_TEXT = 5000


class PostError(ValueError):
    """A change the post does not allow, with a message a person can act on."""


def screen(texts: dict[str, str]) -> dict[str, dict]:
    return {language: check_draft(text) for language, text in texts.items() if text.strip()}


def _clean_texts(texts: dict[str, str]) -> dict[str, str]:
    clean = {language: text.strip() for language, text in texts.items() if text and text.strip()}
    if not clean:
        raise PostError(_("Write the post's text in at least one language."))
    for language, text in clean.items():
        if len(text) > MAX_TEXT:
            raise PostError(_("The %(language)s text is %(n)d characters long; at most %(max)d.")
                            % {"language": language, "n": len(text), "max": MAX_TEXT})
    return clean


@transaction.atomic
def do_plan_post(campaign: Campaign, organization: Organization, *, channel: str, planned_at: datetime,
                 texts: dict[str, str], actor: Actor, account: str = "", asset: Asset | None = None) -> Post:
    if channel not in Channel.values:
        raise PostError(f"Unknown channel: {channel}")
    if asset is not None and asset.campaign_id != campaign.pk:
        raise PostError(_("The file must come from this campaign's toolkit."))
    clean = _clean_texts(texts)
    post = Post.objects.create(campaign=campaign, organization=organization, channel=channel,
                               account=account.strip()[:120], planned_at=planned_at, texts=clean, asset=asset,
                               screening=screen(clean), checked_at=timezone.now())
    record_audit(actor=actor, verb="campaign.post_plan", organization=organization, target=campaign,
                 changes={"post": post.pk, "channel": channel, "planned_at": planned_at.isoformat(),
                          "flagged": post.flagged})
    return post


@transaction.atomic
def do_edit_post(post: Post, *, texts: dict[str, str], planned_at: datetime, actor: Actor, channel: str = "",
                 account: str | None = None, asset: Asset | None = None) -> Post:
    if post.status == PostStatus.PUBLISHED:
        raise PostError(_("This post was published; plan a new one instead."))
    if channel and channel not in Channel.values:
        raise PostError(f"Unknown channel: {channel}")
    if asset is not None and asset.campaign_id != post.campaign_id:
        raise PostError(_("The file must come from this campaign's toolkit."))
    clean = _clean_texts(texts)
    changed = clean != post.texts
    post.texts, post.planned_at, post.asset = clean, planned_at, asset
    post.channel = channel or post.channel
    if account is not None:
        post.account = account.strip()[:120]
    post.screening, post.checked_at = screen(clean), timezone.now()
    if changed and post.status == PostStatus.APPROVED:
        post.status, post.approved_by, post.approved_at = PostStatus.DRAFT, None, None
    post.save()
    record_audit(actor=actor, verb="campaign.post_edit", organization=post.organization, target=post.campaign,
                 changes={"post": post.pk, "texts_changed": changed, "flagged": post.flagged})
    return post


NEXT: dict[str, str] = {PostStatus.DRAFT: PostStatus.FOR_APPROVAL, PostStatus.FOR_APPROVAL: PostStatus.APPROVED,
                        PostStatus.APPROVED: PostStatus.PUBLISHED}


@transaction.atomic
def do_move_post(post: Post, status: str, *, actor: Actor, approver_may_approve: bool) -> Post:
    """One step forward (or back to draft). Approval needs the approving capability, a check of the texts as
    they are, and nothing flagged: stigmatising terms and hateful or offensive passages are rewritten first."""
    if status == PostStatus.DRAFT and post.status in (PostStatus.FOR_APPROVAL, PostStatus.APPROVED):
        post.status, post.approved_by, post.approved_at = PostStatus.DRAFT, None, None
    elif NEXT.get(post.status) != status:
        raise PostError(_("A post goes from “%(now)s” only to the next step.") % {"now": post.get_status_display()})
    elif status == PostStatus.APPROVED:
        if not approver_may_approve:
            raise PostError(_("Only the campaign's managers approve posts."))
        post.screening, post.checked_at = screen(post.texts), timezone.now()
        if post.flagged:
            post.save(update_fields=["screening", "checked_at"])
            raise PostError(_("The check found words to change (see below); rewrite the text, then ask again."))
        post.status, post.approved_by, post.approved_at = status, actor if actor and actor.pk else None, timezone.now()
    elif status == PostStatus.PUBLISHED:
        post.status, post.published_at = status, timezone.now()
    else:
        post.status = status
    post.save()
    record_audit(actor=actor, verb="campaign.post_status", organization=post.organization, target=post.campaign,
                 changes={"post": post.pk, "status": post.status})
    return post


def month_grid(day: date) -> list[list[date]]:
    """The weeks (Monday first) of the month of `day`, as dates, with the days of the neighbouring months that
    fill the first and last weeks."""
    first = day.replace(day=1)
    start = first - timedelta(days=first.weekday())
    weeks, current = [], start
    while True:
        weeks.append([current + timedelta(days=i) for i in range(7)])
        current += timedelta(days=7)
        if current.month != first.month:
            break
    return weeks


def week_of(day: date) -> list[date]:
    start = day - timedelta(days=day.weekday())
    return [start + timedelta(days=i) for i in range(7)]
