"""Sources: feeds with their health, exports to import, texts to paste."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from birarada.core.types import AuthenticatedHttpRequest
from birarada.monitoring import actions
from birarada.monitoring.access import (
    access_source_by_id,
    imports_visible_to,
    moderation_workspace,
    sources_visible_to,
)
from birarada.monitoring.forms import ExportForm, FeedForm, PasteForm
from birarada.monitoring.models import SourceKind


def _page(request, workspace, status=200, **forms):
    page = Paginator(sources_visible_to(workspace).order_by("kind", "name", "pk"), 50).get_page(
        request.GET.get("page"))
    context = {
        "workspace": workspace,
        "sources": page,
        "page": page,
        "imports": imports_visible_to(workspace).select_related("source").defer("content")[:10],
        "feed_form": forms.get("feed_form") or FeedForm(),
        "paste_form": forms.get("paste_form") or PasteForm(),
        "export_form": forms.get("export_form") or ExportForm(),
    }
    return render(request, "monitoring/sources.html", context, status=status)


@login_required
@require_GET
def sources(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = moderation_workspace(request.user, slug)
    return _page(request, workspace)


@login_required
@require_POST
def feed_add(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = moderation_workspace(request.user, slug)
    form = FeedForm(request.POST)
    if not form.is_valid():
        return _page(request, workspace, status=400, feed_form=form)
    source, created = actions.do_add_feed_source(
        workspace.organization, url=form.cleaned_data["url"], name=form.cleaned_data["name"],
        interval_minutes=form.cleaned_data["interval_minutes"], actor=request.user,
    )
    if created:
        actions.do_request_poll(source, actor=request.user)
        messages.success(request, _("The feed was added; a worker reads it in a moment."))
    else:
        messages.success(request, _("This feed is already watched."))
    return redirect("monitoring:sources", slug=slug)


@login_required
@require_POST
def source_poll(request: AuthenticatedHttpRequest, slug: str, source_id: int) -> HttpResponse:
    source, _workspace = access_source_by_id(request.user, slug, source_id)
    if source.kind == SourceKind.FEED:
        actions.do_request_poll(source, actor=request.user)
        messages.success(request, _("A worker reads the feed in a moment."))
    return redirect("monitoring:sources", slug=slug)


@login_required
@require_POST
def source_toggle(request: AuthenticatedHttpRequest, slug: str, source_id: int) -> HttpResponse:
    source, _workspace = access_source_by_id(request.user, slug, source_id)
    actions.do_set_source_active(source, not source.active, actor=request.user)
    messages.success(request, _("The source is watched again.") if source.active else _("The source is paused."))
    return redirect("monitoring:sources", slug=slug)


@login_required
@require_POST
def paste(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = moderation_workspace(request.user, slug)
    form = PasteForm(request.POST)
    if not form.is_valid():
        return _page(request, workspace, status=400, paste_form=form)
    added = actions.do_paste_text(workspace.organization, form.cleaned_data["text"], actor=request.user,
                                  source_name=_("Pasted texts"))
    if added:
        messages.success(request, _("The text was added; it appears in the review queue once analysed."))
    else:
        messages.success(request, _("This text is already in the monitoring data."))
    return redirect("monitoring:sources", slug=slug)


@login_required
@require_POST
def export_upload(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = moderation_workspace(request.user, slug)
    form = ExportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, workspace, status=400, export_form=form)
    upload = form.cleaned_data["file"]
    actions.do_upload_export(
        workspace.organization, source_name=form.cleaned_data["source_name"], file_name=upload.name,
        content=upload.read(), mapping=form.mapping(), actor=request.user,
    )
    messages.success(request, _("The file was received; a worker imports and analyses it."))
    return redirect("monitoring:sources", slug=slug)
