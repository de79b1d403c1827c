from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Perpetrator(models.TextChoices):
    PUBLIC_OFFICIAL = "public_official", _("A public official")
    SERVICE_STAFF = "service_staff", _("Staff of a service (hospital, bus, desk…)")
    PRIVATE_PERSON = "private_person", _("A private person")
    BUSINESS = "business", _("A business")
    MEDIA = "media", _("Media")
    ONLINE_ACCOUNT = "online_account", _("An online account")
    OTHER = "other", _("Someone else")


class ReporterRole(models.TextChoices):
    SELF = "self", _("It happened to me")
    WITNESS = "witness", _("I saw it happen")
    ON_BEHALF = "on_behalf", _("I am reporting for someone else")


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    API = "api", _("Partner or call centre (API)")


class CaseStatus(models.TextChoices):
    RECEIVED = "received", pgettext_lazy("case status", "Received")
    IN_REVIEW = "in_review", pgettext_lazy("case status", "In review")
    REFERRED = "referred", pgettext_lazy("case status", "Referred to a partner")
    IN_PROGRESS = "in_progress", pgettext_lazy("case status", "In progress")
    RESOLVED = "resolved", pgettext_lazy("case status", "Resolved")
    CLOSED = "closed", pgettext_lazy("case status", "Closed without action")

    @classmethod
    def open_values(cls) -> list[str]:
        return [cls.RECEIVED, cls.IN_REVIEW, cls.REFERRED, cls.IN_PROGRESS]

    @classmethod
    def final_values(cls) -> list[str]:
        return [cls.RESOLVED, cls.CLOSED]


# Which status may follow which: a case never jumps back to "received", and a finished case can be
# reopened (into review) when new information arrives.
TRANSITIONS: dict[str, set[str]] = {
    CaseStatus.RECEIVED: {CaseStatus.IN_REVIEW, CaseStatus.CLOSED},
    CaseStatus.IN_REVIEW: {CaseStatus.REFERRED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED},
    CaseStatus.REFERRED: {CaseStatus.IN_PROGRESS, CaseStatus.IN_REVIEW, CaseStatus.RESOLVED, CaseStatus.CLOSED},
    CaseStatus.IN_PROGRESS: {CaseStatus.REFERRED, CaseStatus.RESOLVED, CaseStatus.CLOSED},
    CaseStatus.RESOLVED: {CaseStatus.IN_REVIEW},
    CaseStatus.CLOSED: {CaseStatus.IN_REVIEW},
}


class ClosureReason(models.TextChoices):
    REMEDIED = "remedied", _("The discrimination was remedied")
    APOLOGY = "apology", _("An apology or correction was made")
    LEGAL_ACTION = "legal_action", _("Legal support or a complaint was started")
    INFORMED = "informed", _("The person was informed of their rights and options")
    NO_CONTACT = "no_contact", _("We could not reach the person")
    WITHDRAWN = "withdrawn", _("The person withdrew the report")
    OUT_OF_SCOPE = "out_of_scope", _("Not discrimination, or outside our remit")
    DUPLICATE = "duplicate", _("Duplicate of another report")
    INSUFFICIENT = "insufficient", _("Not enough information to act")
    OTHER = "other", _("Other reason")


class ReferralStatus(models.TextChoices):
    SENT = "sent", _("Sent")
    ACCEPTED = "accepted", _("Accepted by the partner")
    DECLINED = "declined", _("Declined by the partner")
    DONE = "done", _("Partner finished its work")


class MessageDirection(models.TextChoices):
    TO_REPORTER = "to_reporter", _("From the unit to the reporter")
    FROM_REPORTER = "from_reporter", _("From the reporter")


# The districts of the demo city (İzmir's 30 districts), used for "where" and for statistics.
# Another city sets INCIDENTS_DISTRICTS in the environment.
IZMIR_DISTRICTS = [
    "Aliağa", "Balçova", "Bayındır", "Bayraklı", "Bergama", "Beydağ", "Bornova", "Buca", "Çeşme", "Çiğli",
    "Dikili", "Foça", "Gaziemir", "Güzelbahçe", "Karabağlar", "Karaburun", "Karşıyaka", "Kemalpaşa", "Kınık",
    "Kiraz", "Konak", "Menderes", "Menemen", "Narlıdere", "Ödemiş", "Seferihisar", "Selçuk", "Tire", "Torbalı",
    "Urla",
]
