"""The campaigns module's section of a city's public page: the public campaigns the city's unit or a unit below
it leads or takes part in, the latest first (core/modules.py, CitySection)."""

from django.db.models import Q
from django.urls import reverse
from django.utils.formats import date_format

from birarada.campaigns.access import public_campaigns
from birarada.core.models import Organization
from birarada.core.modules import ReferenceLink

SHOWN = 6


def city_campaigns(organization: Organization) -> list[ReferenceLink]:
    scope = {organization.pk} | organization.descendant_ids()
    ids = (public_campaigns().filter(Q(organization_id__in=scope) | Q(participants__in=scope))
           .values("pk").distinct())
    campaigns = public_campaigns().filter(pk__in=ids).order_by("-the_day", "-pk")[:SHOWN]
    return [ReferenceLink(kind=date_format(c.the_day, "DATE_FORMAT"), label=c.title,
                          url=reverse("campaigns:public_campaign", args=[c.organization.slug, c.slug]))
            for c in campaigns]
