from decimal import Decimal
from typing import TypedDict, cast

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from birarada.core.forms import DateInput
from birarada.core.vocabulary import Area, Ground
from birarada.plans.choices import (
    SDG_TARGETS,
    ActionStatus,
    Direction,
    Frequency,
    FundingSource,
    Opinion,
    OwnerKind,
    PlanStatus,
    SubjectKind,
    Weighting,
)


class _MoneyField(TypedDict):
    max_digits: int
    decimal_places: int
    min_value: Decimal


MONEY_FIELD: _MoneyField = {"max_digits": 16, "decimal_places": 2, "min_value": Decimal(0)}


class PlanForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}))
    slug = forms.SlugField(label=_("Short name in addresses"), max_length=60,
                           help_text=_("Letters, digits and hyphens, e.g. esitlik-eylem-plani-2025-2029."))
    start_year = forms.IntegerField(label=_("First year"), min_value=2000, max_value=2100)
    end_year = forms.IntegerField(label=_("Last year"), min_value=2000, max_value=2100)
    vision = forms.CharField(label=_("Vision"), required=False, widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}))
    grounds = forms.MultipleChoiceField(label=_("Grounds covered"), choices=Ground.choices, required=False,
                                        widget=forms.CheckboxSelectMultiple)
    strategic_plan_refs = forms.CharField(label=_("Strategic plan references"), max_length=300, required=False,
                                          help_text=_("Codes of the strategic plan's goals and targets."))
    sdg_targets = forms.MultipleChoiceField(label=_("SDG targets"), choices=SDG_TARGETS, required=False,
                                            widget=forms.CheckboxSelectMultiple)
    weighting = forms.ChoiceField(label=_("Progress of objectives and of the plan is weighted"),
                                  choices=Weighting.choices)

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("start_year") and data.get("end_year") and data["end_year"] < data["start_year"]:
            self.add_error("end_year", _("The last year comes before the first."))
        return data


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=PlanStatus.choices)
    decision_number = forms.CharField(label=_("Assembly decision number"), max_length=60, required=False)
    decision_date = forms.DateField(label=_("Assembly decision date"), required=False, widget=DateInput())


class ObjectiveForm(forms.Form):
    code = forms.CharField(label=_("Code"), max_length=20)
    title = forms.CharField(label=_("Objective"), max_length=300, widget=forms.TextInput(attrs={"dir": "auto"}))
    weight = forms.DecimalField(label=_("Weight"), max_digits=6, decimal_places=2, min_value=Decimal(0),
                                initial=Decimal(1))
    reason = forms.CharField(label=_("Why the adopted plan changes"), required=False, max_length=500,
                             help_text=_("Needed once the plan is adopted: the earlier version is kept and shown "
                                         "with this reason."), widget=forms.TextInput(attrs={"dir": "auto"}))


class ActionForm(forms.Form):
    objective = forms.ChoiceField(label=_("Objective"))
    code = forms.CharField(label=_("Code"), max_length=20)
    title = forms.CharField(label=pgettext_lazy("plan", "Action"), max_length=300,
                            widget=forms.TextInput(attrs={"dir": "auto"}))
    owner_kind = forms.ChoiceField(label=_("Carried out by"), choices=OwnerKind.choices)
    owner_directorate = forms.ChoiceField(label=_("Directorate"), required=False)
    owner_partner = forms.ChoiceField(label=_("Partner organization"), required=False)
    grounds = forms.MultipleChoiceField(label=_("Grounds"), choices=Ground.choices, required=False,
                                        widget=forms.CheckboxSelectMultiple)
    areas = forms.MultipleChoiceField(label=_("Areas of urban life"), choices=Area.choices, required=False,
                                      widget=forms.CheckboxSelectMultiple)
    starts_on = forms.DateField(label=_("Start"), required=False, widget=DateInput())
    ends_on = forms.DateField(label=_("End"), required=False, widget=DateInput())
    reason = forms.CharField(label=_("Why the adopted plan changes"), required=False, max_length=500,
                             help_text=_("Needed once the plan is adopted: the earlier version is kept and shown "
                                         "with this reason."), widget=forms.TextInput(attrs={"dir": "auto"}))

    def __init__(self, *args, objectives=(), directorates=(), partners=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["objective"]).choices = [
            (str(o.pk), f"{o.code} {o.title}") for o in objectives]
        cast(forms.ChoiceField, self.fields["owner_directorate"]).choices = [("", "—")] + [
            (str(d.pk), d.name) for d in directorates]
        cast(forms.ChoiceField, self.fields["owner_partner"]).choices = [("", "—")] + [
            (str(p.pk), p.name) for p in partners]

    def clean(self):
        super().clean()
        data = self.cleaned_data
        kind = data.get("owner_kind")
        if kind == OwnerKind.DIRECTORATE and not data.get("owner_directorate"):
            self.add_error("owner_directorate", _("Choose the directorate."))
        if kind == OwnerKind.PARTNER and not data.get("owner_partner"):
            self.add_error("owner_partner", _("Choose the partner organization."))
        return data


class ActionUpdateForm(forms.Form):
    action = forms.ChoiceField(label=pgettext_lazy("plan", "Action"))
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)
    manual_progress = forms.IntegerField(label=_("Progress (%)"), min_value=0, max_value=100, required=False,
                                         help_text=_("Leave empty to count progress from the milestones."))
    drop_reason = forms.CharField(label=_("Why it was dropped"), max_length=300, required=False)

    def __init__(self, *args, actions=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["action"]).choices = [(str(a.pk), f"{a.code} {a.title}") for a in actions]


class MilestoneForm(forms.Form):
    action = forms.ChoiceField(label=pgettext_lazy("plan", "Action"))
    title = forms.CharField(label=_("Milestone"), max_length=300, widget=forms.TextInput(attrs={"dir": "auto"}))
    due_on = forms.DateField(label=_("Due"), widget=DateInput())

    def __init__(self, *args, actions=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["action"]).choices = [(str(a.pk), f"{a.code} {a.title}") for a in actions]


class MilestoneDoneForm(forms.Form):
    milestone = forms.IntegerField(widget=forms.HiddenInput)
    done_on = forms.DateField(label=_("Done on"), widget=DateInput())


class BudgetForm(forms.Form):
    action = forms.ChoiceField(label=pgettext_lazy("plan", "Action"))
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)
    source = forms.ChoiceField(label=_("Funding source"), choices=FundingSource.choices)
    budget_code = forms.CharField(label=_("Budget line code"), max_length=60, required=False)
    allocated = forms.DecimalField(label=_("Allocated"), **MONEY_FIELD)
    revised = forms.DecimalField(label=_("Revised"), required=False, **MONEY_FIELD)
    spent = forms.DecimalField(label=_("Spent"), initial=Decimal(0), **MONEY_FIELD)
    reason = forms.CharField(label=_("Why the adopted plan changes"), required=False, max_length=500,
                             help_text=_("Needed once the plan is adopted: the earlier version is kept and shown "
                                         "with this reason."), widget=forms.TextInput(attrs={"dir": "auto"}))

    def __init__(self, *args, actions=(), years=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["action"]).choices = [(str(a.pk), f"{a.code} {a.title}") for a in actions]
        cast(forms.ChoiceField, self.fields["year"]).choices = [(y, str(y)) for y in years]


class IndicatorForm(forms.Form):
    name = forms.CharField(label=_("Indicator"), max_length=300, widget=forms.TextInput(attrs={"dir": "auto"}))
    attached_to = forms.ChoiceField(label=_("Measures"))
    unit = forms.CharField(label=_("Unit"), max_length=40, required=False)
    direction = forms.ChoiceField(label=_("Direction"), choices=Direction.choices)
    baseline = forms.DecimalField(label=_("Baseline"), max_digits=16, decimal_places=2, required=False)
    baseline_on = forms.DateField(label=_("Baseline date"), required=False, widget=DateInput())
    target = forms.DecimalField(label=_("Target"), max_digits=16, decimal_places=2, required=False)
    target_on = forms.DateField(label=_("Target date"), required=False, widget=DateInput())
    frequency = forms.ChoiceField(label=_("Frequency"), choices=Frequency.choices)
    computed_key = forms.ChoiceField(label=_("Measured by"), required=False)
    reason = forms.CharField(label=_("Why the adopted plan changes"), required=False, max_length=500,
                             help_text=_("Needed once the plan is adopted: the earlier version is kept and shown "
                                         "with this reason."), widget=forms.TextInput(attrs={"dir": "auto"}))

    def __init__(self, *args, objectives=(), actions=(), computed=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["attached_to"]).choices = (
            [(f"objective-{o.pk}", f"{o.code} {o.title}") for o in objectives]
            + [(f"action-{a.pk}", f"{a.code} {a.title}") for a in actions])
        cast(forms.ChoiceField, self.fields["computed_key"]).choices = [("", _("Values entered by the unit"))] + [
            (i.key, _("The platform: %(name)s") % {"name": i.title}) for i in computed]


class ValueForm(forms.Form):
    indicator = forms.ChoiceField(label=_("Indicator"))
    measured_on = forms.DateField(label=_("Date"), widget=DateInput())
    value = forms.DecimalField(label=_("Value"), max_digits=16, decimal_places=2)
    source = forms.CharField(label=_("Source"), max_length=300, required=False)
    ground = forms.ChoiceField(label=_("For one ground only (optional)"), required=False,
                               choices=[("", _("All grounds together")), *Ground.choices])
    evidence_link = forms.URLField(label=_("Evidence (link, optional)"), required=False,
                                   widget=forms.URLInput(attrs={"dir": "ltr"}))

    def __init__(self, *args, indicators=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["indicator"]).choices = [
            (str(i.pk), i.name) for i in indicators if not i.is_computed]


class DirectorateForm(forms.Form):
    name = forms.CharField(label=_("Directorate"), max_length=200,
                           help_text=_("For example: Transport, Social Services, Health Affairs, Culture and Arts."))


class ReviewForm(forms.Form):
    title = forms.CharField(label=_("What is reviewed"), max_length=300,
                            help_text=_("For example: the new bus line 302, a social-assistance rule, a festival."),
                            widget=forms.TextInput(attrs={"dir": "auto"}))
    directorate = forms.ChoiceField(label=_("Directorate asking"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=SubjectKind.choices)
    description = forms.CharField(label=_("Description"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}))
    grounds = forms.MultipleChoiceField(label=_("Grounds affected"), choices=Ground.choices, required=False,
                                        widget=forms.CheckboxSelectMultiple)
    received_on = forms.DateField(label=_("Received on"), widget=DateInput())
    due_on = forms.DateField(label=_("Opinion due"), required=False, widget=DateInput())

    def __init__(self, *args, directorates=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["directorate"]).choices = [("", "—")] + [
            (str(d.pk), d.name) for d in directorates]


class OpinionForm(forms.Form):
    opinion = forms.ChoiceField(label=_("Opinion"), choices=Opinion.choices)
    reasons = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}))
    recommendations = forms.CharField(
        label=_("Recommendations, one a line"), required=False,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}))
    decided_on = forms.DateField(label=_("Opinion given on"), widget=DateInput())

    def clean(self):
        super().clean()
        data = self.cleaned_data
        lines = [line.strip() for line in (data.get("recommendations") or "").splitlines() if line.strip()]
        if data.get("opinion") in (Opinion.CONDITIONAL, Opinion.UNFAVOURABLE) and not lines:
            self.add_error("recommendations", _("Write at least one recommendation."))
        data["recommendation_lines"] = lines
        return data


class FollowUpForm(forms.Form):
    recommendation = forms.IntegerField(widget=forms.HiddenInput)
    adopted = forms.TypedChoiceField(label=_("Adopted?"), coerce=lambda v: v == "yes",
                                     choices=[("yes", _("Yes")), ("no", _("No"))])
    on = forms.DateField(label=_("Followed up on"), widget=DateInput())


class NoteForm(forms.Form):
    action = forms.IntegerField(widget=forms.HiddenInput)
    text = forms.CharField(label=_("Your observation"), max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
                           help_text=_("What you saw of this action in the city. It is published after a "
                                       "moderator of the equality unit reads it."))
    rating = forms.TypedChoiceField(label=_("How is it going? (optional)"), required=False, coerce=int,
                                    empty_value=None,
                                    choices=[("", "—"), ("1", _("1 — very badly")), ("2", "2"), ("3", "3"),
                                             ("4", "4"), ("5", _("5 — very well"))])
    evidence_link = forms.URLField(label=_("Link to evidence (optional)"), required=False,
                                   widget=forms.URLInput(attrs={"dir": "ltr"}))


class ModerationForm(forms.Form):
    note = forms.IntegerField(widget=forms.HiddenInput)
    decision = forms.ChoiceField(choices=[("publish", _("Publish")), ("reject", _("Do not publish"))],
                                 widget=forms.RadioSelect, label=_("Decision"))
    answer = forms.CharField(label=_("The unit's public answer (optional)"), required=False, max_length=4000,
                             widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}))


class VisitForm(forms.Form):
    desk = forms.ChoiceField(label=_("District desk"))
    visited_on = forms.DateField(label=_("Date"), widget=DateInput())
    topics = forms.CharField(label=_("Topics"), widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}))
    follow_ups = forms.CharField(label=_("Follow-ups agreed"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}))

    def __init__(self, *args, desks=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["desk"]).choices = [(str(d.pk), d.name) for d in desks]


class NextPlanForm(forms.Form):
    title = forms.CharField(label=_("Title of the next plan"), max_length=200,
                            widget=forms.TextInput(attrs={"dir": "auto"}))
    slug = forms.SlugField(label=_("Short name in addresses"), max_length=60)
    start_year = forms.IntegerField(label=_("First year"), min_value=2000, max_value=2100)
    end_year = forms.IntegerField(label=_("Last year"), min_value=2000, max_value=2100)
