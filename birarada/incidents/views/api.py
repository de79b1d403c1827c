"""JSON intake for partner organizations and call centres (see /api/v1/openapi.json)."""

import json
from typing import Any

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from birarada.core import ratelimit
from birarada.incidents import actions
from birarada.incidents.access import case_for_receipt, intake_organization, route_report
from birarada.incidents.forms import ReportForm

FIELDS = ("grounds", "area", "description", "occurred_on", "occurred_approx", "district", "place", "perpetrator",
          "reporter_role")


def _error(status: int, message: str, fields: dict | None = None) -> JsonResponse:
    body: dict[str, Any] = {"error": message}
    if fields:
        body["fields"] = fields
    return JsonResponse(body, status=status)


def _read_json(request: HttpRequest):
    """The request body as a JSON object, or an error response."""
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > settings.INCIDENTS_API_MAX_BODY_BYTES:
        return None, _error(413, f"The body must be at most {settings.INCIDENTS_API_MAX_BODY_BYTES} bytes.")
    try:
        body = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        # ValueError covers malformed JSON and numbers too long to convert (over 4,300 digits).
        return None, _error(400, "The body must be a JSON object in UTF-8, with numbers of sensible length.")
    if not isinstance(body, dict):
        return None, _error(400, "The body must be a JSON object.")
    try:
        # "\ud800" escapes decode to lone surrogates, which no text field can store.
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return None, _error(400, "The body contains a character that is not valid text (a lone surrogate).")
    return body, None


def _as_form_data(body: dict) -> tuple[dict, dict]:
    """Flatten the API's nested shape into the web form's fields; returns (data, shape errors)."""
    errors, data = {}, {}
    for name in FIELDS:
        value = body.get(name)
        if value is None:
            continue
        if name == "grounds":
            if not isinstance(value, list) or not all(isinstance(g, str) for g in value):
                errors["grounds"] = ["A list of ground names."]
                continue
        elif not isinstance(value, str):
            errors[name] = ["A string."]
            continue
        data[name] = value
    for group, prefix, keys in (("contact", "contact_", ("name", "email", "phone")),
                                ("consent", "consent_", ("contact", "referral", "statistics"))):
        value = body.get(group) or {}
        if not isinstance(value, dict):
            errors[group] = ["An object."]
            continue
        for key in keys:
            item = value.get(key)
            if item is None:
                continue
            if group == "consent":
                if not isinstance(item, bool):
                    errors[f"{group}.{key}"] = ["true or false."]
                elif item:
                    data[prefix + key] = "on"
            elif isinstance(item, str):
                data[prefix + key] = item
            else:
                errors[f"{group}.{key}"] = ["A string."]
    return data, errors


class _Data(dict):
    """QueryDict-like: lets the form read the list of grounds."""

    def getlist(self, key, default=None):
        value = self.get(key, default if default is not None else [])
        return value if isinstance(value, list) else [value]


@csrf_exempt
@require_POST
def submit_report(request: HttpRequest) -> JsonResponse:
    if not ratelimit.allow(request, "api-report", limit=settings.INCIDENTS_REPORTS_PER_HOUR, window_seconds=3600):
        return _error(429, "Too many reports from this client; try again later.")
    body, error = _read_json(request)
    if error:
        return error
    data, shape_errors = _as_form_data(body)
    if shape_errors:
        return _error(400, "Some fields have the wrong type.", shape_errors)
    form = ReportForm(_Data(data))
    if not form.is_valid():
        return _error(400, "Some fields are missing or invalid.", {k: list(v) for k, v in form.errors.items()})
    organization = intake_organization()
    if organization is None:
        return _error(503, "Reporting is not set up on this server.")
    language = body.get("language")
    if not (isinstance(language, str) and language in dict(settings.LANGUAGES)):
        language = settings.LANGUAGE_CODE
    report = form.as_report()
    case, receipt = actions.do_submit_report(organization=route_report(organization, report.district),
                                             report=report, channel="api", language=language)
    return JsonResponse({"receipt": receipt, "status": case.status}, status=201)


@csrf_exempt
@require_POST
def report_status(request: HttpRequest) -> JsonResponse:
    if not ratelimit.allow(request, "api-status", limit=settings.INCIDENTS_STATUS_CHECKS_PER_HOUR,
                           window_seconds=3600):
        return _error(429, "Too many status checks from this client; try again later.")
    body, error = _read_json(request)
    if error:
        return error
    receipt = body.get("receipt")
    if not isinstance(receipt, str):
        return _error(400, "Give the receipt as a string.", {"receipt": ["Required."]})
    case = case_for_receipt(receipt)
    if case is None:
        return _error(404, "No report has this receipt.")
    return JsonResponse({
        "status": case.status,
        "status_label": str(case.get_status_display()),
        "messages": [
            {"from": "unit" if m.direction == "to_reporter" else "reporter", "text": m.text,
             "sent_at": m.created_at.isoformat()}
            for m in case.messages.all()
        ],
    })
