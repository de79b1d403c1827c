"""A media-watch report as CSV and as PDF (with charts from birarada.core.figures, drawn by reportlab; no
system libraries)."""

import io

from django.utils.translation import gettext as _

from birarada.core.figures import csv_text, pdf_bar_chart, pdf_font, pdf_styles, pdf_trend_chart
from birarada.monitoring.reporting import ReportData


def report_csv(data: ReportData) -> str:
    rows = [["period", "since", data.since, "", ""], ["period", "until", data.until, "", ""]]
    rows += [["total", key, "", data.totals.get(key, 0), ""]
             for key in ("items", "hateful", "offensive", "none", "reviewed")]
    rows += [["ground", value, label, n, ""] for value, label, n in data.ground_rows()]
    rows += [["discourse_type", value, label, n, ""] for value, label, n in data.type_rows()]
    rows += [["source", "", name, hateful, offensive] for name, hateful, offensive in data.by_source]
    rows += [[f"trend_{data.trend_unit}", day, "", hateful, offensive] for day, hateful, offensive in data.trend]
    rows += [["severity", value, label, n, ""] for value, label, n in data.severity_rows()]
    return csv_text([_("section"), _("key"), _("name"), _("hateful"), _("offensive")], rows)


def report_pdf(data: ReportData, *, title: str, organization_name: str) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    font = pdf_font()
    styles = pdf_styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=title, author=organization_name,
                                 leftMargin=2 * cm, rightMargin=2 * cm)
    story = [Paragraph(escape(title), styles["Title"]),
             Paragraph(escape(f"{organization_name} · {data.since} – {data.until}"), styles["Normal"]),
             Spacer(1, 12)]
    totals = data.totals
    story.append(Table([[_("Items"), _("Hateful"), _("Offensive"), _("Reviewed")],
                        [totals.get("items", 0), totals.get("hateful", 0), totals.get("offensive", 0),
                         totals.get("reviewed", 0)]], style=[("FONTNAME", (0, 0), (-1, -1), font)]))
    for heading, rows in ((_("Hateful items by ground"), [(label, n) for _v, label, n in data.ground_rows()]),
                          (_("Hateful items by discourse type"), [(label, n) for _v, label, n in data.type_rows()]),
                          (_("Hateful items by source"), [(name, h) for name, h, _o in data.by_source[:12]]),
                          (_("Severity of reviewed hateful items"),
                           [(label, n) for _v, label, n in data.severity_rows()])):
        story.append(Spacer(1, 10))
        if rows:
            story.append(pdf_bar_chart(rows, heading, font))
            story.append(Table([[label, n] for label, n in rows], style=[("FONTNAME", (0, 0), (-1, -1), font)]))
    if data.trend:
        story += [Spacer(1, 10), pdf_trend_chart(data.trend, _("Hateful and offensive items over time"), font)]
    if data.examples:
        story += [Spacer(1, 10), Paragraph(escape(_("Examples")), styles["Heading2"])]
        for example in data.examples:
            story.append(Paragraph(f"“{escape(example['text'])}” — {escape(example['source'])}, "
                                   f"{escape(example['date'])}", styles["Normal"]))
            story.append(Spacer(1, 6))
    document.build(story)
    return buffer.getvalue()
