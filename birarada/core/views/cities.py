"""A city's public page (/<lang>/c/<organization>/): the municipality, its units and what each module has in
public for it (core composes the modules' city sections; it imports none of them)."""

from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from birarada.core.collation import sorted_turkish
from birarada.core.models import Organization, OrganizationKind
from birarada.core.modules import city_sections

MUNICIPAL_KINDS = (OrganizationKind.METROPOLITAN_MUNICIPALITY, OrganizationKind.DISTRICT_MUNICIPALITY)


def cities() -> QuerySet[Organization]:
    """Municipalities that use the platform and are listed in the directory: each has a public city page."""
    return Organization.objects.on_platform().in_directory().filter(kind__in=MUNICIPAL_KINDS)


def top_level_cities() -> list[Organization]:
    """The cities not below another municipality (a metropolitan unit, not its district desks), in Turkish
    order, each with `directory_count`: how many organizations of its city the directory lists."""
    found = list(cities().filter(Q(parent__isnull=True) | ~Q(parent__kind__in=MUNICIPAL_KINDS)))
    names = {c.city for c in found if c.city}
    counts = dict(Organization.objects.in_directory().filter(city__in=names).values("city")
                  .annotate(n=Count("pk")).values_list("city", "n"))
    for city in found:
        city.directory_count = counts.get(city.city, 0)  # type: ignore[attr-defined]
    return sorted_turkish(found, key=lambda c: c.name)


def public_city_by_slug(slug: str) -> Organization:
    city = cities().select_related("parent").filter(slug=slug).first()
    if city is None:
        raise Http404
    return city


@require_GET
def city_home(request: HttpRequest, slug: str) -> HttpResponse:
    city = public_city_by_slug(slug)
    city_ids = set(cities().values_list("pk", flat=True))
    units = [(unit, unit.pk in city_ids)
             for unit in sorted_turkish(city.children.in_directory(), key=lambda o: o.name)]
    parent = city.parent if city.parent is not None and city.parent.listed_in_directory else None
    return render(request, "core/city.html", {
        "city": city,
        "parent": parent,
        "parent_is_city": parent is not None and parent.pk in city_ids,
        "units": units,
        "sections": city_sections(city),
    })
