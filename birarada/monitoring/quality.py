"""How well the engine agrees with reviewers: precision and recall of "hateful", per source, per ground
and per month, from the reviewers' decisions (summed from their tallies, `ReviewTally`: a few thousand rows
where the reviews may be millions).

precision = reviewed items both engine and reviewer call hateful / items the engine calls hateful
recall    = the same / items the reviewer calls hateful
For a ground, "hateful" means hateful *and* targeting that ground.
"""

from django.db.models import Count, Q

from birarada.core.models import Organization
from birarada.core.vocabulary import Ground, Label
from birarada.monitoring.models import ReviewTally, Source
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
    """Precision and recall overall, per source, per ground and per month, summed from the review tallies."""
    tallies = list(ReviewTally.objects.filter(organization=organization).values_list(
        "source_id", "month", "engine_hateful", "person_hateful", "engine_ground_bits", "ground_bits", "n"))

    def rates(rows, bit: int | None = None, reviewed: int | None = None) -> dict:
        tp = e = p = n = 0
        for _source, _month, engine, person, engine_bits, bits, count in rows:
            if bit is not None:
                engine, person = engine and bool(engine_bits & bit), person and bool(bits & bit)
            n += count
            e += count if engine else 0
            p += count if person else 0
            tp += count if engine and person else 0
        return _rates(tp, e, p, n if reviewed is None else reviewed)

    overall = rates(tallies)
    by_source_rows: dict[int, list] = {}
    by_month_rows: dict = {}
    for row in tallies:
        by_source_rows.setdefault(row[0], []).append(row)
        by_month_rows.setdefault(row[1], []).append(row)
    sources = sorted(by_source_rows, key=lambda s: -sum(r[-1] for r in by_source_rows[s]))[:50]
    names = dict(Source.objects.filter(pk__in=sources).values_list("pk", "name"))
    by_source = [{"name": names.get(s, "?"), **rates(by_source_rows[s])} for s in sources]
    labels = dict(Ground.choices)
    by_ground = []
    for ground, bit in GROUND_BITS.items():
        found = rates(tallies, bit, reviewed=overall["reviewed"])
        if found["engine"] or found["person"]:
            by_ground.append({"ground": labels[ground], **found})
    by_month = [{"month": month, **rates(by_month_rows[month])} for month in sorted(by_month_rows)]
    return {"overall": overall, "by_source": by_source, "by_ground": by_ground, "by_month": by_month}
