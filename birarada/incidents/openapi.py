"""OpenAPI 3.1 description of the intake API. The manifest names it (`openapi=`): core serves it, with the other
modules' APIs and the open data API, at /api/v1/openapi.json (core/opendata.py, `openapi_document`)."""

from birarada.core.vocabulary import Area, Ground
from birarada.incidents.choices import Perpetrator, ReporterRole

_ERROR = {
    "type": "object",
    "properties": {"error": {"type": "string"}, "fields": {"type": "object"}},
    "required": ["error"],
}
_REPORT = {
    "type": "object",
    "required": ["grounds", "area", "description", "reporter_role"],
    "properties": {
        "grounds": {"type": "array", "items": {"type": "string", "enum": Ground.values}, "minItems": 1},
        "area": {"type": "string", "enum": Area.values},
        "description": {"type": "string", "minLength": 10, "maxLength": 10000},
        "occurred_on": {"type": "string", "format": "date"},
        "occurred_approx": {"type": "string", "maxLength": 200},
        "district": {"type": "string", "description": "One of the city's districts, or empty."},
        "place": {"type": "string", "maxLength": 200},
        "perpetrator": {"type": "string", "enum": Perpetrator.values},
        "reporter_role": {"type": "string", "enum": ReporterRole.values},
        "language": {"type": "string", "enum": ["tr", "en", "ar", "ku"]},
        "contact": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "maxLength": 120},
                "email": {"type": "string", "format": "email"},
                "phone": {"type": "string", "maxLength": 30},
            },
        },
        "consent": {
            "type": "object",
            "properties": {
                "contact": {"type": "boolean"},
                "referral": {"type": "boolean"},
                "statistics": {"type": "boolean"},
            },
        },
    },
}


def _responses(ok_code: str, ok_schema: dict, *extra: str) -> dict:
    responses = {ok_code: {"description": "OK", "content": {"application/json": {"schema": ok_schema}}}}
    for code in ("400", "413", "429", *extra):
        responses[code] = {"description": "Error", "content": {"application/json": {"schema": _ERROR}}}
    return responses


SPEC = {
    "openapi": "3.1.0",
    "info": {
        "title": "birarada discrimination report intake",
        "version": "1",
        "description": "Partner organizations and call centres submit reports on a resident's behalf. "
        "The receipt is returned once; keep it only to give it to the resident.",
    },
    "paths": {
        "/api/v1/reports": {
            "post": {
                "operationId": "submitReport",
                "requestBody": {"required": True, "content": {"application/json": {"schema": _REPORT}}},
                "responses": _responses(
                    "201",
                    {"type": "object", "properties": {"receipt": {"type": "string"}, "status": {"type": "string"}},
                     "required": ["receipt", "status"]},
                    "503",
                ),
            }
        },
        "/api/v1/reports/status": {
            "post": {
                "operationId": "reportStatus",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {
                        "type": "object", "required": ["receipt"], "properties": {"receipt": {"type": "string"}}}}},
                },
                "responses": _responses(
                    "200",
                    {"type": "object", "properties": {
                        "status": {"type": "string"}, "status_label": {"type": "string"},
                        "messages": {"type": "array", "items": {"type": "object"}}}},
                    "404",
                ),
            }
        },
    },
}
