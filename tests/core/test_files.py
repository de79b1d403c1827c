"""birarada.core.files: text in the encodings people use, and Word documents, with errors a person can act on."""

import codecs
import io
import sys

import pytest

from birarada.core.files import FileReadError, decode_text, read_docx

TURKISH = "İşçi ğüşıöç\nIĞDIR ŞÜÖÇ"


def test_utf8():
    assert decode_text(TURKISH.encode("utf-8")) == TURKISH


def test_utf8_with_a_byte_order_mark():
    assert decode_text(codecs.BOM_UTF8 + TURKISH.encode("utf-8")) == TURKISH


def test_windows_1254_turkish():
    data = TURKISH.encode("cp1254")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_text(data) == TURKISH


def test_utf16_with_a_byte_order_mark():
    assert decode_text(TURKISH.encode("utf-16")) == TURKISH


def test_empty_file_is_empty_text():
    assert decode_text(b"") == ""


def test_word_line_breaks_and_tabs_are_text():
    assert decode_text(b"a\tb\x0bc\x0cd\r\n") == "a\tb\x0bc\x0cd\r\n"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    b"%PDF-1.7\n\x00\x01\x02binary",
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",  # a .docx (a zip) saved as .txt
    bytes(range(1, 9)) * 10,
])
def test_binary_data_is_refused_with_a_clear_message(data):
    with pytest.raises(FileReadError, match="does not contain plain text.*Save it as plain text") as error:
        decode_text(data)
    assert isinstance(error.value, ValueError)


def test_bytes_no_encoding_can_read_are_refused():
    with pytest.raises(FileReadError, match="UTF-8 or Windows-1254"):
        decode_text(b"caf\xc3 \x81\x8d")  # broken UTF-8, and bytes Windows-1254 leaves undefined


def _docx_bytes(*paragraphs: str) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_read_docx_from_bytes_file_and_path(tmp_path):
    data = _docx_bytes("İşçi ğüşıöç", "Mülteci akını hakkında bir rapor.")
    assert read_docx(data) == "İşçi ğüşıöç\nMülteci akını hakkında bir rapor."
    assert read_docx(io.BytesIO(data)).startswith("İşçi ğüşıöç\n")
    path = tmp_path / "rapor.docx"
    path.write_bytes(data)
    assert read_docx(path).endswith("bir rapor.") and read_docx(str(path)).endswith("bir rapor.")


@pytest.mark.parametrize("data", [b"not a zip file", b"PK\x03\x04broken", b"", TURKISH.encode()])
def test_broken_docx_is_refused_with_a_clear_message(data):
    with pytest.raises(FileReadError, match=r"could not be read as a Word \(.docx\) document.*save it as .docx"):
        read_docx(data)


def test_a_zip_that_is_not_a_word_document_is_refused():
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(FileReadError, match="Word"):
        read_docx(buffer.getvalue())


def test_missing_python_docx_is_explained(monkeypatch):
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(FileReadError, match="pip install python-docx"):
        read_docx(b"anything")
