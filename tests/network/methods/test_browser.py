"""The method pool's pages in Debian's Chromium: axe-core (WCAG 2.0–2.2 A and AA) finds nothing on the public
pages, the workspace pages and a form showing its errors; the pages load no inline script or style (CSP)."""

import re

import pytest
from django.utils import timezone

from birarada.core.models import Role
from birarada.network import methods as actions
from tests.browser.conftest import axe_source, browser  # noqa: F401  (the browser tests' fixtures)
from tests.browser.test_accessibility import violations
from tests.conftest import PASSWORD

from .conftest import make_event, make_method, pdf_bytes, upload

pytestmark = pytest.mark.browser


@pytest.fixture
def axe_page(browser):  # noqa: F811
    # The page's CSP forbids inline scripts; the test bypasses it only to inject axe itself.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def pool(transactional_db, city, network, make_member):
    writer = make_member("writer", city["izmir"], Role.COORDINATOR)
    editor = make_member("editor", network, Role.COORDINATOR)
    published = make_method(city["izmir"], network, publish=True)
    actions.do_add_method_file(published, title="Çark kartları", upload=upload("kart.pdf", pdf_bytes()), actor=None)
    event = make_event(city["izmir"])
    actions.do_log_method_use(published, city["izmir"], used_on=timezone.localdate(), rating=4,
                              report="Gençlerle iyi işledi.", event=event, actor=writer)
    draft = make_method(city["izmir"], network, title="Taslak yöntem")
    return {"published": published, "draft": draft, "writer": writer, "editor": editor}


def sign_in(page, base, username):
    page.context.clear_cookies()
    page.goto(f"{base}/en/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile("/workspace/"))


def test_public_pages(axe_page, live_server, pool, axe_source):  # noqa: F811
    found = {}
    for path in ("/tr/methods/", "/ar/methods/", "/en/methods/?ground=migration&duration=abc",
                 f"/tr/methods/{pool['published'].slug}/", f"/ar/methods/{pool['published'].slug}/"):
        axe_page.goto(live_server.url + path)
        problems = violations(axe_page, axe_source)
        if problems:
            found[path] = problems
    assert found == {}


def test_workspace_pages_and_a_form_with_errors(axe_page, live_server, pool, axe_source):  # noqa: F811
    sign_in(axe_page, live_server.url, "writer")
    found = {}
    draft = pool["draft"]
    for path in ("/tr/workspace/izmir/methods/", "/tr/workspace/izmir/methods/new/",
                 f"/ar/workspace/izmir/methods/{draft.pk}/", "/tr/workspace/izmir/methods/uses/"):
        axe_page.goto(live_server.url + path)
        problems = violations(axe_page, axe_source)
        if problems:
            found[path] = problems
    axe_page.goto(live_server.url + "/en/workspace/izmir/methods/uses/")
    axe_page.get_by_role("button", name="Save the report").click()
    assert axe_page.locator(".error-summary").count() == 1
    problems = violations(axe_page, axe_source)
    if problems:
        found["use form with errors"] = problems
    sign_in(axe_page, live_server.url, "editor")
    for path in ("/tr/workspace/agi/methods/review/", f"/tr/workspace/agi/methods/review/{draft.pk}/"):
        axe_page.goto(live_server.url + path)
        problems = violations(axe_page, axe_source)
        if problems:
            found[path] = problems
    assert found == {}


def test_no_inline_script_or_style(client, pool):
    client.force_login(pool["writer"])
    for path in ("/en/methods/", f"/en/methods/{pool['published'].slug}/", "/en/workspace/izmir/methods/",
                 "/en/workspace/izmir/methods/new/", "/en/workspace/izmir/methods/uses/"):
        html = client.get(path).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert "<style" not in html and " style=" not in html and re.search(r"\son[a-z]+=", html) is None, path
