"""The unit's side: its events, one event with agenda, registrants, attendance and certificates."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core.access import Workspace, access_workspace_by_slug
from birarada.core.actions import record_audit
from birarada.core.modules import references_to
from birarada.core.types import AuthenticatedHttpRequest
from birarada.events import actions
from birarada.events.access import access_event_by_id, events_visible_to, invitations_of, registrations_of
from birarada.events.forms import AgendaForm, EventForm, InvitationUploadForm
from birarada.events.models import Event
from birarada.events.module import MANAGE_EVENTS, VIEW_EVENTS


@login_required
@require_http_methods(["GET", "POST"])
def events(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, VIEW_EVENTS)
    can_manage = workspace.can(MANAGE_EVENTS) and workspace.is_member
    form = EventForm(request.POST or None)
    if request.method == "POST":
        if not can_manage:
            raise Http404
        if form.is_valid():
            try:
                event = actions.do_create_event(workspace.organization, actor=request.user, **form.cleaned_data)
            except actions.EventError as error:
                form.add_error(None, str(error))
            else:
                return redirect("events:event", slug=slug, event_id=event.pk)
    rows = events_visible_to(workspace).order_by("-starts_at")[:200]
    return render(request, "events/events.html", {"workspace": workspace, "events": rows, "form": form,
                                                  "can_manage": can_manage}, status=400 if form.errors else 200)


def invitation_context(request: AuthenticatedHttpRequest, event: Event, workspace: Workspace,
                       can_manage: bool) -> dict[str, Any]:
    """For the staff event page of an invitation-only event: the invitees (reading them is recorded) and the
    upload form."""
    if not can_manage or event.is_public:
        return {}
    rows = list(invitations_of(event, workspace))
    record_audit(actor=request.user, verb="event.invitations_view", organization=event.organization, target=event,
                 changes={"invitations": len(rows)})
    return {"invitations": rows, "invitation_form": InvitationUploadForm(), "invitation_problems": []}


def _page(request, event, workspace, code=200, agenda_form=None, **extra):
    can_manage = workspace.can(MANAGE_EVENTS) and workspace.is_member
    registrants = None
    if can_manage:
        registrants = list(registrations_of(event, workspace))
        # Reading registrants' names and contacts is recorded (who looked, when).
        record_audit(actor=request.user, verb="event.registrants_view", organization=event.organization,
                     target=event, changes={"registrations": len(registrants)})
    # What other modules record about this event (the needs-assessment study it is part of…).
    references = references_to("events.Event", [event.pk], workspace).get(event.pk, [])
    return render(request, "events/event.html", {
        "workspace": workspace, "event": event, "can_manage": can_manage, "registrants": registrants,
        "references": references,
        "agenda_form": agenda_form or AgendaForm(), **invitation_context(request, event, workspace, can_manage),
        **extra}, status=code)


@login_required
@require_GET
def event(request: AuthenticatedHttpRequest, slug: str, event_id: int) -> HttpResponse:
    found, workspace = access_event_by_id(request.user, slug, event_id)
    return _page(request, found, workspace)


@login_required
@require_POST
def event_change(request: AuthenticatedHttpRequest, slug: str, event_id: int, what: str) -> HttpResponse:
    found, workspace = access_event_by_id(request.user, slug, event_id, manage=True)
    try:
        if what == "agenda":
            form = AgendaForm(request.POST)
            if not form.is_valid():
                return _page(request, found, workspace, 400, agenda_form=form)
            actions.do_add_agenda_item(found, actor=request.user, **form.cleaned_data)
        elif what == "attendance":
            ids = {int(v) for v in request.POST.getlist("attended") if v.isdigit()}
            actions.do_record_attendance(found, ids, actor=request.user)
        elif what == "certificates":
            issued = actions.do_issue_certificates(found, actor=request.user)
            messages.success(request, _("%(n)d certificates were issued.") % {"n": issued})
            return redirect("events:event", slug=slug, event_id=found.pk)
        elif what == "cancel":
            actions.do_cancel_event(found, actor=request.user)
        else:
            raise Http404
    except actions.EventError as error:
        messages.error(request, str(error))
        return redirect("events:event", slug=slug, event_id=found.pk)
    messages.success(request, _("Saved."))
    return redirect("events:event", slug=slug, event_id=found.pk)
