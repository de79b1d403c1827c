"""Plans × every role × own / other organization / oversight / anonymous, through the shared matrix helper."""

import pytest

from tests import authz

EDITORS = {"admin", "coordinator"}
MODERATORS = {"admin", "coordinator", "moderator"}
NOTE_WRITERS = {"admin", "partner"}
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
        authz.View("import", "plans:plan_import", EDITORS, objects=("plan",)),
        authz.View("reviews", "plans:reviews", READERS, oversight=True),
        authz.View("review_log", "plans:reviews", EDITORS, method="post",
                   data={"title": "Yeni hat", "kind": "project", "received_on": "2026-11-02"}),
        authz.View("review", "plans:review", READERS, objects=("review",), oversight=True),
        authz.View("opinion", "plans:review_change", EDITORS, method="post", objects=("review",),
                   extra=("opinion",), data={"opinion": "favourable", "reasons": "Uygun.",
                                             "decided_on": "2026-11-20"}),
        authz.View("notes", "plans:notes", MODERATORS),
        authz.View("moderate", "plans:moderate_note", MODERATORS, method="post",
                   data=lambda objects: {"note": objects["note"], "decision": "publish"}),
        authz.View("write_note", "plans:write_note", NOTE_WRITERS),
        authz.View("districts", "plans:districts", {"admin", "coordinator"}, oversight=True),
        authz.View("visit", "plans:districts", EDITORS, method="post",
                   data=lambda objects: {"desk": objects["desk"], "visited_on": "2026-11-10", "topics": "Bütçe"}),
    ]

    @pytest.fixture
    def objects(self, city):
        from datetime import date

        from birarada.plans import actions
        from birarada.plans.models import MonitoringNote

        found = {}
        for slug in authz.ORGANIZATIONS:
            plan = actions.do_create_plan(city[slug], slug="plan", actor=None, title=f"Plan {slug}",
                                          start_year=2026, end_year=2028)
            public = actions.do_create_plan(city[slug], slug="public", actor=None, title=f"Public {slug}",
                                            start_year=2026, end_year=2028)
            objective = actions.do_add_objective(public, code="H1", title="H", actor=None)
            action = actions.do_add_action(objective, code="E1", title="E", actor=None)
            actions.do_change_plan_status(public, "adopted", decision_number="1", decision_date=date(2026, 1, 2),
                                          actor=None)
            note = MonitoringNote.objects.create(action=action, author_organization=city["ngo"], text="Gözlem")
            review = actions.do_log_review(city[slug], title=f"Review {slug}", received_on=date(2026, 10, 1),
                                           actor=None)
            found[slug] = {"plan": plan.pk, "review": review.pk, "note": note.pk, "desk": city["bornova"].pk}
        return found

    def state(self, organization):
        from birarada.plans.models import CoordinationVisit, EqualityReview, MonitoringNote, Objective, Plan

        return (list(Plan.objects.filter(organization=organization).values_list("slug", "status")),
                Objective.objects.filter(plan__organization=organization).count(),
                list(EqualityReview.objects.filter(organization=organization).values_list("title", "opinion")),
                list(MonitoringNote.objects.filter(action__objective__plan__organization=organization)
                     .values_list("status", flat=True)),
                CoordinationVisit.objects.filter(organization=organization).count())
