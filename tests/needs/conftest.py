from datetime import date, timedelta

import pytest
from django.utils import timezone

from birarada.core.models import Role
from birarada.events import actions as events
from birarada.needs import actions
from birarada.plans import actions as plans


@pytest.fixture(autouse=True)
def english_messages():
    """Actions' messages are read in English here (pages choose their language by address)."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def coordinator(city, make_member):
    return make_member("coord", city["izmir"], Role.COORDINATOR)


def make_event(organization, slug, kind="focus_group", days=-3, title=None):
    start = timezone.now() + timedelta(days=days)
    return events.do_create_event(organization, slug=slug, kind=kind, title=title or f"Odak grubu {slug}",
                                  starts_at=start, ends_at=start + timedelta(hours=2), actor=None, is_public=False)


@pytest.fixture
def study(city):
    study = actions.do_create_study(city["izmir"], slug="ihtiyac-2026", title="Kapsayıcı kent ihtiyaç analizi",
                                    actor=None, grounds=["migration", "disability"])
    return study


@pytest.fixture
def groups(study):
    """Two focus groups of the study (refugees; persons with disabilities) and a CSO meeting."""
    refugees = actions.do_add_event_to_study(study, make_event(study.organization, "fg-gocmen"), actor=None)
    disabled = actions.do_add_event_to_study(study, make_event(study.organization, "fg-engelli"), actor=None)
    actions.do_add_event_to_study(study, make_event(study.organization, "stk", kind="cso_meeting"), actor=None)
    actions.do_set_grid(refugees, targets={"gender": {"woman": 50, "man": 50}}, planned_size=10,
                        target_grounds=["migration"], actor=None)
    actions.do_set_grid(disabled, targets={"gender": {"woman": 50, "man": 50}}, planned_size=8,
                        target_grounds=["disability"], actor=None)
    return refugees, disabled


@pytest.fixture
def plan(city):
    plan = plans.do_create_plan(city["izmir"], slug="eep", actor=None, title="Eşitlik Eylem Planı 2026–2030",
                                start_year=2026, end_year=2030, grounds=["migration"])
    plans.do_add_objective(plan, code="H1", title="Hizmetlere eşit erişim", actor=None)
    plans.do_change_plan_status(plan, "adopted", decision_number="2026/3", decision_date=date(2026, 2, 1),
                                actor=None)
    return plan
