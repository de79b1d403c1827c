"""One authorization matrix for every module: each staff view × each role × own organization, another
organization, anonymous, and metropolitan oversight of a district.

A module's test declares its views and the roles that may use each, written out by hand (never read from the
capability table under test, so a change to the table fails a test someone has to agree with)::

    from tests import authz

    GARDEN_ROLES = {"admin", "moderator", "viewer"}

    class TestGardenMatrix(authz.Matrix):
        namespace = "skeleton"
        views = [authz.View("garden", "skeleton:garden", GARDEN_ROLES)]

That class gets the whole matrix below. Views that take object ids name them (``objects=("case",)``) and the
class provides an ``objects`` fixture: {organization slug: {name: id}} for "izmir" (the own organization),
"bornova" (a district below it) and "elsewhere" (an unrelated organization). ``state`` (optional) describes what
a refused request must leave untouched in an organization.

The generated checks:

- ``test_every_workspace_view_is_declared``: every address of the module's URL namespace under
  workspace/<slug>/ is in ``views``, so a new view cannot stay out of the matrix.
- ``test_own_organization``: a member of izmir with each role: allowed roles get 200/302 (or the view's
  ``ok``; a 302 never to the sign-in page), the rest 404 with nothing changed.
- ``test_other_organization``: a member of elsewhere with each role asking for izmir: 404; and for views with
  object ids, asking through elsewhere's own address for izmir's objects: 404. Nothing changes in izmir.
- ``test_oversight_of_a_district``: a member of izmir with each role asking for bornova: 200 only for the
  overseeing roles (administrator, coordinator) on views declared ``oversight=True``; 404 otherwise, and
  nothing changes in bornova.
- ``test_anonymous``: a redirect to the sign-in page, and nothing changes.
- ``test_missing_and_forbidden_look_the_same``: another organization's administrator gets the same 404 page
  for izmir as for an organization that does not exist.
- ``test_objects_of_another_organization_look_missing``: an allowed member of izmir asking, through izmir's
  address, for elsewhere's objects gets the same 404 as for ids that do not exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import reverse

from birarada.core.models import Role

ALL_ROLES = [r.value for r in Role]

#: Who may look into the units below a metropolitan organization (look, never act). Written out here rather
#: than read from birarada.core.access, for the same reason as every expected role.
OVERSEERS = frozenset({"admin", "coordinator"})

OWN, DISTRICT, OTHER = "izmir", "bornova", "elsewhere"
ORGANIZATIONS = (OWN, DISTRICT, OTHER)
MISSING_ID = 999_999

Objects = dict[str, Any]


@dataclass(frozen=True)
class View:
    """One staff view of the matrix.

    - ``name``: the test id.
    - ``route``: the URL name; the address is ``reverse(route, args=[slug, *ids of objects, *extra])``.
    - ``roles``: the roles that may use the view in their own organization.
    - ``method``: "get" or "post"; ``data`` the POST data, a dict or a function of the organization's objects.
    - ``objects``: names of the object ids (keys of the ``objects`` fixture) the address takes.
    - ``oversight``: whether a metropolitan administrator or coordinator may open it for a district (200).
    - ``ok``: the answers that count as "allowed" in the own organization (e.g. 400 for a POST whose
      deliberately incomplete form the view reached and refused).
    """

    name: str
    route: str
    roles: Iterable[str]
    method: str = "get"
    data: dict | Callable[[Objects], dict] | None = None
    objects: tuple[str, ...] = ()
    extra: tuple = ()
    oversight: bool = False
    ok: tuple[int, ...] = (200, 302)

    def __post_init__(self):
        unknown = set(self.roles) - set(ALL_ROLES)
        assert not unknown, f"{self.name}: unknown roles {unknown}"
        assert self.method in ("get", "post"), self.method
        object.__setattr__(self, "roles", frozenset(self.roles))

    def __str__(self) -> str:
        return self.name

    def url(self, slug: str, objects: Objects) -> str:
        return reverse(self.route, args=[slug, *(objects[name] for name in self.objects), *self.extra])

    def request(self, client, slug: str, objects: Objects):
        """Ask for the view of organization `slug`, with the object ids in `objects`."""
        url = self.url(slug, objects)
        if self.method == "post":
            data = self.data(objects) if callable(self.data) else (self.data or {})
            return client.post(url, data)
        return client.get(url)


def main_content(content: bytes) -> bytes:
    """The page's <main>: the header differs only by the address in the language links."""
    found = re.search(rb"<main.*</main>", content, re.S)
    assert found, content[:500]
    return found.group(0)


def sign_in_path() -> str:
    """The sign-in address without its language prefix ("/accounts/login/"), to match it in any language."""
    return "/" + reverse("core:login").lstrip("/").split("/", 1)[1]


def assert_allowed(view: View, response) -> None:
    assert response.status_code in view.ok, (view.name, response.status_code)
    if response.status_code == 302:
        assert sign_in_path() not in response["Location"], (view.name, response["Location"])


def assert_sent_to_sign_in(response) -> None:
    assert response.status_code == 302, response.status_code
    assert sign_in_path() in response["Location"], response["Location"]


def workspace_routes(namespace: str) -> set[str]:
    """The URL names of `namespace` whose address lies in an organization's workspace (workspace/<slug>/…)."""
    from django.urls import URLResolver, get_resolver

    _prefix, resolver = get_resolver().namespace_dict[namespace]

    def patterns(found, prefix=""):
        # A module's urls.py may include parts (urls_<part>.py) into its namespace: walk them too.
        for p in found:
            if isinstance(p, URLResolver) and not p.namespace:
                yield from patterns(p.url_patterns, prefix + str(p.pattern))
            elif not isinstance(p, URLResolver):
                yield prefix + str(p.pattern), p.name

    return {f"{namespace}:{name}" for route, name in patterns(resolver.url_patterns)
            if name and route.startswith("workspace/<slug:slug>/")}


class Matrix:
    """Subclass in a module's test file; set ``views`` and (when a view takes object ids) override the
    ``objects`` fixture. ``state`` may be overridden to say what a refused request must not change."""

    views: list[View] = []
    #: The URL namespace of the module: every address of it under workspace/<slug>/ must be in ``views``.
    namespace: str = ""

    # -- what a module's test provides ------------------------------------------------------------------

    @pytest.fixture
    def objects(self, city) -> dict[str, Objects]:
        """{organization slug: {object name: id}} for izmir, bornova and elsewhere."""
        return {slug: {} for slug in ORGANIZATIONS}

    def state(self, organization) -> Any:
        """A comparable snapshot of what requests may change in `organization`; refused requests must leave
        it as it was."""
        return None

    # -- the generated checks -----------------------------------------------------------------------------

    def pytest_generate_tests(self, metafunc):
        if "view" not in metafunc.fixturenames:
            return
        views = list(self.views)
        assert views, f"{type(self).__name__} declares no views"
        assert len({v.name for v in views}) == len(views), "view names must be unique"
        if metafunc.function.__name__ == "test_objects_of_another_organization_look_missing":
            # Only views that take object ids, for the roles that may use them (the rest get 404 anyway).
            pairs = [pytest.param(v, r, id=f"{v.name}-{r}") for v in views if v.objects for r in sorted(v.roles)]
            metafunc.parametrize("view,role", pairs or [
                pytest.param(None, None, id="none", marks=pytest.mark.skip(reason="no view takes an object id"))])
            return
        metafunc.parametrize("view", views, ids=[v.name for v in views])
        if "role" in metafunc.fixturenames:
            metafunc.parametrize("role", ALL_ROLES)

    def test_every_workspace_view_is_declared(self):
        assert self.namespace, f"{type(self).__name__} names no URL namespace"
        declared = {view.route for view in self.views}
        assert workspace_routes(self.namespace) <= declared, workspace_routes(self.namespace) - declared

    def test_own_organization(self, client, city, make_member, objects, view, role):
        client.force_login(make_member(f"person-{role}", city[OWN], role))
        before = self.state(city[OWN])
        response = view.request(client, OWN, objects[OWN])
        if role in view.roles:
            assert_allowed(view, response)
        else:
            assert response.status_code == 404, (view.name, role, response.status_code)
            assert self.state(city[OWN]) == before

    def test_other_organization(self, client, city, make_member, objects, view, role):
        client.force_login(make_member(f"person-{role}", city[OTHER], role))
        before = self.state(city[OWN])
        assert view.request(client, OWN, objects[OWN]).status_code == 404
        if view.objects:
            # Nor izmir's objects through one's own organization's address.
            assert view.request(client, OTHER, objects[OWN]).status_code == 404
        assert self.state(city[OWN]) == before

    def test_oversight_of_a_district(self, client, city, make_member, objects, view, role):
        client.force_login(make_member(f"person-{role}", city[OWN], role))
        before = self.state(city[DISTRICT])
        response = view.request(client, DISTRICT, objects[DISTRICT])
        if view.oversight and role in OVERSEERS:
            assert response.status_code == 200, (view.name, role, response.status_code)
        else:
            assert response.status_code == 404, (view.name, role, response.status_code)
        # Looking is never changing.
        assert self.state(city[DISTRICT]) == before

    def test_anonymous(self, client, city, objects, view):
        before = self.state(city[OWN])
        assert_sent_to_sign_in(view.request(client, OWN, objects[OWN]))
        assert self.state(city[OWN]) == before

    def test_missing_and_forbidden_look_the_same(self, client, city, make_member, objects, view):
        client.force_login(make_member("outsider-admin", city[OTHER], "admin"))
        forbidden = view.request(client, OWN, objects[OWN])
        missing = view.request(client, "no-such-org", objects[OWN])
        assert forbidden.status_code == missing.status_code == 404
        assert main_content(forbidden.content) == main_content(missing.content)

    def test_objects_of_another_organization_look_missing(self, client, city, make_member, objects, view, role):
        client.force_login(make_member(f"person-{role}", city[OWN], role))
        foreign = dict(objects[OWN], **{name: objects[OTHER][name] for name in view.objects})
        absent = dict(objects[OWN], **{name: MISSING_ID for name in view.objects})
        before = self.state(city[OTHER])
        forbidden, missing = view.request(client, OWN, foreign), view.request(client, OWN, absent)
        assert forbidden.status_code == missing.status_code == 404
        assert main_content(forbidden.content) == main_content(missing.content)
        assert self.state(city[OTHER]) == before
