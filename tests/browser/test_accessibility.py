"""axe-core (WCAG 2.0–2.2 A and AA rules) finds nothing on the public and staff pages."""

import re

import pytest

pytestmark = pytest.mark.browser

PUBLIC_PAGES = [
    "/tr/", "/en/", "/ar/",
    "/tr/directory/", "/ar/directory/", "/en/directory/?kind=ngo",
    "/tr/directory/izmir/", "/ar/directory/kusak-goc/",
    "/tr/accounts/login/", "/ar/accounts/login/",
    "/tr/no-such-page/", "/tr/plans/", "/ar/plans/",
]
STAFF_PAGES = ["/tr/workspace/izmir/", "/tr/workspace/izmir/members/", "/ar/workspace/izmir/profile/",
               "/tr/workspace/izmir/plans/", "/ar/workspace/izmir/cases/",
               "/tr/workspace/izmir/audit/", "/tr/workspace/izmir/units/", "/en/workspace/izmir/system/"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def violations(page, axe_source):
    page.add_script_tag(content=axe_source)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


@pytest.fixture
def axe_page(browser):
    # The page's CSP rightly forbids inline scripts; the test bypasses it only to inject axe itself.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_has_no_accessibility_violations(axe_page, live_server, demo_city, axe_source, path):
    axe_page.goto(live_server.url + path)
    assert violations(axe_page, axe_source) == []


def test_staff_pages_have_no_accessibility_violations(axe_page, live_server, demo_city, axe_source):
    axe_page.goto(f"{live_server.url}/tr/accounts/login/")
    axe_page.locator("#id_username").fill("admin.izmir")
    axe_page.locator("#id_password").fill(demo_city)
    axe_page.get_by_role("button", name="Giriş yap").click()
    axe_page.wait_for_url(re.compile("/workspace/"))
    found = {}
    for path in STAFF_PAGES:
        axe_page.goto(live_server.url + path)
        problems = violations(axe_page, axe_source)
        if problems:
            found[path] = problems
    assert found == {}


def test_form_errors_are_announced_and_accessible(axe_page, live_server, demo_city, axe_source):
    axe_page.goto(f"{live_server.url}/en/accounts/login/")
    axe_page.get_by_role("button", name="Sign in").click()
    assert axe_page.locator("[aria-invalid=true]").count() >= 1
    assert violations(axe_page, axe_source) == []
