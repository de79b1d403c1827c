"""Computed indicators: each module registers in its manifest the figures it measures from its own records."""

from datetime import timedelta

from django.utils import timezone

from birarada.core.modules import indicators


def test_the_installed_modules_register_their_indicators(db):
    found = indicators()
    assert {"incidents.reports_received", "incidents.median_days_to_resolution", "incidents.share_referred",
            "monitoring.share_hateful", "monitoring.hateful_per_thousand"} <= set(found)
    assert all(i.key.startswith(i.compute.split(".")[1] + ".") for i in found.values())


def test_incident_indicators_measure_the_records(city, make_member, django_user_model):
    from birarada.incidents.actions import do_change_case_status, do_refer_case, do_submit_report
    from birarada.incidents.forms import ReportForm
    from tests.incidents.conftest import VALID_REPORT

    def report():
        form = ReportForm(VALID_REPORT)
        assert form.is_valid()
        return do_submit_report(organization=city["izmir"], report=form.as_report())[0]

    cases = [report() for _ in range(4)]
    city["ngo"].uses_platform = True
    city["ngo"].save(update_fields=["uses_platform"])
    do_refer_case(cases[0], city["ngo"], "summary", share_contact=False, actor=None)
    do_change_case_status(cases[1], "closed", reason="no_contact", actor=None)
    today = timezone.localdate()
    ids = {city["izmir"].pk}
    found = indicators()
    assert found["incidents.reports_received"].value(ids, today - timedelta(days=30), today) == 4
    assert found["incidents.share_referred"].value(ids, today - timedelta(days=30), today) == 25.0
    assert found["incidents.median_days_to_resolution"].value(ids, today - timedelta(days=30), today) == 0.0
    assert found["incidents.reports_received"].value({city["elsewhere"].pk}, today - timedelta(days=30), today) == 0
    assert found["incidents.share_referred"].value({city["elsewhere"].pk}, today - timedelta(days=30), today) is None


def test_monitoring_indicators_measure_the_records(city):
    from tests.monitoring.helpers import add_items

    add_items(city["izmir"], ["Suriyeliler bu ülkeden defolup gitsin, Konak artık yaşanmaz oldu.",
                              "Konak Belediyesi mülteciler için yeni bir danışma merkezi açtı.",
                              "Buca halk kütüphanesinde dil kursu başladı.",
                              "Bornova'da dayanışma buluşması bu hafta sonu yapılacak."])
    today = timezone.localdate()
    found = indicators()
    ids = {city["izmir"].pk}
    assert found["monitoring.share_hateful"].value(ids, today - timedelta(days=30), today) == 25.0
    assert found["monitoring.hateful_per_thousand"].value(ids, today - timedelta(days=30), today) == 250.0
