"""The plans dataset of the open data API: a plan appears once adopted, with what its public page shows."""

import json
from datetime import date

from birarada.plans import actions
from birarada.plans.models import Plan


def rows(client, query=""):
    response = client.get(f"/api/v1/open/plans/?{query}")
    assert response.status_code == 200
    return json.loads(response.content)["results"]


def test_a_draft_plan_appears_only_once_adopted(client, city):
    draft = actions.do_create_plan(city["izmir"], slug="taslak", actor=None, title="Taslak plan", start_year=2026,
                                   end_year=2030)
    assert rows(client) == []
    actions.do_change_plan_status(draft, "adopted", decision_number="2026/1", decision_date=date(2026, 1, 5),
                                  actor=None)
    assert [row["plan"] for row in rows(client)] == ["taslak"]


def test_the_row_is_the_public_plans_json(client, plan):
    from django.utils import timezone

    from birarada.plans.access import public_plan
    from birarada.plans.exports import plan_json
    from birarada.plans.progress import view_of

    [row] = rows(client)
    expected = plan_json(view_of(public_plan("izmir", "eep-2025"), timezone.localdate()))
    assert {key: value for key, value in row.items() if key in expected} == json.loads(json.dumps(expected))
    assert row["organization_name"] == "İzmir Equality Unit" and row["city"] == "İzmir"
    assert row["url"].endswith("/tr/plans/izmir/eep-2025/")
    budgets = [line for o in row["objectives"] for a in o["actions"] for line in a["budget"]]
    assert {line["allocated"] for line in budgets} == {"300.00", "400.00", "100.00"}
    assert [i["name"] for i in row["indicators"]] == ["Alınan başvurular", "Eğitilen personel"]
    assert rows(client, "city=eskisehir") == [] and len(rows(client, "city=IZMIR")) == 1


def test_a_closed_plan_stays_and_in_force_ones_too(client, plan):
    actions.do_change_plan_status(plan, "in_force", actor=None)
    assert [row["status"] for row in rows(client)] == ["in_force"]
    actions.do_change_plan_status(Plan.objects.get(pk=plan.pk), "closed", actor=None)
    assert [row["status"] for row in rows(client)] == ["closed"]
