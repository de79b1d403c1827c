"""Evidence files: checked by content (not by name), stripped of metadata, stored encrypted."""

import io
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from birarada.core import crypto

IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
PDF = "application/pdf"
# Evidence needs to be readable, not print-sized: photos are stored at most this many pixels on the long side.
LONG_SIDE = 2048
# What the server agrees to decode. A JPEG is decoded straight at a reduced scale (Pillow's draft mode: 1/2, 1/4 or
# 1/8), so big phone photos are fine; other formats decode whole, so the budget refuses the small files that
# unpack into hundreds of megabytes of pixels.
MAX_DECODED_PIXELS = 8_400_000  # 4096 × 2048; about 32 MB as RGBA
MAX_JPEG_PIXELS = 100_000_000  # 100 MP: no phone makes more; decoded at 1/4 scale or less
PDF_MAX_PAGES = 200
PDF_MAX_OBJECTS = 100_000
# PDF keys and action types that run code or open other things when the file is opened.
# (An /OpenAction or /AA entry is only walked: it is harmless when it merely opens a page, and its action dictionary
# is caught by its /S type when it runs something.)
PDF_ACTIVE_KEYS = {"/JS", "/JavaScript", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/XFA"}
PDF_ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/GoToR", "/GoToE", "/Rendition"}

# Decoding is the memory-hungry step: one upload at a time per process (threads of a worker wait their turn).
_decoding = threading.Lock()


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
        _check_pdf(data, name)
        return CleanFile(name, PDF, data)
    with _decoding:
        return CleanFile(name, *_clean_image(data, name))


def _not_a_photo(name: str) -> EvidenceError:
    return EvidenceError(_("“%(name)s” is not a photo (JPEG, PNG, WebP) or a PDF.") % {"name": name})


def _clean_image(data: bytes, name: str) -> tuple[str, bytes]:
    try:
        with Image.open(io.BytesIO(data)) as probe:
            image_format = probe.format
            if image_format not in IMAGE_FORMATS:
                raise _not_a_photo(name)
            pixels = probe.width * probe.height
            if image_format == "JPEG" and pixels <= MAX_JPEG_PIXELS:
                # Decode at the smallest scale that keeps at least half of LONG_SIDE: a 12 MP photo decodes at
                # 2016 × 1512, a 48 MP one at 2000 × 1500.
                probe.draft("RGB" if probe.mode not in ("L", "RGB") else probe.mode,
                            (LONG_SIDE // 2, LONG_SIDE // 2))
            elif pixels > MAX_DECODED_PIXELS:
                raise EvidenceError(
                    _("“%(name)s” has too many pixels (%(w)s × %(h)s). Please send a smaller picture or a "
                      "screenshot.") % {"name": name, "w": probe.width, "h": probe.height})
            probe.load()
            # Apply the camera's rotation, shrink to what evidence needs, then keep the pixels only: EXIF (GPS,
            # device, time) and other metadata are not copied.
            image = probe
            ImageOps.exif_transpose(image, in_place=True)
            image.thumbnail((LONG_SIDE, LONG_SIDE))
            clean = Image.new(image.mode, image.size)
            clean.paste(image)
            if image.mode == "P" and image.getpalette():
                clean.putpalette(image.getpalette() or [])
    except EvidenceError:
        raise
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError, ValueError):
        raise _not_a_photo(name) from None
    out = io.BytesIO()
    save_options = {"quality": 88} if image_format in ("JPEG", "WEBP") else {"optimize": True}
    if image_format == "JPEG" and clean.mode not in ("RGB", "L"):
        clean = clean.convert("RGB")
    clean.save(out, format=image_format, **save_options)
    return IMAGE_FORMATS[image_format], out.getvalue()


def _check_pdf(data: bytes, name: str) -> None:
    """Parse the PDF with a real parser; refuse one that does not parse, is locked, or can run code or open
    other files or addresses when opened (scripts, launch and submit actions, embedded files, forms)."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise EvidenceError(_("“%(name)s” is protected by a password. Please send it without one.")
                                % {"name": name})
        if len(reader.pages) > PDF_MAX_PAGES:
            raise EvidenceError(_("“%(name)s” has more than %(n)s pages. Please send only the pages that matter.")
                                % {"name": name, "n": PDF_MAX_PAGES})
        if _pdf_is_active(reader):
            raise EvidenceError(
                _("“%(name)s” contains scripts, embedded files or actions, which we do not accept. Print it to a "
                  "new PDF, or send a photo or screenshot of it.") % {"name": name})
    except EvidenceError:
        raise
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, RecursionError, OSError):
        raise EvidenceError(_("“%(name)s” could not be read as a PDF. Please send it again, or a photo of it.")
                            % {"name": name}) from None


def _pdf_is_active(reader: PdfReader) -> bool:
    """Walk every object reachable from the document (at most PDF_MAX_OBJECTS) looking for active content."""
    seen: set[tuple[int, int]] = set()
    stack: list = [reader.trailer]
    visited = 0
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            key = (node.idnum, node.generation)
            if key in seen:
                continue
            seen.add(key)
            node = node.get_object()
        visited += 1
        if visited > PDF_MAX_OBJECTS:
            raise ValueError("too many objects")
        if isinstance(node, DictionaryObject):
            if PDF_ACTIVE_KEYS & set(node.keys()) or node.get("/S") in PDF_ACTIVE_ACTIONS:
                return True
            stack.extend(node.values())
        elif isinstance(node, ArrayObject):
            stack.extend(node)
    return False


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
