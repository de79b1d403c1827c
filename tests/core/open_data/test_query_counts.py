"""A page of any dataset is a fixed number of queries, whatever the number of rows on it (no query per row), so the
practices listing stays fast at 50,000 practices (benchmarks/observatory_search.py measures it on PostgreSQL)."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.core.open_data.conftest import make_practice


def _more_rows(open_city, key):
    from birarada.events.models import Event
    from birarada.monitoring.models import MediaWatchReport
    from birarada.network.models import Method
    from birarada.plans.models import Plan

    izmir, network = open_city["izmir"], open_city["network"]
    for n in range(12):
        if key == "practices":
            practice = make_practice(network, izmir, f"more-{n}", languages=("tr", "en", "ar"))
            practice.organizations.add(izmir)
        elif key == "methods":
            method = Method.objects.create(slug=f"more-{n}", owner=izmir, network=network, title=f"M {n}",
                                           purpose="p", audience="a", steps="s", status="published",
                                           published_at=timezone.now())
            method.developed_by.add(izmir)
            method.practices.add(open_city["practice"])
        elif key == "organizations":
            izmir.children.create(slug=f"desk-{n}", name=f"Desk {n}", kind="district", city="İzmir")
        elif key == "public-events":
            start = timezone.now() + timedelta(days=n + 1)
            Event.objects.create(organization=izmir, slug=f"more-{n}", kind="talk", title=f"E {n}",
                                 starts_at=start, ends_at=start + timedelta(hours=1))
        elif key == "plans":
            plan = Plan.objects.create(organization=izmir, slug=f"more-{n}", title=f"P {n}", start_year=2025,
                                       end_year=2026, status="in_force")
            action = plan.objectives.create(code="H1", title="O").actions.create(code="E1", title="A")
            action.budget_lines.create(year=2025, allocated=100)
            action.milestones.create(title="M", due_on=date(2025, 5, 1))
        elif key == "media-watch-reports":
            MediaWatchReport.objects.create(organization=izmir, title=f"R {n}", since=date(2026, 1, 1),
                                            until=date(2026, 1, 31), published_at=timezone.now(),
                                            published_data={"totals": {"items": 1}})


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(response.json()["results"]), len(captured.captured_queries)


@pytest.mark.parametrize("key", ["practices", "methods", "organizations", "public-events", "plans",
                                 "media-watch-reports"])
def test_a_page_costs_the_same_queries_with_more_rows(client, open_city, key):
    url = f"/api/v1/open/{key}/?page_size=100"
    _queries(client, url)  # warm caches (content types, translations)
    before, small = _queries(client, url)
    _more_rows(open_city, key)
    after, large = _queries(client, url)
    assert before >= 1 and after >= before + 12
    assert large == small, (key, small, large)


def test_the_practices_listing_is_a_couple_of_queries(client, open_city):
    _queries(client, "/api/v1/open/practices/")
    rows, queries = _queries(client, "/api/v1/open/practices/")
    assert rows == 2
    assert queries <= 5  # count, page, its texts, its organizations, its owners and networks
    _rows, with_city = _queries(client, "/api/v1/open/practices/?city=izmir")
    assert with_city <= 6  # and the distinct city names
