import csv
import io
import re

import pytest
from django.utils import translation

from birarada.core.models import Role
from birarada.incidents.models import Case
from birarada.incidents.statistics import case_statistics, public_version
from tests.conftest import en


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def breakdown(stats, title):
    return dict(next(b for b in stats.breakdowns if b.title == title).rows)


def test_counts_by_ground_and_combination(city, make_case):
    for _ in range(3):
        make_case(grounds=["migration", "gender"])
    make_case(grounds=["disability"])
    stats = case_statistics(Case.objects.all())
    assert stats.total == 4
    assert breakdown(stats, "By ground") == {"Migration and refugee status": 3, "Gender": 3, "Disability": 1}
    assert breakdown(stats, "Several grounds together (intersectional)") == {
        "Gender + Migration and refugee status": 3}
    assert breakdown(stats, "By area of life") == {"Transport": 4}
    assert breakdown(stats, "By district") == {"Bornova": 4}


def test_public_page_suppresses_small_counts_and_shows_no_free_text(client, city, make_case):
    for _ in range(6):
        make_case(grounds=["migration"])
    for _ in range(7):
        make_case(grounds=["gender"])
    make_case(grounds=["religion"], district="Konak")
    make_case(grounds=["age"], consent_statistics=None)  # not to be counted at all
    html = client.get("/en/statistics/").content.decode()
    assert "Reports counted:</strong> about 15" in html  # 14, rounded to the nearest 5
    start = html.index("<main")
    grounds = html[html.index("By ground", start):html.index("</section>", html.index("By ground", start))]
    assert "<th scope=\"row\">Gender</th><td>7</td>" in grounds
    assert "<th scope=\"row\">Religion and belief</th><td>&lt;5</td>" in grounds
    # Religion alone hidden would be 14 − 7 − 6: the smallest visible cell is hidden too.
    assert "<th scope=\"row\">Migration and refugee status</th><td>&lt;10</td>" in grounds
    assert "Age" not in grounds
    for private in ("speaking Arabic", "Leyla", "Line 302"):
        assert private not in html


def test_no_single_hidden_cell_can_be_subtracted_from_the_total(city, make_case):
    for grounds, n in ((["migration"], 9), (["gender"], 6), (["religion"], 5), (["age"], 2)):
        for _ in range(n):
            make_case(grounds=grounds)
    public = public_version(case_statistics(Case.objects.all()))
    for b in public.breakdowns:
        hidden = [count for _key, count in b.counts if isinstance(count, str)]
        assert len(hidden) != 1, (b.kind, b.counts)
    assert public.total == 20 and public.total_rounded


def test_the_public_page_shows_the_daily_snapshot_not_live_counts(client, city, make_case):
    from birarada.incidents.tasks import publish_public_statistics

    for _ in range(10):
        make_case()
    first = client.get("/en/statistics/").content.decode()
    assert "about 10" in first and "Figures as of" in first
    for _ in range(6):
        make_case()
    assert "about 10" in client.get("/en/statistics/").content.decode()  # unchanged until the daily run
    assert publish_public_statistics.call() == 1
    assert "about 15" in client.get("/en/statistics/").content.decode()


def test_the_snapshot_reads_in_every_language(client, city, make_case):
    for _ in range(6):
        make_case(grounds=["migration"])
    client.get("/en/statistics/")
    assert "Göç ve mülteci" in client.get("/tr/statistics/").content.decode() or "Göç" in client.get(
        "/tr/statistics/").content.decode()
    assert "Migration and refugee status" in client.get("/en/statistics/").content.decode()


def test_counting_consent_is_not_ticked_in_advance(client, city):
    html = client.get("/en/report/").content.decode()
    box = re.search(r'<input type="checkbox" name="consent_statistics"[^>]*>', html).group(0)
    assert "checked" not in box


def test_suppression_covers_totals_and_durations(city, make_case):
    make_case()
    stats = public_version(case_statistics(Case.objects.all()))
    assert stats.total == "<5" and stats.median_days_to_finish is None


def test_coordinator_can_include_district_units(client, city, make_member, make_case):
    make_case(organization=city["izmir"])
    make_case(organization=city["bornova"], district="Bornova")
    make_case(organization=city["elsewhere"])
    coordinator = make_member("coord", city["izmir"], Role.COORDINATOR)
    client.force_login(coordinator)
    own = client.get(en("incidents:statistics", "izmir")).content.decode()
    both = client.get(en("incidents:statistics", "izmir") + "?units=1").content.decode()
    assert "Cases:</strong> 1" in own and "Cases:</strong> 2" in both


def test_csv_export_has_aggregates_only(client, city, caseworker, make_case):
    make_case(grounds=["migration", "religion"])
    client.force_login(caseworker)
    response = client.get(en("incidents:statistics", "izmir") + "?format=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["breakdown", "category", "cases"]
    assert ["total", "", "1"] in rows
    assert ["By ground", "Religion and belief", "1"] in rows
    assert "speaking Arabic" not in response.content.decode()


def test_charts_use_svg_numbers_in_every_language_and_hide_small_cells(client, city, make_case):
    for _ in range(6):
        make_case(grounds=["migration"])
    for _ in range(5):
        make_case(grounds=["age", "migration"])
    make_case(grounds=["religion"])
    for lang in ("tr", "ar"):
        html = client.get(f"/{lang}/statistics/").content.decode()
        charts = re.findall(r'<svg class="chart".*?</svg>', html, re.S)
        assert charts and all('role="img"' in chart and "<title id=" in chart for chart in charts)
        numbers = re.findall(r' (?:x|y|width|height|viewBox)="([^"]+)"', "".join(charts))
        assert numbers and all(re.fullmatch(r"\d+(\.\d+)?( \d+(\.\d+)?)*", n) for n in numbers), numbers
        grounds = next(chart for chart in charts if 'id="chart-1"' in chart)  # "By ground", the first breakdown
        # 11, 5 and 1: the 1 is hidden, so the 5 is hidden too (complementary suppression); hidden cells draw no bar.
        assert re.findall(r'<rect [^>]*width="([^"]+)"', grounds) == ["330"]
        assert re.findall(r'class="chart-value">([^<]+)<', grounds) == ["11", "&lt;10", "&lt;5"]
        # The figures are in a table beside the chart.
        assert '<th scope="row">' in html.split('id="chart-1"')[1].split("</section>")[0]
