from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from birarada.core.fields import EncryptedJSONField, EncryptedTextField
from birarada.core.models import Organization
from birarada.core.vocabulary import Area
from birarada.incidents.choices import (
    CaseStatus,
    Channel,
    ClosureReason,
    MessageDirection,
    Perpetrator,
    ReferralStatus,
    ReporterRole,
)


class CaseQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=CaseStatus.open_values())

    def finished(self):
        return self.filter(status__in=CaseStatus.final_values())

    def countable(self):
        """Cases the reporter allowed us to count in statistics."""
        return self.filter(consent_statistics=True)


class Case(models.Model):
    """One report of discrimination and the unit's handling of it.

    Narrative, contact details and free-text answers are encrypted at rest; the categorical fields
    (grounds, area, district, dates, status) stay in clear so statistics survive the retention purge.
    """

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="cases")
    receipt_digest = models.CharField(max_length=64, unique=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.WEB)
    language = models.CharField(max_length=8, default="tr")

    grounds = models.JSONField(default=list)
    area = models.CharField(_("area of life"), max_length=30, choices=Area.choices)
    occurred_on = models.DateField(_("date"), null=True, blank=True)
    occurred_approx = EncryptedTextField(_("about when"), blank=True)
    district = models.CharField(_("district"), max_length=60, blank=True)
    place = EncryptedTextField(_("neighbourhood or place"), blank=True)
    perpetrator = models.CharField(_("who did it"), max_length=20, choices=Perpetrator.choices, blank=True)
    reporter_role = models.CharField(_("who is reporting"), max_length=12, choices=ReporterRole.choices)
    description = EncryptedTextField(_("what happened"))
    contact = EncryptedJSONField(_("contact details"), blank=True)
    consent_contact = models.BooleanField(default=False)
    consent_referral = models.BooleanField(default=False)
    consent_statistics = models.BooleanField(default=False)

    status = models.CharField(max_length=12, choices=CaseStatus.choices, default=CaseStatus.RECEIVED)
    closure_reason = models.CharField(max_length=20, choices=ClosureReason.choices, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_cases"
    )
    due_on = models.DateField(_("deadline"), null=True, blank=True)
    reminded_on = models.DateField(null=True, blank=True)

    received_at = models.DateTimeField(auto_now_add=True, db_index=True)
    status_changed_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    purged_at = models.DateTimeField(null=True, blank=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["received_at", "pk"]
        indexes = [
            models.Index(fields=["organization", "status", "received_at"]),
            models.Index(fields=["status", "finished_at"]),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        """A staff-facing number; never shown to the public, unrelated to the receipt."""
        return f"#{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status in CaseStatus.open_values()

    def get_grounds_display(self) -> list[str]:
        from birarada.core.vocabulary import Ground

        labels = dict(Ground.choices)
        return [labels.get(g, g) for g in self.grounds]


class CaseNote(models.Model):
    """An internal note: seen by the unit's staff only, never by the reporter or partners."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]


class CaseMessage(models.Model):
    """A message between the unit and the anonymous reporter, read through the receipt."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(max_length=14, choices=MessageDirection.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = EncryptedTextField()
    created_at = models.DateTimeField(auto_now_add=True)
    # For the reporter's messages: when someone of the unit first opened the case after it arrived.
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["case", "direction", "read_at"])]


class Evidence(models.Model):
    """An uploaded file, stored encrypted under a random name; image metadata was removed before storage."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="evidence")
    stored_name = models.CharField(max_length=64, unique=True)
    original_name = EncryptedTextField()
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]


class Referral(models.Model):
    """A case passed to a partner organization with the reporter's consent, with only what the partner needs."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="referrals")
    partner = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="referrals_received")
    referred_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    summary = EncryptedTextField(_("what the partner needs to know"))
    share_contact = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=ReferralStatus.choices, default=ReferralStatus.SENT)
    partner_note = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class PublicStatistics(models.Model):
    """The figures the public statistics page shows, made once a day with small cells suppressed (see
    incidents/statistics.py). Only aggregates: no case can be found from a snapshot."""

    organization = models.ForeignKey("core.Organization", on_delete=models.CASCADE, related_name="+")
    made_at = models.DateTimeField(auto_now_add=True, db_index=True)
    data = models.JSONField()

    class Meta:
        ordering = ["-made_at", "-pk"]
