"""The method pool's workspace pages × every role × own / other organization / oversight / anonymous (the shared
matrix, tests/authz.py), and the review pages, which open in a network's workspace, by hand in the same way.

Writing methods and reporting uses is for an organization's own coordinators, communications officers and
partners (and administrators); reviewing is for the network's own administrators and coordinators, and for the
administrators and coordinators of a member that coordinates the network."""

import pytest
from django.urls import reverse
from django.utils import timezone

from birarada.core.models import Organization, OrganizationKind, Role
from birarada.network.models import Method, MethodFile, MethodUse
from tests import authz

from .conftest import form_data, join, make_method, pdf_bytes, upload

CONTRIBUTORS = {"admin", "coordinator", "communications", "partner"}
EDITORS = {"admin", "coordinator"}
NOBODY: set[str] = set()


def _use(objects):
    return {"method": objects["published"], "used_on": timezone.localdate().isoformat(), "rating": "4",
            "report": "İyi gitti."}


def _method(objects):
    return {**form_data(Organization(pk=objects["network"])), "title": "Yeni başlık"}


class TestMethodsMatrix(authz.Matrix):
    namespace = "network"
    views = [
        authz.View("mine", "network:my_methods", CONTRIBUTORS),
        authz.View("new", "network:method_create", CONTRIBUTORS),
        authz.View("create", "network:method_create", CONTRIBUTORS, method="post", data=_method),
        authz.View("edit", "network:method_edit", CONTRIBUTORS, objects=("method",)),
        authz.View("change", "network:method_edit", CONTRIBUTORS, method="post", objects=("method",), data=_method),
        authz.View("attach", "network:method_file_add", CONTRIBUTORS, method="post", objects=("method",),
                   data={"title": "Boş"}, ok=(400,)),
        authz.View("file", "network:my_method_file", CONTRIBUTORS, objects=("method", "file")),
        authz.View("detach", "network:method_file_remove", CONTRIBUTORS, method="post", objects=("method", "file")),
        authz.View("use-form", "network:method_use", CONTRIBUTORS),
        authz.View("use", "network:method_use", CONTRIBUTORS, method="post", data=_use),
        # Reviewing opens in a network's workspace: nobody reviews in izmir's (a municipality); its editors, to
        # whom the menu offers the page, are told which networks' pools they review. The network's own matrix
        # is below.
        authz.View("review", "network:review_methods", EDITORS),
        authz.View("review-method", "network:review_method", NOBODY, objects=("method",)),
        authz.View("review-file", "network:review_method_file", NOBODY, objects=("method", "file")),
        authz.View("publish", "network:publish_method", NOBODY, method="post", objects=("method",)),
        authz.View("unpublish", "network:unpublish_method", NOBODY, method="post", objects=("method",)),
    ]

    @pytest.fixture
    def objects(self, city, network):
        found = {}
        published = make_method(city["bornova"], network, publish=True, title="Herkesin yöntemi")
        for slug in authz.ORGANIZATIONS:
            method = make_method(city[slug], network, title=f"Yöntem {slug}")
            from birarada.network.methods import do_add_method_file

            item = do_add_method_file(method, title="Kart", upload=upload("kart.pdf", pdf_bytes()), actor=None)
            found[slug] = {"method": method.pk, "file": item.pk, "network": network.pk,
                           "published": published.slug}
        return found

    def state(self, organization):
        return (sorted(Method.objects.filter(owner=organization).values_list("slug", "title", "status",
                                                                              "duration_minutes")),
                MethodFile.objects.filter(method__owner=organization).count(),
                MethodUse.objects.filter(organization=organization).count())

    def test_every_workspace_view_is_declared(self):
        """Every address of the method pool under workspace/<slug>/ is in the matrix (the network namespace
        gathers several parts' URLconfs, so this part's own list is read)."""
        from birarada.network import urls_methods

        routes = {f"network:{p.name}" for p in urls_methods.urlpatterns
                  if str(p.pattern).startswith("workspace/<slug:slug>/")}
        declared = {view.route for view in self.views}
        assert routes and routes <= declared, routes - declared


# ---- the review, in the network's workspace -------------------------------------------------------------

REVIEW_VIEWS = [
    authz.View("review", "network:review_methods", EDITORS),
    authz.View("review-method", "network:review_method", EDITORS, objects=("draft",)),
    authz.View("review-file", "network:review_method_file", EDITORS, objects=("draft", "file")),
    authz.View("publish", "network:publish_method", EDITORS, method="post", objects=("draft",)),
    authz.View("unpublish", "network:unpublish_method", EDITORS, method="post", objects=("published",)),
]


@pytest.fixture
def review_objects(city, network):
    from birarada.network.methods import do_add_method_file

    draft = make_method(city["bornova"], network, title="Taslak yöntem")
    item = do_add_method_file(draft, title="Kart", upload=upload("kart.pdf", pdf_bytes()), actor=None)
    published = make_method(city["bornova"], network, publish=True, title="Yayımlanmış yöntem")
    return {"draft": draft.pk, "file": item.pk, "published": published.pk}


def statuses():
    return sorted(Method.objects.values_list("title", "status"))


@pytest.mark.parametrize("view", REVIEW_VIEWS, ids=str)
@pytest.mark.parametrize("role", authz.ALL_ROLES)
@pytest.mark.parametrize("where", ["the network", "a coordinating member", "a member"])
def test_review_by_role(client, city, network, make_member, review_objects, view, role, where):
    organization = {"the network": network, "a coordinating member": city["izmir"],
                    "a member": city["bornova"]}[where]
    client.force_login(make_member(f"person-{role}", organization, role))
    before = statuses()
    response = view.request(client, "agi", review_objects)
    if role in view.roles and where != "a member":
        authz.assert_allowed(view, response)
    else:
        assert response.status_code == 404, (view.name, role, where, response.status_code)
        assert statuses() == before


@pytest.mark.parametrize("view", REVIEW_VIEWS, ids=str)
def test_review_anonymous(client, network, review_objects, view):
    before = statuses()
    authz.assert_sent_to_sign_in(view.request(client, "agi", review_objects))
    assert statuses() == before


@pytest.mark.parametrize("view", REVIEW_VIEWS, ids=str)
def test_review_by_a_coordinating_member_that_left(client, city, network, make_member, review_objects, view):
    from birarada.network.models import NetworkMembership

    NetworkMembership.objects.filter(network=network, member=city["izmir"]).update(
        left_on=timezone.localdate() - timezone.timedelta(days=1))
    client.force_login(make_member("former", city["izmir"], Role.COORDINATOR))
    assert view.request(client, "agi", review_objects).status_code == 404


@pytest.mark.parametrize("view", REVIEW_VIEWS, ids=str)
def test_review_of_another_network_looks_missing(client, city, network, make_member, review_objects, view):
    """An editor of another network: agi's methods through agi's address, and through its own address, are
    missing, with the same page as a network that does not exist."""
    other = Organization.objects.create(slug="baska-ag", name="Başka Ağ", kind=OrganizationKind.NETWORK,
                                        uses_platform=True)
    join(other, city["elsewhere"])
    client.force_login(make_member("other-editor", other, Role.COORDINATOR))
    before = statuses()
    forbidden = view.request(client, "agi", review_objects)
    missing = view.request(client, "no-such-network", review_objects)
    assert forbidden.status_code == missing.status_code == 404
    assert authz.main_content(forbidden.content) == authz.main_content(missing.content)
    if view.objects:
        assert view.request(client, "baska-ag", review_objects).status_code == 404
    assert statuses() == before


def test_the_menu_shows_each_page_to_the_roles_that_may_open_it(client, city, network, make_member):
    contributor = make_member("menu-partner", city["izmir"], Role.PARTNER)
    viewer = make_member("menu-viewer", city["izmir"], Role.VIEWER)
    editor = make_member("menu-editor", network, Role.COORDINATOR)
    mine = reverse("network:my_methods", args=["izmir"])
    client.force_login(contributor)
    assert mine in client.get(reverse("core:workspace_home", args=["izmir"])).content.decode()
    client.force_login(viewer)
    assert mine not in client.get(reverse("core:workspace_home", args=["izmir"])).content.decode()
    client.force_login(editor)
    assert reverse("network:review_methods", args=["agi"]) in client.get(
        reverse("core:workspace_home", args=["agi"])).content.decode()


def test_outside_a_network_the_review_page_says_where_to_review(client, city, network, make_member):
    from birarada.core.models import Organization, OrganizationKind

    other = Organization.objects.create(slug="baska-ag", name="Başka Ağ", kind=OrganizationKind.NETWORK,
                                        uses_platform=True)
    join(other, city["izmir"])  # a plain member: its coordinators do not review that pool
    client.force_login(make_member("izmir-coordinator", city["izmir"], Role.COORDINATOR))
    response = client.get(reverse("network:review_methods", args=["izmir"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("network:review_methods", args=["agi"]) in html  # izmir coordinates agi
    assert "Başka Ağ" in html and reverse("network:review_methods", args=["baska-ag"]) not in html
    assert "Taslak" not in html
