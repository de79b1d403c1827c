"""The audit log makes as many queries for 5N events as for N: no query per row (no N+1)."""

from birarada.core.actions import record_audit
from birarada.core.models import AuditEvent, Role
from tests.conftest import en

N = 8  # and 5N = 40 events after adding 4N (plus the few the fixtures record): one page of 50


def test_audit_log(client, city, alice, bob, make_member, assert_queries_do_not_grow):
    actors = [alice, bob, make_member("carol", city["izmir"], Role.CASE_WORKER), None]

    def add(n):
        for i in range(n):
            record_audit(actor=actors[i % len(actors)], verb="test.event", organization=city["izmir"],
                         target=[city["izmir"], city["bornova"], None][i % 3], changes={"i": i})

    add(N)
    client.force_login(alice)
    before, after, _queries = assert_queries_do_not_grow(en("core:audit_log", "izmir"), lambda: add(4 * N),
                                                         lambda r: len(r.context["page"].object_list))
    assert after == AuditEvent.objects.filter(organization=city["izmir"]).count() <= 50
