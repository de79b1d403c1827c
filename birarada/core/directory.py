"""The partner directory's search and filters, shared by the directory page, its map and its HSDS export.

The directory holds at most a few thousand organizations, so every listed organization is read in one query and
filtered in Python: the list fields (grounds, offers, languages, accessibility) are JSON, whose containment
lookups SQLite does not have, and the text search folds Turkish case (İ/i, I/ı) the same way on every database.

The filters come from the page's address (a GET form), so a filtered directory can be shared as a link and the
export of the same address gives the same organizations.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace

from birarada.core.collation import sorted_turkish
from birarada.core.models import Organization, OrganizationKind
from birarada.core.provinces import BY_CODE, place_key, province_for_place
from birarada.core.vocabulary import SERVED_LANGUAGES, AccessFeature, Ground, Offer

#: The `province` filter value of the organizations that are not on the map (abroad, or no known province).
NOT_ON_MAP = "none"
MAX_QUERY_CHARS = 100

search_key = place_key  # the same folding: "İZMİR", "izmir" and "Izmir" match


@dataclass(frozen=True)
class Filters:
    """What the visitor asked for; every field is "" when not used. Values are checked: an unknown value of a
    choice (a kind, a ground…) is dropped, never an error."""

    q: str = ""
    city: str = ""
    kind: str = ""
    ground: str = ""
    offer: str = ""
    language: str = ""
    access: str = ""
    province: str = ""

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def without(self, *names: str) -> Filters:
        return replace(self, **dict.fromkeys(names, ""))

    def as_query(self) -> dict[str, str]:
        """The filters in use, as query-string parameters."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


_ALLOWED = {
    "kind": set(OrganizationKind.values),
    "ground": set(Ground.values),
    "offer": set(Offer.values),
    "language": {code for code, _name in SERVED_LANGUAGES},
    "access": set(AccessFeature.values),
    "province": set(BY_CODE) | {NOT_ON_MAP},
}


def read_filters(query: Mapping[str, str]) -> Filters:
    """The filters of a query string (request.GET); unknown values are dropped."""
    values: dict[str, str] = {}
    for name in ("q", "city", *_ALLOWED):
        raw = query.get(name, "")
        value = " ".join(str(raw).split())[:MAX_QUERY_CHARS] if raw else ""
        if name in _ALLOWED and value not in _ALLOWED[name]:
            value = ""
        values[name] = value
    return Filters(**values)


def listed_organizations() -> list[Organization]:
    """Every organization listed in the public directory, in one query."""
    return list(Organization.objects.in_directory())


def province_of(organization: Organization) -> str:
    """The plate number of the organization's province: the one it chose, else the province whose name is its
    city ("İzmir", "IZMIR"); "" for an organization abroad or in a place we cannot place."""
    if organization.country and organization.country.upper() != "TR":
        return ""
    if organization.province in BY_CODE:
        return organization.province
    found = province_for_place(organization.city)
    return found.code if found else ""


def _text_of(organization: Organization) -> str:
    return search_key(f"{organization.name} {organization.city} {organization.description}")


def matches(organization: Organization, filters: Filters) -> bool:
    if filters.kind and organization.kind != filters.kind:
        return False
    for wanted, values in ((filters.ground, organization.grounds), (filters.offer, organization.offers),
                           (filters.language, organization.languages_served),
                           (filters.access, organization.accessibility)):
        if wanted and wanted not in (values or []):
            return False
    if filters.city and search_key(organization.city) != search_key(filters.city):
        return False
    if filters.province:
        province = province_of(organization)
        if province != ("" if filters.province == NOT_ON_MAP else filters.province):
            return False
    if filters.q:
        text = _text_of(organization)
        if not all(word in text for word in search_key(filters.q).split()):
            return False
    return True


def search(organizations: Iterable[Organization], filters: Filters) -> list[Organization]:
    """The organizations that match every filter, in Turkish alphabetical order."""
    return sorted_turkish((o for o in organizations if matches(o, filters)), key=lambda o: o.name)


def city_choices(organizations: Iterable[Organization]) -> list[str]:
    """The cities of the directory for the city filter, each once (the spelling most organizations use:
    "İzmir", not also "IZMIR"), in Turkish alphabetical order."""
    spellings: dict[str, Counter[str]] = {}
    for organization in organizations:
        city = " ".join(organization.city.split())
        if city:
            spellings.setdefault(search_key(city), Counter())[city] += 1
    return sorted_turkish((c.most_common(1)[0][0] for c in spellings.values()), key=str)


def province_counts(organizations: Iterable[Organization]) -> tuple[dict[str, int], list[Organization]]:
    """(organizations per province plate number, the organizations not on the map)."""
    counts: Counter[str] = Counter()
    elsewhere = []
    for organization in organizations:
        province = province_of(organization)
        if province:
            counts[province] += 1
        else:
            elsewhere.append(organization)
    return dict(counts), elsewhere
