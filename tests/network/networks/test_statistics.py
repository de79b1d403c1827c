"""Shared statistics: only members that chose to share appear with figures; small counts are hidden ("<5"), and
never a single hidden count that the total would give away; the CSV is the same table; reading writes no audit
row. Figures come from real reports (the incidents module's action) and real monitored items."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from birarada.core.models import AuditEvent, Organization, OrganizationKind, Role
from birarada.incidents import actions as incidents
from birarada.incidents.forms import ReportForm
from birarada.network.statistics import shared_indicators
from tests.conftest import en
from tests.incidents.conftest import VALID_REPORT
from tests.monitoring.helpers import add_items


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def reports(organization, n: int) -> None:
    """`n` reports sent to `organization` the way the public form sends them."""
    occurred = (timezone.localdate() - timedelta(days=3)).isoformat()
    for _ in range(n):
        form = ReportForm({**VALID_REPORT, "occurred_on": occurred})
        assert form.is_valid(), form.errors
        incidents.do_submit_report(organization=organization, report=form.as_report())


def row_of(html: str, name: str) -> list[str]:
    """The cells of the table row whose header names `name`."""
    header = r"<tr[^>]*>\s*<th scope=\"row\"[^>]*>(?:<bdi>)?" + re.escape(name) + r"(?:</bdi>)?</th>"
    found = re.search(header + r"(.*?)</tr>", html, re.S)
    assert found, name
    return re.findall(r"<td[^>]*>(.*?)</td>", found.group(1), re.S)


@pytest.fixture
def third(db):
    return Organization.objects.create(slug="mersin", name="Mersin Eşitlik Birimi", city="Mersin",
                                       kind=OrganizationKind.METROPOLITAN_MUNICIPALITY, uses_platform=True)


@pytest.fixture
def viewer(network, make_member):
    return make_member("net-viewer", network, Role.VIEWER)


def column(html: str) -> int:
    """The index of "Discrimination reports received" among the table's columns."""
    head = re.search(r"<thead>(.*?)</thead>", html, re.S).group(1)
    titles = re.findall(r"<th scope=\"col\">(.*?)</th>", head)[1:]
    return titles.index("Discrimination reports received")


def test_only_sharing_members_appear_with_figures(client, network, members, join, viewer):
    join(members["izmir"], shares=True)
    join(members["ankara"], shares=True)
    join(members["elsewhere"])  # does not share
    reports(members["izmir"], 6)
    reports(members["ankara"], 7)
    reports(members["elsewhere"], 9)
    client.force_login(viewer)
    response = client.get(en("network:statistics", network.slug))
    assert response.status_code == 200
    html = response.content.decode()
    i = column(html)
    assert row_of(html, "İzmir Equality Unit")[i] == "6"
    assert row_of(html, "Ankara Eşitlik Birimi")[i] == "7"
    assert row_of(html, "All sharing members")[i] == "13"  # the non-sharing member's 9 are not in it
    table = html[html.index("<table"):html.index("</table>")]
    assert "Elsewhere Equality Unit" not in table
    after = html[html.index("</table>"):]
    assert "Elsewhere Equality Unit</bdi> — does not share" in after
    assert not re.search(r"Elsewhere Equality Unit[^<]*</bdi>[^<]*\d", after)
    # Every incidents and monitoring indicator is a column; no other module's.
    keys = [i.key for i in shared_indicators()]
    assert "incidents.reports_received" in keys and "monitoring.share_hateful" in keys
    assert all(k.startswith(("incidents.", "monitoring.")) for k in keys)
    assert len(re.findall(r"<th scope=\"col\">", table)) == len(keys) + 1


def test_small_counts_are_hidden_and_cannot_be_worked_out_from_the_total(client, network, members, join, viewer,
                                                                        third):
    join(members["izmir"], shares=True)
    join(members["ankara"], shares=True)
    join(third, shares=True)
    reports(members["izmir"], 2)
    reports(members["ankara"], 6)
    reports(third, 8)
    client.force_login(viewer)
    html = client.get(en("network:statistics", network.slug)).content.decode()
    i = column(html)
    assert row_of(html, "İzmir Equality Unit")[i] == "&lt;5"
    # Izmir's 2 would be 16 − 6 − 8: the smallest visible count is shown as a range too.
    assert row_of(html, "Ankara Eşitlik Birimi")[i] == "&lt;10"
    assert row_of(html, "Mersin Eşitlik Birimi")[i] == "8"
    assert row_of(html, "All sharing members")[i] == "16"
    # The share of reports referred rests on Izmir's two reports: withheld.
    referred = column(html) + [c.key for c in shared_indicators()].index("incidents.share_referred") - \
        [c.key for c in shared_indicators()].index("incidents.reports_received")
    assert row_of(html, "İzmir Equality Unit")[referred] == "withheld"
    assert row_of(html, "Mersin Eşitlik Birimi")[referred] == "0.0"
    assert "Counts below 5 are shown as" in html


def test_a_small_total_is_hidden_too(client, network, members, join, viewer):
    join(members["izmir"], shares=True)
    reports(members["izmir"], 3)
    client.force_login(viewer)
    html = client.get(en("network:statistics", network.slug)).content.decode()
    i = column(html)
    assert row_of(html, "İzmir Equality Unit")[i] == "&lt;5"
    assert row_of(html, "All sharing members")[i] == "&lt;5"


def test_a_member_counts_with_its_units_and_the_period_is_chosen(client, network, members, join, viewer, city):
    join(members["izmir"], shares=True)
    reports(members["izmir"], 4)
    reports(city["bornova"], 3)  # the district desk below İzmir
    client.force_login(viewer)
    html = client.get(en("network:statistics", network.slug)).content.decode()
    assert row_of(html, "İzmir Equality Unit")[column(html)] == "7"
    # A period before the reports: nothing.
    since = (timezone.localdate() - timedelta(days=60)).isoformat()
    until = (timezone.localdate() - timedelta(days=30)).isoformat()
    earlier = client.get(en("network:statistics", network.slug), {"since": since, "until": until}).content.decode()
    assert row_of(earlier, "İzmir Equality Unit")[column(earlier)] == "&lt;5"
    wrong = client.get(en("network:statistics", network.slug), {"since": until, "until": since})
    assert wrong.status_code == 400 and "The end is before the start." in wrong.content.decode()


def test_monitoring_figures_are_shared(client, network, members, join, viewer):
    join(members["izmir"], shares=True)
    add_items(members["izmir"], ["Suriyeliler bu ülkeden defolup gitsin", "Güzel bir gün", "Bugün hava çok güzel",
                                 "Afganlar bu ülkeden defolup gitsin"], days_ago=3)
    client.force_login(viewer)
    html = client.get(en("network:statistics", network.slug)).content.decode()
    keys = [c.key for c in shared_indicators()]
    share = row_of(html, "İzmir Equality Unit")[column(html) + keys.index("monitoring.share_hateful")
                                                - keys.index("incidents.reports_received")]
    assert re.fullmatch(r"\d+(\.\d)?", share) and 0 < float(share) <= 100


def test_the_csv_is_the_same_table(client, network, members, join, viewer, third):
    join(members["izmir"], shares=True)
    join(members["ankara"], shares=True)
    join(third, shares=True)
    join(members["elsewhere"])
    reports(members["izmir"], 2)
    reports(members["ankara"], 6)
    reports(third, 8)
    reports(members["elsewhere"], 9)
    client.force_login(viewer)
    response = client.get(en("network:statistics", network.slug), {
        "since": (timezone.localdate() - timedelta(days=364)).isoformat(),
        "until": timezone.localdate().isoformat(), "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    i = rows[0].index("Discrimination reports received")
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"İzmir Equality Unit", "Ankara Eşitlik Birimi", "Mersin Eşitlik Birimi",
                            "All sharing members"}
    assert [by_name[n][i] for n in ("İzmir Equality Unit", "Ankara Eşitlik Birimi", "Mersin Eşitlik Birimi",
                                    "All sharing members")] == ["<5", "<10", "8", "16"]


def test_reading_writes_no_audit_row_and_a_share_choice_does(client, network, members, join, viewer, make_member):
    membership = join(members["izmir"])
    reports(members["izmir"], 6)
    client.force_login(viewer)
    before = AuditEvent.objects.count()
    html = client.get(en("network:statistics", network.slug)).content.decode()
    assert "İzmir Equality Unit</bdi> — does not share" in html
    client.get(en("network:statistics", network.slug), {"format": "csv"})
    assert AuditEvent.objects.count() == before
    client.force_login(make_member("izmir-admin", members["izmir"], Role.ADMIN))
    before = AuditEvent.objects.count()
    client.post(en("network:membership_share", "izmir", membership.pk), {"share": "1"})
    assert list(AuditEvent.objects.order_by("pk")[before:].values_list("verb", flat=True)) == [
        "network.statistics_share"]
    client.force_login(viewer)
    html = client.get(en("network:statistics", network.slug)).content.decode()
    assert row_of(html, "İzmir Equality Unit")[column(html)] == "6"


def test_a_member_that_left_is_no_longer_counted(client, network, members, join, viewer):
    from birarada.network import networks as actions

    izmir = join(members["izmir"], shares=True)
    join(members["ankara"], shares=True)
    reports(members["izmir"], 6)
    actions.do_end_membership(izmir, left_on=timezone.localdate() - timedelta(days=1), actor=None)
    client.force_login(viewer)
    html = client.get(en("network:statistics", network.slug)).content.decode()
    assert "İzmir Equality Unit" not in html[html.index("<main"):]


def test_an_organization_is_never_counted_twice_in_the_total(client, network, members, join, viewer, city):
    join(members["izmir"], shares=True)
    join(city["bornova"], shares=True)  # a member below another member
    reports(members["izmir"], 4)
    reports(city["bornova"], 6)
    client.force_login(viewer)
    html = client.get(en("network:statistics", network.slug)).content.decode()
    i = column(html)
    assert row_of(html, "İzmir Equality Unit")[i] == "10"
    assert row_of(html, "Bornova Equality Desk")[i] == "6"
    assert row_of(html, "All sharing members")[i] == "10"


def test_figures_by_ground_and_whole_floats_are_read_as_counts():
    from birarada.network.statistics import _figure, _suppress_column

    assert _figure({"": 3, "migration": 2}, True) == 3
    assert _figure(3.0, True) == 3 and isinstance(_figure(3.0, True), int)
    assert _figure(12.5, False) == 12.5 and _figure(None, True) is None
    assert _suppress_column([_figure(3.0, True), 12, 30]) == ["<5", "<15", 30]
    assert _suppress_column([1, 2, 30]) == ["<5", "<5", 30]
