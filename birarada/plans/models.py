"""Local equality action plans: a plan holds objectives, an objective holds actions, an action has milestones and
a budget per year; indicators (manual or computed by the platform) measure objectives and actions over time."""

from __future__ import annotations

from decimal import Decimal
from typing import TypedDict

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from birarada.core.models import Organization
from birarada.plans.choices import (
    ActionStatus,
    Direction,
    Frequency,
    FundingSource,
    NoteStatus,
    Opinion,
    OwnerKind,
    PlanStatus,
    SubjectKind,
    Weighting,
)


class _Money(TypedDict):
    max_digits: int
    decimal_places: int


MONEY: _Money = {"max_digits": 16, "decimal_places": 2}


class Directorate(models.Model):
    """Another directorate of the municipality (transport, social services, health, culture…), kept by the unit
    so actions can name who carries them out."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="directorates")
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="plans_directorate_unique")]

    def __str__(self) -> str:
        return self.name


class PlanQuerySet(models.QuerySet):
    def public(self):
        return self.filter(status__in=PlanStatus.public_values())


class Plan(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="plans")
    slug = models.SlugField(_("short name in addresses"), max_length=60)
    title = models.CharField(_("title"), max_length=200)
    vision = models.TextField(_("vision"), blank=True)
    start_year = models.PositiveSmallIntegerField(_("first year"), validators=[MinValueValidator(2000)])
    end_year = models.PositiveSmallIntegerField(_("last year"), validators=[MaxValueValidator(2100)])
    grounds = models.JSONField(_("grounds covered"), default=list, blank=True)
    strategic_plan_refs = models.CharField(
        _("strategic plan references"), max_length=300, blank=True,
        help_text=_("Codes of the strategic plan's goals and targets this plan implements, e.g. SA3, H3.2."))
    sdg_targets = models.JSONField(_("SDG targets"), default=list, blank=True)
    status = models.CharField(max_length=10, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    decision_number = models.CharField(_("assembly decision number"), max_length=60, blank=True)
    decision_date = models.DateField(_("assembly decision date"), null=True, blank=True)
    currency = models.CharField(max_length=3, default="TRY")
    weighting = models.CharField(_("progress weighted"), max_length=6, choices=Weighting.choices,
                                 default=Weighting.BUDGET)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PlanQuerySet.as_manager()

    class Meta:
        ordering = ["-start_year", "title"]
        constraints = [models.UniqueConstraint(fields=["organization", "slug"], name="plans_plan_slug_unique")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_public(self) -> bool:
        return self.status in PlanStatus.public_values()

    @property
    def years(self) -> list[int]:
        return list(range(self.start_year, self.end_year + 1))


class Objective(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="objectives")
    code = models.CharField(_("code"), max_length=20)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    weight = models.DecimalField(_("weight"), max_digits=6, decimal_places=2, default=Decimal(1),
                                 validators=[MinValueValidator(Decimal(0))])

    class Meta:
        ordering = ["code", "pk"]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class Action(models.Model):
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="actions")
    code = models.CharField(_("code"), max_length=20)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    owner_kind = models.CharField(_("carried out by"), max_length=12, choices=OwnerKind.choices,
                                  default=OwnerKind.UNIT)
    owner_directorate = models.ForeignKey(Directorate, on_delete=models.PROTECT, null=True, blank=True,
                                          related_name="actions", verbose_name=_("directorate"))
    owner_partner = models.ForeignKey(Organization, on_delete=models.PROTECT, null=True, blank=True,
                                      related_name="+", verbose_name=_("partner organization"))
    grounds = models.JSONField(_("grounds"), default=list, blank=True)
    areas = models.JSONField(_("areas of urban life"), default=list, blank=True)
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices,
                              default=ActionStatus.NOT_STARTED)
    drop_reason = models.CharField(_("why it was dropped"), max_length=300, blank=True)
    manual_progress = models.PositiveSmallIntegerField(
        _("progress (%)"), null=True, blank=True, validators=[MaxValueValidator(100)],
        help_text=_("Leave empty to count progress from the milestones."))
    weight = models.DecimalField(_("weight"), max_digits=6, decimal_places=2, default=Decimal(1),
                                 validators=[MinValueValidator(Decimal(0))])

    class Meta:
        ordering = ["code", "pk"]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"


class Milestone(models.Model):
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("milestone"), max_length=300)
    due_on = models.DateField(_("due"))
    done_on = models.DateField(_("done on"), null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]


class BudgetLine(models.Model):
    """The money of one action in one year from one source: allocated, revised during the year, and spent."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="budget_lines")
    year = models.PositiveSmallIntegerField(_("year"))
    source = models.CharField(_("funding source"), max_length=10, choices=FundingSource.choices,
                              default=FundingSource.MUNICIPAL)
    budget_code = models.CharField(_("budget line code"), max_length=60, blank=True)
    allocated = models.DecimalField(_("allocated"), validators=[MinValueValidator(Decimal(0))], **MONEY)
    revised = models.DecimalField(_("revised"), null=True, blank=True, validators=[MinValueValidator(Decimal(0))],
                                  **MONEY)
    spent = models.DecimalField(_("spent"), default=Decimal(0), validators=[MinValueValidator(Decimal(0))], **MONEY)

    class Meta:
        ordering = ["year", "source", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["action", "year", "source", "budget_code"], name="plans_budget_unique"),
            models.CheckConstraint(condition=models.Q(allocated__gte=0, spent__gte=0), name="plans_budget_positive"),
        ]

    @property
    def available(self) -> Decimal:
        return self.revised if self.revised is not None else self.allocated

    @property
    def overspent(self) -> bool:
        return self.spent > self.available


class Indicator(models.Model):
    """A measure of an objective or an action: manual values entered by the unit, or values the platform computes
    from its own records (`computed_key` names an indicator a module's manifest registers)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="indicators")
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="indicators")
    action = models.ForeignKey(Action, on_delete=models.CASCADE, null=True, blank=True, related_name="indicators")
    name = models.CharField(_("name"), max_length=300)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    direction = models.CharField(_("direction"), max_length=4, choices=Direction.choices, default=Direction.UP)
    baseline = models.DecimalField(_("baseline"), max_digits=16, decimal_places=2, null=True, blank=True)
    baseline_on = models.DateField(_("baseline date"), null=True, blank=True)
    target = models.DecimalField(_("target"), max_digits=16, decimal_places=2, null=True, blank=True)
    target_on = models.DateField(_("target date"), null=True, blank=True)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices,
                                 default=Frequency.YEARLY)
    computed_key = models.CharField(_("computed by the platform"), max_length=80, blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_computed(self) -> bool:
        return bool(self.computed_key)


class IndicatorValue(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    measured_on = models.DateField(_("date"))
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)
    ground = models.CharField(_("ground (if broken down)"), max_length=20, blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)
    evidence_link = models.URLField(_("evidence (link)"), blank=True)

    class Meta:
        ordering = ["measured_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["indicator", "measured_on", "ground"],
                                               name="plans_one_value_per_day")]


class EqualityReview(models.Model):
    """Mandatory consultancy: another directorate's project, decision or service reviewed by the equality unit
    for its effect on equality, with an opinion and recommendations whose adoption is followed up."""

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="equality_reviews")
    title = models.CharField(_("what is reviewed"), max_length=300)
    directorate = models.ForeignKey(Directorate, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="reviews", verbose_name=_("directorate asking"))
    kind = models.CharField(_("kind"), max_length=10, choices=SubjectKind.choices, default=SubjectKind.PROJECT)
    description = models.TextField(_("description"), blank=True)
    grounds = models.JSONField(_("grounds affected"), default=list, blank=True)
    received_on = models.DateField(_("received on"))
    due_on = models.DateField(_("opinion due"), null=True, blank=True)
    opinion = models.CharField(_("opinion"), max_length=12, choices=Opinion.choices, blank=True)
    opinion_text = models.TextField(_("reasons"), blank=True)
    decided_on = models.DateField(_("opinion given on"), null=True, blank=True)

    class Meta:
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return self.title


class Recommendation(models.Model):
    review = models.ForeignKey(EqualityReview, on_delete=models.CASCADE, related_name="recommendations")
    text = models.TextField(_("recommendation"))
    adopted = models.BooleanField(_("adopted"), null=True, blank=True)
    followed_up_on = models.DateField(_("followed up on"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]


class MonitoringNote(models.Model):
    """A civil-society organization's observation on an action of a public plan, published after moderation,
    with the unit's public answer."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    author_organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("observation"))
    rating = models.PositiveSmallIntegerField(_("rating (1–5)"), null=True, blank=True,
                                              validators=[MinValueValidator(1), MaxValueValidator(5)])
    evidence_link = models.URLField(_("evidence link"), blank=True)
    status = models.CharField(max_length=10, choices=NoteStatus.choices, default=NoteStatus.WAITING)
    engine_label = models.CharField(max_length=10, blank=True)
    moderated_at = models.DateTimeField(null=True, blank=True)
    answer = models.TextField(_("the unit's answer"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]


class CoordinationVisit(models.Model):
    """A metropolitan unit's visit or technical support to a district equality desk."""

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="coordination_visits")
    desk = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("district desk"))
    visited_on = models.DateField(_("date"))
    topics = models.TextField(_("topics"))
    follow_ups = models.TextField(_("follow-ups agreed"), blank=True)

    class Meta:
        ordering = ["-visited_on", "-pk"]


class PlanVersion(models.Model):
    """The plan as it was before a change made after its adoption, with the reason for the change."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions")
    made_at = models.DateTimeField(auto_now_add=True)
    reason = models.CharField(_("reason for the change"), max_length=500)
    snapshot = models.JSONField()

    class Meta:
        ordering = ["-made_at", "-pk"]
