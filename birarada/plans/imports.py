"""Plans from spreadsheets. Many units keep their plan in a spreadsheet; this reads one (CSV or XLSX) into a
preview — what would be created or changed, and a message for every row that cannot be read — and applies it
only when nothing is wrong, in one transaction: never half an import.

Two kinds of file:
- a **plan** file, one row per action and budget year: objective_code, objective_title, action_code,
  action_title, year, allocated; optional: spent, source, budget_code, starts_on, ends_on;
- a **budget execution** file from the finance directorate, re-imported monthly: action_code, year, spent;
  optional: source, budget_code. It only updates what was spent.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from birarada.core.files import FileReadError, decode_text
from birarada.core.types import Actor
from birarada.plans import actions
from birarada.plans.choices import FundingSource
from birarada.plans.models import Action, BudgetLine, Objective, Plan

MAX_BYTES = 2_000_000
MAX_ROWS = 5_000
PLAN_COLUMNS = ("objective_code", "objective_title", "action_code", "action_title", "year", "allocated")
EXECUTION_COLUMNS = ("action_code", "year", "spent")


class UnreadableFile(ValueError):
    """The file as a whole cannot be read (encoding, format, missing columns)."""


@dataclass
class Row:
    number: int  # as a person sees it in the spreadsheet: the header is row 1
    objective_code: str = ""
    objective_title: str = ""
    action_code: str = ""
    action_title: str = ""
    year: int = 0
    allocated: Decimal | None = None
    spent: Decimal | None = None
    source: str = FundingSource.MUNICIPAL
    budget_code: str = ""
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass
class Preview:
    kind: str  # "plan" or "execution"
    rows: list[Row] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row number, message)
    new_objectives: list[str] = field(default_factory=list)
    new_actions: list[str] = field(default_factory=list)
    budget_lines: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)


def _table(file_name: str, data: bytes) -> list[dict[str, str]]:
    if len(data) > MAX_BYTES:
        raise UnreadableFile(_("The file is larger than %(mb)s MB.") % {"mb": MAX_BYTES // 1_000_000})
    if file_name.lower().endswith(".xlsx"):
        return _xlsx(data)
    try:
        text = decode_text(data)
    except FileReadError as error:
        raise UnreadableFile(str(error)) from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def _xlsx(data: bytes) -> list[dict[str, str]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises several kinds for a file that is not a workbook
        raise UnreadableFile(_("This file could not be read as an Excel workbook (.xlsx).")) from None
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(c or "").strip().lower() for c in next(rows, ())]
    table = []
    for values in rows:
        cells = ["" if v is None else (v.isoformat()[:10] if isinstance(v, date) else str(v)) for v in values]
        if any(cells):
            table.append(dict(zip(header, cells, strict=False)))
    return table


def _number(text: str) -> Decimal:
    """1250000, 1.250.000,50 (Turkish), 1,250,000.50 or 1250000.50; a single separator followed by exactly
    three digits separates thousands (amounts have at most two decimals)."""
    cleaned = text.replace(" ", "").replace("\u00a0", "").replace("TRY", "").replace("₺", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".") if cleaned.rfind(",") > cleaned.rfind(".") \
            else cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".") if len(cleaned.rsplit(",", 1)[1]) != 3 else cleaned.replace(",", "")
    elif cleaned.count(".") > 1 or ("." in cleaned and len(cleaned.rsplit(".", 1)[1]) == 3):
        # Money has at most two decimals: "1.250" is one thousand two hundred and fifty, as Turkish writes it.
        cleaned = cleaned.replace(".", "")
    value = Decimal(cleaned)
    if not value.is_finite():
        raise InvalidOperation
    return value


def read(plan: Plan, file_name: str, data: bytes, *, kind: str = "plan") -> Preview:
    """Read and check the file against the plan; nothing is saved."""
    table = _table(file_name, data)
    required = PLAN_COLUMNS if kind == "plan" else EXECUTION_COLUMNS
    columns = set(table[0]) if table else set()
    missing = [c for c in required if c not in columns]
    if not table:
        raise UnreadableFile(_("The file has no rows under its header."))
    if missing:
        raise UnreadableFile(_("These columns are missing: %(columns)s. The first row must name the columns.")
                           % {"columns": ", ".join(missing)})
    if len(table) > MAX_ROWS:
        raise UnreadableFile(_("The file has more than %(n)s rows.") % {"n": MAX_ROWS})
    preview = Preview(kind)
    existing_objectives = {o.code: o for o in plan.objectives.all()}
    existing_actions = {a.code: a for o in plan.objectives.all() for a in o.actions.all()}
    seen_objectives, seen_actions = set(existing_objectives), set(existing_actions)
    for index, cells in enumerate(table, start=2):
        row, problems = Row(index), []
        row.action_code = cells.get("action_code", "")[:20]
        if not row.action_code:
            problems.append(_("the action code is empty"))
        try:
            row.year = int(cells.get("year", ""))
            if not plan.start_year <= row.year <= plan.end_year:
                problems.append(_("%(year)s is outside the plan's period (%(start)s–%(end)s)")
                                % {"year": row.year, "start": plan.start_year, "end": plan.end_year})
        except ValueError:
            problems.append(_("the year “%(value)s” is not a year") % {"value": cells.get("year", "")[:20]})
        for name in ("allocated", "spent"):
            raw = cells.get(name, "")
            if raw:
                try:
                    amount = _number(raw)
                    if amount < 0:
                        problems.append(_("%(column)s cannot be negative") % {"column": name})
                    setattr(row, name, amount)
                except (InvalidOperation, ValueError):
                    problems.append(_("%(column)s “%(value)s” is not a number") % {"column": name,
                                                                                 "value": raw[:30]})
        source = cells.get("source", "") or FundingSource.MUNICIPAL
        if source not in FundingSource.values:
            problems.append(_("unknown funding source “%(value)s” (use %(known)s)")
                            % {"value": source[:30], "known": ", ".join(FundingSource.values)})
        row.source, row.budget_code = source, cells.get("budget_code", "")[:60]
        if kind == "plan":
            row.objective_code = cells.get("objective_code", "")[:20]
            row.objective_title = cells.get("objective_title", "")[:300]
            row.action_title = cells.get("action_title", "")[:300]
            if not row.objective_code:
                problems.append(_("the objective code is empty"))
            if row.allocated is None:
                problems.append(_("the allocated amount is empty"))
            if row.objective_code not in seen_objectives and not row.objective_title:
                problems.append(_("a new objective needs a title"))
            if row.action_code not in seen_actions and not row.action_title:
                problems.append(_("a new action needs a title"))
            for name in ("starts_on", "ends_on"):
                raw = cells.get(name, "")
                if raw:
                    try:
                        day = date.fromisoformat(raw[:10])
                        if not plan.start_year <= day.year <= plan.end_year:
                            problems.append(_("%(date)s is outside the plan's period") % {"date": raw[:10]})
                        setattr(row, name, day)
                    except ValueError:
                        problems.append(_("“%(value)s” is not a date (YYYY-MM-DD)") % {"value": raw[:20]})
            if not problems:
                if row.objective_code not in seen_objectives:
                    seen_objectives.add(row.objective_code)
                    preview.new_objectives.append(f"{row.objective_code} {row.objective_title}")
                if row.action_code not in seen_actions:
                    seen_actions.add(row.action_code)
                    preview.new_actions.append(f"{row.action_code} {row.action_title}")
        else:
            if row.spent is None:
                problems.append(_("the spent amount is empty"))
            if row.action_code and row.action_code not in existing_actions:
                problems.append(_("the plan has no action %(code)s") % {"code": row.action_code})
        if problems:
            preview.errors.append((index, "; ".join(problems)))
        else:
            preview.rows.append(row)
            preview.budget_lines += 1
    return preview


@transaction.atomic
def apply(plan: Plan, preview: Preview, *, actor: Actor, reason: str = "") -> int:
    """Save a preview without errors; returns the number of budget lines written. All or nothing."""
    if not preview.ok:
        raise actions.PlanError("The file has errors; nothing was imported.")
    if preview.kind == "plan":
        # One version of an adopted plan for the whole file, not one per row.
        actions.keep_version(plan, reason)
    objectives = {o.code: o for o in Objective.objects.filter(plan=plan)}
    plan_actions = {a.code: a for a in Action.objects.filter(objective__plan=plan)}
    written = 0
    for row in preview.rows:
        if preview.kind == "plan":
            if row.objective_code not in objectives:
                objectives[row.objective_code] = actions.do_add_objective(
                    plan, code=row.objective_code, title=row.objective_title, actor=actor, versioned=True)
            if row.action_code not in plan_actions:
                plan_actions[row.action_code] = actions.do_add_action(
                    objectives[row.objective_code], code=row.action_code, title=row.action_title, actor=actor,
                    starts_on=row.starts_on, ends_on=row.ends_on, versioned=True)
            actions.do_set_budget_line(plan_actions[row.action_code], year=row.year, allocated=row.allocated or
                                       Decimal(0), spent=row.spent or Decimal(0), source=row.source,
                                       budget_code=row.budget_code, actor=actor, versioned=True)
        else:
            line = BudgetLine.objects.filter(action=plan_actions[row.action_code], year=row.year, source=row.source,
                                             budget_code=row.budget_code).first()
            if line is None:
                raise actions.PlanError(_("Row %(n)s: the action %(code)s has no budget line for %(year)s.")
                                        % {"n": row.number, "code": row.action_code, "year": row.year})
            actions.do_set_budget_line(line.action, year=row.year, allocated=line.allocated, revised=line.revised,
                                       spent=row.spent or Decimal(0), source=row.source,
                                       budget_code=row.budget_code, actor=actor)
        written += 1
    return written
