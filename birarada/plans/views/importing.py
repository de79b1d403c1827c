"""Importing a plan, or the month's budget execution, from a spreadsheet: upload, preview, apply."""

import base64
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from birarada.core.types import AuthenticatedHttpRequest
from birarada.plans import actions, imports
from birarada.plans.access import access_plan_by_id

SALT = "birarada.plans.import"


class UploadForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("What the file holds"), choices=[
        ("plan", gettext_lazy("Objectives, actions and budgets (one row per action and year)")),
        ("execution", gettext_lazy("The month's budget execution from the finance directorate")),
    ], widget=forms.RadioSelect, initial="plan")
    file = forms.FileField(label=gettext_lazy("CSV or Excel (.xlsx) file"))
    reason = forms.CharField(label=gettext_lazy("Why the adopted plan changes"), required=False, max_length=500,
                             help_text=gettext_lazy("Needed for an adopted plan when the file adds objectives, "
                                                    "actions or allocations."))


@login_required
@require_http_methods(["GET", "POST"])
def plan_import(request: AuthenticatedHttpRequest, slug: str, plan_id: int) -> HttpResponse:
    found, workspace = access_plan_by_id(request.user, slug, plan_id, edit=True)
    context: dict[str, Any] = {"workspace": workspace, "plan": found, "form": UploadForm(), "preview": None}
    if request.method == "POST" and "token" in request.POST:
        # Apply what was previewed: the file travels back signed, so it cannot be changed in between.
        try:
            payload = signing.loads(request.POST["token"], salt=SALT, max_age=3600)
        except signing.BadSignature:
            messages.error(request, _("The preview expired; please upload the file again."))
            return redirect("plans:plan_import", slug=slug, plan_id=found.pk)
        preview = imports.read(found, payload["name"], base64.b64decode(payload["data"]), kind=payload["kind"])
        try:
            written = imports.apply(found, preview, actor=request.user, reason=payload["reason"])
        except actions.PlanError as error:
            messages.error(request, str(error))
            return redirect("plans:plan_import", slug=slug, plan_id=found.pk)
        messages.success(request, _("%(n)d rows were imported.") % {"n": written})
        return redirect("plans:plan", slug=slug, plan_id=found.pk)
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read(imports.MAX_BYTES + 1)
            try:
                preview = imports.read(found, upload.name, data, kind=form.cleaned_data["kind"])
            except imports.UnreadableFile as error:
                form.add_error("file", str(error))
            else:
                context["preview"] = preview
                if preview.ok:
                    context["token"] = signing.dumps({
                        "name": upload.name[:200], "kind": form.cleaned_data["kind"],
                        "reason": form.cleaned_data["reason"], "data": base64.b64encode(data).decode()}, salt=SALT)
        status = 400 if form.errors or (context["preview"] and not context["preview"].ok) else 200
        return render(request, "plans/import.html", context, status=status)
    return render(request, "plans/import.html", context)
