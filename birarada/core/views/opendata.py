"""Open data for anyone: the read-only API (/api/v1/open/), its dumps, its OpenAPI description, the catalogue page
(/<lang>/open-data/) and the DCAT catalogue (/<lang>/open-data/catalog.jsonld).

The API answers GET, HEAD and OPTIONS only (405 otherwise), sets no cookie and never reads the session or the
signed-in user, so every answer is the same for everyone and may be cached (`Cache-Control: public`) and read
from any web page (`Access-Control-Allow-Origin: *`). A page carries an ETag (a hash of its body): sent back as
If-None-Match, it gets 304 with no body. Wrong parameters get 400 or 404 with a JSON message, never a 500.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import trans_real
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from birarada.core.modules import Dataset, datasets
from birarada.core.opendata import (
    OpenDataError,
    csv_chunks,
    dataset_entries,
    dcat_catalog,
    json_chunks,
    licence_url,
    openapi_document,
    read_filters,
    read_paging,
    result_page,
    to_json,
)

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
CACHE_CONTROL = "public, max-age=300"
JSON_TYPE = "application/json; charset=utf-8"


def _open(response: HttpResponse | StreamingHttpResponse) -> HttpResponse | StreamingHttpResponse:
    """The headers every answer of the API carries."""
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag"
    response["Cache-Control"] = CACHE_CONTROL
    return response


def _error(status: int, message: str) -> HttpResponse:
    response = HttpResponse(to_json({"error": message}), status=status, content_type=JSON_TYPE)
    _open(response)
    return response


def _preflight() -> HttpResponse:
    """The answer to a browser's CORS preflight: reading (GET) only, with If-None-Match."""
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "GET"
    response["Access-Control-Allow-Headers"] = "If-None-Match"
    response["Access-Control-Max-Age"] = "86400"
    response["Allow"] = ", ".join(ALLOWED_METHODS)
    return response


def read_only(view: Callable[..., HttpResponse | StreamingHttpResponse]) -> Callable[..., Any]:
    """GET and HEAD go to `view`; OPTIONS gets the preflight answer; anything else 405 with a JSON message.
    CSRF does not apply: nothing here changes anything, and a POST must get its 405, not a CSRF page."""

    @csrf_exempt
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse | StreamingHttpResponse:
        if request.method == "OPTIONS":
            return _preflight()
        if request.method not in ("GET", "HEAD"):
            response = _error(405, f"{request.method} is not allowed: the open data API is read-only "
                                   f"(GET, HEAD and OPTIONS).")
            response["Allow"] = ", ".join(ALLOWED_METHODS)
            return response
        with translation.override(_api_language(request)):
            return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _api_language(request: HttpRequest) -> str:
    """The language of titles and descriptions: the reader's Accept-Language, else the city's. The language
    cookie is not read, so one address answers the same to everyone asking in one language (`Vary:
    Accept-Language` is set by the locale middleware)."""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code, _quality in trans_real.parse_accept_lang_header(header):
        if code == "*":
            break
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:40] + '"'


def _matches(request: HttpRequest, etag: str) -> bool:
    header = request.META.get("HTTP_IF_NONE_MATCH", "")
    if not header:
        return False
    tags = [tag.strip() for tag in header.split(",")]
    return "*" in tags or any(tag.removeprefix("W/") == etag for tag in tags)


def _json_answer(request: HttpRequest, value: Any, *, content_type: str = JSON_TYPE) -> HttpResponse:
    """`value` as JSON with its ETag, or 304 when the reader already has it."""
    body = to_json(value).encode("utf-8")
    etag = _etag(body)
    if _matches(request, etag):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    _open(response)
    return response


def _dataset(key: str) -> Dataset:
    found = datasets().get(key)
    if found is None:
        known = ", ".join(sorted(datasets())) or "none"
        raise OpenDataError(404, f"There is no dataset {key!r}. The datasets are: {known} (see /api/v1/open/).")
    return found


def _page_url(request: HttpRequest) -> Callable[[int], str]:
    def url(page: int) -> str:
        query = request.GET.copy()
        query["page"] = str(page)
        return request.build_absolute_uri(request.path + "?" + urlencode(sorted(query.items())))

    return url


# ---- the API ---------------------------------------------------------------------------------------------------

@read_only
def api_index(request: HttpRequest) -> HttpResponse:
    """Every dataset with its addresses, licence and data dictionary."""
    absolute = request.build_absolute_uri
    return _json_answer(request, {
        "datasets": dataset_entries(datasets().values(), absolute),
        "openapi": absolute(reverse("openapi_document")),
    })


@read_only
def api_dataset(request: HttpRequest, key: str) -> HttpResponse:
    """One page of a dataset's rows: ?page=, ?page_size= and the filters the dataset takes."""
    try:
        dataset = _dataset(key)
        page, page_size = read_paging(request.GET)
        filters = read_filters(dataset, request.GET)
        body = result_page(dataset, dataset.rows_for(filters), page, page_size, _page_url(request))
    except OpenDataError as error:
        return _error(error.status, error.message)
    return _json_answer(request, body)


@read_only
def api_dump(request: HttpRequest, key: str, fmt: str) -> HttpResponse | StreamingHttpResponse:
    """Every row of a dataset (with the filters it takes) as one JSON array or one CSV file, streamed a page of
    rows at a time."""
    try:
        dataset = _dataset(key)
        filters = read_filters(dataset, request.GET)
    except OpenDataError as error:
        return _error(error.status, error.message)
    rows = dataset.rows_for(filters)
    chunks: Iterator[str]
    if fmt == "csv":
        chunks, content_type = csv_chunks(dataset, rows), "text/csv; charset=utf-8"
    else:
        chunks, content_type = json_chunks(rows), JSON_TYPE
    response = StreamingHttpResponse((chunk.encode("utf-8") for chunk in chunks), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{dataset.key}.{fmt}"'
    _open(response)
    return response


@read_only
def openapi(request: HttpRequest) -> HttpResponse:
    """The platform's API described as OpenAPI 3.1 (every module's API and the open data API)."""
    return _json_answer(request, openapi_document())


# ---- the catalogue ---------------------------------------------------------------------------------------------

@require_GET
def open_data(request: HttpRequest) -> HttpResponse:
    """The catalogue: every dataset with its description, licence, addresses and data dictionary."""
    entries: list[dict[str, Any]] = []
    for dataset in datasets().values():
        entries.append({
            "dataset": dataset,
            "licence_url": licence_url(dataset.licence),
            "api": reverse("open_data_api_dataset", args=[dataset.key]),
            "json": reverse("open_data_api_json", args=[dataset.key]),
            "csv": reverse("open_data_api_csv", args=[dataset.key]),
        })
    example = next((f"{e['api']}?city=izmir&since=2026-01-01" for e in entries
                    if {"city", "since"} <= set(e["dataset"].filters)), "")
    return render(request, "core/open_data.html", {
        "entries": entries,
        "example": example,
        "api_index": reverse("open_data_api"),
        "openapi": reverse("openapi_document"),
    })


@require_GET
def open_data_catalog(request: HttpRequest) -> HttpResponse:
    """The catalogue as DCAT in JSON-LD, for data portals that harvest catalogues."""
    page = request.build_absolute_uri(reverse("core:open_data"))
    catalogue = dcat_catalog(
        catalogue_url=request.build_absolute_uri(request.path),
        page_url=page,
        absolute=request.build_absolute_uri,
        title=_("Open data of birarada"),
        description=_("What the platform publishes for anyone to read and reuse, each dataset under its own "
                      "licence. Statistics are aggregated, with small numbers hidden."),
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    return _json_answer(request, catalogue, content_type="application/ld+json; charset=utf-8")
