"""The incidents module's section of a city's public page: where a resident reports discrimination and follows
the report (core/modules.py, CitySection).

The public report form sends every report to the platform's intake unit (and, by district, to the desks below
it): the links show only on the pages of that unit and of its desks, so no resident of another city is sent to
a form that would not reach their city."""

from django.urls import reverse
from django.utils.translation import gettext as _

from birarada.core.models import Organization
from birarada.core.modules import ReferenceLink
from birarada.incidents.access import intake_organization


def report_links(organization: Organization) -> list[ReferenceLink]:
    intake = intake_organization()
    if intake is None or (organization.pk != intake.pk and organization.pk not in intake.descendant_ids()):
        return []
    return [
        ReferenceLink(kind=_("Anonymously if you wish; you get a code to follow your report."),
                      label=_("Report discrimination"), url=reverse("incidents:report")),
        ReferenceLink(kind=_("With the code you received."), label=_("Follow your report"),
                      url=reverse("incidents:status")),
    ]
