import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def sign_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/tr/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Giriş yap").click()


def test_staff_signs_in_switches_to_arabic_and_sees_rtl(page, live_server, demo_city):
    sign_in(page, live_server, "admin.izmir", demo_city)
    page.wait_for_url(re.compile(r"/tr/workspace/izmir/$"))
    assert page.locator("html").get_attribute("lang") == "tr"
    assert page.get_by_role("heading", level=1).inner_text().startswith("İzmir Büyükşehir")

    page.get_by_role("navigation", name="Dil").get_by_role("link", name="العربيّة").click()
    page.wait_for_url(re.compile(r"/ar/workspace/izmir/$"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    # Still signed in, and the language is remembered for the next visit to "/".
    assert page.get_by_role("link", name="الأعضاء").first.is_visible()
    page.goto(f"{live_server.url}/")
    assert page.url.endswith("/ar/")


def test_member_of_two_organizations_switches_workspace(page, live_server, demo_city):
    sign_in(page, live_server, "caseworker.izmir", demo_city)
    page.wait_for_url(re.compile(r"/tr/workspace/"))
    page.locator("summary", has_text="Kuruluş değiştir").click()
    page.get_by_role("link", name=re.compile("Karşıyaka")).click()
    page.wait_for_url(re.compile(r"/tr/workspace/karsiyaka/$"))
    assert "Karşıyaka" in page.get_by_role("heading", level=1).inner_text()


def test_sign_in_works_without_javascript(browser, live_server, demo_city):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        sign_in(page, live_server, "coordinator.izmir", demo_city)
        page.wait_for_url(re.compile(r"/tr/workspace/izmir/$"))
        page.get_by_role("link", name="İlçe birimleri").first.click()
        assert page.get_by_role("cell", name=re.compile("Bornova")).count() == 1
    finally:
        context.close()


def test_worker_check_uses_htmx_without_reloading(page, live_server, demo_city):
    sign_in(page, live_server, "admin.izmir", demo_city)
    page.wait_for_url(re.compile(r"/tr/workspace/izmir/$"))
    page.goto(f"{live_server.url}/tr/workspace/izmir/system/")
    page.evaluate("window.__same_page = true")
    assert "Henüz kontrol yapılmadı" in page.locator("#heartbeats").inner_text()
    page.get_by_role("button", name="Arka plan sürecinden yanıt iste").click()
    # Waiting with a locator, not an evaluated string: the page's CSP forbids eval, rightly.
    expect(page.locator("#heartbeats")).not_to_contain_text("Henüz kontrol yapılmadı")
    assert page.evaluate("window.__same_page") is True


def test_a_saved_deadline_stays_in_the_turkish_date_field(page, live_server, demo_city):
    from django.contrib.auth import get_user_model

    from birarada.core.models import Organization
    from birarada.incidents.actions import do_assign_case, do_submit_report
    from birarada.incidents.forms import ReportForm
    from tests.incidents.conftest import VALID_REPORT

    form = ReportForm(VALID_REPORT)
    assert form.is_valid()
    case, _receipt = do_submit_report(organization=Organization.objects.get(slug="izmir"), report=form.as_report())
    do_assign_case(case, get_user_model().objects.get(username="caseworker.izmir"), actor=None)
    sign_in(page, live_server, "caseworker.izmir", demo_city)
    page.wait_for_url(re.compile(r"/tr/workspace/"))
    page.goto(f"{live_server.url}/tr/workspace/izmir/cases/{case.pk}/")
    page.locator("#id_due_on").fill("2026-12-10")
    page.get_by_role("button", name="Son tarihi belirle").click()
    page.wait_for_url(re.compile(rf"/tr/workspace/izmir/cases/{case.pk}/$"))
    assert page.locator("#id_due_on").input_value() == "2026-12-10"


@pytest.mark.parametrize("path", ["/tr/workspace/izmir/cases/", "/ar/workspace/izmir/cases/",
                                  "/tr/workspace/izmir/audit/", "/tr/workspace/izmir/members/"])
def test_staff_lists_fit_a_phone_screen(browser, live_server, demo_city, path):
    from birarada.core.models import Organization
    from birarada.incidents.actions import do_submit_report
    from birarada.incidents.forms import ReportForm
    from tests.incidents.conftest import VALID_REPORT

    for _ in range(3):
        form = ReportForm(VALID_REPORT)
        assert form.is_valid()
        do_submit_report(organization=Organization.objects.get(slug="izmir"), report=form.as_report())
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="tr-TR")
    page = context.new_page()
    try:
        sign_in(page, live_server, "admin.izmir", demo_city)
        page.wait_for_url(re.compile(r"/tr/workspace/"))
        page.goto(f"{live_server.url}{path}")
        assert page.locator("table.stack").count() >= 1
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width}px wide on a 390px screen"
        # Each stacked cell still says which column it belongs to.
        assert page.locator("table.stack td[data-label]").count() > 0
    finally:
        context.close()
