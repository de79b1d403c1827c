"""Training records: the trainings held in a period and who was trained — municipal staff by directorate,
partner organizations' staff, residents — as counts and hours, never names."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from birarada.core.access import Workspace, access_workspace_by_slug
from birarada.core.collation import sorted_turkish, turkish_key
from birarada.core.figures import csv_response
from birarada.core.types import AuthenticatedHttpRequest
from birarada.events.access import trained_staff_directorates, trainings_held
from birarada.events.forms import TrainingRecordsForm
from birarada.events.models import Event
from birarada.events.module import VIEW_EVENTS


@dataclass
class Line:
    """People trained and their hours (hours of the training × people who attended it)."""

    label: str
    people: int = 0
    hours: Decimal = Decimal(0)

    def add(self, people: int, hours: Decimal | None) -> None:
        self.people += people
        self.hours += (hours or Decimal(0)) * people


@dataclass
class Records:
    since: date
    until: date
    trainings: list[Event]
    directorates: list[Line]
    municipal_staff: Line
    partner_staff: Line
    residents: Line
    total: Line
    hours_given: Decimal = field(default=Decimal(0))  # hours of the trainings themselves

    @property
    def summary(self) -> list[Line]:
        return [self.municipal_staff, self.partner_staff, self.residents, self.total]


def records_for(workspace: Workspace, since: date, until: date) -> Records:
    held = trainings_held(workspace, since, until)
    trainings = list(held)
    hours_of = {t.pk: t.training_hours for t in trainings}
    by_directorate: dict[tuple[int, ...], Line] = {}
    for event_id, directorate in trained_staff_directorates(held):
        name = " ".join(directorate.split())
        line = by_directorate.setdefault(turkish_key(name), Line(name or _("(directorate not given)")))
        line.add(1, hours_of.get(event_id))
    records = Records(since, until, trainings,
                      directorates=sorted_turkish(by_directorate.values(), key=lambda line: line.label),
                      municipal_staff=Line(_("Municipal staff, all directorates")),
                      partner_staff=Line(_("Staff of partner organizations")),
                      residents=Line(_("Residents and others")), total=Line(_("Everyone trained")))
    for t in trainings:
        records.municipal_staff.add(t.municipal_staff, t.training_hours)  # type: ignore[attr-defined]
        records.partner_staff.add(t.partner_staff, t.training_hours)  # type: ignore[attr-defined]
        records.residents.add(t.residents, t.training_hours)  # type: ignore[attr-defined]
        records.total.add(t.trained, t.training_hours)  # type: ignore[attr-defined]
        records.hours_given += t.training_hours or Decimal(0)
    return records


def _csv(records: Records, table: str, slug: str) -> HttpResponse:
    stem = f"training-records-{slug}-{records.since.isoformat()}-{records.until.isoformat()}"
    if table == "directorates":
        lines = [*records.directorates, *records.summary]
        return csv_response(f"{stem}-totals.csv", ["group", "people_trained", "person_hours"],
                            [[line.label, line.people, line.hours] for line in lines])
    return csv_response(f"{stem}.csv", ["date", "title", "topics", "hours", "residents", "municipal_staff",
                                        "partner_staff", "total_attended"],
                        [[timezone.localdate(t.starts_at).isoformat(), t.title, t.topics, t.training_hours,
                          t.residents, t.municipal_staff, t.partner_staff, t.trained]  # type: ignore[attr-defined]
                         for t in records.trainings])


@login_required
@require_GET
def training_records(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, VIEW_EVENTS)
    year = timezone.localdate().year
    dated = "since" in request.GET or "until" in request.GET
    form = TrainingRecordsForm(request.GET if dated else None,
                               initial={"since": date(year, 1, 1), "until": date(year, 12, 31)})
    context: dict[str, Any] = {"workspace": workspace, "form": form, "records": None}
    if dated and not form.is_valid():
        return render(request, "events/training_records.html", context, status=400)
    since, until = ((form.cleaned_data["since"], form.cleaned_data["until"]) if dated
                    else (date(year, 1, 1), date(year, 12, 31)))
    records = records_for(workspace, since, until)
    if request.GET.get("format") == "csv":
        return _csv(records, request.GET.get("table", ""), slug)
    context["records"] = records
    context["query"] = f"since={since.isoformat()}&until={until.isoformat()}"
    return render(request, "events/training_records.html", context)
