"""Aggregates of cases: what the unit learns, and what the public may see (small cells suppressed)."""

from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from birarada.core.figures import SMALL_CELL, suppress, suppress_rows
from birarada.core.vocabulary import Area, Ground
from birarada.incidents.choices import CaseStatus


@dataclass
class Breakdown:
    title: str
    rows: list[tuple[str, int]]  # (label, count), largest first; a public count may be "<5"


@dataclass
class CaseStatistics:
    total: int
    breakdowns: list[Breakdown] = field(default_factory=list)
    median_days_to_finish: float | None = None
    finished: int = 0


def _rows(counter: Counter, labels: dict | None = None) -> list[tuple[str, int]]:
    labels = labels or {}
    return [(str(labels.get(key, key)), count) for key, count in counter.most_common()]


def case_statistics(cases) -> CaseStatistics:
    """One pass over the categorical columns of `cases` (a queryset); no personal data is read."""
    from django.utils.translation import gettext as _

    fields = ("grounds", "area", "district", "status", "received_at", "finished_at")
    ground_names = dict(Ground.choices)
    by_ground, combos, by_area, by_district, by_month, by_status = (Counter() for _i in range(6))
    durations = []
    total = 0
    for grounds, area, district, status, received_at, finished_at in cases.values_list(*fields).iterator():
        total += 1
        by_ground.update(set(grounds))
        if len(grounds) > 1:
            combos[" + ".join(str(ground_names.get(g, g)) for g in sorted(grounds))] += 1
        by_area[area] += 1
        by_district[district or "—"] += 1
        by_month[received_at.strftime("%Y-%m")] += 1
        by_status[status] += 1
        if finished_at and status in CaseStatus.final_values():
            durations.append((finished_at - received_at).total_seconds() / 86400)
    months = sorted(by_month.items())
    return CaseStatistics(
        total=total,
        breakdowns=[
            Breakdown(_("By ground"), _rows(by_ground, ground_names)),
            Breakdown(_("Several grounds together (intersectional)"), _rows(combos)),
            Breakdown(_("By area of life"), _rows(by_area, dict(Area.choices))),
            Breakdown(_("By district"), _rows(by_district)),
            Breakdown(_("By month received"), months),
            Breakdown(_("By status"), _rows(by_status, dict(CaseStatus.choices))),
        ],
        median_days_to_finish=round(median(durations), 1) if durations else None,
        finished=len(durations),
    )


def suppress_small_cells(stats: CaseStatistics) -> CaseStatistics:
    """The public version: counts below SMALL_CELL become '<5'; rows stay so the categories are visible.
    The median is withheld too when it rests on fewer than SMALL_CELL finished cases."""
    return CaseStatistics(
        total=suppress(stats.total),
        breakdowns=[Breakdown(b.title, suppress_rows(b.rows)) for b in stats.breakdowns],
        median_days_to_finish=stats.median_days_to_finish if stats.finished >= SMALL_CELL else None,
        finished=suppress(stats.finished),
    )
