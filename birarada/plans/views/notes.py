"""Civil-society monitoring: partners write observations on the actions of adopted plans; the unit's moderators
publish them (or not) and may answer in public."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core.access import access_workspace_by_slug
from birarada.core.types import AuthenticatedHttpRequest
from birarada.plans import actions
from birarada.plans.access import (
    access_note_by_id,
    note_writer_workspace,
    notes_to_moderate,
    public_action_by_id,
    public_plans,
)
from birarada.plans.forms import ModerationForm, NoteForm
from birarada.plans.module import MODERATE_PLAN_NOTES


@login_required
@require_http_methods(["GET", "POST"])
def write_note(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """Choose an action of an adopted plan (GET ?action=…) and write an observation on it."""
    workspace = note_writer_workspace(request.user, slug)
    action = None
    wanted = request.POST.get("action") or request.GET.get("action")
    if wanted:
        action = public_action_by_id(wanted)
    form = NoteForm(request.POST or None, initial={"action": action.pk if action else None})
    if request.method == "POST" and action is not None and form.is_valid():
        data = form.cleaned_data
        try:
            actions.do_add_monitoring_note(action, author_organization=workspace.organization, text=data["text"],
                                           rating=data["rating"], evidence_link=data["evidence_link"],
                                           actor=request.user)
        except actions.PlanError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Thank you. Your observation is published after a moderator reads it."))
            return redirect("plans:write_note", slug=slug)
    plans = [] if action else list(public_plans().prefetch_related("objectives__actions"))
    return render(request, "plans/write_note.html", {"workspace": workspace, "action": action, "form": form,
                                                     "plans": plans},
                  status=400 if request.method == "POST" else 200)


@login_required
@require_GET
def notes(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, MODERATE_PLAN_NOTES, member=True)
    return render(request, "plans/notes.html", {"workspace": workspace, "notes": notes_to_moderate(workspace)[:200],
                                                "form": ModerationForm()})


@login_required
@require_POST
def moderate_note(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    form = ModerationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether to publish the note."))
        return redirect("plans:notes", slug=slug)
    note, _workspace = access_note_by_id(request.user, slug, form.cleaned_data["note"])
    actions.do_moderate_note(note, publish=form.cleaned_data["decision"] == "publish",
                             answer=form.cleaned_data["answer"], actor=request.user)
    messages.success(request, _("Saved."))
    return redirect("plans:notes", slug=slug)
