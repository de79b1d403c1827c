from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from birarada.core.models import Organization, Role
from birarada.core.vocabulary import Ground

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise


class AddMemberForm(forms.Form):
    person = forms.CharField(
        label=_("User name or e-mail address"),
        max_length=254,
        help_text=_("The person needs an account on this platform already."),
    )
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)

    def clean_person(self):
        value = self.cleaned_data["person"].strip()
        users = get_user_model().objects.filter(Q(username__iexact=value) | Q(email__iexact=value), is_active=True)
        if users.count() != 1:
            raise forms.ValidationError(_("No single active account has this user name or e-mail address."))
        return users.get()


class OrganizationProfileForm(forms.ModelForm):
    grounds = forms.MultipleChoiceField(
        label=_("Rights areas"),
        choices=Ground.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Organization
        fields = ["name", "city", "district", "description", "website", "public_email", "grounds",
                  "listed_in_directory"]
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}


class DateInput(forms.DateInput):
    """A browser date picker. Its value is always ISO (2026-12-10), whatever the page's language: browsers read
    only that, and a localised "10.12.2026" would leave the field empty (the saved date would seem lost)."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class PeriodForm(forms.Form):
    """A period of days, from and until (included); the end may not come before the start."""

    since = forms.DateField(label=_("From"), widget=DateInput())
    until = forms.DateField(label=_("Until (included)"), widget=DateInput())

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data  # what Form.clean returns
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", _("The end is before the start."))
        return data


class AuditFilterForm(PeriodForm):
    """Filters of the audit log (a GET form: the address says what is shown, so it can be shared)."""

    who = forms.CharField(label=_("Person (user name)"), required=False, max_length=150)
    action = forms.ChoiceField(label=_("Action"), required=False)
    target = forms.CharField(label=_("Object (e.g. a case reference)"), required=False, max_length=200,
                             widget=forms.TextInput(attrs={"dir": "auto"}))
    since = forms.DateField(label=_("From"), required=False, widget=DateInput())
    until = forms.DateField(label=_("Until (included)"), required=False, widget=DateInput())

    def __init__(self, *args: Any, verbs: dict[str, str | StrPromise], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["action"]).choices = [("", _("All"))] + sorted(
            ((verb, f"{label}") for verb, label in verbs.items()), key=lambda c: str(c[1]))
