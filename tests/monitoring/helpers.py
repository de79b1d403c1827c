"""Items made directly, analysed by the real engine, for tests that start from a filled queue."""

from datetime import timedelta

from django.utils import timezone

from birarada.monitoring import actions
from birarada.monitoring.analysis import analyse_waiting_items
from birarada.monitoring.ingest import Entry, store_entries
from birarada.monitoring.models import Item, SourceKind


def add_items(organization, texts, *, source_name="Test export", reach=None, days_ago=1, author=""):
    source = actions.named_source(organization, SourceKind.IMPORT, source_name)
    when = timezone.now() - timedelta(days=days_ago)
    store_entries(source, [Entry(text=t, published_at=when, reach=reach, author=author) for t in texts])
    analyse_waiting_items()
    return list(Item.objects.filter(source=source, text__in=texts).order_by("pk"))
