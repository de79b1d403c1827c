"""Adopted plans, for residents and civil society: progress, budgets, indicators, and the plan as open data."""

import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from birarada.core.figures import csv_response
from birarada.plans.access import public_plan, public_plan_version, public_plans
from birarada.plans.exports import CSV_HEADER, plan_csv_rows, plan_json, plan_pdf
from birarada.plans.progress import view_of


@require_GET
def plans(request: HttpRequest) -> HttpResponse:
    return render(request, "plans/public_plans.html", {"plans": public_plans()})


@require_GET
def plan(request: HttpRequest, organization: str, plan_slug: str) -> HttpResponse:
    found = public_plan(organization, plan_slug)
    return render(request, "plans/public_plan.html", {"plan": found, "view": view_of(found, timezone.localdate())})


@require_GET
def plan_file(request: HttpRequest, organization: str, plan_slug: str, fmt: str) -> HttpResponse:
    found = public_plan(organization, plan_slug)
    view = view_of(found, timezone.localdate())
    stem = f"{found.organization.slug}-{found.slug}"
    if fmt == "pdf":
        # The PDF library lays text out left to right without joining Arabic letters: a reader of the Arabic pages
        # gets the report in the city's language rather than broken Arabic headings.
        language = settings.LANGUAGE_CODE if translation.get_language_bidi() else translation.get_language()
        with translation.override(language):
            content = plan_pdf(view)
        response = HttpResponse(content, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{stem}.pdf"'
        return response
    if fmt == "json":
        response = HttpResponse(json.dumps(plan_json(view), ensure_ascii=False, indent=1),
                                content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{stem}.json"'
        return response
    return csv_response(f"{stem}.csv", CSV_HEADER, plan_csv_rows(view))


@require_GET
def plan_version(request: HttpRequest, organization: str, plan_slug: str, version_id: int) -> HttpResponse:
    """The plan as it was before a change made after adoption (JSON, the same shape as the current plan's)."""
    version = public_plan_version(organization, plan_slug, version_id)
    response = HttpResponse(json.dumps({"reason": version.reason, "replaced_at": version.made_at.isoformat(),
                                        "plan": version.snapshot}, ensure_ascii=False, indent=1),
                            content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{organization}-{plan_slug}-version-{version.pk}.json"'
    return response
