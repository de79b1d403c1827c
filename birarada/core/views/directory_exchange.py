"""Exchanging the partner directory with other cities: Open Referral HSDS export (public) and import (in a
workspace). The mapping is described in birarada/core/hsds.py.

Import is for the organization's administrators: it needs `edit_profile`, the capability that already decides
what an organization publishes in the directory, and the person must be one of the organization's own staff.

Between the preview and the confirmation the uploaded file is kept in the person's session (server side,
compressed), never in the page: the confirmation carries only the file's digest, which must match the kept
file, and the file is read and checked again against the directory as it is then.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from birarada.core import actions, hsds
from birarada.core.access import Capability, access_workspace_by_slug
from birarada.core.directory import listed_organizations, read_filters, search
from birarada.core.models import Organization
from birarada.core.types import AuthenticatedHttpRequest

SESSION_KEY = "directory_import"
SHOWN = 200  # names listed per group in the preview; the counts are always whole


def _exported(request: HttpRequest) -> list[Organization]:
    everything = listed_organizations()
    organizations = search(everything, read_filters(request.GET))
    listed = {o.pk: o for o in everything}
    for organization in organizations:
        # A parent is named only when it is listed too: looked up here, not one query per organization.
        organization.parent = listed.get(organization.parent_id) if organization.parent_id else None
    return organizations


def _filename(extension: str) -> str:
    return f"birarada-directory-{timezone.localdate().isoformat()}.{extension}"


@require_GET
def directory_hsds_json(request: HttpRequest) -> HttpResponse:
    """The listed organizations (with the directory page's filters) as an HSDS 3.0 JSON page."""
    document = hsds.json_document(_exported(request))
    response = HttpResponse(json.dumps(document, ensure_ascii=False, indent=1),
                            content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{_filename("json")}"'
    return response


@require_GET
def directory_hsds_csv(request: HttpRequest) -> HttpResponse:
    """The same as HSDS tabular CSV files with a datapackage.json, in a ZIP."""
    response = HttpResponse(hsds.zip_archive(_exported(request)), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{_filename("zip")}"'
    return response


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Directory file"),
        help_text=gettext_lazy("HSDS JSON (.json), a ZIP of HSDS CSV files (.zip), or one organizations.csv; at "
                               "most 5 MB and 5,000 organizations."),
    )


def _keep(request: HttpRequest, slug: str, name: str, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    request.session[SESSION_KEY] = {"slug": slug, "name": name[:200], "digest": digest,
                                    "data": base64.b64encode(zlib.compress(data, 6)).decode("ascii")}
    return digest


def _kept(request: HttpRequest, slug: str, digest: str) -> tuple[str, bytes] | None:
    kept = request.session.get(SESSION_KEY)
    if not isinstance(kept, dict) or kept.get("slug") != slug or kept.get("digest") != digest or not digest:
        return None
    try:
        data = zlib.decompress(base64.b64decode(kept["data"]), bufsize=hsds.MAX_BYTES + 1)
    except (zlib.error, ValueError, KeyError, TypeError):
        return None
    if len(data) > hsds.MAX_BYTES or hashlib.sha256(data).hexdigest() != digest:
        return None
    return kept["name"], data


@login_required
@require_http_methods(["GET", "POST"])
def directory_import(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, Capability.EDIT_PROFILE, member=True)
    context: dict[str, Any] = {"workspace": workspace, "form": ImportForm(), "preview": None,
                               "shown": SHOWN, "max_organizations": hsds.MAX_ORGANIZATIONS}
    if request.method == "GET":
        request.session.pop(SESSION_KEY, None)
        return render(request, "core/directory_import.html", context)
    if "confirm" in request.POST:
        return _confirm(request, workspace, context)
    form = ImportForm(request.POST, request.FILES)
    context["form"] = form
    if not form.is_valid():
        return render(request, "core/directory_import.html", context, status=400)
    upload = form.cleaned_data["file"]
    if upload.size is not None and upload.size > hsds.MAX_BYTES:
        form.add_error("file", _("The file is larger than %(mb)s MB.") % {"mb": hsds.MAX_BYTES // (1024 * 1024)})
        return render(request, "core/directory_import.html", context, status=400)
    data = upload.read(hsds.MAX_BYTES + 1)
    try:
        preview = hsds.preview_file(upload.name or "", data)
    except hsds.ImportFileError as error:
        form.add_error("file", str(error))
        return render(request, "core/directory_import.html", context, status=400)
    context["preview"] = preview
    if preview.ok:
        context["digest"] = _keep(request, slug, upload.name or "", data)
    else:
        request.session.pop(SESSION_KEY, None)
    return render(request, "core/directory_import.html", context, status=200 if preview.ok else 400)


def _confirm(request: AuthenticatedHttpRequest, workspace, context: dict[str, Any]) -> HttpResponse:
    slug = workspace.organization.slug
    kept = _kept(request, slug, request.POST.get("digest", ""))
    if kept is None:
        messages.error(request, _("The preview is no longer available; please upload the file again."))
        return redirect("core:directory_import", slug=slug)
    name, data = kept
    try:
        preview = hsds.preview_file(name, data)  # checked again: the directory may have changed meanwhile
    except hsds.ImportFileError as error:
        request.session.pop(SESSION_KEY, None)
        context["form"].add_error("file", str(error))
        return render(request, "core/directory_import.html", context, status=400)
    if not preview.ok:
        request.session.pop(SESSION_KEY, None)
        context["preview"] = preview
        return render(request, "core/directory_import.html", context, status=400)
    try:
        counts = actions.do_import_directory(
            workspace.organization, actor=request.user, skipped=len(preview.skipped),
            creates=[change.values for change in preview.creates],
            updates=[(change.organization.pk, change.values) for change in preview.updates
                     if change.organization is not None])
    except (ValidationError, IntegrityError):
        messages.error(request, _("The directory changed while you looked at the preview, so nothing was saved. "
                                  "Upload the file again to see what it would change now."))
        request.session.pop(SESSION_KEY, None)
        return redirect("core:directory_import", slug=slug)
    request.session.pop(SESSION_KEY, None)
    messages.success(request, _("The directory was updated: %(created)s new, %(updated)s changed.")
                     % {"created": counts["created"], "updated": counts["updated"]})
    return redirect("core:directory_import", slug=slug)
