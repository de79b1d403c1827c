"""The partner directory in Open Referral's Human Services Data Specification (HSDS 3.0), out and in, so a city
can exchange its directory with other cities and with directories built on other software.

What we map to what (HSDS names where HSDS has them; our additions start with `x_birarada_`):

=====================================  ========================================================================
Organization (our model)               HSDS 3.0
=====================================  ========================================================================
slug                                   organization.id: uuid5(NAMESPACE, slug), stable across exports;
                                       organization.x_birarada_slug: the slug itself
name, description                      organization.name, organization.description
public_email, website                  organization.email, organization.website
parent (when listed)                   organization.parent_organization_id
kind, grounds                          organization.x_birarada_kind, organization.x_birarada_grounds (codes)
public_phone                           organization.phones[0].number
address, city, country                 organization.locations[0] (location_type "physical", named after the
                                       organization).addresses[0]: address_1, city, country (ISO 3166-1)
province (plate number)                … addresses[0].state_province: the province's name ("İzmir")
offers                                 organization.services[]: one service per offer, status "active", name =
                                       the offer in the page's language, x_birarada_offer = its code
languages_served                       services[].languages[] and locations[0].languages[]: code (ISO 639),
                                       name (the language's own name)
accessibility                          locations[0].accessibility[]: description = the feature in the page's
                                       language, x_birarada_code = its code (HSDS keeps accessibility on
                                       locations, not services)
accessibility_notes                    locations[0].accessibility[]: an entry with a description and no code
contact_name, contact_email            never exported (HSDS `contacts` stays empty): the contact person is only
                                       for signed-in staff of the platform's organizations
=====================================  ========================================================================

The JSON document is an HSDS 3.0 API page (`total_items`, …, `contents`: the organizations, each with its
phones, locations and services nested). The ZIP holds the same data as HSDS tabular CSV files linked by ids —
organizations.csv, phones.csv, locations.csv, addresses.csv, services.csv, languages.csv, accessibility.csv —
and a Frictionless `datapackage.json` describing them.

Import reads either, or a single organizations.csv (which may also carry the flat columns `phone`,
`address_1`, `city`, `state_province`, `country`, `x_birarada_offers`, `x_birarada_languages`,
`x_birarada_accessibility`, `x_birarada_accessibility_notes`, lists separated by ";"), previews it, and saves
nothing while anything is wrong. Records are matched to organizations by `id` or, failing that, by name and
city (Turkish case folded). Only directory listings (organizations not on the platform) are updated: an
organization on the platform keeps its own profile, and a record matching one is skipped with a note.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db.models import Field
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from birarada.core.actions import DIRECTORY_IMPORT_FIELDS as IMPORT_FIELDS
from birarada.core.directory import search_key
from birarada.core.files import FileReadError, decode_text
from birarada.core.models import Organization, OrganizationKind
from birarada.core.provinces import BY_CODE, province_for_value
from birarada.core.vocabulary import SERVED_LANGUAGES, AccessFeature, Ground, Offer

# A fixed namespace for the organizations' HSDS ids: uuid5(NAMESPACE, slug) is the same id in every export.
NAMESPACE = uuid.UUID("a3c1f0de-5b7e-4c61-9d2a-6e8f0b1c2d3e")

MAX_BYTES = 5 * 1024 * 1024
MAX_ORGANIZATIONS = 5_000
MAX_ZIP_ENTRIES = 20
MAX_ENTRY_BYTES = 10 * 1024 * 1024  # unpacked, per file in the ZIP
MAX_UNPACKED_BYTES = 25 * 1024 * 1024  # unpacked, all files together
MAX_RATIO = 100  # unpacked size / packed size above which an entry is taken for an archive bomb

LANGUAGE_NAMES = dict(SERVED_LANGUAGES)
# ISO 639-2/3 codes other directories use for the languages we list.
LANGUAGE_ALIASES = {"tur": "tr", "kmr": "ku", "kur": "ku", "ara": "ar", "fas": "fa", "per": "fa", "pes": "fa",
                    "eng": "en", "rus": "ru", "ukr": "uk", "pus": "ps", "pbt": "ps", "fra": "fr", "fre": "fr",
                    "deu": "de", "ger": "de", "diq": "zza"}


# ---- export ---------------------------------------------------------------------------------------------


def organization_uuid(slug: str) -> str:
    return str(uuid.uuid5(NAMESPACE, slug))


def _child_id(parent_id: str, *parts: str) -> str:
    return str(uuid.uuid5(uuid.UUID(parent_id), ":".join(parts)))


def _languages(org_id: str, codes: Sequence[str], **link: str) -> list[dict[str, str]]:
    scope = next(iter(link.values()))
    return [{"id": _child_id(org_id, "language", scope, code), **link, "name": LANGUAGE_NAMES[code], "code": code}
            for code in codes if code in LANGUAGE_NAMES]


def organization_document(organization: Organization) -> dict[str, Any]:
    """One organization as an HSDS 3.0 organization object (public fields only), labels in the active
    language."""
    org_id = organization_uuid(organization.slug)
    location_id = _child_id(org_id, "location", "main")
    offers = dict(Offer.choices)
    features = dict(AccessFeature.choices)
    province = BY_CODE.get(organization.province)
    document: dict[str, Any] = {
        "id": org_id,
        "name": organization.name,
        "description": organization.description,
        "email": organization.public_email,
        "website": organization.website,
        "x_birarada_slug": organization.slug,
        "x_birarada_kind": organization.kind,
        "x_birarada_grounds": [g for g in organization.grounds if g in Ground.values],
    }
    parent = organization.parent
    if parent is not None and parent.listed_in_directory:
        document["parent_organization_id"] = organization_uuid(parent.slug)
    document["phones"] = ([{"id": _child_id(org_id, "phone", "main"), "organization_id": org_id,
                            "number": organization.public_phone}] if organization.public_phone else [])
    accessibility = [{"id": _child_id(org_id, "accessibility", code), "location_id": location_id,
                      "description": str(features[code]), "x_birarada_code": code}
                     for code in organization.accessibility if code in features]
    if organization.accessibility_notes:
        accessibility.append({"id": _child_id(org_id, "accessibility", "notes"), "location_id": location_id,
                              "description": organization.accessibility_notes})
    document["locations"] = [{
        "id": location_id,
        "organization_id": org_id,
        "location_type": "physical",
        "name": organization.name,
        "addresses": [{
            "id": _child_id(org_id, "address", "main"),
            "location_id": location_id,
            "address_1": organization.address,
            "city": organization.city,
            "state_province": province.name if province else "",
            "postal_code": "",
            "country": organization.country,
            "address_type": "physical",
        }],
        "languages": _languages(org_id, organization.languages_served, location_id=location_id),
        "accessibility": accessibility,
    }]
    services = []
    for code in organization.offers:
        if code not in offers:
            continue
        service_id = _child_id(org_id, "service", code)
        services.append({"id": service_id, "organization_id": org_id, "name": str(offers[code]),
                         "status": "active", "x_birarada_offer": code,
                         "languages": _languages(org_id, organization.languages_served, service_id=service_id)})
    document["services"] = services
    return document


def json_document(organizations: Sequence[Organization]) -> dict[str, Any]:
    """An HSDS 3.0 API page holding every organization given (one page)."""
    contents = [organization_document(o) for o in organizations]
    return {"total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
            "first_page": True, "last_page": True, "empty": not contents, "contents": contents}


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str, str], ...]  # (name, Frictionless type, description)
    foreign_keys: tuple[tuple[str, str], ...] = ()  # (column, table it points at)

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    @property
    def names(self) -> list[str]:
        return [c[0] for c in self.columns]


_ID = ("id", "string", "Unique identifier (UUID).")
TABLES = (
    Table("organizations", (
        _ID, ("name", "string", "The organization's public name."),
        ("description", "string", "What the organization does."),
        ("email", "string", "Public e-mail address."), ("website", "string", "Website address."),
        ("parent_organization_id", "string", "The organization it belongs to, if listed."),
        ("x_birarada_slug", "string", "Short name in the source directory's addresses."),
        ("x_birarada_kind", "string", "Kind: " + ", ".join(OrganizationKind.values) + "."),
        ("x_birarada_grounds", "string", "Rights areas, separated by ';': " + ", ".join(Ground.values) + "."),
    )),
    Table("phones", (_ID, ("organization_id", "string", "The organization."),
                     ("number", "string", "Public telephone number.")), (("organization_id", "organizations"),)),
    Table("locations", (_ID, ("organization_id", "string", "The organization."),
                        ("location_type", "string", "physical"), ("name", "string", "Name of the place.")),
          (("organization_id", "organizations"),)),
    Table("addresses", (
        _ID, ("location_id", "string", "The location."), ("address_1", "string", "Street address."),
        ("city", "string", "City."), ("state_province", "string", "Province (in Türkiye: the province's name)."),
        ("postal_code", "string", "Postal code."), ("country", "string", "ISO 3166-1 alpha-2 country code."),
        ("address_type", "string", "physical"),
    ), (("location_id", "locations"),)),
    Table("services", (
        _ID, ("organization_id", "string", "The organization."), ("name", "string", "What is offered, in words."),
        ("status", "string", "active"),
        ("x_birarada_offer", "string", "Code of what is offered: " + ", ".join(Offer.values) + "."),
    ), (("organization_id", "organizations"),)),
    Table("languages", (
        _ID, ("service_id", "string", "The service, or empty."), ("location_id", "string", "The location, or empty."),
        ("name", "string", "The language's own name."), ("code", "string", "ISO 639 language code."),
    ), (("service_id", "services"), ("location_id", "locations"))),
    Table("accessibility", (
        _ID, ("location_id", "string", "The location."),
        ("description", "string", "The accessibility feature, or notes, in words."),
        ("x_birarada_code", "string", "Feature code: " + ", ".join(AccessFeature.values) + "; empty for notes."),
    ), (("location_id", "locations"),)),
)
TABLES_BY_PATH = {t.path: t for t in TABLES}

# A cell that a spreadsheet would run as a formula gets a leading apostrophe (removed again on import); phone
# numbers such as "+90 232 …" stay as they are.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS = re.compile(r"[+\-]?[\d\s().\-/]*")


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_STARTS) and not _HARMLESS.fullmatch(text):
        return "'" + text
    return text


def table_rows(documents: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The organization objects flattened into the tabular files' rows."""
    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
    for document in documents:
        rows["organizations"].append(dict(document, x_birarada_grounds=";".join(document["x_birarada_grounds"])))
        rows["phones"].extend(document["phones"])
        for location in document["locations"]:
            rows["locations"].append(location)
            rows["addresses"].extend(location["addresses"])
            rows["languages"].extend(location["languages"])
            rows["accessibility"].extend(location["accessibility"])
        for service in document["services"]:
            rows["services"].append(service)
            rows["languages"].extend(service["languages"])
    return rows


def _csv(table: Table, rows: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.names)
    for row in rows:
        writer.writerow([_cell(row.get(name, "")) for name in table.names])
    return out.getvalue().encode("utf-8")


def datapackage(created: str) -> dict[str, Any]:
    """A Frictionless tabular data package describing the CSV files."""
    resources = []
    for table in TABLES:
        schema: dict[str, Any] = {
            "fields": [{"name": n, "type": t, "description": d} for n, t, d in table.columns],
            "primaryKey": "id",
        }
        if table.foreign_keys:
            schema["foreignKeys"] = [{"fields": column, "reference": {"resource": target, "fields": "id"}}
                                     for column, target in table.foreign_keys]
        resources.append({"name": table.name, "path": table.path, "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": schema})
    return {"profile": "tabular-data-package", "name": "birarada-partner-directory",
            "title": "Partner directory (Open Referral HSDS 3.0, tabular)", "created": created,
            "resources": resources}


def zip_archive(organizations: Sequence[Organization]) -> bytes:
    """The HSDS tabular files and their datapackage.json, zipped."""
    rows = table_rows(organization_document(o) for o in organizations)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(datapackage(timezone.now().isoformat(timespec="seconds")),
                                                        ensure_ascii=False, indent=2))
        for table in TABLES:
            archive.writestr(table.path, _csv(table, rows[table.name]))
    return buffer.getvalue()


# ---- import: reading the file ------------------------------------------------------------------------------


class ImportFileError(ValueError):
    """The file as a whole cannot be read; the message says why, for the person who chose it."""


@dataclass
class Incoming:
    """One organization read from the file: the fields the file gives (only those), and how to find it."""

    where: str  # "organization 3" / "organizations.csv, row 4", for messages
    values: dict[str, Any]
    id: str = ""
    slug: str = ""


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored: set[str] = field(default_factory=set)

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}")


# The fields of each HSDS object that we read, or that only link objects (ids): anything else carrying a value
# is reported as ignored.
_ORGANIZATION_KEYS = {"id", "name", "description", "email", "website", "phones", "locations", "services",
                      "parent_organization_id", "x_birarada_slug", "x_birarada_kind", "x_birarada_grounds"}
_PHONE_KEYS = {"id", "organization_id", "location_id", "service_id", "number"}
_LOCATION_KEYS = {"id", "organization_id", "location_type", "name", "addresses", "languages", "accessibility"}
_ADDRESS_KEYS = {"id", "location_id", "address_1", "address_2", "city", "state_province", "postal_code",
                 "country", "address_type"}
_SERVICE_KEYS = {"id", "organization_id", "name", "status", "languages", "x_birarada_offer"}
_LANGUAGE_KEYS = {"id", "service_id", "location_id", "phone_id", "name", "code"}
_ACCESSIBILITY_KEYS = {"id", "location_id", "description", "details", "x_birarada_code"}
_PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"}
_WHERE = "_where"  # set on objects built from CSV rows: the file and row, for messages


def _has_value(value: Any) -> bool:
    return value not in (None, "", [], {})


def _note_ignored(obj: dict[str, Any], known: set[str], prefix: str, report: Report) -> None:
    for key, value in obj.items():
        if key not in known and key != _WHERE and _has_value(value):
            report.ignored.add(f"{prefix}{key}")


def _text(obj: dict[str, Any], key: str, where: str, report: Report) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        report.error(where, _("“%(field)s” must be text") % {"field": key})
        return ""
    return " ".join(str(value).split()) if key != "description" else str(value).strip()


def _objects(obj: dict[str, Any], key: str, where: str, report: Report) -> list[tuple[str, dict[str, Any]]]:
    """The list of objects under `key`, each with where it is (for messages)."""
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        report.error(where, _("“%(field)s” must be a list") % {"field": key})
        return []
    found = []
    for index, item in enumerate(value, start=1):
        label = f"{where}, {key} {index}"
        if not isinstance(item, dict):
            report.error(label, _("not an object"))
            continue
        found.append((str(item.get(_WHERE) or label), item))
    return found


def _language_code(raw: str, name: str) -> str:
    code = raw.strip().lower().replace("_", "-").split("-")[0]
    code = LANGUAGE_ALIASES.get(code, code)
    if code in LANGUAGE_NAMES:
        return code
    by_name = {search_key(n): c for c, n in SERVED_LANGUAGES}
    return by_name.get(search_key(name), "")


def _read_languages(owner: dict[str, Any], where: str, prefix: str, report: Report, into: list[str]) -> None:
    for label, item in _objects(owner, "languages", where, report):
        _note_ignored(item, _LANGUAGE_KEYS, f"{prefix}languages.", report)
        raw, name = _text(item, "code", label, report), _text(item, "name", label, report)
        code = _language_code(raw, name)
        if code:
            if code not in into:
                into.append(code)
        elif raw or name:
            report.warn(label, _("the language “%(value)s” is not one the directory lists; it was left out")
                        % {"value": (raw or name)[:40]})


def _list_of_codes(obj: dict[str, Any], key: str, where: str, report: Report) -> list[str] | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    report.error(where, _("“%(field)s” must be a list of codes") % {"field": key})
    return None


def _organization(obj: dict[str, Any], where: str, report: Report) -> Incoming:
    """An HSDS organization object (nested) read into the fields we keep."""
    where = str(obj.get(_WHERE) or where)
    _note_ignored(obj, _ORGANIZATION_KEYS, "", report)
    values: dict[str, Any] = {}
    incoming = Incoming(where, values, id=_text(obj, "id", where, report).lower(),
                        slug=_text(obj, "x_birarada_slug", where, report))
    values["name"] = _text(obj, "name", where, report)
    if not values["name"]:
        report.error(where, _("the name is missing"))
    for key, name in (("description", "description"), ("email", "public_email"), ("website", "website")):
        if key in obj:
            values[name] = _text(obj, key, where, report)
    if "x_birarada_kind" in obj:
        kind = _text(obj, "x_birarada_kind", where, report)
        if kind in OrganizationKind.values:
            values["kind"] = kind
        elif kind:
            report.warn(where, _("the kind “%(value)s” is unknown; it was left out") % {"value": kind[:40]})
    grounds = _list_of_codes(obj, "x_birarada_grounds", where, report)
    if grounds is not None:
        unknown = [g for g in grounds if g not in Ground.values]
        if unknown:
            report.warn(where, _("unknown rights areas were left out: %(values)s") % {"values": ", ".join(unknown)})
        values["grounds"] = list(dict.fromkeys(g for g in grounds if g in Ground.values))
    if "phones" in obj:
        phones = _objects(obj, "phones", where, report)
        for _label, phone in phones:
            _note_ignored(phone, _PHONE_KEYS, "phones.", report)
        numbers = [n for label, phone in phones if (n := _text(phone, "number", label, report))]
        values["public_phone"] = numbers[0] if numbers else ""
    languages: list[str] = []
    if "locations" in obj:
        _read_locations(obj, where, report, values, languages)
    if "services" in obj:
        offers: list[str] = []
        for label, service in _objects(obj, "services", where, report):
            _note_ignored(service, _SERVICE_KEYS, "services.", report)
            _read_languages(service, label, "services.", report, languages)
            code = _text(service, "x_birarada_offer", label, report)
            name = _text(service, "name", label, report)
            if not code:
                code = _offer_by_name(name)
                if not code:
                    report.warn(label, _("the service “%(name)s” has no offer code the directory knows; it was "
                                         "left out") % {"name": name[:80]})
                    continue
            elif code not in Offer.values:
                report.error(label, _("unknown offer code “%(code)s” (known: %(known)s)")
                             % {"code": code[:40], "known": ", ".join(Offer.values)})
                continue
            if code not in offers:
                offers.append(code)
        values["offers"] = offers
    if "locations" in obj or "services" in obj:
        values["languages_served"] = languages
    return incoming


def _offer_by_name(name: str) -> str:
    """An offer named in words, in English or in the page's language ("Legal aid", "Hukuki destek")."""
    if not name:
        return ""
    key = search_key(name)
    for code, label in Offer.choices:
        if key in (search_key(code.replace("_", " ")), search_key(str(label))):
            return code
    return ""


def _read_locations(obj: dict[str, Any], where: str, report: Report, values: dict[str, Any],
                    languages: list[str]) -> None:
    address_found = False
    codes: list[str] = []
    notes: list[str] = []
    for label, location in _objects(obj, "locations", where, report):
        _note_ignored(location, _LOCATION_KEYS, "locations.", report)
        for address_label, address in _objects(location, "addresses", label, report):
            _note_ignored(address, _ADDRESS_KEYS, "locations.addresses.", report)
            if address_found:
                continue
            address_found = True
            lines = [_text(address, k, address_label, report) for k in ("address_1", "address_2")]
            values["address"] = ", ".join(line for line in lines if line)
            values["city"] = _text(address, "city", address_label, report)
            country = _text(address, "country", address_label, report).upper()
            if country and not re.fullmatch(r"[A-Z]{2}", country):
                report.error(address_label, _("the country “%(value)s” is not a two-letter code such as TR")
                             % {"value": country[:20]})
            values["country"] = country or "TR"
            state = _text(address, "state_province", address_label, report)
            province = province_for_value(state) if values["country"] == "TR" else None
            values["province"] = province.code if province else ""
            if state and values["country"] == "TR" and province is None:
                report.warn(address_label, _("the province “%(value)s” is not one of Türkiye's 81; it was left "
                                             "out") % {"value": state[:40]})
        _read_languages(location, label, "locations.", report, languages)
        for access_label, entry in _objects(location, "accessibility", label, report):
            _note_ignored(entry, _ACCESSIBILITY_KEYS, "locations.accessibility.", report)
            code = _text(entry, "x_birarada_code", access_label, report)
            text = " ".join(t for k in ("description", "details") if (t := _text(entry, k, access_label, report)))
            if code in AccessFeature.values:
                if code not in codes:
                    codes.append(code)
            elif code:
                report.warn(access_label, _("the accessibility code “%(code)s” is unknown; it was left out")
                            % {"code": code[:40]})
            elif text:
                notes.append(text)
    values["accessibility"] = codes
    values["accessibility_notes"] = " ".join(notes)


def _strip_guard(text: str) -> str:
    """Undo the apostrophe written before a cell that looked like a spreadsheet formula."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS) else text


def _read_csv(name: str, data: bytes) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """(column names, [(row number as a spreadsheet shows it, {column: cell})]); blank rows are skipped."""
    try:
        text = decode_text(data)
    except FileReadError as error:
        raise ImportFileError(f"{name}: {error}") from None
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        header = [column.strip().lower().lstrip("\ufeff") for column in next(reader, [])]
        rows: list[tuple[int, dict[str, str]]] = []
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(rows) >= MAX_ORGANIZATIONS * 20:
                raise ImportFileError(_("%(file)s has too many rows.") % {"file": name})
            rows.append((reader.line_num, {column: _strip_guard(cell.strip())
                                           for column, cell in zip(header, cells, strict=False) if column}))
    except csv.Error as error:
        raise ImportFileError(_("%(file)s could not be read as CSV: %(error)s") % {"file": name, "error": error}
                              ) from None
    if name == "organizations.csv" and "name" not in header:
        raise ImportFileError(_("%(file)s has no “name” column. The first row must name the columns (id, name, "
                                "description, email, website, …).") % {"file": name})
    return header, rows


_FLAT_COLUMNS = {"phone", "address_1", "address_2", "city", "state_province", "country", "x_birarada_offers",
                 "x_birarada_languages", "x_birarada_accessibility", "x_birarada_accessibility_notes"}


def _organizations_from_tables(tables: dict[str, tuple[list[str], list[tuple[int, dict[str, str]]]]],
                               report: Report) -> list[tuple[str, dict[str, Any]]]:
    """HSDS tabular files (organizations.csv and any of the linked ones) turned into nested organization
    objects, so one reader checks both forms."""
    org_rows = tables["organizations.csv"][1]
    organizations: list[tuple[str, dict[str, Any]]] = []
    by_id: dict[str, dict[str, Any]] = {}
    for number, row in org_rows:
        where = _("organizations.csv, row %(n)s") % {"n": number}
        obj: dict[str, Any] = {k: v for k, v in row.items() if k not in _FLAT_COLUMNS}
        obj[_WHERE] = where
        _flat_columns(row, obj, tables)
        organizations.append((where, obj))
        if row.get("id"):
            by_id[row["id"].lower()] = obj

    def rows_of(path: str) -> list[tuple[str, dict[str, Any]]]:
        found = []
        for number, row in tables[path][1] if path in tables else ():
            where = _("%(file)s, row %(n)s") % {"file": path, "n": number}
            found.append((where, dict(row, **{_WHERE: where})))
        return found

    def attach(path: str, key: str, parents: dict[str, dict[str, Any]], link: str) -> dict[str, dict[str, Any]]:
        attached: dict[str, dict[str, Any]] = {}
        if path not in tables:
            return attached
        for parent in parents.values():
            parent.setdefault(key, [])
        for where, row in rows_of(path):
            parent_id = row.get(link, "").lower()
            if parent_id not in parents:
                report.warn(where, _("no %(link)s “%(id)s” in the file; the row was left out")
                            % {"link": link, "id": parent_id[:40]})
                continue
            parents[parent_id][key].append(row)
            if row.get("id"):
                attached[row["id"].lower()] = row
        return attached

    attach("phones.csv", "phones", by_id, "organization_id")
    locations = attach("locations.csv", "locations", by_id, "organization_id")
    attach("addresses.csv", "addresses", locations, "location_id")
    attach("accessibility.csv", "accessibility", locations, "location_id")
    services = attach("services.csv", "services", by_id, "organization_id")
    if "languages.csv" in tables:
        for owner in (*services.values(), *locations.values()):
            owner.setdefault("languages", [])
        for where, row in rows_of("languages.csv"):
            found = services.get(row.get("service_id", "").lower()) or locations.get(row.get("location_id", "").lower())
            if found is None:
                report.warn(where, _("the language row names no service or location of the file; it was left out"))
                continue
            found["languages"].append(row)
    return organizations


def _flat_columns(row: dict[str, str], obj: dict[str, Any], tables: dict[str, Any]) -> None:
    """The flat columns of a hand-made organizations.csv, turned into the nested objects (when the linked
    table that would give the same is not in the file)."""
    if "phone" in row and "phones.csv" not in tables:
        obj["phones"] = [{"number": row["phone"]}] if row["phone"] else []
    location: dict[str, Any] = {}
    if {"address_1", "city", "state_province", "country"} & set(row) and "addresses.csv" not in tables:
        location["addresses"] = [{k: row[k] for k in ("address_1", "address_2", "city", "state_province",
                                                       "country") if k in row}]
    if "x_birarada_languages" in row and "languages.csv" not in tables:
        location["languages"] = [{"code": c.strip()} for c in row["x_birarada_languages"].split(";") if c.strip()]
    if ({"x_birarada_accessibility", "x_birarada_accessibility_notes"} & set(row)
            and "accessibility.csv" not in tables):
        location["accessibility"] = [{"x_birarada_code": c.strip()}
                                     for c in row.get("x_birarada_accessibility", "").split(";") if c.strip()]
        if row.get("x_birarada_accessibility_notes"):
            location["accessibility"].append({"description": row["x_birarada_accessibility_notes"]})
    if location and "locations.csv" not in tables:
        obj["locations"] = [location]
    if "x_birarada_offers" in row and "services.csv" not in tables:
        obj["services"] = [{"x_birarada_offer": c.strip()} for c in row["x_birarada_offers"].split(";")
                           if c.strip()]


def _read_zip(data: bytes, report: Report) -> list[tuple[str, dict[str, Any]]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = [e for e in archive.infolist() if not e.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise ImportFileError(_("The ZIP file could not be opened: it may be damaged.")) from None
    # Judge the archive by its table of contents before unpacking anything.
    if len(entries) > MAX_ZIP_ENTRIES:
        raise ImportFileError(_("The ZIP file holds %(n)s files; an HSDS export holds at most %(max)s. Nothing "
                                "was unpacked.") % {"n": len(entries), "max": MAX_ZIP_ENTRIES})
    total = sum(e.file_size for e in entries)
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise ImportFileError(_("The ZIP file is protected by a password."))
        too_packed = entry.compress_size and entry.file_size / entry.compress_size > MAX_RATIO \
            and entry.file_size > 1024 * 1024
        if entry.file_size > MAX_ENTRY_BYTES or too_packed or total > MAX_UNPACKED_BYTES:
            raise ImportFileError(_("The ZIP file would unpack to more than an HSDS export of %(n)s organizations "
                                    "can hold (%(name)s). Nothing was unpacked.")
                                  % {"n": MAX_ORGANIZATIONS, "name": entry.filename[:80]})
    tables = {}
    known = {t.path for t in TABLES}
    for entry in entries:
        base = entry.filename.replace("\\", "/").rsplit("/", 1)[-1].lower()
        if base == "datapackage.json":
            continue
        if base not in known:
            report.ignored.add(base)
            continue
        try:
            with archive.open(entry) as handle:
                content = handle.read(MAX_ENTRY_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, NotImplementedError, ValueError, EOFError):
            raise ImportFileError(_("%(file)s in the ZIP file could not be unpacked: it may be damaged.")
                                  % {"file": base}) from None
        if len(content) > MAX_ENTRY_BYTES:  # its size in the archive's table of contents was wrong
            raise ImportFileError(_("%(file)s in the ZIP file unpacks to more than %(mb)s MB; it was not imported.")
                                  % {"file": base, "mb": MAX_ENTRY_BYTES // (1024 * 1024)})
        tables[base] = _read_csv(base, content)
    if "organizations.csv" not in tables:
        raise ImportFileError(_("The ZIP file has no organizations.csv."))
    return _organizations_from_tables(tables, report)


def _read_json(text: str, report: Report) -> list[tuple[str, dict[str, Any]]]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(_("The file is not valid JSON (line %(line)s, column %(column)s: %(error)s).")
                              % {"line": error.lineno, "column": error.colno, "error": error.msg}) from None
    except RecursionError:
        raise ImportFileError(_("The file is not valid JSON: it is nested too deeply.")) from None
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        for key, value in document.items():
            if key not in _PAGE_KEYS and _has_value(value):
                report.ignored.add(key)
        items = document["contents"]
    elif isinstance(document, dict) and "name" in document:
        items = [document]
    elif isinstance(document, list):
        items = document
    else:
        raise ImportFileError(_("The JSON file holds no organizations: expected a list of HSDS organization "
                                "objects, or an HSDS page with “contents”."))
    if len(items) > MAX_ORGANIZATIONS:
        raise ImportFileError(_("The file holds more than %(n)s organizations.") % {"n": MAX_ORGANIZATIONS})
    found = []
    for index, item in enumerate(items, start=1):
        where = _("organization %(n)s") % {"n": index}
        if not isinstance(item, dict):
            report.error(where, _("not an object"))
            continue
        item.pop(_WHERE, None)  # only the CSV reader sets it
        found.append((where, item))
    return found


def read_file(name: str, data: bytes) -> tuple[list[Incoming], Report]:
    """The organizations of an uploaded file (HSDS JSON, HSDS ZIP or organizations.csv) and the messages about
    it. ImportFileError when the file as a whole cannot be read."""
    if len(data) > MAX_BYTES:
        raise ImportFileError(_("The file is larger than %(mb)s MB.") % {"mb": MAX_BYTES // (1024 * 1024)})
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    report = Report()
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        objects = _read_zip(data, report)
    else:
        try:
            text = decode_text(data)
        except FileReadError:
            raise ImportFileError(_("This file is neither HSDS JSON, nor a ZIP of HSDS CSV files, nor a CSV file. "
                                    "Choose the .json or .zip file a directory exported, or an organizations.csv."
                                    )) from None
        stripped = text.lstrip()
        if stripped.startswith(("{", "[")) or name.lower().endswith(".json"):
            objects = _read_json(stripped, report)
        else:
            objects = _organizations_from_tables({"organizations.csv": _read_csv("organizations.csv", data)},
                                                 report)
    if len(objects) > MAX_ORGANIZATIONS:
        raise ImportFileError(_("The file holds more than %(n)s organizations.") % {"n": MAX_ORGANIZATIONS})
    if not objects and not report.errors:
        raise ImportFileError(_("The file holds no organizations."))
    return [_organization(obj, where, report) for where, obj in objects], report


# ---- import: what it would change --------------------------------------------------------------------------


@dataclass
class Change:
    incoming: Incoming
    organization: Organization | None  # None: a new listing
    values: dict[str, Any]  # what is set: every given field for a new listing, the changed ones otherwise

    @property
    def name(self) -> str:
        return self.values.get("name") or (self.organization.name if self.organization else "")

    @property
    def city(self) -> str:
        return self.values.get("city", self.organization.city if self.organization else "")

    @property
    def field_labels(self) -> list[str]:
        """The fields set, in words (for the preview of an update)."""
        return [str(_model_field(name).verbose_name) for name in self.values if name != "slug"]


@dataclass
class Preview:
    creates: list[Change] = field(default_factory=list)
    updates: list[Change] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.creates or self.updates)


_URL = URLValidator(schemes=["http", "https"])


def _model_field(name: str) -> Field:
    return cast(Field, Organization._meta.get_field(name))


def _check(incoming: Incoming, report: Report) -> None:
    """Field by field: e-mail, website, lengths (the model's limits), with the record's place in the file."""
    values, where = incoming.values, incoming.where
    email = values.get("public_email", "")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            report.error(where, _("the e-mail address “%(value)s” is not valid") % {"value": email[:80]})
    website = values.get("website", "")
    if website:
        if "://" not in website:
            website = values["website"] = f"https://{website}"
        try:
            _URL(website)
        except ValidationError:
            report.error(where, _("the website “%(value)s” is not a web address") % {"value": website[:80]})
    for name in IMPORT_FIELDS:
        limit = _model_field(name).max_length
        value = values.get(name)
        if limit and isinstance(value, str) and len(value) > limit:
            report.error(where, _("%(field)s is longer than %(n)s characters")
                         % {"field": _model_field(name).verbose_name, "n": limit})


def _unique_slug(preferred: str, name: str, taken: set[str]) -> str:
    if preferred and re.fullmatch(r"[-a-zA-Z0-9_]{1,60}", preferred) and preferred not in taken:
        return preferred
    base = slugify(search_key(name))[:50].strip("-") or "organization"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def plan(incoming: list[Incoming], report: Report) -> Preview:
    """What importing these records would change, checked against the directory as it is now; saves nothing."""
    existing = list(Organization.objects.only("pk", "slug", "name", "city", "uses_platform", *IMPORT_FIELDS))
    by_id = {organization_uuid(o.slug): o for o in existing}
    by_name: dict[tuple[str, str], list[Organization]] = {}
    for organization in existing:
        by_name.setdefault((search_key(organization.name), search_key(organization.city)), []).append(organization)
    taken = {o.slug for o in existing}
    seen: dict[object, str] = {}
    preview = Preview()
    for record in incoming:
        _check(record, report)
        if not record.values.get("name"):
            continue
        key = (search_key(record.values["name"]), search_key(record.values.get("city", "")))
        target = by_id.get(record.id) if record.id else None
        if target is None:
            candidates = by_name.get(key, [])
            if len(candidates) > 1:
                report.error(record.where, _("several organizations are called “%(name)s” in %(city)s; give the "
                                             "record the id of the one to update")
                             % {"name": record.values["name"], "city": record.values.get("city", "")})
                continue
            target = candidates[0] if candidates else None
        identity: object = target.pk if target is not None else key
        if identity in seen:
            report.error(record.where, _("the same organization as %(other)s") % {"other": seen[identity]})
            continue
        seen[identity] = record.where
        if target is not None and target.uses_platform:
            preview.skipped.append(target.name)
            continue
        if target is None:
            slug = _unique_slug(record.slug, record.values["name"], taken)
            taken.add(slug)
            values = {"slug": slug, "kind": OrganizationKind.OTHER, **record.values}
            probe = Organization(uses_platform=False, listed_in_directory=True, **values)
            change = Change(record, None, values)
        else:
            changed = {k: v for k, v in record.values.items() if getattr(target, k) != v}
            if not changed:
                preview.unchanged.append(target.name)
                continue
            probe = Organization(**{f.attname: getattr(target, f.attname) for f in Organization._meta.concrete_fields
                                    if f.attname in {"id", "slug", "kind", "country", *IMPORT_FIELDS}})
            for name, value in changed.items():
                setattr(probe, name, value)
            change = Change(record, target, changed)
        try:
            probe.full_clean(exclude=["parent"], validate_unique=False)
        except ValidationError as error:
            for field_name, messages in error.message_dict.items():
                label = _model_field(field_name).verbose_name if field_name in IMPORT_FIELDS else field_name
                report.error(record.where, f"{label}: {' '.join(messages)}")
            continue
        (preview.updates if target is not None else preview.creates).append(change)
    preview.errors, preview.warnings = report.errors, report.warnings
    preview.ignored = sorted(report.ignored)
    return preview


def preview_file(name: str, data: bytes) -> Preview:
    """Read and check a file; nothing is saved. ImportFileError when it cannot be read at all."""
    incoming, report = read_file(name, data)
    return plan(incoming, report)
