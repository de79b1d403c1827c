"""Every dataset publishes only what is public, in the shape its data dictionary describes."""

import csv
import io
import json

import pytest

from birarada.core.modules import OpenFilters, datasets
from tests.core.open_data.conftest import SECRET

API = "/api/v1/open/"
KEYS = ["organizations", "practices", "methods", "public-events", "plans", "discrimination-statistics",
        "media-watch-reports"]


def rows_of(client, key, query=""):
    response = client.get(f"{API}{key}/?page_size=500{query}")
    assert response.status_code == 200, response.content
    return json.loads(response.content)["results"]


def dump(client, key, fmt):
    response = client.get(f"{API}{key}.{fmt}")
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.fixture
def published_statistics(open_city, make_case_for_open_data):
    from birarada.incidents.actions import do_publish_statistics

    for _ in range(6):
        make_case_for_open_data()
    make_case_for_open_data(area="health")
    return do_publish_statistics(open_city["izmir"])


@pytest.fixture
def make_case_for_open_data(open_city, settings, tmp_path):
    from birarada.incidents import actions
    from birarada.incidents.forms import ReportForm
    from tests.incidents.conftest import VALID_REPORT

    settings.MEDIA_ROOT = tmp_path / "media"

    def make(**overrides):
        form = ReportForm({**VALID_REPORT, **overrides})
        assert form.is_valid(), form.errors
        return actions.do_submit_report(organization=open_city["izmir"], report=form.as_report())

    return make


def test_every_dataset_is_registered_once_and_core_names_its_own():
    found = datasets()
    assert set(KEYS) <= set(found)
    assert found["organizations"].rows == "birarada.core.opendata.organization_rows"


@pytest.mark.parametrize("key", KEYS)
def test_rows_have_exactly_the_fields_of_the_data_dictionary(client, open_city, published_statistics, key):
    dataset = datasets()[key]
    rows = rows_of(client, key)
    assert rows, key
    names = [f.name for f in dataset.fields]
    types = {f.name: f.type for f in dataset.fields}
    python_types = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "array": list,
                    "object": dict, "date": str, "datetime": str}
    for row in rows:
        assert list(row) == names, key
        for name, value in row.items():
            if types[name] in ("string", "array"):
                assert isinstance(value, python_types[types[name]]), (key, name, value)  # never null
            elif value is not None:
                assert isinstance(value, python_types[types[name]]), (key, name, value)
    assert len({f.name for f in dataset.fields}) == len(dataset.fields)
    assert all(str(f.description) for f in dataset.fields)


@pytest.mark.parametrize("key", KEYS)
def test_nothing_that_is_not_public_appears_anywhere(client, open_city, published_statistics, key):
    for text in (json.dumps(rows_of(client, key), ensure_ascii=False), dump(client, key, "csv"),
                 dump(client, key, "json")):
        assert SECRET not in text, key
        assert "hidden@example.org" not in text and "Hidden Person" not in text
        assert "Ayşe Kişi" not in text and "ayse.kisi@example.org" not in text  # contact persons
        assert "Leyla" not in text and "leyla@example.org" not in text  # a reporter
        assert "draft-practice" not in text and "review-practice" not in text and "draft-method" not in text
        assert "closed-meeting" not in text and "draft-plan" not in text


def test_organizations_are_the_listed_ones_with_their_public_fields(client, open_city):
    rows = {row["slug"]: row for row in rows_of(client, "organizations")}
    assert "hidden" not in rows
    assert {"izmir", "bornova", "elsewhere", "ngo", "icc"} <= set(rows)
    ngo = rows["ngo"]
    assert ngo["public_phone"] == "+90 232 000 00 00" and ngo["city"] == "İzmir" and ngo["grounds"] == ["gender"]
    assert "contact_name" not in ngo and "contact_email" not in ngo
    assert rows["bornova"]["parent"] == "izmir"
    assert rows["ngo"]["url"].endswith("/tr/directory/ngo/")
    assert [r["slug"] for r in rows_of(client, "organizations", "&city=eskişehir")] == ["elsewhere"]


def test_an_unlisted_parent_is_not_named(client, open_city):
    izmir = open_city["izmir"]
    izmir.listed_in_directory = False
    izmir.save()
    rows = {row["slug"]: row for row in rows_of(client, "organizations")}
    assert "izmir" not in rows and rows["bornova"]["parent"] == ""


def test_practices_carry_every_language_text(client, open_city):
    rows = {row["slug"]: row for row in rows_of(client, "practices")}
    assert set(rows) == {"bus-training", "eskisehir-cafe"}
    bus = rows["bus-training"]
    assert bus["languages"] == ["en", "tr"]
    assert bus["texts"]["tr"]["title"] == "Otobüste eşit hizmet: şoförlere eğitim"
    assert bus["texts"]["en"]["title"] == "Equal service on the bus"
    assert set(bus["texts"]["en"]) == {"title", "summary", "challenge", "action", "results", "quote", "quote_by"}
    assert bus["owner"] == {"slug": "izmir", "name": "İzmir Equality Unit"}
    assert sorted(o["slug"] for o in bus["organizations"]) == ["izmir", "ngo"]
    assert bus["published_at"].startswith("2026-03-10T12:00:00")
    assert "search_text" not in json.dumps(bus)


def test_methods_are_published_ones_naming_only_published_practices(client, open_city):
    rows = rows_of(client, "methods")
    assert [row["slug"] for row in rows] == ["dialogue-table"]
    method = rows[0]
    assert method["practices"] == ["bus-training"]  # the draft practice it also uses is not named
    assert method["steps"] == ["Tanışma", "Konuşma", "Kapanış"]
    assert method["developed_by"] == [{"slug": "ngo", "name": "Listed NGO"}]
    assert method["city"] == "İzmir"
    assert rows_of(client, "methods", "&city=eskisehir") == []


def test_public_events_only(client, open_city):
    rows = rows_of(client, "public-events")
    assert [row["slug"] for row in rows] == ["panel"]
    assert rows[0]["accessibility"] == ["wheelchair"] and rows[0]["city"] == "İzmir"
    assert rows[0]["url"].endswith("/tr/events/izmir/panel/")
    assert [r["slug"] for r in rows_of(client, "public-events", "&since=2026-05-04&until=2026-05-04")] == ["panel"]
    assert rows_of(client, "public-events", "&since=2026-05-05") == []
    assert rows_of(client, "public-events", "&until=2026-05-03") == []


def test_adopted_plans_only_with_objectives_actions_and_budgets(client, open_city):
    rows = rows_of(client, "plans")
    assert [row["plan"] for row in rows] == ["eep"]
    plan = rows[0]
    assert plan["status"] == "adopted" and plan["period"] == [2025, 2029]
    assert plan["decision"] == {"number": "2025/7", "date": "2025-02-01"}
    action = plan["objectives"][0]["actions"][0]
    assert action["code"] == "E1.1"
    assert action["budget"] == [{"year": 2025, "source": "municipal", "code": "", "allocated": "300000.00",
                                 "revised": None, "spent": "1250.50"}]
    assert [r["plan"] for r in rows_of(client, "plans", "&since=2029-12-31")] == ["eep"]
    assert rows_of(client, "plans", "&since=2030-01-01") == []
    assert rows_of(client, "plans", "&until=2024-12-31") == []


def test_published_media_watch_reports_only(client, open_city):
    rows = rows_of(client, "media-watch-reports")
    assert [row["title"] for row in rows] == ["Mart 2026 medya izleme"]
    report = rows[0]
    assert report["totals"] == {"items": 120, "hateful": 12} and report["by_source"] == [["Yerel Gazete", 9, 3]]
    assert report["since"] == "2026-03-01" and report["until"] == "2026-03-31"
    assert [r["id"] for r in rows_of(client, "media-watch-reports", "&since=2026-03-31")] == [report["id"]]
    assert rows_of(client, "media-watch-reports", "&since=2026-04-01") == []


def test_statistics_are_the_published_suppressed_figures(client, open_city, published_statistics):
    rows = rows_of(client, "discrimination-statistics")
    assert {row["breakdown"] for row in rows} == {"month", "ground", "area"}  # no district, status, combination
    areas = {row["category"]: row for row in rows if row["breakdown"] == "area"}
    # 6 transport and 1 health: the small one is hidden, and (only one hidden) the next smallest too.
    assert areas["health"]["count"] is None and areas["health"]["shown_as"] == "<5"
    assert areas["transport"]["count"] is None and areas["transport"]["shown_as"] == "<10"
    grounds = {row["category"]: row["count"] for row in rows if row["breakdown"] == "ground"}
    assert grounds == {"migration": 7, "ethnicity": 7}
    months = [row for row in rows if row["breakdown"] == "month"]
    assert sum(row["count"] for row in months) == 7
    assert all(row["figures_as_of"] for row in rows)
    assert rows_of(client, "discrimination-statistics", "&city=izmir") == rows
    assert rows_of(client, "discrimination-statistics", "&city=ankara") == []


def test_statistics_are_empty_before_the_first_snapshot_and_reading_makes_none(client, open_city,
                                                                                make_case_for_open_data):
    from birarada.incidents.models import PublicStatistics

    make_case_for_open_data()
    assert rows_of(client, "discrimination-statistics") == []
    assert PublicStatistics.objects.count() == 0


def test_rows_read_through_the_seam_match_the_api(open_city):
    rows = datasets()["practices"].rows_for(OpenFilters(city="İZMİR"))
    assert rows.count() == 1 and [r["slug"] for r in rows.page(0, 10)] == ["bus-training"]
    assert rows.page(5, 10) == []


def test_dumps_of_every_dataset_parse(client, open_city, published_statistics):
    for key in KEYS:
        rows = json.loads(dump(client, key, "json"))
        assert rows == rows_of(client, key), key
        table = list(csv.DictReader(io.StringIO(dump(client, key, "csv").lstrip("\ufeff"))))
        assert len(table) == len(rows), key
