"""How well the engine agrees with reviewers: precision and recall of "hateful", per source, per ground
and per month, from the reviewers' decisions (aggregate queries on the review table).

precision = reviewed items both engine and reviewer call hateful / items the engine calls hateful
recall    = the same / items the reviewer calls hateful
For a ground, "hateful" means hateful *and* targeting that ground.
"""

from django.db.models import Count, F, Q
from django.db.models.functions import TruncMonth
from django.db.models.lookups import GreaterThan

from birarada.core.models import Organization
from birarada.core.vocabulary import Ground, Label
from birarada.monitoring.models import Review, Source
from birarada.monitoring.vocabulary import GROUND_BITS

ENGINE = Q(engine_label=Label.HATEFUL)
PERSON = Q(label=Label.HATEFUL)


def _rates(true_positive: int, engine: int, person: int, reviewed: int) -> dict:
    return {
        "reviewed": reviewed, "engine": engine, "person": person, "agree": true_positive,
        "precision": round(true_positive / engine, 3) if engine else None,
        "recall": round(true_positive / person, 3) if person else None,
    }


def _counts(q_engine: Q, q_person: Q) -> dict[str, Count]:
    # Counting a NOT NULL column of the covering index (label), not the id, keeps the scans index-only.
    return {"tp": Count("label", filter=q_engine & q_person), "e": Count("label", filter=q_engine),
            "p": Count("label", filter=q_person), "n": Count("label")}


def engine_quality(organization: Organization) -> dict:
    reviews = Review.objects.filter(organization=organization)
    overall = reviews.aggregate(**_counts(ENGINE, PERSON))

    per_source = list(reviews.values("source_id").annotate(**_counts(ENGINE, PERSON)).order_by("-n")[:50])
    names = dict(Source.objects.filter(pk__in=[r["source_id"] for r in per_source]).values_list("pk", "name"))
    by_source = [{"name": names.get(r["source_id"], "?"), **_rates(r["tp"], r["e"], r["p"], r["n"])}
                 for r in per_source]

    ground_counts: dict[str, Count] = {}
    for ground, bit in GROUND_BITS.items():
        engine = ENGINE & Q(GreaterThan(F("engine_ground_bits").bitand(bit), 0))
        person = PERSON & Q(GreaterThan(F("ground_bits").bitand(bit), 0))
        ground_counts |= {f"{ground}__{k}": v for k, v in _counts(engine, person).items() if k != "n"}
    found = reviews.aggregate(**ground_counts) if overall["n"] else {}
    labels = dict(Ground.choices)
    by_ground = [
        {"ground": labels[g], **_rates(found[f"{g}__tp"], found[f"{g}__e"], found[f"{g}__p"], overall["n"])}
        for g in GROUND_BITS if found.get(f"{g}__e") or found.get(f"{g}__p")
    ]

    months = (reviews.annotate(month=TruncMonth("reviewed_at")).values("month")
              .annotate(**_counts(ENGINE, PERSON)).order_by("month"))
    by_month = [{"month": r["month"], **_rates(r["tp"], r["e"], r["p"], r["n"])} for r in months]
    return {"overall": _rates(overall["tp"], overall["e"], overall["p"], overall["n"]),
            "by_source": by_source, "by_ground": by_ground, "by_month": by_month}
