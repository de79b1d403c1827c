"""The unit's side of a needs assessment: studies, focus groups with their representation grid and
participants, findings, recommendations and the report. Nothing here is public."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms import Form
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core.access import Workspace, access_workspace_by_slug
from birarada.core.actions import record_audit
from birarada.core.types import AuthenticatedHttpRequest
from birarada.events.access import events_visible_to
from birarada.needs import actions, grid, report
from birarada.needs.access import (
    access_group_by_id,
    access_study_by_id,
    findings_in,
    participant_in,
    participants_of,
    recommendation_in,
    studies_visible_to,
)
from birarada.needs.forms import (
    AddEventForm,
    DeclineForm,
    FindingForm,
    GridForm,
    ParticipantForm,
    RecommendationForm,
    StudyForm,
    ToPlanForm,
)
from birarada.needs.models import Study
from birarada.needs.module import MANAGE_NEEDS, VIEW_NEEDS
from birarada.plans.access import open_objectives_of


def _can_manage(workspace: Workspace) -> bool:
    return workspace.can(MANAGE_NEEDS) and workspace.is_member


@login_required
@require_http_methods(["GET", "POST"])
def studies(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, VIEW_NEEDS)
    can_manage = _can_manage(workspace)
    form = StudyForm(request.POST or None)
    if request.method == "POST":
        if not can_manage:
            raise Http404
        if form.is_valid():
            try:
                study = actions.do_create_study(workspace.organization, actor=request.user, **form.cleaned_data)
            except actions.NeedsError as error:
                form.add_error(None, str(error))
            else:
                return redirect("needs:study", slug=slug, study_id=study.pk)
    rows = studies_visible_to(workspace).prefetch_related("events", "focus_groups", "findings", "recommendations")
    return render(request, "needs/studies.html", {"workspace": workspace, "studies": rows, "form": form,
                                                  "can_manage": can_manage}, status=400 if form.errors else 200)


def _forms(study: Study, workspace: Workspace, bound: dict | None = None) -> dict:
    in_study = {e.pk for e in study.events.all()}
    candidates = [e for e in events_visible_to(workspace).order_by("starts_at") if e.pk not in in_study]
    forms = {
        "add_event_form": AddEventForm(events=candidates),
        "finding_form": FindingForm(events=study.events.all()),
        "recommendation_form": RecommendationForm(findings=study.findings.all()),
        "to_plan_form": ToPlanForm(objectives=open_objectives_of(workspace)),
        "decline_form": DeclineForm(),
    }
    forms.update(bound or {})
    return forms


def _study_page(request, study: Study, workspace: Workspace, *, status: int = 200, bound: dict | None = None,
                open_recommendation: int | None = None):
    can_manage = _can_manage(workspace)
    context = {"workspace": workspace, "study": study, "report": report.study_report(study),
               "can_manage": can_manage, "open_recommendation": open_recommendation,
               "themes": sorted({f.theme for f in study.findings.all() if f.theme})}
    if can_manage:
        context.update(_forms(study, workspace, bound))
    return render(request, "needs/study.html", context, status=status)


@login_required
@require_GET
def study(request: AuthenticatedHttpRequest, slug: str, study_id: int) -> HttpResponse:
    found, workspace = access_study_by_id(request.user, slug, study_id)
    return _study_page(request, found, workspace)


@login_required
@require_POST
def study_change(request: AuthenticatedHttpRequest, slug: str, study_id: int, what: str) -> HttpResponse:
    found, workspace = access_study_by_id(request.user, slug, study_id, manage=True)
    form: Form
    try:
        if what == "event":
            in_study = {e.pk for e in found.events.all()}
            candidates = [e for e in events_visible_to(workspace) if e.pk not in in_study]
            form = AddEventForm(request.POST, events=candidates)
            if not form.is_valid():
                return _study_page(request, found, workspace, status=400, bound={"add_event_form": form})
            event = next(e for e in candidates if e.pk == form.cleaned_data["event"])
            group = actions.do_add_event_to_study(found, event, actor=request.user)
            if group is not None:
                messages.success(request, _("The focus group was added: set whom it should hear."))
                return redirect("needs:group", slug=slug, group_id=group.pk)
        elif what == "finding":
            form = FindingForm(request.POST, events=found.events.all())
            if not form.is_valid():
                return _study_page(request, found, workspace, status=400, bound={"finding_form": form})
            data = form.cleaned_data
            heard_at = next((e for e in found.events.all() if e.pk == data["event"]), None)
            actions.do_add_finding(found, text=data["text"], event=heard_at, quote=data["quote"], theme=data["theme"],
                                   grounds=data["grounds"], areas=data["areas"], actor=request.user)
        elif what == "recommendation":
            form = RecommendationForm(request.POST, findings=found.findings.all())
            if not form.is_valid():
                return _study_page(request, found, workspace, status=400, bound={"recommendation_form": form})
            actions.do_add_recommendation(found, text=form.cleaned_data["text"], actor=request.user,
                                          findings=findings_in(found, form.cleaned_data["findings"]))
        elif what == "to_plan":
            recommendation = recommendation_in(found, request.POST.get("recommendation"))
            objectives = open_objectives_of(workspace)
            form = ToPlanForm(request.POST, objectives=objectives)
            if not form.is_valid():
                return _study_page(request, found, workspace, status=400, bound={"to_plan_form": form},
                                   open_recommendation=recommendation.pk)
            objective = next(o for o in objectives if o.pk == form.cleaned_data["objective"])
            action = actions.do_make_plan_action(recommendation, objective, code=form.cleaned_data["code"],
                                                 title=form.cleaned_data["title"], reason=form.cleaned_data["reason"],
                                                 actor=request.user)
            messages.success(request, _("The recommendation is now action %(code)s of the plan “%(plan)s”.")
                             % {"code": action.code, "plan": objective.plan.title})
            return redirect(reverse("needs:study", args=[slug, found.pk]) + f"#rec-{recommendation.pk}")
        elif what == "decline":
            recommendation = recommendation_in(found, request.POST.get("recommendation"))
            form = DeclineForm(request.POST)
            if not form.is_valid():
                return _study_page(request, found, workspace, status=400, bound={"decline_form": form},
                                   open_recommendation=recommendation.pk)
            actions.do_decline_recommendation(recommendation, reason=form.cleaned_data["reason"], actor=request.user)
        else:
            raise Http404
    except actions.NeedsError as error:
        messages.error(request, str(error))
        return redirect("needs:study", slug=slug, study_id=found.pk)
    messages.success(request, _("Saved."))
    return redirect("needs:study", slug=slug, study_id=found.pk)


def _group_page(request, group, workspace, *, status: int = 200, grid_form=None, participant_form=None):
    can_manage = _can_manage(workspace)
    participants, counts = actions.group_counts(group)
    context = {"workspace": workspace, "group": group, "study": group.study, "participants_count": participants,
               "rows": grid.grid(group.targets, counts, participants, group.planned_size),
               "can_manage": can_manage, "tolerance": grid.TOLERANCE}
    if can_manage:
        people = list(participants_of(group, workspace))
        # Reading names and self-declared profiles is recorded (who looked, when); never their content.
        record_audit(actor=request.user, verb="needs.participants_view", organization=group.study.organization,
                     target=group.study, changes={"group": group.pk, "participants": len(people)})
        context.update({
            "people": [(p, [(grid.dimension_label(d), grid.category_label(d, c)) for d, c in p.profile.items()])
                       for p in people],
            "grid_form": grid_form or GridForm(initial={"planned_size": group.planned_size,
                                                        "target_grounds": group.target_grounds},
                                               targets=group.targets),
            "participant_form": participant_form or ParticipantForm()})
    return render(request, "needs/group.html", context, status=status)


@login_required
@require_GET
def group(request: AuthenticatedHttpRequest, slug: str, group_id: int) -> HttpResponse:
    found, workspace = access_group_by_id(request.user, slug, group_id)
    return _group_page(request, found, workspace)


@login_required
@require_POST
def group_change(request: AuthenticatedHttpRequest, slug: str, group_id: int, what: str) -> HttpResponse:
    found, workspace = access_group_by_id(request.user, slug, group_id, manage=True)
    try:
        if what == "grid":
            form = GridForm(request.POST, targets=found.targets)
            if not form.is_valid():
                return _group_page(request, found, workspace, status=400, grid_form=form)
            actions.do_set_grid(found, targets=form.targets(), planned_size=form.cleaned_data["planned_size"],
                                target_grounds=form.cleaned_data["target_grounds"], actor=request.user)
        elif what == "participant":
            participant_form = ParticipantForm(request.POST)
            if not participant_form.is_valid():
                return _group_page(request, found, workspace, status=400, participant_form=participant_form)
            data = participant_form.cleaned_data
            added = actions.do_add_participant(found, profile=participant_form.profile(), name=data["name"],
                                               contact=data["contact"], consent_on=data["consent_on"],
                                               actor=request.user)
            messages.success(request, _("Participant %(code)s recorded.") % {"code": added.code})
            return redirect("needs:group", slug=slug, group_id=found.pk)
        elif what == "withdraw":
            person = participant_in(found, workspace, request.POST.get("participant"))
            actions.do_withdraw_participant(person, actor=request.user)
        else:
            raise Http404
    except actions.NeedsError as error:
        messages.error(request, str(error))
        return redirect("needs:group", slug=slug, group_id=found.pk)
    messages.success(request, _("Saved."))
    return redirect("needs:group", slug=slug, group_id=found.pk)


@login_required
@require_GET
def study_report(request: AuthenticatedHttpRequest, slug: str, study_id: int) -> HttpResponse:
    found, workspace = access_study_by_id(request.user, slug, study_id)
    built = report.study_report(found)
    if request.GET.get("format") == "pdf":
        response = HttpResponse(report.report_pdf(built), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="needs-assessment-{found.slug}.pdf"'
        return response
    return render(request, "needs/report.html", {"workspace": workspace, "study": found, "report": built})
