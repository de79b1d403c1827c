"""Files read by their content: photos with Pillow, videos with ffprobe (and nothing else), the rest refused."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from birarada.campaigns import media
from tests.campaigns.conftest import image_bytes


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def test_a_photo_is_read_from_its_pixels():
    probed = media.probe(upload("photo.png", image_bytes(1200, 900)))
    assert (probed.kind, probed.content_type, probed.width, probed.height, probed.seconds) == (
        "image", "image/png", 1200, 900, None)
    assert probed.size > 0


def test_a_real_video_is_read_by_ffprobe(make_clip):
    path = make_clip(3, 320, 240)
    probed = media.probe(path)
    assert (probed.kind, probed.content_type, probed.width, probed.height) == ("video", "video/mp4", 320, 240)
    assert probed.seconds == pytest.approx(3.0, abs=0.1)
    assert probed.size == path.stat().st_size
    # The same from an upload kept in memory (copied to a temporary file for ffprobe, then removed).
    assert media.probe(upload("clip.mp4", path.read_bytes())).seconds == probed.seconds


def test_a_renamed_text_file_is_refused():
    with pytest.raises(media.MediaError, match="This is not a photo or a video we can read"):
        media.probe(upload("holiday.jpg", "Merhaba, bu bir fotoğraf değil.\n".encode()))


def test_a_damaged_video_is_refused_with_a_message():
    fake = b"\x00\x00\x00\x18ftypmp42" + b"\x00garbage" * 50
    with pytest.raises(media.MediaError, match="The video could not be read"):
        media.probe(upload("clip.mp4", fake))


def test_without_ffprobe_a_video_is_refused_never_taken_unchecked(make_clip, monkeypatch):
    monkeypatch.setattr(media.shutil, "which", lambda name: None)
    with pytest.raises(media.MediaError, match="Videos cannot be checked on this server"):
        media.probe(make_clip(3))


def test_a_picture_with_too_many_pixels_is_refused_before_it_is_decoded(monkeypatch):
    monkeypatch.setattr(media, "MAX_PIXELS", 10_000)
    with pytest.raises(media.MediaError, match=r"too many pixels \(200 × 100\)"):
        media.probe(upload("big.png", image_bytes(200, 100)))


def test_an_empty_file_is_refused():
    with pytest.raises(media.MediaError, match="The file is empty"):
        media.probe(upload("nothing.jpg", b""))


def test_a_gif_is_refused_with_the_formats_we_take():
    with pytest.raises(media.MediaError, match="JPEG, PNG or WebP"):
        media.probe(upload("anim.gif", image_bytes(50, 50, "GIF")))


def gps_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (38.0, 25.0, 12.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (27.0, 8.0, 30.0)
    return exif


def test_re_encoding_leaves_exif_and_gps_behind_and_turns_the_photo_upright():
    original = image_bytes(600, 800, "JPEG", exif=gps_exif(orientation=6))
    with Image.open(io.BytesIO(original)) as before:
        assert before.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the test photo really carries a position
    assert media.probe(upload("p.jpg", original)).width == 800  # read as it is shown: turned a quarter
    data, probed = media.reencode_image(upload("p.jpg", original))
    with Image.open(io.BytesIO(data)) as after:
        assert after.format == "JPEG"
        assert not after.getexif()
        assert after.size == (800, 600)
    assert b"Exif" not in data and b"PhoneMaker" not in data
    assert (probed.width, probed.height, probed.size) == (800, 600, len(data))


def test_shapes_are_named_as_people_name_them():
    assert media.shape(1920, 1080) == "16:9"
    assert media.shape(800, 600) == "4:3"
    assert media.shape(1080, 1350) == "4:5"
    assert media.shape(1000, 1000) == "1:1"
    assert media.shape(2520, 1080) == "21:9"


def test_sizes_in_megabytes():
    assert media.megabytes(14_200_000) == "14.2"
    assert media.megabytes(10_000_000) == "10"
