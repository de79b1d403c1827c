"""The figures a network's members share with it: one row per sharing member, one total row, one column per
indicator that the incidents and monitoring modules compute (their manifests declare them).

Only members that chose to share are measured. Each member counts with the units below it (a metropolitan
unit with its district desks). The rules the page states:

1. a count below SMALL_CELL (5) is shown as "<5";
2. in a column of counts, never exactly one hidden member: if only one is, the smallest visible count is shown
   as "<N" too (N the next multiple of 5 above it), so no hidden count can be found by subtracting the visible
   ones from the total;
3. a rate or a median of a module (a share, days, items per 1,000) is withheld where that module's counts in
   the same row are all hidden: it would tell about a handful of reports;
4. the total is measured over all sharing members at once (an organization is never counted twice), then
   hidden the same way when small.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from birarada.core.access import Workspace
from birarada.core.collation import sorted_turkish
from birarada.core.figures import SMALL_CELL, is_suppressed, suppress
from birarada.core.models import Organization
from birarada.core.modules import Indicator, indicators
from birarada.network.access import members_not_sharing, sharing_members

#: The modules whose indicators a network sees (key prefixes).
SHARED_MODULES = ("incidents.", "monitoring.")
#: Units that are counts of things or people (suppressed when small); other units are rates or medians.
COUNT_UNITS = frozenset({"count", "people"})

Cell = int | float | str | None


class Withheld(str):
    """A rate withheld because the counts it rests on are hidden (rule 3)."""


@dataclass
class Column:
    key: str
    title: str
    unit: str

    @property
    def is_count(self) -> bool:
        return self.unit in COUNT_UNITS

    @property
    def module(self) -> str:
        return self.key.split(".", 1)[0]


@dataclass
class Row:
    organization: Organization | None  # None: the total row
    cells: list[Cell]


@dataclass
class SharedStatistics:
    since: date
    until: date
    columns: list[Column]
    rows: list[Row]
    total: Row
    not_sharing: list[Organization] = field(default_factory=list)


def shared_indicators() -> list[Indicator]:
    """In the order the manifests declare them (a module's main count first)."""
    return [indicator for key, indicator in indicators().items() if key.startswith(SHARED_MODULES)]


def _figure(value, is_count: bool) -> Cell:
    """One raw figure: a figure by ground gives its total (""); a whole count stays an int, so it is suppressed."""
    if isinstance(value, dict):
        value = value.get("")
    if value is None or isinstance(value, bool):
        return None
    if is_count:
        return int(round(value))
    return value


def _band_ceiling(count: int) -> int:
    return (count // SMALL_CELL + 1) * SMALL_CELL


def _suppress_column(raw: list[Cell]) -> list[Cell]:
    """Rules 1 and 2 on the members' counts of one column."""
    shown = [suppress(value) for value in raw]
    hidden = [i for i, value in enumerate(shown) if is_suppressed(value)]
    visible = [i for i, value in enumerate(shown) if isinstance(value, int)]
    if len(hidden) == 1 and visible:
        smallest = min(visible, key=lambda i: raw[i])  # type: ignore[arg-type,return-value]
        shown[smallest] = f"<{_band_ceiling(int(raw[smallest]))}"  # type: ignore[arg-type]
    return shown


def _withhold_rates(columns: list[Column], cells: list[Cell]) -> list[Cell]:
    """Rule 3 on one row."""
    hidden_modules = set()
    for module in {c.module for c in columns}:
        counts = [cells[i] for i, c in enumerate(columns) if c.is_count and c.module == module]
        if counts and all(is_suppressed(v) for v in counts):
            hidden_modules.add(module)
    return [Withheld(_("withheld")) if not c.is_count and c.module in hidden_modules and cells[i] is not None
            else cells[i] for i, c in enumerate(columns)]


def shared_statistics(workspace: Workspace, since: date, until: date) -> SharedStatistics:
    """The network's table for the period (both ends included). Raises Http404 without the capability."""
    found = shared_indicators()
    columns = [Column(i.key, str(i.title), i.unit) for i in found]
    members = sorted_turkish((m.member for m in sharing_members(workspace)), key=lambda o: o.name)
    not_sharing = sorted_turkish((m.member for m in members_not_sharing(workspace)), key=lambda o: o.name)
    scopes = [{member.pk} | member.descendant_ids() for member in members]
    raw = [[_figure(i.value(scope, since, until), c.is_count) for i, c in zip(found, columns, strict=True)]
           for scope in scopes]
    everyone: set[int] = set().union(*scopes) if scopes else set()
    total_raw = [_figure(i.value(everyone, since, until), c.is_count) if everyone else None
                 for i, c in zip(found, columns, strict=True)]
    shown = [list(cells) for cells in raw]
    for index, column in enumerate(columns):
        if column.is_count:
            for row, value in zip(shown, _suppress_column([cells[index] for cells in raw]), strict=True):
                row[index] = value
    total = [suppress(value) if column.is_count else value for value, column in zip(total_raw, columns, strict=True)]
    rows = [Row(member, _withhold_rates(columns, cells)) for member, cells in zip(members, shown, strict=True)]
    return SharedStatistics(since=since, until=until, columns=columns, rows=rows,
                            total=Row(None, _withhold_rates(columns, total)), not_sharing=not_sharing)


def csv_table(statistics: SharedStatistics) -> tuple[list[str], list[Sequence[Cell]]]:
    """(header, rows) of the same table, suppressed the same way, for `core.figures.csv_response`."""
    header = [_("Organization"), *(c.title for c in statistics.columns)]
    rows: list[Sequence[Cell]] = [[row.organization.name if row.organization else "", *row.cells]
                                  for row in statistics.rows]
    rows.append([_("All sharing members"), *statistics.total.cells])
    return header, rows
