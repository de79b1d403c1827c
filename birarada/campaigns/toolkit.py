"""The toolkit's files: what an uploaded asset really is (judged by its content, never by its name), the whole
toolkit as one ZIP built in memory, and the profile frame applied to a resident's photo (nothing stored)."""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.utils.text import slugify
from django.utils.translation import gettext as _

from birarada.campaigns.choices import AssetKind
from birarada.campaigns.errors import CampaignError
from birarada.campaigns.models import Asset
from birarada.core import uploads
from birarada.core.files import FileReadError, decode_text

MAX_ASSET_BYTES = 25 * 1024 * 1024
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_ZIP_ENTRIES = 500
MAX_UNPACKED_BYTES = 500 * 1024 * 1024


# The kinds core's upload check (core/uploads.py) already knows (PDF, images, Office files), and the toolkit's own.
Format = uploads.Kind
PDF, PNG, JPEG, WEBP, DOCX, PPTX, IMAGES = (uploads.PDF, uploads.PNG, uploads.JPEG, uploads.WEBP,
                                            uploads.DOCX, uploads.PPTX, uploads.IMAGES)
ZIP = Format("ZIP", "application/zip", (".zip",))
MP4 = Format("MP4", "video/mp4", (".mp4", ".m4v", ".mov"))
WEBM = Format("WebM", "video/webm", (".webm",))
TEXT = Format("TXT", "text/plain; charset=utf-8", (".txt", ".md"))
FORMATS = (PDF, PNG, JPEG, WEBP, DOCX, PPTX, ZIP, MP4, WEBM, TEXT)


@dataclass(frozen=True)
class Checked:
    format: Format
    data: bytes
    width: int | None = None
    height: int | None = None

    @property
    def content_type(self) -> str:
        return self.format.content_type

    @property
    def extension(self) -> str:
        return self.format.extensions[0]


def extension_for(content_type: str) -> str:
    return next((f.extensions[0] for f in FORMATS if f.content_type == content_type), ".bin")


def _refused(name: str) -> CampaignError:
    return CampaignError(_("“%(name)s” is not a file the toolkit keeps. Choose a PDF, an image (PNG, JPEG, WebP), "
                           "a Word or PowerPoint file, a ZIP of logos, a video (MP4, WebM) or plain text.")
                         % {"name": name})


def _too_big(name: str, limit: int) -> CampaignError:
    return CampaignError(_("“%(name)s” is larger than %(mb)s MB. Choose a smaller file.")
                         % {"name": name, "mb": limit // (1024 * 1024)})


def _archive(data: bytes, name: str) -> Format:
    """An office file (through core's upload check) or a plain ZIP (a logo pack), never unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refused(name) from None
    if any(e.filename == "[Content_Types].xml" for e in entries):
        try:
            return uploads._office(data, name)
        except uploads.UploadError as error:
            raise CampaignError(str(error)) from None
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise CampaignError(_("“%(name)s” unpacks to too many or too large files. Make a smaller archive.")
                            % {"name": name})
    return ZIP


def probe_video(data: bytes, suffix: str) -> tuple[int | None, int | None]:
    """Width and height of a toolkit video, read by the submissions' probe (media.probe: only ffprobe runs, on a
    temporary copy); (None, None) when ffprobe is missing — a staff member's toolkit file is kept without its
    size, where a contribution would be refused. CampaignError when the video cannot be read."""
    from birarada.campaigns import media

    if shutil.which("ffprobe") is None:
        return None, None
    with tempfile.NamedTemporaryFile(suffix=suffix) as copy:
        copy.write(data)
        copy.flush()
        try:
            probed = media.probe(copy.name)
        except media.MediaError as error:
            raise CampaignError(str(error)) from None
    return probed.width, probed.height


def _image_size(data: bytes) -> tuple[int, int, bool]:
    """(width, height, has transparency) of an image core's upload check accepted."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        transparent = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
        return image.width, image.height, transparent


def check_asset(upload, *, kind: str = "") -> Checked:
    """What the uploaded toolkit file is, from its content; CampaignError when it is too big, empty, damaged,
    of a kind the toolkit does not keep, or named as something else. A profile frame must be a PNG with
    transparency (the photo shows through it)."""
    name = Path(upload.name or "file").name[:120]
    if upload.size is not None and upload.size > MAX_ASSET_BYTES:
        raise _too_big(name, MAX_ASSET_BYTES)
    data = upload.read(MAX_ASSET_BYTES + 1)
    if len(data) > MAX_ASSET_BYTES:
        raise _too_big(name, MAX_ASSET_BYTES)
    if not data:
        raise CampaignError(_("“%(name)s” is empty.") % {"name": name})
    width = height = None
    transparent = False
    found: Format
    try:
        if data.startswith(b"%PDF-"):
            uploads._pdf(data, name)
            found = PDF
        elif data.startswith(b"PK\x03\x04"):
            found = _archive(data, name)
        elif data[4:8] == b"ftyp":
            found = MP4
        elif data.startswith(b"\x1a\x45\xdf\xa3"):
            found = WEBM
        else:
            image = uploads._image(data, name)
            if image is not None:
                found = image
                width, height, transparent = _image_size(data)
            else:
                try:
                    data = decode_text(data).encode("utf-8")
                except FileReadError:
                    raise _refused(name) from None
                found = TEXT
    except uploads.UploadError as error:  # core's checks speak of "files we keep": same meaning here
        raise CampaignError(str(error)) from None
    extension = Path(name).suffix.lower()
    family = set(IMAGES.values()) if found in IMAGES.values() else {MP4, WEBM} if found in (MP4, WEBM) else {found}
    if extension not in {e for f in family for e in f.extensions}:
        raise CampaignError(_("“%(name)s” is not what its name says: its content is %(kind)s. Choose the right "
                              "file, or rename it.") % {"name": name, "kind": found.label})
    if found in (MP4, WEBM):
        width, height = probe_video(data, found.extensions[0])
    if kind == AssetKind.PROFILE_FRAME and not (found is PNG and transparent):
        raise CampaignError(_("A profile frame must be a PNG image with a transparent middle, so the photo shows "
                              "through it."))
    return Checked(found, data, width, height)


# ---- the whole toolkit as one ZIP --------------------------------------------------------------------

def _entry_name(asset: Asset, taken: set[str]) -> str:
    stem = slugify(asset.title)[:60].strip("-") or asset.kind.replace("_", "-")
    extension = extension_for(asset.content_type)
    candidate, n = f"{stem}{extension}", 2
    while candidate in taken:
        candidate, n = f"{stem}-{n}{extension}", n + 1
    taken.add(candidate)
    return candidate


def toolkit_zip(assets: Iterable[Asset], *, readme: str = "") -> bytes:
    """Every asset whose file is still there in one ZIP (safe, unique names), with a README listing each file
    and the format to keep."""
    buffer = io.BytesIO()
    taken = {"README.txt"}
    lines = [readme.strip(), ""] if readme.strip() else []
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for asset in assets:
            try:
                with asset.file.open("rb") as handle:
                    data = handle.read()
            except (FileNotFoundError, OSError):
                continue  # the row outlived its file (restored without media): leave it out
            entry = _entry_name(asset, taken)
            archive.writestr(entry, data)
            size = f"{asset.width} × {asset.height} px, " if asset.width and asset.height else ""
            lines.append(f"{entry}: {asset.title} ({asset.get_kind_display()}; {size}{asset.size:,} bytes)")
            if asset.spec:
                lines.append(f"    {_('Format to keep')}: {asset.spec}")
        archive.writestr("README.txt", "\n".join(lines) + "\n")
    return buffer.getvalue()


# ---- the profile frame ---------------------------------------------------------------------------------

def frame_photo(upload, frame: Asset) -> bytes:
    """The resident's photo, turned upright (EXIF orientation), cropped to the frame's proportions and size,
    under the frame; a new PNG that carries no EXIF, GPS or other metadata. Nothing is stored."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if upload.size is not None and upload.size > MAX_PHOTO_BYTES:
        raise CampaignError(_("The photo is larger than %(mb)s MB. Choose a smaller one.")
                            % {"mb": MAX_PHOTO_BYTES // (1024 * 1024)})
    data = upload.read(MAX_PHOTO_BYTES + 1)
    if len(data) > MAX_PHOTO_BYTES:
        raise CampaignError(_("The photo is larger than %(mb)s MB. Choose a smaller one.")
                            % {"mb": MAX_PHOTO_BYTES // (1024 * 1024)})
    try:
        with Image.open(io.BytesIO(data)) as photo:
            if photo.format not in ("JPEG", "PNG", "WEBP"):
                raise CampaignError(_("Choose a photo in JPEG, PNG or WebP."))
            photo.load()
            upright = ImageOps.exif_transpose(photo).convert("RGBA")
    except CampaignError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise CampaignError(_("The file could not be read as a photo. Choose a JPEG, PNG or WebP photo.")) from None
    try:
        with frame.file.open("rb") as handle, Image.open(handle) as opened:
            overlay = opened.convert("RGBA")
    except (FileNotFoundError, OSError, ValueError):
        raise CampaignError(_("The frame is not available at the moment. Try again later.")) from None
    fitted = ImageOps.fit(upright, overlay.size, method=Image.Resampling.LANCZOS)
    framed = Image.alpha_composite(fitted, overlay)
    out = io.BytesIO()
    framed.save(out, format="PNG", optimize=True)  # a new image: no EXIF, GPS or text chunks are carried over
    return out.getvalue()
