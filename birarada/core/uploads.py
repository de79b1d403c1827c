"""What an uploaded file really is, judged by its content: PDF (not encrypted, with pages), Office files
(.docx/.pptx: no macros, not an archive bomb), images (PNG, JPEG, WebP; structure verified, pixels not decoded)
and plain text in the encodings Turkish offices use. Events, campaigns and the network's practices and methods
keep files through this one check.

Errors are UploadError, a ValueError whose message says what is wrong and what to do.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from birarada.core.files import FileReadError, decode_text

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

MAX_FILE_BYTES = 20 * 1024 * 1024
# Office files are zip archives: what they may unpack to, so an archive bomb is refused without unpacking it.
MAX_UNPACKED_BYTES = 500 * 1024 * 1024


class UploadError(ValueError):
    """A file we do not keep; the message is meant for the person who chose it."""


@dataclass(frozen=True)
class Kind:
    label: str | StrPromise
    content_type: str
    extensions: tuple[str, ...]


PDF = Kind("PDF", "application/pdf", (".pdf",))
PNG = Kind("PNG", "image/png", (".png",))
JPEG = Kind("JPEG", "image/jpeg", (".jpg", ".jpeg"))
WEBP = Kind("WebP", "image/webp", (".webp",))
DOCX = Kind("Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",))
PPTX = Kind("PowerPoint (.pptx)", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            (".pptx",))
TEXT = Kind(gettext_lazy("plain text"), "text/plain; charset=utf-8", (".txt",))
KINDS = (PDF, PNG, JPEG, WEBP, DOCX, PPTX, TEXT)
IMAGES = {"PNG": PNG, "JPEG": JPEG, "WEBP": WEBP}


def extension_for(content_type: str) -> str:
    return next((k.extensions[0] for k in KINDS if k.content_type == content_type), ".bin")


def _refused(name: str) -> UploadError:
    return UploadError(_("“%(name)s” is not a file we keep. Choose a PDF, an image (PNG, JPEG, WebP), a Word "
                        "(.docx) or PowerPoint (.pptx) file, or plain text (.txt).") % {"name": name})


def _damaged(name: str, kind: Kind) -> UploadError:
    return UploadError(_("“%(name)s” could not be read as %(kind)s: it may be damaged. Save it again and retry.")
                      % {"name": name, "kind": kind.label})


def _pdf(data: bytes, name: str) -> Kind:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise UploadError(_("“%(name)s” is protected by a password. Keep it without one.") % {"name": name})
        if len(reader.pages) < 1:
            raise _damaged(name, PDF)
    except UploadError:
        raise
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, RecursionError, OSError):
        raise _damaged(name, PDF) from None
    return PDF


def _office(data: bytes, name: str) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refused(name) from None
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names:
        raise _refused(name)
    kind = DOCX if "word/document.xml" in names else PPTX if "ppt/presentation.xml" in names else None
    if kind is None:
        raise _refused(name)
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise _damaged(name, kind)
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise UploadError(_("“%(name)s” contains macros, which we do not keep. Save it as .docx or .pptx without "
                            "macros.") % {"name": name})
    return kind


def _image(data: bytes, name: str) -> Kind | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as probe:
            found = probe.format
            probe.verify()  # checks the file's structure without decoding its pixels
    except UnidentifiedImageError:
        return None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise UploadError(_("“%(name)s” could not be read as an image: it may be damaged.") % {"name": name}
                         ) from None
    if found not in IMAGES:
        raise _refused(name)
    return IMAGES[found]


def check_upload(upload, *, max_bytes: int = MAX_FILE_BYTES) -> tuple[Kind, bytes]:
    """What the uploaded file is, judged by its content, and the bytes to keep (plain text as UTF-8).
    UploadError when it is too big, of a kind we do not keep, damaged, or named as something else."""
    name = Path(upload.name or "file").name[:120]
    if (upload.size is not None and upload.size > max_bytes) or len(data := upload.read(max_bytes + 1)) > max_bytes:
        raise UploadError(_("“%(name)s” is larger than %(mb)s MB. Choose a smaller file.")
                          % {"name": name, "mb": max_bytes // (1024 * 1024)})
    if not data:
        raise UploadError(_("“%(name)s” is empty.") % {"name": name})
    kind: Kind | None
    if data.startswith(b"%PDF-"):
        kind = _pdf(data, name)
    elif data.startswith(b"PK\x03\x04"):
        kind = _office(data, name)
    else:
        kind = _image(data, name)
        if kind is None:
            try:
                data = decode_text(data).encode("utf-8")
            except FileReadError:
                raise _refused(name) from None
            kind = TEXT
    extension = Path(name).suffix.lower()
    same_family = {PNG, JPEG, WEBP} if kind in IMAGES.values() else {kind}
    if extension not in {e for k in same_family for e in k.extensions}:
        # A renamed file would not open where people expect it to: say what it really is.
        raise UploadError(_("“%(name)s” is not what its name says: its content is %(kind)s. Choose the right file, "
                           "or rename it.") % {"name": name, "kind": kind.label})
    return kind, data
