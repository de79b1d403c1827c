"""Evidence files: checked by content (not by name), stripped of metadata, stored encrypted."""

import io
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from birarada.core import crypto

IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
PDF = "application/pdf"
MAX_PIXELS = 40_000_000  # refuses decompression bombs long before memory runs out


class EvidenceError(ValueError):
    """A file that cannot be accepted, with a message the reporter can act on."""


@dataclass
class CleanFile:
    name: str
    content_type: str
    data: bytes


def clean_upload(upload) -> CleanFile:
    """Read an uploaded file, check it, and return its bytes without metadata."""
    limit = settings.INCIDENTS_MAX_FILE_BYTES
    if upload.size > limit:
        raise EvidenceError(
            _("“%(name)s” is larger than %(mb)s MB. Please send a smaller file.")
            % {"name": upload.name, "mb": limit // 1_000_000}
        )
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise EvidenceError(_("“%(name)s” is too large.") % {"name": upload.name})
    name = Path(upload.name or "file").name[:120]
    if data.startswith(b"%PDF-"):
        return CleanFile(name, PDF, data)
    return CleanFile(name, *_clean_image(data, name))


def _clean_image(data: bytes, name: str) -> tuple[str, bytes]:
    try:
        with Image.open(io.BytesIO(data)) as probe:
            image_format = probe.format
            if image_format not in IMAGE_FORMATS:
                raise EvidenceError(_("“%(name)s” is not a photo (JPEG, PNG, WebP) or a PDF.") % {"name": name})
            if probe.width * probe.height > MAX_PIXELS:
                raise EvidenceError(_("“%(name)s” has too many pixels.") % {"name": name})
            probe.load()
            # Apply the camera's rotation, then write the pixels only: EXIF (GPS, device, time) is not copied.
            image = ImageOps.exif_transpose(probe)
            clean = Image.frombytes(image.mode, image.size, image.tobytes())
            if image.mode == "P" and image.getpalette():
                clean.putpalette(image.getpalette())
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError):
        raise EvidenceError(_("“%(name)s” is not a photo (JPEG, PNG, WebP) or a PDF.") % {"name": name}) from None
    out = io.BytesIO()
    save_options = {"quality": 90} if image_format in ("JPEG", "WEBP") else {}
    if image_format == "JPEG" and clean.mode not in ("RGB", "L"):
        clean = clean.convert("RGB")
    clean.save(out, format=image_format, **save_options)
    return IMAGE_FORMATS[image_format], out.getvalue()


def evidence_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "evidence"
    path.mkdir(parents=True, exist_ok=True)
    return path


def store(clean: CleanFile) -> str:
    """Encrypt and write the file under a random name; returns that name."""
    stored_name = secrets.token_hex(16)
    (evidence_dir() / stored_name).write_bytes(crypto.encrypt_bytes(clean.data))
    return stored_name


def load(stored_name: str) -> bytes:
    return crypto.decrypt_bytes((evidence_dir() / stored_name).read_bytes())


def erase(stored_name: str) -> None:
    (evidence_dir() / stored_name).unlink(missing_ok=True)


def evidence_files() -> list[Path]:
    """Every stored (encrypted) evidence file, for key rotation."""
    return sorted(p for p in evidence_dir().iterdir() if p.is_file())
