"""A method on one A4 page, to print and take into the room: title, purpose, audience, group size, duration,
materials, the numbered steps, facilitation, accessibility and risks, with the licence and the address of the
method's page.

It always fits on ONE page: the card is laid out at a readable size first; when the method is too long, the
font gets smaller (down to 8 pt) and then long sections are cut with "…" — the page's address says where the
whole method is. As a last guarantee the content is shrunk into the page's frame.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_bidi, ngettext
from django.utils.translation import gettext as _

from birarada.network.choices import LICENCE_URLS
from birarada.network.methods import steps_of
from birarada.network.models import Method

ELLIPSIS = "…"


@dataclass(frozen=True)
class Cut:
    """How much of a long method the card keeps: characters per text section, steps, characters per step."""

    section: int
    steps: int
    step: int


# From the whole method (a generous limit only a runaway text reaches) to a short summary.
CUTS = (Cut(4000, 40, 600), Cut(1500, 25, 400), Cut(900, 18, 250), Cut(500, 12, 160), Cut(250, 8, 100),
        Cut(120, 5, 60))
FONT_SIZES = (10, 9, 8)  # points; below 8 a printed card is hard to read, so sections are cut instead


def shorten(text: str, limit: int) -> str:
    """`text` if it has at most `limit` characters, else its beginning cut at a word and followed by "…"."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:max(1, limit - 1)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—\n") + ELLIPSIS


def group_size(method: Method) -> str:
    low, high = method.group_min, method.group_max
    if low and high:
        return _("%(low)s to %(high)s people") % {"low": low, "high": high} if low != high else (
            ngettext("%(n)s person", "%(n)s people", low) % {"n": low})
    if low:
        return _("at least %(n)s people") % {"n": low}
    if high:
        return _("up to %(n)s people") % {"n": high}
    return ""


def duration(method: Method) -> str:
    if not method.duration_minutes:
        return ""
    return ngettext("%(n)s minute", "%(n)s minutes", method.duration_minutes) % {"n": method.duration_minutes}


def licence_line(method: Method) -> str:
    url = LICENCE_URLS.get(method.licence)  # type: ignore[call-overload]
    label = method.get_licence_display()
    return _("Licence: %(licence)s") % {"licence": f"{label} — {url}" if url else label}


def _text(value: str) -> str:
    """Text for a reportlab Paragraph: markup escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in value.splitlines())


def _story(method: Method, page_url: str, cut: Cut, size: float, styles) -> list:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from birarada.core.figures import DARK

    base = styles["Normal"]
    body = ParagraphStyle("card-body", parent=base, fontSize=size, leading=size * 1.25, spaceAfter=size * 0.2)
    title = ParagraphStyle("card-title", parent=styles["Title"], fontSize=size + 8, leading=(size + 8) * 1.2,
                           spaceAfter=size * 0.6, alignment=0)
    heading = ParagraphStyle("card-heading", parent=base, fontSize=size + 1.5, leading=(size + 1.5) * 1.25,
                             spaceBefore=size * 0.7, spaceAfter=size * 0.15, textColor=colors.HexColor(DARK))
    step = ParagraphStyle("card-step", parent=body, leftIndent=size * 1.8, bulletIndent=0, spaceAfter=size * 0.15)
    small = ParagraphStyle("card-small", parent=base, fontSize=max(size - 1.5, 6.5),
                           leading=max(size - 1.5, 6.5) * 1.25, textColor=colors.HexColor("#4a4a55"),
                           spaceBefore=size * 0.6)

    story = [Paragraph(escape(shorten(method.title, 200)), title)]
    facts = [(_("Audience"), method.audience), (_("Group size"), group_size(method)),
             (_("Duration"), duration(method))]
    story += [Paragraph(f"{escape(label)}: {_text(shorten(value, cut.section))}", body) for label, value in facts
              if value]

    def section(label: str, value: str) -> None:
        if value.strip():
            story.append(Paragraph(escape(label), heading))
            story.append(Paragraph(_text(shorten(value, cut.section)), body))

    section(_("Purpose"), method.purpose)
    section(_("Materials"), method.materials)
    steps = steps_of(method)
    if steps:
        story.append(Paragraph(escape(_("Steps")), heading))
        for number, text in enumerate(steps[:cut.steps], start=1):
            story.append(Paragraph(escape(shorten(text, cut.step)), step, bulletText=f"{number}."))
        if len(steps) > cut.steps:
            story.append(Paragraph(escape(ngettext("%(n)s more step on the method's page",
                                                   "%(n)s more steps on the method's page",
                                                   len(steps) - cut.steps) % {"n": len(steps) - cut.steps}),
                                   step, bulletText=ELLIPSIS))
    section(_("Facilitation notes"), method.facilitation)
    section(_("Accessibility notes"), method.accessibility)
    section(_("Risks and how to handle them"), method.risks)
    story.append(Paragraph(escape(licence_line(method)), small))
    story.append(Paragraph(escape(_("The whole method: %(url)s") % {"url": page_url}), small))
    return story


def _height(story: list, width: float) -> float:
    """How tall the story is in a frame `width` wide (as a Frame lays it out: space before and after each)."""
    total = 0.0
    for index, flowable in enumerate(story):
        _w, height = flowable.wrap(width, 10**6)
        total += height + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if index else 0)
    return total


def method_card_pdf(method: Method, *, page_url: str) -> bytes:
    """The method's card: one A4 page as PDF bytes. `page_url` is the full address of the method's page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepInFrame, SimpleDocTemplate

    from birarada.core.figures import pdf_styles

    # The PDF library does not join Arabic letters: an Arabic page's card speaks the city's language.
    language = settings.LANGUAGE_CODE if get_language_bidi() else translation.get_language()
    with translation.override(language):
        styles = pdf_styles()
        buffer = io.BytesIO()
        document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm,
                                     topMargin=1.4 * cm, bottomMargin=1.4 * cm, title=method.title,
                                     author=method.owner.name, subject=_("Method card"), creator="birarada")
        # The frame of SimpleDocTemplate pads its content by 6 points on each side.
        width, height = document.width - 12, document.height - 12
        story: list = []
        for cut in CUTS:
            for size in FONT_SIZES:
                story = _story(method, page_url, cut, size, styles)
                if _height(story, width) <= height * 0.97:
                    break
            else:
                continue
            break
        # Whatever was measured, the page's frame holds it all: never a second page.
        document.build([KeepInFrame(width, height, story, mode="shrink")])
    return buffer.getvalue()
