"""Equality action plans: progress that rolls up, budgets per year, indicators manual and computed, a public page
with open data, and every change audited."""

import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest

from birarada.core.models import AuditEvent
from birarada.plans import actions
from birarada.plans.access import with_parts
from birarada.plans.models import IndicatorValue, Plan
from birarada.plans.progress import view_of
from tests.conftest import en


def loaded(plan):
    return with_parts(Plan.objects.filter(pk=plan.pk)).get()


def test_progress_rolls_up_from_milestones_weighted_by_budget(plan):
    view = view_of(loaded(plan), date(2026, 3, 1))
    by_code = {a.action.code: a for o in view.objectives for a in o.actions}
    assert by_code["E1.1"].progress == 50  # one of two milestones
    assert by_code["E1.2"].progress == 0 and by_code["E2.1"].progress == 100  # done
    # H1: (50 × 600 + 0 × 400) / 1000 = 30; H2: 100. Plan: (30 × 1000 + 100 × 100) / 1100 = 36.
    assert [o.progress for o in view.objectives] == [30, 100]
    assert view.progress == 36
    assert by_code["E2.1"].overspent and not by_code["E1.1"].overspent
    assert [(y.year, y.allocated, y.spent) for y in view.budget][:2] == [
        (2025, Decimal(800), Decimal(470)), (2026, Decimal(300), Decimal(100))]


def test_weighting_by_explicit_weight(plan):
    plan.weighting = "weight"
    plan.save(update_fields=["weighting"])
    view = view_of(loaded(plan), date(2026, 3, 1))
    assert [o.progress for o in view.objectives] == [25, 100] and view.progress == 62


def test_changes_are_refused_with_reasons(plan):
    objective = plan.objectives.first()
    action = objective.actions.first()
    with pytest.raises(actions.PlanError, match="outside the plan's period"):
        actions.do_set_budget_line(action, year=2031, allocated=Decimal(1), actor=None)
    with pytest.raises(actions.PlanError, match="negative"):
        actions.do_set_budget_line(action, year=2025, allocated=Decimal(-5), actor=None)
    with pytest.raises(actions.PlanError, match="Say why"):
        actions.do_update_action(action, status="dropped", actor=None)
    with pytest.raises(actions.PlanError, match="cannot go from"):
        actions.do_change_plan_status(plan, "draft", actor=None)
    with pytest.raises(actions.PlanError, match="No module computes"):
        actions.do_add_indicator(plan, name="x", computed_key="nothing.here", actor=None)


def test_adoption_needs_the_assembly_decision(city):
    draft = actions.do_create_plan(city["izmir"], slug="d", actor=None, title="T", start_year=2026, end_year=2027)
    with pytest.raises(actions.PlanError, match="decision number and date"):
        actions.do_change_plan_status(draft, "adopted", actor=None)
    actions.do_change_plan_status(draft, "adopted", decision_number="12", decision_date=date(2026, 1, 5),
                                  actor=None)
    assert AuditEvent.objects.filter(verb="plan.status", target_id=str(draft.pk)).count() == 1


def test_computed_indicators_follow_new_reports_when_the_task_runs(plan, make_case):
    from birarada.plans.tasks import recompute_indicators

    indicator = plan.indicators.get(computed_key="incidents.reports_received")
    assert recompute_indicators.call() >= 1
    first = IndicatorValue.objects.get(indicator=indicator).value
    for _ in range(3):
        make_case()
    recompute_indicators.call()
    assert IndicatorValue.objects.get(indicator=indicator).value == first + 3  # one value a day, corrected


def test_the_public_page_shows_progress_budgets_and_indicators_in_every_language(client, plan):
    for lang in ("tr", "en", "ar"):
        response = client.get(f"/{lang}/plans/izmir/eep-2025/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Otobüslerde erişilebilirlik" in html and "Eğitilen personel" in html
        assert '<progress id="plan-progress" max="100" value="36">' in html
    english = client.get("/en/plans/izmir/eep-2025/").content.decode()
    assert "over budget" in english and "800 TRY" in english


def test_drafts_are_not_public(client, city):
    actions.do_create_plan(city["izmir"], slug="draft", actor=None, title="Taslak", start_year=2026, end_year=2027)
    assert client.get("/en/plans/izmir/draft/").status_code == 404
    assert "Taslak" not in client.get("/en/plans/").content.decode()


def test_the_plan_downloads_as_csv_and_json(client, plan):
    data = json.loads(client.get("/en/plans/izmir/eep-2025/plan.json").content)
    assert data["progress_percent"] == 36 and data["decision"] == {"number": "2025/7", "date": "2025-02-01"}
    assert [a["code"] for o in data["objectives"] for a in o["actions"]] == ["E1.1", "E1.2", "E2.1"]
    assert data["indicators"][1]["values"] == [{"date": "2025-12-31", "value": "120.00", "ground": None,
                                                "source": "", "evidence": None}]
    rows = list(csv.reader(io.StringIO(client.get("/en/plans/izmir/eep-2025/plan.csv").content.decode())))
    assert rows[0][:3] == ["objective", "action", "title"] and len(rows) == 1 + 4


def test_a_coordinator_builds_a_plan_in_the_workspace(client, city, coordinator):
    client.force_login(coordinator)
    response = client.post(en("plans:plans", "izmir"), {
        "title": "Yeni plan", "slug": "yeni", "start_year": "2026", "end_year": "2030", "weighting": "weight"})
    plan = Plan.objects.get(slug="yeni")
    assert response.status_code == 302
    base = f"/en/workspace/izmir/plans/{plan.pk}/"
    assert client.post(base + "objective/", {"code": "H1", "title": "Erişim", "weight": "1"}).status_code == 302
    objective = plan.objectives.get()
    assert client.post(base + "action/", {"objective": str(objective.pk), "code": "E1", "title": "Rampalar",
                                          "owner_kind": "unit"}).status_code == 302
    action = objective.actions.get()
    assert client.post(base + "budget/", {"action": str(action.pk), "year": "2026", "source": "municipal",
                                          "allocated": "1000", "spent": "0"}).status_code == 302
    bad = client.post(base + "budget/", {"action": str(action.pk), "year": "2026", "source": "municipal",
                                         "allocated": "bin lira", "spent": "0"})
    assert bad.status_code == 400 and action.budget_lines.get().allocated == Decimal(1000)
    assert client.post(base + "indicator/", {"name": "Başvurular", "attached_to": f"objective-{objective.pk}",
                                             "direction": "up", "frequency": "yearly",
                                             "computed_key": "incidents.reports_received"}).status_code == 302
    assert client.post(base + "status/", {"status": "adopted", "decision_number": "2026/3",
                                          "decision_date": "2026-01-20"}).status_code == 302
    assert client.get("/en/plans/izmir/yeni/").status_code == 200
    verbs = set(AuditEvent.objects.filter(target_id=str(plan.pk)).values_list("verb", flat=True))
    assert {"plan.create", "plan.objective_add", "plan.action_add", "plan.budget_set", "plan.indicator_add",
            "plan.status"} <= verbs


def test_the_public_page_costs_the_same_queries_with_more_actions(client, plan, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/plans/izmir/eep-2025/").status_code == 200
        return len(captured)

    client.get("/en/plans/izmir/eep-2025/")
    before = count()
    objective = plan.objectives.first()
    for n in range(12):
        action = actions.do_add_action(objective, code=f"X{n}", title=f"Ek eylem {n}", actor=None,
                                       reason="Meclis kararıyla genişletildi")
        actions.do_set_budget_line(action, year=2027, allocated=Decimal(10), actor=None, reason="Ek bütçe")
        actions.do_add_milestone(action, title="m", due_on=date(2027, 1, 1), actor=None)
    assert count() == before


def test_a_coordinator_compares_district_plans_and_records_visits(client, city, coordinator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def desk_plan(n):
        plan = actions.do_create_plan(city["bornova"], slug=f"p{n}", actor=None, title=f"Bornova planı {n}",
                                      start_year=2026, end_year=2028)
        objective = actions.do_add_objective(plan, code="H1", title="Erişim", actor=None)
        action = actions.do_add_action(objective, code="E1", title="Rampa", actor=None, ends_on=date(2026, 2, 1))
        actions.do_set_budget_line(action, year=2026, allocated=Decimal(1000), spent=Decimal(250), actor=None)

    desk_plan(1)
    client.force_login(coordinator)
    url = en("plans:districts", "izmir")
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        page = client.get(url).content.decode()
    assert "Bornova planı 1" in page and "250 TRY / 1,000 TRY" in page
    for n in range(2, 7):
        desk_plan(n)
    with CaptureQueriesContext(connection) as six:
        assert "Bornova planı 6" in client.get(url).content.decode()
    assert len(six) == len(one)
    response = client.post(url, {"desk": str(city["bornova"].pk), "visited_on": "2026-11-10",
                                 "topics": "Bütçe planlaması", "follow_ups": "Aralıkta ikinci ziyaret"})
    assert response.status_code == 302
    assert "Aralıkta ikinci ziyaret" in client.get(url).content.decode()
    refused = client.post(url, {"desk": str(city["elsewhere"].pk), "visited_on": "2026-11-10", "topics": "x"})
    assert refused.status_code == 400


def test_changes_after_adoption_keep_the_earlier_version_with_a_reason(client, plan):
    objective = plan.objectives.first()
    with pytest.raises(actions.PlanError, match="say why it changes"):
        actions.do_add_action(objective, code="E1.9", title="Yeni eylem", actor=None)
    actions.do_add_action(objective, code="E1.9", title="Yeni eylem", actor=None, reason="2026 bütçe revizyonu")
    line = plan.objectives.first().actions.first().budget_lines.first()
    actions.do_set_budget_line(line.action, year=line.year, allocated=line.allocated, spent=Decimal(999),
                               actor=None)  # spending is execution, not a change of the plan: no reason needed
    page = client.get("/en/plans/izmir/eep-2025/").content.decode()
    assert "Changes since adoption" in page and "2026 bütçe revizyonu" in page
    version = plan.versions.get()
    earlier = json.loads(client.get(f"/en/plans/izmir/eep-2025/versions/{version.pk}.json").content)
    codes = [a["code"] for o in earlier["plan"]["objectives"] for a in o["actions"]]
    assert "E1.9" not in codes and "E1.1" in codes and earlier["reason"] == "2026 bütçe revizyonu"


def test_the_next_plan_carries_over_unfinished_actions_and_indicator_history(client, city, plan, coordinator):
    client.force_login(coordinator)
    response = client.post(f"/en/workspace/izmir/plans/{plan.pk}/next/", {
        "title": "Eşitlik Eylem Planı 2030–2034", "slug": "eep-2030", "start_year": "2030", "end_year": "2034"})
    following = Plan.objects.get(slug="eep-2030")
    assert response.status_code == 302 and following.status == "draft"
    codes = sorted(a.code for o in following.objectives.all() for a in o.actions.all())
    assert codes == ["E1.1", "E1.2"]  # E2.1 was done
    assert [m.title for m in following.objectives.get(code="H1").actions.get(code="E1.1").milestones.all()] == [
        "Rapor"]  # the milestone already reached stays with the old plan
    trained = following.indicators.get(name="Eğitilen personel")
    assert [(v.measured_on, v.value) for v in trained.values.all()] == [(date(2025, 12, 31), Decimal(120))]


@pytest.mark.parametrize("what, data", [("status", {}), ("objective", {"code": ""}), ("action", {}),
                                        ("budget", {"allocated": "-5"}), ("indicator", {}), ("value", {}),
                                        ("milestone", {}), ("next", {"slug": "a b"})])
def test_every_plan_form_answers_bad_input_with_a_400_and_changes_nothing(client, plan, coordinator, what, data):
    client.force_login(coordinator)
    before = AuditEvent.objects.count()
    response = client.post(f"/en/workspace/izmir/plans/{plan.pk}/{what}/", data)
    assert response.status_code == 400
    assert AuditEvent.objects.count() == before


def test_the_progress_report_is_a_real_pdf_with_the_plan_in_it(client, plan):
    import io

    from pypdf import PdfReader

    response = client.get("/en/plans/izmir/eep-2025/plan.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Eşitlik Eylem Planı 2025–2029" in text and "Otobüslerde erişilebilirlik" in text
    assert "36%" in text and "Eğitilen personel" in text


def test_a_value_for_one_ground_with_its_evidence(client, plan, coordinator):
    client.force_login(coordinator)
    trained = plan.indicators.get(name="Eğitilen personel")
    response = client.post(f"/en/workspace/izmir/plans/{plan.pk}/value/", {
        "indicator": str(trained.pk), "measured_on": "2026-06-30", "value": "35", "ground": "disability",
        "evidence_link": "https://example.org/egitim-listesi.pdf", "source": "İK"})
    assert response.status_code == 302
    page = client.get("/en/plans/izmir/eep-2025/").content.decode()
    assert "35.00 <span class=\"meta\">(Disability)</span>" in page and "egitim-listesi.pdf" in page


def test_the_summary_of_many_plans_agrees_with_the_full_view(plan, city):
    from birarada.plans.progress import summaries

    actions.do_update_action(plan.objectives.first().actions.last(), status="late", actor=None)
    other = actions.do_create_plan(city["izmir"], slug="w", actor=None, title="W", start_year=2026, end_year=2027,
                                   weighting="weight")
    objective = actions.do_add_objective(other, code="H1", title="H", actor=None, weight=Decimal(3))
    done = actions.do_add_action(objective, code="E1", title="E", actor=None)
    actions.do_update_action(done, status="done", actor=None)
    actions.do_add_action(objective, code="E2", title="F", actor=None)
    today = date(2027, 3, 1)
    for summary in summaries([plan, other], today):
        view = view_of(loaded(summary.plan), today)
        assert summary.progress == view.progress
        assert (summary.allocated, summary.spent) == (view.total_allocated, view.total_spent)
        assert summary.late == len(view.late)
        assert summary.off_target == sum(1 for s in view.indicators if s.on_track is False)


def test_the_turkish_page_says_eylem_and_the_arabic_report_is_given_in_the_citys_language(client, plan):
    page = client.get("/tr/plans/izmir/eep-2025/").content.decode()
    assert '<th scope="col">Eylem</th>' in page
    response = client.get("/ar/plans/izmir/eep-2025/plan.pdf")
    import io

    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert not any("\u0600" <= ch <= "\u06ff" for ch in text)
