"""What a campaign did: engagement imported from the platforms' exports, and a before/after view from media
monitoring — how many monitored items mentioned the campaign's grounds and what share was hateful in the weeks
before, during and after the campaign, against the same weeks a year earlier. Plus submissions, cities, events
held and comments moderated. One structure feeds the HTML page and the PDF."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from xml.sax.saxutils import escape

from django.db import transaction
from django.db.models import F, Q, Sum
from django.utils.translation import gettext as _

from birarada.campaigns.choices import CommentStatus, SubmissionStatus
from birarada.campaigns.models import Campaign, Engagement
from birarada.core.actions import record_audit
from birarada.core.files import FileReadError, decode_text
from birarada.core.models import Organization
from birarada.core.types import Actor
from birarada.events.choices import EventStatus
from birarada.events.models import Event
from birarada.monitoring.models import Item
from birarada.monitoring.tallies import day_bounds
from birarada.monitoring.vocabulary import GROUND_BITS

WINDOW = timedelta(weeks=4)
FIGURES = ("reach", "impressions", "likes", "shares", "comments", "video_views")
MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_ROWS = 20_000


@dataclass
class Window:
    label: str
    since: date
    until: date
    items: int = 0
    hateful: int = 0
    year_before_items: int = 0
    year_before_hateful: int = 0

    @property
    def share(self) -> float | None:
        return round(100 * self.hateful / self.items, 1) if self.items else None

    @property
    def year_before_share(self) -> float | None:
        return round(100 * self.year_before_hateful / self.year_before_items, 1) if self.year_before_items else None


@dataclass
class Impact:
    campaign: Campaign
    windows: list[Window]
    engagement: dict[str, int]
    by_platform: list[tuple[str, dict[str, int]]]
    submissions: int
    approved: int
    cities: int
    events_held: int
    comments: dict[str, int] = field(default_factory=dict)

    @property
    def has_monitoring(self) -> bool:
        return any(w.items or w.year_before_items for w in self.windows)


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _mentions(organization_ids: set[int], grounds: list[str], since: date, until: date) -> tuple[int, int]:
    """(items mentioning one of the grounds, of which hateful), by the reviewer's judgement where there is one,
    the engine's otherwise."""
    mask = 0
    for ground in grounds:
        mask |= GROUND_BITS.get(ground, 0)
    start, end = day_bounds(since, until)
    items = Item.objects.filter(organization__in=organization_ids).published_between(start, end)
    if mask:
        items = items.annotate(reviewed_hit=F("ground_bits").bitand(mask),
                               engine_hit=F("engine_ground_bits").bitand(mask)).filter(
            Q(label="", engine_hit__gt=0) | (~Q(label="") & Q(reviewed_hit__gt=0)))
    hateful = items.filter(Q(label="hateful") | Q(label="", engine_label="hateful")).count()
    return items.count(), hateful


def windows_of(campaign: Campaign, organization_ids: set[int]) -> list[Window]:
    windows = [
        Window(_("4 weeks before"), campaign.starts_on - WINDOW, campaign.starts_on - timedelta(days=1)),
        Window(_("During the campaign"), campaign.starts_on, campaign.ends_on),
        Window(_("4 weeks after"), campaign.ends_on + timedelta(days=1), campaign.ends_on + WINDOW),
    ]
    for window in windows:
        window.items, window.hateful = _mentions(organization_ids, campaign.grounds, window.since, window.until)
        window.year_before_items, window.year_before_hateful = _mentions(
            organization_ids, campaign.grounds, _year_before(window.since), _year_before(window.until))
    return windows


def impact_of(campaign: Campaign) -> Impact:
    organization_ids = {campaign.organization_id} | set(campaign.participants.values_list("pk", flat=True))
    rows = campaign.engagement.all()
    totals = rows.aggregate(**{name: Sum(name) for name in FIGURES})
    by_platform = []
    for platform in sorted(set(rows.values_list("platform", flat=True))):
        sums = rows.filter(platform=platform).aggregate(**{name: Sum(name) for name in FIGURES})
        by_platform.append((platform, {k: v or 0 for k, v in sums.items()}))
    start, end = day_bounds(campaign.starts_on, campaign.ends_on)
    comments = campaign.comments.filter(source="page")
    return Impact(
        campaign=campaign, windows=windows_of(campaign, organization_ids),
        engagement={k: v or 0 for k, v in totals.items()}, by_platform=by_platform,
        submissions=campaign.submissions.count(),
        approved=campaign.submissions.filter(status=SubmissionStatus.APPROVED).count(),
        cities=len(organization_ids),
        events_held=Event.objects.filter(organization__in=organization_ids, starts_at__gte=start,
                                         starts_at__lt=end).exclude(status=EventStatus.CANCELLED).count(),
        comments={"received": comments.count(),
                  "held": comments.filter(status__in=[CommentStatus.HELD, CommentStatus.REJECTED]).count(),
                  "hateful": comments.filter(engine_label="hateful").count()})


# ---- engagement import -------------------------------------------------------------------------------------

HEADERS = {"date": "measured_on", "tarih": "measured_on", "platform": "platform", "post": "post_ref",
           "gönderi": "post_ref", "reach": "reach", "erişim": "reach", "impressions": "impressions",
           "gösterim": "impressions", "likes": "likes", "beğeni": "likes", "shares": "shares",
           "paylaşım": "shares", "comments": "comments", "yorum": "comments", "video_views": "video_views",
           "video views": "video_views", "izlenme": "video_views"}


class EngagementImportError(ValueError):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def read_engagement(raw: bytes, default_platform: str = "") -> list[dict]:
    """Rows of a platform export (CSV, , or ;): every row right, or EngagementImportError with what to correct."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise EngagementImportError([_("The file is larger than 5 MB; split it by month.")])
    try:
        text = decode_text(raw)
    except FileReadError as error:
        raise EngagementImportError([str(error)]) from error
    sample = text[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise EngagementImportError([_("The file is empty.")])
    columns = [HEADERS.get(h.strip().casefold()) for h in header]
    missing = [name for name in ("measured_on", "post_ref") if name not in columns]
    if "platform" not in columns and not default_platform:
        missing.append("platform")
    if missing:
        raise EngagementImportError([_("Columns missing: %(names)s.") % {"names": ", ".join(missing)}])
    rows: list[dict] = []
    problems: list[str] = []
    for number, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(rows) >= MAX_IMPORT_ROWS:
            problems.append(_("More than %(n)d rows; split the file.") % {"n": MAX_IMPORT_ROWS})
            break
        row: dict[str, Any] = {"platform": default_platform}
        for column, value in zip(columns, values, strict=False):
            if column:
                row[column] = value.strip()
        try:
            row["measured_on"] = date.fromisoformat(row.get("measured_on", ""))
        except ValueError:
            problems.append(_("Row %(n)d: the date must look like 2026-06-20.") % {"n": number})
            continue
        if not row.get("post_ref"):
            problems.append(_("Row %(n)d: the post is missing.") % {"n": number})
            continue
        try:
            for name in FIGURES:
                figure = (row.get(name) or "0").replace(".", "").replace(",", "").replace(" ", "")
                row[name] = int(figure)
                if row[name] < 0:
                    raise ValueError
        except ValueError:
            problems.append(_("Row %(n)d: figures must be whole numbers of 0 or more.") % {"n": number})
            continue
        rows.append(row)
        if len(problems) > 50:
            break
    if problems:
        raise EngagementImportError(problems)
    if not rows:
        raise EngagementImportError([_("The file has no rows.")])
    return rows


@transaction.atomic
def do_import_engagement(campaign: Campaign, organization: Organization, rows: list[dict], *, actor: Actor) -> int:
    """Store the figures (a second import of the same post and day replaces them); one audit row."""
    for row in rows:
        Engagement.objects.update_or_create(
            campaign=campaign, platform=row["platform"][:40], post_ref=row["post_ref"][:300],
            measured_on=row["measured_on"],
            defaults={"organization": organization, **{name: row[name] for name in FIGURES}})
    record_audit(actor=actor, verb="campaign.engagement_import", organization=organization, target=campaign,
                 changes={"rows": len(rows)})
    return len(rows)


# ---- the report as PDF -------------------------------------------------------------------------------------

def impact_pdf(impact: Impact) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from birarada.core.figures import pdf_bar_chart, pdf_font, pdf_styles

    campaign = impact.campaign
    font, styles, buffer = pdf_font(), pdf_styles(), io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=campaign.title, author=campaign.organization.name,
                                 leftMargin=2 * cm, rightMargin=2 * cm)
    style = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8)]

    def para(text, kind="Normal"):
        return Paragraph(escape(str(text)), styles[kind])

    story = [para(campaign.title, "Title"),
             para(f"{campaign.organization.name} · {campaign.starts_on.isoformat()} – {campaign.ends_on.isoformat()}"),
             Spacer(1, 8), para(_("Engagement"), "Heading2"),
             Table([[_("Figure"), _("Total")]] + [[name.replace("_", " "), f"{impact.engagement[name]:,}"]
                                                 for name in FIGURES], style=style),
             Spacer(1, 8), para(_("Before and after, from media monitoring"), "Heading2")]
    rows: list[list[Any]] = [[_("Period"), _("Items"), _("Hateful"), _("Share"), _("A year earlier")]]
    for w in impact.windows:
        rows.append([f"{w.label} ({w.since.isoformat()} – {w.until.isoformat()})", w.items, w.hateful,
                     f"{w.share}%" if w.share is not None else "—",
                     f"{w.year_before_share}%" if w.year_before_share is not None else "—"])
    story.append(Table(rows, colWidths=[7 * cm, 2 * cm, 2 * cm, 2 * cm, 3 * cm], style=style))
    story.append(pdf_bar_chart([(w.label, w.items) for w in impact.windows], _("Items mentioning the grounds"), font))
    story += [Spacer(1, 8), para(_("Contributions and conversation"), "Heading2"),
              para(_("%(n)d contributions (%(a)d approved) from %(c)d organizations; %(e)d events held; "
                     "%(r)d comments received, %(h)d held or not published.")
                   % {"n": impact.submissions, "a": impact.approved, "c": impact.cities, "e": impact.events_held,
                      "r": impact.comments["received"], "h": impact.comments["held"]})]
    document.build(story)
    return buffer.getvalue()
