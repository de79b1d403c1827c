"""Evidence files: decoded within a memory budget, shrunk to what evidence needs, PDFs parsed for real."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from birarada.incidents.evidence import LONG_SIDE, EvidenceError, clean_upload
from tests.incidents.files import real_pdf


def upload(name: str, data: bytes, content_type: str = "application/octet-stream") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type)


def png(width: int, height: int, mode: str = "RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height)).save(out, format="PNG", optimize=True)
    return out.getvalue()


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (90, 140, 200)).save(out, format="JPEG", quality=60)
    return out.getvalue()


def pdf(extra=None) -> bytes:
    return real_pdf(extra=extra)


def test_a_small_file_that_unpacks_into_a_huge_picture_is_refused(settings):
    bomb = png(6324, 6324)
    assert len(bomb) < 400_000  # small on the wire …
    with pytest.raises(EvidenceError, match="too many pixels"):
        clean_upload(upload("blank.png", bomb))  # … refused before its 160 MB of pixels are decoded


def test_a_big_phone_photo_is_accepted_and_stored_at_evidence_size():
    clean = clean_upload(upload("photo.jpg", jpeg(8000, 6000)))  # 48 MP, decoded at a reduced scale
    with Image.open(io.BytesIO(clean.data)) as stored:
        assert LONG_SIDE // 2 <= max(stored.size) <= LONG_SIDE and stored.size[0] > stored.size[1]


def test_an_ordinary_png_keeps_its_size():
    clean = clean_upload(upload("screen.png", png(390, 844, "RGB")))
    with Image.open(io.BytesIO(clean.data)) as stored:
        assert stored.size == (390, 844) and clean.content_type == "image/png"


def test_a_plain_pdf_is_accepted():
    assert clean_upload(upload("letter.pdf", pdf())).content_type == "application/pdf"


def _add_javascript(writer):
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert('hello');")})
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)


def _add_javascript_link_on_the_page(writer):
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("this.submitForm('http://x');")})
    link = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
                             NameObject("/A"): action})
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])


def _add_launch(writer):
    action = DictionaryObject({NameObject("/S"): NameObject("/Launch"),
                               NameObject("/F"): TextStringObject("calc.exe")})
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)


def _add_attachment(writer):
    writer.add_attachment("run.bat", b"echo hi")


@pytest.mark.parametrize("make", [_add_javascript, _add_javascript_link_on_the_page, _add_launch,
                                  _add_attachment])
def test_a_pdf_that_can_run_or_open_something_is_refused(make):
    data = pdf(make)
    assert PdfReader(io.BytesIO(data)).pages  # a real, valid PDF …
    with pytest.raises(EvidenceError, match="scripts, embedded files or actions"):
        clean_upload(upload("letter.pdf", data))


def test_a_pdf_that_only_opens_on_its_first_page_is_fine():
    def open_on_page_one(writer):
        writer._root_object[NameObject("/OpenAction")] = writer.pages[0].indirect_reference

    assert clean_upload(upload("letter.pdf", pdf(open_on_page_one))).content_type == "application/pdf"


@pytest.mark.parametrize("data", [b"%PDF-1.7\nnot really a pdf", b"%PDF-" + bytes(range(256)) * 20])
def test_something_that_only_starts_like_a_pdf_is_refused(data):
    with pytest.raises(EvidenceError, match="could not be read as a PDF"):
        clean_upload(upload("fake.pdf", data))


def test_a_locked_pdf_is_refused():
    def lock(writer):
        writer.encrypt("secret")

    with pytest.raises(EvidenceError, match="password"):
        clean_upload(upload("locked.pdf", pdf(lock)))
