"""The communications checker: a draft in, inclusive-language findings and hateful passages out."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from birarada.core.access import access_workspace_by_slug
from birarada.core.types import AuthenticatedHttpRequest
from birarada.core.vocabulary import Ground
from birarada.monitoring.analysis import check_draft
from birarada.monitoring.forms import DraftForm
from birarada.monitoring.module import CHECK_COMMUNICATIONS


@login_required
@require_http_methods(["GET", "POST"])
def checker(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, CHECK_COMMUNICATIONS)
    form = DraftForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        # One draft, analysed while the officer waits: short, and nothing is stored.
        result = check_draft(form.cleaned_data["text"])
        labels = dict(Ground.choices)
        for finding in result["findings"]:
            finding["ground_label"] = labels.get(finding["ground"], finding["ground"])
    status = 400 if request.method == "POST" and not form.is_valid() else 200
    return render(request, "monitoring/checker.html", {"workspace": workspace, "form": form, "result": result},
                  status=status)
