"""The review queue: items ordered by hatefulness × reach, reviewed one by one or in bulk."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core.types import AuthenticatedHttpRequest
from birarada.monitoring import actions
from birarada.monitoring.access import (
    access_item_by_id,
    access_items_by_ids,
    items_visible_to,
    moderation_workspace,
    review_of,
    reviews_visible_to,
    sources_visible_to,
)
from birarada.monitoring.forms import BulkReviewForm, ReviewForm
from birarada.monitoring.quality import engine_quality
from birarada.monitoring.vocabulary import Label

PAGE_SIZE = 50
SHOW = {"flagged": "flagged", "hateful": "engine_hateful", "all": None}


def _queue(workspace, show: str, source_id: int | None):
    items = items_visible_to(workspace).in_queue()
    if source_id:
        items = items.filter(source_id=source_id)
    method = SHOW.get(show)
    if method:
        items = getattr(items, method)()
    return items


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@login_required
@require_GET
def queue(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = moderation_workspace(request.user, slug)
    show = request.GET.get("show", "")
    if show not in SHOW:
        show = "flagged"
    source_id = _int(request.GET.get("source"))
    page = max(1, _int(request.GET.get("page")) or 1)
    # No COUNT(*) over the whole queue: one row more than a page tells whether there is a next page.
    rows = list(_queue(workspace, show, source_id).select_related("source")
                .defer("analysis")[(page - 1) * PAGE_SIZE:page * PAGE_SIZE + 1])
    context = {
        "workspace": workspace, "items": rows[:PAGE_SIZE], "has_next": len(rows) > PAGE_SIZE, "page": page,
        "show": show, "source_id": source_id, "bulk_form": BulkReviewForm(),
        "sources": sources_visible_to(workspace).only("pk", "name"),
        "show_choices": [("flagged", _("Hateful or offensive")), ("hateful", _("Hateful")), ("all", _("All"))],
    }
    return render(request, "monitoring/queue.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def item_review(request: AuthenticatedHttpRequest, slug: str, item_id: int) -> HttpResponse:
    item, workspace = access_item_by_id(request.user, slug, item_id)
    review = review_of(item)
    if review is not None:
        initial = {"label": review.label, "grounds": review.grounds, "types": review.types, "note": review.note,
                   **{f: getattr(review, f) for f in ("context", "speaker", "intent", "content_form", "extent",
                                                      "likelihood")}}
    else:
        initial = {"label": item.engine_label or Label.NONE, "grounds": item.engine_grounds,
                   "types": item.engine_types}
    form = ReviewForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        actions.do_review_item(item, label=data["label"], grounds=data["grounds"], types=data["types"],
                               ratings=form.ratings(), note=data["note"], actor=request.user)
        messages.success(request, _("Your review was saved."))
        following = items_visible_to(workspace).in_queue().flagged().first()
        if following is not None and request.POST.get("next") != "queue":
            return redirect("monitoring:item", slug=slug, item_id=following.pk)
        return redirect("monitoring:queue", slug=slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "monitoring/item.html",
                  {"workspace": workspace, "item": item, "review": review, "form": form}, status=status)


@login_required
@require_POST
def bulk_review(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    moderation_workspace(request.user, slug)
    ids = [i for i in (_int(v) for v in request.POST.getlist("items")) if i is not None]
    form = BulkReviewForm(request.POST, item_ids=ids)
    if not ids or not form.is_valid():
        messages.error(request, _("Choose at least one item and an action."))
        return redirect("monitoring:queue", slug=slug)
    items, _workspace = access_items_by_ids(request.user, slug, form.cleaned_data["items"])
    done = actions.do_review_items_in_bulk(items, decision=form.cleaned_data["decision"], actor=request.user)
    messages.success(request, _("%(n)d items were reviewed.") % {"n": done})
    back = request.POST.get("back", "")
    queue_url = reverse("monitoring:queue", args=[slug])
    # Back to the same filtered page of the queue; only ever to the queue itself.
    return redirect(back if back.startswith(queue_url + "?") or back == queue_url else queue_url)


@login_required
@require_GET
def quality(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = moderation_workspace(request.user, slug)
    return render(request, "monitoring/quality.html",
                  {"workspace": workspace, **engine_quality(workspace.organization)})


@login_required
@require_GET
def labelled_data(request: AuthenticatedHttpRequest, slug: str) -> StreamingHttpResponse:
    """Reviewer decisions as JSON lines, for retraining the engine (text, label, grounds, types)."""
    workspace = moderation_workspace(request.user, slug)
    actions.record_labelled_data_export(workspace.organization, actor=request.user,
                                        rows=reviews_visible_to(workspace).count())
    reviews = (reviews_visible_to(workspace).select_related("item")
               .order_by("pk").iterator(chunk_size=1000))

    def lines():
        for review in reviews:
            yield json.dumps({"text": review.item.text, "lang": review.item.lang, "label": review.label,
                              "grounds": review.grounds, "types": review.types, "severity": review.severity,
                              "engine_label": review.engine_label, "model_version": review.model_version,
                              "reviewed_at": review.reviewed_at.isoformat()}, ensure_ascii=False) + "\n"

    response = StreamingHttpResponse(lines(), content_type="application/x-ndjson; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="labelled-{workspace.organization.slug}-{stamp}.jsonl"'
    return response
