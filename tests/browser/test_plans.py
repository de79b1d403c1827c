"""A coordinator builds a plan in a real browser; the public page is read in Turkish and Arabic without
accessibility violations and downloads as CSV and JSON."""

import re

import pytest

from tests.browser.test_accessibility import violations
from tests.browser.test_staff_journey import sign_in

pytestmark = pytest.mark.browser


def test_a_coordinator_builds_adopts_and_publishes_a_plan(browser, live_server, demo_city, axe_source):
    context = browser.new_context(locale="tr-TR", bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        sign_in(page, live_server, "coordinator.izmir", demo_city)
        page.wait_for_url(re.compile(r"/tr/workspace/"))
        page.goto(f"{live_server.url}/tr/workspace/izmir/plans/")
        page.locator("#id_title").fill("Eşitlik Eylem Planı 2026–2030")
        page.locator("#id_slug").fill("eep-2026")
        page.locator("#id_start_year").fill("2026")
        page.locator("#id_end_year").fill("2030")
        page.locator("main form button[type=submit]").last.click()
        page.wait_for_url(re.compile(r"/tr/workspace/izmir/plans/\d+/$"))
        plan_url = page.url

        def submit(summary_index, fill):
            page.goto(plan_url)
            details = page.locator("section.plan-forms details").nth(summary_index)
            details.locator("summary").click()
            fill(details)
            details.locator("button[type=submit]").click()
            page.wait_for_url(plan_url)

        submit(1, lambda d: (d.locator("[name=code]").fill("H1"), d.locator("[name=title]").fill("Eşit erişim")))
        for code, title in (("E1.1", "Rampalar"), ("E1.2", "Çok dilli masa")):
            submit(2, lambda d, code=code, title=title: (d.locator("[name=code]").fill(code),
                                                         d.locator("[name=title]").fill(title)))
        # Forms now: status, objective, action, action update, milestone, budget, indicator, directorate.
        for action_index, amount in ((0, "250000"), (1, "100000")):
            submit(5, lambda d, action_index=action_index, amount=amount: (
                d.locator("[name=action]").select_option(index=action_index),
                d.locator("[name=allocated]").fill(amount)))
        submit(6, lambda d: (d.locator("[name=name]").fill("Alınan başvurular"),
                             d.locator("[name=computed_key]").select_option("incidents.reports_received")))
        submit(0, lambda d: (d.locator("[name=status]").select_option("adopted"),
                             d.locator("[name=decision_number]").fill("2026/14"),
                             d.locator("[name=decision_date]").fill("2026-01-20")))
        assert "350.000 TRY" in page.locator("main").inner_text()

        for lang in ("tr", "ar"):
            page.goto(f"{live_server.url}/{lang}/plans/izmir/eep-2026/")
            assert "Rampalar" in page.locator("main").inner_text()
            assert violations(page, axe_source) == [], lang
        for link, name in (("CSV", "izmir-eep-2026.csv"), ("JSON", "izmir-eep-2026.json"),
                           (re.compile("PDF"), "izmir-eep-2026.pdf")):
            with page.expect_download() as download:
                page.get_by_role("link", name=link).click()
            assert download.value.suggested_filename == name
    finally:
        context.close()
