"""The media-watch reports dataset of the open data API: published reports only, their frozen public figures."""

import json
from datetime import timedelta

from django.utils import timezone

from birarada.monitoring import actions
from birarada.monitoring.access import public_report_by_id


def rows(client):
    response = client.get("/api/v1/open/media-watch-reports/")
    assert response.status_code == 200
    return json.loads(response.content)["results"]


def test_a_report_appears_when_published_and_leaves_when_withdrawn(client, city):
    today = timezone.localdate()
    report = actions.do_create_report(city["izmir"], title="Haftalık rapor", since=today - timedelta(days=7),
                                      until=today, actor=None)
    assert rows(client) == []
    actions.do_publish_report(report, actor=None)
    [row] = rows(client)
    published = public_report_by_id(report.pk).published_data
    assert row["title"] == "Haftalık rapor" and row["id"] == report.pk
    assert row["totals"] == published["totals"] and row["trend"] == published["trend"]
    assert row["trend_unit"] == "day" and row["since"] == (today - timedelta(days=7)).isoformat()
    assert row["url"].endswith(f"/tr/media-watch/{report.pk}/")
    actions.do_unpublish_report(report, actor=None)
    assert rows(client) == []
