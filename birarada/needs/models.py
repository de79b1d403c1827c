"""A needs assessment ("study") gathers what the unit heard in focus groups and meetings: who took part (in a
representation grid), what they said (findings, tagged with grounds and areas of urban life) and what the unit
recommends, up to the plan action a recommendation became.

Participants' profiles are special-category data: encrypted at rest, read only through `access.py` by the
unit's own coordinators (each read audited), reported only in aggregate with small cells suppressed, and erased
NEEDS_RETENTION_DAYS after the group met (the group keeps its counts)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from birarada.core.fields import EncryptedJSONField, EncryptedTextField
from birarada.core.models import Organization
from birarada.events.models import Event
from birarada.plans.models import Action


class Study(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="studies")
    slug = models.SlugField(_("short name in addresses"), max_length=60)
    title = models.CharField(_("title"), max_length=200)
    purpose = models.TextField(_("what the study wants to learn"), blank=True)
    grounds = models.JSONField(_("grounds"), default=list, blank=True)
    events = models.ManyToManyField(Event, blank=True, related_name="studies",
                                    verbose_name=_("focus groups and meetings"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["organization", "slug"], name="needs_study_slug_unique")]

    def __str__(self) -> str:
        return self.title


class FocusGroup(models.Model):
    """The recruitment side of a focus-group event: whom it should hear and how balanced it is."""

    event = models.OneToOneField(Event, on_delete=models.PROTECT, related_name="focus_group")
    study = models.ForeignKey(Study, on_delete=models.PROTECT, related_name="focus_groups")
    target_grounds = models.JSONField(_("groups facing discrimination heard"), default=list, blank=True)
    planned_size = models.PositiveSmallIntegerField(_("participants planned"), default=10)
    targets = models.JSONField(_("target shares"), default=dict, blank=True)  # {dimension: {category: percent}}
    # Counts kept when the profiles are erased: {"participants": n, "counts": {dimension: {category: n}}}.
    kept_counts = models.JSONField(default=dict, blank=True)
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["event__starts_at", "pk"]

    def __str__(self) -> str:
        return self.event.title


class Participant(models.Model):
    group = models.ForeignKey(FocusGroup, on_delete=models.PROTECT, related_name="participants")
    code = models.CharField(_("code"), max_length=12)  # P01, P02…: how notes refer to a person
    name = EncryptedTextField(_("name"), blank=True)
    contact = EncryptedTextField(_("contact"), blank=True)
    profile = EncryptedJSONField(_("self-declared profile"), blank=True)  # {dimension: category}
    consent_on = models.DateField(_("consent given on"))
    consent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["code", "pk"]
        constraints = [models.UniqueConstraint(fields=["group", "code"], name="needs_participant_code_unique")]


class Finding(models.Model):
    study = models.ForeignKey(Study, on_delete=models.CASCADE, related_name="findings")
    event = models.ForeignKey(Event, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                              verbose_name=_("heard at"))
    text = models.TextField(_("finding"))
    quote = models.CharField(_("a short quote"), max_length=500, blank=True)
    grounds = models.JSONField(_("grounds"), default=list, blank=True)
    areas = models.JSONField(_("areas of urban life"), default=list, blank=True)
    theme = models.CharField(_("the problem in a few words"), max_length=120, blank=True,
                             help_text=_("Use the same words for the same problem in every group: that is how "
                                         "the intersections are found."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.text[:80]


class RecommendationStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    IN_PLAN = "in_plan", _("Became a plan action")
    DECLINED = "declined", _("Not taken up")


class Recommendation(models.Model):
    study = models.ForeignKey(Study, on_delete=models.CASCADE, related_name="recommendations")
    text = models.TextField(_("recommendation"))
    findings = models.ManyToManyField(Finding, blank=True, related_name="recommendations",
                                      verbose_name=_("based on the findings"))
    status = models.CharField(_("status"), max_length=10, choices=RecommendationStatus.choices,
                              default=RecommendationStatus.PROPOSED)
    decline_reason = models.CharField(_("why it was not taken up"), max_length=300, blank=True)
    plan_action = models.ForeignKey(Action, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("plan action"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.text[:80]
