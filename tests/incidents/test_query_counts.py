"""The incidents list pages make as many queries for 5N rows as for N: no query per row (no N+1)."""

import itertools

import pytest

from birarada.core.models import Role
from birarada.incidents import actions
from birarada.incidents.choices import CaseStatus
from tests.conftest import en

N = 6  # and 5N = 30 after adding 4N: below the queue's limit of 200 rows


@pytest.fixture
def case_workers(city, make_member):
    return [make_member(f"cw-{i}", city["izmir"], Role.CASE_WORKER, first_name=f"Worker {i}") for i in range(3)]


@pytest.fixture
def add_cases(city, make_case, case_workers):
    """`add_cases(n, organization=…)`: n cases, assigned in turn to different case workers (or nobody), with
    deadlines, several grounds, areas and districts, some finished."""
    counter = itertools.count()

    def add(n, organization=None):
        made = []
        for _ in range(n):
            i = next(counter)
            case, _receipt = make_case(organization=organization or city["izmir"],
                                       grounds=[["migration"], ["disability", "gender"], ["age"]][i % 3],
                                       area=["transport", "health"][i % 2], district=["Bornova", "Konak"][i % 2])
            if i % 4:
                actions.do_assign_case(case, case_workers[i % 3], actor=None)
            actions.do_set_case_deadline(case, case.received_at.date(), actor=None)
            if i % 5 == 0:
                actions.do_change_case_status(case, CaseStatus.CLOSED, reason="withdrawn", actor=None)
            made.append(case)
        return made

    return add


def test_case_queue(client, alice, add_cases, assert_queries_do_not_grow):
    add_cases(N)
    client.force_login(alice)
    assert_queries_do_not_grow(en("incidents:queue", "izmir") + "?show=open", lambda: add_cases(4 * N),
                               lambda r: len(r.context["cases"]))


def test_finished_cases(client, alice, add_cases, assert_queries_do_not_grow):
    add_cases(5 * N)
    client.force_login(alice)
    assert_queries_do_not_grow(en("incidents:queue", "izmir") + "?show=finished", lambda: add_cases(20 * N),
                               lambda r: len(r.context["cases"]))


def test_referrals_list(client, city, partner_user, add_cases, assert_queries_do_not_grow):
    def refer(n):
        for case in add_cases(n, organization=[city["izmir"], city["bornova"]][n % 2]):
            if case.is_open:
                actions.do_refer_case(case, city["ngo"], "what the partner needs", share_contact=False, actor=None)

    refer(N)
    client.force_login(partner_user)
    assert_queries_do_not_grow(en("incidents:referrals", "ngo"), lambda: refer(4 * N),
                               lambda r: len(r.context["referrals"]))


@pytest.mark.parametrize("units", ["", "?units=1"])
def test_case_statistics(client, city, alice, add_cases, assert_queries_do_not_grow, units):
    def add(n):
        add_cases(n)
        add_cases(n, organization=city["bornova"])

    add(N)
    client.force_login(alice)
    assert_queries_do_not_grow(en("incidents:statistics", "izmir") + units, lambda: add(4 * N),
                               lambda r: r.context["stats"].total)


def test_case_statistics_csv(client, alice, add_cases, page_queries):
    add_cases(N)
    client.force_login(alice)
    url = en("incidents:statistics", "izmir") + "?format=csv"
    page_queries(url)
    _, small = page_queries(url)
    add_cases(4 * N)
    _, large = page_queries(url)
    assert len(small) == len(large)


def test_public_statistics(client, city, add_cases, assert_queries_do_not_grow):
    from birarada.incidents.tasks import publish_public_statistics

    def add(n):
        add_cases(n)
        add_cases(n, organization=city["bornova"])
        publish_public_statistics.call()  # the page shows the daily snapshot

    add(N)  # 12 cases: above the small-cell threshold, so the total is a number
    assert_queries_do_not_grow("/en/statistics/", lambda: add(4 * N), lambda r: r.context["stats"].total)
