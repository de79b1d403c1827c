from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventKind(models.TextChoices):
    PANEL = "panel", _("Panel")
    CSO_MEETING = "cso_meeting", _("Meeting with civil society organisations")
    FOCUS_GROUP = "focus_group", _("Focus group")
    TRAINING = "training", _("Training")
    WORKSHOP = "workshop", _("Workshop")
    TALK = "talk", _("Human-rights talk")
    CLOSING = "closing", _("Closing event")
    OTHER = "other", _("Other")


class Accessibility(models.TextChoices):
    WHEELCHAIR = "wheelchair", _("Wheelchair access")
    SIGN_LANGUAGE = "sign_language", _("Sign language interpretation")
    CAPTIONS = "captions", _("Live captioning")
    CHILDCARE = "childcare", _("Childcare")
    INTERPRETATION = "interpretation", _("Interpretation into other languages")


class EventStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("event status", "Open for registration")
    CLOSED = "closed", pgettext_lazy("event status", "Registration closed")
    CANCELLED = "cancelled", pgettext_lazy("event status", "Cancelled")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", pgettext_lazy("registration", "Confirmed")
    WAITING = "waiting", pgettext_lazy("registration", "On the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("registration", "Cancelled")


class ParticipantKind(models.TextChoices):
    RESIDENT = "resident", _("Resident or other")
    MUNICIPAL_STAFF = "municipal_staff", _("Municipal staff")
    PARTNER_STAFF = "partner_staff", _("Staff of a partner organization")
