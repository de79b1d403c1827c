"""Networks of cities: the public pages of the networks on the platform, the network's own pages (members, joint
actions, mentoring, the statistics its members share) and a member's choice to share its statistics.

A network's pages open in the network's workspace, for its own staff and for the administrators and coordinators
of a member that coordinates it (`network_workspace`). Their capabilities are granted by role, so the workspace
menu of an ordinary city offers them too: there, the pages explain that the organization is not a network and
point to the networks it belongs to, instead of answering 404.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core.access import Workspace, access_workspace_by_slug
from birarada.core.capabilities import Capability
from birarada.core.collation import sorted_turkish
from birarada.core.figures import csv_response
from birarada.core.forms import PeriodForm
from birarada.core.models import Organization
from birarada.core.types import AuthenticatedHttpRequest
from birarada.discourse.normalise import casefold_tr
from birarada.network import networks as actions
from birarada.network import statistics
from birarada.network.access import (
    access_joint_action_by_id,
    access_mentoring_by_id,
    access_network_membership_by_id,
    access_own_membership_by_id,
    current_members_of,
    is_own_staff,
    joint_actions_of,
    memberships_of_network,
    mentorings_of,
    network_workspace,
    networks_on_platform,
    networks_user_may_open,
    not_a_network_workspace,
    organizations_to_add,
    own_memberships,
    public_joint_actions,
    public_members_of,
    public_mentorings,
    public_methods,
    public_network_by_slug,
    public_practices,
)
from birarada.network.choices import NetworkRole
from birarada.network.forms_networks import (
    AddMemberForm,
    EndMembershipForm,
    EndMentoringForm,
    JointActionForm,
    MeetingForm,
    MemberRoleForm,
    MentoringForm,
    SharingForm,
)
from birarada.network.models import Mentoring, NetworkMembership
from birarada.network.module import MANAGE_NETWORK, VIEW_NETWORK_STATISTICS

T = "network/networks/"


# ---- public ---------------------------------------------------------------------------------------------

def _cities(memberships) -> list[str]:
    """The distinct cities of these members (Turkish case folded), as first written, Turkish-sorted."""
    seen: dict[str, str] = {}
    for membership in memberships:
        city = membership.member.city.strip()
        if city:
            seen.setdefault(casefold_tr(city), city)
    return sorted_turkish(seen.values(), key=lambda c: c)


@require_GET
def networks(request: HttpRequest) -> HttpResponse:
    found = list(networks_on_platform())
    members: dict[int, list[NetworkMembership]] = {n.pk: [] for n in found}
    for membership in public_members_of(networks_on_platform()):
        members[membership.network_id].append(membership)
    rows = [{"network": n, "members": len(members[n.pk]), "cities": len(_cities(members[n.pk]))}
            for n in sorted_turkish(found, key=lambda o: o.name)]
    return render(request, T + "networks.html", {"rows": rows})


def _practice_title(practice, language: str) -> str:
    texts = {t.language: t.title for t in practice.texts.all()}
    for code in (language, "tr", "en"):
        if code in texts:
            return texts[code]
    return next(iter(texts.values()), practice.slug)


def _by_member_name(memberships: list[NetworkMembership]) -> list[NetworkMembership]:
    return sorted_turkish(memberships, key=lambda m: m.member.name)


def steps_of(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@require_GET
def network(request: HttpRequest, slug: str) -> HttpResponse:
    found = public_network_by_slug(slug)
    memberships = list(public_members_of(found))
    by_city: dict[str, list[NetworkMembership]] = {}
    names: dict[str, str] = {}
    for membership in memberships:
        city = membership.member.city.strip()
        key = casefold_tr(city)
        names.setdefault(key, city)
        by_city.setdefault(key, []).append(membership)
    # Cities in Turkish alphabetical order, members without a city last.
    keys = sorted_turkish((k for k in by_city if k), key=lambda k: k) + ([""] if "" in by_city else [])
    groups = [{"city": names[key], "members": _by_member_name(by_city[key])} for key in keys]
    language = translation.get_language() or "tr"
    practices = [(p, _practice_title(p, language))
                 for p in public_practices().filter(network=found).prefetch_related("texts")[:50]]
    joint = list(public_joint_actions(found))
    for action in joint:
        action.organization_list = sorted_turkish(action.organizations.all(),  # type: ignore[attr-defined]
                                                  key=lambda o: o.name)
    context = {
        "network": found, "groups": groups, "member_count": len(memberships),
        "city_count": len(_cities(memberships)), "joint_actions": joint,
        "mentorings": list(public_mentorings(found)), "practices": practices,
        "methods": list(public_methods().filter(network=found).order_by("title")[:50]),
        "coordinator": NetworkRole.COORDINATOR,
    }
    return render(request, T + "network.html", context)


# ---- the network's own pages ----------------------------------------------------------------------------

def _network(request: HttpRequest, slug: str, capability: str) -> Workspace | HttpResponse:
    """The network's workspace; on a GET in the workspace of an organization that is not a network (whose menu
    offers the page), a page that says so and lists the networks it belongs to; Http404 otherwise."""
    try:
        return network_workspace(request.user, slug, capability)
    except Http404:
        if request.method != "GET":
            raise
        other = not_a_network_workspace(request.user, slug, capability)
        if other is None:
            raise
        found = networks_user_may_open(request.user, other.organization, capability)
        return render(request, T + "not_a_network.html",
                      {"workspace": other, "networks": found, "url_name": request.resolver_match.url_name
                       if request.resolver_match else "members"})


def _context(request: HttpRequest, workspace: Workspace, **extra: Any) -> dict[str, Any]:
    return {"workspace": workspace, "own_staff": is_own_staff(request.user, workspace.organization), **extra}


def _member_rows(workspace: Workspace, bound: dict | None = None) -> list[dict]:
    today = timezone.localdate()
    rows = []
    for membership in sorted_turkish(memberships_of_network(workspace), key=lambda m: m.member.name):
        ended = membership.left_on is not None and membership.left_on < today
        auto_id = f"m{membership.pk}-%s"
        row = {"membership": membership, "ended": ended, "upcoming": membership.joined_on > today,
               "open": False,
               "role_form": MemberRoleForm(initial={"role": membership.role}, auto_id=auto_id),
               "end_form": EndMembershipForm(initial={"left_on": today}, auto_id=auto_id,
                                             joined_on=membership.joined_on)}
        if bound and bound["pk"] == membership.pk:
            row[bound["name"]] = bound["form"]
            row["open"] = True
        rows.append(row)
    return rows


def _members_page(request: HttpRequest, workspace: Workspace, *, add_form: AddMemberForm | None = None,
                  bound: dict | None = None, status: int = 200) -> HttpResponse:
    rows = _member_rows(workspace, bound)
    context = _context(request, workspace, current=[r for r in rows if not r["ended"]],
                       past=[r for r in rows if r["ended"]],
                       add_form=add_form or AddMemberForm(organizations=organizations_to_add(workspace)),
                       error=(bound or {}).get("error"))
    return render(request, T + "members.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def members(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = _network(request, slug, MANAGE_NETWORK)
    if isinstance(workspace, HttpResponse):
        return workspace
    if request.method == "GET":
        return _members_page(request, workspace)
    candidates = organizations_to_add(workspace)
    form = AddMemberForm(request.POST, organizations=candidates)
    if form.is_valid():
        member = candidates.filter(pk=form.cleaned_data["organization"]).first()
        if member is None:
            raise Http404
        try:
            actions.do_add_member(workspace.organization, member, role=form.cleaned_data["role"],
                                  joined_on=form.cleaned_data["joined_on"], actor=request.user)
        except actions.NetworkError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("%(name)s is now a member of the network.") % {"name": member.name})
            return redirect("network:members", slug=slug)
    return _members_page(request, workspace, add_form=form, status=400)


@login_required
@require_POST
def member_change(request: AuthenticatedHttpRequest, slug: str, membership_id: int, what: str) -> HttpResponse:
    membership, workspace = access_network_membership_by_id(request.user, slug, membership_id)
    auto_id = f"m{membership.pk}-%s"
    form: MemberRoleForm | EndMembershipForm
    if what == "role":
        form = MemberRoleForm(request.POST, auto_id=auto_id)
        name = "role_form"
    elif what == "end":
        form = EndMembershipForm(request.POST, auto_id=auto_id, joined_on=membership.joined_on)
        name = "end_form"
    else:
        raise Http404
    bound = {"pk": membership.pk, "name": name, "form": form}
    if not form.is_valid():
        bound["error"] = _("%(name)s was not changed: see below.") % {"name": membership.member.name}
        return _members_page(request, workspace, bound=bound, status=400)
    try:
        if what == "role":
            actions.do_change_member_role(membership, role=form.cleaned_data["role"], actor=request.user)
        else:
            actions.do_end_membership(membership, left_on=form.cleaned_data["left_on"], actor=request.user)
    except actions.NetworkError as error:
        form.add_error(None, str(error))
        bound["error"] = str(error)
        return _members_page(request, workspace, bound=bound, status=400)
    messages.success(request, _("Saved."))
    return redirect("network:members", slug=slug)


def _joint_action_data(form: JointActionForm, choices: list[Organization]) -> dict[str, Any]:
    data = dict(form.cleaned_data)
    wanted = set(data.pop("organizations"))
    data["organizations"] = [o for o in choices if o.pk in wanted]
    return data


@login_required
@require_http_methods(["GET", "POST"])
def joint_actions(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = _network(request, slug, MANAGE_NETWORK)
    if isinstance(workspace, HttpResponse):
        return workspace
    choices = [m.member for m in current_members_of(workspace)]
    today = timezone.localdate()
    form = JointActionForm(request.POST or None, organizations=choices,
                           initial={"starts_on": today, "ends_on": today + timedelta(days=90)})
    if request.method == "POST":
        if form.is_valid():
            try:
                created = actions.do_save_joint_action(workspace.organization, actor=request.user,
                                                       **_joint_action_data(form, choices))
            except actions.NetworkError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The joint action “%(title)s” was saved.") % {"title": created.title})
                return redirect("network:joint_actions", slug=slug)
    rows = list(joint_actions_of(workspace))
    for action in rows:
        action.organization_list = sorted_turkish(action.organizations.all(),  # type: ignore[attr-defined]
                                                  key=lambda o: o.name)
    return render(request, T + "joint_actions.html",
                  _context(request, workspace, joint_actions=rows, form=form, enough_members=len(choices) >= 2),
                  status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def joint_action(request: AuthenticatedHttpRequest, slug: str, action_id: int) -> HttpResponse:
    found, workspace = access_joint_action_by_id(request.user, slug, action_id)
    taking_part = list(found.organizations.all())
    choices = [m.member for m in current_members_of(workspace)]
    choices += [o for o in taking_part if o.pk not in {c.pk for c in choices}]
    initial = {"title": found.title, "goal": found.goal, "organizations": [o.pk for o in taking_part],
               "starts_on": found.starts_on, "ends_on": found.ends_on, "steps": found.steps,
               "outcomes": found.outcomes, "status": found.status, "public": found.public}
    form = JointActionForm(request.POST or None, organizations=choices, initial=initial)
    if request.method == "POST":
        if form.is_valid():
            try:
                actions.do_save_joint_action(workspace.organization, action=found, actor=request.user,
                                             **_joint_action_data(form, choices))
            except actions.NetworkError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Saved."))
                return redirect("network:joint_actions", slug=slug)
    return render(request, T + "joint_action.html",
                  _context(request, workspace, action=found, form=form, steps=steps_of(found.steps)),
                  status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def mentoring(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = _network(request, slug, MANAGE_NETWORK)
    if isinstance(workspace, HttpResponse):
        return workspace
    choices = [m.member for m in current_members_of(workspace)]
    form = MentoringForm(request.POST or None, organizations=choices)
    if request.method == "POST":
        if form.is_valid():
            by_id = {o.pk: o for o in choices}
            data = form.cleaned_data
            try:
                pair = actions.do_create_mentoring(
                    workspace.organization, mentor=by_id[data["mentor"]], mentee=by_id[data["mentee"]],
                    topics=data["topics"], starts_on=data["starts_on"], public=data["public"], actor=request.user)
            except actions.NetworkError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The mentoring pair was created: log its meetings here."))
                return redirect("network:mentoring_pair", slug=slug, mentoring_id=pair.pk)
    today = timezone.localdate()
    pairs = list(mentorings_of(workspace))
    return render(request, T + "mentoring.html",
                  _context(request, workspace, pairs=pairs, form=form, today=today,
                           enough_members=len(choices) >= 2),
                  status=400 if form.errors else 200)


def _pair_page(request: HttpRequest, pair: Mentoring, workspace: Workspace, *, meeting_form=None, end_form=None,
               status: int = 200) -> HttpResponse:
    context = _context(request, workspace, pair=pair, meetings=list(pair.meetings.all()),
                       meeting_form=meeting_form or MeetingForm(), end_form=end_form or EndMentoringForm())
    return render(request, T + "mentoring_pair.html", context, status=status)


@login_required
@require_GET
def mentoring_pair(request: AuthenticatedHttpRequest, slug: str, mentoring_id: int) -> HttpResponse:
    pair, workspace = access_mentoring_by_id(request.user, slug, mentoring_id)
    return _pair_page(request, pair, workspace)


@login_required
@require_POST
def mentoring_change(request: AuthenticatedHttpRequest, slug: str, mentoring_id: int, what: str) -> HttpResponse:
    pair, workspace = access_mentoring_by_id(request.user, slug, mentoring_id)
    form: MeetingForm | EndMentoringForm
    bound: dict[str, Any]
    if what == "meeting":
        form = MeetingForm(request.POST)
        bound = {"meeting_form": form}
    elif what == "end":
        form = EndMentoringForm(request.POST)
        bound = {"end_form": form}
    else:
        raise Http404
    if form.is_valid():
        data = form.cleaned_data
        try:
            if what == "meeting":
                actions.do_log_mentoring_meeting(pair, held_on=data["held_on"], summary=data["summary"],
                                                 next_steps=data["next_steps"], actor=request.user)
            else:
                actions.do_end_mentoring(pair, ends_on=data["ends_on"], actor=request.user)
        except actions.NetworkError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Saved."))
            return redirect("network:mentoring_pair", slug=slug, mentoring_id=pair.pk)
    return _pair_page(request, pair, workspace, status=400, **bound)


@login_required
@require_GET
def shared_statistics(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    """What sharing members' records add up to. Only aggregates, so reading it leaves no audit row."""
    workspace = _network(request, slug, VIEW_NETWORK_STATISTICS)
    if isinstance(workspace, HttpResponse):
        return workspace
    today = timezone.localdate()
    dated = "since" in request.GET or "until" in request.GET
    form = PeriodForm(request.GET if dated else None, initial={"since": today - timedelta(days=364), "until": today})
    context = _context(request, workspace, form=form, table=None)
    if dated and not form.is_valid():
        return render(request, T + "statistics.html", context, status=400)
    since, until = ((form.cleaned_data["since"], form.cleaned_data["until"]) if dated
                    else (today - timedelta(days=364), today))
    table = statistics.shared_statistics(workspace, since, until)
    if request.GET.get("format") == "csv":
        header, lines = statistics.csv_table(table)
        return csv_response(f"{workspace.organization.slug}-shared-statistics-{since.isoformat()}-"
                            f"{until.isoformat()}.csv", header, lines)
    titles = [column.title for column in table.columns]
    rows = [(row.organization, list(zip(titles, row.cells, strict=True))) for row in [*table.rows, table.total]]
    context.update(table=table, rows=rows, query=f"since={since.isoformat()}&until={until.isoformat()}")
    return render(request, T + "statistics.html", context)


# ---- a member's choice ------------------------------------------------------------------------------------

def _memberships_page(request: HttpRequest, workspace: Workspace, *, status: int = 200) -> HttpResponse:
    rows = sorted_turkish(own_memberships(workspace), key=lambda m: m.network.name)
    return render(request, T + "memberships.html", {"workspace": workspace, "memberships": rows}, status=status)


@login_required
@require_GET
def memberships(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, Capability.EDIT_PROFILE, member=True)
    return _memberships_page(request, workspace)


@login_required
@require_POST
def membership_share(request: AuthenticatedHttpRequest, slug: str, membership_id: int) -> HttpResponse:
    membership, workspace = access_own_membership_by_id(request.user, slug, membership_id)
    form = SharingForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether to share the statistics or not."))
        return _memberships_page(request, workspace, status=400)
    try:
        actions.do_set_statistics_sharing(membership, share=form.cleaned_data["share"], actor=request.user)
    except actions.NetworkError as error:
        messages.error(request, str(error))
        return _memberships_page(request, workspace, status=400)
    if form.cleaned_data["share"]:
        messages.success(request, _("%(network)s now sees your aggregated figures.")
                         % {"network": membership.network.name})
    else:
        messages.success(request, _("%(network)s no longer sees your figures.") % {"network": membership.network.name})
    return redirect("network:memberships", slug=slug)

