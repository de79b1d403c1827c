"""The read-only open data API: paging, filters, ETags, CORS, methods, wrong parameters, dumps."""

import csv
import io
import json

import pytest

from tests.core.open_data.conftest import SECRET, make_practice

API = "/api/v1/open/"


def get(client, path, **extra):
    return client.get(path, **extra)


def body_of(response) -> dict:
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    return json.loads(response.content.decode("utf-8"))


def streamed(response) -> bytes:
    return b"".join(response.streaming_content)


def test_the_index_lists_every_dataset_with_its_addresses(client, open_city):
    response = get(client, API)
    assert response.status_code == 200
    listed = {d["key"]: d for d in body_of(response)["datasets"]}
    assert {"organizations", "practices", "methods", "public-events", "plans", "discrimination-statistics",
            "media-watch-reports"} <= set(listed)
    practices = listed["practices"]
    assert practices["url"] == "http://testserver/api/v1/open/practices/"
    assert practices["json"] == "http://testserver/api/v1/open/practices.json"
    assert practices["csv"] == "http://testserver/api/v1/open/practices.csv"
    assert practices["licence"] == "CC-BY-4.0"
    assert practices["licence_url"] == "https://creativecommons.org/licenses/by/4.0/"
    assert "texts" in [f["name"] for f in practices["fields"]]
    assert listed["organizations"]["filters"] == ["city"]


def test_the_index_speaks_the_readers_language(client, open_city):
    turkish = body_of(get(client, API, HTTP_ACCEPT_LANGUAGE="tr"))
    english = body_of(get(client, API, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8"))
    titles = {d["key"]: d["title"] for d in english["datasets"]}
    assert titles["practices"] == "Good practices"
    assert "Accept-Language" in get(client, API, HTTP_ACCEPT_LANGUAGE="en")["Vary"]
    assert turkish["datasets"][0]["key"] == english["datasets"][0]["key"]


def test_a_page_has_the_documented_shape(client, open_city):
    response = get(client, API + "practices/")
    assert response.status_code == 200
    body = body_of(response)
    assert set(body) == {"dataset", "count", "page", "pages", "next", "previous", "results"}
    assert body["dataset"] == "practices" and body["count"] == 2 and body["page"] == 1 and body["pages"] == 1
    assert body["next"] is None and body["previous"] is None
    assert [row["slug"] for row in body["results"]] == ["eskisehir-cafe", "bus-training"]  # newest first


def test_paging_walks_every_row_once(client, open_city):
    network, izmir = open_city["network"], open_city["izmir"]
    for n in range(5):
        make_practice(network, izmir, f"extra-{n}")
    first = body_of(get(client, API + "practices/?page_size=3"))
    assert first["count"] == 7 and first["pages"] == 3
    assert first["next"] == "http://testserver/api/v1/open/practices/?page=2&page_size=3"
    seen = [row["slug"] for row in first["results"]]
    url = first["next"]
    while url:
        page = body_of(get(client, url))
        seen += [row["slug"] for row in page["results"]]
        url = page["next"]
    assert len(seen) == 7 and len(set(seen)) == 7
    last = body_of(get(client, API + "practices/?page_size=3&page=3"))
    assert len(last["results"]) == 1 and last["next"] is None
    assert last["previous"] == "http://testserver/api/v1/open/practices/?page=2&page_size=3"


def test_a_page_past_the_end_is_404_naming_the_last_page(client, open_city):
    response = get(client, API + "practices/?page=5&page_size=1")
    assert response.status_code == 404
    message = body_of(response)["error"]
    assert "the last page is 2" in message


def test_an_empty_dataset_has_an_empty_first_page(client, city):
    body = body_of(get(client, API + "practices/"))
    assert body["count"] == 0 and body["pages"] == 1 and body["results"] == []
    assert get(client, API + "practices/?page=2").status_code == 404


@pytest.mark.parametrize("query, status, words", [
    ("page=abc", 400, "page"),
    ("page=0", 400, "page"),
    ("page=-1", 400, "page"),
    ("page=1.5", 400, "page"),
    ("page=" + "9" * 5000, 400, "page"),
    ("page_size=0", 400, "between 1 and 500"),
    ("page_size=10000", 400, "between 1 and 500"),
    ("since=2026-13-40", 400, "YYYY-MM-DD"),
    ("since=yesterday", 400, "YYYY-MM-DD"),
    ("until=2026-02-30", 400, "YYYY-MM-DD"),
    ("until=9999-12-31", 400, "out of range"),
    ("since=0001-01-01", 400, "out of range"),
    ("since=2026-05-01&until=2026-04-01", 400, "before since"),
    ("city=" + "x" * 101, 400, "at most 100"),
])
def test_bad_parameters_get_a_clear_message_never_a_500(client, open_city, query, status, words):
    response = get(client, f"{API}practices/?{query}")
    assert response.status_code == status
    assert words in body_of(response)["error"]
    assert response["Access-Control-Allow-Origin"] == "*"


def test_an_unknown_dataset_is_404_listing_the_datasets(client, open_city):
    for path in (API + "nothing/", API + "nothing.csv", API + "nothing.json"):
        response = get(client, path)
        assert response.status_code == 404
        assert "practices" in body_of(response)["error"]


def test_a_filter_the_dataset_does_not_take_is_400_naming_those_it_takes(client, open_city):
    response = get(client, API + "organizations/?since=2026-01-01")
    assert response.status_code == 400
    assert body_of(response)["error"] == ("The dataset 'organizations' cannot be filtered by since; it takes: city.")
    assert get(client, API + "organizations/?since=").status_code == 200  # empty means not given


def test_city_is_matched_the_turkish_way(client, open_city):
    for asked in ("izmir", "İZMİR", "IZMIR", " İzmir "):
        rows = body_of(get(client, API + "practices/", data={"city": asked}))["results"]
        assert [row["slug"] for row in rows] == ["bus-training"], asked
    rows = body_of(get(client, API + "practices/?city=eskisehir"))["results"]
    assert [row["slug"] for row in rows] == ["eskisehir-cafe"]
    assert body_of(get(client, API + "practices/?city=ankara"))["count"] == 0


def test_since_and_until_keep_a_period_both_days_included(client, open_city):
    def slugs(query):
        return [row["slug"] for row in body_of(get(client, API + "practices/?" + query))["results"]]

    assert slugs("since=2026-03-10") == ["bus-training"]
    assert slugs("until=2026-03-10") == ["eskisehir-cafe", "bus-training"]
    assert slugs("until=2026-03-09") == ["eskisehir-cafe"]
    assert slugs("since=2025-01-01&until=2025-12-31") == ["eskisehir-cafe"]


def test_etag_and_if_none_match_give_304(client, open_city):
    first = get(client, API + "practices/")
    etag = first["ETag"]
    assert etag.startswith('"') and len(etag) > 10
    assert first["Cache-Control"] == "public, max-age=300"
    again = get(client, API + "practices/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == etag
    assert get(client, API + "practices/", HTTP_IF_NONE_MATCH=f'"other", W/{etag}').status_code == 304
    assert get(client, API + "practices/", HTTP_IF_NONE_MATCH='"other"').status_code == 200
    # A change gives another ETag, so the old one no longer matches.
    make_practice(open_city["network"], open_city["izmir"], "newer")
    changed = get(client, API + "practices/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_cors_headers_and_the_preflight_allow_reading_only(client, open_city):
    response = get(client, API + "practices/", HTTP_ORIGIN="https://data.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(API + "practices/", HTTP_ORIGIN="https://data.example.org",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "GET"
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    head = client.head(API + "practices/")
    assert head.status_code == 200 and head["ETag"] == response["ETag"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_only_reading_is_allowed(client, open_city, method, django_user_model):
    for path in (API, API + "practices/", API + "practices.csv", "/api/v1/openapi.json"):
        response = getattr(client, method)(path, data="{}", content_type="application/json")
        assert response.status_code == 405, path
        assert response["Allow"] == "GET, HEAD, OPTIONS"
        assert "read-only" in body_of(response)["error"]
    assert django_user_model.objects.count() == 0


def test_no_cookie_is_set_and_no_session_is_touched(client, open_city):
    for path in (API, API + "practices/", API + "practices/?page=9", API + "practices.csv", "/api/v1/openapi.json"):
        response = get(client, path)
        assert response.cookies == {} and "Set-Cookie" not in response, path
        assert "Cookie" not in response.get("Vary", ""), path  # the session was not read


def test_json_is_utf8_without_escapes(client, open_city):
    raw = get(client, API + "practices/").content
    assert "Otobüste eşit hizmet: şoförlere eğitim".encode() in raw
    assert b"\\u" not in raw


def test_the_json_dump_has_every_row(client, open_city):
    for n in range(3):
        make_practice(open_city["network"], open_city["izmir"], f"extra-{n}")
    response = get(client, API + "practices.json")
    assert response.status_code == 200 and response.streaming
    assert response["Content-Disposition"] == 'attachment; filename="practices.json"'
    assert response["Access-Control-Allow-Origin"] == "*"
    rows = json.loads(streamed(response).decode("utf-8"))
    assert sorted(row["slug"] for row in rows) == ["bus-training", "eskisehir-cafe", "extra-0", "extra-1", "extra-2"]
    filtered = json.loads(streamed(get(client, API + "practices.json?city=eskişehir")).decode())
    assert [row["slug"] for row in filtered] == ["eskisehir-cafe"]


def test_a_dump_is_written_a_page_at_a_time(client, open_city, monkeypatch):
    from birarada.core import opendata

    monkeypatch.setattr(opendata, "DUMP_CHUNK", 2)
    for n in range(3):
        make_practice(open_city["network"], open_city["izmir"], f"extra-{n}")
    response = get(client, API + "practices.csv")
    chunks = list(response.streaming_content)
    assert len(chunks) >= 4  # header, then 5 rows in pages of 2
    rows = list(csv.DictReader(io.StringIO(b"".join(chunks).decode("utf-8-sig"))))
    assert len(rows) == 5
    assert len(json.loads(streamed(get(client, API + "practices.json")))) == 5


def test_the_csv_dump_opens_in_a_spreadsheet_with_turkish_letters(client, open_city):
    response = get(client, API + "practices.csv")
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    raw = streamed(response)
    assert raw.startswith("\ufeff".encode())  # the byte-order mark
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == [f["name"] for f in _fields(client, "practices")]
    first = next(row for row in rows if row["slug"] == "bus-training")
    assert first["city"] == "İzmir"
    texts = json.loads(first["texts"])  # nested values as JSON text
    assert texts["tr"]["title"] == "Otobüste eşit hizmet: şoförlere eğitim"
    assert json.loads(first["sources"]) == ["Rapor https://example.org/rapor", "Basın https://example.org/basin"]
    assert first["ended"] == ""  # nothing for an empty value
    assert SECRET not in raw.decode("utf-8")


def test_a_csv_cell_cannot_run_as_a_formula(client, open_city):
    open_city["ngo"].description = "=HYPERLINK(\"http://evil.example\")"
    open_city["ngo"].save()
    rows = list(csv.DictReader(io.StringIO(streamed(get(client, API + "organizations.csv")).decode("utf-8-sig"))))
    ngo = next(row for row in rows if row["slug"] == "ngo")
    assert ngo["description"].startswith("'=")


def test_the_api_never_answers_500_to_odd_input(client, open_city):
    odd = ["page=%00", "page_size=%F0%9F%98%80", "city=%00", "city=%C4%B0zm%C4%B0r%00", "since=0000-00-00",
           "since=9999-12-31", "until=0001-01-01", "until=9999-12-31", "since=2100-12-31&until=2100-12-31",
           "since=1900-01-01", "page=1&page=2", "page_size=500&page=1", "city[]=x"]
    for key in ("practices", "organizations", "public-events", "plans", "media-watch-reports",
                "discrimination-statistics", "methods"):
        for query in odd:
            response = get(client, f"{API}{key}/?{query}")
            assert response.status_code in (200, 400, 404), (key, query, response.status_code)


def _fields(client, key):
    listed = {d["key"]: d for d in body_of(get(client, API))["datasets"]}
    return listed[key]["fields"]
