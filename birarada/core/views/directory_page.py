"""What the public partner-directory pages show: the filters, the province map, the list, and a profile.

The views themselves are `directory` and `organization_detail` in views/public.py; they call these.
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext as _

from birarada.core import map as province_map
from birarada.core.access import organizations_of
from birarada.core.collation import sorted_turkish
from birarada.core.directory import (
    NOT_ON_MAP,
    Filters,
    city_choices,
    listed_organizations,
    province_counts,
    province_of,
    read_filters,
    search,
    search_key,
)
from birarada.core.models import Organization, OrganizationKind
from birarada.core.provinces import BY_CODE, PROVINCES
from birarada.core.vocabulary import SERVED_LANGUAGES, AccessFeature, Ground, Offer

PAGE_SIZE = 50

# A sign shown before each accessibility feature's name (the name is always there: the sign is decoration).
ACCESS_SIGNS = {
    AccessFeature.STEP_FREE: "♿", AccessFeature.ACCESSIBLE_TOILET: "🚻", AccessFeature.SIGN_LANGUAGE: "🤟",
    AccessFeature.EASY_READ: "📖", AccessFeature.HEARING_LOOP: "🦻", AccessFeature.BRAILLE: "⠿",
    AccessFeature.CHILD_FRIENDLY: "🧸",
}


def _query(filters: Filters, **changes: str) -> str:
    query = QueryDict(mutable=True)
    query.update({**filters.as_query(), **changes})
    for name, value in changes.items():
        if not value:
            query.pop(name, None)
    return "?" + query.urlencode() if query else "?"


def languages_of(organization: Organization) -> list[tuple[str, str]]:
    names = dict(SERVED_LANGUAGES)
    return [(code, names[code]) for code in organization.languages_served if code in names]


def access_of(organization: Organization) -> list[tuple[str, str]]:
    labels = dict(AccessFeature.choices)
    return [(ACCESS_SIGNS.get(code, "•"), str(labels[code])) for code in organization.accessibility if code in labels]


def directory_context(request: HttpRequest) -> dict[str, Any]:
    filters = read_filters(request.GET)
    everything = listed_organizations()
    # The map counts the organizations of every other filter, so choosing a province keeps the others visible.
    around = search(everything, filters.without("province"))
    counts, elsewhere = province_counts(around)
    found = search(around, filters) if filters.province else around
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page")) if len(found) > PAGE_SIZE else None
    shown = list(page.object_list) if page is not None else found
    rows = [{"organization": o, "languages": languages_of(o), "access": access_of(o)} for o in shown]
    provinces_with = sorted_turkish(((BY_CODE[code], n) for code, n in counts.items()), key=lambda pair: pair[0].name)
    selected_province = BY_CODE.get(filters.province)
    return {
        "filters": filters,
        "rows": rows,
        "count": len(found),
        "page": page,
        "kinds": OrganizationKind.choices,
        "grounds": Ground.choices,
        "offers": Offer.choices,
        "languages": SERVED_LANGUAGES,
        "access_features": AccessFeature.choices,
        "cities": [(city, search_key(city) == search_key(filters.city)) for city in city_choices(everything)],
        "provinces": PROVINCES,
        "province_name": selected_province.name if selected_province else "",
        "not_on_map_selected": filters.province == NOT_ON_MAP,
        "map": province_map.province_map(
            counts, href=lambda code: _query(filters, province=code, page=""),
            title=_("Map of Türkiye's provinces: how many of these organizations each province has"),
            selected=filters.province),
        "legend": province_map.legend(counts),
        "province_rows": [(p, n, _query(filters, province=p.code, page="")) for p, n in provinces_with],
        "elsewhere": elsewhere,
        "elsewhere_url": _query(filters, province=NOT_ON_MAP, page=""),
        "all_provinces_url": _query(filters, province="", page=""),
        "export_query": _query(filters)[1:],
    }


def profile_context(request: HttpRequest, organization: Organization) -> dict[str, Any]:
    province = BY_CODE.get(province_of(organization))
    return {
        "organization": organization,
        "children": sorted_turkish(organization.children.filter(listed_in_directory=True), key=lambda o: o.name),
        "province": province,
        "languages": languages_of(organization),
        "access": access_of(organization),
        # The contact person is for the staff of the platform's organizations, never for the public.
        "show_contact": bool(organizations_of(request.user)),
    }
