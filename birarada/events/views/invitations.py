"""Invitation-only events: the organizers upload the list of invitees (the event page shows it, each read audited);
an invitee's personal link opens the event and registers them, once."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from birarada.core import ratelimit
from birarada.core.types import AuthenticatedHttpRequest
from birarada.events import invitations
from birarada.events.access import access_event_by_id, with_counts
from birarada.events.actions import EventError
from birarada.events.choices import EventStatus
from birarada.events.forms import InvitationUploadForm, registration_form
from birarada.events.models import Event
from birarada.events.views.staff import _page


@login_required
@require_POST
def invite(request: AuthenticatedHttpRequest, slug: str, event_id: int) -> HttpResponse:
    """Upload a CSV of invitees: every row right and everyone is invited, or nothing is saved and the page lists
    what to correct."""
    found, workspace = access_event_by_id(request.user, slug, event_id, manage=True)
    if found.is_public:  # the page offers no upload for a public event
        messages.error(request, _("Invitations are for events that are not public."))
        return redirect("events:event", slug=slug, event_id=found.pk)
    form = InvitationUploadForm(request.POST, request.FILES)
    problems: list[tuple[int, str]] = []
    if form.is_valid():
        try:
            read = invitations.read_invitees(found, form.cleaned_data["file"].read(invitations.MAX_BYTES + 1))
            problems = read.errors
            if not problems:
                created = invitations.do_invite(found, read.invitees, language=form.cleaned_data["language"],
                                                actor=request.user)
                messages.success(request, ngettext("%(n)d person was invited; the invitation is being e-mailed.",
                                                   "%(n)d people were invited; the invitations are being e-mailed.",
                                                   len(created)) % {"n": len(created)})
                return redirect("events:event", slug=slug, event_id=found.pk)
        except invitations.UnreadableFile as error:
            form.add_error("file", str(error))
        except EventError as error:
            form.add_error(None, str(error))

    return _page(request, found, workspace, 400, invitation_form=form, invitation_problems=problems)


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """An invitee's personal page: the event, and a registration form prefilled from the invitation; once
    registered, the registration and its status."""
    found = invitations.invitation_for_token(token)
    if found is None:
        return render(request, "events/invitation.html", {"invitation": None}, status=404)
    event = with_counts(Event.objects.select_related("organization").prefetch_related("agenda")).get(
        pk=found.event_id)
    context: dict[str, Any] = {"invitation": found, "event": event,
                               "registration": invitations.active_registration(found)}
    open_ = (event.status == EventStatus.OPEN and event.ends_at >= timezone.now() and found.purged_at is None)
    if context["registration"] is not None or not open_:
        return render(request, "events/invitation.html", context)
    form = registration_form(event, request.POST or None, initial={
        "name": found.name, "email": found.email, "organization_name": found.organization_name})
    context["form"] = form
    if request.method == "POST":
        if not ratelimit.allow(request, "event-register", limit=30, window_seconds=3600):
            return render(request, "core/too_many.html", status=429)
        if form.is_valid():
            if form.cleaned_data["leave_empty"]:
                return render(request, "events/invitation.html", dict(context, form=None, pretend=True))
            try:
                registration, cancel_token = invitations.do_register_invitee(
                    found, name=form.cleaned_data["name"], contact=form.contact(),
                    organization_name=form.cleaned_data["organization_name"], needs=form.cleaned_data["needs"],
                    language=get_language() or "tr", **form.participation())
            except EventError as error:
                form.add_error(None, str(error))
            else:
                return render(request, "events/invitation.html", dict(
                    context, form=None, registration=registration, token=cancel_token, just_registered=True))
    return render(request, "events/invitation.html", context, status=400 if form.errors else 200)
