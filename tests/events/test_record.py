"""After the event: the record of what happened (minutes in safe Markdown, outcomes, who took part), shown to
staff and — minutes and outcomes only — on the public page once the event is over; files kept with the record,
checked by their content and downloaded only by the event's organizers."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from birarada.core.models import AuditEvent, Role
from birarada.events import actions
from birarada.events.models import Event, EventFile
from birarada.events.record import MAX_FILE_BYTES
from birarada.events.richtext import render

from .conftest import register


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def held(event):
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() - timedelta(days=1, hours=3),
                                             ends_at=timezone.now() - timedelta(days=1))
    event.refresh_from_db()
    return event


# ---- minutes: Markdown made safe --------------------------------------------------------------------

def test_minutes_keep_plain_formatting():
    html = str(render("# Açılış\n\nKatılım *yüksekti*, **üç** karar:\n\n- birinci\n- ikinci\n\n1. bir\n\n"
                      "> alıntı\n\n[Rapor](https://example.org/rapor) ve [e-posta](mailto:esitlik@example.org)"))
    assert "<h3>Açılış</h3>" in html
    assert "<em>yüksekti</em>" in html and "<strong>üç</strong>" in html
    assert "<ul>\n<li>birinci</li>" in html and "<ol>\n<li>bir</li>" in html and "<blockquote>" in html
    assert '<a href="https://example.org/rapor" rel="noopener noreferrer">Rapor</a>' in html
    assert 'href="mailto:esitlik@example.org"' in html


def test_minutes_lose_scripts_handlers_and_dangerous_links():
    html = str(render('Önce <script>alert("x")</script> sonra\n\n<img src="x" onerror="alert(1)">'
                      '<p onclick="steal()">metin</p>\n\n[tıkla](javascript:alert(1)) '
                      '<a href="JaVaScRiPt:alert(2)">büyük harf</a> [göreli](/en/workspace/) '
                      '<a href="data:text/html,hi">veri</a> <iframe src="https://evil.example"></iframe>'))
    for bad in ("<script", "alert(", "onerror", "onclick", "<img", "javascript:", "JaVaScRiPt", "data:",
                "/en/workspace/", "<iframe", "steal"):
        assert bad not in html, bad
    assert "Önce" in html and "sonra" in html and "metin" in html and "tıkla" in html


def test_empty_minutes_render_nothing():
    assert render("") == "" and render("   \n") == ""


# ---- the record --------------------------------------------------------------------------------------

def test_recording_an_event_saves_it_and_writes_one_audit_row(client, city, training, organizer):
    client.force_login(organizer)
    form = client.get(f"/en/workspace/izmir/events/{training.pk}/record/").content.decode()
    assert "Listed NGO" in form and "İzmir Equality Unit" not in form.split("Organizations that took part")[1]
    response = client.post(f"/en/workspace/izmir/events/{training.pk}/record/", {
        "minutes": "Eğitim **verimli** geçti.\n\n- soru-cevap", "outcomes": "İkinci oturum planlandı.",
        "attendee_count": "27", "attending_organizations": [str(city["ngo"].pk)],
        "attending_other": "Kadın Dayanışma Vakfı"})
    assert response.status_code == 302
    training.refresh_from_db()
    assert training.minutes.startswith("Eğitim **verimli**") and training.outcomes == "İkinci oturum planlandı."
    assert training.attendee_count == 27 and training.attending_other == "Kadın Dayanışma Vakfı"
    assert list(training.attending_organizations.all()) == [city["ngo"]]
    audit = AuditEvent.objects.get(verb="event.record")
    assert audit.actor == organizer
    assert audit.changes == {"changed": ["attendee_count", "attending_organizations", "attending_other",
                                         "minutes", "outcomes"], "attendee_count": 27, "organizations": 1}
    page = client.get(f"/en/workspace/izmir/events/{training.pk}/").content.decode()
    assert "Eğitim <strong>verimli</strong> geçti." in page and "Kadın Dayanışma Vakfı" in page
    assert "Listed NGO" in page and "27" in page


def test_a_bad_record_is_refused_with_a_message_and_nothing_saved(client, city, training, organizer):
    client.force_login(organizer)
    response = client.post(f"/en/workspace/izmir/events/{training.pk}/record/", {
        "minutes": "Yarım kalmasın", "attendee_count": "-3",
        "attending_organizations": [str(city["elsewhere"].pk + 1000)]})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Ensure this value is greater than or equal to 0." in page and "Select a valid choice" in page
    training.refresh_from_db()
    assert training.minutes == "" and not AuditEvent.objects.filter(verb="event.record").exists()


def test_a_cancelled_event_has_nothing_to_record(client, training, organizer):
    actions.do_cancel_event(training, actor=None)
    client.force_login(organizer)
    response = client.post(f"/en/workspace/izmir/events/{training.pk}/record/", {"minutes": "x"})
    assert response.status_code == 400 and "nothing to record" in response.content.decode()


def test_the_public_page_shows_what_happened_once_the_event_is_over_and_never_names(client, training, organizer):
    register(client, training, "Rania Haddad", "rania@example.org")
    client.force_login(organizer)
    client.post(f"/en/workspace/izmir/events/{training.pk}/record/", {
        "minutes": "Tartışma *canlıydı*.", "outcomes": "Rehber hazırlanacak.", "attendee_count": "12"})
    client.logout()
    public = f"/en/events/izmir/{training.slug}/"
    assert "What happened" not in client.get(public).content.decode()  # not over yet
    held(training)
    page = client.get(public).content.decode()
    assert "What happened" in page and "Tartışma <em>canlıydı</em>." in page and "Rehber hazırlanacak." in page
    assert "Rania" not in page and "Register</h2>" not in page


# ---- files -------------------------------------------------------------------------------------------

def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 40, 10)).save(out, format="PNG")
    return out.getvalue()


def pdf_bytes() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Toplantı notu")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def upload(client, event, title, name, data):
    return client.post(f"/en/workspace/izmir/events/{event.pk}/files/",
                       {"title": title, "file": SimpleUploadedFile(name, data)})


def test_real_images_pdfs_and_office_files_are_kept_and_downloaded_by_organizers(client, training, organizer,
                                                                                  media):
    client.force_login(organizer)
    for title, name, data in (("Fotoğraf", "foto.png", png_bytes()), ("İmza listesi", "imza.pdf", pdf_bytes()),
                              ("Sunum notu", "not.docx", docx_bytes()), ("Özet", "ozet.txt", "Kısa özet".encode())):
        assert upload(client, training, title, name, data).status_code == 302, name
    files = {f.title: f for f in EventFile.objects.all()}
    assert files["Fotoğraf"].content_type == "image/png" and files["İmza listesi"].content_type == "application/pdf"
    assert files["Sunum notu"].content_type.endswith("wordprocessingml.document")
    assert files["Özet"].content_type == "text/plain; charset=utf-8"
    photo = files["Fotoğraf"]
    assert "foto" not in photo.file.name and (media / photo.file.name).exists()  # stored under a random name
    page = client.get(f"/en/workspace/izmir/events/{training.pk}/").content.decode()
    assert "Fotoğraf" in page and f"/files/{photo.pk}/" in page
    download = client.get(f"/en/workspace/izmir/events/{training.pk}/files/{photo.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == png_bytes()
    assert download["Content-Type"] == "image/png" and "attachment" in download["Content-Disposition"]
    assert AuditEvent.objects.filter(verb="event.file_add").count() == 4
    assert AuditEvent.objects.get(verb="event.file_download").changes == {"file": photo.pk}
    # Nothing serves the media folder: the file is reachable only through the view above.
    assert client.get(f"/media/{photo.file.name}").status_code == 404


@pytest.mark.parametrize(("name", "data", "message"), [
    ("rapor.pdf", "Bu aslında düz metin.".encode(), "is not what its name says: its content is plain text"),
    ("foto.png", pdf_bytes(), "is not what its name says: its content is PDF"),
    ("bozuk.png", png_bytes()[:60], "could not be read as an image"),
    ("bozuk.pdf", b"%PDF-1.7\n garbage", "could not be read as PDF"),
    ("arsiv.docx", b"PK\x03\x04" + b"\x00" * 40, "is not a file we keep"),
    ("program.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(range(256)), "is not a file we keep"),
])
def test_files_are_judged_by_their_content(client, training, organizer, media, name, data, message):
    client.force_login(organizer)
    response = upload(client, training, "Dosya", name, data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not EventFile.objects.exists() and not AuditEvent.objects.filter(verb="event.file_add").exists()
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))  # nothing half-saved


def test_a_zip_that_is_not_an_office_file_is_refused(client, training, organizer, media):
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "merhaba")
    client.force_login(organizer)
    response = upload(client, training, "Arşiv", "arsiv.docx", out.getvalue())
    assert response.status_code == 400 and "is not a file we keep" in response.content.decode()


def test_a_file_over_the_limit_is_refused(client, training, organizer, media):
    client.force_login(organizer)
    response = upload(client, training, "Büyük", "buyuk.txt", b"a" * (MAX_FILE_BYTES + 1))
    assert response.status_code == 400 and "is larger than 20 MB" in response.content.decode()
    assert not EventFile.objects.exists()


def test_only_the_events_organizers_download_and_remove_files(client, city, training, organizer, make_member,
                                                              media, django_capture_on_commit_callbacks):
    client.force_login(organizer)
    upload(client, training, "İmza listesi", "imza.pdf", pdf_bytes())
    item = EventFile.objects.get()
    path = f"/en/workspace/izmir/events/{training.pk}/files/{item.pk}/"
    client.force_login(make_member("reader", city["izmir"], Role.VIEWER))
    assert client.get(path).status_code == 404
    client.force_login(make_member("other", city["elsewhere"], Role.COORDINATOR))
    assert client.get(path).status_code == 404
    assert client.get(f"/en/workspace/elsewhere/events/{training.pk}/files/{item.pk}/").status_code == 404
    assert client.post(path + "remove/").status_code == 404
    assert EventFile.objects.exists()
    client.force_login(organizer)
    stored = media / item.file.name
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(path + "remove/").status_code == 302
    assert not EventFile.objects.exists() and not stored.exists()
    assert AuditEvent.objects.get(verb="event.file_remove").changes == {"file": item.pk}
    assert client.get(path).status_code == 404
