from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from birarada.incidents import evidence
from birarada.incidents.actions import do_add_case_note, do_change_case_status
from birarada.incidents.models import Case, Evidence
from birarada.incidents.statistics import case_statistics
from birarada.incidents.tasks import purge_expired_cases
from tests.incidents.files import real_pdf


def finish(case, actor, days_ago):
    do_change_case_status(case, "in_review", actor=actor)
    do_change_case_status(case, "resolved", reason="informed", actor=actor)
    Case.objects.filter(pk=case.pk).update(finished_at=timezone.now() - timedelta(days=days_ago))


def test_personal_data_is_purged_after_the_retention_period_and_statistics_stay(city, caseworker, make_case, settings):
    settings.INCIDENTS_RETENTION_DAYS = 30
    old, _ = make_case()
    recent, _ = make_case()
    still_open, _ = make_case()
    stored = evidence.store(evidence.clean_upload(SimpleUploadedFile("a.pdf", real_pdf("x"), "application/pdf")))
    Evidence.objects.create(case=old, stored_name=stored, original_name="a.pdf", content_type="application/pdf", size=8)
    do_add_case_note(old, "internal", actor=caseworker)
    finish(old, caseworker, days_ago=40)
    finish(recent, caseworker, days_ago=5)
    Case.objects.filter(pk=still_open.pk).update(received_at=timezone.now() - timedelta(days=400))
    before = case_statistics(Case.objects.all())

    assert purge_expired_cases.call() == 1

    old.refresh_from_db()
    assert old.purged_at and old.description == "" and old.contact == {} and old.place == ""
    assert not old.notes.exists() and not old.evidence.exists()
    assert not (settings.MEDIA_ROOT / "evidence" / stored).exists()
    assert Case.objects.get(pk=recent.pk).description != ""
    assert Case.objects.get(pk=still_open.pk).description != ""
    after = case_statistics(Case.objects.all())
    assert [b.rows for b in after.breakdowns] == [b.rows for b in before.breakdowns]
    # Running again finds nothing new.
    assert purge_expired_cases.call() == 0


def test_purged_case_page_says_so(client, city, caseworker, make_case, settings):
    settings.INCIDENTS_RETENTION_DAYS = 1
    case, _ = make_case()
    finish(case, caseworker, days_ago=3)
    purge_expired_cases.call()
    client.force_login(caseworker)
    html = client.get(f"/en/workspace/izmir/cases/{case.pk}/").content.decode()
    assert "personal data of this case was deleted" in html
