"""The public gallery of a campaign, for the public campaign page's partial (`campaigns/_gallery.html`)."""

from dataclasses import dataclass

from django import template

from birarada.campaigns import access
from birarada.campaigns.choices import MediaKind
from birarada.campaigns.models import Campaign, Submission

register = template.Library()

GALLERY_SIZE = 200


@dataclass(frozen=True)
class GalleryItem:
    submission: Submission
    name: str  # the sender's name, only when they agreed to be named

    @property
    def is_image(self) -> bool:
        return self.submission.kind == MediaKind.IMAGE

    @property
    def is_video(self) -> bool:
        return self.submission.kind == MediaKind.VIDEO


@register.simple_tag
def campaign_gallery(campaign: Campaign) -> list[GalleryItem]:
    """Approved contributions whose sender agreed to publication, oldest first; names only with consent."""
    rows = access.gallery_of(campaign).select_related("organization")[:GALLERY_SIZE]
    return [GalleryItem(s, s.submitter_name if s.consent_named else "") for s in rows]


@register.simple_tag
def campaign_gallery_cities(campaign: Campaign) -> list:
    """The organizations the collage can be drawn for: the lead, then those taking part."""
    return [campaign.organization, *campaign.participants.order_by("name")]


@register.simple_tag
def thumbnail_size(submission: Submission, box: int = 240) -> tuple[int, int]:
    """The width and height at which a photo's preview fits a `box`-pixel square (for <img width height>, so
    nothing wider than the box is ever drawn, even on a phone)."""
    width, height = submission.width or box, submission.height or box
    scale = min(box / width, box / height, 1.0)
    return max(int(width * scale), 1), max(int(height * scale), 1)
