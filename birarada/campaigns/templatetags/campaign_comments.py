"""Comments on pages: the published comments of a campaign (`access.public_comments`: the published comments
written on the page) and the comment form, for the public page's partial; and a held comment with the engine's
target spans highlighted, for the moderation queue."""

from django import template
from django.utils.safestring import SafeString

from birarada.campaigns import access
from birarada.campaigns.comments import highlighted
from birarada.campaigns.forms import CommentForm

register = template.Library()


@register.simple_tag
def campaign_comments(campaign) -> list:
    """The comments the public page shows: published, written on the page (imported ones never), oldest first."""
    return list(access.public_comments(campaign)[:500])


@register.simple_tag
def new_comment_form() -> CommentForm:
    return CommentForm()


@register.filter
def with_targets_marked(comment) -> SafeString:
    """The comment's text, escaped, with the spans of the groups the engine found inside <mark>."""
    return highlighted(comment.text, comment.analysis)
