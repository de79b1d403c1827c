"""A campaign of a unit (or a network) for an international day or free dates: its message in several
languages, phases with checklists, a toolkit whose assets carry a format specification, submissions checked
against the campaign's specification on arrival, and comments screened by the engine before anyone sees them.

Submitters' names and contacts are personal data: encrypted, read through `access.py`, erased after
CAMPAIGNS_RETENTION_DAYS unless the person agreed to be named with a published submission."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from birarada.campaigns.choices import (
    AssetKind,
    Channel,
    CommentStatus,
    MediaKind,
    PhaseKind,
    PostStatus,
    SubmissionStatus,
)
from birarada.core.fields import EncryptedTextField
from birarada.core.models import Organization


class CampaignQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)


class Campaign(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="campaigns",
                                     verbose_name=_("lead organization"))
    participants = models.ManyToManyField(Organization, blank=True, related_name="joined_campaigns",
                                          verbose_name=_("participating organizations"))
    slug = models.SlugField(_("short name in addresses"), max_length=60)
    title = models.CharField(_("title"), max_length=200)
    day_key = models.CharField(_("international day"), max_length=40, blank=True)
    the_day = models.DateField(_("the day"), help_text=_("The day the campaign builds up to."))
    starts_on = models.DateField(_("campaign starts"))
    ends_on = models.DateField(_("campaign ends"))
    grounds = models.JSONField(_("grounds"), default=list, blank=True)
    message = models.TextField(_("main message"))
    audience = models.CharField(_("audience"), max_length=300, blank=True)
    objectives = models.TextField(_("objectives"), blank=True)
    hashtags = models.CharField(_("hashtags"), max_length=300, blank=True,
                                help_text=_("The common hashtag first, separated by spaces."))
    is_public = models.BooleanField(_("public page"), default=True)
    hold_offensive = models.BooleanField(_("hold offensive comments for review"), default=True,
                                         help_text=_("Hateful comments are always held; offensive ones are held "
                                                     "too when this is on, published otherwise."))
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        ordering = ["-the_day", "-pk"]
        constraints = [models.UniqueConstraint(fields=["organization", "slug"], name="campaigns_slug_unique")]

    def __str__(self) -> str:
        return self.title

    @property
    def hashtag_list(self) -> list[str]:
        return [h if h.startswith("#") else f"#{h}" for h in self.hashtags.split() if h.strip("#")]


class CampaignMessage(models.Model):
    """The message in one language; a participating organization may adapt it for its own city."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="messages")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=8)
    text = models.TextField(_("message"))

    class Meta:
        ordering = ["language", "pk"]
        constraints = [models.UniqueConstraint(fields=["campaign", "organization", "language"],
                                               name="campaigns_one_message_per_language")]


class Phase(models.Model):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="phases")
    kind = models.CharField(_("phase"), max_length=12, choices=PhaseKind.choices)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))

    class Meta:
        ordering = ["starts_on", "pk"]


class ChecklistItem(models.Model):
    phase = models.ForeignKey(Phase, on_delete=models.CASCADE, related_name="checklist")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    text = models.CharField(_("task"), max_length=300)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+")

    class Meta:
        ordering = ["pk"]


class Asset(models.Model):
    """A toolkit file with the format it must keep when cities adapt it."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="assets")
    kind = models.CharField(_("kind"), max_length=16, choices=AssetKind.choices)
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(upload_to="campaigns/toolkit/%Y/%m/")
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    spec = models.CharField(_("format to keep"), max_length=300, blank=True,
                            help_text=_("For example: 1080 × 1080 px, PNG, at most 2 MB."))
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "pk"]


class SubmissionSpec(models.Model):
    """What the campaign accepts of one kind of media; every submission is checked against it on arrival."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="specs")
    kind = models.CharField(_("kind"), max_length=8, choices=MediaKind.choices)
    min_width = models.PositiveIntegerField(_("minimum width (px)"), null=True, blank=True)
    min_height = models.PositiveIntegerField(_("minimum height (px)"), null=True, blank=True)
    aspect_ratio = models.CharField(_("aspect ratio"), max_length=10, blank=True,
                                    help_text=_("For example 1:1, 4:5 or 16:9. Empty: any."))
    max_megabytes = models.DecimalField(_("maximum size (MB)"), max_digits=6, decimal_places=1, null=True,
                                        blank=True, validators=[MinValueValidator(0)])
    max_seconds = models.PositiveIntegerField(_("maximum duration (seconds)"), null=True, blank=True)
    max_characters = models.PositiveIntegerField(_("maximum length (characters)"), null=True, blank=True)
    instructions = models.TextField(_("instructions for contributors"), blank=True)

    class Meta:
        ordering = ["kind", "pk"]
        constraints = [models.UniqueConstraint(fields=["campaign", "kind"], name="campaigns_one_spec_per_kind")]


class Submission(models.Model):
    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="submissions")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+", verbose_name=_("submitted for"))
    kind = models.CharField(_("kind"), max_length=8, choices=MediaKind.choices)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), blank=True)
    file = models.FileField(upload_to="campaigns/submissions/%Y/%m/", blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField(default=0)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    seconds = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    submitter_name = EncryptedTextField(_("name"), blank=True)
    submitter_contact = EncryptedTextField(_("contact"), blank=True)
    consent_publish = models.BooleanField(_("agrees to publication"), default=False)
    consent_named = models.BooleanField(_("agrees to be named"), default=False)
    language = models.CharField(max_length=8, default="tr")
    engine_label = models.CharField(max_length=12, blank=True)
    category = models.ForeignKey("ContestCategory", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="entries", verbose_name=_("contest category"))
    status = models.CharField(max_length=10, choices=SubmissionStatus.choices, default=SubmissionStatus.RECEIVED)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class Comment(models.Model):
    """A comment under the public campaign page or imported from a platform's export. Nothing is shown before
    the engine has screened it (status PENDING until then)."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="comments")
    author = models.CharField(_("name shown"), max_length=80, blank=True)
    text = models.TextField(_("comment"))
    source = models.CharField(max_length=20, default="page")  # "page" or the platform of an imported export
    status = models.CharField(max_length=10, choices=CommentStatus.choices, default=CommentStatus.PENDING)
    engine_label = models.CharField(max_length=12, blank=True)
    risk = models.FloatField(default=0.0)  # the engine's hateful score, for the queue's order
    analysis = models.JSONField(default=dict, blank=True)  # the engine's explanation, targets and signals
    created_at = models.DateTimeField(auto_now_add=True)
    screened_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["campaign", "status"])]


class Post(models.Model):
    """A post of the editorial calendar: what a city will publish on one of its channels, when, in which
    languages. The platform posts nothing itself (no network is assumed): the calendar is the plan and the record.
    Every text is checked by the engine and the inclusive-language checker before the post can be approved."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="posts")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    account = models.CharField(_("account or place"), max_length=120, blank=True,
                               help_text=_("For example @izmirbld, the website's news page, metro screens."))
    planned_at = models.DateTimeField(_("planned for"))
    texts = models.JSONField(_("texts"), default=dict)  # {language: text}
    asset = models.ForeignKey(Asset, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                              verbose_name=_("toolkit file"))
    status = models.CharField(_("status"), max_length=12, choices=PostStatus.choices, default=PostStatus.DRAFT)
    screening = models.JSONField(default=dict, blank=True)  # {language: check_draft result} of the texts as they are
    checked_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["planned_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.planned_at:%Y-%m-%d %H:%M}"

    @property
    def flagged(self) -> bool:
        """The last check found hateful or offensive passages or stigmatising terms in some language."""
        return any(result.get("passages") or result.get("findings") for result in (self.screening or {}).values())


class Engagement(models.Model):
    """Figures of one post on one platform, as the platform's export gives them (imported from CSV)."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="engagement")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    platform = models.CharField(_("platform"), max_length=40)
    post_ref = models.CharField(_("post"), max_length=300)
    measured_on = models.DateField(_("date"))
    reach = models.PositiveBigIntegerField(default=0)
    impressions = models.PositiveBigIntegerField(default=0)
    likes = models.PositiveBigIntegerField(default=0)
    shares = models.PositiveBigIntegerField(default=0)
    comments = models.PositiveBigIntegerField(default=0)
    video_views = models.PositiveBigIntegerField(default=0)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["measured_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["campaign", "platform", "post_ref", "measured_on"],
                                               name="campaigns_one_figure_per_post_and_day")]


class InvitationStatus(models.TextChoices):
    INVITED = "invited", pgettext_lazy("invitation status", "Invited")
    ACCEPTED = "accepted", pgettext_lazy("invitation status", "Accepted")
    DECLINED = "declined", pgettext_lazy("invitation status", "Declined")


class CampaignInvitation(models.Model):
    """The lead (a city's unit or a network) invites an organization; it takes part once it accepts."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="invitations")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="campaign_invitations")
    status = models.CharField(max_length=10, choices=InvitationStatus.choices, default=InvitationStatus.INVITED)
    note = models.CharField(_("a word to the invited organization"), max_length=500, blank=True)
    invited_at = models.DateTimeField(auto_now_add=True)
    responded_at = models.DateTimeField(null=True, blank=True)
    responded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")

    class Meta:
        ordering = ["invited_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["campaign", "organization"],
                                               name="campaigns_one_invitation_per_organization")]


class ContestCategory(models.Model):
    """A category of the campaign's contest (e.g. students' videos); the jury scores approved contributions."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="contest_categories")
    title = models.CharField(_("category"), max_length=200)
    description = models.TextField(_("what it rewards"), blank=True)
    winner = models.ForeignKey(Submission, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    announced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]


class JuryMember(models.Model):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="jury")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["campaign", "user"], name="campaigns_jury_once")]


class Score(models.Model):
    category = models.ForeignKey(ContestCategory, on_delete=models.CASCADE, related_name="scores")
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="scores")
    juror = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    points = models.PositiveSmallIntegerField(_("points (1–10)"),
                                              validators=[MinValueValidator(1), MaxValueValidator(10)])
    note = models.CharField(_("note"), max_length=500, blank=True)
    scored_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["category", "submission", "juror"],
                                               name="campaigns_one_score_per_juror")]
