"""Forms of the networks part: members, joint actions, mentoring, a member's sharing choice."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from birarada.core.collation import sorted_turkish
from birarada.core.forms import DateInput
from birarada.core.models import Organization
from birarada.network.choices import CollaborationStatus, NetworkRole

TEXT = {"dir": "auto"}


def organization_choices(organizations: Iterable[Organization]) -> list[tuple[int, str]]:
    """(id, "Name (city)") in Turkish alphabetical order."""
    return [(o.pk, f"{o.name} ({o.city})" if o.city else o.name)
            for o in sorted_turkish(organizations, key=lambda o: o.name)]


class AddMemberForm(forms.Form):
    organization = forms.TypedChoiceField(
        label=_("Organization"), coerce=int,
        help_text=_("Any organization of the directory that is not a member yet."),
        error_messages={"invalid_choice": _("Choose an organization of the directory that is not a member yet.")})
    role = forms.ChoiceField(label=_("Role in the network"), choices=NetworkRole.choices, initial=NetworkRole.MEMBER)
    joined_on = forms.DateField(label=_("Joined on"), widget=DateInput())

    def __init__(self, *args: Any, organizations: Iterable[Organization] = (), **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"joined_on": timezone.localdate(), "role": NetworkRole.MEMBER})
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["organization"]).choices = [
            ("", _("Choose an organization")), *organization_choices(organizations)]


class MemberRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role in the network"), choices=NetworkRole.choices)


class EndMembershipForm(forms.Form):
    left_on = forms.DateField(label=_("Left on"), widget=DateInput())

    def __init__(self, *args: Any, joined_on=None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.joined_on = joined_on

    def clean_left_on(self):
        left_on = self.cleaned_data["left_on"]
        if self.joined_on is not None and left_on < self.joined_on:
            raise forms.ValidationError(_("An organization cannot leave before it joined (%(date)s).")
                                        % {"date": self.joined_on.isoformat()})
        return left_on


class JointActionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs=TEXT))
    goal = forms.CharField(label=_("Goal"), widget=forms.Textarea(attrs={"rows": 3, **TEXT}))
    organizations = forms.TypedMultipleChoiceField(
        label=_("Organizations taking part"), coerce=int, widget=forms.CheckboxSelectMultiple,
        help_text=_("Two or more current members of the network."),
        error_messages={"invalid_choice": _("Only current members of the network can take part in a joint "
                                            "action.")})
    starts_on = forms.DateField(label=_("Starts on"), widget=DateInput())
    ends_on = forms.DateField(label=_("Ends on"), widget=DateInput())
    steps = forms.CharField(label=_("Steps"), required=False, help_text=_("One step per line."),
                            widget=forms.Textarea(attrs={"rows": 4, **TEXT}))
    outcomes = forms.CharField(label=_("Outcomes"), required=False,
                               widget=forms.Textarea(attrs={"rows": 3, **TEXT}))
    status = forms.ChoiceField(label=_("Status"), choices=CollaborationStatus.choices,
                               initial=CollaborationStatus.PLANNED)
    public = forms.BooleanField(label=_("Show it on the network's public page"), required=False, initial=True)

    def __init__(self, *args: Any, organizations: Iterable[Organization] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["organizations"]).choices = organization_choices(organizations)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        chosen = data.get("organizations")
        if chosen is not None and len(set(chosen)) < 2:
            self.add_error("organizations", _("A joint action needs at least two organizations of the network."))
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", _("The joint action cannot end before it starts."))
        return data


class MentoringForm(forms.Form):
    mentor = forms.TypedChoiceField(
        label=_("Mentor organization"), coerce=int,
        error_messages={"invalid_choice": _("Only current members of the network can mentor.")})
    mentee = forms.TypedChoiceField(
        label=_("Mentee organization"), coerce=int,
        error_messages={"invalid_choice": _("Only current members of the network can be mentored.")})
    topics = forms.CharField(label=_("Topics"), max_length=300, widget=forms.TextInput(attrs=TEXT),
                             help_text=_("What the mentor helps with, such as handling reports or an equality plan."))
    starts_on = forms.DateField(label=_("Starts on"), widget=DateInput())
    public = forms.BooleanField(label=_("Show the pair on the network's public page"), required=False,
                                initial=True, help_text=_("The meetings' notes are never shown in public."))

    def __init__(self, *args: Any, organizations: Iterable[Organization] = (), **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"starts_on": timezone.localdate(), "public": True})
        super().__init__(*args, **kwargs)
        choices = [("", _("Choose an organization")), *organization_choices(organizations)]
        for name in ("mentor", "mentee"):
            cast(forms.ChoiceField, self.fields[name]).choices = choices

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("mentor") and data.get("mentor") == data.get("mentee"):
            self.add_error("mentee", _("The mentor and the mentee must be two different organizations."))
        return data


class MeetingForm(forms.Form):
    held_on = forms.DateField(label=_("Held on"), widget=DateInput())
    summary = forms.CharField(label=_("What was discussed"), widget=forms.Textarea(attrs={"rows": 4, **TEXT}))
    next_steps = forms.CharField(label=_("Next steps"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 2, **TEXT}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"held_on": timezone.localdate()})
        super().__init__(*args, **kwargs)

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError(_("A meeting is logged once it was held: the date is in the future."))
        return held_on


class EndMentoringForm(forms.Form):
    ends_on = forms.DateField(label=_("Ended on"), widget=DateInput())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"ends_on": timezone.localdate()})
        super().__init__(*args, **kwargs)


class SharingForm(forms.Form):
    share = forms.TypedChoiceField(label=_("Share our statistics with this network"), coerce=lambda v: v == "1",
                                   choices=(("1", _("Share")), ("0", _("Do not share"))))
