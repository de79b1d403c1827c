"""Needs assessment × every role × own / other organization / oversight / anonymous (the shared matrix)."""

import pytest

from tests import authz

MANAGERS = {"admin", "coordinator"}
READERS = {"admin", "coordinator", "communications", "case_worker", "viewer"}


class TestNeedsMatrix(authz.Matrix):
    namespace = "needs"
    views = [
        authz.View("studies", "needs:studies", READERS, oversight=True),
        authz.View("create", "needs:studies", MANAGERS, method="post",
                   data={"title": "Yeni çalışma", "slug": "yeni"}),
        authz.View("study", "needs:study", READERS, objects=("study",), oversight=True),
        authz.View("report", "needs:report", READERS, objects=("study",), oversight=True),
        authz.View("finding", "needs:study_change", MANAGERS, method="post", objects=("study",),
                   extra=("finding",), data={"text": "Bir bulgu", "areas": ["health"]}),
        authz.View("group", "needs:group", READERS, objects=("group",), oversight=True),
        authz.View("grid", "needs:group_change", MANAGERS, method="post", objects=("group",), extra=("grid",),
                   data={"planned_size": 12, "t-gender-woman": 50}),
    ]

    @pytest.fixture
    def objects(self, city):
        from birarada.needs import actions
        from tests.needs.conftest import make_event

        found = {}
        for slug in authz.ORGANIZATIONS:
            study = actions.do_create_study(city[slug], slug="calisma", title=f"Çalışma {slug}", actor=None)
            group = actions.do_add_event_to_study(study, make_event(city[slug], "fg"), actor=None)
            found[slug] = {"study": study.pk, "group": group.pk}
        return found

    def state(self, organization):
        from birarada.needs.models import FocusGroup, Study

        return (list(Study.objects.filter(organization=organization).values_list("slug", "title")),
                list(FocusGroup.objects.filter(study__organization=organization)
                     .values_list("planned_size", "targets")),
                sorted(Study.objects.filter(organization=organization).values_list("findings__text", flat=True),
                       key=str))
