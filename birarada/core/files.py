"""Reading the files people upload or point to: plain text in the encodings Turkish offices use, and Word.

No Django here: the command-line tool (birarada/cli.py) uses it too. Errors are FileReadError, a
ValueError whose message says what is wrong and what to do, so a form or a command can show it as is.
"""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path

# Control characters that do not occur in text files (tab, line feed, vertical tab (Word's line break),
# form feed, carriage return and the old DOS end-of-file mark \x1a do).
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f]")


class FileReadError(ValueError):
    """A file that cannot be read; the message is meant for the person who chose the file."""


def decode_text(data: bytes) -> str:
    """The text of a plain-text file: UTF-8 (with or without a byte order mark), UTF-16 with a byte order
    mark (Windows Notepad's "Unicode"), else Windows-1254, in which Turkish Excel and Notepad save.

    FileReadError for data that is not text (an image, a PDF, a Word file, …).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _text_only(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise _not_text() from None
    if b"\x00" in data:
        raise _not_text()
    try:
        return _text_only(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        return _text_only(data.decode("cp1254"))
    except UnicodeDecodeError:
        raise FileReadError(
            "This file is not in a text encoding we can read (UTF-8 or Windows-1254 Turkish). "
            "Open it in a text editor, save it as UTF-8 text, and try again."
        ) from None


def _text_only(text: str) -> str:
    if _NOT_TEXT.search(text[:65536]):
        raise _not_text()
    return text


def _not_text() -> FileReadError:
    return FileReadError(
        "This file does not contain plain text (it may be an image, a PDF or a Word file saved under a "
        "different name). Save it as plain text (.txt or .csv, UTF-8) and try again."
    )


def read_docx(data_or_file) -> str:
    """The text of a Word (.docx) document, one paragraph a line.

    `data_or_file` is the file's bytes, a path, or an open binary file (e.g. an upload).
    FileReadError for a file that is not a readable .docx (an old .doc, a renamed file, a damaged one).
    """
    try:
        import docx
    except ImportError:
        raise FileReadError("Reading Word files needs python-docx: pip install python-docx") from None
    source = io.BytesIO(data_or_file) if isinstance(data_or_file, (bytes, bytearray)) else data_or_file
    if isinstance(source, Path):
        source = str(source)
    try:
        document = docx.Document(source)
    except Exception:  # python-docx raises several kinds (zip, XML, key, value errors) for a broken file
        raise FileReadError(
            "This file could not be read as a Word (.docx) document: it may be damaged, password-protected "
            "or an old .doc file. Open it in Word or LibreOffice, save it as .docx, and try again."
        ) from None
    return "\n".join(p.text for p in document.paragraphs)
