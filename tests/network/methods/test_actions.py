"""The method pool's actions: one transaction and one audit row each, addresses from titles the Turkish way,
and `methods_used_at` for other modules."""

import pytest
from django.utils import timezone

from birarada.core.models import AuditEvent
from birarada.core.modules import audit_verb_labels
from birarada.network import methods as actions
from birarada.network.choices import MethodStatus
from birarada.network.models import Method

from .conftest import make_event, make_method, pdf_bytes, upload


@pytest.mark.parametrize("title,slug", [
    ("Önyargı Çarkı: Işık ve Gölge", "onyargi-carki-isik-ve-golge"),
    ("İLK ADIM — IŞIK", "ilk-adim-isik"),
    ("Ağaç şölen üzüm", "agac-solen-uzum"),
    ("حوار المدينة", "method"),
    ("", "method"),
])
def test_slugs_are_turkish_aware(title, slug):
    assert actions.slug_for(title, taken=[]) == slug


def test_slugs_are_unique(city, network):
    first = make_method(city["izmir"], network, title="Çember")
    second = make_method(city["bornova"], network, title="ÇEMBER")
    third = make_method(city["izmir"], network, title="Çember!")
    assert [first.slug, second.slug, third.slug] == ["cember", "cember-2", "cember-3"]
    assert actions.slug_for("x" * 300, taken=[]) == "x" * actions.SLUG_LENGTH


def audit_rows(verb):
    return list(AuditEvent.objects.filter(verb=verb))


def test_each_action_writes_exactly_one_audit_row(city, network, writer, editor):
    method = actions.do_create_method(city["izmir"], network=network, actor=writer, title="Çember",
                                      purpose="Amaç", audience="Herkes", steps="Bir\nİki", grounds=["age"])
    assert [r.organization for r in audit_rows("method.create")] == [city["izmir"]]
    assert audit_rows("method.create")[0].actor == writer

    actions.do_update_method(method, actor=writer, duration_minutes=30)
    assert len(audit_rows("method.update")) == 1
    item = actions.do_add_method_file(method, title="Kart", upload=upload("kart.pdf", pdf_bytes()), actor=writer)
    assert len(audit_rows("method.file_add")) == 1
    actions.do_remove_method_file(item, actor=writer)
    assert len(audit_rows("method.file_remove")) == 1

    actions.do_publish_method(method, actor=editor)
    assert [r.organization for r in audit_rows("method.publish")] == [network]
    actions.do_unpublish_method(method, actor=editor)
    assert [r.organization for r in audit_rows("method.unpublish")] == [network]
    method = actions.do_publish_method(method, actor=editor)

    actions.do_log_method_use(method, city["elsewhere"], used_on=timezone.localdate(), rating=5, report="İyi",
                              actor=None)
    assert [r.organization for r in audit_rows("method.use")] == [city["elsewhere"]]
    assert AuditEvent.objects.filter(verb__startswith="method.").count() == 8


def test_every_verb_is_described(db):
    labels = audit_verb_labels()
    for verb in ("method.create", "method.update", "method.file_add", "method.file_remove", "method.publish",
                 "method.unpublish", "method.use"):
        assert verb in labels and str(labels[verb]) != verb


def test_a_refused_action_leaves_no_trace(city, network):
    method = make_method(city["izmir"], network, publish=True)
    before = AuditEvent.objects.count()
    with pytest.raises(actions.MethodError):
        actions.do_publish_method(method, actor=None)
    with pytest.raises(actions.MethodError):
        actions.do_update_method(method, actor=None, steps="   ")
    with pytest.raises(actions.MethodError):
        actions.do_add_method_file(method, title="Not", upload=upload("not.txt", b"metin"), actor=None)
    assert AuditEvent.objects.count() == before
    method.refresh_from_db()
    assert method.steps.startswith("Tanışma oyunu") and not method.files.exists()


def test_a_published_method_stays_in_its_network(city, network):
    from birarada.core.models import Organization, OrganizationKind

    from .conftest import join

    other = Organization.objects.create(slug="ikinci", name="İkinci Ağ", kind=OrganizationKind.NETWORK)
    join(other, city["izmir"])
    method = make_method(city["izmir"], network, publish=True)
    with pytest.raises(actions.MethodError, match="stays in the pool"):
        actions.do_update_method(method, actor=None, network=other)
    draft = make_method(city["izmir"], network, title="Taslak")
    assert actions.do_update_method(draft, actor=None, network=other).network == other


def test_steps_are_read_one_a_line_without_typed_numbers(city, network):
    method = Method(steps="1. Tanışma\n\n2) Çark\n   Tartışma  \n10. Kapanış")
    assert actions.steps_of(method) == ["Tanışma", "Çark", "Tartışma", "Kapanış"]


def test_methods_used_at_events(city, network):
    first = make_method(city["izmir"], network, publish=True, title="Zeytin")
    second = make_method(city["izmir"], network, publish=True, title="Çember")
    hidden = make_method(city["izmir"], network, publish=True, title="Gizli")
    event, other, unused = (make_event(city["elsewhere"], slug=s) for s in ("bir", "iki", "uc"))
    today = timezone.localdate()
    for method, at in ((first, event), (second, event), (first, event), (second, other), (hidden, other)):
        actions.do_log_method_use(method, city["elsewhere"], used_on=today, rating=4, report="x", event=at,
                                  actor=None)
    actions.do_log_method_use(first, city["elsewhere"], used_on=today, rating=4, report="no event", actor=None)
    actions.do_unpublish_method(hidden, actor=None)
    found = actions.methods_used_at([event.pk, other.pk, unused.pk])
    assert {k: [m.title for m in v] for k, v in found.items()} == {event.pk: ["Çember", "Zeytin"],
                                                                    other.pk: ["Çember"]}
    assert actions.methods_used_at([]) == {}
    assert all(m.status == MethodStatus.PUBLISHED for methods in found.values() for m in methods)


def test_an_organization_may_report_several_uses(city, network):
    method = make_method(city["izmir"], network, publish=True)
    for rating in (2, 4):
        actions.do_log_method_use(method, city["bornova"], used_on=timezone.localdate(), rating=rating,
                                  report="x", actor=None)
    assert method.uses.filter(organization=city["bornova"]).count() == 2
