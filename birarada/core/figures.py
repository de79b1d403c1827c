"""Figures for people: the one place that draws charts, writes CSV and hides small counts.

Every module that publishes numbers (media-watch reports, case statistics, and later action plans and
events) uses these, so a chart looks and reads the same everywhere and every export is equally safe.

- Charts on pages are SVG drawn on the server: no JavaScript, no external library. Each chart is an
  image with a title (role="img" + <title>), and the page shows the same figures in a table beside it.
  Numbers inside SVG are written by Python, never by the template engine, so they are never localised
  into "12,5", which SVG cannot read.
- Charts in PDFs are reportlab drawings, in a font that has the Turkish letters.
- CSV cells that a spreadsheet would run as a formula get a leading apostrophe.
- Public counts below a threshold are shown as "<5", so no small group of people can be singled out.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from django.http import HttpResponse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

# ---- small-cell suppression ------------------------------------------------------------------------

SMALL_CELL = 5  # public counts below this are shown as "<5"


def suppress(count, threshold: int = SMALL_CELL):
    """`count` when it is at least `threshold`, else the string "<5" (for threshold 5).

    A value that is already suppressed (not an int) is returned unchanged, so suppressing twice is safe.
    """
    if not isinstance(count, int) or isinstance(count, bool):
        return count
    return count if count >= threshold else f"<{threshold}"


def is_suppressed(value) -> bool:
    """True for a cell that `suppress` hid (it has a label, but no number to draw or add up)."""
    return isinstance(value, str) and value.startswith("<")


def suppress_rows(rows: Iterable[tuple], threshold: int = SMALL_CELL) -> list[tuple]:
    """(label, count) rows with each count suppressed; the rows stay, so every category is still shown."""
    return [(label, suppress(count, threshold)) for label, count in rows]


# ---- SVG charts for pages --------------------------------------------------------------------------

BAR_HEIGHT, GAP, LABEL_WIDTH, WIDTH = 22, 8, 250, 640
LABEL_CHARS = 30  # what fits in LABEL_WIDTH at the chart's 13px; the table beside it has the whole label


def _number(value) -> str:
    """A number as SVG reads it: digits and a full stop, whatever the page's language."""
    if isinstance(value, int):
        return str(value)
    text = f"{float(value):.1f}"
    return text[:-2] if text.endswith(".0") else text


def _short(label) -> str:
    label = str(label)
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(rows: Sequence[tuple[str, int | str]], *, title: str, chart_id: str) -> SafeString:
    """Horizontal bars, one row per (label, count), in the order given; '' for no rows.

    A suppressed count ("<5") is written but draws no bar, so no small number can be read from its length.
    """
    if not rows:
        return mark_safe("")
    biggest = max((value for _label, value in rows if not is_suppressed(value)), default=0) or 1
    room = WIDTH - LABEL_WIDTH - 60
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP

    def row(i, label, value):
        top = GAP + i * (BAR_HEIGHT + GAP)
        length = 0 if is_suppressed(value) else max(1, round(room * value / biggest)) if value else 0
        bar = (format_html('<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar"></rect>',
                           LABEL_WIDTH, top, length, BAR_HEIGHT) if length else "")
        shown = value if is_suppressed(value) else _number(value)
        return (LABEL_WIDTH - 8, top + 16, _short(label), bar, LABEL_WIDTH + length + 6, top + 16, shown)

    bars = format_html_join(
        "\n",
        '<g><text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text>{}'
        '<text x="{}" y="{}" class="chart-value">{}</text></g>',
        (row(i, label, value) for i, (label, value) in enumerate(rows)),
    )
    return _svg(chart_id, title, WIDTH, height, bars)


def trend_chart(points: Sequence[tuple[str, int, int]], *, title: str, chart_id: str) -> SafeString:
    """Columns over time, one per (label, first, second): the first series (dark) under the second (light)."""
    if not points:
        return mark_safe("")
    height, bottom, left = 220, 190, 40
    biggest = max(first + second for _label, first, second in points) or 1
    step = (WIDTH - left - 10) / len(points)
    width = max(1.0, step * 0.8)
    parts = []
    for i, (_label, first, second) in enumerate(points):
        x = left + i * step
        low = round(160 * first / biggest, 1)
        high = round(160 * second / biggest, 1)
        parts.append(format_html(
            '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar"></rect>'
            '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar-light"></rect>',
            _number(x), _number(bottom - low), _number(width), _number(low),
            _number(x), _number(bottom - low - high), _number(width), _number(high),
        ))
    parts.append(format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart-axis"></line>'
        '<text x="{}" y="{}" class="chart-label">{}</text>'
        '<text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text>'
        '<text x="4" y="36" class="chart-label">{}</text>',
        left, bottom, WIDTH - 10, bottom, left, bottom + 20, points[0][0], WIDTH - 10, bottom + 20, points[-1][0],
        _number(biggest),
    ))
    return _svg(chart_id, title, WIDTH, height, mark_safe("".join(parts)))


def _svg(chart_id: str, title: str, width: int, height: int, body) -> SafeString:
    # direction="ltr": the layout (labels left, bars growing right) stays the same on right-to-left pages;
    # the words themselves are still shown in their own direction.
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="{}" viewBox="0 0 {} {}" direction="ltr" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{}">{}</title>{}</svg>',
        chart_id, width, height, chart_id, title, body,
    )


# ---- charts for PDFs (reportlab) -------------------------------------------------------------------

# Turkish letters (ş, ğ, ı, İ) need a Unicode TrueType font: Debian's DejaVu (fonts-dejavu-core) when
# installed, else reportlab's bundled Vera (Latin-1 only).
FONT_CANDIDATES = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]
PDF_FONT = "BiraradaSans"
DARK, LIGHT = "#8a2c0d", "#e0a890"


def pdf_font() -> str:
    """The name of the registered PDF font (registered on first use)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if PDF_FONT in pdfmetrics.getRegisteredFontNames():
        return PDF_FONT
    import reportlab

    bundled = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    path = next((p for p in FONT_CANDIDATES if p.exists()), bundled)
    pdfmetrics.registerFont(TTFont(PDF_FONT, str(path)))
    return PDF_FONT


def pdf_styles():
    """reportlab's sample paragraph styles, all in the platform's PDF font (Turkish letters included)."""
    from reportlab.lib.styles import getSampleStyleSheet

    font = pdf_font()
    styles = getSampleStyleSheet()
    for style in styles.byName.values():
        style.fontName = font
    return styles


def pdf_bar_chart(rows: Sequence[tuple[str, int | str]], title: str, font: str | None = None):
    """Horizontal bars with a title, as a reportlab Drawing (a flowable for a PDF story).

    Rows are drawn top to bottom in the order given; a suppressed count ("<5") draws no bar.
    """
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    font = font or pdf_font()
    height = 30 + 18 * len(rows)
    drawing = Drawing(460, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 170, 10, 260, height - 30
    chart.data = [[0 if is_suppressed(n) else n for _label, n in reversed(rows)]]
    chart.categoryAxis.categoryNames = [_short(label) for label, _n in reversed(rows)]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor(DARK)
    drawing.add(chart)
    drawing.add(String(0, height - 12, str(title), fontName=font, fontSize=10))
    return drawing


def pdf_trend_chart(points: Sequence[tuple[str, int, int]], title: str, font: str | None = None):
    """Stacked columns over time (first series dark, second light) with a title, as a reportlab Drawing."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    font = font or pdf_font()
    drawing = Drawing(460, 190)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, 420, 130
    chart.data = [[first for _l, first, _s in points], [second for _l, _f, second in points]]
    chart.categoryAxis.style = "stacked"
    step = max(1, len(points) // 6)
    chart.categoryAxis.categoryNames = [str(label) if i % step == 0 else "" for i, (label, _f, _s) in enumerate(points)]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor(DARK)
    chart.bars[1].fillColor = colors.HexColor(LIGHT)
    drawing.add(chart)
    drawing.add(String(0, 175, str(title), fontName=font, fontSize=10))
    return drawing


# ---- CSV -------------------------------------------------------------------------------------------

# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets
# ("CSV injection"); a leading apostrophe makes it plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value):
    """A CSV cell that no spreadsheet runs as a formula. Numbers (including "-3") stay numbers."""
    if value is None:
        return ""
    if isinstance(value, (int, float, Decimal)):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_csv(out, header: Sequence | None, rows: Iterable[Sequence]) -> None:
    """Write a header (if any) and rows to the text stream `out`, every cell made safe."""
    writer = csv.writer(out)
    if header is not None:
        writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])


def csv_text(header: Sequence | None, rows: Iterable[Sequence]) -> str:
    out = io.StringIO()
    write_csv(out, header, rows)
    return out.getvalue()


def csv_response(filename: str, header: Sequence | None, rows: Iterable[Sequence]) -> HttpResponse:
    """A UTF-8 CSV download named `filename` (characters other than letters, digits, '.', '_', '-' become '-')."""
    safe_name = re.sub(r"[^A-Za-z0-9._-]", "-", filename) or "figures.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{safe_name}"'
    write_csv(response, header, rows)
    return response
