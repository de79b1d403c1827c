"""Events of a unit with their agenda, and the people who register: registrants' details are personal data,
encrypted at rest, reachable only through `access.py`, erased after EVENTS_RETENTION_DAYS (counts stay)."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from birarada.core.fields import EncryptedJSONField, EncryptedTextField
from birarada.core.models import Organization
from birarada.events.choices import Accessibility, EventKind, EventStatus, ParticipantKind, RegistrationStatus


class EventQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)


class Event(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="events")
    partners = models.ManyToManyField(Organization, blank=True, related_name="+", verbose_name=_("co-organizers"))
    slug = models.SlugField(_("short name in addresses"), max_length=60)
    kind = models.CharField(_("kind"), max_length=12, choices=EventKind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    languages = models.CharField(_("languages spoken"), max_length=200, blank=True)
    accessibility = models.JSONField(_("accessibility offered"), default=list, blank=True)
    interpretation_into = models.CharField(_("interpretation into"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True,
                                           help_text=_("Leave empty for no limit."))
    is_public = models.BooleanField(_("public (anyone may register)"), default=True)
    status = models.CharField(max_length=10, choices=EventStatus.choices, default=EventStatus.OPEN)
    training_hours = models.DecimalField(_("hours (for certificates)"), max_digits=5, decimal_places=1,
                                         null=True, blank=True, validators=[MinValueValidator(Decimal(0))])
    topics = models.CharField(_("topics"), max_length=300, blank=True,
                              help_text=_("For trainings: what was taught, in a few words (for training records)."))
    # On the day and after: the record of what happened.
    minutes = models.TextField(_("minutes"), blank=True,
                               help_text=_("Simple formatting: *emphasis*, **strong**, lists with -, links."))
    outcomes = models.TextField(_("outcomes"), blank=True)
    attendee_count = models.PositiveIntegerField(
        _("people who came"), null=True, blank=True,
        help_text=_("Counted on the day, including people who did not register. Empty: count the check-ins."))
    attending_organizations = models.ManyToManyField(Organization, blank=True, related_name="+",
                                                     verbose_name=_("organizations that took part"))
    attending_other = models.CharField(_("other organizations that took part"), max_length=500, blank=True,
                                       help_text=_("Organizations not in the directory, separated by commas."))
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["organization", "slug"], name="events_slug_unique")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_training(self) -> bool:
        return self.kind == EventKind.TRAINING

    @property
    def accessibility_labels(self) -> list[str]:
        labels = dict(Accessibility.choices)
        return [str(labels[a]) for a in self.accessibility if a in labels]


class AgendaItem(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    title = models.CharField(_("session"), max_length=300)
    people = models.TextField(_("moderators and speakers"), blank=True,
                              help_text=_("One a line: a name with an affiliation, or an organization."))

    class Meta:
        ordering = ["starts_at", "pk"]


class Registration(models.Model):
    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="registrations")
    name = EncryptedTextField(_("name"))
    contact = EncryptedJSONField(_("contact"), blank=True)
    organization_name = EncryptedTextField(_("organization"), blank=True)
    needs = EncryptedTextField(_("accessibility needs"), blank=True)
    language = models.CharField(max_length=8, default="tr")
    status = models.CharField(max_length=10, choices=RegistrationStatus.choices)
    token_digest = models.CharField(max_length=64, unique=True)  # keyed digest of the personal cancel link
    email_digest = models.CharField(max_length=64, blank=True, db_index=True)  # to refuse a double registration
    created_at = models.DateTimeField(auto_now_add=True)
    changed_at = models.DateTimeField(auto_now=True)
    attended = models.BooleanField(default=False)
    # Training records: who was trained. Kept after the purge (a directorate's name is not about a person).
    participant_kind = models.CharField(_("taking part as"), max_length=16, choices=ParticipantKind.choices,
                                        default=ParticipantKind.RESIDENT)
    directorate = models.CharField(_("directorate or department"), max_length=200, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    certificate_code = models.CharField(max_length=20, blank=True, db_index=True)
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]


class Invitation(models.Model):
    """A personal invitation to an invitation-only event: the link lets this one person register. Name and
    address are personal data, encrypted and erased with the registrants'."""

    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="invitations")
    name = EncryptedTextField(_("name"))
    email = EncryptedTextField(_("e-mail address"), blank=True)
    organization_name = EncryptedTextField(_("organization"), blank=True)
    token_digest = models.CharField(max_length=64, unique=True)
    email_digest = models.CharField(max_length=64, blank=True, db_index=True)  # one invitation per address
    registration = models.OneToOneField(Registration, on_delete=models.SET_NULL, null=True, blank=True,
                                        related_name="invitation")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]


class Feedback(models.Model):
    """Anonymous feedback after an event: nothing links it to a registration."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="feedback")
    rating = models.PositiveSmallIntegerField(_("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    text = models.TextField(_("comments"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class EventFile(models.Model):
    """A file kept with the event's record: a presentation, the signed attendance sheet, a photo, a report."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="files")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(upload_to="events/%Y/%m/")
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
