"""Open data: what the platform publishes for anyone, read-only, as JSON pages, CSV and JSON dumps and a catalogue.

A module declares its datasets in its manifest (`Manifest.open_data`, see core/modules.py); core declares its own
("organizations", the public directory) below and lists it in core's own manifest (core/module.py), so
`core.modules.datasets()` returns every dataset, core's included, without core naming a module.

This file holds what the datasets share and what the API does with them, free of requests and responses:

- `QuerySetRows` (and `ListRows`): a dataset's rows over a queryset, counted once and read a page at a time with
  one slice (the queryset's prefetches run once per page, never once per row);
- `with_city`, `in_period`, `overlapping`: the filters every dataset applies the same way (a city matched the
  Turkish way, "izmir" = "İzmir" = "IZMIR"; dates in the city's time zone, both ends included);
- `read_filters`, `read_paging`, `result_page`: the API's parameters and its page of rows, with `OpenDataError`
  (an HTTP status and a message a person can act on) for anything wrong;
- `csv_chunks`, `json_chunks`: the dumps, written a page of rows at a time so a large dataset streams;
- `openapi_document`, `dcat_catalog`: the API's description and the DCAT catalogue.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from birarada.core.figures import safe_cell
from birarada.core.modules import Dataset, DatasetField, DatasetRows, OpenFilters, datasets, manifests
from birarada.discourse.normalise import casefold_tr, fold

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
DUMP_CHUNK = 500  # rows read at a time for a dump
FILTER_NAMES = ("city", "since", "until")
MAX_CITY_LENGTH = 100
EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)  # the dates a filter may name

LICENCE_URLS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
}

JSON_MEDIA_TYPE = "https://www.iana.org/assignments/media-types/application/json"
CSV_MEDIA_TYPE = "https://www.iana.org/assignments/media-types/text/csv"


# ---- rows ---------------------------------------------------------------------------------------------------

class QuerySetRows:
    """`DatasetRows` over a queryset: `count()` is one query (kept), `page()` one slice of the queryset (plus its
    prefetches, once for the whole page) and `to_dict` for each object; `prepare(objects)`, when given, runs once
    per page before `to_dict`, for lookups a whole page shares (one query each). A large dataset reads
    `.values(...)` (dicts, no model instances) and fetches its related rows in `prepare`: that is the fastest.
    The queryset must be ordered (by a unique field last), so pages neither repeat nor skip a row; an unordered
    one is ordered by primary key."""

    def __init__(self, queryset: QuerySet, to_dict: Callable[[Any], dict[str, Any]], *,
                 prepare: Callable[[list[Any]], object] | None = None) -> None:
        self.queryset = queryset if queryset.ordered else queryset.order_by("pk")
        self.to_dict = to_dict
        self.prepare = prepare
        self._count: int | None = None

    def count(self) -> int:
        if self._count is None:
            self._count = self.queryset.count()
        return self._count

    def page(self, offset: int, limit: int) -> list[dict[str, Any]]:
        if limit <= 0 or (self._count is not None and offset >= self._count):
            return []
        objects = list(self.queryset[offset:offset + limit])
        if self.prepare is not None and objects:
            self.prepare(objects)
        return [self.to_dict(item) for item in objects]


class ListRows:
    """`DatasetRows` over rows already in memory (small aggregates, such as published statistics)."""

    def __init__(self, rows: Sequence[dict[str, Any]]) -> None:
        self.rows = list(rows)

    def count(self) -> int:
        return len(self.rows)

    def page(self, offset: int, limit: int) -> list[dict[str, Any]]:
        return self.rows[offset:offset + max(limit, 0)]


# ---- filters shared by the datasets -------------------------------------------------------------------------

def city_key(text: str) -> str:
    """A city's name as the filter compares it: Turkish case folding, then letters without their accents, so
    "izmir", "İzmir", "IZMIR" and "Izmir" are one city, and "Eskisehir" finds "Eskişehir"."""
    return fold(casefold_tr(" ".join((text or "").split())))


def with_city(queryset: QuerySet, field: str, city: str) -> QuerySet:
    """The rows whose `field` names `city` (see `city_key`); all rows for an empty city. Databases do not fold
    Turkish letters, so the few distinct names are read first and matched here (one small query)."""
    if not city:
        return queryset
    wanted = city_key(city)
    names = [name for name in queryset.order_by().values_list(field, flat=True).distinct()
             if name and city_key(name) == wanted]
    return queryset.filter(**{f"{field}__in": names}) if names else queryset.none()


def day_start(day: date) -> datetime:
    """Midnight at the start of `day` in the platform's time zone."""
    return timezone.make_aware(datetime.combine(day, time.min))


def in_period(queryset: QuerySet, field: str, filters: OpenFilters) -> QuerySet:
    """Rows whose date or date-time `field` falls between `since` and `until` (both days included)."""
    is_datetime = _is_datetime(queryset, field)
    if filters.since:
        queryset = queryset.filter(**{f"{field}__gte": day_start(filters.since) if is_datetime else filters.since})
    if filters.until:
        if is_datetime:
            queryset = queryset.filter(**{f"{field}__lt": day_start(filters.until + timedelta(days=1))})
        else:
            queryset = queryset.filter(**{f"{field}__lte": filters.until})
    return queryset


def overlapping(queryset: QuerySet, start: str, end: str, filters: OpenFilters) -> QuerySet:
    """Rows whose own period (`start` to `end`, dates or date-times) shares at least one day with the asked one."""
    if filters.since:
        since = day_start(filters.since) if _is_datetime(queryset, end) else filters.since
        queryset = queryset.filter(**{f"{end}__gte": since})
    if filters.until:
        if _is_datetime(queryset, start):
            queryset = queryset.filter(**{f"{start}__lt": day_start(filters.until + timedelta(days=1))})
        else:
            queryset = queryset.filter(**{f"{start}__lte": filters.until})
    return queryset


def _is_datetime(queryset: QuerySet, path: str) -> bool:
    model: Any = queryset.model
    field = None
    for part in path.split("__"):
        field = model._meta.get_field(part)
        model = field.related_model or model
    return field is not None and field.get_internal_type() == "DateTimeField"


# ---- values in rows ------------------------------------------------------------------------------------------

def iso(value: date | datetime | None) -> str | None:
    """A date or a date-time as ISO 8601 (date-times in the platform's time zone), or None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
    return value.isoformat()


def public_url(url_name: str, *args: object) -> str:
    """The absolute address of a public page in the city's language (the same in every reader's rows), or ""
    when the page does not exist (a module without that page)."""
    with translation.override(settings.LANGUAGE_CODE):
        try:
            path = reverse(url_name, args=args)
        except NoReverseMatch:
            return ""
    return settings.SITE_URL.rstrip("/") + path


def slug_url_maker(url_name: str, args: int = 1) -> Callable[..., str]:
    """`public_url(url_name, *slugs)` for many rows at once: the address is reversed once, with placeholders
    for its `args` slug arguments, and each row only fills them in."""
    marks = [f"opendata-placeholder-{n}-x" for n in range(args)]
    template = public_url(url_name, *marks)
    if not template:
        return lambda *_slugs: ""

    def make(*slugs: str) -> str:
        url = template
        for mark, slug in zip(marks, slugs, strict=True):
            url = url.replace(mark, slug, 1)
        return url

    return make


def lines(text: str) -> list[str]:
    """A text kept one item a line (steps, sources) as a list, blank lines left out."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


# ---- core's own dataset: the public directory ----------------------------------------------------------------

def organization_rows(filters: OpenFilters) -> QuerySetRows:
    """Organizations listed in the public directory, with the fields they chose to publish. Never the contact
    person (`contact_name`, `contact_email`): that is for signed-in staff only."""
    from birarada.core.models import Organization

    found = Organization.objects.in_directory().select_related("parent").order_by("name", "pk")
    url = slug_url_maker("core:organization_detail")
    return QuerySetRows(with_city(found, "city", filters.city), lambda organization: _organization(organization, url))


def _organization(organization: Any, url: Callable[..., str]) -> dict[str, Any]:
    parent = organization.parent
    return {
        "slug": organization.slug,
        "name": organization.name,
        "kind": organization.kind,
        "city": organization.city,
        "district": organization.district,
        "country": organization.country,
        "province": organization.province,
        "parent": parent.slug if parent is not None and parent.listed_in_directory else "",
        "grounds": list(organization.grounds),
        "offers": list(organization.offers),
        "languages_served": list(organization.languages_served),
        "accessibility": list(organization.accessibility),
        "accessibility_notes": organization.accessibility_notes,
        "description": organization.description,
        "website": organization.website,
        "public_email": organization.public_email,
        "public_phone": organization.public_phone,
        "address": organization.address,
        "uses_platform": organization.uses_platform,
        "url": url(organization.slug),
    }


ORGANIZATIONS = Dataset(
    key="organizations",
    title=_("Organizations in the partner directory"),
    description=_("Municipal units, rights-based organizations, arts institutions, universities and networks "
                  "listed in the public directory, with what they chose to publish about themselves. Contact "
                  "persons are never included."),
    rows="birarada.core.opendata.organization_rows",
    fields=(
        DatasetField("slug", "string", _("Short name in addresses; unique.")),
        DatasetField("name", "string", _("Name.")),
        DatasetField("kind", "string", _("Kind: metropolitan, district, equality_unit, ngo, arts, university, "
                                         "network or other.")),
        DatasetField("city", "string", _("City.")),
        DatasetField("district", "string", _("For a district equality desk: the district it serves.")),
        DatasetField("country", "string", _("Two-letter country code (ISO 3166).")),
        DatasetField("province", "string", _("For Türkiye: the province's plate number.")),
        DatasetField("parent", "string", _("Slug of the organization it belongs to, when that one is listed.")),
        DatasetField("grounds", "array", _("Rights areas it works on (codes).")),
        DatasetField("offers", "array", _("What it offers (codes).")),
        DatasetField("languages_served", "array", _("Languages it serves people in (codes).")),
        DatasetField("accessibility", "array", _("Accessibility of its premises and services (codes).")),
        DatasetField("accessibility_notes", "string", _("Accessibility notes.")),
        DatasetField("description", "string", _("What it does, in its own words.")),
        DatasetField("website", "string", _("Website.")),
        DatasetField("public_email", "string", _("Public e-mail address.")),
        DatasetField("public_phone", "string", _("Public telephone.")),
        DatasetField("address", "string", _("Public address.")),
        DatasetField("uses_platform", "boolean", _("Whether it works on this platform.")),
        DatasetField("url", "string", _("Its page in the directory.")),
    ),
    filters=("city",),
)

CORE_DATASETS = (ORGANIZATIONS,)


# ---- the API's parameters and pages --------------------------------------------------------------------------

class OpenDataError(Exception):
    """A request the API cannot answer: `status` (400, 404) and a message saying what to change."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DIGITS = re.compile(r"\d{1,12}")


def _read_date(name: str, value: str) -> date | None:
    if not value:
        return None
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError
        day = date.fromisoformat(value)
    except ValueError:
        raise OpenDataError(400, f"{name}={value!r} is not a date: write it as YYYY-MM-DD, "
                                 f"for example {name}=2026-01-31.") from None
    if not EARLIEST <= day <= LATEST:
        raise OpenDataError(400, f"{name}={value!r} is out of range: give a date from {EARLIEST.isoformat()} "
                                 f"to {LATEST.isoformat()}.")
    return day


def describe_filters(dataset: Dataset) -> str:
    return ", ".join(dataset.filters) if dataset.filters else "no filter"


def read_filters(dataset: Dataset, params: Mapping[str, str]) -> OpenFilters:
    """The filters asked for in `params` (an empty value counts as not given); OpenDataError(400) for a filter
    the dataset does not take, a malformed date, or a period that ends before it starts."""
    given = {name: (params.get(name) or "").strip() for name in FILTER_NAMES}
    refused = [name for name, value in given.items() if value and name not in dataset.filters]
    if refused:
        raise OpenDataError(400, f"The dataset {dataset.key!r} cannot be filtered by {', '.join(refused)}; "
                                 f"it takes: {describe_filters(dataset)}.")
    if len(given["city"]) > MAX_CITY_LENGTH:
        raise OpenDataError(400, f"city must be at most {MAX_CITY_LENGTH} characters.")
    since, until = _read_date("since", given["since"]), _read_date("until", given["until"])
    if since and until and until < since:
        raise OpenDataError(400, f"until ({until.isoformat()}) is before since ({since.isoformat()}): "
                                 f"the period must end on or after the day it starts.")
    return OpenFilters(city=given["city"], since=since, until=until)


def _read_positive(params: Mapping[str, str], name: str, default: int, maximum: int | None = None) -> int:
    value = (params.get(name) or "").strip()
    if not value:
        return default
    bounds = f"between 1 and {maximum}" if maximum else "a whole number from 1"
    if not _DIGITS.fullmatch(value) or int(value) < 1 or (maximum is not None and int(value) > maximum):
        raise OpenDataError(400, f"{name}={value!r} is not allowed: {name} must be {bounds}.")
    return int(value)


def read_paging(params: Mapping[str, str]) -> tuple[int, int]:
    """(page, page size) from `?page=` (1-based, default 1) and `?page_size=` (default 50, at most 500)."""
    page_size = _read_positive(params, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    page = _read_positive(params, "page", 1)
    return page, page_size


def page_count(count: int, page_size: int) -> int:
    """How many pages `count` rows make; an empty dataset still has its (empty) first page."""
    return max(1, math.ceil(count / page_size))


def result_page(dataset: Dataset, rows: DatasetRows, page: int, page_size: int,
                page_url: Callable[[int], str]) -> dict[str, Any]:
    """The API's answer for one page; OpenDataError(404) for a page past the last one."""
    count = rows.count()
    pages = page_count(count, page_size)
    if page > pages:
        raise OpenDataError(404, f"Page {page} does not exist: the last page is {pages} "
                                 f"({count} rows, {page_size} a page).")
    offset = (page - 1) * page_size
    results = rows.page(offset, page_size) if offset < count else []
    return {
        "dataset": dataset.key,
        "count": count,
        "page": page,
        "pages": pages,
        "next": page_url(page + 1) if page < pages else None,
        "previous": page_url(page - 1) if page > 1 else None,
        "results": results,
    }


def to_json(value: Any) -> str:
    """JSON as the API writes it: UTF-8 text without escapes, dates ISO 8601, decimals as strings."""
    return json.dumps(value, ensure_ascii=False, cls=DjangoJSONEncoder, separators=(",", ":"))


# ---- dumps -----------------------------------------------------------------------------------------------------

def all_rows(rows: DatasetRows, chunk: int | None = None) -> Iterator[list[dict[str, Any]]]:
    """Every row, a page of `chunk` (DUMP_CHUNK) at a time: one page in memory at once."""
    chunk = chunk or DUMP_CHUNK
    offset = 0
    while True:
        found = rows.page(offset, chunk)
        if found:
            yield found
        if len(found) < chunk:
            return
        offset += chunk


def json_chunks(rows: DatasetRows) -> Iterator[str]:
    """The JSON dump: one array of every row, written a page at a time."""
    yield "["
    separator = "\n"
    for found in all_rows(rows):
        yield separator + ",\n".join(to_json(row) for row in found)
        separator = ",\n"
    yield "\n]\n"


def csv_cell(value: Any) -> Any:
    """A value as one CSV cell: lists and objects as JSON text, true/false, dates ISO, nothing for None; text
    that a spreadsheet would run as a formula made plain (core.figures.safe_cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, dict)):
        return to_json(value)
    if isinstance(value, (date, datetime)):
        return iso(value)
    if isinstance(value, (int, float, Decimal)):
        return value
    return safe_cell(str(value))


def csv_chunks(dataset: Dataset, rows: DatasetRows) -> Iterator[str]:
    """The CSV dump: a byte-order mark (so spreadsheets read the Turkish letters as UTF-8), the field names, then
    every row, a page at a time."""
    names = [f.name for f in dataset.fields]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(names)
    yield "\ufeff" + out.getvalue()
    for found in all_rows(rows):
        out.seek(0)
        out.truncate()
        writer.writerows([[csv_cell(row.get(name)) for name in names] for row in found])
        yield out.getvalue()


# ---- descriptions: OpenAPI and DCAT ----------------------------------------------------------------------------

_SCHEMA_TYPES: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "integer": {"type": ["integer", "null"]},
    "number": {"type": ["number", "null"]},
    "boolean": {"type": ["boolean", "null"]},
    "date": {"type": ["string", "null"], "format": "date"},
    "datetime": {"type": ["string", "null"], "format": "date-time"},
    "array": {"type": "array"},
    "object": {"type": ["object", "null"]},
}


def row_schema(dataset: Dataset) -> dict[str, Any]:
    """A JSON Schema of one row, from the dataset's data dictionary."""
    return {
        "type": "object",
        "properties": {f.name: {**_SCHEMA_TYPES.get(f.type, {}), "description": str(f.description)}
                       for f in dataset.fields},
        "required": [f.name for f in dataset.fields],
    }


_ERROR_SCHEMA = {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}
_CORS_HEADERS = {
    "ETag": {"description": "A hash of the body; send it back as If-None-Match to get 304 when nothing changed.",
             "schema": {"type": "string"}},
    "Access-Control-Allow-Origin": {"schema": {"type": "string", "const": "*"}},
    "Cache-Control": {"schema": {"type": "string"}},
}
_FILTER_PARAMETERS = {
    "city": {"name": "city", "in": "query", "required": False,
             "description": "A city, matched without regard to case the Turkish way (izmir = İzmir).",
             "schema": {"type": "string", "maxLength": MAX_CITY_LENGTH}},
    "since": {"name": "since", "in": "query", "required": False,
              "description": "The first day of the period (included).",
              "schema": {"type": "string", "format": "date"}},
    "until": {"name": "until", "in": "query", "required": False,
              "description": "The last day of the period (included); not before since.",
              "schema": {"type": "string", "format": "date"}},
}
_PAGING_PARAMETERS = [
    {"name": "page", "in": "query", "required": False, "description": "The page, from 1.",
     "schema": {"type": "integer", "minimum": 1, "default": 1}},
    {"name": "page_size", "in": "query", "required": False, "description": "Rows a page.",
     "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE}},
]


def _error_responses(*codes: str) -> dict[str, Any]:
    return {code: {"description": "Error", "content": {"application/json": {"schema": _ERROR_SCHEMA}}}
            for code in codes}


def _operation_id(prefix: str, key: str) -> str:
    return prefix + "".join(part.capitalize() for part in re.split(r"[-_]", key))


def open_data_paths() -> dict[str, Any]:
    """OpenAPI paths of the open data API: the list of datasets, and for each dataset its pages and dumps."""
    paths: dict[str, Any] = {
        "/api/v1/open/": {"get": {
            "operationId": "listOpenDatasets",
            "summary": "The open datasets, with their addresses and data dictionaries.",
            "responses": {"200": {"description": "OK", "headers": _CORS_HEADERS, "content": {"application/json": {
                "schema": {"type": "object", "properties": {"datasets": {"type": "array", "items": {
                    "type": "object"}}}}}}}},
        }},
    }
    for dataset in datasets().values():
        parameters = [_FILTER_PARAMETERS[name] for name in FILTER_NAMES if name in dataset.filters]
        described = f"{dataset.description} Licence: {dataset.licence}."
        paths[f"/api/v1/open/{dataset.key}/"] = {"get": {
            "operationId": _operation_id("openData", dataset.key),
            "summary": str(dataset.title),
            "description": described,
            "parameters": [*_PAGING_PARAMETERS, *parameters],
            "responses": {
                "200": {"description": "A page of rows", "headers": _CORS_HEADERS, "content": {"application/json": {
                    "schema": {"type": "object", "required": ["dataset", "count", "page", "pages", "next",
                                                              "previous", "results"],
                               "properties": {
                                   "dataset": {"type": "string", "const": dataset.key},
                                   "count": {"type": "integer"}, "page": {"type": "integer"},
                                   "pages": {"type": "integer"},
                                   "next": {"type": ["string", "null"], "format": "uri"},
                                   "previous": {"type": ["string", "null"], "format": "uri"},
                                   "results": {"type": "array", "items": row_schema(dataset)}}}}}},
                "304": {"description": "Not modified (If-None-Match matched the ETag)"},
                **_error_responses("400", "404"),
            },
        }}
        paths[f"/api/v1/open/{dataset.key}.json"] = {"get": {
            "operationId": _operation_id("openDataJson", dataset.key),
            "summary": f"{dataset.title} (JSON, every row)",
            "description": described,
            "parameters": parameters,
            "responses": {"200": {"description": "Every row", "content": {"application/json": {
                "schema": {"type": "array", "items": row_schema(dataset)}}}}, **_error_responses("400", "404")},
        }}
        paths[f"/api/v1/open/{dataset.key}.csv"] = {"get": {
            "operationId": _operation_id("openDataCsv", dataset.key),
            "summary": f"{dataset.title} (CSV, every row)",
            "description": described + " UTF-8 with a byte-order mark; lists and objects as JSON text.",
            "parameters": parameters,
            "responses": {"200": {"description": "Every row", "content": {"text/csv": {"schema": {"type": "string"}}}},
                          **_error_responses("400", "404")},
        }}
    return paths


def openapi_document() -> dict[str, Any]:
    """The platform's API as OpenAPI 3.1: every module's own API (the fragment its manifest names in `openapi`:
    a dict with "paths" and optionally "components" and "info") and the open data API."""
    paths: dict[str, Any] = {}
    components: dict[str, dict[str, Any]] = {}
    parts = []
    for manifest in manifests():
        if not manifest.openapi:
            continue
        fragment = import_string(manifest.openapi)
        paths.update(fragment.get("paths", {}))
        for kind, entries in fragment.get("components", {}).items():
            components.setdefault(kind, {}).update(entries)
        info = fragment.get("info", {})
        if info.get("title"):
            parts.append(f"{info['title']}: {info.get('description', '')}".strip())
    paths.update(open_data_paths())
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "birarada API",
            "version": "1",
            "description": "\n\n".join([*parts, "Open data: read-only, for anyone, no key needed. Every dataset "
                                       "is paged JSON with ETags and CORS, and CSV and JSON dumps."]),
        },
        "paths": paths,
    }
    if components:
        document["components"] = components
    return document


def licence_url(licence: str) -> str:
    return LICENCE_URLS.get(licence, "")


def dcat_catalog(*, catalogue_url: str, page_url: str, absolute: Callable[[str], str],
                 title: str, description: str, language: str) -> dict[str, Any]:
    """The datasets as a DCAT catalogue in JSON-LD. `absolute(path)` makes an address absolute."""
    entries = []
    for dataset in datasets().values():
        api = absolute(reverse("open_data_api_dataset", args=[dataset.key]))
        distributions = []
        for fmt, name, media_type in (("json", "JSON", JSON_MEDIA_TYPE), ("csv", "CSV", CSV_MEDIA_TYPE)):
            url = absolute(reverse(f"open_data_api_{fmt}", args=[dataset.key]))
            distributions.append({
                "@id": url, "@type": "dcat:Distribution", "dct:title": f"{dataset.title} ({name})",
                "dct:format": name, "dcat:mediaType": {"@id": media_type},
                "dcat:downloadURL": {"@id": url}, "dcat:accessURL": {"@id": url},
                **({"dct:license": {"@id": licence_url(dataset.licence)}} if licence_url(dataset.licence) else {}),
            })
        entries.append({
            "@id": api, "@type": "dcat:Dataset", "dct:identifier": dataset.key,
            "dct:title": str(dataset.title), "dct:description": str(dataset.description),
            "dct:license": {"@id": licence_url(dataset.licence)} if licence_url(dataset.licence) else dataset.licence,
            "dcat:landingPage": {"@id": f"{page_url}#dataset-{dataset.key}"},
            "dcat:keyword": [dataset.key],
            "dcat:distribution": distributions,
        })
    return {
        "@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
                     "foaf": "http://xmlns.com/foaf/0.1/"},
        "@id": catalogue_url,
        "@type": "dcat:Catalog",
        "dct:title": title,
        "dct:description": description,
        "dct:language": language,
        "foaf:homepage": {"@id": page_url},
        "dcat:dataset": entries,
    }


def dataset_entries(found: Iterable[Dataset], absolute: Callable[[str], str]) -> list[dict[str, Any]]:
    """The datasets as the API's index lists them (and the catalogue page shows them)."""
    return [{
        "key": d.key,
        "title": str(d.title),
        "description": str(d.description),
        "licence": d.licence,
        "licence_url": licence_url(d.licence) or None,
        "filters": list(d.filters),
        "url": absolute(reverse("open_data_api_dataset", args=[d.key])),
        "json": absolute(reverse("open_data_api_json", args=[d.key])),
        "csv": absolute(reverse("open_data_api_csv", args=[d.key])),
        "fields": [{"name": f.name, "type": f.type, "description": str(f.description)} for f in d.fields],
    } for d in found]
