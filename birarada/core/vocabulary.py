"""The shared words of the domain (see ARCHITECTURE.md, "Vocabulary").

Every module uses these choices, so a ground or an area means the same thing in a report, an
incident, an action plan and the partner directory.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Ground(models.TextChoices):
    """A protected characteristic that hate speech or discrimination targets."""

    ETHNICITY = "ethnicity", _("Ethnicity")
    MIGRATION = "migration", _("Migration and refugee status")
    RELIGION = "religion", _("Religion and belief")
    GENDER = "gender", _("Gender")
    SEXUAL_ORIENTATION = "sexual_orientation", _("Sexual orientation")
    GENDER_IDENTITY = "gender_identity", _("Gender identity")
    DISABILITY = "disability", _("Disability")
    AGE = "age", _("Age")
    SOCIOECONOMIC = "socioeconomic", _("Socio-economic status")
    OTHER = "other", _("Other")


class Area(models.TextChoices):
    """The area of urban life where discrimination happened."""

    TRANSPORT = "transport", _("Transport")
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("Education")
    HOUSING = "housing", _("Housing")
    EMPLOYMENT = "employment", _("Employment")
    MUNICIPAL_SERVICES = "municipal_services", _("Municipal services")
    SOCIAL_ASSISTANCE = "social_assistance", _("Social assistance")
    PUBLIC_SPACE = "public_space", _("Public space")
    SECURITY = "security", _("Security")
    ONLINE = "online", _("Online")
    MEDIA = "media", _("Media")
    OTHER = "other", _("Other")
