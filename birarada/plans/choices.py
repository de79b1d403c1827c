from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PlanStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("plan status", "Draft")
    ADOPTED = "adopted", pgettext_lazy("plan status", "Adopted by the municipal assembly")
    IN_FORCE = "in_force", pgettext_lazy("plan status", "In force")
    CLOSED = "closed", pgettext_lazy("plan status", "Closed")

    @classmethod
    def public_values(cls) -> list[str]:
        return [cls.ADOPTED, cls.IN_FORCE, cls.CLOSED]


PLAN_TRANSITIONS: dict[str, set[str]] = {
    PlanStatus.DRAFT: {PlanStatus.ADOPTED},
    PlanStatus.ADOPTED: {PlanStatus.IN_FORCE, PlanStatus.CLOSED},
    PlanStatus.IN_FORCE: {PlanStatus.CLOSED},
    PlanStatus.CLOSED: set(),
}


class ActionStatus(models.TextChoices):
    NOT_STARTED = "not_started", pgettext_lazy("action status", "Not started")
    ON_TRACK = "on_track", pgettext_lazy("action status", "On track")
    AT_RISK = "at_risk", pgettext_lazy("action status", "At risk")
    LATE = "late", pgettext_lazy("action status", "Late")
    DONE = "done", pgettext_lazy("action status", "Done")
    DROPPED = "dropped", pgettext_lazy("action status", "Dropped")


class OwnerKind(models.TextChoices):
    UNIT = "unit", _("The equality unit")
    DIRECTORATE = "directorate", _("Another municipal directorate")
    PARTNER = "partner", _("A partner organization")


class Weighting(models.TextChoices):
    BUDGET = "budget", _("By allocated budget")
    WEIGHT = "weight", _("By the weight given to each")


class FundingSource(models.TextChoices):
    MUNICIPAL = "municipal", _("Municipal budget")
    GRANT = "grant", _("Grant")
    PARTNER = "partner", _("Partner")
    OTHER = "other", _("Other")


class Direction(models.TextChoices):
    UP = "up", _("Higher is better")
    DOWN = "down", _("Lower is better")


class Frequency(models.TextChoices):
    MONTHLY = "monthly", _("Monthly")
    QUARTERLY = "quarterly", _("Quarterly")
    YEARLY = "yearly", _("Yearly")


# The Sustainable Development Goal targets an equality plan most often serves.
SDG_TARGETS = [
    ("5.1", _("5.1 End all forms of discrimination against women and girls")),
    ("5.2", _("5.2 Eliminate all forms of violence against women and girls")),
    ("5.5", _("5.5 Women's full participation and equal opportunities for leadership")),
    ("5.c", _("5.c Policies and laws for gender equality")),
    ("10.2", _("10.2 Social, economic and political inclusion of all")),
    ("10.3", _("10.3 Equal opportunity; eliminate discriminatory laws, policies and practices")),
    ("10.7", _("10.7 Orderly, safe and responsible migration")),
    ("11.2", _("11.2 Accessible, sustainable transport for all")),
    ("11.3", _("11.3 Inclusive, participatory urban planning")),
    ("11.7", _("11.7 Safe, inclusive and accessible public spaces")),
    ("16.1", _("16.1 Reduce all forms of violence")),
    ("16.7", _("16.7 Responsive, inclusive, participatory decision-making")),
    ("16.10", _("16.10 Public access to information and fundamental freedoms")),
    ("16.b", _("16.b Non-discriminatory laws and policies")),
]


class SubjectKind(models.TextChoices):
    PROJECT = "project", _("A project")
    DECISION = "decision", _("A decision or a rule")
    SERVICE = "service", _("A service")
    EVENT = "event", _("An event")
    OTHER = "other", _("Something else")


class Opinion(models.TextChoices):
    FAVOURABLE = "favourable", _("Favourable")
    CONDITIONAL = "conditional", _("Favourable with conditions")
    UNFAVOURABLE = "unfavourable", _("Unfavourable")


class NoteStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting for moderation")
    PUBLISHED = "published", pgettext_lazy("note status", "Published")
    REJECTED = "rejected", _("Not published")
