"""What the network module shows on the public pages core composes (core/modules.py): on a city's page, the
networks the city belongs to, its published practices and its published methods (CitySection); on the
platform's home page, the networks on the platform with their members and cities (HomeSection).

A city's practices and methods are those its unit or a unit below it is behind (the practice's organizations,
the method's owner or developers), not those it only submitted about other cities."""

from __future__ import annotations

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import get_language, ngettext

from birarada.core.collation import sorted_turkish
from birarada.core.models import Organization
from birarada.core.modules import ReferenceLink
from birarada.network.access import current_memberships, networks_on_platform, public_methods, public_practices
from birarada.network.models import Practice

SHOWN = 8


def _scope(organization: Organization) -> set[int]:
    return {organization.pk} | organization.descendant_ids()


def city_networks(organization: Organization) -> list[ReferenceLink]:
    """The networks on the platform the city's unit belongs to today, with its role in each."""
    memberships = sorted_turkish(current_memberships().filter(member=organization, network__in=networks_on_platform())
                                 .select_related("network"), key=lambda m: m.network.name)
    return [ReferenceLink(kind=m.get_role_display(),
                          label=m.network.name, url=reverse("network:network", args=[m.network.slug]))
            for m in memberships]


def _title(practice: Practice) -> str:
    """The practice's title in the page's language when it has one, else in its first language."""
    texts = {t.language: t.title for t in practice.texts.all()}
    return texts.get(get_language() or "", "") or texts.get("tr", "") or next(iter(texts.values()), practice.slug)


def city_practices(organization: Organization) -> list[ReferenceLink]:
    ids = public_practices().filter(organizations__in=_scope(organization)).values("pk").distinct()
    practices = public_practices().filter(pk__in=ids).prefetch_related("texts")[:SHOWN]
    return [ReferenceLink(kind=p.city, label=_title(p), url=reverse("network:practice", args=[p.slug]))
            for p in practices]


def city_methods(organization: Organization) -> list[ReferenceLink]:
    scope = _scope(organization)
    ids = public_methods().filter(Q(owner__in=scope) | Q(developed_by__in=scope)).values("pk").distinct()
    methods = public_methods().filter(pk__in=ids).order_by("title")[:SHOWN]
    return [ReferenceLink(kind=m.audience, label=m.title, url=reverse("network:method", args=[m.slug]))
            for m in methods]


def home_networks() -> list[ReferenceLink]:
    """The networks on the platform, each with how many organizations belong to it today and from how many
    cities."""
    networks = list(networks_on_platform())
    if not networks:
        return []
    counts = {row["network_id"]: row for row in current_memberships().filter(network__in=networks)
              .values("network_id").annotate(members=Count("member", distinct=True),
                                             cities=Count("member__city", distinct=True,
                                                          filter=~Q(member__city="")))}
    links = []
    for network in sorted_turkish(networks, key=lambda n: n.name):
        row = counts.get(network.pk, {"members": 0, "cities": 0})
        members = ngettext("%(count)d member", "%(count)d members", row["members"]) % {"count": row["members"]}
        cities = ngettext("%(count)d city", "%(count)d cities", row["cities"]) % {"count": row["cities"]}
        links.append(ReferenceLink(kind=f"{members} · {cities}", label=network.name,
                                   url=reverse("network:network", args=[network.slug])))
    return links
