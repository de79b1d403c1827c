"""What a submitted file really is, read from its content (never from its name): a photo read with Pillow, a
video read with ffprobe (and nothing else is run), anything else refused. Photos are re-encoded before they are
kept, so EXIF (GPS position, camera, time) and other metadata are left behind."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

IMAGE_TYPES = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png"), "WEBP": ("image/webp", ".webp")}
VIDEO_TYPES = {"mp4": ("video/mp4", ".mp4"), "mov": ("video/quicktime", ".mov"), "webm": ("video/webm", ".webm"),
               "matroska": ("video/x-matroska", ".mkv")}
EXTENSIONS = {content_type: extension for content_type, extension in [*IMAGE_TYPES.values(), *VIDEO_TYPES.values()]}

#: The largest file read at all, whatever a campaign accepts (its own limit is checked against its spec).
MAX_FILE_BYTES = 200 * 1000 * 1000
#: What the server agrees to decode: a small file that unpacks into more pixels than this is refused unread.
MAX_PIXELS = 40_000_000  # e.g. 8000 × 5000; about 120 MB as RGB
FFPROBE_SECONDS = 20
# Codecs of pictures, not of moving images: a "video" whose only stream is one of these is a still image.
STILL_CODECS = {"mjpeg", "png", "bmp", "gif", "webp", "tiff", "ansi", "text"}

# Decoding is the memory-hungry step: one photo at a time per process.
_decoding = threading.Lock()


class MediaError(ValueError):
    """A file that cannot be taken, with a message the person can act on."""


@dataclass(frozen=True)
class Probe:
    kind: str  # "image" or "video" (MediaKind values)
    content_type: str
    width: int | None
    height: int | None
    seconds: float | None
    size: int

    @property
    def megabytes(self) -> float:
        return self.size / 1_000_000


def not_readable() -> MediaError:
    return MediaError(_("This is not a photo or a video we can read. Send a photo (JPEG, PNG, WebP) or a video "
                        "(MP4, MOV, WebM)."))


# ---- where the bytes are -----------------------------------------------------------------------------------

@contextmanager
def _on_disk(source) -> Iterator[Path]:
    """A path to the file's bytes: the path given, the upload's temporary file, or a temporary copy (removed
    afterwards) of an upload kept in memory."""
    if isinstance(source, (str, os.PathLike)):
        yield Path(source)
        return
    temporary = getattr(source, "temporary_file_path", None)
    if callable(temporary):
        yield Path(temporary())
        return
    if hasattr(source, "seek"):
        source.seek(0)
    handle = tempfile.NamedTemporaryFile(prefix="birarada-probe-", delete=False)
    try:
        with handle:
            written = 0
            chunks = source.chunks() if hasattr(source, "chunks") else iter(lambda: source.read(1 << 20), b"")
            for chunk in chunks:
                written += len(chunk)
                if written > MAX_FILE_BYTES:
                    raise _too_big(written)
                handle.write(chunk)
        yield Path(handle.name)
    finally:
        os.unlink(handle.name)
        if hasattr(source, "seek"):
            source.seek(0)


def _too_big(size: int) -> MediaError:
    return MediaError(_("The file is %(mb)s MB; we accept at most %(max)s MB.")
                      % {"mb": megabytes(size), "max": MAX_FILE_BYTES // 1_000_000})


def megabytes(size: int | float | Decimal) -> str:
    """A size in MB as people write it: one decimal ("14.2"), none for a whole number ("10")."""
    from django.utils.formats import number_format

    value = Decimal(str(size)) / 1_000_000 if isinstance(size, int) else Decimal(str(size))
    value = value.quantize(Decimal("0.1"))
    if value == value.to_integral_value():
        return str(int(value))
    return number_format(value, decimal_pos=1)


# ---- photos --------------------------------------------------------------------------------------------------

def _probe_image(path: Path, size: int) -> Probe | None:
    """The photo's format and its size as it is shown (the camera's rotation applied); None if Pillow does
    not know the file at all."""
    try:
        with Image.open(path) as image:
            found = image.format
            width, height = image.size
            image.verify()  # the file's structure, without decoding its pixels
    except UnidentifiedImageError:
        return None
    except Image.DecompressionBombError:
        raise MediaError(_("The photo has too many pixels. Send a smaller version of it.")) from None
    except (OSError, SyntaxError, ValueError):
        raise MediaError(_("The photo could not be read: it may be damaged. Save it again and retry.")) from None
    if found not in IMAGE_TYPES:
        raise MediaError(_("Photos are taken as JPEG, PNG or WebP. Save the photo in one of these formats."))
    if width * height > MAX_PIXELS:
        raise MediaError(_("The photo has too many pixels (%(w)s × %(h)s). Send a smaller version of it.")
                         % {"w": width, "h": height})
    try:
        with _decoding, Image.open(path) as image:  # verify() leaves the image unusable: open it again
            orientation = image.getexif().get(0x0112, 1)
            image.load()  # every pixel decodes: a truncated file is caught here, not in the gallery
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise MediaError(_("The photo could not be read: it may be damaged. Save it again and retry.")) from None
    if orientation in (5, 6, 7, 8):  # turned a quarter: shown the other way round
        width, height = height, width
    return Probe("image", IMAGE_TYPES[found][0], width, height, None, size)


def reencode_image(source) -> tuple[bytes, Probe]:
    """The photo's pixels only, saved again in its own format with the camera's rotation applied: no EXIF, no
    GPS, no comments. Returns the new bytes and their probe."""
    with _on_disk(source) as path:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_big(size)
        probed = _probe_image(path, size)
        if probed is None:
            raise not_readable()
        try:
            with _decoding, Image.open(path) as image:
                found = image.format or "PNG"
                icc = image.info.get("icc_profile")  # colours, not a person's data
                shown = ImageOps.exif_transpose(image)
                clean = Image.new(shown.mode, shown.size)
                clean.paste(shown)
                if shown.mode == "P" and shown.getpalette():
                    clean.putpalette(shown.getpalette() or [])
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            raise MediaError(_("The photo could not be read: it may be damaged. Save it again and retry.")) from None
    if found == "JPEG" and clean.mode not in ("RGB", "L"):
        clean = clean.convert("RGB")
    options: dict = {"quality": 90} if found in ("JPEG", "WEBP") else {"optimize": True}
    if icc:
        options["icc_profile"] = icc
    out = io.BytesIO()
    clean.save(out, format=found, **options)
    data = out.getvalue()
    return data, Probe("image", probed.content_type, clean.width, clean.height, None, len(data))


# ---- videos --------------------------------------------------------------------------------------------------

def _looks_like_video(head: bytes) -> bool:
    """The container's signature: ISO media (MP4, MOV, 3GP), Matroska/WebM, or AVI. Only these reach ffprobe."""
    return (head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip")
            or head.startswith(b"\x1a\x45\xdf\xa3")
            or (head.startswith(b"RIFF") and head[8:12] == b"AVI "))


def _run_ffprobe(path: Path) -> dict:
    try:
        done = subprocess.run(["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                               str(path)], timeout=FFPROBE_SECONDS, capture_output=True, check=False)
    except subprocess.TimeoutExpired:
        raise MediaError(_("The video took too long to read. Save it again (for example as MP4) and retry.")
                         ) from None
    except OSError:
        raise ffprobe_missing() from None
    if done.returncode != 0:
        raise MediaError(_("The video could not be read: it may be damaged. Save it again (for example as MP4) "
                           "and retry."))
    try:
        found = json.loads(done.stdout.decode("utf-8", "replace") or "{}")
    except ValueError:
        raise not_readable() from None
    return found if isinstance(found, dict) else {}


def ffprobe_missing() -> MediaError:
    return MediaError(_("Videos cannot be checked on this server at the moment, so they are not taken. Send a "
                        "photo or a text, or try again later."))


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and number >= 0 else None  # not NaN


def _rotation(stream: dict) -> int:
    """How far the player turns the picture (0 or 90, modulo a half turn)."""
    turned = _number((stream.get("tags") or {}).get("rotate")) or 0.0
    for side in stream.get("side_data_list") or []:
        if isinstance(side, dict) and side.get("rotation") is not None:
            turned = abs(_signed(side["rotation"]))
    return int(turned) % 180


def _signed(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _probe_video(path: Path, size: int) -> Probe:
    if shutil.which("ffprobe") is None:
        raise ffprobe_missing()
    found = _run_ffprobe(path)
    container = found.get("format") or {}
    names = set(str(container.get("format_name", "")).split(","))
    kind = next((VIDEO_TYPES[n] for n in ("mp4", "mov", "webm", "matroska") if n in names), None)
    if "mp4" in names and "mov" in names:  # the ISO family: the brand says which
        brand = str((container.get("tags") or {}).get("major_brand", "")).strip()
        kind = VIDEO_TYPES["mov"] if brand == "qt" else VIDEO_TYPES["mp4"]
    if "webm" in names and "matroska" in names:
        has_vp = any(s.get("codec_name") in ("vp8", "vp9", "av1") for s in found.get("streams") or [])
        kind = VIDEO_TYPES["webm"] if has_vp else VIDEO_TYPES["matroska"]
    streams = [s for s in found.get("streams") or [] if isinstance(s, dict) and s.get("codec_type") == "video"
               and s.get("codec_name") not in STILL_CODECS and not (s.get("disposition") or {}).get("attached_pic")]
    if kind is None or not streams:
        raise not_readable()
    stream = streams[0]
    width, height = int(_number(stream.get("width")) or 0), int(_number(stream.get("height")) or 0)
    seconds = _number(container.get("duration")) or _number(stream.get("duration"))
    if not width or not height or not seconds:
        raise MediaError(_("The video could not be read: it may be damaged. Save it again (for example as MP4) "
                           "and retry."))
    if _rotation(stream) == 90:  # filmed upright: shown the other way round
        width, height = height, width
    return Probe("video", kind[0], width, height, round(seconds, 2), size)


# ---- what is it ----------------------------------------------------------------------------------------------

def probe(source) -> Probe:
    """What the file is (a path, or an uploaded or open file), read from its content: MediaError for anything
    that is not a photo or a video we can read, or too big to read at all."""
    with _on_disk(source) as path:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_big(size)
        if size == 0:
            raise MediaError(_("The file is empty."))
        with path.open("rb") as handle:
            head = handle.read(16)
        if _looks_like_video(head):
            return _probe_video(path, size)
        probed = _probe_image(path, size)
        if probed is None:
            raise not_readable()
        return probed


def shape(width: int, height: int) -> str:
    """A picture's shape as people name it ("16:9", "4:5"), the nearest simple ratio."""
    ratio = Fraction(width, height)
    common = [Fraction(a, b) for a, b in ((1, 1), (4, 5), (5, 4), (4, 3), (3, 4), (3, 2), (2, 3), (16, 9), (9, 16),
                                           (2, 1), (1, 2), (21, 9), (9, 21))]
    near = min(common, key=lambda c: abs(float(ratio / c) - 1))
    if abs(float(ratio / near) - 1) <= 0.01:
        ratio = near
    else:
        ratio = ratio.limit_denominator(20)
    if ratio in (Fraction(21, 9), Fraction(9, 21)):
        return "21:9" if ratio > 1 else "9:21"
    return f"{ratio.numerator}:{ratio.denominator}"
