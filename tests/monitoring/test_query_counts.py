"""The monitoring list pages make as many queries for 5N rows as for N: no query per row (no N+1)."""

import itertools
from datetime import date

import pytest

from birarada.monitoring import actions
from tests.conftest import en

from .helpers import add_items

N = 6  # and 5N = 30 after adding 4N: below the queue's page of 50 rows

GROUPS = ["Suriyeliler", "Afganlar", "Kürtler", "Ermeniler", "Mülteciler"]


@pytest.fixture
def add_flagged_items(izmir):
    """`add_flagged_items(n)`: n hateful items (each text new), from several sources, with and without reach."""
    counter = itertools.count()

    def add(n):
        made = []
        for _ in range(n):
            i = next(counter)
            made += add_items(izmir, [f"{GROUPS[i % len(GROUPS)]} bu ülkeden defolup gitsin {i}"],
                              source_name=f"Account {i % 4}", reach=[None, 10, 5000][i % 3], author=f"user{i}")
        return made

    return add


def test_review_queue(client, moderator, add_flagged_items, assert_queries_do_not_grow):
    add_flagged_items(N)
    client.force_login(moderator)
    assert_queries_do_not_grow(en("monitoring:queue", "izmir"), lambda: add_flagged_items(4 * N),
                               lambda r: len(r.context["items"]))


def test_review_queue_of_one_source(client, moderator, add_flagged_items, assert_queries_do_not_grow):
    [first] = add_flagged_items(1)
    add_flagged_items(4 * N - 1)  # every fourth item comes from the first item's source: N of them
    client.force_login(moderator)
    assert_queries_do_not_grow(en("monitoring:queue", "izmir") + f"?source={first.source_id}&show=all",
                               lambda: add_flagged_items(16 * N), lambda r: len(r.context["items"]))


def test_sources_page(client, izmir, moderator, assert_queries_do_not_grow):
    counter = itertools.count()

    def add(n):
        for _ in range(n):
            i = next(counter)
            source, _created = actions.do_add_feed_source(izmir, url=f"https://news.example.org/{i}.xml",
                                                          name=f"Feed {i}", actor=None)
            if i % 2:
                actions.do_set_source_active(source, False, actor=None)
            add_items(izmir, [f"Suriyeliler bu ülkeden defolup gitsin, dosya {i}"], source_name=f"Export {i}")

    add(N)
    client.force_login(moderator)
    assert_queries_do_not_grow(en("monitoring:sources", "izmir"), lambda: add(4 * N),
                               lambda r: len(r.context["sources"]))


def test_reports_list(client, izmir, moderator, add_flagged_items, assert_queries_do_not_grow):
    add_flagged_items(3)
    counter = itertools.count()

    def add(n):
        for _ in range(n):
            i = next(counter)
            report = actions.do_create_report(izmir, title=f"Report {i}", since=date(2020 + i % 7, 1, 1),
                                              until=date(2030, 12, 31), actor=moderator)
            if i % 2:
                actions.do_publish_report(report, actor=moderator)

    add(N)
    client.force_login(moderator)
    assert_queries_do_not_grow(en("monitoring:reports", "izmir"), lambda: add(4 * N),
                               lambda r: len(r.context["reports"]))
