"""The campaigns module's "done when", in a real browser: a resident sends a photo in Turkish on a phone (no
JavaScript) that does not fit the campaign's format, is told exactly what to change, sends a fitting one and is
thanked; a curator approves it; the public gallery and the final collage show it. A hateful comment is held for a
moderator with the engine's explanation and the attacked group marked, while a counter-speech comment quoting the
same hate is published. The public campaign pages (and the submit page, also after a refusal) are axe-clean in
Turkish and Arabic, and so is the moderation queue."""

import io
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import timezone
from PIL import Image

from tests.browser.test_accessibility import violations
from tests.browser.test_staff_journey import sign_in

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}}
SHOTS = Path("/tmp/shots")
SLUG = "birlikte-yasiyoruz"
TILE_COLOUR = (20, 120, 200)
HATEFUL = "Suriyeliler pis hayvanlar, hepsi defolup gitsin!"
COUNTER_SPEECH = "“Suriyeliler pis hayvanlar” diye yazanları şiddetle kınıyoruz. Bu nefret söylemidir."


def jpeg(path: Path, width: int, height: int, colour=TILE_COLOUR) -> Path:
    """A real JPEG made with Pillow."""
    Image.new("RGB", (width, height), colour).save(path, format="JPEG", quality=90)
    return path


def run_comment_screening() -> int:
    """Do what the task worker does: run the comment screenings the comment form queued (no worker runs during
    the live-server test). Returns how many comments were screened."""
    from django_tasks_db.models import DBTaskResult

    from birarada.campaigns.tasks import screen_comment

    screened = 0
    for result in DBTaskResult.objects.filter(task_path=screen_comment.module_path, status="READY"):
        screened += screen_comment.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
        DBTaskResult.objects.filter(pk=result.pk).update(status="SUCCESSFUL")
    return screened


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 390


def send_photo(page, photo: Path, *, first_time: bool) -> None:
    """Fill (or, after a refusal, complete) the submit form and send it."""
    form = page.locator("main form[enctype='multipart/form-data']")
    if first_time:
        form.locator("input[name=kind][value=image]").check()  # "photo"
        form.locator("#id_title").fill("Komşularımla bayram sofrası")
        form.locator("#id_consent_publish").check()
    page.set_input_files("#id_file", str(photo))
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()


@pytest.fixture
def campaign(demo_city, settings, tmp_path):
    """A public campaign of izmir taking contributions today, asking for square photos of 1080 × 1080 or more."""
    from birarada.campaigns import actions
    from birarada.core.models import Organization

    settings.MEDIA_ROOT = tmp_path / "media"
    today = timezone.localdate()
    created = actions.do_create_campaign(
        Organization.objects.get(slug="izmir"), slug=SLUG, title="Birlikte Yaşıyoruz", actor=None,
        message="Bu kent hepimizin: komşuluk, eşitlik ve saygı.", the_day=today + timedelta(days=5),
        starts_on=today - timedelta(days=3), ends_on=today + timedelta(days=20),
        hashtags="#BirlikteYaşıyoruz #İzmir")
    actions.do_set_spec(created, kind="image", min_width=1080, min_height=1080, aspect_ratio="1:1",
                        max_megabytes=Decimal(5), actor=None)
    return created


def test_a_photo_is_refused_fixed_approved_and_shown_and_hate_is_held(browser, live_server, demo_city, campaign,
                                                                      axe_source, tmp_path):
    from birarada.campaigns import collage
    from birarada.campaigns.choices import CommentStatus, SubmissionStatus
    from birarada.campaigns.models import Comment, Submission

    SHOTS.mkdir(parents=True, exist_ok=True)
    public_tr = f"{live_server.url}/tr/campaigns/izmir/{SLUG}/"
    small = jpeg(tmp_path / "kucuk.jpg", 800, 600)
    square = jpeg(tmp_path / "kare.jpg", 1200, 1200)
    axe_found: dict[str, list[str]] = {}

    # 1. A resident, on a phone, in Turkish, without JavaScript.
    resident = browser.new_context(java_script_enabled=False, locale="tr-TR", **PHONE)
    try:
        page = resident.new_page()
        page.set_default_timeout(15_000)
        assert page.goto(public_tr).status == 200
        assert page.locator("html").get_attribute("lang") == "tr"
        assert "Birlikte Yaşıyoruz" in page.locator("h1").inner_text()
        assert no_horizontal_scroll(page)
        page.screenshot(path=str(SHOTS / "campaigns-public-tr-phone.png"), full_page=True)
        page.locator(f"main a[href$='/campaigns/izmir/{SLUG}/submit/']").first.click()
        page.wait_for_url(f"{public_tr}submit/")
        assert no_horizontal_scroll(page)

        # A photo of 800 × 600: the page says exactly what to change, with the numbers.
        send_photo(page, small, first_time=True)
        alert = page.locator("#problems[role=alert]")
        assert alert.is_visible()
        told = alert.inner_text()
        assert re.search(r"800\D{1,6}600", told), told  # what the photo is …
        assert re.search(r"1080\D{1,6}1080", told), told  # … what the campaign asks for
        assert "4:3" in told and "1:1" in told  # the shape too
        assert Submission.objects.count() == 0  # nothing is kept of a refused contribution
        assert no_horizontal_scroll(page)
        page.screenshot(path=str(SHOTS / "campaigns-submit-refusal-tr-phone.png"), full_page=True)

        # The other answers are kept; only the file is chosen again: a 1200 × 1200 photo fits.
        form = page.locator("main form[enctype='multipart/form-data']")
        assert form.locator("input[name=kind][value=image]").is_checked()
        assert form.locator("#id_title").input_value() == "Komşularımla bayram sofrası"
        assert form.locator("#id_consent_publish").is_checked()
        send_photo(page, square, first_time=False)
        assert page.locator("#problems").count() == 0
        assert page.locator("main [role=status]").is_visible()  # the thank-you page
        assert page.locator(f"main a[href$='/campaigns/izmir/{SLUG}/']").count() == 1
        assert no_horizontal_scroll(page)
    finally:
        resident.close()
    submission = Submission.objects.get()
    assert (submission.status, submission.width, submission.height) == (SubmissionStatus.RECEIVED, 1200, 1200)
    assert submission.language == "tr" and submission.consent_publish
    assert not Submission.objects.filter(status=SubmissionStatus.APPROVED).exists()

    # 2. A curator (communications, izmir) approves it.
    staff = browser.new_context(locale="tr-TR", viewport={"width": 1280, "height": 900})
    try:
        desk = staff.new_page()
        desk.set_default_timeout(15_000)
        sign_in(desk, live_server, "comms.izmir", demo_city)
        desk.wait_for_url(re.compile(r"/tr/workspace/"))
        submissions_url = f"{live_server.url}/tr/workspace/izmir/campaigns/{campaign.pk}/submissions/"
        desk.goto(submissions_url)
        card = desk.locator(f"#submission-{submission.pk}")
        assert "1200 × 1200" in card.inner_text()
        preview = card.locator("img")  # the curator's preview loads (JavaScript is on here)
        preview.scroll_into_view_if_needed()
        desk.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=preview.element_handle())
        card.locator("button[name=decision][value=approve]").click()
        desk.wait_for_url(f"{submissions_url}#submission-{submission.pk}")
    finally:
        staff.close()
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.APPROVED and submission.decided_by.username == "comms.izmir"

    # 3. The gallery shows it (the image really loads) and the collage has exactly one tile: the photo.
    viewer = browser.new_context(locale="tr-TR", **PHONE)
    try:
        page = viewer.new_page()
        page.set_default_timeout(15_000)
        page.goto(public_tr)
        image = page.locator("section.campaign-gallery img")
        assert image.count() == 1
        assert image.get_attribute("alt") == "Komşularımla bayram sofrası"
        image.scroll_into_view_if_needed()  # loading="lazy": it loads when it comes near the screen
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
        fetched = page.request.get(live_server.url + image.get_attribute("src"))
        assert fetched.status == 200 and fetched.headers["content-type"] == "image/jpeg"
        collage_link = page.locator("section.campaign-gallery a[href$='/collage.png']")
        response = page.request.get(live_server.url + collage_link.get_attribute("href"))
        assert response.status == 200 and response.headers["content-type"] == "image/png"
        with Image.open(io.BytesIO(response.body())) as picture:
            one_tile = (2 * collage.MARGIN + collage.TILE,
                        collage.MARGIN + collage.TITLE_BAND + collage.TILE + collage.MARGIN)
            assert picture.size == one_tile
            middle = picture.convert("RGB").getpixel((collage.MARGIN + collage.TILE // 2,
                                                      collage.MARGIN + collage.TITLE_BAND + collage.TILE // 2))
            assert all(abs(a - b) <= 12 for a, b in zip(middle, TILE_COLOUR, strict=True)), middle  # not empty
        assert no_horizontal_scroll(page)
    finally:
        viewer.close()

    # 4. Comments, from the Turkish page without JavaScript: one hateful, one counter-speech quoting hate.
    commenter = browser.new_context(java_script_enabled=False, locale="tr-TR", **PHONE)
    try:
        page = commenter.new_page()
        page.set_default_timeout(15_000)
        for text in (HATEFUL, COUNTER_SPEECH):
            page.goto(public_tr)
            form = page.locator("main form[action$='/comment/']")
            form.locator("#id_text").fill(text)
            form.locator("button[type=submit]").click()
            page.wait_for_load_state()
            assert page.url.endswith("/comment/")
        assert set(Comment.objects.values_list("status", flat=True)) == {CommentStatus.PENDING}
        page.goto(public_tr)
        assert "şiddetle kınıyoruz" not in page.locator("section.campaign-comments").inner_text()  # not screened
        assert run_comment_screening() == 2
        page.goto(public_tr)
        shown = page.locator("section.campaign-comments .comment-list").inner_text()
        assert "şiddetle kınıyoruz" in shown
        assert "hepsi defolup gitsin" not in shown
    finally:
        commenter.close()
    hateful = Comment.objects.get(text=HATEFUL)
    assert hateful.status == CommentStatus.HELD and hateful.engine_label == "hateful"
    assert Comment.objects.get(text=COUNTER_SPEECH).status == CommentStatus.PUBLISHED
    explanation = hateful.analysis["explanation"]
    assert explanation

    # 5. The moderator sees the hateful comment in the queue, with the engine's explanation and the group marked.
    staff = browser.new_context(locale="tr-TR", bypass_csp=True, viewport={"width": 1280, "height": 900})
    try:
        desk = staff.new_page()
        desk.set_default_timeout(15_000)
        sign_in(desk, live_server, "moderator.izmir", demo_city)
        desk.wait_for_url(re.compile(r"/tr/workspace/"))
        desk.goto(f"{live_server.url}/tr/workspace/izmir/campaigns/moderation/")
        queue = desk.locator("ol.moderation-queue > li")
        assert queue.count() == 1  # the counter-speech is not in it
        held = queue.first
        assert held.locator(f"#held-text-{hateful.pk}").inner_text() == HATEFUL
        assert held.locator(f"#held-text-{hateful.pk} mark").inner_text() == "Suriyeliler"
        assert explanation in held.inner_text()
        axe_found["moderation tr"] = violations(desk, axe_source)
        desk.screenshot(path=str(SHOTS / "campaigns-moderation-queue.png"), full_page=True)
    finally:
        staff.close()

    # 6. With a screen reader's eyes (axe needs JavaScript) on a phone's width, in Turkish and Arabic: the public
    # page (gallery and comments filled in), the submit page, and the submit page after a refusal.
    for language in ("tr", "ar"):
        checker = browser.new_context(locale=language, bypass_csp=True, **PHONE)
        try:
            view = checker.new_page()
            view.set_default_timeout(15_000)
            public = f"{live_server.url}/{language}/campaigns/izmir/{SLUG}/"
            view.goto(public)
            assert view.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
            axe_found[f"public {language}"] = violations(view, axe_source)
            assert no_horizontal_scroll(view), public
            if language == "ar":
                view.screenshot(path=str(SHOTS / "campaigns-public-ar-phone.png"), full_page=True)
            view.goto(f"{public}submit/")
            axe_found[f"submit {language}"] = violations(view, axe_source)
            send_photo(view, small, first_time=True)
            assert view.locator("#problems[role=alert]").is_visible()
            axe_found[f"submit refusal {language}"] = violations(view, axe_source)
            assert no_horizontal_scroll(view), f"{public}submit/ (refusal)"
        finally:
            checker.close()
    assert Submission.objects.count() == 1  # the refusals kept nothing
    assert axe_found == {key: [] for key in axe_found}
