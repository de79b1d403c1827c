"""The network module's own words: roles in a network, a practice's themes and review states, licences."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class NetworkRole(models.TextChoices):
    MEMBER = "member", pgettext_lazy("network role", "Member")
    COORDINATOR = "coordinator", pgettext_lazy("network role", "Coordinator")


class Theme(models.TextChoices):
    """What a practice is about (the Inclusive Cities Observatory's themes, widened for Turkish cities)."""

    HUMAN_RIGHTS_CITY = "human_rights_city", _("Human rights city")
    NONDISCRIMINATION = "nondiscrimination", _("Diversity and nondiscrimination")
    MIGRATION = "migration", _("Migration and reception")
    PARTICIPATION = "participation", _("Participatory democracy")
    SOCIAL_INCLUSION = "social_inclusion", _("Social inclusion")
    HUMAN_RIGHTS_EDUCATION = "education", _("Human rights education and training")
    HATE_SPEECH = "hate_speech", _("Hate speech and public communication")
    ACCESS_TO_REMEDY = "remedy", _("Access to remedy and victim support")
    CULTURE = "culture", _("Arts and culture")
    GENDER_EQUALITY = "gender_equality", _("Gender equality")
    ACCESSIBILITY = "accessibility", _("Accessibility")
    PLANNING = "planning", _("Equality planning and budgets")


class PracticeStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("practice status", "Draft")
    IN_REVIEW = "in_review", pgettext_lazy("practice status", "In review")
    PUBLISHED = "published", pgettext_lazy("practice status", "Published")


class MethodStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("method status", "Draft")
    PUBLISHED = "published", pgettext_lazy("method status", "Published")


class Licence(models.TextChoices):
    CC_BY = "CC-BY-4.0", "CC BY 4.0"
    CC_BY_SA = "CC-BY-SA-4.0", "CC BY-SA 4.0"
    CC0 = "CC0-1.0", "CC0 1.0"
    ALL_RIGHTS = "all-rights-reserved", _("All rights reserved (ask the authors)")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


class CitySize(models.TextChoices):
    """A facet of the observatory, from a practice's population."""

    SMALL = "small", _("Under 100,000 people")
    MEDIUM = "medium", _("100,000 to 500,000 people")
    LARGE = "large", _("500,000 to 1 million people")
    METROPOLIS = "metropolis", _("Over 1 million people")

    @classmethod
    def of(cls, population: int | None) -> "CitySize | None":
        if population is None:
            return None
        if population < 100_000:
            return cls.SMALL
        if population < 500_000:
            return cls.MEDIUM
        if population < 1_000_000:
            return cls.LARGE
        return cls.METROPOLIS


class CollaborationStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("joint action status", "Planned")
    UNDER_WAY = "under_way", pgettext_lazy("joint action status", "Under way")
    DONE = "done", pgettext_lazy("joint action status", "Done")


# The languages a practice may be written in (tr and en at least; a practice may exist in one only).
PRACTICE_LANGUAGES = (("tr", "Türkçe"), ("en", "English"), ("ar", "العربية"), ("ku", "Kurmancî"))
