import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from birarada.campaigns import actions, toolkit
from birarada.campaigns.models import Asset
from birarada.core.models import AuditEvent, Role
from tests.campaigns.conftest import png_bytes
from tests.conftest import en


@pytest.fixture
def comms(city, make_member):
    return make_member("comms", city["izmir"], Role.COMMUNICATIONS)


@pytest.fixture
def campaign(city, make_campaign, campaign_media):
    return make_campaign(city["izmir"], "multeciler")


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def frame_png(width=400, height=400):
    """A profile frame: an opaque green border with a transparent middle."""
    image = Image.new("RGBA", (width, height), (0, 128, 0, 255))
    image.paste((0, 0, 0, 0), (40, 40, width - 40, height - 40))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_the_lead_uploads_a_real_image_and_its_size_is_read(client, city, comms, campaign):
    client.force_login(comms)
    response = client.post(en("campaigns:campaign_change", "izmir", campaign.pk, "asset"), {
        "kind": "banner", "title": "Afiş 1080", "spec": "1080 × 1080 px, PNG",
        "file": upload("afis.png", png_bytes(1080, 1080), "image/png")})
    assert response.status_code == 302
    asset = Asset.objects.get()
    assert (asset.content_type, asset.width, asset.height) == ("image/png", 1080, 1080)
    assert asset.size == len(png_bytes(1080, 1080)) and "afis" not in asset.file.name
    page = client.get(en("campaigns:campaign", "izmir", campaign.pk)).content.decode()
    assert "1080 × 1080 px" in page and "Afiş 1080" in page
    download = client.get(en("campaigns:asset", "izmir", campaign.pk, asset.pk))
    assert download.status_code == 200 and b"".join(download.streaming_content) == png_bytes(1080, 1080)
    assert "attachment" in download["Content-Disposition"]
    # A public campaign's toolkit is for everyone.
    client.logout()
    public = client.get(en("campaigns:public_asset", "izmir", campaign.slug, asset.pk))
    assert public.status_code == 200 and public["Content-Type"] == "image/png"


def test_a_renamed_text_file_is_refused_with_a_message(client, city, comms, campaign):
    client.force_login(comms)
    response = client.post(en("campaigns:campaign_change", "izmir", campaign.pk, "asset"), {
        "kind": "banner", "title": "Sahte", "file": upload("afis.png", b"just some words\n", "image/png")})
    assert response.status_code == 400
    assert "is not what its name says: its content is TXT" in response.content.decode()
    assert not Asset.objects.exists()
    assert not AuditEvent.objects.filter(verb="campaign.asset_add").exists()


@pytest.mark.parametrize("name, data, message", [
    ("bos.pdf", b"", "is empty"),
    ("bozuk.png", png_bytes(300, 300)[:60], "could not be read"),
    ("program.exe", b"MZ\x90\x00" + bytes(range(256)) * 4, "not a file the toolkit keeps"),
])
def test_empty_damaged_and_unknown_files_are_refused(campaign, name, data, message):
    with pytest.raises(actions.CampaignError, match=message):
        actions.do_add_asset(campaign, kind="other", title="X", upload=upload(name, data), actor=None)
    assert not Asset.objects.exists()


def test_a_file_over_25_mb_is_refused(campaign):
    big = upload("big.txt", b"a" * (toolkit.MAX_ASSET_BYTES + 1))
    with pytest.raises(actions.CampaignError, match="larger than 25 MB"):
        actions.do_add_asset(campaign, kind="briefing", title="X", upload=big, actor=None)


def test_a_profile_frame_must_be_a_transparent_png(campaign):
    with pytest.raises(actions.CampaignError, match="transparent middle"):
        actions.do_add_asset(campaign, kind="profile_frame", title="Çerçeve", actor=None,
                             upload=upload("frame.png", png_bytes(400, 400)))
    asset = actions.do_add_asset(campaign, kind="profile_frame", title="Çerçeve", actor=None,
                                 upload=upload("frame.png", frame_png()))
    assert (asset.width, asset.height) == (400, 400)


def test_the_toolkit_as_one_zip_with_safe_unique_names(client, city, comms, campaign):
    actions.do_add_asset(campaign, kind="banner", title="Afiş / ../../etc", actor=None,
                         upload=upload("a.png", png_bytes(10, 10)))
    actions.do_add_asset(campaign, kind="banner", title="Afiş / ../../etc", actor=None,
                         upload=upload("b.png", png_bytes(20, 20)), spec="1080 × 1080 px")
    actions.do_add_asset(campaign, kind="briefing", title="Bilgi notu", actor=None,
                         upload=upload("not.txt", "Kampanya hakkında".encode()))
    client.force_login(comms)
    response = client.get(en("campaigns:toolkit_zip", "izmir", campaign.pk))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert sorted(names) == ["README.txt", "afis-etc-2.png", "afis-etc.png", "bilgi-notu.txt"]
    assert archive.read("afis-etc.png") == png_bytes(10, 10)
    assert archive.read("bilgi-notu.txt").decode() == "Kampanya hakkında"
    readme = archive.read("README.txt").decode()
    assert "Format to keep: 1080 × 1080 px" in readme and "#BirlikteIzmir" in readme
    public = client.get(en("campaigns:public_toolkit_zip", "izmir", campaign.slug))
    assert sorted(zipfile.ZipFile(io.BytesIO(public.content)).namelist()) == sorted(names)


def test_the_lead_removes_a_file(client, city, comms, campaign, django_capture_on_commit_callbacks):
    asset = actions.do_add_asset(campaign, kind="banner", title="Afiş", actor=None,
                                 upload=upload("a.png", png_bytes(10, 10)))
    stored = asset.file.name
    client.force_login(comms)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(en("campaigns:campaign_change", "izmir", campaign.pk, "asset-remove"),
                               {"asset": asset.pk})
    assert response.status_code == 302 and not Asset.objects.exists()
    assert not asset.file.storage.exists(stored)


def jpeg_with_gps(width=600, height=300):
    image = Image.new("RGB", (width, height), (30, 60, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (38.0, 25.0, 12.0), "E", (27.0, 8.0, 30.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    data = out.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)  # the test photo does carry a position
    return data


def test_the_profile_frame_returns_a_framed_png_without_exif(client, city, campaign):
    actions.do_add_asset(campaign, kind="profile_frame", title="Çerçeve", actor=None,
                         upload=upload("frame.png", frame_png(400, 400)))
    page = client.get(en("campaigns:public_campaign", "izmir", campaign.slug)).content.decode()
    assert en("campaigns:frame", "izmir", campaign.slug) in page
    response = client.post(en("campaigns:frame", "izmir", campaign.slug),
                           {"photo": upload("ben.jpg", jpeg_with_gps(), "image/jpeg")})
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert "attachment" in response["Content-Disposition"]
    framed = Image.open(io.BytesIO(response.content))
    assert framed.format == "PNG" and framed.size == (400, 400)
    assert not framed.getexif() and "exif" not in framed.info
    assert b"PhoneMaker" not in response.content
    assert framed.getpixel((5, 5))[:3] == (0, 128, 0)  # the frame on top
    inside = framed.getpixel((200, 200))[:3]
    assert all(abs(a - b) <= 3 for a, b in zip(inside, (30, 60, 200), strict=True)), inside  # the photo inside
    assert not Asset.objects.filter(kind="banner").exists() and Asset.objects.count() == 1  # nothing stored


def test_the_profile_frame_refuses_what_is_not_a_photo(client, city, campaign):
    actions.do_add_asset(campaign, kind="profile_frame", title="Çerçeve", actor=None,
                         upload=upload("frame.png", frame_png()))
    response = client.post(en("campaigns:frame", "izmir", campaign.slug),
                           {"photo": upload("ben.jpg", b"not a photo at all", "image/jpeg")})
    assert response.status_code == 400
    assert "could not be read as a photo" in response.content.decode()


def test_no_frame_no_frame_page(client, city, campaign):
    assert client.get(en("campaigns:frame", "izmir", campaign.slug)).status_code == 404


def test_the_exif_orientation_is_applied(campaign):
    """A portrait photo stored sideways (orientation 6) comes back upright: its top stays at the top."""
    actions.do_add_asset(campaign, kind="profile_frame", title="Çerçeve", actor=None,
                         upload=upload("frame.png", frame_png(100, 200)))
    frame = Asset.objects.get()
    # Stored 200 wide × 100 high; shown rotated 90° clockwise, so its left half (red) becomes the top.
    image = Image.new("RGB", (200, 100), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, 100, 100))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, quality=95)
    framed = Image.open(io.BytesIO(toolkit.frame_photo(upload("p.jpg", out.getvalue()), frame)))
    assert framed.size == (100, 200)
    top, bottom = framed.getpixel((50, 60)), framed.getpixel((50, 140))
    assert top[0] > 200 and top[2] < 60 and bottom[2] > 200 and bottom[0] < 60


def test_the_profile_frame_is_rate_limited(client, city, campaign, monkeypatch):
    from birarada.core import ratelimit

    actions.do_add_asset(campaign, kind="profile_frame", title="Çerçeve", actor=None,
                         upload=upload("frame.png", frame_png()))
    monkeypatch.setattr(ratelimit, "allow", lambda *args, **kwargs: False)
    response = client.post(en("campaigns:frame", "izmir", campaign.slug),
                           {"photo": upload("ben.jpg", jpeg_with_gps(), "image/jpeg")})
    assert response.status_code == 429
