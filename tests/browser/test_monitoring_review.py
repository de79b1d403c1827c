"""A moderator works through the review queue in a real browser, with the keyboard where it matters;
the monitoring pages pass axe-core's WCAG 2.x A/AA rules."""

import re

import pytest

from birarada.monitoring.demo import load_demo_monitoring
from birarada.monitoring.models import Item, MediaWatchReport, Review

from .test_accessibility import violations

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_monitoring(demo_city):
    load_demo_monitoring()
    return demo_city


def sign_in(page, live_server, password, username="moderator.izmir"):
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile("/workspace/"))


def test_moderator_reviews_an_item_then_several_at_once(page, live_server, demo_monitoring):
    sign_in(page, live_server, demo_monitoring)
    page.goto(f"{live_server.url}/en/workspace/izmir/monitoring/")
    page.get_by_role("heading", name="Review queue").wait_for()
    first_link = page.locator("table.queue tbody a").first
    text = first_link.inner_text()
    first_link.click()
    page.get_by_role("heading", name="Your decision").wait_for()

    # Keyboard: choose the label with the arrow keys, tick a ground with the space bar.
    page.get_by_role("radio", name="Offensive").focus()
    page.keyboard.press("ArrowDown")
    assert page.get_by_role("radio", name="Neither").is_checked()
    page.get_by_role("radio", name="Hateful").check()
    age = page.get_by_role("checkbox", name="Age")
    age.focus()
    page.keyboard.press("Space")
    assert age.is_checked()
    page.get_by_label("Intent").select_option("3")
    page.get_by_label("Likelihood of harm").select_option("1")
    page.get_by_role("button", name="Save and back to the queue").click()
    page.get_by_text("Your review was saved.").wait_for()

    review = Review.objects.select_related("item").order_by("-reviewed_at").first()
    assert review.item.text.startswith(text.rstrip("…")[:40])
    assert review.label == "hateful" and "age" in review.grounds and review.intent == 3 and review.severity == "low"

    before = Review.objects.count()
    boxes = page.locator("table.queue tbody input[type=checkbox]")
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_role("radio", name="Mark as neither hateful nor offensive").check()
    page.get_by_role("button", name="Apply to the selected items").click()
    page.get_by_text("2 items were reviewed.").wait_for()
    assert Review.objects.count() == before + 2


def test_monitoring_pages_have_no_accessibility_violations(browser, live_server, demo_monitoring, axe_source):
    context = browser.new_context(bypass_csp=True)  # only so that axe itself can be injected
    page = context.new_page()
    sign_in(page, live_server, demo_monitoring, username="admin.izmir")
    item = Item.objects.filter(organization__slug="izmir", state="queued").order_by("-priority").first()
    report = MediaWatchReport.objects.get()
    paths = ["/en/workspace/izmir/monitoring/", "/tr/workspace/izmir/monitoring/sources/",
             f"/en/workspace/izmir/monitoring/items/{item.pk}/", "/en/workspace/izmir/monitoring/quality/",
             "/en/workspace/izmir/monitoring/reports/", f"/en/workspace/izmir/monitoring/reports/{report.pk}/",
             "/en/workspace/izmir/communications-checker/", "/ar/media-watch/", f"/en/media-watch/{report.pk}/"]
    found = {}
    for path in paths:
        page.goto(live_server.url + path)
        problems = violations(page, axe_source)
        if problems:
            found[path] = problems
    # The checker's result and a form with errors, too.
    page.goto(f"{live_server.url}/en/workspace/izmir/communications-checker/")
    page.get_by_label("Draft text").fill("Özürlüler için yeni otobüs. Suriyeliler defolsun gitsin.")
    page.get_by_role("button", name="Check the draft").click()
    page.get_by_role("heading", name="What the checker found").wait_for()
    if problems := violations(page, axe_source):
        found["checker result"] = problems
    page.goto(f"{live_server.url}/en/workspace/izmir/monitoring/reports/")
    page.get_by_role("button", name="Create the report").click()
    if problems := violations(page, axe_source):
        found["report form errors"] = problems
    context.close()
    assert found == {}
