"""CSV and JSONL exports: by command and by upload (ingested by a task), with column mapping."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django_tasks_db.models import DBTaskResult

from birarada.monitoring.ingest import hash_handle
from birarada.monitoring.models import ImportBatch, Item, ItemState
from birarada.monitoring.tasks import analyse_waiting, ingest_export
from tests.conftest import en

CSV = (
    "comment,user,likes,shares,created\n"
    "Suriyeliler bu ülkeden defolup gitsin,@okur_1,120,30,2026-11-10T08:00:00+03:00\n"
    "Harika bir etkinlik olmuş, teşekkürler,@okur_2,4,0,2026-11-11\n"
    ",@bos,1,1,2026-11-11\n"
    "SURİYELİLER bu ülkeden defolup gitsin!!,@okur_3,1,0,2026-11-12\n"
)


def run_import(path, *args):
    out = StringIO()
    call_command("monitor_import", str(path), "--org", "izmir", *args, stdout=out)
    return out.getvalue()


def test_csv_import_with_column_mapping(izmir, tmp_path):
    path = tmp_path / "replies.csv"
    path.write_text(CSV, encoding="utf-8")
    output = run_import(path, "--text-column", "comment", "--author-column", "user",
                        "--reach-columns", "likes,shares", "--date-column", "created")
    assert "2 new items" in output
    items = {i.text: i for i in Item.objects.all()}
    hateful = items["Suriyeliler bu ülkeden defolup gitsin"]
    assert hateful.reach == 150 and hateful.state == ItemState.QUEUED and hateful.engine_label == "hateful"
    assert hateful.author_hash == hash_handle("okur_1") and "okur" not in hateful.author_hash
    assert hateful.published_at.isoformat().startswith("2026-11-10T05:00")
    # Polling twice: nothing new, even for text differing only in case and punctuation.
    assert "0 new items" in run_import(path, "--text-column", "comment")
    assert Item.objects.count() == 2


def test_jsonl_import(izmir, tmp_path):
    path = tmp_path / "comments.jsonl"
    rows = [{"text": "I hate refugees, keep them out", "url": "https://social.invalid/p/1", "views": 900},
            {"text": "Lovely concert in Konak tonight", "url": "https://social.invalid/p/2"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert "2 new items" in run_import(path, "--link-column", "url", "--reach-columns", "views")
    item = Item.objects.get(link="https://social.invalid/p/1")
    assert item.reach == 900 and item.engine_label == "hateful"
    assert "0 new items" in run_import(path, "--link-column", "url")


def test_missing_text_column_is_explained(izmir, tmp_path):
    path = tmp_path / "replies.csv"
    path.write_text(CSV, encoding="utf-8")
    with pytest.raises(CommandError, match="no column 'text'.*comment, user"):
        run_import(path)


@pytest.mark.parametrize("same", ["okur_1", "@okur_1", " @OKUR_1 ", "Okur_1"])
def test_a_handle_in_any_case_has_one_hash(same):
    assert hash_handle(same) == hash_handle("okur_1") and len(hash_handle(same)) == 64
    assert hash_handle("okur_2") != hash_handle("okur_1")


def test_turkish_names_in_any_case_have_one_hash():
    assert hash_handle("IŞIL YILDIZ") == hash_handle("Işıl Yıldız") == hash_handle("ışıl yıldız")
    assert hash_handle("İREM") == hash_handle("irem") and hash_handle("@Irmak") == hash_handle("@irmak")


def test_no_handle_no_hash():
    assert hash_handle("") == hash_handle("  @ ") == hash_handle(None) == ""


def test_handle_hash_uses_the_lookup_key_not_the_secret_key(settings):
    from birarada.core import crypto

    first = hash_handle("okur_1")
    try:
        settings.SECRET_KEY = "a-different-secret-key-" + "x" * 40
        crypto.reset_keyring()
        assert hash_handle("okur_1") == first
        settings.LOOKUP_KEY = "a-different-lookup-key"
        crypto.reset_keyring()
        changed = hash_handle("okur_1")
        assert changed != first
        assert changed == crypto.keyed_digest("monitoring.author-handle", "okur_1")
        assert changed != crypto.lookup_digest("okur_1")  # a purpose of its own
    finally:
        crypto.reset_keyring()


def test_windows_1254_csv_is_read(izmir, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("text\nÇiğli'de kış şenliği yapıldı\n".encode("cp1254"))
    run_import(path)
    assert Item.objects.get().text == "Çiğli'de kış şenliği yapıldı"


def test_binary_file_is_explained(izmir, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(CommandError, match="does not contain plain text"):
        run_import(path)


def test_upload_is_ingested_by_a_task_not_the_request(client, izmir, moderator):
    client.force_login(moderator)
    upload = StringIO(CSV)
    upload.name = "replies.csv"
    response = client.post(en("monitoring:export_upload", "izmir"), {
        "file": upload, "source_name": "Replies to the 8 March post", "text_column": "comment",
        "author_column": "user", "reach_columns": "likes, shares",
    })
    assert response.status_code == 302
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.WAITING and Item.objects.count() == 0
    assert batch.mapping["reach"] == ["likes", "shares"]

    assert ingest_export.call(batch.pk) == 2
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.DONE and batch.added == 2 and batch.skipped == 2
    assert batch.content in (b"", memoryview(b"")) or bytes(batch.content) == b""
    # Reading the file and analysing its items are separate tasks: the analysis goes to the `analysis` queue.
    assert Item.objects.filter(state=ItemState.NEW).count() == 2
    [queued] = DBTaskResult.objects.filter(task_path=analyse_waiting.module_path)
    assert queued.queue_name == "analysis" and queued.status == "READY"
    assert analyse_waiting.call() == 2
    assert Item.objects.filter(state=ItemState.QUEUED).count() == 2
    page = client.get(en("monitoring:sources", "izmir")).content.decode()
    assert "replies.csv" in page and "Done" in page


def test_upload_with_wrong_mapping_fails_visibly(client, izmir, moderator):
    client.force_login(moderator)
    upload = StringIO(CSV)
    upload.name = "replies.csv"
    client.post(en("monitoring:export_upload", "izmir"),
                {"file": upload, "source_name": "x", "text_column": "body"})
    batch = ImportBatch.objects.get()
    ingest_export.call(batch.pk)
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.FAILED and "no column 'body'" in batch.error


def test_upload_rejects_other_file_types(client, izmir, moderator):
    client.force_login(moderator)
    upload = StringIO("x")
    upload.name = "photo.png"
    response = client.post(en("monitoring:export_upload", "izmir"),
                           {"file": upload, "source_name": "x", "text_column": "text"})
    assert response.status_code == 400
    assert "Choose a .csv or .jsonl file." in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_pasted_text_waits_for_the_worker(client, izmir, moderator):
    from birarada.monitoring.tasks import analyse_waiting

    client.force_login(moderator)
    client.post(en("monitoring:paste", "izmir"), {"text": "Romanlar hırsız, hepsi gitsin"})
    item = Item.objects.get()
    assert item.state == ItemState.NEW
    analyse_waiting.call(item.source_id)
    item.refresh_from_db()
    assert item.state == ItemState.QUEUED and item.engine_label == "hateful"


@pytest.mark.parametrize("link, stored", [
    ("https://news.example.org/haber/1", "https://news.example.org/haber/1"),
    ("http://news.example.org/a?b=c", "http://news.example.org/a?b=c"),
    ("javascript:alert(document.cookie)", ""),
    ("JaVaScRiPt:alert(1)", ""),
    ("data:text/html;base64,PHNjcmlwdD4=", ""),
    ("file:///etc/passwd", ""),
    ("//evil.example.org/x", ""),
    ("https://", ""),
    ("https://ok.example.org/\nSet-Cookie:x", ""),
])
def test_only_http_links_are_stored(izmir, link, stored):
    from birarada.monitoring import actions
    from birarada.monitoring.ingest import Entry
    from birarada.monitoring.models import Item

    actions.do_import_entries(izmir, source_name="Links", file_name="links.csv", skipped=0, mapping={},
                              entries=[Entry(text=f"Bir yorum {link}", link=link)])
    assert Item.objects.get().link == stored
