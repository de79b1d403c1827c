"""The needs-assessment report of a study: who was heard (in aggregate, small cells suppressed), what they said
by ground and area, the problems raised by several grounds (intersections), and what became of the
recommendations. One structure feeds the HTML page and the PDF."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.translation import gettext as _

from birarada.core.figures import pdf_bar_chart, pdf_font, pdf_styles, suppress
from birarada.core.vocabulary import Area, Ground
from birarada.events.choices import EventStatus
from birarada.needs import grid
from birarada.needs.actions import group_counts, theme_key
from birarada.needs.models import Finding, FocusGroup, Recommendation, Study


@dataclass
class GroupLine:
    group: FocusGroup
    participants: int
    counts: dict[str, dict[str, int]]
    rows: list[grid.Row]

    @property
    def flagged(self) -> int:
        return sum(len(row.flagged) for row in self.rows)


@dataclass
class Intersection:
    theme: str
    grounds: list[str]
    findings: list[Finding] = field(default_factory=list)

    @property
    def ground_labels(self) -> list[str]:
        labels = dict(Ground.choices)
        return [str(labels[g]) for g in self.grounds]

    @property
    def groups(self) -> int:
        return len({f.event_id for f in self.findings if f.event_id})


@dataclass
class StudyReport:
    study: Study
    groups: list[GroupLine]
    participants: int
    # Across the study's groups: (dimension label, [(category label, count or "<5")]), suppressed.
    profile: list[tuple[str, list[tuple[str, int | str]]]]
    by_ground: list[tuple[str, int]]
    by_area: list[tuple[str, int]]
    intersections: list[Intersection]
    recommendations: list[Recommendation]
    meetings: list  # events of the study that are not focus groups

    @property
    def findings(self) -> list[Finding]:
        return list(self.study.findings.all())


def group_line(group: FocusGroup) -> GroupLine:
    participants, counts = group_counts(group)
    return GroupLine(group, participants, counts, grid.grid(group.targets, counts, participants, group.planned_size))


def intersections_of(findings: list[Finding]) -> list[Intersection]:
    """The same problem raised for several grounds: findings grouped by their theme (Turkish case-insensitive),
    or by area when they have none, kept where two or more grounds meet in two or more gatherings."""
    buckets: dict[str, Intersection] = {}
    areas = dict(Area.choices)
    for finding in findings:
        keys = [("theme", theme_key(finding), finding.theme)] if finding.theme else [
            ("area", a, str(areas[a])) for a in finding.areas]
        for kind, key, label in keys:
            bucket = buckets.setdefault(f"{kind}:{key}", Intersection(label, []))
            bucket.findings.append(finding)
            bucket.grounds = [g for g in Ground.values if g in set(bucket.grounds) | set(finding.grounds)]
    # Raised in at least two gatherings (a finding with no gathering counts as its own) and for two grounds: one
    # group's voice, even a group for several grounds, is not yet an intersection.
    found = [b for b in buckets.values()
             if len(b.grounds) >= 2 and len({f.event_id or f"finding-{f.pk}" for f in b.findings}) >= 2]
    return sorted(found, key=lambda b: (-len(b.grounds), -len(b.findings), b.theme))


def _counted(values_of_findings, choices) -> list[tuple[str, int]]:
    totals = {value: 0 for value, _label in choices}
    for values in values_of_findings:
        for value in values:
            if value in totals:
                totals[value] += 1
    labels = dict(choices)
    return [(str(labels[v]), n) for v, n in totals.items() if n]


def study_report(study: Study) -> StudyReport:
    """`study` comes from access.with_parts (everything prefetched)."""
    groups = [group_line(g) for g in study.focus_groups.all() if g.event.status != EventStatus.CANCELLED]
    participants = sum(g.participants for g in groups)
    totals: dict[str, dict[str, int]] = {}
    for line in groups:
        for dimension, row in line.counts.items():
            for category, n in row.items():
                totals.setdefault(dimension, {})[category] = totals.get(dimension, {}).get(category, 0) + n
    profile = []
    for dimension in grid.DIMENSIONS:
        if not totals.get(dimension):
            continue
        row = totals[dimension]
        cells = [(str(grid.category_label(dimension, c)), suppress(row[c])) for c, _l in grid.categories(dimension)
                 if row.get(c)]
        if row.get(grid.PREFER_NOT):
            cells.append((str(grid.PREFER_NOT_LABEL), suppress(row[grid.PREFER_NOT])))
        profile.append((str(grid.dimension_label(dimension)), cells))
    findings = list(study.findings.all())
    group_events = {line.group.event_id for line in groups}
    return StudyReport(
        study=study, groups=groups, participants=participants, profile=profile,
        by_ground=_counted((f.grounds for f in findings), Ground.choices),
        by_area=_counted((f.areas for f in findings), Area.choices),
        intersections=intersections_of(findings),
        recommendations=list(study.recommendations.all()),
        meetings=[e for e in study.events.all() if e.pk not in group_events and e.kind != "focus_group"])


def report_pdf(report: StudyReport) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    study = report.study
    font = pdf_font()
    styles = pdf_styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=study.title, author=study.organization.name,
                                 leftMargin=2 * cm, rightMargin=2 * cm)
    table_style = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8),
                   ("VALIGN", (0, 0), (-1, -1), "TOP")]

    def para(text, style="Normal"):
        return Paragraph(escape(str(text)), styles[style])

    story = [para(study.title, "Title"),
             para(_("Needs-assessment report of %(unit)s, %(date)s")
                  % {"unit": study.organization.name, "date": timezone.localdate().isoformat()})]
    if study.purpose:
        story.append(para(study.purpose))
    story += [Spacer(1, 8), para(_("Who was heard"), "Heading2"),
              para(_("%(people)s people in %(groups)s focus groups; %(meetings)s other meetings. Counts below 5 "
                     "are shown as “<5”.") % {"people": report.participants, "groups": len(report.groups),
                                              "meetings": len(report.meetings)})]
    rows = [[_("Focus group"), _("Date"), _("Participants"), _("Grounds")]]
    grounds = dict(Ground.choices)
    for line in report.groups:
        rows.append([Paragraph(escape(line.group.event.title), styles["Normal"]),
                     line.group.event.starts_at.date().isoformat(), str(suppress(line.participants)),
                     Paragraph(escape(", ".join(str(grounds[g]) for g in line.group.target_grounds)),
                               styles["Normal"])])
    story.append(Table(rows, colWidths=[7 * cm, 2.5 * cm, 2.5 * cm, 5 * cm], style=table_style))
    for dimension, cells in report.profile:
        story += [Spacer(1, 4), para(dimension, "Heading4"),
                  Table([[label, str(n)] for label, n in cells], colWidths=[8 * cm, 3 * cm], style=table_style)]
    story += [Spacer(1, 8), para(_("Findings"), "Heading2")]
    if report.by_ground:
        story.append(pdf_bar_chart(report.by_ground, _("Findings by ground"), font))
    if report.by_area:
        story.append(pdf_bar_chart(report.by_area, _("Findings by area of urban life"), font))
    for finding in report.findings:
        story.append(para(finding.text))
        if finding.quote:
            story.append(para(f"“{finding.quote}”", "Italic"))
    story += [Spacer(1, 8), para(_("Problems raised by several grounds"), "Heading2")]
    if not report.intersections:
        story.append(para(_("No problem was raised for more than one ground.")))
    for item in report.intersections:
        story.append(para(f"{item.theme}: {', '.join(item.ground_labels)} "
                          + _("(%(n)s findings)") % {"n": len(item.findings)}))
    story += [Spacer(1, 8), para(_("Recommendations and what became of them"), "Heading2")]
    rows = [[_("Recommendation"), _("What became of it")]]
    for recommendation in report.recommendations:
        rows.append([Paragraph(escape(recommendation.text), styles["Normal"]),
                     Paragraph(escape(outcome(recommendation)), styles["Normal"])])
    story.append(Table(rows, colWidths=[10 * cm, 7 * cm], style=table_style))
    document.build(story)
    return buffer.getvalue()


def outcome(recommendation: Recommendation) -> str:
    action = recommendation.plan_action
    if action is not None:
        plan = action.objective.plan
        return _("Action %(code)s of the plan “%(plan)s” (%(status)s)") % {
            "code": action.code, "plan": plan.title, "status": action.get_status_display()}
    if recommendation.decline_reason:
        return _("Not taken up: %(reason)s") % {"reason": recommendation.decline_reason}
    return str(recommendation.get_status_display())
