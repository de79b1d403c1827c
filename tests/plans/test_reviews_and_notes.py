"""Equality reviews (mandatory consultancy) and civil-society monitoring notes."""

from datetime import date

import pytest

from birarada.core.models import AuditEvent, Role
from birarada.core.modules import indicators
from birarada.plans import actions
from birarada.plans.models import EqualityReview, MonitoringNote
from tests.conftest import en


def test_a_review_is_logged_given_an_opinion_and_followed_up(client, city, coordinator):
    transport = actions.do_add_directorate(city["izmir"], "Ulaşım Dairesi", actor=None)
    client.force_login(coordinator)
    response = client.post(en("plans:reviews", "izmir"), {
        "title": "302 numaralı yeni otobüs hattı", "directorate": str(transport.pk), "kind": "project",
        "grounds": ["disability", "age"], "received_on": "2026-11-02", "due_on": "2026-11-30"})
    review = EqualityReview.objects.get()
    assert response.status_code == 302 and review.directorate == transport
    base = f"/en/workspace/izmir/equality-reviews/{review.pk}/"
    refused = client.post(base + "opinion/", {"opinion": "conditional", "reasons": "Duraklar erişilemez.",
                                              "decided_on": "2026-11-20"})
    assert refused.status_code == 400 and "at least one recommendation" in refused.content.decode()
    client.post(base + "opinion/", {"opinion": "conditional", "reasons": "Duraklar erişilemez.",
                                    "recommendations": "Rampalı duraklar\nSesli anons", "decided_on": "2026-11-20"})
    first, second = review.recommendations.all()
    client.post(base + "follow_up/", {"recommendation": str(first.pk), "adopted": "yes", "on": "2026-12-01"})
    client.post(base + "follow_up/", {"recommendation": str(second.pk), "adopted": "no", "on": "2026-12-01"})
    found = indicators()
    ids, since, until = {city["izmir"].pk}, date(2026, 1, 1), date(2026, 12, 31)
    assert found["plans.reviews_completed"].value(ids, since, until) == 1
    assert found["plans.recommendations_adopted"].value(ids, since, until) == 50.0
    events = AuditEvent.objects.filter(target_type="plans.equalityreview", target_id=str(review.pk))
    assert set(events.values_list("verb", flat=True)) == {
        "review.log", "review.opinion", "review.follow_up"}


def test_a_review_due_before_it_arrived_is_refused(client, city, coordinator):
    client.force_login(coordinator)
    response = client.post(en("plans:reviews", "izmir"), {"title": "X", "kind": "event",
                                                          "received_on": "2026-11-02", "due_on": "2026-10-01"})
    assert response.status_code == 400 and not EqualityReview.objects.exists()


@pytest.fixture
def partner_member(city, make_member):
    city["ngo"].uses_platform = True
    city["ngo"].save(update_fields=["uses_platform"])
    return make_member("ngo-member", city["ngo"], Role.PARTNER)


def test_a_partner_note_is_screened_moderated_and_published_with_an_answer(client, city, plan, partner_member,
                                                                           make_member):
    action = plan.objectives.first().actions.first()
    client.force_login(partner_member)
    listing = client.get(en("plans:write_note", "ngo")).content.decode()
    assert action.title in listing
    response = client.post(en("plans:write_note", "ngo") + f"?action={action.pk}",
                           {"action": str(action.pk), "text": "Rampalar kuruldu ama iki durakta bozuk.",
                            "rating": "3", "evidence_link": "https://example.org/foto"})
    assert response.status_code == 302
    note = MonitoringNote.objects.get()
    assert note.status == "waiting" and note.engine_label == "none" and note.author_organization == city["ngo"]
    assert "iki durakta bozuk" not in client.get("/en/plans/izmir/eep-2025/").content.decode()  # not yet

    moderator = make_member("mod", city["izmir"], Role.MODERATOR)
    client.force_login(moderator)
    assert "iki durakta bozuk" in client.get(en("plans:notes", "izmir")).content.decode()
    client.post(en("plans:moderate_note", "izmir"), {"note": str(note.pk), "decision": "publish",
                                                     "answer": "Teşekkürler, Ulaşım Dairesine iletildi."})
    page = client.get("/en/plans/izmir/eep-2025/").content.decode()
    assert "iki durakta bozuk" in page and "Ulaşım Dairesine iletildi" in page


def test_hateful_notes_are_flagged_for_moderators_and_never_published_by_themselves(client, city, plan,
                                                                                     partner_member):
    action = plan.objectives.first().actions.first()
    client.force_login(partner_member)
    client.post(en("plans:write_note", "ngo"), {"action": str(action.pk),
                                                "text": "Suriyeliler bu ülkeden defolup gitsin, hepsi pis."})
    note = MonitoringNote.objects.get()
    assert note.engine_label == "hateful" and note.status == "waiting"
    assert "defolup" not in client.get("/en/plans/izmir/eep-2025/").content.decode()


def test_notes_only_on_adopted_plans(client, city, partner_member):
    draft = actions.do_create_plan(city["izmir"], slug="draft", actor=None, title="T", start_year=2026,
                                   end_year=2027)
    objective = actions.do_add_objective(draft, code="H1", title="H", actor=None)
    hidden = actions.do_add_action(objective, code="E1", title="Gizli eylem", actor=None)
    client.force_login(partner_member)
    assert client.get(en("plans:write_note", "ngo") + f"?action={hidden.pk}").status_code == 404
    assert "Gizli eylem" not in client.get(en("plans:write_note", "ngo")).content.decode()
