"""The network module's open datasets (see core/opendata.py): published practices, with their text in every
language they were written in, and published methods. Drafts and practices in review never appear; nor do the
networks' members, joint actions or mentoring.

Reading a page is a fixed number of queries whatever its size: the page as plain values (no model instances),
then its texts and organizations, one query each.
Models are imported inside the functions: the manifest imports this file and must stay cheap to read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.translation import gettext_lazy as _

from birarada.core.modules import Dataset, DatasetField, OpenFilters
from birarada.core.opendata import QuerySetRows, in_period, iso, lines, slug_url_maker, with_city

# What a practice's text holds in each language (PracticeText without its search column).
TEXT_FIELDS = ("title", "summary", "challenge", "action", "results", "quote", "quote_by")
# The columns of Practice a row reads (not its author, status or search data).
PRACTICE_COLUMNS = ("slug", "city", "country", "population", "other_organizations", "started", "ended", "themes",
                    "grounds", "areas", "sources", "licence", "published_at")
METHOD_COLUMNS = ("slug", "title", "language", "purpose", "grounds", "audience", "group_min", "group_max",
                  "duration_minutes", "materials", "steps", "facilitation", "accessibility", "risks", "variations",
                  "licence", "published_at")


def _organizations(through: Any, key: str, ids: list[int], **where: Any) -> dict[int, list[dict[str, str]]]:
    """{row id: [{"slug", "name"}, …]} from a many-to-many table, in one query."""
    found: dict[int, list[dict[str, str]]] = {pk: [] for pk in ids}
    rows = (through.objects.filter(**{f"{key}__in": ids}, **where)
            .order_by("organization__name", "organization__pk")
            .values_list(key, "organization__slug", "organization__name"))
    for pk, slug, name in rows:
        found[pk].append({"slug": slug, "name": name})
    return found


def _named(ids: set[int]) -> dict[int, dict[str, str]]:
    """{organization id: {"slug", "name"}} in one query (a page's owners and networks are a few organizations)."""
    from birarada.core.models import Organization

    return {pk: {"slug": slug, "name": name}
            for pk, slug, name in Organization.objects.filter(pk__in=ids).values_list("pk", "slug", "name")}


def practice_rows(filters: OpenFilters) -> QuerySetRows:
    """Published practices, newest first. A page is a few queries whatever its size: the count (no join), the
    page (as plain values), and the page's texts, organizations, owners and networks, one query each."""
    from birarada.network.access import public_practices

    found = in_period(with_city(public_practices(), "city", filters.city), "published_at", filters)
    found = found.order_by("-pk").values("pk", *PRACTICE_COLUMNS, "owner_id", "network_id")
    url = slug_url_maker("network:practice")
    return QuerySetRows(found, lambda row: _practice(row, url), prepare=_practice_parts)


def _practice_parts(rows: list[dict[str, Any]]) -> None:
    """The page's texts (every language) and organizations, one query each."""
    from birarada.network.models import Practice, PracticeText

    ids = [row["pk"] for row in rows]
    texts: dict[int, dict[str, dict[str, str]]] = {pk: {} for pk in ids}
    for practice_id, language, *values in (PracticeText.objects.filter(practice_id__in=ids)
                                           .order_by("practice_id", "language")
                                           .values_list("practice_id", "language", *TEXT_FIELDS)):
        texts[practice_id][language] = dict(zip(TEXT_FIELDS, values, strict=True))
    organizations = _organizations(Practice.organizations.through, "practice_id", ids)
    named = _named({row["owner_id"] for row in rows} | {row["network_id"] for row in rows})
    for row in rows:
        row["texts"], row["organizations"] = texts[row["pk"]], organizations[row["pk"]]
        row["owner"], row["network"] = named[row["owner_id"]], named[row["network_id"]]


def _practice(row: dict[str, Any], url: Callable[..., str]) -> dict[str, Any]:
    return {
        "slug": row["slug"],
        "city": row["city"],
        "country": row["country"],
        "population": row["population"],
        "owner": row["owner"],
        "network": row["network"],
        "organizations": row["organizations"],
        "other_organizations": row["other_organizations"],
        "started": row["started"],
        "ended": row["ended"],
        "themes": list(row["themes"]),
        "grounds": list(row["grounds"]),
        "areas": list(row["areas"]),
        "sources": lines(row["sources"]),
        "licence": row["licence"],
        "published_at": iso(row["published_at"]),
        "languages": list(row["texts"]),
        "texts": row["texts"],
        "url": url(row["slug"]),
    }


def method_rows(filters: OpenFilters) -> QuerySetRows:
    """Published methods by title, with the organizations that developed them and the published practices that
    use them (one query each for a page)."""
    from django.db.models import F

    from birarada.network.access import public_methods

    found = in_period(with_city(public_methods(), "owner__city", filters.city), "published_at", filters)
    found = found.order_by("title", "pk").values("pk", *METHOD_COLUMNS, owner_slug=F("owner__slug"),
                                                 owner_name=F("owner__name"), owner_city=F("owner__city"),
                                                 network_slug=F("network__slug"), network_name=F("network__name"))
    url = slug_url_maker("network:method")
    return QuerySetRows(found, lambda row: _method(row, url), prepare=_method_parts)


def _method_parts(rows: list[dict[str, Any]]) -> None:
    from birarada.network.access import public_practices
    from birarada.network.models import Method

    ids = [row["pk"] for row in rows]
    developers = _organizations(Method.developed_by.through, "method_id", ids)
    practices: dict[int, list[str]] = {pk: [] for pk in ids}
    # Only the practices anyone may read: a draft practice's address is not given away.
    for method_id, slug in (Method.practices.through.objects
                            .filter(method_id__in=ids, practice__in=public_practices())
                            .order_by("practice__slug").values_list("method_id", "practice__slug")):
        practices[method_id].append(slug)
    for row in rows:
        row["developed_by"], row["practices"] = developers[row["pk"]], practices[row["pk"]]


def _method(row: dict[str, Any], url: Callable[..., str]) -> dict[str, Any]:
    return {
        "slug": row["slug"],
        "title": row["title"],
        "language": row["language"],
        "purpose": row["purpose"],
        "grounds": list(row["grounds"]),
        "audience": row["audience"],
        "group_min": row["group_min"],
        "group_max": row["group_max"],
        "duration_minutes": row["duration_minutes"],
        "materials": row["materials"],
        "steps": lines(row["steps"]),
        "facilitation": row["facilitation"],
        "accessibility": row["accessibility"],
        "risks": row["risks"],
        "variations": row["variations"],
        "licence": row["licence"],
        "owner": {"slug": row["owner_slug"], "name": row["owner_name"]},
        "city": row["owner_city"],
        "network": {"slug": row["network_slug"], "name": row["network_name"]},
        "developed_by": row["developed_by"],
        "practices": row["practices"],
        "published_at": iso(row["published_at"]),
        "url": url(row["slug"]),
    }


_LICENCE = _("The licence of this row's texts (CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 or all-rights-reserved); it "
             "prevails over the dataset's licence.")

PRACTICES = Dataset(
    key="practices",
    title=_("Good practices"),
    description=_("Published good practices of the observatory: what a city did against discrimination and what "
                  "came of it, with the text in every language it was written in. The dataset's licence covers "
                  "the facts; each practice's texts carry their own licence (the licence field)."),
    rows="birarada.network.datasets.practice_rows",
    fields=(
        DatasetField("slug", "string", _("Short name in addresses; unique.")),
        DatasetField("city", "string", _("The city where it happened.")),
        DatasetField("country", "string", _("Two-letter country code (ISO 3166).")),
        DatasetField("population", "integer", _("The city's population, when known.")),
        DatasetField("owner", "object", _("The organization that submitted it: its slug and name.")),
        DatasetField("network", "object", _("The network whose observatory published it: its slug and "
                                                       "name.")),
        DatasetField("organizations", "array", _("Organizations on the platform behind it: slug and name of each.")),
        DatasetField("other_organizations", "string", _("Other organizations behind it.")),
        DatasetField("started", "integer", _("Year it started.")),
        DatasetField("ended", "integer", _("Year it ended; empty while it goes on.")),
        DatasetField("themes", "array", _("Themes (codes).")),
        DatasetField("grounds", "array", _("Grounds of discrimination it addresses (codes).")),
        DatasetField("areas", "array", _("Areas of urban life (codes).")),
        DatasetField("sources", "array", _("Sources and links, one per item.")),
        DatasetField("licence", "string", _LICENCE),
        DatasetField("published_at", "datetime", _("When it was published.")),
        DatasetField("languages", "array", _("The languages it is written in (tr, en, ar, ku).")),
        DatasetField("texts", "object", _("The text in each language, by language code: title, summary, "
                                          "challenge, action (what was done), results, quote and quote_by.")),
        DatasetField("url", "string", _("Its public page.")),
    ),
)

METHODS = Dataset(
    key="methods",
    title=_("Methods"),
    description=_("Published methods of the pool: how to run a workshop, a dialogue table or a training, step "
                  "by step. The city filter keeps the methods of organizations in that city."),
    rows="birarada.network.datasets.method_rows",
    fields=(
        DatasetField("slug", "string", _("Short name in addresses; unique.")),
        DatasetField("title", "string", _("Title.")),
        DatasetField("language", "string", _("The language it is written in.")),
        DatasetField("purpose", "string", _("Purpose.")),
        DatasetField("grounds", "array", _("Grounds of discrimination it addresses (codes).")),
        DatasetField("audience", "string", _("Audience.")),
        DatasetField("group_min", "integer", _("Group size from.")),
        DatasetField("group_max", "integer", _("Group size up to.")),
        DatasetField("duration_minutes", "integer", _("Duration in minutes.")),
        DatasetField("materials", "string", _("Materials.")),
        DatasetField("steps", "array", _("The steps, in order.")),
        DatasetField("facilitation", "string", _("Facilitation notes.")),
        DatasetField("accessibility", "string", _("Accessibility notes.")),
        DatasetField("risks", "string", _("Risks and how to handle them.")),
        DatasetField("variations", "string", _("Variations.")),
        DatasetField("licence", "string", _LICENCE),
        DatasetField("owner", "object", _("The organization that submitted it: its slug and name.")),
        DatasetField("city", "string", _("The city of the organization that submitted it.")),
        DatasetField("network", "object", _("The network whose method pool published it: its slug and name.")),
        DatasetField("developed_by", "array", _("Organizations that developed it: slug and name of each.")),
        DatasetField("practices", "array", _("Slugs of the published practices that use it.")),
        DatasetField("published_at", "datetime", _("When it was published.")),
        DatasetField("url", "string", _("Its public page.")),
    ),
)

DATASETS = (PRACTICES, METHODS)
