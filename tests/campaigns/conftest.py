import pytest


@pytest.fixture(autouse=True)
def english_messages():
    """Actions' messages are read in English here (pages choose their language by address)."""
    from django.utils import translation

    with translation.override("en"):
        yield


# ---- campaigns, phases, messages, toolkit (helper A) -------------------------------------------------------

@pytest.fixture
def campaign_media(settings, tmp_path):
    """Uploaded files go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def make_campaign():
    """`make_campaign(organization, slug, days=10, **extra)`: a campaign whose day is `days` from today."""
    from datetime import timedelta

    from django.utils import timezone

    from birarada.campaigns import actions

    def make(organization, slug="kampanya", days=10, **extra):
        the_day = timezone.localdate() + timedelta(days=days)
        values = {"title": f"Kampanya {slug}", "message": "Birlikte daha güçlüyüz.", "the_day": the_day,
                  "starts_on": the_day - timedelta(days=60), "ends_on": the_day + timedelta(days=14),
                  "hashtags": "#BirlikteIzmir #Esitlik"}
        values.update(extra)
        return actions.do_create_campaign(organization, slug=slug, actor=None, **values)

    return make


def png_bytes(width=100, height=80, mode="RGB", color=(200, 30, 30)):
    """A real PNG made with Pillow."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new(mode, (width, height), color).save(out, format="PNG")
    return out.getvalue()


# ---- submissions (birarada/campaigns/submissions.py) ---------------------------------------------------------

@pytest.fixture
def media_root(settings, tmp_path):
    """Stored files go to a temporary folder; the test can list what was kept."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(scope="session")
def make_clip(tmp_path_factory):
    """`make_clip(seconds, width, height)`: a real H.264 MP4 test pattern made by ffmpeg."""
    import subprocess

    folder = tmp_path_factory.mktemp("clips")

    def make(seconds: int, width: int = 320, height: int = 240):
        path = folder / f"clip-{seconds}s-{width}x{height}.mp4"
        if not path.exists():
            subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i",
                            f"testsrc=duration={seconds}:size={width}x{height}:rate=10", "-pix_fmt", "yuv420p",
                            str(path)], check=True, timeout=60, capture_output=True)
        return path

    return make


def image_bytes(width: int, height: int, fmt: str = "PNG", *, noise: bool = False, exif=None) -> bytes:
    """A real picture made with Pillow; `noise` makes it big (random pixels do not compress)."""
    import io
    import os

    from PIL import Image

    if noise:
        image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = Image.new("RGB", (width, height), (200, 60, 90))
    out = io.BytesIO()
    options = {"exif": exif} if exif is not None else {}
    image.save(out, format=fmt, **options)
    return out.getvalue()


@pytest.fixture
def drive(city):
    """A public campaign led by izmir, joined by bornova, taking contributions today; no format set yet."""
    from datetime import timedelta

    from django.utils import timezone

    from birarada.campaigns.models import Campaign

    today = timezone.localdate()
    campaign = Campaign.objects.create(
        organization=city["izmir"], slug="multeciler-gunu", title="Dünya Mülteciler Günü", the_day=today,
        starts_on=today - timedelta(days=10), ends_on=today + timedelta(days=10), message="Birlikte yaşıyoruz.",
        hashtags="#BirlikteYaşıyoruz")
    campaign.participants.add(city["bornova"])
    return campaign


def set_spec(campaign, kind: str, **values):
    from birarada.campaigns.models import SubmissionSpec

    spec, _created = SubmissionSpec.objects.update_or_create(campaign=campaign, kind=kind, defaults=values)
    return spec
