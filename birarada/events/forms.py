from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from birarada.events.choices import Accessibility, EventKind

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class EventForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=EventKind.choices)
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}))
    slug = forms.SlugField(label=_("Short name in addresses"), max_length=60)
    starts_at = forms.DateTimeField(label=_("Starts"), widget=DATETIME, input_formats=["%Y-%m-%dT%H:%M"])
    ends_at = forms.DateTimeField(label=_("Ends"), widget=DATETIME, input_formats=["%Y-%m-%dT%H:%M"])
    venue = forms.CharField(label=_("Venue"), max_length=300, required=False,
                            widget=forms.TextInput(attrs={"dir": "auto"}))
    online_link = forms.URLField(label=_("Online link"), required=False, widget=forms.URLInput(attrs={"dir": "ltr"}))
    languages = forms.CharField(label=_("Languages spoken"), max_length=200, required=False)
    accessibility = forms.MultipleChoiceField(label=_("Accessibility offered"), choices=Accessibility.choices,
                                              required=False, widget=forms.CheckboxSelectMultiple)
    interpretation_into = forms.CharField(label=_("Interpretation into"), max_length=200, required=False)
    capacity = forms.IntegerField(label=_("Places"), min_value=1, required=False,
                                  help_text=_("Leave empty for no limit."))
    is_public = forms.BooleanField(label=_("Public: anyone may register"), required=False, initial=True)
    training_hours = forms.DecimalField(label=_("Hours (for training certificates)"), required=False,
                                        max_digits=5, decimal_places=1, min_value=Decimal(0))
    description = forms.CharField(label=_("Description"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}))

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", _("The event ends before it starts."))
        return data


class AgendaForm(forms.Form):
    title = forms.CharField(label=_("Session"), max_length=300, widget=forms.TextInput(attrs={"dir": "auto"}))
    starts_at = forms.DateTimeField(label=_("Starts"), widget=DATETIME, input_formats=["%Y-%m-%dT%H:%M"])
    ends_at = forms.DateTimeField(label=_("Ends"), widget=DATETIME, input_formats=["%Y-%m-%dT%H:%M"])
    people = forms.CharField(label=_("Moderators and speakers"), required=False,
                             help_text=_("One a line: a name with an affiliation, or an organization."),
                             widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}))


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto",
                                                                                          "autocomplete": "name"}))
    email = forms.EmailField(label=_("E-mail address"), required=False,
                             help_text=_("For the confirmation and your personal link to cancel."),
                             widget=forms.EmailInput(attrs={"dir": "ltr", "autocomplete": "email"}))
    phone = forms.RegexField(label=_("Phone number"), required=False, max_length=30, regex=r"^[0-9+()\-\s]{6,30}$",
                             error_messages={"invalid": _("Use only digits, spaces and + ( ) -.")},
                             widget=forms.TextInput(attrs={"dir": "ltr", "inputmode": "tel"}))
    organization_name = forms.CharField(label=_("Organization (optional)"), max_length=200, required=False,
                                        widget=forms.TextInput(attrs={"dir": "auto"}))
    needs = forms.CharField(label=_("What would help you take part? (optional)"), required=False, max_length=2000,
                            help_text=_("For example sign language, a wheelchair place, childcare, interpretation."),
                            widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}))
    leave_empty = forms.CharField(required=False, label=_("Leave this empty"),
                                  widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if not data.get("email") and not data.get("phone"):
            self.add_error("email", _("Give an e-mail address or a phone number, so we can reach you."))
        return data

    def contact(self) -> dict:
        return {k: self.cleaned_data[k] for k in ("email", "phone") if self.cleaned_data.get(k)}
