"""The plans module's section of a city's public page: the adopted and in-force equality action plans of the
city's unit and of the units below it (core/modules.py, CitySection)."""

from django.urls import reverse

from birarada.core.models import Organization
from birarada.core.modules import ReferenceLink
from birarada.plans.access import public_plans
from birarada.plans.choices import PlanStatus


def current_plans(organization: Organization) -> list[ReferenceLink]:
    scope = {organization.pk} | organization.descendant_ids()
    plans = public_plans().filter(organization_id__in=scope, status__in=(PlanStatus.ADOPTED, PlanStatus.IN_FORCE))
    return [ReferenceLink(kind=f"{p.get_status_display()} · {p.start_year}–{p.end_year}", label=p.title,
                          url=reverse("plans:public_plan", args=[p.organization.slug, p.slug]))
            for p in plans]
