"""Management commands say when they failed: a non-zero exit with a one-line reason (CommandError)."""

import pytest
from django.core.management import CommandError, call_command

from birarada.monitoring.models import Source


def test_monitor_feed_fails_when_the_feed_cannot_be_read(izmir, settings):
    settings.MONITORING_ALLOW_PRIVATE_FEEDS = False
    with pytest.raises(CommandError, match="reading it failed") as failure:
        call_command("monitor_feed", "http://127.0.0.1:9/feed.xml", org="izmir")
    assert "\n" not in str(failure.value)
    # Registered anyway: the worker keeps trying with backoff.
    assert Source.objects.get(url="http://127.0.0.1:9/feed.xml").consecutive_failures == 1


@pytest.mark.parametrize("arguments, reason", [
    (["monitor_feed", "not an address", "--org", "izmir"], "Not a feed address"),
    (["monitor_feed", "https://example.org/rss", "--org", "nowhere"], "No organization"),
    (["monitor_import", "/nonexistent/file.csv", "--org", "izmir"], "No such file"),
    (["media_watch_report", "--org", "izmir", "--since", "2026-13-01", "--until", "2026-12-01", "-o", "-"],
     "Not a date"),
    (["media_watch_report", "--org", "izmir", "--since", "2026-11-01", "--until", "2026-11-30",
      "-o", "/nonexistent/dir/report.html"], "Cannot write"),
])
def test_commands_refuse_bad_input_with_a_reason(izmir, arguments, reason):
    with pytest.raises(CommandError, match=reason):
        call_command(*arguments)


def test_monitor_import_says_when_it_cannot_read_the_file(izmir, tmp_path):
    export = tmp_path / "comments.csv"
    export.write_bytes(b"\x00\x01\x02 not text")
    with pytest.raises(CommandError):
        call_command("monitor_import", str(export), org="izmir")


def test_key_rotation_without_keys_fails_with_a_reason(db, settings):
    from birarada.core import crypto

    settings.ENCRYPTION_KEYS = []
    crypto.reset_keyring()
    try:
        with pytest.raises(CommandError, match="BIRARADA_ENCRYPTION_KEYS"):
            call_command("rotate_encryption_keys")
    finally:
        crypto.reset_keyring()
