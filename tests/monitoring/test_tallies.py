"""The daily tallies that reports sum always equal a direct count of the items."""

from collections import Counter

from birarada.monitoring import actions
from birarada.monitoring.models import DailyTally, Item
from birarada.monitoring.tallies import local_day, rebuild_tallies

from .helpers import add_items


def direct_counts(organization):
    return Counter((i.source_id, local_day(i.published_at), i.label, i.state)
                   for i in Item.objects.filter(organization=organization))


def tallied(organization):
    return Counter({(t.source_id, t.day, t.label, t.state): t.n
                    for t in DailyTally.objects.filter(organization=organization) if t.n})


def test_tallies_follow_ingest_analysis_and_reviews(izmir, moderator):
    items = add_items(izmir, ["Suriyeliler bu ülkeden defolup gitsin", "Güzel bir gün"], days_ago=3)
    items += add_items(izmir, ["Afganlar bu ülkeden defolup gitsin"], days_ago=40, source_name="Other")
    assert tallied(izmir) == direct_counts(izmir)
    actions.do_review_item(items[0], label="none", actor=moderator)
    actions.do_review_items_in_bulk(items[1:], decision="confirm", actor=moderator)
    assert tallied(izmir) == direct_counts(izmir)
    DailyTally.objects.all().delete()
    rebuild_tallies(izmir.pk)
    assert tallied(izmir) == direct_counts(izmir)


def test_days_are_recounted_in_contiguous_runs():
    from datetime import date

    from birarada.monitoring.tallies import MAX_RUNS, runs_of

    d = date(2026, 11, 1)
    assert runs_of({d, d.replace(day=2), d.replace(day=3), d.replace(day=9)}) == [
        (d, d.replace(day=3)), (d.replace(day=9), d.replace(day=9))]
    scattered = {date(2026, 1, 1).replace(month=1 + i % 12, day=1 + 2 * (i // 12)) for i in range(MAX_RUNS + 5)}
    assert runs_of(scattered) == [(min(scattered), max(scattered))]
