"""The catalogue page in a real browser: no axe-core (WCAG 2.2 AA) violation, in Turkish and Arabic, and nothing
wider than a phone's screen (390 px)."""

import pytest

from tests.browser.test_accessibility import violations

pytestmark = pytest.mark.browser


@pytest.fixture
def axe_page(browser):
    context = browser.new_context(bypass_csp=True)  # only to inject axe itself
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("path", ["/tr/open-data/", "/ar/open-data/"])
def test_the_catalogue_has_no_accessibility_violations(axe_page, live_server, demo_city, axe_source, path):
    axe_page.goto(live_server.url + path)
    assert axe_page.locator("h1").count() == 1
    assert axe_page.locator("table").count() >= 7
    assert violations(axe_page, axe_source) == []


@pytest.mark.parametrize("path", ["/tr/open-data/", "/ar/open-data/"])
def test_the_catalogue_fits_a_phone(browser, live_server, demo_city, path, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + path)
    widest = page.evaluate("document.documentElement.scrollWidth")
    page.screenshot(path=str(tmp_path / "open-data-phone.png"), full_page=False)
    context.close()
    assert widest <= 390
