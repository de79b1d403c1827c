"""Every monitoring view × every role × own / other organization / district × anonymous.

Written out by hand: moderation (sources, queue, items, reports) is for administrators, coordinators and
moderators of the organization; the checker also for communications officers. Partners read published
reports on the public pages only.
"""

import re

import pytest
from django.urls import reverse

from birarada.core.models import Role
from birarada.monitoring import actions
from birarada.monitoring.models import Review

from .helpers import add_items

ALL_ROLES = [r.value for r in Role]
MODERATORS = {"admin", "coordinator", "moderator"}

# view name -> (method, roles allowed in their own organization, needs: item / source / report)
VIEWS = {
    "queue": ("get", MODERATORS, None),
    "sources": ("get", MODERATORS, None),
    "feed_add": ("post", MODERATORS, None),
    "paste": ("post", MODERATORS, None),
    "export_upload": ("post", MODERATORS, None),
    "source_poll": ("post", MODERATORS, "source"),
    "source_toggle": ("post", MODERATORS, "source"),
    "item": ("get", MODERATORS, "item"),
    "item_post": ("post", MODERATORS, "item"),
    "bulk_review": ("post", MODERATORS, None),
    "quality": ("get", MODERATORS, None),
    "labelled_data": ("get", MODERATORS, None),
    "reports": ("get", MODERATORS, None),
    "report": ("get", MODERATORS, "report"),
    "report_pdf": ("get", MODERATORS, "report"),
    "report_publish": ("post", MODERATORS, "report"),
    "checker": ("get", MODERATORS | {"communications"}, None),
}


@pytest.fixture
def things(city):
    """An item, a source and a report in each organization."""
    made = {}
    for slug in ("izmir", "bornova", "elsewhere"):
        [item] = add_items(city[slug], ["Suriyeliler bu ülkeden defolup gitsin"])
        report = actions.do_create_report(city[slug], title="r", since="2026-01-01", until="2026-12-31", actor=None)
        made[slug] = {"item": item.pk, "source": item.source_id, "report": report.pk}
    return made


def url_for(view, slug, things):
    name = {"item_post": "item", "report_pdf": "report_file"}.get(view, view)
    need = VIEWS[view][2]
    args = [slug]
    if need:
        args.append(things[slug][need])
    if view == "report_pdf":
        args.append("pdf")
    return reverse(f"monitoring:{name}", args=args)


def request(client, view, slug, things):
    method = VIEWS[view][0]
    url = url_for(view, slug, things)
    if method == "post":
        return client.post(url, {"label": "none", "items": [things[slug]["item"]], "decision": "none",
                                 "publish": "1"})
    return client.get(url)


def main_content(content: bytes) -> bytes:
    return re.search(rb"<main.*</main>", content, re.S).group(0)


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("view", list(VIEWS))
def test_role_in_own_organization(client, city, make_member, things, role, view):
    client.force_login(make_member(f"person-{role}", city["izmir"], role))
    response = request(client, view, "izmir", things)
    if role in VIEWS[view][1]:
        # 400: the view was reached and answered about the (deliberately incomplete) form data.
        assert response.status_code in (200, 302, 400), response.status_code
        if response.status_code == 302:
            assert "/login/" not in response["Location"]
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("view", list(VIEWS))
def test_role_in_other_organization_sees_nothing(client, city, make_member, things, role, view):
    client.force_login(make_member(f"person-{role}", city["elsewhere"], role))
    assert request(client, view, "izmir", things).status_code == 404


@pytest.mark.parametrize("role", ["admin", "coordinator"])
@pytest.mark.parametrize("view", list(VIEWS))
def test_metropolitan_overseer_does_not_moderate_a_district(client, city, make_member, things, role, view):
    client.force_login(make_member(f"person-{role}", city["izmir"], role))
    assert request(client, view, "bornova", things).status_code == 404
    assert not Review.objects.filter(organization=city["bornova"]).exists()


@pytest.mark.parametrize("view", list(VIEWS))
def test_anonymous_is_sent_to_sign_in(client, city, things, view):
    response = request(client, view, "izmir", things)
    assert response.status_code == 302 and reverse("core:login") in response["Location"]


@pytest.mark.parametrize("view", [v for v, spec in VIEWS.items() if spec[2]])
def test_objects_of_another_organization_look_missing(client, city, make_member, things, view):
    """Ids of another organization's items, sources and reports give the same 404 as ids that do not exist."""
    client.force_login(make_member("mod", city["izmir"], "moderator"))
    need = VIEWS[view][2]
    foreign = dict(things["izmir"], **{need: things["elsewhere"][need]})
    missing = dict(things["izmir"], **{need: 999_999})
    forbidden = request(client, view, "izmir", {"izmir": foreign})
    absent = request(client, view, "izmir", {"izmir": missing})
    assert forbidden.status_code == absent.status_code == 404
    assert main_content(forbidden.content) == main_content(absent.content)


def test_workspace_menu_lists_monitoring_by_capability(client, city, make_member):
    client.force_login(make_member("mod", city["izmir"], "moderator"))
    page = client.get(reverse("core:workspace_home", args=["izmir"])).content.decode()
    assert reverse("monitoring:queue", args=["izmir"]) in page
    client.force_login(make_member("comms", city["izmir"], "communications"))
    page = client.get(reverse("core:workspace_home", args=["izmir"])).content.decode()
    assert reverse("monitoring:checker", args=["izmir"]) in page
    assert reverse("monitoring:queue", args=["izmir"]) not in page


def test_unpublished_report_is_not_public(client, things):
    assert client.get(reverse("monitoring:public_report", args=[things["izmir"]["report"]])).status_code == 404
