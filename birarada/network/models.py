"""Networks, the observatory of good practices, the method pool, joint actions and mentoring.

A network is a core Organization of kind "network"; its members are other organizations (cities, NGOs, arts
institutions) with a role and dates. Practices and methods are public once published; drafts are seen only
by their authors' organization and the network's editors (network/access.py decides).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from birarada.core.models import Organization
from birarada.network.choices import (
    PRACTICE_LANGUAGES,
    CollaborationStatus,
    Licence,
    MethodStatus,
    NetworkRole,
    PracticeStatus,
)


class NetworkMembership(models.Model):
    network = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="network_members",
                                verbose_name=_("network"))
    member = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="network_memberships",
                               verbose_name=_("member organization"))
    role = models.CharField(_("role in the network"), max_length=20, choices=NetworkRole.choices,
                            default=NetworkRole.MEMBER)
    joined_on = models.DateField(_("joined on"))
    left_on = models.DateField(_("left on"), null=True, blank=True)
    # The member's own choice (its administrators set it): the network's coordinators may then see its
    # incident and monitoring figures, aggregated and suppressed where small.
    shares_statistics = models.BooleanField(_("shares its statistics with the network"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["network", "member"], name="network_member_once")]
        ordering = ["network", "member__name"]
        verbose_name = _("network membership")

    def __str__(self) -> str:
        return f"{self.member} ∈ {self.network}"


class Practice(models.Model):
    """A good practice (case study) of a city, in one or more languages (PracticeText)."""

    slug = models.SlugField(max_length=80, unique=True)
    network = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="reviewed_practices",
                                verbose_name=_("observatory of the network"))
    owner = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="submitted_practices",
                              verbose_name=_("submitted by"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=2, help_text=_("Two-letter code (ISO 3166): TR, BE, KR…"))
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    organizations = models.ManyToManyField(Organization, blank=True, related_name="practices",
                                           verbose_name=_("organizations on the platform behind it"))
    other_organizations = models.CharField(_("other organizations behind it"), max_length=300, blank=True)
    started = models.PositiveSmallIntegerField(_("from (year)"), null=True, blank=True)
    ended = models.PositiveSmallIntegerField(_("until (year)"), null=True, blank=True,
                                             help_text=_("Empty while it goes on."))
    themes = models.JSONField(_("themes"), default=list)
    grounds = models.JSONField(_("grounds"), default=list, blank=True)
    areas = models.JSONField(_("areas of urban life"), default=list, blank=True)
    sources = models.TextField(_("sources and links"), blank=True,
                               help_text=_("One per line: a title, then the address after a space."))
    licence = models.CharField(_("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY)
    status = models.CharField(_("status"), max_length=20, choices=PracticeStatus.choices,
                              default=PracticeStatus.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-created_at"]
        indexes = [models.Index(fields=["status", "-published_at"])]
        verbose_name = _("practice")

    def __str__(self) -> str:
        return self.slug


class PracticeText(models.Model):
    """A practice in one language. `search_text` is what search reads; on PostgreSQL a generated tsvector
    column (migration 0002) indexes it with the language's text search configuration."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=5, choices=PRACTICE_LANGUAGES)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=600)
    challenge = models.TextField(_("the challenge"), blank=True)
    action = models.TextField(_("what was done"))
    results = models.TextField(_("results"), blank=True, help_text=_("With figures where they are known."))
    quote = models.TextField(_("quote"), blank=True)
    quote_by = models.CharField(_("who said it"), max_length=200, blank=True)
    search_text = models.TextField(editable=False, default="")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["practice", "language"], name="practice_text_once")]
        verbose_name = _("practice text")

    def __str__(self) -> str:
        return self.title


class PracticeTag(models.Model):
    """One facet value of a practice (theme, ground, area, country, size), for fast faceted search."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="tags")
    facet = models.CharField(max_length=10)
    value = models.CharField(max_length=40)

    class Meta:
        indexes = [models.Index(fields=["facet", "value", "practice"])]


class PracticeFile(models.Model):
    """An image or document of a practice: public once the practice is published."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="files")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(upload_to="practices/%Y/")
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)


class ReviewComment(models.Model):
    """An editor's or author's comment on a practice under review."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    author_name = models.CharField(max_length=150)
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]


class Method(models.Model):
    """A method of the pool: how to run a workshop, a dialogue table, a training."""

    slug = models.SlugField(max_length=80, unique=True)
    owner = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="submitted_methods",
                              verbose_name=_("submitted by"))
    network = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="pool_methods",
                                verbose_name=_("method pool of the network"))
    language = models.CharField(_("language"), max_length=5, choices=PRACTICE_LANGUAGES, default="tr")
    title = models.CharField(_("title"), max_length=200)
    purpose = models.TextField(_("purpose"))
    grounds = models.JSONField(_("grounds"), default=list, blank=True)
    audience = models.CharField(_("audience"), max_length=300)
    group_min = models.PositiveSmallIntegerField(_("group size from"), null=True, blank=True)
    group_max = models.PositiveSmallIntegerField(_("group size up to"), null=True, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), null=True, blank=True)
    materials = models.TextField(_("materials"), blank=True)
    steps = models.TextField(_("steps"), help_text=_("One step per line."))
    facilitation = models.TextField(_("facilitation notes"), blank=True)
    accessibility = models.TextField(_("accessibility notes"), blank=True)
    risks = models.TextField(_("risks and how to handle them"), blank=True)
    variations = models.TextField(_("variations"), blank=True)
    licence = models.CharField(_("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY)
    developed_by = models.ManyToManyField(Organization, blank=True, related_name="developed_methods",
                                          verbose_name=_("developed by"))
    practices = models.ManyToManyField(Practice, blank=True, related_name="methods",
                                       verbose_name=_("practices that use it"))
    status = models.CharField(_("status"), max_length=20, choices=MethodStatus.choices,
                              default=MethodStatus.DRAFT)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("method")

    def __str__(self) -> str:
        return self.title


class MethodFile(models.Model):
    method = models.ForeignKey(Method, on_delete=models.CASCADE, related_name="files")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(upload_to="methods/%Y/")
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)


class MethodUse(models.Model):
    """"We used it": an organization's short report on running a method, with a rating."""

    method = models.ForeignKey(Method, on_delete=models.CASCADE, related_name="uses")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="method_uses")
    event = models.ForeignKey("events.Event", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="method_uses", verbose_name=_("event where it was used"))
    used_on = models.DateField(_("used on"))
    report = models.TextField(_("how it went"))
    rating = models.PositiveSmallIntegerField(_("rating (1 to 5)"),
                                              validators=[MinValueValidator(1), MaxValueValidator(5)])
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-used_on"]
        constraints = [models.CheckConstraint(condition=models.Q(rating__gte=1, rating__lte=5),
                                              name="method_use_rating_1_5")]


class JointAction(models.Model):
    """A small joint action of two or more members of a network."""

    network = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="joint_actions")
    title = models.CharField(_("title"), max_length=200)
    goal = models.TextField(_("goal"))
    organizations = models.ManyToManyField(Organization, related_name="joint_actions_in",
                                           verbose_name=_("organizations taking part"))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    steps = models.TextField(_("steps"), blank=True, help_text=_("One step per line."))
    outcomes = models.TextField(_("outcomes"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=CollaborationStatus.choices,
                              default=CollaborationStatus.PLANNED)
    public = models.BooleanField(_("shown on the network's public page"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on"]

    def __str__(self) -> str:
        return self.title


class Mentoring(models.Model):
    """A mentoring pair of the network's capacity-building programme."""

    network = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="mentorings")
    mentor = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="mentoring_given",
                               verbose_name=_("mentor organization"))
    mentee = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="mentoring_received",
                               verbose_name=_("mentee organization"))
    topics = models.CharField(_("topics"), max_length=300)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    public = models.BooleanField(_("shown on the network's public page"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on"]
        constraints = [models.CheckConstraint(condition=~models.Q(mentor=models.F("mentee")),
                                              name="mentoring_two_organizations")]


class MentoringMeeting(models.Model):
    mentoring = models.ForeignKey(Mentoring, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField(_("held on"))
    summary = models.TextField(_("what was discussed"))
    next_steps = models.TextField(_("next steps"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    related_name="+")

    class Meta:
        ordering = ["-held_on"]
