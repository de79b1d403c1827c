from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from birarada.core import provinces
from birarada.core.models import Organization, Role
from birarada.core.vocabulary import SERVED_LANGUAGES, AccessFeature, Ground, Offer

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
    """The organization's profile in the partner directory. Everything but the contact person is public."""

    grounds = forms.MultipleChoiceField(
        label=_("Rights areas"),
        choices=Ground.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    province = forms.ChoiceField(
        label=_("Province"), required=False,
        help_text=_("For an organization in Türkiye: it places the organization on the directory's map."),
    )
    country = forms.CharField(
        label=_("Country"), required=False,
        help_text=_("Two-letter country code (ISO 3166), such as TR or BE. Left empty: TR."),
        widget=forms.TextInput(attrs={"autocomplete": "country", "size": 3, "maxlength": 2}),
    )
    offers = forms.MultipleChoiceField(
        label=_("What it offers"), choices=Offer.choices, required=False, widget=forms.CheckboxSelectMultiple,
    )
    languages_served = forms.MultipleChoiceField(
        label=_("Languages it serves people in"), choices=SERVED_LANGUAGES, required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    accessibility = forms.MultipleChoiceField(
        label=_("Accessibility"), choices=AccessFeature.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Organization
        fields = ["name", "city", "province", "country", "district", "description", "website", "public_email",
                  "public_phone", "address", "grounds", "offers", "languages_served", "accessibility",
                  "accessibility_notes", "contact_name", "contact_email", "listed_in_directory"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
            "accessibility_notes": forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
            "address": forms.TextInput(attrs={"dir": "auto", "autocomplete": "street-address"}),
            "public_phone": forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel", "dir": "ltr"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices: list[tuple[str, str | StrPromise]] = [("", _("None (abroad, or not chosen)"))]
        cast(forms.ChoiceField, self.fields["province"]).choices = choices + list(provinces.choices())

    def clean_country(self) -> str:
        value = self.cleaned_data["country"].strip().upper()
        if not value:
            return "TR"
        if not re.fullmatch(r"[A-Z]{2}", value):
            raise forms.ValidationError(_("Write the country as two letters, such as TR for Türkiye or BE for "
                                          "Belgium."))
        return value

    def clean_public_phone(self) -> str:
        value = " ".join(self.cleaned_data["public_phone"].split())
        if value and (not re.fullmatch(r"[0-9+()\-./ ]+", value) or sum(c.isdigit() for c in value) < 7):
            raise forms.ValidationError(_("Write the telephone number with digits, spaces and + ( ) - only, such "
                                          "as +90 232 293 00 00."))
        return value

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("province") and data.get("country") not in (None, "TR"):
            self.add_error("province", _("A province is only for an organization in Türkiye (country TR)."))
        return data


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
