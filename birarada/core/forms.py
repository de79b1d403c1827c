from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from birarada.core.models import Organization, Role
from birarada.core.vocabulary import Ground


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
