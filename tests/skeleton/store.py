"""Encrypted files of the skeleton module, in a folder the test chooses."""

from pathlib import Path

from django.conf import settings

from birarada.core import crypto


def folder() -> Path:
    path = Path(settings.MEDIA_ROOT) / "skeleton-notes"
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_note(name: str, text: str) -> Path:
    path = folder() / name
    path.write_bytes(crypto.encrypt_bytes(text.encode()))
    return path


def read_note(name: str) -> str:
    return crypto.decrypt_bytes((folder() / name).read_bytes()).decode()


def note_files() -> list[Path]:
    return sorted(folder().iterdir())
