"""After an event, on a phone: the public page's "What happened" and the anonymous feedback form (with and without
errors, and its thank-you page) are axe-clean and fit 390 px; organizers tick attendance by name on a phone."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.browser.test_accessibility import violations
from tests.browser.test_staff_journey import sign_in

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}}


def held_event():
    from birarada.core.models import Organization
    from birarada.events import actions, record

    start = timezone.now() - timedelta(days=2)
    event = actions.do_create_event(Organization.objects.get(slug="izmir"), slug="panel-sonrasi", kind="panel",
                                    title="Göç ve eşitlik paneli", starts_at=timezone.now() + timedelta(days=1),
                                    ends_at=timezone.now() + timedelta(days=1, hours=2), actor=None)
    actions.do_register(event, name="Çağla Demir", contact={"email": "cagla@example.org"})
    type(event).objects.filter(pk=event.pk).update(starts_at=start, ends_at=start + timedelta(hours=2))
    event.refresh_from_db()
    record.do_record_event(event, minutes="# Açılış\n\nKatılım **yüksekti**.\n\n- soru-cevap\n- öneriler",
                           outcomes="Rehber hazırlanacak.", attendee_count=30, attending_organizations=[],
                           attending_other="", actor=None)
    return event


def test_what_happened_and_the_feedback_form_are_accessible_on_a_phone(browser, live_server, demo_city,
                                                                       axe_source):
    held_event()
    context = browser.new_context(locale="tr-TR", bypass_csp=True, **PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{live_server.url}/tr/events/izmir/panel-sonrasi/")
        assert "yüksekti" in page.locator("main").inner_text()
        assert violations(page, axe_source) == []
        page.goto(f"{live_server.url}/tr/events/izmir/panel-sonrasi/feedback/")
        assert violations(page, axe_source) == []
        page.locator("main form button[type=submit]").click()  # no rating: the error is shown
        page.wait_for_load_state()
        assert page.locator(".error").count() >= 1
        assert violations(page, axe_source) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.locator("input[name=rating][value='4']").check()
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        assert violations(page, axe_source) == []
    finally:
        context.close()


def test_organizers_tick_attendance_by_name_on_a_phone(browser, live_server, demo_city):
    from birarada.events.models import Registration

    event = held_event()
    context = browser.new_context(locale="tr-TR", java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        sign_in(page, live_server, "admin.izmir", demo_city)
        page.wait_for_url(re.compile(r"/tr/workspace/"))
        page.goto(f"{live_server.url}/tr/workspace/izmir/events/{event.pk}/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.get_by_text("Çağla Demir", exact=True).first.click()  # the name is the checkbox's label
        page.locator("form[action$='/attendance/'] button[type=submit]").click()
        page.wait_for_load_state()
        assert Registration.objects.get(event=event).attended
    finally:
        context.close()
