"""A media-watch report for a period, computed with a handful of aggregate queries (never a Python loop
over items), so it stays fast at a million items: totals, sources and the trend come from the daily
tallies (`tallies.py`); grounds, types, severity and examples from the hateful items alone.

Counts use each item's current label: the reviewer's decision when there is one, else the engine's.
"""

import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from django.db.models import DateField, F, Q, Sum
from django.db.models.functions import Trunc

from birarada.core.models import Organization
from birarada.core.vocabulary import DiscourseType, Ground, Label
from birarada.monitoring.models import DailyTally, HatefulTally, Item, ItemState, Source
from birarada.monitoring.tallies import day_bounds, local_day
from birarada.monitoring.vocabulary import GROUND_BITS, TYPE_BITS, SeverityLevel

EXAMPLES = 6
_PERSONAL = [
    (re.compile(r"https?://\S+|www\.\S+", re.I), "[link]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "[e-mail]"),
    (re.compile(r"(?<!\w)@\w{1,50}"), "@…"),
    (re.compile(r"\+?\d[\d \-]{8,}\d"), "[number]"),
]


def without_personal_data(text: str) -> str:
    """The text with handles, e-mail addresses, links and phone numbers taken out."""
    for pattern, replacement in _PERSONAL:
        text = pattern.sub(replacement, text)
    return text


@dataclass
class ReportData:
    since: str
    until: str
    totals: dict = field(default_factory=dict)
    by_ground: list = field(default_factory=list)  # [ground, hateful items]
    by_type: list = field(default_factory=list)  # [type, hateful items]
    by_source: list = field(default_factory=list)  # [source name, hateful, offensive]
    trend: list = field(default_factory=list)  # [period start (ISO), hateful, offensive]
    trend_unit: str = "day"
    severity: list = field(default_factory=list)  # [level, reviewed hateful items]
    examples: list = field(default_factory=list)  # {text, source, date, grounds, types, severity}

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "ReportData":
        return cls(**data)

    # Display helpers: the shared vocabulary's words for the stored values.
    def ground_rows(self):
        labels = dict(Ground.choices)
        return [(value, labels.get(value, value), n) for value, n in self.by_ground]

    def type_rows(self):
        labels = dict(DiscourseType.choices)
        return [(value, labels.get(value, value), n) for value, n in self.by_type]

    def severity_rows(self):
        labels = dict(SeverityLevel.choices)
        return [(value, labels.get(value, value), n) for value, n in self.severity]


def _trend_unit(since: date, until: date) -> str:
    days = (until - since).days + 1
    return "day" if days <= 62 else "week" if days <= 366 else "month"


def build_report(organization: Organization, since: date, until: date, *, public: bool = False) -> ReportData:
    start, end = day_bounds(since, until)
    items = Item.objects.filter(organization=organization, published_at__gte=start, published_at__lt=end)
    data = ReportData(since=since.isoformat(), until=until.isoformat())

    tallies = DailyTally.objects.filter(organization=organization, day__gte=since, day__lte=until)

    # 1. Totals, from the daily tallies (a year is a few thousand rows, not a million items).
    found = tallies.aggregate(
        items=Sum("n"), hateful=Sum("n", filter=Q(label=Label.HATEFUL)),
        offensive=Sum("n", filter=Q(label=Label.OFFENSIVE)), none=Sum("n", filter=Q(label=Label.NONE)),
        reviewed=Sum("n", filter=Q(state=ItemState.REVIEWED)),
    )
    data.totals = {key: value or 0 for key, value in found.items()}

    # 2. Grounds, discourse types and severity of hateful items: their daily tallies (about 25 rows a day).
    facets: dict[tuple[str, str], int] = {(facet, value): n for facet, value, n in HatefulTally.objects.filter(
        organization=organization, day__gte=since, day__lte=until).values("facet", "value")
        .annotate(n=Sum("n")).values_list("facet", "value", "n")} if data.totals["hateful"] else {}
    grounds = {g: facets.get((HatefulTally.Facet.GROUND, g), 0) for g in GROUND_BITS}
    types = {t: facets.get((HatefulTally.Facet.TYPE, t), 0) for t in TYPE_BITS}
    data.by_ground = sorted(([g, n] for g, n in grounds.items() if n), key=lambda r: -r[1])
    data.by_type = sorted(([t, n] for t, n in types.items() if n), key=lambda r: -r[1])
    data.severity = [[s, facets.get((HatefulTally.Facet.SEVERITY, s), 0)] for s in SeverityLevel.values]

    # 3. By source, and 4. over time: tallies again.
    flagged_tallies = tallies.filter(label__in=[Label.HATEFUL, Label.OFFENSIVE])
    per_label = {"h": Sum("n", filter=Q(label=Label.HATEFUL)), "o": Sum("n", filter=Q(label=Label.OFFENSIVE))}
    per_source = list(flagged_tallies.values("source_id").annotate(**per_label).order_by("-h", "-o")[:20])
    names = dict(Source.objects.filter(pk__in=[r["source_id"] for r in per_source]).values_list("pk", "name"))
    data.by_source = [[names.get(r["source_id"], "?"), r["h"] or 0, r["o"] or 0] for r in per_source]

    data.trend_unit = _trend_unit(since, until)
    bucket = F("day") if data.trend_unit == "day" else Trunc("day", data.trend_unit, output_field=DateField())
    rows = flagged_tallies.annotate(bucket=bucket).values("bucket").annotate(**per_label).order_by("bucket")
    by_bucket = {r["bucket"]: (r["h"] or 0, r["o"] or 0) for r in rows}
    data.trend = [[day.isoformat(), *by_bucket.get(day, (0, 0))] for day in _buckets(since, until, data.trend_unit)]

    # 5. Representative examples: reviewed hateful items, the widest-reaching first.
    hateful = items.filter(label=Label.HATEFUL)
    examples = (hateful.filter(state=ItemState.REVIEWED).select_related("source")
                .order_by("-priority", "-pk")[:EXAMPLES])
    for item in examples:
        text = item.text if len(item.text) <= 400 else item.text[:397] + "…"
        data.examples.append({
            "text": without_personal_data(text) if public else text,
            "source": item.source.name, "date": local_day(item.published_at).isoformat(),
            "grounds": item.grounds, "types": item.types, "severity": item.severity,
            "link": "" if public else item.link,
        })
    return data


def _buckets(since: date, until: date, unit: str) -> list[date]:
    out = []
    if unit == "day":
        day = since
        while day <= until:
            out.append(day)
            day += timedelta(days=1)
    elif unit == "week":
        day = since - timedelta(days=since.weekday())
        while day <= until:
            out.append(day)
            day += timedelta(days=7)
    else:
        day = since.replace(day=1)
        while day <= until:
            out.append(day)
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out
