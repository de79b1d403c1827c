import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core import actions
from birarada.core.access import (
    Capability,
    access_membership_by_id,
    access_workspace_by_slug,
    audit_events_visible_to,
    organizations_of,
    subunits_visible_to,
)
from birarada.core.figures import csv_response
from birarada.core.forms import AddMemberForm, AuditFilterForm, OrganizationProfileForm
from birarada.core.models import AuditEvent, Membership, Organization, WorkerHeartbeat
from birarada.core.modules import audit_verb_labels
from birarada.core.types import AuthenticatedHttpRequest

SESSION_KEY = "workspace_slug"


@login_required
@require_GET
def workspace_index(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Send a person to the workspace they used last, or to their first organization."""
    organizations = organizations_of(request.user)
    if not organizations:
        return render(request, "core/no_workspace.html")
    last = request.session.get(SESSION_KEY)
    chosen = next((o for o in organizations if o.slug == last), None) or _where_they_last_worked(
        request.user, organizations) or organizations[0]
    return redirect("core:workspace_home", slug=chosen.slug)


def _where_they_last_worked(user: User, organizations: list[Organization]) -> Organization | None:
    """The organization of the person's latest recorded work (audit log), among theirs; None if none yet."""
    by_id = {o.pk: o for o in organizations}
    latest = (AuditEvent.objects.filter(actor=user, organization__in=list(by_id)).exclude(verb="auth.sign_in")
              .order_by("-at", "-pk").values_list("organization_id", flat=True).first())
    return by_id.get(latest) if latest is not None else None


@login_required
@require_GET
def workspace_home(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug)
    request.session[SESSION_KEY] = slug
    has_subunits = workspace.organization.children.exists()
    return render(request, "core/workspace_home.html", {"workspace": workspace, "has_subunits": has_subunits})


@login_required
@require_GET
def members(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, Capability.VIEW_MEMBERS)
    rows = Membership.objects.filter(organization=workspace.organization).select_related("user").order_by(
        "user__username", "role"
    )
    return render(
        request,
        "core/members.html",
        {"workspace": workspace, "memberships": rows, "form": AddMemberForm()},
    )


@login_required
@require_POST
def member_add(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, Capability.MANAGE_MEMBERS)
    form = AddMemberForm(request.POST)
    if form.is_valid():
        actions.do_add_membership(
            workspace.organization, form.cleaned_data["person"], form.cleaned_data["role"], actor=request.user
        )
        messages.success(request, _("The member was added."))
        return redirect("core:members", slug=slug)
    rows = Membership.objects.filter(organization=workspace.organization).select_related("user")
    return render(
        request, "core/members.html", {"workspace": workspace, "memberships": rows, "form": form}, status=400
    )


@login_required
@require_POST
def member_remove(request: AuthenticatedHttpRequest, slug: str, membership_id: int) -> HttpResponse:
    membership, workspace = access_membership_by_id(request.user, slug, membership_id)
    if membership.user == request.user and membership.role == "admin":
        others = Membership.objects.filter(organization=workspace.organization, role="admin").exclude(
            user=request.user
        )
        if not others.exists():
            messages.error(request, _("You are the last administrator; add another one before you leave."))
            return redirect("core:members", slug=slug)
    actions.do_remove_membership(membership, actor=request.user)
    messages.success(request, _("The membership was removed."))
    return redirect("core:members", slug=slug)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, Capability.EDIT_PROFILE)
    organization = workspace.organization
    form = OrganizationProfileForm(request.POST or None, instance=organization)
    if request.method == "POST" and form.is_valid():
        # The form only validates; the action function saves and writes the audit row.
        organization.refresh_from_db()
        actions.do_update_organization_profile(organization, actor=request.user, **form.cleaned_data)
        messages.success(request, _("The profile was saved."))
        return redirect("core:profile", slug=slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "core/profile.html", {"workspace": workspace, "form": form}, status=status)


@login_required
@require_GET
def audit_log(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, Capability.VIEW_AUDIT_LOG)
    verbs = audit_verb_labels()
    form = AuditFilterForm(request.GET or None, verbs=verbs)
    events = audit_events_visible_to(workspace)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["who"]:
            events = events.filter(actor_name__iexact=data["who"].strip())
        if data["action"]:
            events = events.filter(verb=data["action"])
        if data["target"]:
            events = events.filter(target_label__icontains=data["target"].strip())
        if data["since"]:
            events = events.filter(at__date__gte=data["since"])
        if data["until"]:
            events = events.filter(at__date__lte=data["until"])
    elif form.is_bound:
        events = events.none()
    if request.GET.get("format") == "csv":
        actions.record_audit_export(workspace.organization, actor=request.user,
                                    filters={k: str(v) for k, v in (form.cleaned_data if form.is_bound and
                                                                    form.is_valid() else {}).items() if v})
        rows = ((e.at.isoformat(), e.actor_name, e.verb, str(e.description), e.target_type, e.target_id,
                 e.target_label, json.dumps(e.changes, ensure_ascii=False)) for e in events.iterator(2000))
        return csv_response(f"audit-{slug}-{timezone.localdate().isoformat()}.csv",
                            ["at", "who", "action", "description", "object_type", "object_id", "object", "changes"],
                            rows)
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    return render(request, "core/audit_log.html", {"workspace": workspace, "page": page, "form": form,
                                                   "filtered": form.is_bound})


@login_required
@require_GET
def units(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, Capability.VIEW_SUBUNITS)
    subunits = subunits_visible_to(workspace)
    staff_counts = dict(
        Membership.objects.filter(organization__in=subunits)
        .values_list("organization")
        .annotate(n=Count("user", distinct=True))
    )
    rows = [(unit, staff_counts.get(unit.pk, 0)) for unit in subunits]
    return render(request, "core/units.html", {"workspace": workspace, "rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def system(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """Shows whether the background worker answers; a POST asks it to."""
    workspace = access_workspace_by_slug(request.user, slug, Capability.CHECK_SYSTEM)
    if request.method == "POST":
        try:
            actions.do_request_worker_heartbeat(workspace.organization, actor=request.user)
        except IntegrityError:
            messages.error(request, _("The request could not be saved; please try again."))
        if not request.htmx:
            return redirect("core:system", slug=slug)
    heartbeats = WorkerHeartbeat.objects.all()[:5]
    if request.htmx:
        return render(request, "core/_heartbeats.html", {"workspace": workspace, "heartbeats": heartbeats})
    from birarada.core import queue_status

    return render(request, "core/system.html", {
        "workspace": workspace, "heartbeats": heartbeats, "backend": queue_status.backend_name(),
        "queues": queue_status.queue_statuses(), "workers": queue_status.worker_statuses()})
