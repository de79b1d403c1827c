"""The public side: a calendar of public events, each event's page with its agenda and registration (no account),
the personal cancel link, calendar files, and the page that confirms a training certificate."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from birarada.core import ratelimit
from birarada.events import actions, record
from birarada.events.access import certificate, public_event, public_events
from birarada.events.calendar import ics_for
from birarada.events.certificates import certificate_pdf
from birarada.events.choices import Accessibility, EventKind, EventStatus
from birarada.events.forms import registration_form


@require_GET
def calendar(request: HttpRequest) -> HttpResponse:
    rows = public_events().filter(ends_at__gte=timezone.now()).exclude(status=EventStatus.CANCELLED)
    kind = request.GET.get("kind", "")
    if kind in EventKind.values:
        rows = rows.filter(kind=kind)
    wanted = request.GET.get("access", "")
    found = list(rows.order_by("starts_at")[:200])
    if wanted in Accessibility.values:  # a JSON list: filtered in Python, the calendar is short
        found = [e for e in found if wanted in e.accessibility]
    return render(request, "events/calendar.html", {"events": found, "kinds": EventKind.choices,
                                                    "accesses": Accessibility.choices, "kind": kind,
                                                    "access": wanted})


@require_GET
def calendar_feed(request: HttpRequest) -> HttpResponse:
    rows = public_events().filter(ends_at__gte=timezone.now()).exclude(status=EventStatus.CANCELLED)
    return HttpResponse(ics_for(list(rows[:500]), request), content_type="text/calendar; charset=utf-8")


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def event(request: HttpRequest, organization: str, event_slug: str) -> HttpResponse:
    found = public_event(organization, event_slug)
    form = registration_form(found, request.POST or None)
    if request.method == "POST":
        if not ratelimit.allow(request, "event-register", limit=30, window_seconds=3600):
            return render(request, "core/too_many.html", status=429)
        if form.is_valid():
            if form.cleaned_data["leave_empty"]:
                return render(request, "events/registered.html", {"event": found, "status": "confirmed"})
            try:
                registration, token = actions.do_register(
                    found, name=form.cleaned_data["name"], contact=form.contact(),
                    organization_name=form.cleaned_data["organization_name"], needs=form.cleaned_data["needs"],
                    language=get_language() or "tr", **form.participation())
            except actions.EventError as error:
                form.add_error(None, str(error))
            else:
                return render(request, "events/registered.html", {
                    "event": found, "status": registration.status, "token": token})
    return render(request, "events/public_event.html", {
        "event": found, "form": form, "is_over": found.ends_at < timezone.now(),
        "feedback_open": not record.feedback_refusal(found)}, status=400 if form.errors else 200)


@require_GET
def event_ics(request: HttpRequest, organization: str, event_slug: str) -> HttpResponse:
    found = public_event(organization, event_slug)
    response = HttpResponse(ics_for([found], request), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{found.slug}.ics"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def cancel(request: HttpRequest, token: str) -> HttpResponse:
    registration = actions.registration_for_token(token)
    if registration is None:
        return render(request, "events/cancel.html", {"registration": None}, status=404)
    if request.method == "POST":
        actions.do_cancel_registration(registration)
        return render(request, "events/cancel.html", {"registration": registration, "done": True})
    return render(request, "events/cancel.html", {"registration": registration})


@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    found = certificate(code)
    if request.GET.get("format") == "pdf" and found is not None:
        response = HttpResponse(certificate_pdf(found), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="certificate-{found.certificate_code}.pdf"'
        return response
    return render(request, "events/certificate.html", {"registration": found, "code": code[:20]},
                  status=200 if found else 404)
