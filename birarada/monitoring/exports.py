"""A media-watch report as CSV and as PDF (with charts, drawn by reportlab; no system libraries)."""

import csv
import io
from pathlib import Path

from django.utils.translation import gettext as _

from birarada.monitoring.reporting import ReportData

# Turkish letters (ş, ğ, ı, İ) need a Unicode TrueType font: Debian's DejaVu (fonts-dejavu-core) when
# installed, else reportlab's bundled Vera (Latin-1 only).
FONT_CANDIDATES = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]


def report_csv(data: ReportData) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("section"), _("key"), _("name"), _("hateful"), _("offensive")])
    writer.writerow(["period", "since", data.since, "", ""])
    writer.writerow(["period", "until", data.until, "", ""])
    for key in ("items", "hateful", "offensive", "none", "reviewed"):
        writer.writerow(["total", key, "", data.totals.get(key, 0), ""])
    for value, label, n in data.ground_rows():
        writer.writerow(["ground", value, label, n, ""])
    for value, label, n in data.type_rows():
        writer.writerow(["discourse_type", value, label, n, ""])
    for name, hateful, offensive in data.by_source:
        writer.writerow(["source", "", name, hateful, offensive])
    for day, hateful, offensive in data.trend:
        writer.writerow([f"trend_{data.trend_unit}", day, "", hateful, offensive])
    for value, label, n in data.severity_rows():
        writer.writerow(["severity", value, label, n, ""])
    return out.getvalue()


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "BiraradaSans" in pdfmetrics.getRegisteredFontNames():
        return "BiraradaSans"
    import reportlab

    bundled = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    path = next((p for p in FONT_CANDIDATES if p.exists()), bundled)
    pdfmetrics.registerFont(TTFont("BiraradaSans", str(path)))
    return "BiraradaSans"


def _bar_drawing(rows: list[tuple[str, int]], font: str, title: str):
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    height = 30 + 18 * len(rows)
    drawing = Drawing(460, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 170, 10, 260, height - 30
    chart.data = [[n for _, n in reversed(rows)]]
    chart.categoryAxis.categoryNames = [label[:32] for label, _ in reversed(rows)]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#8a2c0d")
    drawing.add(chart)
    drawing.add(String(0, height - 12, title, fontName=font, fontSize=10))
    return drawing


def _trend_drawing(data: ReportData, font: str, title: str):
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    drawing = Drawing(460, 190)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, 420, 130
    chart.data = [[h for _, h, _ in data.trend], [o for _, _, o in data.trend]]
    chart.categoryAxis.style = "stacked"
    step = max(1, len(data.trend) // 6)
    chart.categoryAxis.categoryNames = [d if i % step == 0 else "" for i, (d, _, _) in enumerate(data.trend)]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#8a2c0d")
    chart.bars[1].fillColor = colors.HexColor("#e0a890")
    drawing.add(chart)
    drawing.add(String(0, 175, title, fontName=font, fontSize=10))
    return drawing


def report_pdf(data: ReportData, *, title: str, organization_name: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table
    from xml.sax.saxutils import escape

    font = _font()
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = font
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
            story.append(_bar_drawing(rows, font, heading))
            story.append(Table([[label, n] for label, n in rows], style=[("FONTNAME", (0, 0), (-1, -1), font)]))
    if data.trend:
        story += [Spacer(1, 10), _trend_drawing(data, font, _("Hateful and offensive items over time"))]
    if data.examples:
        story += [Spacer(1, 10), Paragraph(escape(_("Examples")), styles["Heading2"])]
        for example in data.examples:
            story.append(Paragraph(f"“{escape(example['text'])}” — {escape(example['source'])}, "
                                   f"{escape(example['date'])}", styles["Normal"]))
            story.append(Spacer(1, 6))
    document.build(story)
    return buffer.getvalue()
