"""Aggregates of cases: what the unit learns, and what the public may see.

Figures keep category *keys* (ground, area, status codes); labels are looked up in the reader's language when
shown, so a stored public snapshot reads in Turkish, English and Arabic alike.

Public figures (`public_version`) follow three rules, stated on the page:
1. a count below SMALL_CELL (5) is shown as "<5";
2. within one breakdown, never exactly one hidden cell: if only one is hidden, the next smallest is hidden too,
   so no hidden count can be found by subtracting the visible ones from the total;
3. the total of reports is rounded to the nearest 5.
They are published from a snapshot made once a day (`do_publish_statistics`), not live, so watching the page
does not reveal each new report as it arrives.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from django.utils.translation import gettext_lazy as _

from birarada.core.figures import SMALL_CELL, is_suppressed, suppress
from birarada.core.vocabulary import Area, Ground
from birarada.incidents.choices import CaseStatus

TOTAL_ROUNDING = 5

TITLES = {
    "ground": _("By ground"),
    "combination": _("Several grounds together (intersectional)"),
    "area": _("By area of life"),
    "district": _("By district"),
    "month": _("By month received"),
    "status": _("By status"),
}


def _label(kind: str, key: str) -> str:
    if kind == "ground":
        return str(dict(Ground.choices).get(key, key))
    if kind == "combination":
        grounds = dict(Ground.choices)
        return " + ".join(str(grounds.get(g, g)) for g in key.split("+"))
    if kind == "area":
        return str(dict(Area.choices).get(key, key))
    if kind == "status":
        return str(dict(CaseStatus.choices).get(key, key))
    return key


@dataclass
class Breakdown:
    kind: str  # a key of TITLES
    counts: list[tuple[str, int | str]]  # (category key, count) largest first; a public count may be "<5"

    @property
    def title(self) -> str:
        return str(TITLES[self.kind])

    @property
    def rows(self) -> list[tuple[str, int | str]]:
        """(label in the current language, count)."""
        return [(_label(self.kind, key), count) for key, count in self.counts]


@dataclass
class CaseStatistics:
    total: int | str
    breakdowns: list[Breakdown] = field(default_factory=list)
    median_days_to_finish: float | None = None
    finished: int | str = 0
    total_rounded: bool = False

    def to_json(self) -> dict:
        return {"total": self.total, "median_days_to_finish": self.median_days_to_finish,
                "finished": self.finished, "total_rounded": self.total_rounded,
                "breakdowns": [{"kind": b.kind, "counts": [list(row) for row in b.counts]} for b in self.breakdowns]}

    @classmethod
    def from_json(cls, data: dict) -> CaseStatistics:
        return cls(total=data["total"], median_days_to_finish=data.get("median_days_to_finish"),
                   finished=data.get("finished", 0), total_rounded=data.get("total_rounded", False),
                   breakdowns=[Breakdown(b["kind"], [(key, count) for key, count in b["counts"]])
                               for b in data["breakdowns"] if b["kind"] in TITLES])


def _counts(counter: Counter) -> list[tuple[str, int | str]]:
    return [(str(key), count) for key, count in counter.most_common()]


def case_statistics(cases) -> CaseStatistics:
    """One pass over the categorical columns of `cases` (a queryset); no personal data is read."""
    fields = ("grounds", "area", "district", "status", "received_at", "finished_at")
    counters: dict[str, Counter] = {kind: Counter() for kind in TITLES}
    durations = []
    total = 0
    for grounds, area, district, status, received_at, finished_at in cases.values_list(*fields).iterator():
        total += 1
        counters["ground"].update(set(grounds))
        if len(grounds) > 1:
            counters["combination"]["+".join(sorted(set(grounds)))] += 1
        counters["area"][area] += 1
        counters["district"][district or "—"] += 1
        counters["month"][received_at.strftime("%Y-%m")] += 1
        counters["status"][status] += 1
        if finished_at and status in CaseStatus.final_values():
            durations.append((finished_at - received_at).total_seconds() / 86400)
    breakdowns = [Breakdown(kind, _counts(counters[kind])) for kind in TITLES if kind != "month"]
    breakdowns.insert(4, Breakdown("month", [(key, n) for key, n in sorted(counters["month"].items())]))
    return CaseStatistics(
        total=total,
        breakdowns=breakdowns,
        median_days_to_finish=round(median(durations), 1) if durations else None,
        finished=len(durations),
    )


def _suppress_breakdown(counts: list[tuple[str, int | str]]) -> list[tuple[str, int | str]]:
    shown = [(key, suppress(count)) for key, count in counts]
    hidden = [i for i, (_key, value) in enumerate(shown) if is_suppressed(value)]
    visible = [i for i, (_key, value) in enumerate(shown) if not is_suppressed(value)]
    if len(hidden) == 1 and visible:
        # Complementary suppression: hide the smallest visible cell too.
        smallest = min(visible, key=lambda i: counts[i][1])
        shown[smallest] = (shown[smallest][0], f"<{_band_ceiling(counts[smallest][1])}")
    return shown


def _band_ceiling(count) -> int:
    """The secondary hidden cell is shown as "<N" with N the next multiple of SMALL_CELL above it."""
    return (int(count) // SMALL_CELL + 1) * SMALL_CELL


def public_version(stats: CaseStatistics) -> CaseStatistics:
    """What the public may see (the three rules in the module's docstring). The median is withheld when it rests
    on fewer than SMALL_CELL finished cases."""
    total = int(stats.total)
    return CaseStatistics(
        total=suppress(total) if total < SMALL_CELL else TOTAL_ROUNDING * round(total / TOTAL_ROUNDING),
        total_rounded=total >= SMALL_CELL,
        breakdowns=[Breakdown(b.kind, _suppress_breakdown(b.counts)) for b in stats.breakdowns],
        median_days_to_finish=stats.median_days_to_finish if int(stats.finished) >= SMALL_CELL else None,
        finished=suppress(int(stats.finished)),
    )
