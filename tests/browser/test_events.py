"""A resident registers for a training in Arabic on a phone (no JavaScript needed, axe-clean), cancels with the
personal link, and the first person on the waiting list gets the place and an e-mail in the language they
registered in. Once the training is over, a staff member marks attendance on a phone and issues certificates,
and the public verification page (Arabic, no JavaScript) confirms the certificate."""

import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone

from tests.browser.test_accessibility import violations
from tests.browser.test_staff_journey import sign_in

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}}
SHOTS = Path("/tmp/shots")


def run_registration_mails() -> None:
    """Do what the task worker does: send the registration e-mails the requests queued."""
    from django_tasks_db.models import DBTaskResult

    from birarada.events.tasks import send_registration_mail

    for result in DBTaskResult.objects.filter(task_path=send_registration_mail.module_path, status="READY"):
        send_registration_mail.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
        DBTaskResult.objects.filter(pk=result.pk).update(status="SUCCESSFUL")


def test_a_resident_registers_in_arabic_and_cancels_and_the_waiting_list_moves(browser, live_server, demo_city,
                                                                               axe_source):
    from birarada.core.models import Organization
    from birarada.events import actions
    from birarada.events.models import Event, Registration

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

    # The promoted person is told by e-mail, in Arabic: the page they registered on was Arabic.
    promoted = Registration.objects.get(status="confirmed")
    assert promoted.name == "Elif Şahin" and promoted.language == "ar"
    run_registration_mails()
    to_elif = [m for m in mail.outbox if m.to == ["elif@example.org"]]
    assert len(to_elif) == 2  # first "you are on the waiting list", then "your place is confirmed"
    assert "شغر مكان: تم الآن تأكيد مكانكم في" in to_elif[-1].body  # "A place freed up: … is now confirmed."
    assert "تدريب على مكافحة خطاب الكراهية" in to_elif[-1].body
    assert "تدريب على مكافحة خطاب الكراهية" in to_elif[-1].subject
    assert "Bir yer açıldı" not in to_elif[-1].body and "A place freed up" not in to_elif[-1].body
    assert "/events/cancel/" not in to_elif[-1].body  # the promotion mail carries no one's personal link

    # Test-only shortcut: the training is over (no page lets anyone move an event into the past).
    event = Event.objects.get(slug="egitim-ar")
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() - timedelta(hours=5),
                                             ends_at=timezone.now() - timedelta(hours=2))
    SHOTS.mkdir(parents=True, exist_ok=True)
    staff = browser.new_context(locale="tr-TR", **PHONE)
    try:
        desk = staff.new_page()
        desk.set_default_timeout(15_000)
        sign_in(desk, live_server, "comms.izmir", demo_city)
        desk.wait_for_url(re.compile(r"/tr/workspace/"))
        event_url = f"{live_server.url}/tr/workspace/izmir/events/{event.pk}/"
        desk.goto(event_url)
        # Only confirmed registrants can be ticked: Elif, not Rania who cancelled.
        assert desk.locator("input[name=attended]").count() == 1
        desk.locator(f"#att-{promoted.pk}").check()
        desk.get_by_role("button", name="Katılımı kaydet").click()
        desk.wait_for_url(event_url)
        assert Registration.objects.get(pk=promoted.pk).attended is True
        assert desk.locator(f"#att-{promoted.pk}").is_checked()
        desk.get_by_role("button", name="Katılanlara katılım belgesi düzenle").click()
        desk.wait_for_url(event_url)
        code = Registration.objects.get(pk=promoted.pk).certificate_code
        assert code and Registration.objects.get(status="cancelled").certificate_code == ""
        assert desk.get_by_role("link", name=code).is_visible()
        assert desk.evaluate("document.documentElement.scrollWidth") <= 390
        desk.screenshot(path=str(SHOTS / "events-staff-event-phone.png"), full_page=True)
    finally:
        staff.close()

    # A resident (or an employer) checks the certificate: Arabic, without JavaScript.
    resident = browser.new_context(java_script_enabled=False, locale="ar", **PHONE)
    try:
        check = resident.new_page()
        response = check.goto(f"{live_server.url}/ar/certificates/{code}/")
        assert response.status == 200
        assert check.locator("html").get_attribute("dir") == "rtl"
        text = check.locator("main").inner_text()
        assert f"الشهادة ذات الرمز {code} صالحة." in text  # "Certificate … is valid."
        assert "Elif Şahin" in text and "تدريب على مكافحة خطاب الكراهية" in text
        assert check.goto(f"{live_server.url}/ar/certificates/AAAA-BBBB-CCCC/").status == 404
    finally:
        resident.close()
    checker = browser.new_context(locale="ar", bypass_csp=True, **PHONE)
    try:
        view = checker.new_page()
        view.goto(f"{live_server.url}/ar/certificates/{code}/")
        assert violations(view, axe_source) == []
        assert view.evaluate("document.documentElement.scrollWidth") <= 390
        view.screenshot(path=str(SHOTS / "events-certificate-ar-phone.png"), full_page=True)
    finally:
        checker.close()
