"""The only ways to reach campaigns and what people sent them. Staff: `access_campaign_by_id(user, org_slug, id)`
and `campaigns_visible_to(workspace)` (a campaign is visible to its lead and to the organizations that joined);
submissions and comments only through the helpers below. The public sees public campaigns, approved submissions
(without names unless the person agreed) and published comments."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404

from birarada.campaigns.choices import CommentStatus, SubmissionStatus
from birarada.campaigns.models import Campaign, Comment, Submission
from birarada.campaigns.module import MANAGE_CAMPAIGNS, MODERATE_COMMENTS, VIEW_CAMPAIGNS
from birarada.core.access import Workspace, access_workspace_by_slug, as_id
from birarada.core.types import AnyUser


def campaigns_visible_to(workspace: Workspace) -> QuerySet[Campaign]:
    workspace.require(VIEW_CAMPAIGNS)
    organization = workspace.organization
    return Campaign.objects.filter(Q(organization=organization) | Q(participants=organization)).distinct()


def access_campaign_by_id(user: AnyUser, slug: str, campaign_id: object, *, manage: bool = False
                          ) -> tuple[Campaign, Workspace]:
    """A campaign the organization leads or joined; `manage=True` for its own members with manage_campaigns.
    Whether the organization *leads* it (and so may change its content) is `campaign.organization_id`."""
    workspace = access_workspace_by_slug(user, slug, MANAGE_CAMPAIGNS if manage else VIEW_CAMPAIGNS, member=manage)
    found = campaigns_visible_to(workspace).filter(pk=as_id(campaign_id)).first()
    if found is None:
        raise Http404
    return found, workspace


def leads(campaign: Campaign, workspace: Workspace) -> bool:
    return campaign.organization_id == workspace.organization.pk


def submissions_of(campaign: Campaign, workspace: Workspace) -> QuerySet[Submission]:
    """Every submission of the campaign for its curators (the lead's managers; a participating city sees the
    ones sent for it). Reading names and contacts is audited by the caller."""
    workspace.require(MANAGE_CAMPAIGNS).require_member()
    submissions = campaign.submissions.all()
    if not leads(campaign, workspace):
        submissions = submissions.filter(organization=workspace.organization)
    return submissions


def comments_to_moderate(workspace: Workspace) -> QuerySet[Comment]:
    workspace.require(MODERATE_COMMENTS).require_member()
    return Comment.objects.filter(campaign__organization=workspace.organization)


def public_campaigns() -> QuerySet[Campaign]:
    return Campaign.objects.public().select_related("organization")


def public_campaign(organization_slug: str, campaign_slug: str) -> Campaign:
    found = public_campaigns().filter(organization__slug=organization_slug, slug=campaign_slug).first()
    if found is None:
        raise Http404
    return found


def gallery_of(campaign: Campaign) -> QuerySet[Submission]:
    return campaign.submissions.filter(status=SubmissionStatus.APPROVED, consent_publish=True,
                                       purged_at__isnull=True).order_by("created_at", "pk")


def published_comments(campaign: Campaign) -> QuerySet[Comment]:
    return campaign.comments.filter(status=CommentStatus.PUBLISHED).order_by("created_at", "pk")


# ---- comments (birarada/campaigns/comments.py) --------------------------------------------------------------

def access_comment_to_moderate(user: AnyUser, slug: str, comment_id: object) -> tuple[Comment, Workspace]:
    """A comment on one of the organization's own campaigns, for its moderators."""
    workspace = access_workspace_by_slug(user, slug, MODERATE_COMMENTS, member=True)
    found = comments_to_moderate(workspace).filter(pk=as_id(comment_id)).select_related("campaign").first()
    if found is None:
        raise Http404
    return found, workspace


def campaigns_led_by(workspace: Workspace) -> QuerySet[Campaign]:
    """The campaigns the organization leads (whose comments it moderates)."""
    return campaigns_visible_to(workspace).filter(organization=workspace.organization)


def public_comments(campaign: Campaign) -> QuerySet[Comment]:
    """What the public page shows: published comments written on the page (not imported ones)."""
    return published_comments(campaign).filter(source="page")


# ---- submissions (birarada/campaigns/submissions.py) ---------------------------------------------------------

def access_submissions(user: AnyUser, slug: str, campaign_id: object
                       ) -> tuple[Campaign, Workspace, QuerySet[Submission]]:
    """A campaign's submissions for the organization's curators: the lead's managers see them all, a
    participating organization's managers the ones sent for their city."""
    campaign, workspace = access_campaign_by_id(user, slug, campaign_id, manage=True)
    return campaign, workspace, submissions_of(campaign, workspace)


def access_submission_by_id(user: AnyUser, slug: str, campaign_id: object, submission_id: object
                            ) -> tuple[Submission, Campaign, Workspace]:
    campaign, workspace, submissions = access_submissions(user, slug, campaign_id)
    found = submissions.filter(pk=as_id(submission_id)).first()
    if found is None:
        raise Http404
    return found, campaign, workspace


def gallery_item(organization_slug: str, campaign_slug: str, submission_id: object) -> Submission:
    """One submission of a public campaign's gallery (approved, agreed to be published, with a file)."""
    found = gallery_of(public_campaign(organization_slug, campaign_slug)).filter(
        pk=as_id(submission_id)).exclude(file="").first()
    if found is None:
        raise Http404
    return found


def posts_of(campaign: Campaign, workspace: Workspace):
    """The editorial calendar as this organization sees it: the lead sees every city's posts, a participating
    organization its own."""
    workspace.require(VIEW_CAMPAIGNS)
    posts = campaign.posts.select_related("organization", "asset", "approved_by")
    if not leads(campaign, workspace):
        posts = posts.filter(organization=workspace.organization)
    return posts


def post_in(campaign: Campaign, workspace: Workspace, post_id: object):
    """A post of this organization (changes are made by the organization whose channel it is)."""
    found = campaign.posts.filter(pk=as_id(post_id), organization=workspace.organization).first()
    if found is None:
        raise Http404
    return found


def contributions_by_organization(campaign: Campaign) -> dict[int | None, dict[str, int]]:
    """For the lead's overview: per organization (None: residents) how many contributions arrived and how many
    were approved, and how many posts it planned and published. Counts only."""
    from django.db.models import Count

    from birarada.campaigns.choices import PostStatus

    found: dict[int | None, dict[str, int]] = {}
    for row in campaign.submissions.values("organization_id").annotate(
            sent=Count("pk"), approved=Count("pk", filter=Q(status=SubmissionStatus.APPROVED))):
        found.setdefault(row["organization_id"], {}).update(sent=row["sent"], approved=row["approved"])
    for row in campaign.posts.values("organization_id").annotate(
            planned=Count("pk"), published=Count("pk", filter=Q(status=PostStatus.PUBLISHED))):
        found.setdefault(row["organization_id"], {}).update(planned=row["planned"], published=row["published"])
    return found


def invitation_for(workspace: Workspace, invitation_id: object):
    """An invitation addressed to this organization (its managers answer it)."""
    from birarada.campaigns.models import CampaignInvitation

    workspace.require(MANAGE_CAMPAIGNS).require_member()
    found = CampaignInvitation.objects.filter(pk=as_id(invitation_id), organization=workspace.organization).first()
    if found is None:
        raise Http404
    return found


# ---- the contest (birarada/campaigns/contest.py) ---------------------------------------------------------------

def access_contest(user: AnyUser, slug: str, campaign_id: object) -> tuple[Campaign, Workspace, bool, bool]:
    """A campaign's contest page for the lead organization's own staff who are its managers or on its jury:
    (campaign, workspace, manages, judges). Everyone else: Http404."""
    from birarada.campaigns.contest import is_juror
    from birarada.core.capabilities import Capability

    workspace = access_workspace_by_slug(user, slug, Capability.VIEW_WORKSPACE, member=True)
    campaign = Campaign.objects.filter(pk=as_id(campaign_id), organization=workspace.organization).first()
    if campaign is None:
        raise Http404
    manages = workspace.can(MANAGE_CAMPAIGNS)
    judges = is_juror(campaign, user)
    if not (manages or judges):
        raise Http404
    return campaign, workspace, manages, judges


def contest_entry(campaign: Campaign, submission_id: object) -> Submission:
    """An approved contribution of the campaign entered in one of its contest categories."""
    found = campaign.submissions.filter(pk=as_id(submission_id), status=SubmissionStatus.APPROVED,
                                        category__isnull=False, purged_at__isnull=True).first()
    if found is None:
        raise Http404
    return found


def contest_winners(campaign: Campaign) -> list[tuple]:
    """For the public page: (category, winning submission, name shown) per announced category; the name only
    when the person agreed to be named, otherwise the city the contribution was sent for."""
    found = []
    for category in campaign.contest_categories.filter(announced_at__isnull=False, winner__isnull=False):
        winner = gallery_of(campaign).select_related("organization").filter(pk=category.winner_id or 0).first()
        if winner is None:
            continue
        name = winner.submitter_name if winner.consent_named and winner.submitter_name else ""
        found.append((category, winner, name or (winner.organization.name if winner.organization else "")))
    return found
