"""The catalogue page, the DCAT catalogue, the OpenAPI document and the footer link."""

import json
import re
from html.parser import HTMLParser

import pytest

from birarada.core.modules import datasets
from tests.conftest import en


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.h1 = 0
        self.scripts = 0
        self.tables = 0
        self._href: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            self._href, self._text = attrs.get("href"), ""
        self.h1 += tag == "h1"
        self.tables += tag == "table"
        self.scripts += tag == "script" and "src" not in attrs

    def handle_data(self, data):
        if self._href is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join(self._text.split())))
            self._href = None


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_the_catalogue_lists_every_dataset_with_licence_addresses_and_dictionary(client, open_city):
    response = client.get(en("core:open_data"))
    assert response.status_code == 200
    html = response.content.decode()
    page = parse(html)
    assert page.h1 == 1 and page.scripts == 0
    hrefs = [href for href, _text in page.links]
    assert page.tables == len(datasets())
    for key, dataset in datasets().items():
        assert f'id="dataset-{key}"' in html
        assert str(dataset.title) in html
        assert f"/api/v1/open/{key}/" in hrefs
        assert f"/api/v1/open/{key}.csv" in hrefs and f"/api/v1/open/{key}.json" in hrefs
        for field in dataset.fields:
            assert f'<code dir="ltr">{field.name}</code>' in html
    assert "https://creativecommons.org/licenses/by/4.0/" in hrefs
    assert 'rel="license noopener"' in html
    assert "Data dictionary: Good practices" in html
    assert en("core:open_data_catalog") in hrefs and "/api/v1/openapi.json" in hrefs


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_the_catalogue_works_in_every_language(client, open_city, language):
    response = client.get(f"/{language}/open-data/")
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


def test_the_footer_links_to_the_catalogue(client, db):
    html = client.get("/en/").content.decode()
    footer = html[html.index("<footer"):]
    assert ("/en/open-data/", "Open data") in parse(footer).links


def test_the_dcat_catalogue_parses_and_describes_every_distribution(client, open_city):
    response = client.get(en("core:open_data_catalog"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    catalogue = json.loads(response.content)
    assert catalogue["@type"] == "dcat:Catalog"
    assert catalogue["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    assert catalogue["@context"]["dct"] == "http://purl.org/dc/terms/"
    entries = {entry["dct:identifier"]: entry for entry in catalogue["dcat:dataset"]}
    assert set(entries) == set(datasets())
    practices = entries["practices"]
    assert practices["@type"] == "dcat:Dataset" and practices["dct:title"] == "Good practices"
    assert practices["dct:description"]
    assert practices["dct:license"] == {"@id": "https://creativecommons.org/licenses/by/4.0/"}
    media = {d["dcat:mediaType"]["@id"]: d["dcat:downloadURL"]["@id"] for d in practices["dcat:distribution"]}
    assert media == {
        "https://www.iana.org/assignments/media-types/application/json": "http://testserver/api/v1/open/practices.json",
        "https://www.iana.org/assignments/media-types/text/csv": "http://testserver/api/v1/open/practices.csv",
    }
    # Every download address answers.
    for entry in entries.values():
        for distribution in entry["dcat:distribution"]:
            url = distribution["dcat:downloadURL"]["@id"].removeprefix("http://testserver")
            assert client.get(url).status_code == 200, url


def test_the_openapi_document_lists_every_dataset_path_and_keeps_the_intake(client, open_city):
    from birarada.incidents.openapi import SPEC

    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"
    document = json.loads(response.content)
    assert document["openapi"] == "3.1.0"
    paths = document["paths"]
    for key in datasets():
        for path in (f"/api/v1/open/{key}/", f"/api/v1/open/{key}.json", f"/api/v1/open/{key}.csv"):
            assert path in paths, path
    assert "/api/v1/open/" in paths
    for path, item in SPEC["paths"].items():
        assert paths[path] == json.loads(json.dumps(item))  # the intake API as it was
    organizations = paths["/api/v1/open/organizations/"]["get"]
    assert [p["name"] for p in organizations["parameters"]] == ["page", "page_size", "city"]
    schema = organizations["responses"]["200"]["content"]["application/json"]["schema"]
    row = schema["properties"]["results"]["items"]
    assert "contact_name" not in row["properties"] and "public_phone" in row["properties"]
    assert {"400", "404", "304"} <= set(organizations["responses"])
    practices = paths["/api/v1/open/practices/"]["get"]
    assert [p["name"] for p in practices["parameters"]] == ["page", "page_size", "city", "since", "until"]
    ids = [op["operationId"] for item in paths.values() for op in item.values()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Za-z0-9]+", i) for i in ids)
