"""Plans × every role × own / other organization / oversight / anonymous, through the shared matrix helper."""

import pytest

from tests import authz

EDITORS = {"admin", "coordinator"}
READERS = {"admin", "coordinator", "case_worker", "moderator", "communications", "viewer", "partner"}


class TestPlansMatrix(authz.Matrix):
    namespace = "plans"
    views = [
        authz.View("plans", "plans:plans", READERS, oversight=True),
        authz.View("create", "plans:plans", EDITORS, method="post",
                   data={"title": "P", "slug": "p-new", "start_year": "2026", "end_year": "2027",
                         "weighting": "weight"}),
        authz.View("plan", "plans:plan", READERS, objects=("plan",), oversight=True),
        authz.View("objective", "plans:plan_change", EDITORS, method="post", objects=("plan",),
                   extra=("objective",), data={"code": "H9", "title": "Yeni", "weight": "1"}),
        authz.View("status", "plans:plan_change", EDITORS, method="post", objects=("plan",), extra=("status",),
                   data={"status": "adopted", "decision_number": "1", "decision_date": "2026-01-01"}),
    ]

    @pytest.fixture
    def objects(self, city):
        from birarada.plans import actions

        found = {}
        for slug in authz.ORGANIZATIONS:
            plan = actions.do_create_plan(city[slug], slug="plan", actor=None, title=f"Plan {slug}",
                                          start_year=2026, end_year=2028)
            found[slug] = {"plan": plan.pk}
        return found

    def state(self, slug):
        from birarada.plans.models import Objective, Plan

        return (list(Plan.objects.filter(organization__slug=slug).values_list("slug", "status")),
                Objective.objects.filter(plan__organization__slug=slug).count())
