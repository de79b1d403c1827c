"""Real files for evidence tests (evidence is parsed, so a few bytes that start with %PDF- no longer pass)."""

import io

from pypdf import PdfWriter


def real_pdf(title: str = "", extra=None) -> bytes:
    """A valid one-page PDF; `title` lands uncompressed in its metadata, `extra(writer)` may add more."""
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if title:
        writer.add_metadata({"/Title": title})
    if extra:
        extra(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
