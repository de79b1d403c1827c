"""Items made directly, analysed by the real engine, for tests that start from a filled queue."""

from datetime import timedelta

from django.utils import timezone

from birarada.monitoring import actions
from birarada.monitoring.analysis import analyse_waiting_items
from birarada.monitoring.ingest import Entry
from birarada.monitoring.models import Item


def add_items(organization, texts, *, source_name="Test export", reach=None, days_ago=1, author=""):
    when = timezone.now() - timedelta(days=days_ago)
    batch = actions.do_import_entries(
        organization, source_name=source_name, file_name="test.csv", skipped=0, mapping={},
        entries=[Entry(text=t, published_at=when, reach=reach, author=author) for t in texts])
    analyse_waiting_items()
    return list(Item.objects.filter(source_id=batch.source_id, text__in=texts).order_by("pk"))
