"""The resident's side: report, receive a receipt, follow the case. No account, no JavaScript needed."""

import secrets
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from birarada.core import ratelimit
from birarada.core.figures import SMALL_CELL
from birarada.incidents import actions
from birarada.incidents.access import (
    case_for_receipt,
    district_names,
    intake_organization,
    public_statistics_of,
    reporter_case,
    route_report,
)
from birarada.incidents.evidence import EvidenceError, clean_upload
from birarada.incidents.forms import EvidenceForm, ReceiptForm, ReplyForm, ReportForm
from birarada.incidents.statistics import TOTAL_ROUNDING, CaseStatistics

SENT_SUBMISSIONS = "incidents_sent_submissions"  # random form values, never receipts
REPORTER_CASE = "incidents_reporter_case"


def _too_many(request):
    return render(request, "core/too_many.html", status=429)


def _reporter_session(request: HttpRequest) -> None:
    """A resident's session ends when the browser closes (staff keep their working-day session)."""
    if not request.user.is_authenticated:
        request.session.set_expiry(0)


def _receipt_page(request: HttpRequest, receipt: str | None) -> HttpResponse:
    # The receipt is shown in the response that creates the case and kept nowhere else: not in the session,
    # not in an address. A reload asks the browser to resend the form; the submission value stops a second case.
    response = render(request, "incidents/report_done.html", {"receipt": receipt})
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest) -> HttpResponse:
    # A city's public page links here with ?city=<its slug>; the form sends it back with the report.
    city = (request.POST.get("city") or request.GET.get("city") or "")[:60]
    organization = intake_organization(city)
    if organization is None:
        return render(request, "incidents/not_available.html", status=503)
    city = city if city == organization.slug else ""
    form = ReportForm(request.POST or None, initial={"submission": secrets.token_urlsafe(16)},
                      districts=district_names(organization))
    files_form = EvidenceForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not ratelimit.allow(request, "report", limit=settings.INCIDENTS_REPORTS_PER_HOUR, window_seconds=3600):
            return _too_many(request)
        submission = request.POST.get("submission", "")[:64]
        if submission and submission in request.session.get(SENT_SUBMISSIONS, []):
            return _receipt_page(request, None)
        if form.is_valid() and files_form.is_valid():
            cleaned_files, file_errors = [], []
            for upload in files_form.cleaned_data["evidence"]:
                try:
                    cleaned_files.append(clean_upload(upload))
                except EvidenceError as error:
                    file_errors.append(str(error))
            if file_errors:
                for message in file_errors:
                    files_form.add_error("evidence", message)
            elif form.is_spam:
                # Look the same as success to the robot; store nothing.
                return _receipt_page(request, "0000-0000-0000-0000")
            else:
                report = form.as_report()
                _case, receipt = actions.do_submit_report(
                    organization=route_report(organization, report.district), report=report, files=cleaned_files,
                    language=get_language())
                if submission:
                    _reporter_session(request)
                    request.session[SENT_SUBMISSIONS] = [*request.session.get(SENT_SUBMISSIONS, [])[-9:], submission]
                return _receipt_page(request, receipt)
        status = 400
    else:
        status = 200
    return render(
        request, "incidents/report.html",
        {"form": form, "files_form": files_form, "organization": organization, "city": city,
         "files_lost": request.method == "POST" and bool(request.FILES)},
        status=status,
    )


@require_GET
def report_done(request: HttpRequest) -> HttpResponse:
    """An old address: receipts are shown only in the answer to the report itself."""
    return redirect("incidents:status")


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def status(request: HttpRequest) -> HttpResponse:
    """Open a case with the receipt (POST, so the receipt never appears in an address), then read and answer."""
    case = reporter_case(request.session.get(REPORTER_CASE))
    receipt_form, reply_form = ReceiptForm(), ReplyForm()
    if request.method == "POST" and "receipt" in request.POST:
        if not ratelimit.allow(request, "status", limit=settings.INCIDENTS_STATUS_CHECKS_PER_HOUR,
                               window_seconds=3600):
            return _too_many(request)
        receipt_form = ReceiptForm(request.POST)
        if receipt_form.is_valid():
            case = case_for_receipt(receipt_form.cleaned_data["receipt"])
            if case is None:
                receipt_form.add_error("receipt", _("We found no report with this code. Check it and try again."))
            else:
                request.session.cycle_key()
                _reporter_session(request)
                request.session[REPORTER_CASE] = case.pk
                return redirect("incidents:status")
    elif request.method == "POST" and "text" in request.POST and case is not None:
        reply_form = ReplyForm(request.POST)
        if reply_form.is_valid():
            actions.do_receive_reporter_message(case, reply_form.cleaned_data["text"])
            return redirect("incidents:status")
    elif request.method == "POST" and "leave" in request.POST:
        request.session.pop(REPORTER_CASE, None)
        return redirect("incidents:status")
    context: dict[str, Any] = {"case": case, "receipt_form": receipt_form, "reply_form": reply_form}
    if case is not None:
        context["messages_list"] = case.messages.all()
    return render(request, "incidents/status.html", context, status=400 if receipt_form.errors else 200)


@require_GET
def public_statistics(request: HttpRequest) -> HttpResponse:
    organization = intake_organization()
    if organization is None:
        return render(request, "incidents/not_available.html", status=503)
    snapshot = public_statistics_of(organization)
    if snapshot is None:  # the first visit before the daily task ran: make the first snapshot now
        snapshot = actions.do_publish_statistics(organization)
    return render(request, "incidents/public_statistics.html", {
        "stats": CaseStatistics.from_json(snapshot.data), "organization": organization, "made_at": snapshot.made_at,
        "small_cell": SMALL_CELL, "rounding": TOTAL_ROUNDING})
