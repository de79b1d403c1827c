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


def direct_hateful_counts(organization):
    from birarada.monitoring.vocabulary import GROUND_BITS, TYPE_BITS

    counts = Counter()
    for item in Item.objects.filter(organization=organization, label="hateful"):
        day = local_day(item.published_at)
        counts.update(("g", day, g) for g, bit in GROUND_BITS.items() if item.ground_bits & bit)
        counts.update(("t", day, t) for t, bit in TYPE_BITS.items() if item.type_bits & bit)
        if item.state == "reviewed" and item.severity:
            counts[("s", day, item.severity)] += 1
    return counts


def hateful_tallied(organization):
    from birarada.monitoring.models import HatefulTally

    return Counter({(t.facet, t.day, t.value): t.n for t in HatefulTally.objects.filter(organization=organization)})


def test_hateful_tallies_by_ground_type_and_severity_follow_every_change(izmir, moderator):
    items = add_items(izmir, ["Suriyeliler bu ülkeden defolup gitsin", "Afganlar hepsi hırsız, defolsunlar"],
                      days_ago=2)
    items += add_items(izmir, ["Kürtler bu şehirden defolup gitsin"], days_ago=5)
    assert direct_hateful_counts(izmir) and hateful_tallied(izmir) == direct_hateful_counts(izmir)
    actions.do_review_item(items[0], label="hateful", grounds=["migration", "ethnicity"], types=["exclusion"],
                           ratings={"context": 3, "speaker": 2, "intent": 3, "content_form": 3, "extent": 2,
                                    "likelihood": 2}, actor=moderator)
    actions.do_review_item(items[1], label="none", actor=moderator)
    assert hateful_tallied(izmir) == direct_hateful_counts(izmir)
    assert any(facet == "s" for facet, _day, _value in hateful_tallied(izmir))


def test_rebuilding_recounts_every_day_between_the_first_and_the_last(izmir):
    add_items(izmir, ["Suriyeliler bu ülkeden defolup gitsin"], days_ago=70)
    add_items(izmir, ["Afganlar bu ülkeden defolup gitsin"], days_ago=35)  # a day in between
    add_items(izmir, ["Güzel bir gün"], days_ago=1)
    from birarada.monitoring.models import HatefulTally

    DailyTally.objects.all().delete()
    HatefulTally.objects.all().delete()
    rebuild_tallies(izmir.pk)
    assert tallied(izmir) == direct_counts(izmir) and len(direct_counts(izmir)) == 3
    assert hateful_tallied(izmir) == direct_hateful_counts(izmir)


def test_review_tallies_equal_the_reviews_and_give_the_same_precision(izmir, moderator):
    from birarada.monitoring.models import Review, ReviewTally
    from birarada.monitoring.quality import engine_quality
    from birarada.monitoring.tallies import rebuild_review_tallies

    items = add_items(izmir, ["Suriyeliler bu ülkeden defolup gitsin", "Afganlar hepsi hırsız, defolsunlar",
                              "Güzel bir gün", "Kürtler bu şehirden defolup gitsin"])
    actions.do_review_item(items[0], label="hateful", grounds=["migration"], actor=moderator)
    actions.do_review_item(items[1], label="none", actor=moderator)
    actions.do_review_items_in_bulk(items[2:], decision="confirm", actor=moderator)
    actions.do_review_item(items[1], label="hateful", grounds=["migration"], actor=moderator)  # changed mind
    assert sum(ReviewTally.objects.values_list("n", flat=True)) == Review.objects.count() == 4
    found = engine_quality(izmir)
    engine = sum(1 for r in Review.objects.all() if r.engine_label == "hateful")
    person = sum(1 for r in Review.objects.all() if r.label == "hateful")
    both = sum(1 for r in Review.objects.all() if r.label == r.engine_label == "hateful")
    assert found["overall"] == {"reviewed": 4, "engine": engine, "person": person, "agree": both,
                                "precision": round(both / engine, 3), "recall": round(both / person, 3)}
    assert [g["ground"] for g in found["by_ground"]][0] and len(found["by_month"]) == 1
    before = {k: found[k] for k in ("overall", "by_ground", "by_month")}
    ReviewTally.objects.all().delete()
    rebuild_review_tallies(izmir.pk)
    assert {k: engine_quality(izmir)[k] for k in before} == before
