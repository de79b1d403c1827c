"""Who may open the observatory's workspace pages.

- An organization's pages (its practices, writing them): the shared matrix (tests/authz.py) — its own staff with
  CONTRIBUTE_PRACTICES only, never oversight from a metropolitan unit, never another organization.
- A network's review pages: its own administrators and coordinators, and the administrators and coordinators of
  a member that coordinates the network; nobody else, and never a practice of another network or a draft.
"""

import pytest
from django.urls import reverse

from birarada.core.models import Organization, OrganizationKind
from birarada.network import observatory as actions
from birarada.network.choices import NetworkRole
from birarada.network.models import Practice, ReviewComment
from tests import authz
from tests.network.observatory.conftest import TURKISH, join, make_practice, new_form, png_bytes, upload

CONTRIBUTORS = {"admin", "coordinator", "communications", "partner"}
EDITORS = {"admin", "coordinator"}


def _file_data(objects):
    return {"title": "Foto", "file": upload("foto.png", png_bytes())}


def _text_data(objects):
    return {**TURKISH, "title": "İngilizce sürüm"}


def _new_data(objects):
    return new_form(Organization.objects.get(pk=objects["network"]))


def _facts_data(objects):
    return {key: value for key, value in _new_data(objects).items() if key not in TURKISH and key != "language"}


MEMBER_VIEWS = [
    authz.View("my-practices", "network:my_practices", CONTRIBUTORS),
    authz.View("new", "network:practice_new", CONTRIBUTORS),
    authz.View("new-post", "network:practice_new", CONTRIBUTORS, method="post", data=_new_data, ok=(302,)),
    authz.View("practice", "network:my_practice", CONTRIBUTORS, objects=("practice",)),
    authz.View("edit", "network:practice_edit", CONTRIBUTORS, objects=("practice",)),
    authz.View("edit-post", "network:practice_edit", CONTRIBUTORS, method="post", data=_facts_data,
               objects=("practice",), ok=(302,)),
    authz.View("text", "network:practice_text", CONTRIBUTORS, objects=("practice",), extra=("en",)),
    authz.View("text-post", "network:practice_text", CONTRIBUTORS, method="post", data=_text_data,
               objects=("practice",), extra=("en",), ok=(302,)),
    authz.View("file-add", "network:practice_file_add", CONTRIBUTORS, method="post", data=_file_data,
               objects=("practice",), ok=(302,)),
    authz.View("file", "network:my_practice_file", CONTRIBUTORS, objects=("practice", "file")),
    authz.View("file-remove", "network:practice_file_remove", CONTRIBUTORS, method="post",
               objects=("practice", "file"), ok=(302,)),
    authz.View("submit", "network:practice_submit", CONTRIBUTORS, method="post", objects=("practice",), ok=(302,)),
    authz.View("comment", "network:practice_comment", CONTRIBUTORS, method="post", data={"text": "Cevap"},
               objects=("practice",), ok=(302,)),
    # The menu offers the review page to editors of any organization: outside a network it says where to go.
    authz.View("review-elsewhere", "network:review_practices", EDITORS),
]


def snapshot(organization):
    practices = Practice.objects.filter(owner=organization).order_by("pk")
    return [(p.status, p.updated_at, p.texts.count(), p.files.count(), p.comments.count(),
             list(p.organizations.values_list("pk", flat=True))) for p in practices] + [
        Practice.objects.count(), ReviewComment.objects.count()]


@pytest.fixture
def practices(city, network):
    """{organization slug: {"practice": id, "file": id, "network": id}}: a draft of each member with a picture."""
    found = {}
    for slug in authz.ORGANIZATIONS:
        practice = make_practice(city[slug], network, text={**TURKISH, "title": f"Taslak {slug}"})
        item = actions.do_add_practice_file(practice, title="Foto", upload=upload("f.png", png_bytes()), actor=None)
        found[slug] = {"practice": practice.pk, "file": item.pk, "network": network.pk}
    return found


class TestOrganizationPagesMatrix(authz.Matrix):
    namespace = "network"
    # The namespace holds the other parts' pages too; test_all_review_and_member_pages_are_declared checks ours.
    test_every_workspace_view_is_declared = None  # type: ignore[assignment]
    views = MEMBER_VIEWS

    @pytest.fixture
    def objects(self, practices):
        return practices

    def state(self, organization):
        return snapshot(organization)


# ---- a network's review pages ---------------------------------------------------------------------------------

REVIEW_VIEWS = [
    ("list", "network:review_practices", "get", (), (200,)),
    ("practice", "network:review_practice", "get", ("practice",), (200,)),
    ("file", "network:review_practice_file", "get", ("practice", "file"), (200,)),
    ("comment", "network:review_practice_change", "post", ("practice",), (302,)),
    ("return", "network:review_practice_change", "post", ("practice",), (302,)),
    ("publish", "network:review_practice_change", "post", ("practice",), (302,)),
    ("unpublish", "network:review_practice_change", "post", ("published",), (302,)),
]
REVIEW_DATA = {"comment": {"text": "Güzel"}, "return": {"comment": "Eksik"}}


def review_request(client, view, network_slug, ids):
    name, route, method, objects, _ok = view
    args = [network_slug, *(ids[o] for o in objects)]
    if route == "network:review_practice_change":
        args.append(name)
    url = reverse(route, args=args)
    return client.post(url, REVIEW_DATA.get(name, {})) if method == "post" else client.get(url)


@pytest.fixture
def observatory(city, network):
    """agi's practices in review and published (of bornova), a draft; and another network's practice."""
    waiting = make_practice(city["bornova"], network, status="in_review", text={**TURKISH, "title": "Bekleyen"})
    item = actions.do_add_practice_file(waiting, title="Foto", upload=upload("f.png", png_bytes()), actor=None)
    published = make_practice(city["bornova"], network, status="published", text={**TURKISH, "title": "Yayında"})
    draft = make_practice(city["bornova"], network, text={**TURKISH, "title": "Taslak"})
    other = Organization.objects.create(slug="baska-ag", name="Başka Ağ", kind=OrganizationKind.NETWORK,
                                        uses_platform=True)
    join(other, city["elsewhere"], NetworkRole.COORDINATOR)
    foreign = make_practice(city["elsewhere"], other, status="in_review", text={**TURKISH, "title": "Yabancı"})
    foreign_file = actions.do_add_practice_file(foreign, title="F", upload=upload("f.png", png_bytes()), actor=None)
    foreign_published = make_practice(city["elsewhere"], other, status="published", text={**TURKISH, "title": "Y2"})
    return {"own": {"practice": waiting.pk, "file": item.pk, "published": published.pk},
            "draft": {"practice": draft.pk, "file": item.pk, "published": draft.pk},
            "foreign": {"practice": foreign.pk, "file": foreign_file.pk, "published": foreign_published.pk},
            "other": other}


def review_state():
    return sorted(Practice.objects.values_list("pk", "status", "updated_at")) + [ReviewComment.objects.count()]


@pytest.mark.parametrize("view", REVIEW_VIEWS, ids=[v[0] for v in REVIEW_VIEWS])
@pytest.mark.parametrize("role", authz.ALL_ROLES)
def test_the_networks_own_staff(client, network, make_member, observatory, view, role):
    client.force_login(make_member(f"agi-{role}", network, role))
    before = review_state()
    response = review_request(client, view, "agi", observatory["own"])
    if role in EDITORS:
        assert response.status_code in view[4], (view[0], role, response.status_code)
    else:
        assert response.status_code == 404, (view[0], role, response.status_code)
        assert review_state() == before


@pytest.mark.parametrize("view", REVIEW_VIEWS, ids=[v[0] for v in REVIEW_VIEWS])
@pytest.mark.parametrize("role", authz.ALL_ROLES)
def test_the_staff_of_the_coordinating_member(client, city, make_member, observatory, view, role):
    client.force_login(make_member(f"izmir-{role}", city["izmir"], role))
    before = review_state()
    response = review_request(client, view, "agi", observatory["own"])
    if role in EDITORS:
        assert response.status_code in view[4], (view[0], role, response.status_code)
    else:
        assert response.status_code == 404, (view[0], role, response.status_code)
        assert review_state() == before


@pytest.mark.parametrize("view", REVIEW_VIEWS, ids=[v[0] for v in REVIEW_VIEWS])
def test_others_get_nothing(client, city, make_member, observatory, view):
    before = review_state()
    assert authz.sign_in_path() in review_request(client, view, "agi", observatory["own"])["Location"]
    for person, slug in ((make_member("bornova-admin", city["bornova"], "admin"), "agi"),  # a plain member
                         (make_member("elsewhere-admin", city["elsewhere"], "admin"), "agi"),
                         (make_member("outsider-admin", Organization.objects.create(
                             slug="yabanci", name="Yabancı", kind="ngo", uses_platform=True), "admin"), "agi")):
        client.force_login(person)
        assert review_request(client, view, slug, observatory["own"]).status_code == 404
    assert review_state() == before


@pytest.mark.parametrize("view", [v for v in REVIEW_VIEWS if v[3]], ids=[v[0] for v in REVIEW_VIEWS if v[3]])
def test_drafts_and_other_networks_practices_look_missing(client, network, make_member, observatory, view):
    client.force_login(make_member("agi-admin", network, "admin"))
    before = review_state()
    missing = review_request(client, view, "agi", {"practice": 999_999, "file": 999_999, "published": 999_999})
    foreign = review_request(client, view, "agi", observatory["foreign"])
    draft = review_request(client, view, "agi", observatory["draft"])
    assert missing.status_code == foreign.status_code == draft.status_code == 404
    assert authz.main_content(missing.content) == authz.main_content(foreign.content)
    assert review_state() == before


def test_an_unknown_review_action_is_missing(client, network, make_member, observatory):
    client.force_login(make_member("agi-admin", network, "admin"))
    url = reverse("network:review_practice_change", args=["agi", observatory["own"]["practice"], "delete"])
    assert client.post(url).status_code == 404


def test_the_review_page_outside_a_network_names_the_networks(client, city, network, make_member):
    client.force_login(make_member("izmir-admin", city["izmir"], "admin"))
    page = client.get("/en/workspace/izmir/observatory/review/").content.decode()
    assert "Kapsayıcı Kentler Ağı" in page and "/en/workspace/agi/observatory/review/" in page


def test_all_review_and_member_pages_are_declared():
    from birarada.network import urls_observatory

    ours = {f"network:{p.name}" for p in urls_observatory.urlpatterns if str(p.pattern).startswith("workspace/")}
    assert ours == {v.route for v in MEMBER_VIEWS} | {v[1] for v in REVIEW_VIEWS}


def test_the_menu_offers_the_pages_to_those_who_may_open_them(client, city, network, make_member):
    client.force_login(make_member("writer", city["izmir"], "communications"))
    home = client.get("/en/workspace/izmir/").content.decode()
    assert "/en/workspace/izmir/practices/" in home and "/observatory/review/" not in home
    client.force_login(make_member("agi-coordinator", network, "coordinator"))
    home = client.get("/en/workspace/agi/").content.decode()
    assert "/en/workspace/agi/observatory/review/" in home
