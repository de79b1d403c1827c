from typing import cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from birarada.core.forms import DateInput
from birarada.core.vocabulary import Area, Ground
from birarada.needs import grid

TEXT = {"dir": "auto"}


class StudyForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs=TEXT))
    slug = forms.SlugField(label=_("Short name in addresses"), max_length=60)
    purpose = forms.CharField(label=_("What the study wants to learn"), required=False,
                              widget=forms.Textarea(attrs={"rows": 3, **TEXT}))
    grounds = forms.MultipleChoiceField(label=_("Groups facing discrimination it listens to"),
                                        choices=Ground.choices, required=False,
                                        widget=forms.CheckboxSelectMultiple)


class AddEventForm(forms.Form):
    event = forms.TypedChoiceField(label=_("Focus group or meeting"), coerce=int)

    def __init__(self, *args, events=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["event"]).choices = [
            (e.pk, f"{e.title} ({e.get_kind_display()}, {e.starts_at:%Y-%m-%d})") for e in events]


class GridForm(forms.Form):
    """Planned size, grounds and one whole-percent box per category: `t-<dimension>-<category>`."""

    planned_size = forms.IntegerField(label=_("Participants planned"), min_value=1, max_value=200)
    target_grounds = forms.MultipleChoiceField(label=_("Groups facing discrimination heard"),
                                               choices=Ground.choices, required=False,
                                               widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, targets=None, **kwargs):
        super().__init__(*args, **kwargs)
        targets = targets or {}
        self.dimensions = []
        for dimension, (label, categories) in grid.DIMENSIONS.items():
            names = []
            for category, category_label in categories:
                name = f"t-{dimension}-{category}"
                self.fields[name] = forms.IntegerField(
                    label=category_label, min_value=0, max_value=100, required=False,
                    initial=targets.get(dimension, {}).get(category),
                    widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "percent"}))
                names.append(name)
            self.dimensions.append((dimension, label, names))

    def dimension_fields(self):
        return [(label, [self[name] for name in names]) for _d, label, names in self.dimensions]

    def targets(self) -> dict:
        found: dict = {}
        for dimension, _label, names in self.dimensions:
            for name in names:
                value = self.cleaned_data.get(name)
                if value is not None:
                    found.setdefault(dimension, {})[name.split("-", 2)[2]] = value
        return found

    def clean(self):
        super().clean()
        for _dimension, label, names in self.dimensions:
            total = sum(self.cleaned_data.get(n) or 0 for n in names)
            if total > 100:
                self.add_error(None, _("The target shares of “%(dimension)s” add up to %(total)s%%, more than "
                                       "100%%.") % {"dimension": label, "total": total})
        return self.cleaned_data


class ParticipantForm(forms.Form):
    """What the participant says of themselves; every question may be skipped or answered "prefer not to say"."""

    name = forms.CharField(label=_("Name (optional)"), max_length=200, required=False,
                           widget=forms.TextInput(attrs={**TEXT, "autocomplete": "off"}))
    contact = forms.CharField(label=_("How to reach them (optional)"), max_length=300, required=False,
                              widget=forms.TextInput(attrs={**TEXT, "autocomplete": "off"}))
    consent = forms.BooleanField(label=_("The participant gave informed consent to recording these answers, "
                                         "after being told who sees them and when they are erased."))
    consent_on = forms.DateField(label=_("Consent given on"), widget=DateInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent_on"].initial = timezone.localdate()
        for dimension, (label, categories) in grid.DIMENSIONS.items():
            self.fields[f"p-{dimension}"] = forms.ChoiceField(
                label=label, required=False,
                choices=[("", _("Not asked")), *categories, (grid.PREFER_NOT, grid.PREFER_NOT_LABEL)])

    def profile(self) -> dict:
        return {d: self.cleaned_data.get(f"p-{d}") or "" for d in grid.DIMENSIONS}

    def clean_consent_on(self):
        day = self.cleaned_data["consent_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("Consent cannot be given in the future."))
        return day


class FindingForm(forms.Form):
    text = forms.CharField(label=_("Finding"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3, **TEXT}))
    event = forms.TypedChoiceField(label=_("Heard at"), coerce=int, required=False, empty_value=None)
    quote = forms.CharField(label=_("A short quote (anonymous)"), max_length=500, required=False,
                            widget=forms.TextInput(attrs=TEXT))
    theme = forms.CharField(label=_("The problem in a few words"), max_length=120, required=False,
                            help_text=_("Use the same words for the same problem in every group: that is how the "
                                        "intersections are found."),
                            widget=forms.TextInput(attrs={**TEXT, "list": "themes"}))
    grounds = forms.MultipleChoiceField(label=_("Grounds"), choices=Ground.choices, required=False,
                                        help_text=_("Empty: the grounds of the focus group."),
                                        widget=forms.CheckboxSelectMultiple)
    areas = forms.MultipleChoiceField(label=_("Areas of urban life"), choices=Area.choices, required=False,
                                      widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, events=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["event"]).choices = [("", _("Not one gathering"))] + [
            (e.pk, e.title) for e in events]


class RecommendationForm(forms.Form):
    text = forms.CharField(label=_("Recommendation"), max_length=4000,
                           widget=forms.Textarea(attrs={"rows": 3, **TEXT}))
    findings = forms.TypedMultipleChoiceField(label=_("Based on the findings"), coerce=int, required=False,
                                              widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, findings=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["findings"]).choices = [(f.pk, f.text[:120]) for f in findings]


class ToPlanForm(forms.Form):
    objective = forms.TypedChoiceField(label=_("Objective of the plan"), coerce=int)
    code = forms.CharField(label=_("Action code"), max_length=20)
    title = forms.CharField(label=_("Action title"), max_length=300, widget=forms.TextInput(attrs=TEXT))
    reason = forms.CharField(label=_("Why the plan changes (adopted plans)"), max_length=500, required=False,
                             widget=forms.TextInput(attrs=TEXT))

    def __init__(self, *args, objectives=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["objective"]).choices = [
            (o.pk, f"{o.plan.title} — {o.code} {o.title}") for o in objectives]


class DeclineForm(forms.Form):
    reason = forms.CharField(label=_("Why it is not taken up"), max_length=300, widget=forms.TextInput(attrs=TEXT))
