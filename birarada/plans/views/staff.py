"""The unit's side: its plans, one plan with every part, and the small forms that change it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms import Form
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core.access import access_workspace_by_slug
from birarada.core.collation import sorted_turkish
from birarada.core.models import Organization
from birarada.core.modules import indicators as registered_indicators
from birarada.core.modules import references_to
from birarada.core.types import AuthenticatedHttpRequest
from birarada.plans import actions
from birarada.plans.access import access_plan_by_id, plans_visible_to
from birarada.plans.forms import (
    ActionForm,
    ActionUpdateForm,
    BudgetForm,
    DirectorateForm,
    IndicatorForm,
    MilestoneDoneForm,
    MilestoneForm,
    NextPlanForm,
    ObjectiveForm,
    PlanForm,
    StatusForm,
    ValueForm,
)
from birarada.plans.models import Directorate, Plan
from birarada.plans.module import EDIT_PLANS, VIEW_PLANS
from birarada.plans.progress import summaries, view_of


@login_required
@require_http_methods(["GET", "POST"])
def plans(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, VIEW_PLANS)
    can_edit = workspace.can(EDIT_PLANS) and workspace.is_member
    form = PlanForm(request.POST or None, initial={"start_year": timezone.localdate().year,
                                                   "end_year": timezone.localdate().year + 4})
    if request.method == "POST":
        if not can_edit:
            raise Http404
        if form.is_valid():
            data = form.cleaned_data
            if plans_visible_to(workspace).filter(slug=data["slug"]).exists():
                form.add_error("slug", _("Another plan of this organization already has this short name."))
            else:
                plan = actions.do_create_plan(workspace.organization, actor=request.user, **data)
                messages.success(request, _("The plan was created. Add its objectives and actions."))
                return redirect("plans:plan", slug=slug, plan_id=plan.pk)
    rows = summaries(list(plans_visible_to(workspace).select_related("organization")), timezone.localdate())
    return render(request, "plans/plans.html", {"workspace": workspace, "views": rows, "form": form,
                                                "can_edit": can_edit},
                  status=400 if form.errors else 200)


def _forms(plan, view, **given):
    """The editors' forms (built only for editors: they cost the directorates and partners queries)."""
    objectives = [o.objective for o in view.objectives]
    plan_actions = view.actions
    directorates = Directorate.objects.filter(organization=plan.organization).order_by("name")
    partners = sorted_turkish(Organization.objects.in_directory().partners(), key=lambda o: o.name)
    return {
        "status_form": given.get("status") or StatusForm(),
        "objective_form": given.get("objective") or ObjectiveForm(),
        "action_form": given.get("action") or ActionForm(objectives=objectives, directorates=directorates,
                                                         partners=partners),
        "action_update_form": given.get("action_update") or ActionUpdateForm(actions=plan_actions),
        "milestone_form": given.get("milestone") or MilestoneForm(actions=plan_actions),
        "budget_form": given.get("budget") or BudgetForm(actions=plan_actions, years=plan.years),
        "indicator_form": given.get("indicator") or IndicatorForm(
            objectives=objectives, actions=plan_actions, computed=registered_indicators().values()),
        "value_form": given.get("value") or ValueForm(indicators=[s.indicator for s in view.indicators]),
        "directorate_form": given.get("directorate") or DirectorateForm(),
        "next_form": given.get("next") or NextPlanForm(initial={"start_year": plan.end_year + 1,
                                                                "end_year": plan.end_year + 5}),
    }


def _page(request, plan, workspace, code=200, **given):
    view = view_of(plan, timezone.localdate())
    can_edit = workspace.can(EDIT_PLANS) and workspace.is_member
    forms = _forms(plan, view, **given) if can_edit else {}
    # Where actions came from, as other modules record it (a needs-assessment recommendation…).
    origins = references_to("plans.Action", [a.pk for a in view.actions], workspace)
    return render(request, "plans/plan.html", {"workspace": workspace, "view": view, "plan": plan,
                                               "can_edit": can_edit, "origins": origins, **forms}, status=code)


@login_required
@require_GET
def plan(request: AuthenticatedHttpRequest, slug: str, plan_id: int) -> HttpResponse:
    found, workspace = access_plan_by_id(request.user, slug, plan_id)
    return _page(request, found, workspace)


def _by_id(items, value):
    return next((item for item in items if str(item.pk) == str(value)), None)


@login_required
@require_POST
def plan_change(request: AuthenticatedHttpRequest, slug: str, plan_id: int, what: str) -> HttpResponse:
    """One address per kind of change; each validates its small form and calls one action."""
    found, workspace = access_plan_by_id(request.user, slug, plan_id, edit=True)
    view = view_of(found, timezone.localdate())
    objectives = [o.objective for o in view.objectives]
    plan_actions = view.actions
    actor = request.user
    form: Form
    try:
        if what == "status":
            form = StatusForm(request.POST)
            if not form.is_valid():
                return _page(request, found, workspace, 400, status=form)
            actions.do_change_plan_status(found, form.cleaned_data["status"], actor=actor,
                                          decision_number=form.cleaned_data["decision_number"],
                                          decision_date=form.cleaned_data["decision_date"])
        elif what == "objective":
            form = ObjectiveForm(request.POST)
            if not form.is_valid():
                return _page(request, found, workspace, 400, objective=form)
            actions.do_add_objective(found, actor=actor, **form.cleaned_data)
        elif what == "action":
            form = ActionForm(request.POST, objectives=objectives,
                              directorates=Directorate.objects.filter(organization=found.organization),
                              partners=Organization.objects.in_directory().partners())
            if not form.is_valid():
                return _page(request, found, workspace, 400, action=form)
            data = form.cleaned_data
            actions.do_add_action(
                _by_id(objectives, data["objective"]), code=data["code"], title=data["title"], actor=actor,
                owner_kind=data["owner_kind"],
                owner_directorate=Directorate.objects.filter(organization=found.organization,
                                                             pk=data["owner_directorate"] or 0).first(),
                owner_partner=Organization.objects.in_directory().filter(pk=data["owner_partner"] or 0).first(),
                grounds=data["grounds"], areas=data["areas"], starts_on=data["starts_on"], ends_on=data["ends_on"],
                reason=data["reason"])
        elif what == "action_update":
            form = ActionUpdateForm(request.POST, actions=plan_actions)
            if not form.is_valid():
                return _page(request, found, workspace, 400, action_update=form)
            data = form.cleaned_data
            actions.do_update_action(_by_id(plan_actions, data["action"]), status=data["status"],
                                     manual_progress=data["manual_progress"], drop_reason=data["drop_reason"],
                                     actor=actor)
        elif what == "milestone":
            form = MilestoneForm(request.POST, actions=plan_actions)
            if not form.is_valid():
                return _page(request, found, workspace, 400, milestone=form)
            data = form.cleaned_data
            actions.do_add_milestone(_by_id(plan_actions, data["action"]), title=data["title"],
                                     due_on=data["due_on"], actor=actor)
        elif what == "milestone_done":
            form = MilestoneDoneForm(request.POST)
            milestones = [m for a in plan_actions for m in a.milestones.all()]
            milestone = _by_id(milestones, form.data.get("milestone")) if form.is_valid() else None
            if milestone is None:
                raise Http404
            actions.do_complete_milestone(milestone, done_on=form.cleaned_data["done_on"], actor=actor)
        elif what == "budget":
            form = BudgetForm(request.POST, actions=plan_actions, years=found.years)
            if not form.is_valid():
                return _page(request, found, workspace, 400, budget=form)
            data = form.cleaned_data
            actions.do_set_budget_line(_by_id(plan_actions, data["action"]), year=data["year"],
                                       allocated=data["allocated"], revised=data["revised"], spent=data["spent"],
                                       source=data["source"], budget_code=data["budget_code"], actor=actor,
                                       reason=data["reason"])
        elif what == "indicator":
            form = IndicatorForm(request.POST, objectives=objectives, actions=plan_actions,
                                 computed=registered_indicators().values())
            if not form.is_valid():
                return _page(request, found, workspace, 400, indicator=form)
            data = dict(form.cleaned_data)
            kind, _sep, pk = data.pop("attached_to").partition("-")
            name = data.pop("name")
            actions.do_add_indicator(found, name=name, actor=actor,
                                     objective=_by_id(objectives, pk) if kind == "objective" else None,
                                     action=_by_id(plan_actions, pk) if kind == "action" else None, **data)
        elif what == "value":
            form = ValueForm(request.POST, indicators=[s.indicator for s in view.indicators])
            if not form.is_valid():
                return _page(request, found, workspace, 400, value=form)
            data = form.cleaned_data
            indicator = _by_id([s.indicator for s in view.indicators], data["indicator"])
            actions.do_record_indicator_value(indicator, measured_on=data["measured_on"], value=data["value"],
                                              source=data["source"], ground=data["ground"],
                                              evidence_link=data["evidence_link"], actor=actor)
        elif what == "next":
            form = NextPlanForm(request.POST)
            if not form.is_valid():
                return _page(request, found, workspace, 400, next=form)
            data = form.cleaned_data
            if Plan.objects.filter(organization=found.organization, slug=data["slug"]).exists():
                raise actions.PlanError(_("Another plan of this organization already has this short name."))
            following = actions.do_start_next_plan(found, actor=actor, **data)
            messages.success(request, _("The next plan was started from this one, as a draft."))
            return redirect("plans:plan", slug=slug, plan_id=following.pk)
        elif what == "directorate":
            form = DirectorateForm(request.POST)
            if not form.is_valid():
                return _page(request, found, workspace, 400, directorate=form)
            actions.do_add_directorate(found.organization, form.cleaned_data["name"], actor=actor)
        else:
            raise Http404
    except actions.PlanError as error:
        messages.error(request, str(error))
        return redirect("plans:plan", slug=slug, plan_id=found.pk)
    messages.success(request, _("Saved."))
    return redirect("plans:plan", slug=slug, plan_id=found.pk)
