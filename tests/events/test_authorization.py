"""Events × every role × own / other organization / oversight / anonymous, through the shared matrix helper."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests import authz

MANAGERS = {"admin", "coordinator", "communications"}
READERS = {"admin", "coordinator", "communications", "case_worker", "moderator", "viewer"}


class TestEventsMatrix(authz.Matrix):
    namespace = "events"
    views = [
        authz.View("events", "events:events", READERS, oversight=True),
        authz.View("create", "events:events", MANAGERS, method="post",
                   data=lambda objects: {"kind": "panel", "title": "Panel", "slug": "new-panel",
                                         "starts_at": "2030-05-01T10:00", "ends_at": "2030-05-01T12:00",
                                         "is_public": "on"}),
        authz.View("event", "events:event", READERS, objects=("event",), oversight=True),
        authz.View("cancel", "events:event_change", MANAGERS, method="post", objects=("event",),
                   extra=("cancel",)),
        authz.View("training_records", "events:training_records", READERS, oversight=True),
        # The matrix's events are public: the upload is refused with a message (302 back to the event).
        authz.View("invite", "events:invite", MANAGERS, method="post", objects=("event",), data={"language": "tr"}),
        authz.View("checkin_list", "events:checkin_list", MANAGERS, objects=("event",)),
        authz.View("record", "events:record", MANAGERS, objects=("event",)),
        authz.View("record_save", "events:record", MANAGERS, method="post", objects=("event",),
                   data={"minutes": "Kayıt", "attendee_count": "5"}),
        # An empty upload: allowed roles reach the form, which refuses it (400); nothing is stored.
        authz.View("file_upload", "events:file_upload", MANAGERS, method="post", objects=("event",), ok=(400,)),
        authz.View("file_download", "events:file_download", MANAGERS, objects=("event", "file")),
        authz.View("file_remove", "events:file_remove", MANAGERS, method="post", objects=("event", "file")),
    ]

    @pytest.fixture
    def objects(self, city, settings, tmp_path):
        from django.core.files.uploadedfile import SimpleUploadedFile

        from birarada.events import actions, record

        settings.MEDIA_ROOT = tmp_path / "media"

        found = {}
        start = timezone.now() + timedelta(days=10)
        for slug in authz.ORGANIZATIONS:
            event = actions.do_create_event(city[slug], slug="panel", kind="panel", title=f"Panel {slug}",
                                            starts_at=start, ends_at=start + timedelta(hours=2), actor=None)
            item = record.do_add_event_file(event, title="Notlar", actor=None,
                                            upload=SimpleUploadedFile("notlar.txt", b"Toplanti notlari"))
            found[slug] = {"event": event.pk, "file": item.pk}
        return found

    def state(self, organization):
        from birarada.events.models import Event, EventFile

        return (list(Event.objects.filter(organization=organization).values_list("slug", "status", "minutes")),
                list(EventFile.objects.filter(event__organization=organization).values_list("pk", flat=True)))
