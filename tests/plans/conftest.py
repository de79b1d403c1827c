from datetime import date
from decimal import Decimal

import pytest

from birarada.core.models import Role
from birarada.plans import actions
from tests.incidents.conftest import make_case  # noqa: F401  (reports that computed indicators count)


@pytest.fixture
def coordinator(city, make_member):
    return make_member("coord", city["izmir"], Role.COORDINATOR)


@pytest.fixture
def plan(city):
    """An adopted plan with two objectives, three actions, budgets over two years and two indicators."""
    plan = actions.do_create_plan(city["izmir"], slug="eep-2025", actor=None, title="Eşitlik Eylem Planı 2025–2029",
                                  start_year=2025, end_year=2029, grounds=["migration"], weighting="budget")
    access = actions.do_add_objective(plan, code="H1", title="Hizmetlere eşit erişim", actor=None)
    hate = actions.do_add_objective(plan, code="H2", title="Nefret söylemiyle mücadele", actor=None)
    bus = actions.do_add_action(access, code="E1.1", title="Otobüslerde erişilebilirlik", actor=None,
                                starts_on=date(2025, 1, 1), ends_on=date(2026, 12, 31))
    desk = actions.do_add_action(access, code="E1.2", title="Çok dilli danışma masası", actor=None)
    watch = actions.do_add_action(hate, code="E2.1", title="Medya izleme", actor=None)
    for action, year, allocated, spent in ((bus, 2025, 300, 300), (bus, 2026, 300, 100), (desk, 2025, 400, 50),
                                           (watch, 2025, 100, 120)):
        actions.do_set_budget_line(action, year=year, allocated=Decimal(allocated), spent=Decimal(spent), actor=None)
    first = actions.do_add_milestone(bus, title="Denetim", due_on=date(2025, 6, 1), actor=None)
    actions.do_add_milestone(bus, title="Rapor", due_on=date(2025, 12, 1), actor=None)
    actions.do_complete_milestone(first, done_on=date(2025, 6, 2), actor=None)
    actions.do_update_action(watch, status="done", actor=None)
    actions.do_add_indicator(plan, name="Alınan başvurular", objective=access, actor=None, unit="başvuru",
                             computed_key="incidents.reports_received", baseline=Decimal(10))
    trained = actions.do_add_indicator(plan, name="Eğitilen personel", objective=hate, actor=None, unit="kişi",
                                       baseline=Decimal(0), target=Decimal(500))
    actions.do_record_indicator_value(trained, measured_on=date(2025, 12, 31), value=Decimal(120), actor=None)
    actions.do_change_plan_status(plan, "adopted", decision_number="2025/7", decision_date=date(2025, 2, 1),
                                  actor=None)
    return plan


@pytest.fixture(autouse=True)
def english_messages():
    """Actions' messages are read in English here (pages choose their language by address)."""
    from django.utils import translation

    with translation.override("en"):
        yield
