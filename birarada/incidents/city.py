"""The incidents module's section of a city's public page: where a resident reports discrimination and follows
the report (core/modules.py, CitySection).

A report from a city's page goes to that city's metropolitan unit (the form carries ?city=<slug>; by district to
the desks below it): the links show on the pages of a metropolitan municipality on the platform and of its desks,
each pointing at its own city's unit."""

from django.urls import reverse
from django.utils.translation import gettext as _

from birarada.core.models import Organization
from birarada.core.modules import ReferenceLink
from birarada.incidents.access import city_intake


def report_links(organization: Organization) -> list[ReferenceLink]:
    top = organization
    while top.parent is not None:
        top = top.parent
    intake = city_intake(top.slug)
    if intake is None:
        return []
    return [
        ReferenceLink(kind=_("Anonymously if you wish; you get a code to follow your report."),
                      label=_("Report discrimination"), url=f"{reverse('incidents:report')}?city={intake.slug}"),
        ReferenceLink(kind=_("With the code you received."), label=_("Follow your report"),
                      url=reverse("incidents:status")),
    ]
