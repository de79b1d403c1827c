"""Plans from spreadsheets: a preview with a message per bad row, nothing saved unless everything is right."""

import io
from decimal import Decimal

import pytest

from birarada.plans import actions, imports
from birarada.plans.models import BudgetLine, Plan

HEADER = "objective_code,objective_title,action_code,action_title,year,allocated,spent,source,budget_code\n"


@pytest.fixture(autouse=True)
def english():
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def draft(city):
    return actions.do_create_plan(city["izmir"], slug="draft", actor=None, title="Taslak", start_year=2026,
                                  end_year=2028)


def test_a_plan_file_is_previewed_then_applied(draft):
    data = (HEADER + "H1,Eşit erişim,E1.1,Rampalar,2026,\"1.250.000,50\",0,municipal,46.01\n"
            "H1,,E1.1,,2027,1300000,,municipal,46.01\n"
            "H2,Nefret söylemi,E2.1,İzleme,2026,300000,,grant,\n").encode("utf-8")
    preview = imports.read(draft, "plan.csv", data)
    assert preview.ok and preview.new_objectives == ["H1 Eşit erişim", "H2 Nefret söylemi"]
    assert preview.new_actions == ["E1.1 Rampalar", "E2.1 İzleme"] and preview.budget_lines == 3
    assert not BudgetLine.objects.exists()  # a preview saves nothing
    assert imports.apply(draft, preview, actor=None) == 3
    assert BudgetLine.objects.get(year=2026, action__code="E1.1").allocated == Decimal("1250000.50")


def test_every_bad_row_gets_a_message_and_nothing_is_saved(draft):
    data = (HEADER + "H1,Erişim,E1.1,Rampalar,2031,100,,municipal,\n"
            "H1,Erişim,E1.2,Masa,2026,bin lira,,municipal,\n"
            ",,E1.3,,2026,100,,bağış,\n"
            "H1,Erişim,E1.4,Sesli anons,2026,-5,,municipal,\n"
            "H1,Erişim,E1.5,Doğru satır,2026,100,,municipal,\n").encode("utf-8")
    preview = imports.read(draft, "plan.csv", data)
    messages = dict(preview.errors)
    assert sorted(messages) == [2, 3, 4, 5]
    assert "outside the plan's period" in messages[2] and "is not a number" in messages[3]
    assert "objective code is empty" in messages[4] and "unknown funding source" in messages[4]
    assert "cannot be negative" in messages[5]
    with pytest.raises(actions.PlanError):
        imports.apply(draft, preview, actor=None)
    assert not draft.objectives.exists()


@pytest.mark.parametrize("data, message", [
    (b"objective_code,year\nH1,2026\n", "columns are missing"),
    (b"\x00\x01\x02\x03 binary", "plain text"),
    (HEADER.encode(), "no rows"),
])
def test_a_file_that_cannot_be_read_says_why(draft, data, message):
    with pytest.raises(imports.UnreadableFile, match=message):
        imports.read(draft, "plan.csv", data)


def test_a_turkish_excel_csv_with_semicolons_and_windows_1254_is_read(draft):
    data = ("objective_code;objective_title;action_code;action_title;year;allocated\n"
            "H1;Kadınlara yönelik şiddetle mücadele;E1;Sığınma evi;2026;2.500.000\n").encode("cp1254")
    preview = imports.read(draft, "plan.csv", data)
    assert preview.ok and preview.new_objectives == ["H1 Kadınlara yönelik şiddetle mücadele"]
    assert preview.rows[0].allocated == Decimal(2500000)


def test_an_xlsx_plan_is_read(draft):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["objective_code", "objective_title", "action_code", "action_title", "year", "allocated"])
    sheet.append(["H1", "Erişim", "E1", "Rampalar", 2026, 125000])
    out = io.BytesIO()
    book.save(out)
    preview = imports.read(draft, "plan.xlsx", out.getvalue())
    assert preview.ok and preview.rows[0].allocated == Decimal(125000)
    with pytest.raises(imports.UnreadableFile, match="Excel"):
        imports.read(draft, "plan.xlsx", b"PK\x03\x04 not really")


def test_monthly_budget_execution_updates_only_what_was_spent(draft):
    imports.apply(draft, imports.read(draft, "p.csv", (HEADER + "H1,Erişim,E1,Rampa,2026,1000,0,municipal,\n")
                                      .encode()), actor=None)
    preview = imports.read(draft, "execution.csv", b"action_code,year,spent\nE1,2026,420\nE9,2026,5\n",
                           kind="execution")
    assert dict(preview.errors) == {3: "the plan has no action E9"}
    preview = imports.read(draft, "execution.csv", b"action_code,year,spent\nE1,2026,420\n", kind="execution")
    imports.apply(draft, preview, actor=None)
    line = BudgetLine.objects.get()
    assert (line.allocated, line.spent) == (Decimal(1000), Decimal(420))
    assert Plan.objects.count() == 1


def test_a_coordinator_previews_and_imports_a_file_in_the_workspace(client, draft, city, make_member):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from birarada.core.models import Role

    client.force_login(make_member("coord", city["izmir"], Role.COORDINATOR))
    url = f"/en/workspace/izmir/plans/{draft.pk}/import/"
    bad = SimpleUploadedFile("plan.csv", (HEADER + "H1,Erişim,E1,Rampa,2026,çok,,municipal,\n").encode())
    response = client.post(url, {"kind": "plan", "file": bad})
    assert response.status_code == 400 and "Row 2:" in response.content.decode()
    good = SimpleUploadedFile("plan.csv", (HEADER + "H1,Erişim,E1,Rampa,2026,1000,,municipal,\n").encode())
    response = client.post(url, {"kind": "plan", "file": good})
    assert response.status_code == 200 and not BudgetLine.objects.exists()
    token = response.context["token"]
    assert client.post(url, {"token": token + "x"}).status_code == 302 and not BudgetLine.objects.exists()
    assert client.post(url, {"token": token}).status_code == 302
    assert BudgetLine.objects.get().allocated == Decimal(1000)


def test_an_import_into_an_adopted_plan_keeps_one_version_for_the_whole_file(draft):
    from datetime import date

    actions.do_change_plan_status(draft, "adopted", decision_number="9", decision_date=date(2026, 1, 5), actor=None)
    data = (HEADER + "".join(f"H1,Erişim,E{n},Eylem {n},2026,{100 * n},,municipal,\n" for n in range(1, 6))).encode()
    preview = imports.read(draft, "plan.csv", data)
    with pytest.raises(actions.PlanError, match="say why it changes"):
        imports.apply(draft, preview, actor=None)
    assert imports.apply(draft, preview, actor=None, reason="2026 ek bütçesi") == 5
    assert draft.versions.count() == 1 and draft.versions.get().reason == "2026 ek bütçesi"
