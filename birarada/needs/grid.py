"""The representation grid of a focus group: the dimensions a unit wants balanced among the people it hears,
each answered by the participant (self-declared, "prefer not to say" always possible), compared with the
unit's target shares.

A cell is under-represented when its share of the participants so far is more than TOLERANCE percentage
points below the target, over-represented when it is that much above; with no participants every targeted cell
is under-represented."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

PREFER_NOT = "prefer_not"
TOLERANCE = 10  # percentage points

PREFER_NOT_LABEL = _("Prefer not to say")

# dimension → (label, ((category, label), ...)); the order is the order of the grid.
DIMENSIONS = {
    "gender": (_("Gender"), (
        ("woman", _("Woman")), ("man", _("Man")), ("non_binary", _("Non-binary")),
        ("another_gender", _("Another gender")))),
    "age_band": (_("Age"), (
        ("18_29", _("18–29")), ("30_44", _("30–44")), ("45_64", _("45–64")), ("65_plus", _("65 and over")))),
    "disability": (_("Disability"), (
        ("yes", _("Has a disability")), ("no", _("No disability")))),
    "economic": (_("Economic situation"), (
        ("low", _("Low income")), ("middle", _("Middle income")), ("high", _("High income")))),
    "origin": (_("Born in the city or newcomer"), (
        ("born_here", _("Born in the city")), ("settled", _("Came more than ten years ago")),
        ("newcomer", _("Came in the last ten years")))),
    "ethnicity": (_("Ethnic identity"), (
        ("turkish", _("Turkish")), ("kurdish", _("Kurdish")), ("roma", _("Roma")), ("arab", _("Arab")),
        ("another_ethnic", _("Another ethnic identity")))),
    "religion": (_("Religion or belief"), (
        ("sunni", _("Sunni Muslim")), ("alevi", _("Alevi")), ("christian", _("Christian")),
        ("jewish", _("Jewish")), ("no_religion", _("No religion")), ("another_belief", _("Another belief")))),
    "migration": (_("Migration status"), (
        ("citizen", _("Citizen")), ("temporary_protection", _("Under temporary protection")),
        ("international_protection", _("International protection")),
        ("residence_permit", _("Residence permit")), ("another_status", pgettext_lazy("migration", "Other")))),
    "sogi": (_("Sexual orientation and gender identity"), (
        ("lgbti", _("LGBTİ+")), ("not_lgbti", _("Not LGBTİ+")))),
}


def categories(dimension: str) -> tuple[tuple[str, object], ...]:
    return DIMENSIONS[dimension][1]


def dimension_label(dimension: str):
    return DIMENSIONS[dimension][0]


def category_label(dimension: str, category: str):
    if category == PREFER_NOT:
        return PREFER_NOT_LABEL
    return dict(categories(dimension)).get(category, category)


class GridError(ValueError):
    pass


def check_targets(targets: dict) -> dict[str, dict[str, int]]:
    """Known dimensions and categories, whole percentages 0–100, at most 100 per dimension; empty dropped."""
    clean: dict[str, dict[str, int]] = {}
    for dimension, shares in (targets or {}).items():
        if dimension not in DIMENSIONS:
            raise GridError(f"Unknown dimension: {dimension}")
        known = {c for c, _label in categories(dimension)}
        row = {}
        for category, share in (shares or {}).items():
            if category not in known:
                raise GridError(f"Unknown category of {dimension}: {category}")
            if share is None or share == "":
                continue
            value = int(share)
            if not 0 <= value <= 100:
                raise GridError(str(_("A target share is a percentage from 0 to 100.")))
            row[category] = value
        if sum(row.values()) > 100:
            raise GridError(str(_("The target shares of “%(dimension)s” add up to more than 100%%.")
                                % {"dimension": dimension_label(dimension)}))
        if row:
            clean[dimension] = row
    return clean


def check_profile(profile: dict) -> dict[str, str]:
    """A participant's self-declared answers: known categories or PREFER_NOT; unanswered dimensions dropped."""
    clean = {}
    for dimension, category in (profile or {}).items():
        if dimension not in DIMENSIONS:
            raise GridError(f"Unknown dimension: {dimension}")
        if not category:
            continue
        if category != PREFER_NOT and category not in {c for c, _label in categories(dimension)}:
            raise GridError(f"Unknown category of {dimension}: {category}")
        clean[dimension] = category
    return clean


def count(profiles) -> dict[str, dict[str, int]]:
    """{dimension: {category: participants}} of a list of profiles."""
    counts: dict[str, dict[str, int]] = {}
    for profile in profiles:
        for dimension, category in profile.items():
            row = counts.setdefault(dimension, {})
            row[category] = row.get(category, 0) + 1
    return counts


def _percent(part: int, whole: int) -> int:
    if not whole:
        return 0
    return int((Decimal(100 * part) / Decimal(whole)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass
class Cell:
    category: str
    label: object
    target: int | None  # percent, None: no target for this category
    count: int
    share: int  # percent of the participants
    needed: int  # more participants of this category to reach the target at the planned size
    status: str  # "under", "over", "balanced" or "" (no target)


@dataclass
class Row:
    dimension: str
    label: object
    cells: list[Cell] = field(default_factory=list)

    @property
    def flagged(self) -> list[Cell]:
        return [c for c in self.cells if c.status in ("under", "over")]


def grid(targets: dict[str, dict[str, int]], counts: dict[str, dict[str, int]], participants: int,
         planned: int) -> list[Row]:
    """Rows for the dimensions with targets: every category with a target or with participants, then the
    participants who preferred not to say or were not asked."""
    rows = []
    for dimension in DIMENSIONS:
        shares = targets.get(dimension)
        if not shares:
            continue
        seen = counts.get(dimension, {})
        row = Row(dimension, dimension_label(dimension))
        for category, label in categories(dimension):
            target = shares.get(category)
            n = seen.get(category, 0)
            if target is None and not n:
                continue
            share = _percent(n, participants)
            status = ""
            if target is not None:
                if participants == 0 or share < target - TOLERANCE:
                    status = "under"
                elif share > target + TOLERANCE:
                    status = "over"
                else:
                    status = "balanced"
            wanted = int((Decimal(target * max(planned, participants)) / 100).quantize(
                Decimal(1), rounding=ROUND_HALF_UP)) if target is not None else 0
            row.cells.append(Cell(category, label, target, n, share, max(wanted - n, 0), status))
        unknown = seen.get(PREFER_NOT, 0)
        unasked = participants - sum(seen.values())
        if unknown:
            row.cells.append(Cell(PREFER_NOT, PREFER_NOT_LABEL, None, unknown, _percent(unknown, participants), 0, ""))
        if unasked > 0:
            row.cells.append(Cell("", _("Not asked"), None, unasked, _percent(unasked, participants), 0, ""))
        rows.append(row)
    return rows
