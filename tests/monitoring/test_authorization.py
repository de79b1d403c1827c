"""Every monitoring view × every role × own / other organization / district × anonymous (tests/authz.py).

Written out by hand: moderation (sources, queue, items, reports) is for administrators, coordinators and
moderators of the organization; the checker also for communications officers. Partners read published
reports on the public pages only, and a metropolitan unit does not moderate its districts.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from birarada.monitoring import actions
from birarada.monitoring.models import Item, MediaWatchReport, Review, Source
from tests import authz

from .helpers import add_items

MODERATORS = {"admin", "coordinator", "moderator"}
CHECKERS = {"admin", "coordinator", "moderator", "communications"}

# 400: the view was reached and answered about the (deliberately incomplete) form.
REFUSED_FORM = (400,)


def _csv(objects):
    return {"file": SimpleUploadedFile("export.csv", b"text\nBugun hava guzel\n", "text/csv"),
            "source_name": "An export", "text_column": "text"}


class TestMonitoringMatrix(authz.Matrix):
    namespace = "monitoring"
    views = [
        authz.View("queue", "monitoring:queue", MODERATORS),
        authz.View("sources", "monitoring:sources", MODERATORS),
        authz.View("feed_add", "monitoring:feed_add", MODERATORS, method="post", data={"url": ""},
                   ok=REFUSED_FORM),
        authz.View("paste", "monitoring:paste", MODERATORS, method="post", data={"text": "Bugün hava güzel"},
                   ok=(302,)),
        authz.View("paste_refused", "monitoring:paste", MODERATORS, method="post", data={}, ok=REFUSED_FORM),
        authz.View("export_upload", "monitoring:export_upload", MODERATORS, method="post", data=_csv, ok=(302,)),
        authz.View("source_poll", "monitoring:source_poll", MODERATORS, method="post", objects=("source",)),
        authz.View("source_toggle", "monitoring:source_toggle", MODERATORS, method="post", objects=("source",)),
        authz.View("item", "monitoring:item", MODERATORS, objects=("item",)),
        authz.View("item_post", "monitoring:item", MODERATORS, method="post", data={"label": "none"},
                   objects=("item",), ok=(302,)),
        authz.View("bulk_review", "monitoring:bulk_review", MODERATORS, method="post",
                   data=lambda o: {"items": [o["item"]], "decision": "none"}, ok=(302,)),
        authz.View("quality", "monitoring:quality", MODERATORS),
        authz.View("labelled_data", "monitoring:labelled_data", MODERATORS),
        authz.View("reports", "monitoring:reports", MODERATORS),
        authz.View("report_create", "monitoring:reports", MODERATORS, method="post",
                   data={"title": "Q1", "since": "2026-01-01", "until": "2026-03-31"}, ok=(302,)),
        authz.View("report", "monitoring:report", MODERATORS, objects=("report",)),
        authz.View("report_pdf", "monitoring:report_file", MODERATORS, objects=("report",), extra=("pdf",)),
        authz.View("report_csv", "monitoring:report_file", MODERATORS, objects=("report",), extra=("csv",)),
        authz.View("report_publish", "monitoring:report_publish", MODERATORS, method="post",
                   data={"publish": "1"}, objects=("report",), ok=(302,)),
        authz.View("checker", "monitoring:checker", CHECKERS),
    ]

    @pytest.fixture
    def objects(self, city):
        """An item (with its source) and a report in each organization."""
        made = {}
        for slug in authz.ORGANIZATIONS:
            [item] = add_items(city[slug], ["Suriyeliler bu ülkeden defolup gitsin"])
            report = actions.do_create_report(city[slug], title="r", since="2026-01-01", until="2026-12-31",
                                              actor=None)
            made[slug] = {"item": item.pk, "source": item.source_id, "report": report.pk}
        return made

    def state(self, organization):
        return (list(Review.objects.filter(organization=organization).order_by("pk").values_list("item", "label")),
                list(Source.objects.filter(organization=organization).order_by("pk").values_list("pk", "active")),
                Item.objects.filter(organization=organization).count(),
                list(MediaWatchReport.objects.filter(organization=organization).order_by("pk")
                     .values_list("pk", "published_at")))


def test_workspace_menu_lists_monitoring_by_capability(client, city, make_member):
    client.force_login(make_member("mod", city["izmir"], "moderator"))
    page = client.get(reverse("core:workspace_home", args=["izmir"])).content.decode()
    assert reverse("monitoring:queue", args=["izmir"]) in page
    client.force_login(make_member("comms", city["izmir"], "communications"))
    page = client.get(reverse("core:workspace_home", args=["izmir"])).content.decode()
    assert reverse("monitoring:checker", args=["izmir"]) in page
    assert reverse("monitoring:queue", args=["izmir"]) not in page


def test_unpublished_report_is_not_public(client, city):
    report = actions.do_create_report(city["izmir"], title="r", since="2026-01-01", until="2026-12-31", actor=None)
    assert client.get(reverse("monitoring:public_report", args=[report.pk])).status_code == 404
