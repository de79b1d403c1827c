import re

import pytest
from django.urls import reverse

from birarada.core.models import AuditEvent
from birarada.incidents.actions import TransitionError, do_change_case_status
from birarada.incidents.models import Case, Referral
from tests.conftest import en
from tests.incidents.files import real_pdf


def act(client, case, action, **data):
    return client.post(reverse("incidents:case_action", args=["izmir", case.pk, action]), data)


def test_queue_lists_open_cases_with_deadlines(client, city, caseworker, make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    html = client.get(en("incidents:queue", "izmir")).content.decode()
    assert case.reference in html and "Transport" in html
    assert "speaking Arabic" not in html  # the narrative stays on the case page


def test_opening_a_case_is_audited(client, city, caseworker, make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    html = client.get(en("incidents:case_detail", "izmir", case.pk)).content.decode()
    assert "speaking Arabic with my daughter" in html and "leyla@example.org" in html
    assert AuditEvent.objects.filter(verb="case.view_case", actor=caseworker, target_id=str(case.pk)).count() == 1


def test_assigning_moves_a_new_case_into_review(client, city, caseworker, make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    assert act(client, case, "assign", assignee=str(caseworker.pk)).status_code == 302
    case.refresh_from_db()
    assert case.assigned_to == caseworker and case.status == "in_review"
    event = AuditEvent.objects.get(verb="case.assign")
    assert event.changes == {"before": None, "after": "cw", "status": {
        "before": {"status": "received", "closure_reason": ""},
        "after": {"status": "in_review", "closure_reason": ""}}}
    # One action, one audit row: the status change is in the assignment's row, not a second one.
    assert not AuditEvent.objects.filter(verb="case.status").exists()


def test_assigning_someone_outside_the_unit_is_refused(client, city, caseworker, outsider, make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    assert act(client, case, "assign", assignee=str(outsider.pk)).status_code == 400
    case.refresh_from_db()
    assert case.assigned_to is None


def test_closing_needs_a_reason_and_records_it(client, city, caseworker, make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    response = act(client, case, "status", status="closed")
    assert response.status_code == 400 and "Say why" in response.content.decode()
    assert act(client, case, "status", status="closed", reason="out_of_scope").status_code == 302
    case.refresh_from_db()
    assert case.status == "closed" and case.closure_reason == "out_of_scope" and case.finished_at
    event = AuditEvent.objects.get(verb="case.status")
    assert event.changes["before"]["status"] == "received" and event.changes["after"]["status"] == "closed"


def test_status_steps_follow_the_workflow(city, caseworker, make_case):
    case, _ = make_case()
    with pytest.raises(TransitionError):
        do_change_case_status(case, "resolved", reason="remedied", actor=caseworker)  # not straight from received
    do_change_case_status(case, "in_review", actor=caseworker)
    do_change_case_status(case, "resolved", reason="remedied", actor=caseworker)
    do_change_case_status(case, "in_review", actor=caseworker)  # reopened
    case.refresh_from_db()
    assert case.status == "in_review" and case.finished_at is None and case.closure_reason == ""


def test_an_invalid_step_through_the_form_is_refused(client, city, caseworker, make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    assert act(client, case, "status", status="resolved", reason="remedied").status_code == 400
    assert Case.objects.get(pk=case.pk).status == "received"


def test_notes_messages_and_deadline(client, city, caseworker, make_case):
    case, receipt = make_case()
    client.force_login(caseworker)
    act(client, case, "note", text="Hospital manager to be called on Monday")
    act(client, case, "message", text="Thank you, we are looking into it.")
    act(client, case, "deadline", due_on="2026-12-01")
    case.refresh_from_db()
    assert [n.text for n in case.notes.all()] == ["Hospital manager to be called on Monday"]
    assert case.due_on.isoformat() == "2026-12-01"
    assert {e.verb for e in AuditEvent.objects.filter(actor=caseworker)} >= {
        "case.note", "case.message_to_reporter", "case.deadline"}
    # The reporter sees the message, never the internal note.
    client.logout()
    client.post("/en/report/status/", {"receipt": receipt})
    page = client.get("/en/report/status/").content.decode()
    assert "we are looking into it" in page and "Hospital manager" not in page


def test_referral_shares_only_what_is_needed(client, city, caseworker, partner_user, make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    response = act(client, case, "refer", partner=str(city["ngo"].pk),
                   summary="Migrant woman refused on bus line 302; wants legal advice.", share_contact="")
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert Case.objects.get(pk=case.pk).status == "referred"

    client.force_login(partner_user)
    listing = client.get(en("incidents:referrals", "ngo")).content.decode()
    assert "Transport" in listing
    page = client.get(en("incidents:referral_detail", "ngo", referral.pk)).content.decode()
    assert "wants legal advice" in page
    assert "speaking Arabic with my daughter" not in page  # not the reporter's own words
    assert "leyla@example.org" not in page  # contact not shared
    response = client.post(en("incidents:referral_detail", "ngo", referral.pk),
                           {"status": "accepted", "note": "Our lawyer will call."})
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.status == "accepted" and referral.partner_note == "Our lawyer will call."
    assert AuditEvent.objects.filter(verb="referral.update", organization=city["izmir"]).exists()
    # Partners have no way into the case file itself.
    assert client.get(en("incidents:case_detail", "izmir", case.pk)).status_code == 404


def test_referral_without_consent_is_impossible(client, city, caseworker, make_case):
    case, _ = make_case(consent_referral=None)
    client.force_login(caseworker)
    act(client, case, "refer", partner=str(city["ngo"].pk), summary="x" * 20)
    assert not Referral.objects.exists()


def test_contact_is_shared_only_when_the_reporter_allowed_contact(client, city, caseworker, partner_user, make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    act(client, case, "refer", partner=str(city["ngo"].pk), summary="Needs a lawyer", share_contact="on")
    referral = Referral.objects.get()
    client.force_login(partner_user)
    assert "leyla@example.org" in client.get(en("incidents:referral_detail", "ngo", referral.pk)).content.decode()


def test_evidence_download_is_audited_and_forced_as_attachment(client, city, caseworker, make_case):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from birarada.incidents import evidence
    from birarada.incidents.models import Evidence

    case, _ = make_case()
    letter = real_pdf("hello")
    clean = evidence.clean_upload(SimpleUploadedFile("l.pdf", letter, "application/pdf"))
    item = Evidence.objects.create(case=case, stored_name=evidence.store(clean), original_name="l.pdf",
                                   content_type=clean.content_type, size=len(clean.data))
    client.force_login(caseworker)
    response = client.get(reverse("incidents:evidence_download", args=["izmir", case.pk, item.pk]))
    assert response.content == letter
    assert response["Content-Disposition"].startswith("attachment;")
    assert AuditEvent.objects.filter(verb="case.view_evidence", actor=caseworker).exists()


def test_referring_a_new_case_reviews_it_on_the_way_in_one_audit_row(client, city, caseworker, partner_user,
                                                                     make_case):
    case, _ = make_case()
    assert case.status == "received"
    client.force_login(caseworker)
    act(client, case, "refer", partner=str(city["ngo"].pk), summary="Needs a lawyer")
    assert Case.objects.get(pk=case.pk).status == "referred"
    [event] = AuditEvent.objects.filter(verb="case.refer")
    assert [step["after"]["status"] for step in event.changes["status"]] == ["in_review", "referred"]
    assert not AuditEvent.objects.filter(verb="case.status").exists()


@pytest.mark.parametrize("start", ["received", "in_review", "referred", "in_progress", "resolved", "closed"])
def test_every_status_change_follows_the_transition_table(city, make_case, start):
    from birarada.incidents.choices import TRANSITIONS, CaseStatus

    for target in CaseStatus.values:
        case, _ = make_case()
        Case.objects.filter(pk=case.pk).update(status=start)  # set up the starting point directly
        case.refresh_from_db()
        reason = "remedied" if target in CaseStatus.final_values() else ""
        if target in TRANSITIONS[start]:
            do_change_case_status(case, target, reason=reason, actor=None)
            assert Case.objects.get(pk=case.pk).status == target
        else:
            with pytest.raises(TransitionError):
                do_change_case_status(case, target, reason=reason, actor=None)
            assert Case.objects.get(pk=case.pk).status == start


@pytest.mark.parametrize("action", ["note", "message", "status", "deadline", "refer"])
def test_a_case_page_re_shown_after_an_invalid_form_is_audited_too(client, city, caseworker, partner_user,
                                                                   make_case, action):
    case, _ = make_case()
    client.force_login(caseworker)
    data = {"status": "resolved"} if action == "status" else {"due_on": "not a date"} if action == "deadline" else {}
    if action == "refer":
        data = {"partner": str(city["ngo"].pk), "summary": ""}
    response = act(client, case, action, **data)
    assert response.status_code == 400
    assert "speaking Arabic with my daughter" in response.content.decode()  # the case file was shown …
    assert AuditEvent.objects.filter(verb="case.view_case", actor=caseworker, target_id=str(case.pk)).count() == 1


def test_a_referral_page_re_shown_after_an_invalid_form_is_audited(client, city, caseworker, partner_user,
                                                                   make_case):
    case, _ = make_case()
    client.force_login(caseworker)
    act(client, case, "refer", partner=str(city["ngo"].pk), summary="Needs a lawyer")
    referral = Referral.objects.get()
    client.force_login(partner_user)
    response = client.post(en("incidents:referral_detail", "ngo", referral.pk), {"status": "nonsense"})
    assert response.status_code == 400 and "Needs a lawyer" in response.content.decode()
    assert AuditEvent.objects.filter(verb="case.view_referral", actor=partner_user).count() == 1


@pytest.mark.parametrize("lang", ["tr", "en", "ar"])
def test_date_fields_hold_iso_dates_in_every_language(client, city, caseworker, make_case, lang):
    import datetime

    from birarada.incidents.actions import do_set_case_deadline

    case, _ = make_case(occurred_on="2026-09-15")
    do_set_case_deadline(case, datetime.date(2026, 12, 10), actor=caseworker)
    client.force_login(caseworker)
    html = client.get(f"/{lang}/workspace/izmir/cases/{case.pk}/").content.decode()
    assert re.search(r'<input type="date" name="due_on" value="2026-12-10"', html)


def test_text_in_the_other_direction_is_isolated_on_both_sides(client, city, caseworker, make_case):
    """An Arabic narrative on a Turkish page and Turkish words on an Arabic page keep their own direction."""
    arabic = "رفض موظف الحافلة أن يسمح لي بالصعود لأنني سوري؟"
    case, _ = make_case(description=arabic, place="Hat 302, Konak")
    client.force_login(caseworker)
    from birarada.incidents.actions import do_add_case_note

    do_add_case_note(case, "Tanık Ayşe Hanım ile görüşüldü.", actor=caseworker)
    for lang in ("tr", "ar"):
        html = client.get(f"/{lang}/workspace/izmir/cases/{case.pk}/").content.decode()
        assert re.search(r'<blockquote class="narrative" dir="auto"><p>' + re.escape(arabic), html)
        assert '<p dir="auto">Tanık Ayşe Hanım ile görüşüldü.</p>' in html
        assert "<bdi>Hat 302, Konak</bdi>" in html
        assert re.search(r'<textarea name="text"[^>]*dir="auto"', html)


def test_a_reporter_reply_is_flagged_in_the_queue_and_announced_without_its_words(
        client, city, caseworker, make_case, django_capture_on_commit_callbacks):
    from django.core import mail

    from birarada.incidents.actions import do_assign_case, do_receive_reporter_message

    case, _ = make_case()
    quiet, _ = make_case()
    do_assign_case(case, caseworker, actor=caseworker)
    from django_tasks_db.models import DBTaskResult

    from birarada.incidents.tasks import notify_reply

    with django_capture_on_commit_callbacks(execute=True):
        do_receive_reporter_message(case, "Adım Leyla, otobüs 302 şoförü yine bağırdı.")
    [queued] = DBTaskResult.objects.filter(task_path=notify_reply.module_path)
    assert queued.args_kwargs["args"] == [case.pk]  # sent by a worker, not in the reporter's request
    assert notify_reply.call(case.pk) is True
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["cw@example.org"] and case.reference in message.subject
    assert "Leyla" not in message.body and "302" not in message.body

    client.force_login(caseworker)
    queue = client.get("/en/workspace/izmir/cases/?show=replied").content.decode()
    assert case.reference in queue and quiet.reference not in queue and "1 new" in queue
    client.get(f"/en/workspace/izmir/cases/{case.pk}/")  # reading the case marks the reply read
    assert case.reference not in client.get("/en/workspace/izmir/cases/?show=replied").content.decode()
    assert AuditEvent.objects.filter(verb="case.view_case", changes__messages_read=1).count() == 1


def test_a_case_shows_its_own_history(client, city, caseworker, make_case):
    from birarada.incidents.actions import do_add_case_note, do_assign_case

    case, _ = make_case()
    do_assign_case(case, caseworker, actor=caseworker)
    do_add_case_note(case, "Aranacak.", actor=caseworker)
    client.force_login(caseworker)
    page = client.get(f"/en/workspace/izmir/cases/{case.pk}/").content.decode()
    history = page[page.index("History of this case"):]
    assert history.index("Report received") < history.index("Case worker assigned") < history.index(
        "Internal note added")


def test_the_queue_pages_so_no_case_is_out_of_sight(client, city, caseworker, make_case):
    references = [make_case()[0].reference for _ in range(55)]
    client.force_login(caseworker)
    first = client.get("/en/workspace/izmir/cases/?show=open").content.decode()
    second = client.get("/en/workspace/izmir/cases/?show=open&page=2").content.decode()
    assert "Page 1 of 2" in first and "show=open&amp;page=2" in first
    shown = [r for r in references if f">{r}</a>" in first] + [r for r in references if f">{r}</a>" in second]
    assert sorted(shown) == sorted(references)  # every case on exactly one page
