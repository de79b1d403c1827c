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
    ]

    @pytest.fixture
    def objects(self, city):
        from birarada.events import actions

        found = {}
        start = timezone.now() + timedelta(days=10)
        for slug in authz.ORGANIZATIONS:
            event = actions.do_create_event(city[slug], slug="panel", kind="panel", title=f"Panel {slug}",
                                            starts_at=start, ends_at=start + timedelta(hours=2), actor=None)
            found[slug] = {"event": event.pk}
        return found

    def state(self, slug):
        from birarada.events.models import Event

        return list(Event.objects.filter(organization__slug=slug).values_list("slug", "status"))
