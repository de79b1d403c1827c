"""The printable check-in list of an event: confirmed registrants in Turkish alphabetical order, a box to tick
and room to sign, on A4 in the platform's PDF font (Turkish letters included), with page numbers."""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from birarada.core.collation import sorted_turkish
from birarada.events.models import Event, Registration


def checkin_pdf(event: Event, registrations: Sequence[Registration]) -> bytes:
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from birarada.core.figures import pdf_font, pdf_styles

    people = sorted_turkish(registrations, key=lambda r: r.name)
    # Like certificates: the PDF library does not join Arabic letters, so the sheet is in the city's language.
    with translation.override(settings.LANGUAGE_CODE):
        font = pdf_font()
        styles = pdf_styles()
        buffer = io.BytesIO()
        document = SimpleDocTemplate(buffer, pagesize=A4, title=_("Check-in list: %(title)s") % {"title": event.title},
                                     author=event.organization.name, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                                     topMargin=1.5 * cm, bottomMargin=2 * cm)
        starts = timezone.localtime(event.starts_at)
        where = event.venue or event.online_link or "—"
        story = [
            Paragraph(escape(event.title), styles["Title"]),
            Paragraph(escape(f"{event.organization.name} · {starts:%d.%m.%Y %H:%M}"
                             f"–{timezone.localtime(event.ends_at):%H:%M} · {where}"), styles["Normal"]),
            Paragraph(escape(_("Check-in list: %(n)d confirmed registrants") % {"n": len(people)}), styles["Normal"]),
            Spacer(1, 10),
        ]
        cell = styles["BodyText"]

        def box():  # drawn, not a character: every font shows it
            drawing = Drawing(14, 14)
            drawing.add(Rect(1, 1, 12, 12, fillColor=None, strokeColor=colors.black, strokeWidth=1))
            return drawing

        rows = [["#", _("Name"), _("Organization"), _("Here"), _("Signature")]]
        rows += [[str(i), Paragraph(escape(r.name), cell), Paragraph(escape(r.organization_name or ""), cell),
                  box(), ""] for i, r in enumerate(people, start=1)]
        # Room for people who come without registering.
        rows += [[str(i), "", "", box(), ""] for i in range(len(people) + 1, len(people) + 6)]
        table = Table(rows, colWidths=[1 * cm, 6 * cm, 4.5 * cm, 1.5 * cm, 5 * cm], repeatRows=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("ALIGN", (3, 0), (3, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]),
            ("TOPPADDING", (0, 1), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
        ]))
        story.append(table)
        page_label = _("Page %(n)d")

        def number(canvas, doc):
            canvas.saveState()
            canvas.setFont(font, 8)
            canvas.drawRightString(A4[0] - 1.5 * cm, 1 * cm, page_label % {"n": doc.page})
            canvas.drawString(1.5 * cm, 1 * cm, event.title[:90])
            canvas.restoreState()

        document.build(story, onFirstPage=number, onLaterPages=number)
    return buffer.getvalue()
