from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from birarada.core.models import Role
from birarada.events import actions


@pytest.fixture
def organizer(city, make_member):
    return make_member("organizer", city["izmir"], Role.COMMUNICATIONS)


@pytest.fixture
def training(city):
    start = timezone.now() + timedelta(days=7)
    return actions.do_create_event(city["izmir"], slug="egitim", kind="training", actor=None,
                                   title="Belediye personeline ayrımcılık yasağı eğitimi", starts_at=start,
                                   ends_at=start + timedelta(hours=3), venue="Kültürpark, Salon 2", capacity=2,
                                   accessibility=["wheelchair", "sign_language"], training_hours=Decimal(3))


def register(client, event, name, email, lang="en"):
    return client.post(f"/{lang}/events/{event.organization.slug}/{event.slug}/",
                       {"name": name, "email": email})


@pytest.fixture(autouse=True)
def english_messages():
    """Actions' messages are read in English here (pages choose their language by address)."""
    from django.utils import translation

    with translation.override("en"):
        yield
