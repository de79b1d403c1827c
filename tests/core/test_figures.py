"""birarada.core.figures: the one chart renderer, CSV writing and small-cell suppression."""

import csv
import io
import re

import pytest
from django.utils import translation

from birarada.core import figures
from birarada.core.figures import (
    bar_chart,
    csv_response,
    csv_text,
    is_suppressed,
    pdf_bar_chart,
    pdf_font,
    pdf_trend_chart,
    safe_cell,
    suppress,
    suppress_rows,
    trend_chart,
)

# ---- CSV ----


@pytest.mark.parametrize("dangerous", ["=1+2", "=HYPERLINK(\"http://x.invalid\",\"click\")", "+90 232 000",
                                       "-2+3", "-", "@SUM(A1:A2)", "\tcmd", "\r=1", "=cmd|' /C calc'!A0"])
def test_formula_cells_get_an_apostrophe(dangerous):
    assert safe_cell(dangerous) == "'" + dangerous


@pytest.mark.parametrize("harmless", ["Bornova", "Göç ve mülteci", "2026-11", "a=b", " =not first", ""])
def test_other_text_is_unchanged(harmless):
    assert safe_cell(harmless) == harmless


@pytest.mark.parametrize("number", [-3, 0, 12, 2.5, -0.5, "-3", "+4", "-1.5", "-2e3"])
def test_numbers_stay_numbers(number):
    assert safe_cell(number) == number


def test_none_is_an_empty_cell():
    assert safe_cell(None) == ""


def test_csv_text_is_parsed_back_without_formulas():
    text = csv_text(["name", "count"], [["=1+1", 5], ["Konak", -3], ["@x", "<5"]])
    assert list(csv.reader(io.StringIO(text))) == [["name", "count"], ["'=1+1", "5"], ["Konak", "-3"],
                                                   ["'@x", "<5"]]


def test_csv_response_is_a_download():
    response = csv_response("cases-izmir.csv", ["breakdown", "cases"], [["-cmd", 4]])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="cases-izmir.csv"'
    assert list(csv.reader(io.StringIO(response.content.decode()))) == [["breakdown", "cases"], ["'-cmd", "4"]]


def test_csv_response_file_name_cannot_break_the_header():
    response = csv_response('a"b\r\nc.csv', None, [])
    assert response["Content-Disposition"] == 'attachment; filename="a-b--c.csv"'


# ---- small-cell suppression ----


@pytest.mark.parametrize("count, shown", [(0, "<5"), (1, "<5"), (4, "<5"), (5, 5), (120, 120)])
def test_counts_below_five_are_suppressed(count, shown):
    assert suppress(count) == shown


def test_suppression_threshold_and_idempotence():
    assert suppress(9, threshold=10) == "<10" and suppress(10, threshold=10) == 10
    assert suppress(suppress(2)) == "<5"
    assert is_suppressed("<5") and not is_suppressed(3) and not is_suppressed("Konak")


def test_suppressed_rows_keep_their_labels():
    assert suppress_rows([("Migration", 12), ("Age", 2)]) == [("Migration", 12), ("Age", "<5")]


# ---- SVG charts ----


def test_bar_chart_is_an_image_with_a_title():
    svg = str(bar_chart([("Göç", 12), ("Din <inanç>", 3)], title="Vakalar: zemine göre", chart_id="chart-x"))
    assert svg.startswith('<svg class="chart" role="img" aria-labelledby="chart-x"')
    assert '<title id="chart-x">Vakalar: zemine göre</title>' in svg
    assert "Din &lt;inanç&gt;" in svg  # labels are escaped
    assert svg.count("<rect ") == 2


def test_bar_chart_draws_no_bar_for_a_suppressed_cell():
    svg = str(bar_chart([("Göç", 12), ("Yaş", "<5")], title="t", chart_id="c"))
    assert svg.count("<rect ") == 1 and ">&lt;5</text>" in svg


def test_long_labels_are_shortened_in_the_chart():
    svg = str(bar_chart([("x" * 60, 1)], title="t", chart_id="c"))
    assert "x" * 29 + "…" in svg and "x" * 30 not in svg


def test_no_rows_no_chart():
    assert bar_chart([], title="t", chart_id="c") == "" and trend_chart([], title="t", chart_id="c") == ""


@pytest.mark.parametrize("language", ["tr", "ar", "en"])
def test_svg_numbers_are_never_localised(language, settings):
    settings.USE_THOUSAND_SEPARATOR = True
    with translation.override(language):
        svg = str(bar_chart([("a", 1234567), ("b", 3), ("c", 2.5)], title="t", chart_id="c"))
        svg += str(trend_chart([("2026-01", 3, 7), ("2026-02", 1234, 0), ("2026-03", 5, 5)], title="t",
                               chart_id="d"))
    attributes = re.findall(r' (?:x|y|x1|x2|y1|y2|width|height)="([^"]*)"', svg)
    assert attributes and all(re.fullmatch(r"\d+(\.\d+)?", value) for value in attributes), attributes
    values = re.findall(r'class="chart-value">([^<]*)<', svg)
    assert values == ["1234567", "3", "2.5"]
    assert ">1234</text>" in svg  # the trend's top value
    assert "," not in "".join(re.findall(r'="([^"]*)"', svg))


def test_trend_chart_is_an_image_with_a_title():
    svg = str(trend_chart([("2026-01", 1, 2), ("2026-02", 3, 0)], title="Over time", chart_id="chart-trend"))
    assert 'role="img"' in svg and '<title id="chart-trend">Over time</title>' in svg
    assert svg.count('class="chart-bar"') == 2 and svg.count('class="chart-bar-light"') == 2


# ---- PDF charts ----


def _pdf_with(*drawings) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(list(drawings))
    return buffer.getvalue()


def test_pdf_font_is_registered_once():
    from reportlab.pdfbase import pdfmetrics

    assert pdf_font() == pdf_font() == figures.PDF_FONT
    assert figures.PDF_FONT in pdfmetrics.getRegisteredFontNames()


def test_pdf_charts_render(monkeypatch):
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "pageCompression", 0)
    bars = pdf_bar_chart([("Göç ve mülteci", 12), ("Yaş", "<5"), ("İşçi ğüşıöç", 3)], "Zemine göre")
    trend = pdf_trend_chart([("2026-01", 3, 1), ("2026-02", 0, 4)], "Zaman içinde", font="Helvetica")
    assert bars.width == 460 and trend.height == 190
    pdf = _pdf_with(bars, trend)
    assert pdf.startswith(b"%PDF")
    try:
        from pypdf import PdfReader
    except ImportError:
        assert b"(Zaman i\\347inde)" in pdf or b"Zaman" in pdf  # the Helvetica title, uncompressed
        return
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Zemine göre" in text and "Zaman içinde" in text
