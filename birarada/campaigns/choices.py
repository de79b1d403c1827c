from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PhaseKind(models.TextChoices):
    PREPARATION = "preparation", _("Preparation")
    TEASER = "teaser", _("Teaser and countdown")
    DAY = "day", _("The day")
    HIGHLIGHTS = "highlights", _("Highlights after the day")


class AssetKind(models.TextChoices):
    BRIEFING = "briefing", _("Briefing note")
    BANNER = "banner", _("Banner")
    PROFILE_FRAME = "profile_frame", _("Profile frame")
    POSTER = "poster", _("Poster template")
    LOGO = "logo", _("Logo pack")
    VIDEO = "video", _("Video")
    OTHER = "other", pgettext_lazy("asset", "Other")


class MediaKind(models.TextChoices):
    IMAGE = "image", _("Photo or image")
    VIDEO = "video", _("Video")
    TEXT = "text", _("Text")


class SubmissionStatus(models.TextChoices):
    RECEIVED = "received", pgettext_lazy("submission", "Waiting for a curator")
    APPROVED = "approved", pgettext_lazy("submission", "Approved")
    REJECTED = "rejected", pgettext_lazy("submission", "Not accepted")


class CommentStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("comment", "Being screened")
    PUBLISHED = "published", pgettext_lazy("comment", "Published")
    HELD = "held", pgettext_lazy("comment", "Held for review")
    REJECTED = "rejected", pgettext_lazy("comment", "Not published")


class Channel(models.TextChoices):
    X = "x", "X / Twitter"
    INSTAGRAM = "instagram", "Instagram"
    FACEBOOK = "facebook", "Facebook"
    YOUTUBE = "youtube", "YouTube"
    WEBSITE = "website", _("Website")
    PRINT = "print", _("Print")
    SCREENS = "screens", _("Screens in public transport")


class PostStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("post", "Draft")
    FOR_APPROVAL = "for_approval", pgettext_lazy("post", "For approval")
    APPROVED = "approved", pgettext_lazy("post", "Approved")
    PUBLISHED = "published", pgettext_lazy("post", "Published")
