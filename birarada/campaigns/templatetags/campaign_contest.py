"""The announced contest winners, for the public campaign page's partial (`campaigns/_contest.html`)."""

from django import template

from birarada.campaigns import access
from birarada.campaigns.models import Campaign

register = template.Library()


@register.simple_tag
def contest_winners(campaign: Campaign) -> list[tuple]:
    """(category, winning contribution, the name or city shown) per category whose winner is announced."""
    return access.contest_winners(campaign)
