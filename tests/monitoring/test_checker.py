"""The communications checker: a pasted draft or a .txt/.docx upload → findings; nothing is stored."""

import io

import docx
from django.core.files.uploadedfile import SimpleUploadedFile

from birarada.core.models import Role
from birarada.monitoring.models import Item
from tests.conftest import en

DRAFT = "Özürlüler için yeni otobüs hattı açıldı. Suriyeliler defolsun gitsin."


def test_pasted_draft_shows_findings_and_hateful_passage(client, city, make_member):
    officer = make_member("comms", city["izmir"], Role.COMMUNICATIONS)
    client.force_login(officer)
    response = client.post(en("monitoring:checker", "izmir"), {"text": DRAFT})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Özürlüler" in page and "engelli" in page  # the stigmatising word and what to write instead
    assert "Suriyeliler defolsun gitsin." in page and "label-hateful" in page
    assert "Özürlüler için yeni otobüs hattı açıldı." not in page.split("passage")[-1]
    assert not Item.objects.exists()


def test_clean_draft_says_so(client, city, make_member):
    client.force_login(make_member("comms", city["izmir"], Role.COMMUNICATIONS))
    page = client.post(en("monitoring:checker", "izmir"), {"text": "Kütüphane pazar günü de açık."}).content.decode()
    assert "Nothing to change" in page


def test_docx_upload(client, city, make_member):
    document = docx.Document()
    document.add_paragraph("Özürlüler için rampa yapıldı.")
    buffer = io.BytesIO()
    document.save(buffer)
    client.force_login(make_member("comms", city["izmir"], Role.COMMUNICATIONS))
    upload = SimpleUploadedFile("draft.docx", buffer.getvalue())
    page = client.post(en("monitoring:checker", "izmir"), {"file": upload}).content.decode()
    assert "Özürlüler" in page and "1 word to reconsider" in page


def test_txt_upload_and_unreadable_docx(client, city, make_member):
    client.force_login(make_member("comms", city["izmir"], Role.COMMUNICATIONS))
    upload = SimpleUploadedFile("draft.txt", "Özürlüler için rampa yapıldı.".encode())
    assert "1 word to reconsider" in client.post(en("monitoring:checker", "izmir"), {"file": upload}).content.decode()
    broken = SimpleUploadedFile("draft.docx", b"not a zip file")
    response = client.post(en("monitoring:checker", "izmir"), {"file": broken, "text": "my draft"})
    assert response.status_code == 400
    assert "could not be read as a Word (.docx) document" in response.content.decode()


def test_windows_1254_txt_upload_and_binary_txt(client, city, make_member):
    client.force_login(make_member("comms", city["izmir"], Role.COMMUNICATIONS))
    upload = SimpleUploadedFile("draft.txt", "Özürlüler için rampa yapıldı.".encode("cp1254"))
    page = client.post(en("monitoring:checker", "izmir"), {"file": upload}).content.decode()
    assert "Özürlüler" in page and "1 word to reconsider" in page
    binary = SimpleUploadedFile("draft.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    response = client.post(en("monitoring:checker", "izmir"), {"file": binary})
    assert response.status_code == 400 and "does not contain plain text" in response.content.decode()


def test_empty_submission_asks_for_a_text(client, city, make_member):
    client.force_login(make_member("comms", city["izmir"], Role.COMMUNICATIONS))
    response = client.post(en("monitoring:checker", "izmir"), {"text": "  "})
    assert response.status_code == 400 and "Paste a text or choose a file" in response.content.decode()
