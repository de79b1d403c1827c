import re

from birarada.incidents.access import case_for_receipt
from birarada.incidents.actions import do_send_message_to_reporter
from birarada.incidents.models import CaseMessage
from birarada.incidents.receipts import ALPHABET, new_receipt, normalise_receipt


def test_receipts_are_long_random_and_readable():
    receipts = {new_receipt() for _ in range(2000)}
    assert len(receipts) == 2000
    for receipt in list(receipts)[:50]:
        assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", receipt)
        assert not set(receipt.replace("-", "")) & set("ILOU")  # no look-alike letters


def test_receipts_are_forgiving_about_how_they_are_typed():
    canonical = "7K2M-QX9D-RT4A-W3PB"
    compact = canonical.replace("-", "")
    assert normalise_receipt(canonical) == compact
    assert normalise_receipt(" 7k2m qx9d rt4a w3pb ") == compact
    # Zero typed as the letter O, one typed as I, L or Turkish dotted/dotless i.
    assert normalise_receipt("0000-1111-0000-1111") == normalise_receipt("OOOO-iIlL-oooo-ıİ11")
    assert normalise_receipt("too-short") is None
    assert normalise_receipt("7K2M-QX9D-RT4A-W3P#") is None
    assert normalise_receipt("x" * 10_000) is None
    assert set(ALPHABET) == set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def test_the_receipt_finds_the_case_and_nothing_else(city, make_case):
    case, receipt = make_case()
    assert case_for_receipt(receipt.lower().replace("-", " ")) == case
    assert case_for_receipt(new_receipt()) is None
    assert case_for_receipt("") is None


def test_reporter_reads_status_and_messages_and_answers(client, city, make_case, caseworker):
    case, receipt = make_case()
    do_send_message_to_reporter(case, "Could you tell us the time of day?", actor=caseworker)
    response = client.post("/en/report/status/", {"receipt": receipt})
    assert response.status_code == 302 and response["Location"] == "/en/report/status/"
    html = client.get("/en/report/status/").content.decode()
    assert "Received" in html and "Could you tell us the time of day?" in html
    assert receipt not in html  # never echoed back
    client.post("/en/report/status/", {"text": "Around 8 in the morning."})
    answers = [m.text for m in CaseMessage.objects.filter(case=case, direction="from_reporter")]
    assert answers == ["Around 8 in the morning."]
    # Leaving forgets the case on this device.
    client.post("/en/report/status/", {"leave": "1"})
    assert "Around 8 in the morning." not in client.get("/en/report/status/").content.decode()


def test_unknown_and_malformed_receipts_get_the_same_answer(client, city, make_case):
    make_case()
    unknown = client.post("/en/report/status/", {"receipt": new_receipt()})
    malformed = client.post("/en/report/status/", {"receipt": "hello"})
    assert unknown.status_code == malformed.status_code == 400
    assert "We found no report with this code" in unknown.content.decode()
    assert "We found no report with this code" in malformed.content.decode()


def test_guessing_receipts_is_rate_limited(client, city, settings):
    settings.INCIDENTS_STATUS_CHECKS_PER_HOUR = 3
    codes = [client.post("/en/report/status/", {"receipt": new_receipt()}).status_code for _ in range(5)]
    assert codes == [400, 400, 400, 429, 429]


def test_a_reply_without_an_opened_case_does_nothing(client, city, make_case):
    make_case()
    response = client.post("/en/report/status/", {"text": "hello"})
    assert response.status_code == 200
    assert not CaseMessage.objects.exists()


def test_the_receipt_is_never_kept_in_the_session_store(client, city):
    from django.contrib.sessions.models import Session

    from tests.incidents.test_report_form import RECEIPT, submit

    page = client.get("/en/report/").content.decode()
    token = re.search(r'name="submission" value="([^"]+)"', page).group(1)
    response = submit(client, submission=token)
    assert response.status_code == 200
    receipt = RECEIPT.search(response.content.decode()).group(0)
    assert "no-store" in response["Cache-Control"]
    for session in Session.objects.all():
        stored = str(session.get_decoded())
        assert receipt not in stored and receipt.replace("-", "") not in stored
    # The reporter's session ends with the browser.
    assert client.cookies["sessionid"]["expires"] == "" and client.cookies["sessionid"]["max-age"] == ""


def test_sending_the_same_form_twice_stores_one_case(client, city):
    from birarada.incidents.models import Case
    from tests.incidents.test_report_form import RECEIPT, submit

    first = submit(client, submission="form-1")
    again = submit(client, submission="form-1")
    assert Case.objects.count() == 1
    assert RECEIPT.search(first.content.decode()) and not RECEIPT.search(again.content.decode())
    assert "already sent" in again.content.decode()
    submit(client, submission="form-2")
    assert Case.objects.count() == 2


def test_expired_sessions_are_cleared_by_a_periodic_task(db):
    from datetime import timedelta

    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from birarada.core.modules import periodic_tasks
    from birarada.core.tasks import clear_expired_sessions

    old, fresh = SessionStore(), SessionStore()
    old["x"], fresh["x"] = 1, 2
    old.set_expiry(1)
    old.save()
    fresh.save()
    Session.objects.filter(session_key=old.session_key).update(expire_date=timezone.now() - timedelta(days=1))
    assert clear_expired_sessions.call() == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == [fresh.session_key]
    assert clear_expired_sessions in [task for task, _every in periodic_tasks()]
