"""A practice keeps pictures and PDF documents, judged by their content (core.uploads): a renamed file, another
kind of file or one that is too big is refused with a message, and nothing is half-saved."""

import io

import pytest

from birarada.core.models import AuditEvent
from birarada.network.models import PracticeFile
from tests.network.observatory.conftest import make_practice, pdf_bytes, png_bytes, upload


@pytest.fixture
def draft(city, network):
    return make_practice(city["izmir"], network)


def post_file(client, practice, name, data, title="Dosya"):
    return client.post(f"/en/workspace/izmir/practices/{practice.pk}/files/",
                       {"title": title, "file": upload(name, data)})


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Not")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def nothing_kept(media) -> bool:
    return (not PracticeFile.objects.exists() and not AuditEvent.objects.filter(verb="practice.file_add").exists()
            and (not media.exists() or not any(p.is_file() for p in media.rglob("*"))))


def test_pictures_and_pdfs_are_kept(client, author, draft, media, django_capture_on_commit_callbacks):
    client.force_login(author)
    assert post_file(client, draft, "foto.jpg", png_bytes(), "Foto").status_code == 302  # a PNG named .jpg: a picture
    assert post_file(client, draft, "rapor.pdf", pdf_bytes(), "Rapor").status_code == 302
    kept = {f.title: f for f in PracticeFile.objects.all()}
    assert kept["Foto"].content_type == "image/png" and kept["Rapor"].content_type == "application/pdf"
    assert kept["Rapor"].size == len(pdf_bytes())
    assert AuditEvent.objects.filter(verb="practice.file_add").count() == 2
    page = client.get(f"/en/workspace/izmir/practices/{draft.pk}/").content.decode()
    assert "Foto" in page and "Rapor" in page
    with django_capture_on_commit_callbacks(execute=True):
        removed = client.post(f"/en/workspace/izmir/practices/{draft.pk}/files/{kept['Foto'].pk}/remove/")
    assert removed.status_code == 302 and PracticeFile.objects.count() == 1
    assert not (media / kept["Foto"].file.name).exists()
    assert AuditEvent.objects.filter(verb="practice.file_remove").count() == 1


@pytest.mark.parametrize(("name", "data", "message"), [
    ("rapor.pdf", png_bytes(), "is not what its name says: its content is PNG"),
    ("foto.png", pdf_bytes(), "is not what its name says: its content is PDF"),
    ("notlar.pdf", "Düz metin".encode(), "is not what its name says: its content is plain text"),
    ("notlar.txt", "Düz metin".encode(), "pictures (PNG, JPEG, WebP) and PDF documents only"),
    ("not.docx", docx_bytes(), "pictures (PNG, JPEG, WebP) and PDF documents only"),
    ("bozuk.png", png_bytes()[:50], "could not be read as an image"),
    ("program.exe", b"MZ\x90\x00" + bytes(range(256)), "is not a file we keep"),
    ("bos.pdf", b"", "The submitted file is empty."),
])
def test_other_files_are_refused(client, author, draft, media, name, data, message):
    client.force_login(author)
    response = post_file(client, draft, name, data)
    assert response.status_code == 400 and message in response.content.decode()
    assert nothing_kept(media)


def test_a_file_over_20_mb_is_refused(client, author, draft, media):
    client.force_login(author)
    response = post_file(client, draft, "buyuk.pdf", pdf_bytes() + b"\0" * (20 * 1024 * 1024))
    assert response.status_code == 400 and "is larger than 20 MB" in response.content.decode()
    assert nothing_kept(media)


def test_a_file_needs_a_title(client, author, draft, media):
    client.force_login(author)
    response = post_file(client, draft, "foto.png", png_bytes(), title="")
    assert response.status_code == 400 and nothing_kept(media)
