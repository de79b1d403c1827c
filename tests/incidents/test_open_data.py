"""The public statistics dataset of the open data API: the published snapshot's month, ground and area figures,
suppressed as on the public statistics page."""

import json

from birarada.incidents.actions import do_publish_statistics
from birarada.incidents.statistics import CaseStatistics


def rows(client):
    response = client.get("/api/v1/open/discrimination-statistics/")
    assert response.status_code == 200
    return json.loads(response.content)["results"]


def test_rows_are_the_public_pages_figures(client, city, make_case):
    for _ in range(8):
        make_case()
    make_case(grounds=["disability"], area="health")
    make_case(consent_statistics="")  # not counted: the reporter did not allow it
    snapshot = do_publish_statistics(city["izmir"])
    published = CaseStatistics.from_json(snapshot.data)
    found = rows(client)
    for kind in ("month", "ground", "area"):
        breakdown = next(b for b in published.breakdowns if b.kind == kind)
        mine = [(row["category"], row["shown_as"]) for row in found if row["breakdown"] == kind]
        assert mine == [(key, str(count)) for key, count in breakdown.counts], kind
    grounds = {row["category"]: row["shown_as"] for row in found if row["breakdown"] == "ground"}
    # 8 migration, 8 ethnicity, 1 disability: the 1 is hidden, and so is one 8 (never one hidden cell alone).
    assert sorted(grounds.values()) == ["8", "<10", "<5"] and grounds["disability"] == "<5"
    for row in found:
        hidden = row["shown_as"].startswith("<")
        assert (row["count"] is None) if hidden else (row["count"] == int(row["shown_as"]))
    assert {row["breakdown"] for row in found} == {"month", "ground", "area"}
    text = json.dumps(found, ensure_ascii=False)
    assert "Bornova" not in text and "Leyla" not in text  # no district breakdown, no reporter


def test_the_latest_snapshot_is_published(client, city, make_case):
    for _ in range(5):
        make_case()
    do_publish_statistics(city["izmir"])
    for _ in range(5):
        make_case()
    do_publish_statistics(city["izmir"])
    grounds = {row["category"]: row["count"] for row in rows(client) if row["breakdown"] == "ground"}
    assert grounds["migration"] == 10
