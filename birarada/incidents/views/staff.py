"""The unit's side: triage queue, case file, handling actions, statistics."""

from typing import Any, cast

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.forms import ChoiceField, Form
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_POST

from birarada.core.access import Capability, Workspace, access_workspace_by_slug, history_of
from birarada.core.collation import sorted_turkish
from birarada.core.figures import csv_response
from birarada.core.models import Organization, Role
from birarada.core.types import AuthenticatedHttpRequest
from birarada.incidents import actions
from birarada.incidents import evidence as evidence_files
from birarada.incidents.access import (
    access_case_by_id,
    access_evidence_by_id,
    cases_counted_for,
    cases_visible_to,
    transfer_destinations,
)
from birarada.incidents.choices import TRANSITIONS, CaseStatus, MessageDirection
from birarada.incidents.forms import (
    AssignForm,
    DeadlineForm,
    MessageForm,
    NoteForm,
    ReferralForm,
    StatusForm,
    TransferForm,
)
from birarada.incidents.models import Case
from birarada.incidents.module import HANDLE_CASES
from birarada.incidents.statistics import case_statistics

QUEUE_PAGE = 50
QUEUE_FILTERS = {
    "open": lambda qs, user: qs.open(),
    "replied": lambda qs, user: qs.filter(unread_replies__gt=0),
    "unassigned": lambda qs, user: qs.open().filter(assigned_to__isnull=True),
    "mine": lambda qs, user: qs.open().filter(assigned_to=user),
    "overdue": lambda qs, user: qs.open().filter(due_on__lt=timezone.localdate()),
    "finished": lambda qs, user: qs.finished(),
}


def _case_workers(organization: Organization) -> QuerySet[User]:
    return get_user_model().objects.filter(
        memberships__organization=organization,
        memberships__role__in=[Role.CASE_WORKER, Role.COORDINATOR, Role.ADMIN],
        is_active=True,
    ).distinct().order_by("username")


def _partners() -> QuerySet[Organization]:
    """Organizations that can receive a referral: partners that use the platform, so someone can read it."""
    return Organization.objects.on_platform().partners()


@login_required
@require_GET
def queue(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, HANDLE_CASES, member=True)
    chosen = request.GET.get("show", "open")
    chosen = chosen if chosen in QUEUE_FILTERS else "open"
    unread = Count("messages", filter=Q(messages__direction=MessageDirection.FROM_REPORTER,
                                        messages__read_at__isnull=True))
    cases = QUEUE_FILTERS[chosen](cases_visible_to(workspace).annotate(unread_replies=unread), request.user)
    cases = cases.select_related("assigned_to").order_by("due_on", "received_at", "pk")
    page = Paginator(cases, QUEUE_PAGE).get_page(request.GET.get("page"))
    return render(request, "incidents/queue.html", {
        "workspace": workspace, "cases": page, "page": page, "chosen": chosen, "filters": list(QUEUE_FILTERS),
        "today": timezone.localdate(),
    })


@login_required
@require_GET
def case_detail(request: AuthenticatedHttpRequest, slug: str, case_id: int) -> HttpResponse:
    case, workspace = access_case_by_id(request.user, slug, case_id)
    return _render_case(request, workspace, case)


def _case_context(workspace: Workspace, case: Case, **forms: Form) -> dict[str, Any]:
    next_statuses = [(s, label) for s, label in CaseStatus.choices if s in TRANSITIONS[case.status]]
    status_form = forms.get("status_form") or StatusForm(initial={"status": next_statuses[0][0]})
    cast(ChoiceField, status_form.fields["status"]).choices = next_statuses
    return {
        "workspace": workspace, "case": case,
        "notes": case.notes.select_related("author"),
        "messages_list": case.messages.select_related("author"),
        "evidence": case.evidence.all(),
        "referrals": case.referrals.select_related("partner"),
        "status_form": status_form,
        "assign_form": forms.get("assign_form") or AssignForm(
            case_workers=_case_workers(case.organization),
            initial={"assignee": str(case.assigned_to_id or "")}),
        "deadline_form": forms.get("deadline_form") or DeadlineForm(initial={"due_on": case.due_on}),
        "note_form": forms.get("note_form") or NoteForm(),
        "message_form": forms.get("message_form") or MessageForm(),
        "history": history_of(case),
        "transfer_form": forms.get("transfer_form") or TransferForm(destinations=transfer_destinations(case)),
        "referral_form": forms.get("referral_form") or ReferralForm(
            partners=sorted_turkish(_partners(), key=lambda o: o.name)),
    }


def _render_case(request: AuthenticatedHttpRequest, workspace: Workspace, case: Case, status: int = 200,
                 **forms: Form) -> HttpResponse:
    """The one way the case file (narrative, contact, notes, messages) is shown: every render is audited,
    whether it answers a GET or re-shows the page with a form error."""
    actions.record_case_view(case, actor=request.user)
    return render(request, "incidents/case_detail.html", _case_context(workspace, case, **forms), status=status)


def _invalid(request: AuthenticatedHttpRequest, workspace: Workspace, case: Case, **forms: Form) -> HttpResponse:
    return _render_case(request, workspace, case, status=400, **forms)


@login_required
@sensitive_post_parameters()
@require_POST
def case_action(request: AuthenticatedHttpRequest, slug: str, case_id: int, action: str) -> HttpResponse:
    """One endpoint per handling step; each validates its own small form and calls one action function."""
    case, workspace = access_case_by_id(request.user, slug, case_id)
    actor = request.user
    form: Form
    if action == "status":
        form = StatusForm(request.POST)
        cast(ChoiceField, form.fields["status"]).choices = [
            (s, label) for s, label in CaseStatus.choices if s in TRANSITIONS[case.status]]
        if not form.is_valid():
            return _invalid(request, workspace, case, status_form=form)
        actions.do_change_case_status(case, form.cleaned_data["status"], reason=form.cleaned_data["reason"],
                                      actor=actor)
    elif action == "assign":
        form = AssignForm(request.POST, case_workers=_case_workers(case.organization))
        if not form.is_valid():
            return _invalid(request, workspace, case, assign_form=form)
        pk = form.cleaned_data["assignee"]
        assignee = _case_workers(case.organization).get(pk=pk) if pk else None
        actions.do_assign_case(case, assignee, actor=actor)
    elif action == "deadline":
        form = DeadlineForm(request.POST)
        if not form.is_valid():
            return _invalid(request, workspace, case, deadline_form=form)
        actions.do_set_case_deadline(case, form.cleaned_data["due_on"], actor=actor)
    elif action == "note":
        form = NoteForm(request.POST)
        if not form.is_valid():
            return _invalid(request, workspace, case, note_form=form)
        actions.do_add_case_note(case, form.cleaned_data["text"], actor=actor)
    elif action == "message":
        form = MessageForm(request.POST)
        if not form.is_valid():
            return _invalid(request, workspace, case, message_form=form)
        actions.do_send_message_to_reporter(case, form.cleaned_data["text"], actor=actor)
    elif action == "refer":
        if not case.consent_referral or not case.is_open:
            messages.error(
                request, _("This case cannot be referred: the reporter did not allow it, or it is finished.")
            )
            return redirect("incidents:case_detail", slug=slug, case_id=case.pk)
        form = ReferralForm(request.POST, partners=sorted_turkish(_partners(), key=lambda o: o.name))
        if not form.is_valid():
            return _invalid(request, workspace, case, referral_form=form)
        partner = _partners().get(pk=form.cleaned_data["partner"])
        actions.do_refer_case(case, partner, form.cleaned_data["summary"],
                              share_contact=form.cleaned_data["share_contact"], actor=actor)
    elif action == "transfer":
        destinations = transfer_destinations(case)
        form = TransferForm(request.POST, destinations=destinations)
        if not form.is_valid():
            return _invalid(request, workspace, case, transfer_form=form)
        destination = next(o for o in destinations if str(o.pk) == form.cleaned_data["destination"])
        actions.do_transfer_case(case, destination, note=form.cleaned_data["note"], actor=actor)
        messages.success(request, _("The case was handed to %(unit)s.") % {"unit": destination.name})
        return redirect("incidents:queue", slug=slug)
    else:
        raise Http404
    messages.success(request, _("Saved."))
    return redirect("incidents:case_detail", slug=slug, case_id=case.pk)


@login_required
@require_GET
def evidence_download(request: AuthenticatedHttpRequest, slug: str, case_id: int, evidence_id: int) -> HttpResponse:
    item, _workspace = access_evidence_by_id(request.user, slug, case_id, evidence_id)
    case = item.case
    actions.record_case_view(case, actor=request.user, what="evidence")
    response = HttpResponse(evidence_files.load(item.stored_name), content_type=item.content_type)
    extension = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}.get(item.content_type, "pdf")
    response["Content-Disposition"] = f'attachment; filename="evidence-{case.pk}-{item.pk}.{extension}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_GET
def statistics(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, Capability.VIEW_STATISTICS)
    has_units = workspace.can(Capability.VIEW_SUBUNITS) and workspace.organization.children.exists()
    include_units = has_units and request.GET.get("units") == "1"
    stats = case_statistics(cases_counted_for(workspace, include_units=include_units))
    if request.GET.get("format") == "csv":
        rows = [["total", "", stats.total]]
        rows += [[breakdown.title, label, count] for breakdown in stats.breakdowns for label, count in breakdown.rows]
        return csv_response(f"cases-{slug}.csv", ["breakdown", "category", "cases"], rows)
    return render(request, "incidents/statistics.html", {
        "workspace": workspace, "stats": stats, "has_units": has_units, "include_units": include_units,
    })
