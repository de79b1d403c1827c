"""Monitoring's words: the Rabat factors and severity levels, and the bit sets that store grounds and
discourse types compactly.

Label and DiscourseType live in birarada.core.vocabulary (the platform's one vocabulary, kept equal to
the engine's); they are imported here so `from birarada.monitoring.vocabulary import Label` keeps working."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from birarada.core.vocabulary import DiscourseType, Ground, Label

__all__ = ["DiscourseType", "Ground", "Label", "SeverityLevel", "RabatFactor", "RABAT_HELP", "RATINGS",
           "GROUND_BITS", "TYPE_BITS", "bits_of", "grounds_of", "types_of", "severity_of"]


class SeverityLevel(models.TextChoices):
    LOW = "low", _("Low")
    MODERATE = "moderate", _("Moderate")
    HIGH = "high", _("High")
    SEVERE = "severe", _("Severe: possible incitement")


class RabatFactor(models.TextChoices):
    """The six-part threshold test of the Rabat Plan of Action (2012)."""

    CONTEXT = "context", _("Context")
    SPEAKER = "speaker", _("Speaker")
    INTENT = "intent", _("Intent")
    CONTENT_FORM = "content_form", _("Content and form")
    EXTENT = "extent", _("Extent of the speech")
    LIKELIHOOD = "likelihood", _("Likelihood of harm")


RABAT_HELP = {
    "context": _("The social and political context at the time: tensions, recent events."),
    "speaker": _("The speaker's position and influence over the audience."),
    "intent": _("Whether the speaker meant to incite, not only to inform or provoke."),
    "content_form": _("How direct, provocative and explicit the text is."),
    "extent": _("How public it was and how many people it reached."),
    "likelihood": _("How likely and imminent harm to the targeted group is."),
}

RATINGS = [(0, _("0 — absent")), (1, _("1 — weak")), (2, _("2 — clear")), (3, _("3 — strong"))]

GROUND_BITS = {g: 1 << i for i, g in enumerate(Ground.values)}
TYPE_BITS = {t: 1 << i for i, t in enumerate(DiscourseType.values)}


def bits_of(values, table: dict[str, int]) -> int:
    """The bit set of `values`; ValueError for a value the table does not know (it would be lost)."""
    bits = 0
    for value in values:
        try:
            bits |= table[value]
        except KeyError:
            raise ValueError(f"{value!r} is not one of: {', '.join(table)}") from None
    return bits


def grounds_of(bits: int) -> list[str]:
    return [g for g, bit in GROUND_BITS.items() if bits & bit]


def types_of(bits: int) -> list[str]:
    return [t for t, bit in TYPE_BITS.items() if bits & bit]


def severity_of(ratings: dict[str, int | None]) -> str:
    """The severity level from the six Rabat ratings (0–3 each); '' when none is rated.

    1. No factor rated → no level.
    2. Rabat asks that *all six* be met before speech counts as incitement: "severe" needs every factor
       at least 2 (clear) and a total of at least 14 of 18.
    3. Otherwise the total decides: 10+ high, 5+ moderate, else low. Missing factors count as 0.
    """
    values = [ratings.get(f) for f in RabatFactor.values]
    if all(v is None for v in values):
        return ""
    scores = [v or 0 for v in values]
    total = sum(scores)
    if min(scores) >= 2 and total >= 14:
        return SeverityLevel.SEVERE
    if total >= 10:
        return SeverityLevel.HIGH
    if total >= 5:
        return SeverityLevel.MODERATE
    return SeverityLevel.LOW
