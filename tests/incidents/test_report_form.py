import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from birarada.core.models import AuditEvent
from birarada.incidents import evidence
from birarada.incidents.models import Case
from tests.incidents.conftest import VALID_REPORT

RECEIPT = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


def submit(client, lang="en", files=None, **overrides):
    data = {**VALID_REPORT, **overrides}
    data = {k: v for k, v in data.items() if v is not None}
    if files:
        data["evidence"] = files
    return client.post(f"/{lang}/report/", data)


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (40, 30), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (38.0, 27.0, 0.0), 3: "E", 4: (27.0, 8.0, 0.0)}  # GPS position
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


@pytest.mark.parametrize("lang, direction", [("tr", "ltr"), ("en", "ltr"), ("ar", "rtl")])
def test_form_is_served_in_each_language(client, city, lang, direction):
    response = client.get(f"/{lang}/report/")
    assert response.status_code == 200
    assert f'lang="{lang}" dir="{direction}"' in response.content.decode()


def test_form_explains_what_happens_next_before_submitting(client, city):
    html = client.get("/en/report/").content.decode()
    assert html.index("What happens next") < html.index("Send my report")


def test_a_report_creates_a_case_and_shows_the_receipt_once(client, city):
    response = submit(client)
    assert response.status_code == 200  # the receipt is in the answer to the report itself
    receipt = RECEIPT.search(response.content.decode()).group(0)
    case = Case.objects.get()
    assert case.organization == city["izmir"]
    assert case.grounds == ["ethnicity", "migration"]
    assert case.contact == {"name": "Leyla", "email": "leyla@example.org"}
    assert case.language == "en"
    assert receipt.replace("-", "") not in case.receipt_digest
    # Shown once: no address shows it again.
    again = client.get("/en/report/done/")
    assert again.status_code == 302 and receipt not in again.content.decode()
    assert receipt not in client.get("/en/report/status/").content.decode()
    assert AuditEvent.objects.filter(verb="case.submit", actor=None).count() == 1


def test_missing_answers_keep_everything_typed(client, city):
    response = submit(client, grounds=None, area="", reporter_role=None)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and "Please check these answers" in html
    assert "speaking Arabic with my daughter" in html  # the story is not lost
    assert 'value="leyla@example.org"' in html
    assert Case.objects.count() == 0


def test_future_date_is_refused(client, city):
    response = submit(client, occurred_on="2999-01-01")
    assert response.status_code == 400 and "in the future" in response.content.decode()


def test_contact_consent_needs_a_way_to_contact(client, city):
    response = submit(client, contact_email="", contact_phone="")
    assert response.status_code == 400
    assert "give an e-mail address or a phone number" in response.content.decode()


def test_contact_details_are_not_kept_without_consent(client, city):
    submit(client, consent_contact=None)
    assert Case.objects.get().contact == {}


def test_honeypot_stores_nothing_but_looks_like_success(client, city):
    response = submit(client, leave_empty="http://spam.example")
    assert response.status_code == 200
    assert Case.objects.count() == 0


def test_too_many_reports_from_one_client_are_refused(client, city, settings):
    settings.INCIDENTS_REPORTS_PER_HOUR = 2
    assert submit(client).status_code == 200
    assert submit(client).status_code == 200
    response = submit(client)
    assert response.status_code == 429
    assert Case.objects.count() == 2


def test_photo_location_and_camera_details_are_removed(client, city):
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif()  # the test photo really has EXIF
    upload = SimpleUploadedFile("bus.jpg", original, content_type="image/jpeg")
    assert submit(client, files=[upload]).status_code == 200
    item = Case.objects.get().evidence.get()
    stored = evidence.load(item.stored_name)
    assert item.content_type == "image/jpeg" and item.original_name == "bus.jpg"
    with Image.open(io.BytesIO(stored)) as image:
        assert not image.getexif()
        assert image.size == (40, 30)
    assert b"PhoneMaker" not in stored


def test_a_pdf_is_accepted(client, city):
    from tests.incidents.files import real_pdf

    pdf = SimpleUploadedFile("letter.pdf", real_pdf(), "application/pdf")
    assert submit(client, files=[pdf]).status_code == 200
    assert Case.objects.get().evidence.get().content_type == "application/pdf"


def test_a_file_that_only_pretends_to_be_a_photo_is_refused(client, city):
    fake = SimpleUploadedFile("photo.jpg", b"<script>alert(1)</script>", content_type="image/jpeg")
    response = submit(client, files=[fake])
    assert response.status_code == 400
    html = response.content.decode()
    assert "is not a photo" in html and "attach your files again" in html
    assert Case.objects.count() == 0


def test_large_and_too_many_files_are_refused(client, city, settings):
    settings.INCIDENTS_MAX_FILE_BYTES = 1000
    big = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * 2000, content_type="application/pdf")
    response = submit(client, files=[big])
    assert response.status_code == 400 and "larger than" in response.content.decode()
    settings.INCIDENTS_MAX_FILES = 1
    two = [SimpleUploadedFile(f"{i}.pdf", b"%PDF-1", "application/pdf") for i in range(2)]
    response = submit(client, files=two)
    assert response.status_code == 400 and "at most 1 files" in response.content.decode()
    assert Case.objects.count() == 0


def test_without_an_intake_unit_the_form_says_so(client, db):
    response = client.get("/en/report/")
    assert response.status_code == 503
    assert "not available" in response.content.decode()
