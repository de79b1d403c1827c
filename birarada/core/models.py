from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from birarada.core.vocabulary import SERVED_LANGUAGES, AccessFeature, Ground, Offer

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise


class OrganizationKind(models.TextChoices):
    METROPOLITAN_MUNICIPALITY = "metropolitan", _("Metropolitan municipality")
    DISTRICT_MUNICIPALITY = "district", _("District municipality")
    EQUALITY_UNIT = "equality_unit", _("Equality unit or desk")
    NGO = "ngo", _("Rights-based NGO")
    ARTS_INSTITUTION = "arts", _("Arts and culture institution")
    UNIVERSITY = "university", _("University")
    NETWORK = "network", _("Network")
    OTHER = "other", _("Other")


# The kinds of organization that partner with a unit (as opposed to municipalities and networks).
PARTNER_KINDS = (OrganizationKind.NGO, OrganizationKind.ARTS_INSTITUTION, OrganizationKind.UNIVERSITY,
                 OrganizationKind.OTHER)


class OrganizationQuerySet(models.QuerySet):
    def on_platform(self):
        return self.filter(uses_platform=True)

    def in_directory(self):
        return self.filter(listed_in_directory=True)

    def partners(self):
        return self.filter(kind__in=PARTNER_KINDS)


class Organization(models.Model):
    """A municipality, a district desk, an NGO, an arts institution or a network.

    The same model serves the partner directory and the platform's workspaces: an organization
    listed in the directory can start using the platform without being created again.
    """

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name in addresses"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganizationKind.choices)
    city = models.CharField(_("city"), max_length=100, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organization"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("For example the metropolitan municipality that coordinates a district equality desk."),
    )
    grounds = models.JSONField(
        _("rights areas"),
        default=list,
        blank=True,
        help_text=_("The grounds this organization works on, such as migration or disability."),
    )
    district = models.CharField(
        _("district served"), max_length=100, blank=True,
        help_text=_("For a district equality desk: the district whose residents' reports it receives."),
    )
    description = models.TextField(_("what it does"), blank=True)
    website = models.URLField(_("website"), blank=True)
    public_email = models.EmailField(_("public e-mail address"), blank=True)
    uses_platform = models.BooleanField(
        _("uses the platform"),
        default=False,
        help_text=_("Off for organizations that are only listed in the partner directory."),
    )
    listed_in_directory = models.BooleanField(_("listed in the public directory"), default=True)
    # The directory profile. Public fields are what the organization chose to publish; the contact person is
    # shown only to signed-in staff of organizations on the platform.
    country = models.CharField(_("country"), max_length=2, default="TR",
                               help_text=_("Two-letter country code (ISO 3166), such as TR or BE."))
    province = models.CharField(
        _("province"), max_length=2, blank=True,
        help_text=_("For an organization in Türkiye: the province's plate number (35 for İzmir); it places the "
                    "organization on the directory's map."),
    )
    offers = models.JSONField(_("what it offers"), default=list, blank=True)
    languages_served = models.JSONField(_("languages it serves people in"), default=list, blank=True)
    accessibility = models.JSONField(_("accessibility"), default=list, blank=True)
    accessibility_notes = models.CharField(_("accessibility notes"), max_length=500, blank=True)
    public_phone = models.CharField(_("public telephone"), max_length=40, blank=True)
    address = models.CharField(_("public address"), max_length=300, blank=True)
    contact_name = models.CharField(
        _("contact person"), max_length=120, blank=True,
        help_text=_("Shown only to signed-in staff of organizations on the platform."),
    )
    contact_email = models.EmailField(_("contact person's e-mail"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self) -> str:
        return self.name

    def clean(self):
        unknown = set(self.grounds) - set(Ground.values)
        if unknown:
            raise ValidationError({"grounds": _("Unknown ground: %(g)s") % {"g": ", ".join(sorted(unknown))}})
        for field, allowed in (("offers", Offer.values), ("accessibility", AccessFeature.values),
                               ("languages_served", [code for code, _name in SERVED_LANGUAGES])):
            unknown = set(getattr(self, field)) - set(allowed)
            if unknown:
                raise ValidationError({field: _("Unknown value: %(v)s") % {"v": ", ".join(sorted(unknown))}})
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": _("An organization cannot be its own ancestor.")})
            ancestor = ancestor.parent

    def get_grounds_display(self) -> "list[StrPromise]":
        labels = dict(Ground.choices)
        return [labels[g] for g in self.grounds if g in labels]

    def get_offers_display(self) -> "list[StrPromise]":
        labels = dict(Offer.choices)
        return [labels[o] for o in self.offers if o in labels]

    def get_accessibility_display(self) -> "list[StrPromise]":
        labels = dict(AccessFeature.choices)
        return [labels[a] for a in self.accessibility if a in labels]

    def get_languages_served_display(self) -> list[str]:
        names = dict(SERVED_LANGUAGES)
        return [names[code] for code in self.languages_served if code in names]

    def descendant_ids(self) -> set[int]:
        """Ids of the organizations below this one (districts and their desks), one query per level."""
        found: set[int] = set()
        frontier = {self.pk}
        while frontier:
            frontier = set(Organization.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)) - found
            found |= frontier
        return found


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    COORDINATOR = "coordinator", _("Coordinator")
    CASE_WORKER = "case_worker", _("Case worker")
    MODERATOR = "moderator", _("Moderator")
    COMMUNICATIONS = "communications", _("Communications officer")
    PARTNER = "partner", _("Partner")
    VIEWER = "viewer", _("Viewer")


class Membership(models.Model):
    """A person's role in an organization; a person may hold several roles and belong to several organizations."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organization", "role"], name="one_role_once_per_organization")
        ]
        ordering = ["organization__name", "role"]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} @ {self.organization}"


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit log is append-only.")

    def delete(self):
        raise PermissionError("The audit log is append-only.")


class AuditEvent(models.Model):
    """Who did what to which object, and when. Rows are only ever added."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    # PROTECT: a person or an organization that appears in the log cannot be deleted (deactivate them instead),
    # so no cascade ever rewrites a row. Names are also kept as text, as they were at the time.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(max_length=150, blank=True)
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, null=True, blank=True, related_name="audit_events"
    )
    organization_slug = models.CharField(max_length=60, blank=True)
    verb = models.CharField(max_length=60)
    target_type = models.CharField(max_length=60, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_label = models.CharField(max_length=200, blank=True)
    changes = models.JSONField(default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["organization", "-at"]), models.Index(fields=["actor", "-at"])]
        # Related lookups and internal updates go through the append-only queryset too. On PostgreSQL a
        # trigger also refuses UPDATE and DELETE (migration 0002), whatever the client.
        base_manager_name = "objects"

    @property
    def description(self) -> "str | StrPromise":
        """The verb in words, as the module that writes it describes it in its manifest."""
        from birarada.core.modules import audit_verb_labels

        return audit_verb_labels().get(self.verb, self.verb)

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")


class WorkerHeartbeat(models.Model):
    """Written by the background worker when asked, so staff can see that background work runs."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    worker_pid = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]


class RateCount(models.Model):
    """How often one client used one limited thing (sending a report, checking a receipt) in one time window.
    Kept in the database so every web worker counts together; see core/ratelimit.py."""

    key = models.CharField(max_length=80)  # bucket and a hash of the client's address, never the address
    window = models.BigIntegerField()
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "window"], name="ratecount_key_window")]


class WorkerLease(models.Model):
    """A task worker started with `manage.py run_worker` says every few seconds that it is alive. A task left
    "running" by a worker whose lease ran out was lost with that worker and is run again (core/workers.py)."""

    worker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=100)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    seen_at = models.DateTimeField(db_index=True)
