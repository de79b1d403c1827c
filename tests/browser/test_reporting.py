"""A resident reports discrimination on a phone, in Turkish and in Arabic, without JavaScript; then follows it."""

import re

import pytest

from birarada.incidents.models import Case
from tests.browser.test_accessibility import violations

pytestmark = pytest.mark.browser
RECEIPT = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def fill_report(page, story: str):
    page.locator("#id_description").fill(story)
    page.locator("input[name=grounds][value=migration]").check()
    page.locator("input[name=grounds][value=gender]").check()
    page.locator("#id_area").select_option("health")
    page.locator("#id_district").select_option("Konak")
    page.locator("input[name=reporter_role][value=self]").check()
    page.locator("input[name=perpetrator][value=service_staff]").check()


@pytest.mark.parametrize("lang, direction", [("tr", "ltr"), ("ar", "rtl")])
def test_resident_reports_and_follows_the_case(browser, live_server, demo_city, lang, direction):
    context = browser.new_context(java_script_enabled=False, locale=f"{lang}-TR", **PHONE)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/{lang}/report/")
        assert page.locator("html").get_attribute("dir") == direction
        # A first try without the required answers keeps the story and explains what is missing.
        page.locator("#id_description").fill("Hastanede kayıt görevlisi bana bağırdı.")
        page.locator("form.report-form button[type=submit]").click()
        assert page.locator(".error-summary").is_visible()
        assert page.locator("#id_description").input_value() == "Hastanede kayıt görevlisi bana bağırdı."

        fill_report(page, "Hastanede kayıt görevlisi Suriyeli olduğum için sırama almadı ve bağırdı.")
        page.locator("form.report-form button[type=submit]").click()
        page.locator(".receipt").wait_for()
        receipt = RECEIPT.search(page.locator(".receipt").inner_text()).group(0)
        case = Case.objects.get()
        assert case.language == lang and case.grounds == ["gender", "migration"] and case.district == "Konak"

        page.goto(f"{live_server.url}/{lang}/report/status/")
        page.locator("#id_receipt").fill(receipt.lower())
        page.locator("main form button[type=submit]").click()
        page.locator("#id_text").fill("Saat 9 civarındaydı.")
        page.locator("main form button[type=submit]").first.click()
        assert "Saat 9 civarındaydı." in page.locator(".messages-thread").inner_text()
    finally:
        context.close()


def test_report_pages_have_no_accessibility_violations(browser, live_server, demo_city, axe_source):
    context = browser.new_context(bypass_csp=True, **PHONE)
    page = context.new_page()
    try:
        found = {}
        for path in ("/tr/report/", "/ar/report/", "/tr/report/status/", "/ar/statistics/", "/tr/statistics/"):
            page.goto(live_server.url + path)
            if problems := violations(page, axe_source):
                found[path] = problems
        # The page with errors, too.
        page.goto(f"{live_server.url}/ar/report/")
        page.locator("form.report-form button[type=submit]").click()
        if problems := violations(page, axe_source):
            found["/ar/report/ (errors)"] = problems
        assert found == {}
    finally:
        context.close()
