"""Contributions checked on arrival against the campaign's format, curated, shown in the gallery and the collage,
and their senders' details erased after the campaign."""

import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.utils import timezone
from PIL import ExifTags, Image

from birarada.campaigns import media
from birarada.campaigns.choices import MediaKind, SubmissionStatus
from birarada.campaigns.media import Probe
from birarada.campaigns.models import Submission, SubmissionSpec
from birarada.campaigns.submissions import SubmissionError, check_against_spec, do_curate, do_submit
from birarada.core.models import AuditEvent, Role
from tests.campaigns.conftest import image_bytes, set_spec
from tests.conftest import en


def stored_files(root) -> list:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def send(client, campaign, *, data: bytes | None = None, name: str = "photo.png", **fields):
    values = {"kind": "image", "title": "Komşum", "text": "", "submitter_name": "Ayşe Yılmaz",
              "submitter_contact": "ayse@example.org", "consent_publish": "on", **fields}
    if data is not None:
        values["file"] = SimpleUploadedFile(name, data)
    return client.post(en("campaigns:submit", campaign.organization.slug, campaign.slug), values)


def submit(campaign, **values) -> Submission:
    defaults = {"kind": "image", "title": "Komşum", "text": "", "upload": None, "submitter_name": "Ayşe",
                "submitter_contact": "ayse@example.org", "consent_publish": True, "consent_named": False,
                "language": "tr"}
    defaults.update(values)
    return do_submit(campaign, **defaults)


def photo(name="p.png", width=1200, height=1200, fmt="PNG") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes(width, height, fmt))


# ---- the messages, with the numbers -------------------------------------------------------------------------

def spec(**values) -> SubmissionSpec:
    return SubmissionSpec(kind=values.pop("kind", "image"), aspect_ratio=values.pop("aspect_ratio", ""), **values)


def test_each_message_says_what_to_change_with_the_numbers():
    assert check_against_spec(Probe("video", "video/mp4", 1080, 1920, 94.0, 1000), spec(kind="video", max_seconds=60)
                              ) == ["The video is 94 seconds long; the campaign asks for at most 60 seconds."]
    assert check_against_spec(Probe("image", "image/png", 800, 600, None, 1000),
                              spec(min_width=1080, min_height=1080)) == [
        "The photo is 800 × 600 pixels; the campaign asks for at least 1080 × 1080."]
    assert check_against_spec(Probe("image", "image/png", 1600, 1200, None, 1000), spec(aspect_ratio="1:1")) == [
        "The photo's shape is 4:3; the campaign asks for 1:1."]
    assert check_against_spec(Probe("image", "image/jpeg", 2000, 2000, None, 14_200_000),
                              spec(max_megabytes=Decimal("10.0"))) == [
        "The file is 14.2 MB; the campaign accepts at most 10 MB."]
    assert check_against_spec("x" * 2345, spec(kind="text", max_characters=2000)) == [
        "The text is 2345 characters long; the campaign asks for at most 2000 characters."]


def test_every_problem_is_listed_at_once_and_small_differences_fit():
    found = check_against_spec(Probe("image", "image/png", 800, 600, None, 3_000_000),
                               spec(min_width=1080, min_height=1080, aspect_ratio="1:1", max_megabytes=Decimal(2)))
    assert len(found) == 3
    # 2 % off the shape, a duration rounded by the container: they fit.
    assert check_against_spec(Probe("image", "image/png", 1015, 1000, None, 1), spec(aspect_ratio="1:1")) == []
    assert check_against_spec(Probe("video", "video/mp4", 1, 1, 60.04, 1), spec(kind="video", max_seconds=60)) == []
    assert check_against_spec(Probe("image", "image/png", 800, 600, None, 1), None) == []


# ---- on arrival, through the public form ------------------------------------------------------------------------

def test_a_too_long_real_video_is_refused_with_the_exact_message_and_nothing_kept(client, drive, media_root,
                                                                                    make_clip):
    set_spec(drive, "video", max_seconds=2)
    response = send(client, drive, kind="video", data=make_clip(3).read_bytes(), name="clip.mp4",
                    title="Mahallemiz")
    assert response.status_code == 400
    page = response.content.decode()
    assert "The video is 3 seconds long; the campaign asks for at most 2 seconds." in page
    assert 'role="alert"' in page
    assert "choose the corrected file again" in page
    assert 'value="Mahallemiz"' in page and 'value="ayse@example.org"' in page  # the other fields are kept
    assert not Submission.objects.exists() and stored_files(media_root) == []


def test_a_too_small_photo_is_refused_with_its_size(client, drive, media_root):
    set_spec(drive, "image", min_width=1080, min_height=1080)
    response = send(client, drive, data=image_bytes(800, 600))
    assert response.status_code == 400
    assert "The photo is 800 × 600 pixels; the campaign asks for at least 1080 × 1080." in response.content.decode()
    assert not Submission.objects.exists() and stored_files(media_root) == []


def test_a_photo_of_the_wrong_shape_is_refused(client, drive, media_root):
    set_spec(drive, "image", aspect_ratio="1:1")
    response = send(client, drive, data=image_bytes(1600, 1200))
    assert response.status_code == 400
    assert "The photo&#x27;s shape is 4:3; the campaign asks for 1:1." in response.content.decode()


def test_a_too_big_file_is_refused_with_its_size(client, drive, media_root):
    set_spec(drive, "image", max_megabytes=Decimal("0.1"))
    data = image_bytes(300, 300, noise=True)
    assert len(data) > 200_000
    response = send(client, drive, data=data)
    assert response.status_code == 400
    message = f"The file is {media.megabytes(len(data))} MB; the campaign accepts at most 0.1 MB."
    assert message in response.content.decode()
    assert not Submission.objects.exists()


def test_a_renamed_text_file_is_refused(client, drive, media_root):
    response = send(client, drive, data="Bu bir fotoğraf değil".encode(), name="photo.jpg")
    assert response.status_code == 400
    assert "This is not a photo or a video we can read" in response.content.decode()
    assert not Submission.objects.exists()


def test_a_good_photo_is_taken_re_encoded_without_exif_or_gps(client, drive, media_root):
    set_spec(drive, "image", min_width=1080, min_height=1080, aspect_ratio="1:1", max_megabytes=Decimal(10))
    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] = (38.0, 25.0, 12.0)
    exif[ExifTags.Base.Make] = "PhoneMaker"
    original = image_bytes(1200, 1200, "JPEG", exif=exif)
    assert b"PhoneMaker" in original
    response = send(client, drive, data=original, name="IMG_0042.jpg", consent_named="on")
    assert response.status_code == 200
    assert "Thank you for your contribution" in response.content.decode()
    item = Submission.objects.get()
    assert (item.kind, item.width, item.height, item.content_type) == ("image", 1200, 1200, "image/jpeg")
    assert item.status == SubmissionStatus.RECEIVED and item.engine_label == "none"
    assert item.submitter_name == "Ayşe Yılmaz" and item.consent_publish and item.consent_named
    assert "IMG_0042" not in item.file.name  # the sender's file name is not kept
    kept = item.file.read()
    assert b"PhoneMaker" not in kept and b"Exif" not in kept
    with Image.open(io.BytesIO(kept)) as stored:
        assert not stored.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    audit = AuditEvent.objects.get(verb="campaign.submit")
    assert audit.changes["submission"] == item.pk
    assert "Ayşe" not in str(audit.changes) and "ayse@" not in str(audit.changes)


def test_a_video_that_fits_is_kept_as_sent_with_its_duration(drive, media_root, make_clip):
    set_spec(drive, "video", max_seconds=5, min_width=320, min_height=240)
    path = make_clip(3)
    item = submit(drive, kind="video", upload=SimpleUploadedFile("clip.mp4", path.read_bytes()))
    assert item.seconds == pytest.approx(Decimal(3), abs=Decimal("0.1"))
    assert item.content_type == "video/mp4" and item.file.read() == path.read_bytes()


def test_without_ffprobe_a_video_is_refused_with_the_message(drive, media_root, make_clip, monkeypatch):
    monkeypatch.setattr(media.shutil, "which", lambda name: None)
    with pytest.raises(SubmissionError) as refused:
        submit(drive, kind="video", upload=SimpleUploadedFile("clip.mp4", make_clip(3).read_bytes()))
    assert refused.value.messages == ["Videos cannot be checked on this server at the moment, so they are not taken. "
                                      "Send a photo or a text, or try again later."]
    assert not Submission.objects.exists() and stored_files(media_root) == []


def test_a_photo_sent_as_a_video_is_named_for_what_it_is(drive, media_root):
    with pytest.raises(SubmissionError, match="You chose to send a video, but the file is a photo."):
        submit(drive, kind="video", upload=photo())


def test_consent_to_publication_is_required_on_the_public_form(client, drive, media_root):
    response = send(client, drive, data=image_bytes(500, 500), consent_publish="")
    assert response.status_code == 400
    assert "We can only take a contribution you agree we may publish" in response.content.decode()
    assert not Submission.objects.exists()
    with pytest.raises(SubmissionError):
        submit(drive, upload=photo(), consent_publish=False)


def test_a_hateful_text_is_received_but_flagged_for_the_curator(drive, media_root):
    set_spec(drive, "text", max_characters=500)
    item = submit(drive, kind="text", title="Görüşüm", text="Suriyeliler defolsun gitsin, hepsi pislik")
    assert item.status == SubmissionStatus.RECEIVED and item.engine_label == "hateful"
    with pytest.raises(SubmissionError, match="The text is 501 characters long"):
        submit(drive, kind="text", title="Uzun", text="a" * 501)
    with pytest.raises(SubmissionError, match="This campaign does not take this kind of contribution"):
        submit(drive, title="Fotoğraf", upload=photo())  # only texts were asked for
    set_spec(drive, "image")
    with pytest.raises(SubmissionError, match="The caption is 2001 characters long"):
        submit(drive, title="Uzun", text="a" * 2001, upload=photo())


def test_the_honeypot_keeps_nothing_and_a_closed_campaign_takes_nothing(client, drive, media_root):
    assert send(client, drive, data=image_bytes(500, 500), leave_empty="bot").status_code == 200
    assert not Submission.objects.exists()
    drive.ends_on = timezone.localdate() - timedelta(days=1)
    drive.save()
    response = send(client, drive, data=image_bytes(500, 500))
    assert response.status_code == 400 and "does not take contributions" in response.content.decode()
    assert not Submission.objects.exists()


def test_the_form_shows_the_campaigns_format_before_it(client, drive):
    set_spec(drive, "image", min_width=1080, min_height=1080, aspect_ratio="1:1", max_megabytes=Decimal(10),
             instructions="Mahallenizden bir kare.")
    page = client.get(en("campaigns:submit", "izmir", drive.slug)).content.decode()
    assert "at least 1080 × 1080 pixels, shape 1:1, at most 10 MB" in page
    assert page.index("Mahallenizden bir kare.") < page.index("<form")
    # Only the kinds the campaign specified are offered.
    assert 'value="image"' in page and 'value="video"' not in page


# ---- staff: submitting for a city, curating ---------------------------------------------------------------------

def test_a_participating_city_submits_for_itself_and_sees_only_its_own(client, city, drive, media_root, make_member):
    submit(drive, title="Halktan", upload=photo())
    client.force_login(make_member("bornova-comms", city["bornova"], Role.COMMUNICATIONS))
    url = en("campaigns:submissions", "bornova", drive.pk)
    response = client.post(url, {"kind": "image", "title": "Bornova'dan", "file": photo(), "consent_publish": "on"})
    assert response.status_code == 302
    mine = Submission.objects.get(title="Bornova'dan")
    assert mine.organization == city["bornova"]
    page = client.get(url).content.decode()
    assert "Bornova&#x27;dan" in page and "Halktan" not in page
    assert 'value="approve"' not in page  # the lead's curators decide
    item = Submission.objects.get(title="Halktan")
    refused = client.post(en("campaigns:curate", "bornova", drive.pk, mine.pk), {"decision": "approve"})
    assert refused.status_code == 404
    assert client.get(en("campaigns:submission_file", "bornova", drive.pk, item.pk)).status_code == 404


def test_a_staff_submission_that_does_not_fit_shows_the_messages(client, city, drive, media_root, make_member):
    set_spec(drive, "image", min_width=1080, min_height=1080)
    client.force_login(make_member("bornova-comms", city["bornova"], Role.COMMUNICATIONS))
    response = client.post(en("campaigns:submissions", "bornova", drive.pk),
                           {"kind": "image", "title": "Küçük", "file": photo(width=640, height=640)})
    assert response.status_code == 400
    assert "The photo is 640 × 640 pixels" in response.content.decode()


def test_curators_approve_and_not_accept_with_a_reason(client, city, drive, media_root, make_member):
    curator = make_member("curator", city["izmir"], Role.COMMUNICATIONS)
    item = submit(drive, upload=photo())
    with pytest.raises(SubmissionError, match="Say why"):
        do_curate(item, approve=False, reason="  ", actor=curator)
    client.force_login(curator)
    url = en("campaigns:curate", "izmir", drive.pk, item.pk)
    client.post(url, {"decision": "reject", "reason": ""})
    item.refresh_from_db()
    assert item.status == SubmissionStatus.RECEIVED
    client.post(url, {"decision": "reject", "reason": "Yüzler tanınıyor"})
    item.refresh_from_db()
    assert (item.status, item.reason, item.decided_by) == (SubmissionStatus.REJECTED, "Yüzler tanınıyor", curator)
    assert client.post(url, {"decision": "approve"}).status_code == 302
    item.refresh_from_db()
    assert item.status == SubmissionStatus.APPROVED and item.decided_at
    assert AuditEvent.objects.filter(verb="campaign.curate").count() == 2


def test_the_list_shows_previews_and_figures_and_names_only_when_opened_with_an_audit_row(client, city, drive,
                                                                                          media_root, make_member):
    item = submit(drive, upload=photo(width=1200, height=900), submitter_name="Ayşe Yılmaz")
    submit(drive, kind="text", title="Nefret", text="Göçmenler pis hayvanlardır")
    client.force_login(make_member("curator", city["izmir"], Role.COORDINATOR))
    url = en("campaigns:submissions", "izmir", drive.pk)
    page = client.get(url).content.decode()
    thumb = en("campaigns:submission_file", "izmir", drive.pk, item.pk) + "?thumb=1"
    assert thumb in page and "1200 × 900 px" in page
    assert "Hateful" in page or "hateful" in page
    assert "Ayşe Yılmaz" not in page and not AuditEvent.objects.filter(verb="campaign.submitters_view").exists()
    page = client.get(url + "?names=1").content.decode()
    assert "Ayşe Yılmaz" in page and "ayse@example.org" in page
    assert AuditEvent.objects.get(verb="campaign.submitters_view").changes == {"submissions": 2}
    preview = client.get(thumb)
    assert preview.status_code == 200 and preview["Content-Type"] == "image/jpeg"
    assert preview["Cache-Control"] == "private, no-store"
    with Image.open(io.BytesIO(preview.content)) as small:
        assert max(small.size) <= 480


def test_the_staff_file_view_is_404_for_another_organization(client, city, drive, media_root, make_member):
    item = submit(drive, upload=photo())
    client.force_login(make_member("other", city["elsewhere"], Role.COORDINATOR))
    assert client.get(en("campaigns:submission_file", "elsewhere", drive.pk, item.pk)).status_code == 404
    assert client.get(en("campaigns:submission_file", "izmir", drive.pk, item.pk)).status_code == 404


# ---- the gallery and the collage ----------------------------------------------------------------------------------

def approved(campaign, **values) -> Submission:
    item = submit(campaign, **values)
    return do_curate(item, approve=True, reason="", actor=None)


def test_the_gallery_shows_approved_and_consented_ones_and_names_only_with_consent(client, drive, media_root):
    named = approved(drive, title="Adıyla", upload=photo(), submitter_name="Ayşe Yılmaz", consent_named=True)
    anonymous = approved(drive, title="Adsız", upload=photo(), submitter_name="Mehmet Kaya")
    waiting = submit(drive, title="Bekleyen", upload=photo())
    rejected = do_curate(submit(drive, title="Reddedilen", upload=photo()), approve=False, reason="Bulanık",
                         actor=None)
    unconsented = submit(drive, title="İzinsiz", upload=photo(), consent_publish=False, organization=drive.organization)
    do_curate(unconsented, approve=True, reason="", actor=None)
    video = approved(drive, kind="text", title="Şiir", text="Birlikte güçlüyüz")
    html = render_to_string("campaigns/_gallery.html", {"campaign": drive})
    assert "Adıyla" in html and "Adsız" in html and "Şiir" in html
    assert "Bekleyen" not in html and "Reddedilen" not in html and "İzinsiz" not in html
    assert "Ayşe Yılmaz" in html and "Mehmet Kaya" not in html
    assert 'alt="Adıyla"' in html
    public = en("campaigns:gallery_file", "izmir", drive.slug, named.pk)
    assert public in html
    assert client.get(public).status_code == 200
    assert client.get(public + "?thumb=1")["Content-Type"] == "image/jpeg"
    for hidden in (waiting, rejected, unconsented, video):  # a text has no file to serve
        assert client.get(en("campaigns:gallery_file", "izmir", drive.slug, hidden.pk)).status_code == 404
    assert anonymous.pk


def test_a_gallery_video_is_a_download_with_its_duration(client, drive, media_root, make_clip):
    item = approved(drive, kind="video", title="Film", upload=SimpleUploadedFile("c.mp4", make_clip(3).read_bytes()))
    html = render_to_string("campaigns/_gallery.html", {"campaign": drive})
    assert "Download the video (3 seconds)" in html
    response = client.get(en("campaigns:gallery_file", "izmir", drive.slug, item.pk))
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]


def collage_size(client, campaign, **query) -> tuple[int, int]:
    response = client.get(en("campaigns:collage", campaign.organization.slug, campaign.slug, "png"), query)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    with Image.open(io.BytesIO(response.content)) as picture:
        return picture.size


def test_the_collage_grows_with_the_count_and_the_pdf_parses(client, city, drive, media_root):
    from pypdf import PdfReader

    empty = collage_size(client, drive)
    approved(drive, upload=photo(width=1600, height=900))
    one = collage_size(client, drive)
    assert one == empty  # one cell either way
    for _ in range(3):
        approved(drive, upload=photo())
    four = collage_size(client, drive)  # 2 × 2
    approved(drive, upload=photo(width=600, height=1200), organization=city["bornova"])
    five = collage_size(client, drive)  # 3 columns, 2 rows
    assert four[0] > one[0] and four[1] > one[1]
    assert five[0] > four[0] and five[1] == four[1]
    assert collage_size(client, drive, city="bornova") == one  # Bornova's own: one photo
    assert client.get(en("campaigns:collage", "izmir", drive.slug, "png"), {"city": "elsewhere"}).status_code == 404
    response = client.get(en("campaigns:collage", "izmir", drive.slug, "pdf"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1 and reader.metadata.title == drive.title


def test_a_campaign_that_is_not_public_has_no_gallery_files_nor_collage(client, drive, media_root):
    item = approved(drive, upload=photo())
    drive.is_public = False
    drive.save()
    assert client.get(en("campaigns:collage", "izmir", drive.slug, "png")).status_code == 404
    assert client.get(en("campaigns:gallery_file", "izmir", drive.slug, item.pk)).status_code == 404


# ---- retention ----------------------------------------------------------------------------------------------------

def test_senders_details_are_erased_after_the_retention_period(drive, media_root, settings):
    from birarada.campaigns.tasks import purge_submitters

    named = approved(drive, title="Adıyla", upload=photo(), submitter_name="Ayşe", consent_named=True)
    unnamed = approved(drive, title="Adsız", upload=photo(), submitter_name="Mehmet")
    waiting = submit(drive, title="Bekleyen", upload=photo(), submitter_name="Zeynep")
    waiting_file = media_root / waiting.file.name
    assert waiting_file.exists()
    assert purge_submitters.call() == 0  # the campaign is running: nothing goes
    drive.ends_on = timezone.localdate() - timedelta(days=settings.CAMPAIGNS_RETENTION_DAYS + 1)
    drive.save()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda f, *a, **k: f())
        assert purge_submitters.call() == 3
    named.refresh_from_db(), unnamed.refresh_from_db(), waiting.refresh_from_db()
    assert (named.submitter_name, named.submitter_contact, named.purged_at) == ("Ayşe", "", None)
    assert (unnamed.submitter_name, unnamed.submitter_contact, unnamed.purged_at) == ("", "", None)
    assert unnamed.file and (media_root / unnamed.file.name).exists()  # the gallery keeps it
    assert waiting.submitter_name == "" and waiting.purged_at and not waiting.file and not waiting_file.exists()
    assert AuditEvent.objects.get(verb="campaign.purge").changes == {"submissions": 3, "files": 1}
    html = render_to_string("campaigns/_gallery.html", {"campaign": drive})
    assert "Adıyla" in html and "Adsız" in html and "Ayşe" in html
    assert MediaKind.IMAGE == "image"
