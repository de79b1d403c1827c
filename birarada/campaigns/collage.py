"""The final collage of a campaign: its approved photos in a grid that adapts to their number (as many columns
as the square root, rounded up), each centre-cropped to a square, the campaign's title on top. PNG, and a PDF
page holding the same picture."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from pathlib import Path

from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont, ImageOps

from birarada.campaigns.models import Campaign, Submission

TILE = 300
GAP = 8
MARGIN = 24
TITLE_BAND = 96
MAX_TILES = 100  # 10 × 10: a wall, not a database dump
BACKGROUND = (255, 255, 255)
INK = (26, 26, 46)
EMPTY_TILE = (230, 232, 240)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def grid(count: int) -> tuple[int, int]:
    """(columns, rows) for `count` pictures: columns = ⌈√n⌉, rows as needed; one empty cell for none."""
    count = max(count, 1)
    columns = math.ceil(math.sqrt(count))
    return columns, math.ceil(count / columns)


def _font(size: int, bold: bool = False):
    path = FONT_BOLD if bold and FONT_BOLD.exists() else FONT
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _fitted_title(draw: ImageDraw.ImageDraw, title: str, width: int):
    """The largest font (from 40 px down to 16) at which the title fits the width; cut with … below that."""
    for size in range(40, 15, -2):
        font = _font(size, bold=True)
        if draw.textlength(title, font=font) <= width:
            return title, font
    font = _font(16, bold=True)
    while title and draw.textlength(title + "…", font=font) > width:
        title = title[:-1]
    return title + "…", font


def _tile(submission: Submission) -> Image.Image | None:
    """The photo centre-cropped to a square tile; None if its file is gone or unreadable."""
    try:
        with submission.file.open("rb") as handle, Image.open(handle) as image:
            image.draft("RGB", (TILE * 2, TILE * 2))  # a JPEG decodes straight at a smaller scale
            picture = image.convert("RGB")  # stored photos were re-encoded upright, without EXIF
            return ImageOps.fit(picture, (TILE, TILE), method=Image.Resampling.LANCZOS, centering=(0.5, 0.5))
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def collage_png(campaign: Campaign, photos: Sequence[Submission], *, subtitle: str = "") -> bytes:
    """The collage as PNG bytes. `photos`: approved photos of the gallery, in order (at most MAX_TILES used)."""
    tiles = [t for t in (_tile(s) for s in list(photos)[:MAX_TILES]) if t is not None]
    columns, rows = grid(len(tiles))
    width = 2 * MARGIN + columns * TILE + (columns - 1) * GAP
    height = MARGIN + TITLE_BAND + rows * TILE + (rows - 1) * GAP + MARGIN
    canvas = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(canvas)
    title, font = _fitted_title(draw, campaign.title, width - 2 * MARGIN)
    draw.text((MARGIN, MARGIN), title, font=font, fill=INK)
    line = " · ".join(p for p in (subtitle, " ".join(campaign.hashtag_list[:3])) if p)
    if line:
        small = _font(18)
        while line and draw.textlength(line, font=small) > width - 2 * MARGIN:
            line = line[:-1]
        draw.text((MARGIN, MARGIN + 52), line, font=small, fill=INK)
    top = MARGIN + TITLE_BAND
    if not tiles:
        draw.rectangle((MARGIN, top, MARGIN + TILE - 1, top + TILE - 1), fill=EMPTY_TILE)
        message = _("No approved photo yet")
        small = _font(18)
        text_width = draw.textlength(message, font=small)
        draw.text((MARGIN + max((TILE - text_width) / 2, 4), top + TILE / 2 - 10), message, font=small, fill=INK)
    for index, tile in enumerate(tiles):
        row, column = divmod(index, columns)
        canvas.paste(tile, (MARGIN + column * (TILE + GAP), top + row * (TILE + GAP)))
    out = io.BytesIO()
    canvas.save(out, format="PNG", optimize=True)
    return out.getvalue()


def collage_pdf(campaign: Campaign, png: bytes) -> bytes:
    """One A4 page (turned to suit the picture) holding the collage PNG, scaled to fit."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    with Image.open(io.BytesIO(png)) as image:
        width, height = image.size
    page = landscape(A4) if width > height else A4
    margin = 28
    scale = min((page[0] - 2 * margin) / width, (page[1] - 2 * margin) / height)
    drawn_width, drawn_height = width * scale, height * scale
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=page)
    pdf.setTitle(campaign.title)
    pdf.setAuthor(campaign.organization.name)
    pdf.setSubject(_("Final collage"))
    pdf.drawImage(ImageReader(io.BytesIO(png)), (page[0] - drawn_width) / 2, (page[1] - drawn_height) / 2,
                  drawn_width, drawn_height)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
