"""Personal data is unreadable in the database and on disk; keys can be rotated."""

from cryptography.fernet import Fernet
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection

from birarada.core import crypto
from birarada.core.models import AuditEvent
from birarada.incidents import evidence
from birarada.incidents.actions import do_add_case_note, do_send_message_to_reporter
from birarada.incidents.models import Case
from tests.incidents.files import real_pdf

SECRET_STORY = "Hemşire bana Suriyeli olduğum için randevu vermedi"


def raw_rows(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def test_a_raw_database_read_shows_no_plaintext(city, make_case, caseworker):
    case, _receipt = make_case(description=SECRET_STORY, place="Konak Devlet Hastanesi")
    do_add_case_note(case, "Called the hospital manager Ayşe", actor=caseworker)
    do_send_message_to_reporter(case, "We spoke to the hospital", actor=caseworker)
    dump = repr(raw_rows("SELECT * FROM incidents_case")) + repr(raw_rows("SELECT * FROM incidents_casenote"))
    dump += repr(raw_rows("SELECT * FROM incidents_casemessage")) + repr(raw_rows("SELECT * FROM core_auditevent"))
    for secret in ("Suriyeli", "Hemşire", "Konak Devlet", "leyla@example.org", "Leyla", "Ayşe", "spoke to"):
        assert secret not in dump
    # …while the application reads it back.
    assert Case.objects.get(pk=case.pk).description == SECRET_STORY


def test_evidence_files_on_disk_are_encrypted(city, make_case, settings):
    marker = real_pdf("CONFIDENTIAL MEDICAL LETTER")
    assert b"CONFIDENTIAL MEDICAL LETTER" in marker
    clean = evidence.clean_upload(SimpleUploadedFile("letter.pdf", marker, "application/pdf"))
    case, _ = make_case()
    name = evidence.store(clean)
    on_disk = (settings.MEDIA_ROOT / "evidence" / name).read_bytes()
    assert b"CONFIDENTIAL" not in on_disk and b"%PDF" not in on_disk
    assert evidence.load(name) == marker
    assert "letter" not in name


def test_rotation_re_encrypts_with_the_new_key(city, make_case, settings):
    old_key = settings.ENCRYPTION_KEYS[0]
    case, _ = make_case(description=SECRET_STORY)
    name = evidence.store(evidence.clean_upload(SimpleUploadedFile("a.pdf", real_pdf("x"), "application/pdf")))
    new_key = Fernet.generate_key().decode()
    settings.ENCRYPTION_KEYS = [new_key, old_key]
    crypto.reset_keyring()
    try:
        call_command("rotate_encryption_keys")
        event = AuditEvent.objects.get(verb="system.rotate_encryption_keys")
        assert event.changes["files"] >= 1 and event.changes["rows"] >= 1
        assert "incidents.Case" in event.changes["tables"] and "case files" in event.changes["stores"]
        settings.ENCRYPTION_KEYS = [new_key]  # the old key is gone now
        crypto.reset_keyring()
        assert Case.objects.get(pk=case.pk).description == SECRET_STORY
        assert evidence.load(name) == real_pdf("x")
    finally:
        settings.ENCRYPTION_KEYS = [old_key]
        crypto.reset_keyring()
