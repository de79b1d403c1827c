"""A plan as open data: CSV (one row per action and budget year) and JSON (the whole plan)."""

from __future__ import annotations

from birarada.plans.models import BudgetLine
from birarada.plans.progress import PlanView


def plan_json(view: PlanView) -> dict:
    plan = view.plan
    return {
        "organization": plan.organization.slug, "plan": plan.slug, "title": plan.title, "vision": plan.vision,
        "period": [plan.start_year, plan.end_year], "status": plan.status, "currency": plan.currency,
        "decision": {"number": plan.decision_number,
                     "date": plan.decision_date.isoformat() if plan.decision_date else None},
        "grounds": plan.grounds, "sdg_targets": plan.sdg_targets, "strategic_plan_refs": plan.strategic_plan_refs,
        "progress_percent": view.progress, "weighting": plan.weighting,
        "objectives": [{
            "code": o.objective.code, "title": o.objective.title, "progress_percent": o.progress,
            "actions": [{
                "code": a.action.code, "title": a.action.title, "status": a.action.status,
                "progress_percent": a.progress, "owner": _owner(a.action),
                "start": a.action.starts_on.isoformat() if a.action.starts_on else None,
                "end": a.action.ends_on.isoformat() if a.action.ends_on else None,
                "grounds": a.action.grounds, "areas": a.action.areas,
                "milestones": [{"title": m.title, "due": m.due_on.isoformat(),
                                "done": m.done_on.isoformat() if m.done_on else None}
                               for m in a.action.milestones.all()],
                "budget": [{"year": b.year, "source": b.source, "code": b.budget_code, "allocated": str(b.allocated),
                            "revised": str(b.revised) if b.revised is not None else None, "spent": str(b.spent)}
                           for b in a.action.budget_lines.all()],
            } for a in o.actions],
        } for o in view.objectives],
        "indicators": [{
            "name": s.indicator.name, "unit": s.indicator.unit, "direction": s.indicator.direction,
            "computed_by": s.indicator.computed_key or None,
            "baseline": str(s.indicator.baseline) if s.indicator.baseline is not None else None,
            "target": str(s.indicator.target) if s.indicator.target is not None else None,
            "values": [{"date": v.measured_on.isoformat(), "value": str(v.value), "ground": v.ground or None,
                        "source": v.source, "evidence": v.evidence_link or None} for v in s.values],
        } for s in view.indicators],
    }


def _owner(action) -> str:
    if action.owner_directorate_id:
        return action.owner_directorate.name
    if action.owner_partner_id:
        return action.owner_partner.name
    return action.objective.plan.organization.name


CSV_HEADER = ["objective", "action", "title", "status", "progress_percent", "owner", "year", "source",
              "budget_code", "allocated", "revised", "spent"]


def plan_csv_rows(view: PlanView):
    for o in view.objectives:
        for a in o.actions:
            lines: list[BudgetLine | None] = list(a.action.budget_lines.all()) or [None]
            for line in lines:
                yield [o.objective.code, a.action.code, a.action.title, a.action.status, a.progress, _owner(a.action),
                       line.year if line else "", line.source if line else "", line.budget_code if line else "",
                       line.allocated if line else "", line.revised if line and line.revised is not None else "",
                       line.spent if line else ""]


def plan_pdf(view: PlanView) -> bytes:
    """The annual progress report: progress by objective, budget by year, actions and indicators, drawn with the
    same chart code as the media-watch report."""
    import io
    from xml.sax.saxutils import escape

    from django.utils import timezone
    from django.utils.translation import gettext as _
    from django.utils.translation import pgettext
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from birarada.core.figures import pdf_bar_chart, pdf_font, pdf_styles

    plan = view.plan
    font = pdf_font()
    styles = pdf_styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=plan.title, author=plan.organization.name,
                                 leftMargin=2 * cm, rightMargin=2 * cm)
    table_style = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8)]
    story = [
        Paragraph(escape(plan.title), styles["Title"]),
        Paragraph(escape(f"{plan.organization.name} · {plan.start_year}–{plan.end_year} · "
                         f"{plan.get_status_display()}"), styles["Normal"]),
        Paragraph(escape(_("Progress report of %(date)s") % {"date": timezone.localdate().isoformat()}),
                  styles["Normal"]),
        Spacer(1, 10),
        Paragraph(escape(_("Progress of the whole plan: %(n)s%%") % {"n": view.progress}), styles["Heading2"]),
        pdf_bar_chart([(f"{o.objective.code} {o.objective.title}", o.progress) for o in view.objectives],
                      _("Progress by objective (%)"), font),
    ]
    if view.budget:
        story += [Spacer(1, 10), pdf_bar_chart([(str(y.year), int(y.allocated // 1000)) for y in view.budget],
                                               _("Allocated budget by year (thousand %(currency)s)")
                                               % {"currency": plan.currency}, font),
                  Table([[_("Year"), _("Allocated"), _("Spent"), _("Execution")]]
                        + [[y.year, f"{y.allocated:,.0f}", f"{y.spent:,.0f}",
                            f"{y.execution}%" if y.execution is not None else "—"] for y in view.budget],
                        style=table_style)]
    for o in view.objectives:
        story += [Spacer(1, 10), Paragraph(escape(f"{o.objective.code} {o.objective.title} — {o.progress}%"),
                                           styles["Heading3"])]
        rows = [[pgettext("plan", "Action"), _("Status"), _("Progress"), _("Allocated"), _("Spent")]]
        rows += [[Paragraph(escape(f"{a.action.code} {a.action.title}"), styles["Normal"]),
                  str(a.action.get_status_display()), f"{a.progress}%", f"{a.allocated:,.0f}", f"{a.spent:,.0f}"]
                 for a in o.actions]
        story.append(Table(rows, colWidths=[7 * cm, 3 * cm, 2 * cm, 2.5 * cm, 2.5 * cm], style=table_style))
    if view.indicators:
        story += [Spacer(1, 10), Paragraph(escape(_("Indicators")), styles["Heading2"])]
        rows = [[_("Indicator"), _("Baseline"), _("Target"), _("Latest")]]
        for state in view.indicators:
            latest = state.latest
            rows.append([Paragraph(escape(state.indicator.name), styles["Normal"]),
                         str(state.indicator.baseline if state.indicator.baseline is not None else "—"),
                         str(state.indicator.target if state.indicator.target is not None else "—"),
                         f"{latest.value} ({latest.measured_on.isoformat()})" if latest else "—"])
        story.append(Table(rows, colWidths=[8 * cm, 2.5 * cm, 2.5 * cm, 4 * cm], style=table_style))
    document.build(story)
    return buffer.getvalue()
