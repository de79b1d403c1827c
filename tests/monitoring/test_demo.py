from birarada.core.demo import load_demo_city
from birarada.monitoring.demo import load_demo_monitoring
from birarada.monitoring.models import Item, MediaWatchReport, Review, Source


def test_demo_monitoring_is_filled_and_idempotent(db, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    load_demo_city()
    added = load_demo_monitoring()
    assert added >= 300
    assert Source.objects.filter(organization__slug="izmir").count() >= 4
    assert Review.objects.count() > 100
    assert MediaWatchReport.objects.published().count() == 1
    counts = (Item.objects.count(), Review.objects.count(), Source.objects.count(), MediaWatchReport.objects.count())
    assert load_demo_monitoring() == 0
    assert (Item.objects.count(), Review.objects.count(), Source.objects.count(),
            MediaWatchReport.objects.count()) == counts
    # Demo feeds have invented addresses: paused, so no worker reports them failing.
    assert not Source.objects.filter(kind="feed", active=True).exists()
