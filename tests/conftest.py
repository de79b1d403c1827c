"""Shared fixtures: a small city and named personas used by every permission test.

- `alice`   — someone with access: administrator of the metropolitan unit (izmir)
- `bob`     — a colleague: viewer in the same unit
- `outsider`— administrator of an unrelated organization in another city
"""

import pytest

from birarada.core import actions
from birarada.core.models import Organization, OrganizationKind, Role

PASSWORD = "correct horse battery staple 42"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Production hashing is slow on purpose; tests create hundreds of accounts.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: remembered lookups of an earlier test's organizations (same ids in a
    new database) must not leak into the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def empty_task_queues():
    """On RQ the queues live in Redis, outside the test database: each test starts with them empty."""
    from tests.tasking import ON_RQ, flush_redis

    if ON_RQ:
        flush_redis()


@pytest.fixture
def city(db):
    izmir = Organization.objects.create(
        slug="izmir", name="İzmir Equality Unit", kind=OrganizationKind.METROPOLITAN_MUNICIPALITY,
        city="İzmir", uses_platform=True, grounds=["migration", "disability"],
    )
    bornova = Organization.objects.create(
        slug="bornova", name="Bornova Equality Desk", kind=OrganizationKind.DISTRICT_MUNICIPALITY,
        city="İzmir", parent=izmir, uses_platform=True,
    )
    elsewhere = Organization.objects.create(
        slug="elsewhere", name="Elsewhere Equality Unit", kind=OrganizationKind.METROPOLITAN_MUNICIPALITY,
        city="Eskişehir", uses_platform=True,
    )
    listed_only = Organization.objects.create(
        slug="ngo", name="Listed NGO", kind=OrganizationKind.NGO, city="İzmir", grounds=["gender"],
    )
    return {"izmir": izmir, "bornova": bornova, "elsewhere": elsewhere, "ngo": listed_only}


@pytest.fixture
def make_member(db, django_user_model):
    def make(username: str, organization: Organization, role: str, **extra):
        user = django_user_model.objects.filter(username=username).first()
        if user is None:
            user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD, **extra)
        actions.do_add_membership(organization, user, role, actor=None)
        return user

    return make


@pytest.fixture
def alice(city, make_member):
    return make_member("alice", city["izmir"], Role.ADMIN, first_name="Alice")


@pytest.fixture
def bob(city, make_member):
    return make_member("bob", city["izmir"], Role.VIEWER)


@pytest.fixture
def outsider(city, make_member):
    return make_member("outsider", city["elsewhere"], Role.ADMIN)


def en(view: str, *args) -> str:
    """The English address of a view, for tests that read English text."""
    from django.urls import reverse
    from django.utils import translation

    with translation.override("en"):
        return reverse(view, args=args)


def _more_often(small_sql: list[str], large_sql: list[str]) -> dict[str, int]:
    """Query shapes (literals blanked) the larger page made more often, with how many more times."""
    import re
    from collections import Counter

    def shapes(queries):
        return Counter(re.sub(r"'[^']*'|\b\d+\b", "?", sql) for sql in queries)

    return dict(shapes(large_sql) - shapes(small_sql))


@pytest.fixture
def page_queries(client):
    """`page_queries(url)`: (response, SQL of every query the GET made), asserting the page answered 200."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def load(url: str):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return response, [q["sql"] for q in captured.captured_queries]

    return load


@pytest.fixture
def assert_queries_do_not_grow(page_queries):
    """`assert_queries_do_not_grow(url, add_rows, rows_in)`: load `url` (once to warm caches, then measured),
    call `add_rows()` to multiply the rows (at least threefold), load it again: both loads must make the same
    number of queries. `rows_in(response)` says how many rows the page shows, so the test proves the rows were
    really there. Returns (rows before, rows after, queries)."""

    def check(url: str, add_rows, rows_in):
        page_queries(url)
        small, small_sql = page_queries(url)
        add_rows()
        large, large_sql = page_queries(url)
        before, after = rows_in(small), rows_in(large)
        assert before > 0 and after >= 3 * before, (before, after)
        assert len(large_sql) == len(small_sql), (
            f"{url}: {len(small_sql)} queries with {before} rows, {len(large_sql)} with {after}; "
            f"made more often on the larger page: {_more_often(small_sql, large_sql)}")
        return before, after, len(small_sql)

    return check
