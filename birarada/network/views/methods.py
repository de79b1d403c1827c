"""The method pool's pages.

- Public: the pool with its filters, a method's page (with the "we used it" reports), its attachments and its
  one-page PDF card. Only published methods; a draft is missing (404) for everyone here.
- An organization's contributors (CONTRIBUTE_PRACTICES, its own staff): its methods, writing and changing them,
  their attachments, and reporting that the organization used a published method.
- A network's editors (EDIT_OBSERVATORY in the network's workspace): the methods of its pool, publish/unpublish.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core import uploads
from birarada.core.access import (
    Workspace,
    access_workspace_by_slug,
    as_id,
    organizations_of,
    workspace_for,
)
from birarada.core.collation import sorted_turkish
from birarada.core.models import Organization
from birarada.core.types import AuthenticatedHttpRequest
from birarada.core.vocabulary import Ground
from birarada.discourse.normalise import casefold_tr
from birarada.events.access import events_visible_to, public_events
from birarada.events.models import Event
from birarada.events.module import VIEW_EVENTS
from birarada.network import methods as actions
from birarada.network.access import (
    access_method_by_id,
    methods_of,
    methods_to_review,
    network_workspace,
    networks_of,
    networks_user_may_open,
    not_a_network_workspace,
    public_method_by_slug,
    public_methods,
    public_practices,
)
from birarada.network.choices import LICENCE_URLS, PRACTICE_LANGUAGES, MethodStatus, PracticeStatus
from birarada.network.forms_methods import (
    MethodFileForm,
    MethodFilterForm,
    MethodForm,
    MethodUseForm,
    practice_title,
)
from birarada.network.method_card import duration, group_size, method_card_pdf
from birarada.network.models import Method, MethodFile, MethodUse
from birarada.network.module import CONTRIBUTE_PRACTICES, EDIT_OBSERVATORY

PAGE_SIZE = 20
T = "network/methods/"


# ---- shared by the pages -------------------------------------------------------------------------------

def _file_response(method: Method, item: MethodFile) -> FileResponse:
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:  # the row outlived its file (restored from a backup without media)
        raise Http404 from None
    return FileResponse(handle, content_type=item.content_type, as_attachment=True,
                        filename=f"{method.slug}-{item.pk}{uploads.extension_for(item.content_type)}")


def _file_of(method: Method, file_id: object) -> MethodFile:
    item = method.files.filter(pk=as_id(file_id)).first()
    if item is None:
        raise Http404
    return item


def _practice_url(slug: str) -> str | None:
    """The observatory's public page of a practice (None while that page is not installed)."""
    try:
        return reverse("network:practice", args=[slug])
    except NoReverseMatch:
        return None


def method_details(method: Method, *, file_url) -> dict[str, Any]:
    """What a method's page shows besides the method itself: facts in words, its files (`file_url(item)` gives
    each one's address), the published practices that use it and who developed it."""
    grounds = dict(Ground.choices)
    languages = dict(PRACTICE_LANGUAGES)
    practices = method.practices.filter(status=PracticeStatus.PUBLISHED).prefetch_related("texts")
    return {
        "grounds": [grounds[g] for g in method.grounds if g in grounds],
        "language_name": languages.get(method.language, method.language),
        "group_size": group_size(method),
        "duration": duration(method),
        "steps": actions.steps_of(method),
        "licence_url": LICENCE_URLS.get(method.licence),  # type: ignore[call-overload]
        "files": [{"item": f, "url": file_url(f), "kind": _kind_label(f.content_type)}
                  for f in method.files.order_by("uploaded_at", "pk")],
        "practices": sorted_turkish(({"title": practice_title(p), "city": p.city, "url": _practice_url(p.slug)}
                                     for p in practices), key=lambda p: p["title"]),
        "developers": sorted_turkish(method.developed_by.all(), key=lambda o: o.name),
    }


def _kind_label(content_type: str) -> str:
    return next((str(k.label) for k in uploads.KINDS if k.content_type == content_type), "")


def _contributor(user, slug: str) -> Workspace:
    return access_workspace_by_slug(user, slug, CONTRIBUTE_PRACTICES, member=True)


def _contributing_organizations(user) -> list[Organization]:
    """The organizations for which `user` may report a use (their own staff with CONTRIBUTE_PRACTICES)."""
    found = []
    for organization in organizations_of(user):
        workspace = workspace_for(user, organization)
        if workspace is not None and workspace.is_member and workspace.can(CONTRIBUTE_PRACTICES):
            found.append(organization)
    return found


# ---- public --------------------------------------------------------------------------------------------

@require_GET
def pool(request: HttpRequest) -> HttpResponse:
    form = MethodFilterForm(request.GET or None)
    rows = actions.with_ratings(public_methods()).select_related("owner")
    data: dict[str, Any] = {}
    if form.is_bound:
        form.is_valid()  # what is valid filters; what is not is said next to its field
        data = form.cleaned_data
    if data.get("duration"):
        rows = rows.filter(duration_minutes__isnull=False, duration_minutes__lte=data["duration"])
    if data.get("group"):
        size = data["group"]
        # A method without a bound on one side takes any group on that side.
        rows = rows.exclude(group_min__gt=size).exclude(group_max__lt=size)
    if data.get("language"):
        rows = rows.filter(language=data["language"])
    found = list(rows)
    if data.get("ground"):  # a JSON list: filtered in Python, portable to SQLite (the pool is small)
        found = [m for m in found if data["ground"] in m.grounds]
    if data.get("audience", "").strip():  # Turkish case rules (I/ı, İ/i, Ç/ç) on every database
        words = casefold_tr(data["audience"]).split()
        found = [m for m in found if all(word in casefold_tr(m.audience) for word in words)]
    found = sorted_turkish(found, key=lambda m: m.title)
    if data.get("sort") == "rating":
        # Best rated first (rated more often first among equals); methods without a rating last, by title.
        found.sort(key=lambda m: (getattr(m, "average_rating", None) is None,
                                  -(getattr(m, "average_rating", None) or 0), -getattr(m, "use_count", 0)))
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    grounds = dict(Ground.choices)
    for method in page.object_list:
        method.ground_names = [grounds[g] for g in method.grounds if g in grounds]
        method.group_text = group_size(method)
        method.duration_text = duration(method)
    return render(request, T + "pool.html", {"form": form, "page": page, "count": len(found)},
                  status=400 if form.is_bound and form.errors else 200)


@require_GET
def method(request: HttpRequest, slug: str) -> HttpResponse:
    found = public_method_by_slug(slug)
    uses = list(found.uses.select_related("organization", "event__organization").order_by("-used_on", "-pk"))
    event_ids = {u.event_id for u in uses if u.event_id}
    shown_events = set(public_events().filter(pk__in=event_ids).values_list("pk", flat=True)) if event_ids else set()
    for use in uses:
        # An event is named only when it is public: an invitation-only event stays unnamed.
        event = use.event if use.event_id in shown_events else None
        url = reverse("events:public_event", args=[event.organization.slug, event.slug]) if event else None
        use.public_event, use.event_url = event, url  # type: ignore[attr-defined]
    average = round(sum(u.rating for u in uses) / len(uses), 1) if uses else None
    return render(request, T + "method.html", {
        "method": found, "uses": uses, "average": average, "use_count": len(uses),
        "can_log_for": _contributing_organizations(request.user) if request.user.is_authenticated else [],
        **method_details(found, file_url=lambda f: reverse("network:method_file", args=[found.slug, f.pk]))})


@require_GET
def method_file(request: HttpRequest, slug: str, file_id: int) -> FileResponse:
    found = public_method_by_slug(slug)
    return _file_response(found, _file_of(found, file_id))


@require_GET
def method_card(request: HttpRequest, slug: str) -> HttpResponse:
    found = public_method_by_slug(slug)
    page_url = settings.SITE_URL.rstrip("/") + reverse("network:method", args=[found.slug])
    response = HttpResponse(method_card_pdf(found, page_url=page_url), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{found.slug}.pdf"'
    return response


# ---- an organization's contributors --------------------------------------------------------------------

@login_required
@require_GET
def my_methods(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = _contributor(request.user, slug)
    rows = list(actions.with_ratings(methods_of(workspace)).select_related("network").order_by("-updated_at", "pk"))
    uses = list(MethodUse.objects.filter(organization=workspace.organization).select_related("method", "event")
                .order_by("-used_on", "-pk")[:100])
    use_form = MethodUseForm(methods=public_methods(), events=Event.objects.none())
    return render(request, T + "mine.html", {
        "workspace": workspace, "methods": rows, "uses": uses, "use_form": use_form,
        "has_network": networks_of(workspace.organization).exists()})


def _method_form(workspace: Workspace, data=None, method: Method | None = None) -> MethodForm:
    return MethodForm(data, networks=networks_of(workspace.organization), practices=public_practices(),
                      developers=Organization.objects.on_platform().in_directory(), method=method)


@login_required
@require_http_methods(["GET", "POST"])
def method_create(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = _contributor(request.user, slug)
    has_network = networks_of(workspace.organization).exists()
    form = _method_form(workspace, request.POST or None)
    if request.method == "POST":
        if not has_network:
            form.add_error(None, _("Your organization belongs to no network yet. A method goes to the pool of a "
                                   "network: ask a network's coordinators to add your organization as a member."))
        elif form.is_valid():
            try:
                created = actions.do_create_method(workspace.organization, actor=request.user, **form.cleaned_data)
            except actions.MethodError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The method is saved as a draft. The network's editors publish it."))
                return redirect("network:method_edit", slug=slug, method_id=created.pk)
    return render(request, T + "edit.html", {"workspace": workspace, "form": form, "has_network": has_network},
                  status=400 if form.errors else 200)


def _edit_page(request, method: Method, workspace: Workspace, *, form=None, file_form=None,
               status: int = 200) -> HttpResponse:
    slug = workspace.organization.slug
    return render(request, T + "edit.html", {
        "workspace": workspace, "method": method, "has_network": True,
        "form": form or _method_form(workspace, method=method), "file_form": file_form or MethodFileForm(),
        **method_details(method, file_url=lambda f: reverse("network:my_method_file", args=[slug, method.pk, f.pk]))},
        status=status)


@login_required
@require_http_methods(["GET", "POST"])
def method_edit(request: AuthenticatedHttpRequest, slug: str, method_id: int) -> HttpResponse:
    found, workspace = access_method_by_id(request.user, slug, method_id)
    if request.method == "GET":
        return _edit_page(request, found, workspace)
    form = _method_form(workspace, request.POST, method=found)
    if form.is_valid():
        fields = dict(form.cleaned_data)
        if form.fields["network"].disabled:
            fields.pop("network")
        try:
            actions.do_update_method(found, actor=request.user, **fields)
        except actions.MethodError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The method is saved."))
            return redirect("network:method_edit", slug=slug, method_id=found.pk)
    return _edit_page(request, found, workspace, form=form, status=400)


@login_required
@require_POST
def method_file_add(request: AuthenticatedHttpRequest, slug: str, method_id: int) -> HttpResponse:
    found, workspace = access_method_by_id(request.user, slug, method_id)
    form = MethodFileForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            actions.do_add_method_file(found, title=form.cleaned_data["title"], upload=form.cleaned_data["file"],
                                       actor=request.user)
        except actions.MethodError as error:
            form.add_error("file", str(error))
        else:
            messages.success(request, _("The file is attached to the method."))
            return redirect("network:method_edit", slug=slug, method_id=found.pk)
    return _edit_page(request, found, workspace, file_form=form, status=400)


@login_required
@require_GET
def my_method_file(request: AuthenticatedHttpRequest, slug: str, method_id: int, file_id: int) -> FileResponse:
    found, _workspace = access_method_by_id(request.user, slug, method_id)
    return _file_response(found, _file_of(found, file_id))


@login_required
@require_POST
def method_file_remove(request: AuthenticatedHttpRequest, slug: str, method_id: int, file_id: int) -> HttpResponse:
    found, _workspace = access_method_by_id(request.user, slug, method_id)
    actions.do_remove_method_file(_file_of(found, file_id), actor=request.user)
    messages.success(request, _("The file was removed."))
    return redirect("network:method_edit", slug=slug, method_id=found.pk)


EVENTS_OFFERED_DAYS = 3 * 366  # how far back "at one of your events" offers events


def _own_events(workspace: Workspace):
    """The organization's own events that began in the last three years, for "at one of your events" (through
    the events module's access helper; none for a role that may not see the organization's events)."""
    if not workspace.can(VIEW_EVENTS):
        return Event.objects.none()
    now = timezone.now()
    return events_visible_to(workspace).filter(
        starts_at__lte=now, starts_at__gte=now - timedelta(days=EVENTS_OFFERED_DAYS)).order_by("-starts_at", "-pk")


@login_required
@require_http_methods(["GET", "POST"])
def method_use(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """"We used it": the organization reports a use of a published method (`?method=<slug>` chooses it)."""
    workspace = _contributor(request.user, slug)
    events = _own_events(workspace)
    if request.method == "POST":
        form = MethodUseForm(request.POST, methods=public_methods(), events=events)
        if form.is_valid():
            data = form.cleaned_data
            try:
                actions.do_log_method_use(data["method"], workspace.organization, used_on=data["used_on"],
                                          rating=data["rating"], report=data["report"], event=data.get("event"),
                                          actor=request.user)
            except actions.MethodError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Thank you: your report is on the method's page."))
                return redirect("network:method", slug=data["method"].slug)
    else:
        form = MethodUseForm(methods=public_methods(), events=events, initial={
            "method": request.GET.get("method", "")[:80], "used_on": timezone.localdate()})
    return render(request, T + "use.html", {"workspace": workspace, "form": form},
                  status=400 if form.errors else 200)


# ---- a network's editors -------------------------------------------------------------------------------

def _editor(user, slug: str) -> Workspace:
    return network_workspace(user, slug, EDIT_OBSERVATORY)


def _reviewed(user, slug: str, method_id: object) -> tuple[Method, Workspace]:
    return access_method_by_id(user, slug, method_id, review=True)


@login_required
@require_GET
def review_methods(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    try:
        workspace = _editor(request.user, slug)
    except Http404:
        # The menu offers this page to editors of any organization: outside a network, say where to go instead.
        own = not_a_network_workspace(request.user, slug, EDIT_OBSERVATORY)
        if own is None:
            raise
        return render(request, T + "review_elsewhere.html", {
            "workspace": own, "networks": networks_user_may_open(request.user, own.organization, EDIT_OBSERVATORY)})
    rows = list(actions.with_ratings(methods_to_review(workspace)).select_related("owner"))
    drafts = sorted(((m for m in rows if m.status == MethodStatus.DRAFT)), key=lambda m: m.updated_at, reverse=True)
    published = sorted_turkish((m for m in rows if m.status == MethodStatus.PUBLISHED), key=lambda m: m.title)
    return render(request, T + "review.html", {"workspace": workspace, "drafts": drafts, "published": published})


@login_required
@require_GET
def review_method(request: AuthenticatedHttpRequest, slug: str, method_id: int) -> HttpResponse:
    found, workspace = _reviewed(request.user, slug, method_id)
    return render(request, T + "review_method.html", {
        "workspace": workspace, "method": found,
        **method_details(found, file_url=lambda f: reverse("network:review_method_file",
                                                           args=[slug, found.pk, f.pk]))})


@login_required
@require_GET
def review_method_file(request: AuthenticatedHttpRequest, slug: str, method_id: int, file_id: int) -> FileResponse:
    found, _workspace = _reviewed(request.user, slug, method_id)
    return _file_response(found, _file_of(found, file_id))


def _decide(request: AuthenticatedHttpRequest, slug: str, method_id: int, *, publish: bool) -> HttpResponse:
    found, _workspace = _reviewed(request.user, slug, method_id)
    try:
        if publish:
            actions.do_publish_method(found, actor=request.user)
        else:
            actions.do_unpublish_method(found, actor=request.user)
    except actions.MethodError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The method is published.") if publish else
                         _("The method is no longer public: it is a draft of its organization again."))
    return redirect("network:review_method", slug=slug, method_id=found.pk)


@login_required
@require_POST
def publish_method(request: AuthenticatedHttpRequest, slug: str, method_id: int) -> HttpResponse:
    return _decide(request, slug, method_id, publish=True)


@login_required
@require_POST
def unpublish_method(request: AuthenticatedHttpRequest, slug: str, method_id: int) -> HttpResponse:
    return _decide(request, slug, method_id, publish=False)

