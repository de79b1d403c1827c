from datetime import timedelta

from django.core import mail
from django.utils import timezone

from birarada.core.models import AuditEvent
from birarada.incidents.actions import do_assign_case, do_set_case_deadline
from birarada.incidents.tasks import remind_case_deadlines


def test_the_case_worker_is_reminded_once_without_personal_data(city, caseworker, make_case):
    due, _ = make_case()
    later, _ = make_case()
    for case in (due, later):
        do_assign_case(case, caseworker, actor=caseworker)
    do_set_case_deadline(due, timezone.localdate() + timedelta(days=1), actor=caseworker)
    do_set_case_deadline(later, timezone.localdate() + timedelta(days=10), actor=caseworker)

    assert remind_case_deadlines.call() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["cw@example.org"] and due.reference in message.subject
    assert "Arabic" not in message.body and "Leyla" not in message.body
    assert remind_case_deadlines.call() == 0  # not twice
    reminded = AuditEvent.objects.get(verb="case.deadline_reminder")
    assert reminded.target_id == str(due.pk) and reminded.changes["to"] == caseworker.get_username()


def test_report_and_case_forms_are_marked_sensitive_for_error_reports(client, city, caseworker, make_case):
    # Django's error reports blank every POST value of requests marked like this.
    response = client.post("/en/report/", {"description": "very private story"})
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"
    response = client.post("/en/report/status/", {"receipt": "AAAA"})
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"
    case, _ = make_case()
    client.force_login(caseworker)
    response = client.post(f"/en/workspace/izmir/cases/{case.pk}/note/", {"text": "private"})
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"
