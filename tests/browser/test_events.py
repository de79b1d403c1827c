"""A resident registers for a training in Arabic on a phone (no JavaScript needed, axe-clean), cancels with the
personal link, and the first person on the waiting list gets the place."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.browser.test_accessibility import violations

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}}


def test_a_resident_registers_in_arabic_and_cancels_and_the_waiting_list_moves(browser, live_server, demo_city,
                                                                               axe_source):
    from birarada.core.models import Organization
    from birarada.events import actions
    from birarada.events.models import Registration

    start = timezone.now() + timedelta(days=9)
    actions.do_create_event(Organization.objects.get(slug="izmir"), slug="egitim-ar", kind="training",
                            title="تدريب على مكافحة خطاب الكراهية", starts_at=start,
                            ends_at=start + timedelta(hours=3), capacity=1, training_hours=Decimal(3),
                            accessibility=["interpretation"], interpretation_into="العربية", actor=None)
    context = browser.new_context(java_script_enabled=False, locale="ar", **PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{live_server.url}/ar/events/izmir/egitim-ar/")
        assert page.locator("html").get_attribute("dir") == "rtl"
        page.locator("#id_name").fill("رانيا حداد")
        page.locator("#id_email").fill("rania@example.org")
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        link = page.locator("a[href*='/events/cancel/']").get_attribute("href")
        assert link
        registered_url = page.url
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the long personal link wraps
        # Someone else registers: the only place is taken, so they wait.
        other = context.new_page()
        other.goto(f"{live_server.url}/ar/events/izmir/egitim-ar/")
        other.locator("#id_name").fill("Elif Şahin")
        other.locator("#id_email").fill("elif@example.org")
        other.locator("main form button[type=submit]").click()
        other.wait_for_load_state()
        assert [r.status for r in Registration.objects.order_by("pk")] == ["confirmed", "waiting"]
        page.goto(f"{live_server.url}{link}")
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        assert [r.status for r in Registration.objects.order_by("pk")] == ["cancelled", "confirmed"]
        page.goto(f"{live_server.url}/ar/events/")
        assert re.search("تدريب", page.locator("main").inner_text())
    finally:
        context.close()
    # The same pages with a screen reader's eyes (axe needs JavaScript to run) and on a phone's width.
    checker = browser.new_context(locale="ar", bypass_csp=True, **PHONE)
    try:
        view = checker.new_page()
        for path in ("/ar/events/izmir/egitim-ar/", link, "/ar/events/", "/tr/events/izmir/egitim-ar/"):
            view.goto(f"{live_server.url}{path}")
            assert violations(view, axe_source) == [], path
            assert view.evaluate("document.documentElement.scrollWidth") <= 390, path
    finally:
        checker.close()
    assert registered_url.endswith("/ar/events/izmir/egitim-ar/")
