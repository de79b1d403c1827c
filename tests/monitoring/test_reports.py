"""Media-watch reports: counts by ground, discourse type, source, time and severity; HTML, CSV, PDF;
publication without personal data; the media_watch_report command."""

import csv
import io
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from birarada.monitoring import actions
from birarada.monitoring.models import MediaWatchReport
from birarada.monitoring.reporting import build_report, without_personal_data
from tests.conftest import en

from .helpers import add_items

TEXTS = ["Suriyeliler bu ülkeden defolup gitsin, bilgi için @komsu_ali yazın",
         "Afganlar bu ülkeden defolup gitsin",
         "Engelliler bu şehre yük, hepsi evde otursun",
         "Konak'ta yeni kütüphane açıldı"]


@pytest.fixture
def reviewed(izmir, moderator):
    items = add_items(izmir, TEXTS, reach=100, author="@komsu_ali")
    for item in items[:2]:
        actions.do_review_item(item, label="hateful", grounds=["migration"], types=["exclusion"],
                               ratings={"context": 3, "speaker": 3, "intent": 3, "content_form": 3, "extent": 2,
                                        "likelihood": 2}, actor=moderator)
    actions.do_review_item(items[2], label="hateful", grounds=["disability"], types=["exclusion"],
                           ratings={"context": 1}, actor=moderator)
    return items


def period():
    today = timezone.localdate()
    return today - timedelta(days=7), today


def test_report_counts_by_ground_type_source_and_severity(izmir, reviewed):
    data = build_report(izmir, *period())
    assert data.totals["items"] == 4 and data.totals["hateful"] == 3 and data.totals["reviewed"] == 3
    assert dict(data.by_ground) == {"migration": 2, "disability": 1}
    assert dict(data.by_type) == {"exclusion": 3}
    assert data.by_source == [["Test export", 3, 0]]
    assert dict(data.severity) == {"low": 1, "moderate": 0, "high": 0, "severe": 2}
    assert sum(h for _day, h, _o in data.trend) == 3
    assert len(data.examples) == 3 and data.examples[0]["source"] == "Test export"


def test_report_outside_the_period_is_empty(izmir, reviewed):
    today = timezone.localdate()
    data = build_report(izmir, today - timedelta(days=60), today - timedelta(days=30))
    assert data.totals["items"] == 0 and data.by_ground == [] and data.examples == []


def test_report_page_has_charts_and_tables(client, izmir, moderator, reviewed):
    client.force_login(moderator)
    since, until = period()
    response = client.post(en("monitoring:reports", "izmir"),
                           {"title": "November watch", "since": since.isoformat(), "until": until.isoformat()})
    report = MediaWatchReport.objects.get()
    assert response["Location"] == en("monitoring:report", "izmir", report.pk)
    page = client.get(response["Location"]).content.decode()
    assert page.count('role="img"') >= 4 and "<title id=\"chart-grounds\">" in page
    assert "Migration and refugee status" in page and "Disability" in page
    assert "Severe: possible incitement" in page


def test_report_form_rejects_a_reversed_period(client, izmir, moderator):
    client.force_login(moderator)
    response = client.post(en("monitoring:reports", "izmir"),
                           {"title": "x", "since": "2026-11-10", "until": "2026-11-01"})
    assert response.status_code == 400 and "The end is before the start." in response.content.decode()


def test_csv_counts_by_ground_with_the_vocabulary_words(client, izmir, moderator, reviewed):
    since, until = period()
    report = actions.do_create_report(izmir, title="W", since=since, until=until, actor=moderator)
    client.force_login(moderator)
    response = client.get(en("monitoring:report_file", "izmir", report.pk, "csv"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    grounds = {r[1]: (r[2], int(r[3])) for r in rows if r[0] == "ground"}
    assert grounds == {"migration": ("Migration and refugee status", 2), "disability": ("Disability", 1)}


def test_pdf_has_charts_and_ground_words(client, izmir, moderator, reviewed, monkeypatch):
    from reportlab import rl_config

    from birarada.monitoring import exports

    # Uncompressed, with a standard font, so the words can be found in the PDF's bytes.
    monkeypatch.setattr(rl_config, "pageCompression", 0)
    monkeypatch.setattr(exports, "pdf_font", lambda: "Helvetica")
    since, until = period()
    report = actions.do_create_report(izmir, title="W", since=since, until=until, actor=moderator)
    client.force_login(moderator)
    response = client.get(en("monitoring:report_file", "izmir", report.pk, "pdf"))
    pdf = response.content
    assert response["Content-Type"] == "application/pdf" and pdf.startswith(b"%PDF")
    assert b"(Hateful items by ground)" in pdf  # a chart's title, drawn in the chart
    assert b"Migration and refugee status" in pdf and b"Disability" in pdf
    assert pdf.count(b" re") >= 8  # the bars of the charts


def test_pdf_with_the_unicode_font_is_made(izmir, reviewed):
    from birarada.monitoring.exports import report_pdf

    pdf = report_pdf(build_report(izmir, *period()), title="Şubat–Mart raporu: göç, İzmir", organization_name="İzmir")
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000


def test_publishing_freezes_figures_without_personal_data(client, izmir, moderator, reviewed, make_member, city):
    since, until = period()
    report = actions.do_create_report(izmir, title="Public watch", since=since, until=until, actor=moderator)
    assert client.get(en("monitoring:public_report", report.pk)).status_code == 404
    client.force_login(moderator)
    client.post(en("monitoring:report_publish", "izmir", report.pk), {"publish": "1"})
    client.logout()

    page = client.get(en("monitoring:public_report", report.pk)).content.decode()
    assert "Public watch" in page and "Migration and refugee status" in page
    assert "komsu_ali" not in page and "@…" in page
    assert "Public watch" in client.get(en("monitoring:public_reports")).content.decode()
    assert "komsu_ali" not in client.get(en("monitoring:public_report_file", report.pk, "csv")).content.decode()

    # A partner of another organization reads it the same way: through the public page.
    partner = make_member("partner", city["ngo"], "partner")
    client.force_login(partner)
    assert client.get(en("monitoring:public_report", report.pk)).status_code == 200
    assert client.get(en("monitoring:report", "izmir", report.pk)).status_code == 404

    client.force_login(moderator)
    client.post(en("monitoring:report_publish", "izmir", report.pk), {"publish": "0"})
    assert client.get(en("monitoring:public_report", report.pk)).status_code == 404


def test_personal_data_is_taken_out_of_quotes():
    text = "Yaz: @ali_veli, ali@example.org, +90 555 123 45 67, https://x.invalid/p/1"
    assert without_personal_data(text) == "Yaz: @…, [e-mail], [number], [link]"


@pytest.mark.parametrize("fmt, marker", [("html", b"<svg"), ("pdf", b"%PDF"), ("csv", b"ground,migration")])
def test_media_watch_report_command(izmir, reviewed, tmp_path, fmt, marker):
    since, until = period()
    out = tmp_path / f"report.{fmt}"
    stdout = StringIO()
    call_command("media_watch_report", "--org", "izmir", "--since", since.isoformat(), "--until",
                 until.isoformat(), "--format", fmt, "-o", str(out), stdout=stdout)
    assert marker in out.read_bytes()
    assert "Wrote" in stdout.getvalue()


def test_a_source_named_like_a_formula_stays_text_in_the_csv(client, izmir, moderator):
    formula = '=HYPERLINK("http://evil.example.org","Click")'
    add_items(izmir, ["Suriyeliler bu ülkeden defolup gitsin, Konak artık yaşanmaz oldu."], source_name=formula)
    client.force_login(moderator)
    today = timezone.localdate()
    report = actions.do_create_report(izmir, title="CSV", since=today - timedelta(days=7), until=today,
                                      actor=moderator)
    response = client.get(en("monitoring:report_file", "izmir", report.pk, "csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    sources = [row for row in rows if row[0] == "source"]
    assert sources and all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row[1:3])
    assert sources[0][2] == "'" + formula
