from decimal import Decimal
from typing import cast

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from birarada.core.collation import sorted_turkish
from birarada.core.forms import PeriodForm
from birarada.core.models import Organization
from birarada.events.choices import Accessibility, EventKind, ParticipantKind

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
    topics = forms.CharField(label=_("Topics (trainings)"), max_length=300, required=False,
                             help_text=_("What is taught, in a few words (for training records)."),
                             widget=forms.TextInput(attrs={"dir": "auto"}))
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

    def participation(self) -> dict:
        """Who takes part, for training records (trainings ask; see TrainingRegistrationForm)."""
        return {}


class TrainingRegistrationForm(RegistrationForm):
    """A training also asks who takes part as what, for the training records (counts by directorate)."""

    field_order = ["name", "email", "phone", "organization_name", "participant_kind", "directorate", "needs"]
    participant_kind = forms.ChoiceField(label=_("Taking part as"), choices=ParticipantKind.choices,
                                         initial=ParticipantKind.RESIDENT, required=False)
    directorate = forms.CharField(label=_("Directorate or department (municipal staff)"), max_length=200,
                                  required=False, widget=forms.TextInput(attrs={"dir": "auto"}),
                                  help_text=_("For municipal staff: where you work, for the training records."))

    def clean(self):
        data = super().clean()
        if data.get("participant_kind") == ParticipantKind.MUNICIPAL_STAFF and not data.get("directorate", "").strip():
            self.add_error("directorate", _("Give your directorate or department."))
        return data

    def participation(self) -> dict:
        return {"participant_kind": self.cleaned_data["participant_kind"] or ParticipantKind.RESIDENT,
                "directorate": self.cleaned_data["directorate"]}


def registration_form(event, *args, **kwargs) -> RegistrationForm:
    """The registration form for `event`: a training's asks who takes part as what."""
    return TrainingRegistrationForm(*args, **kwargs) if event.is_training else RegistrationForm(*args, **kwargs)


class InvitationUploadForm(forms.Form):
    file = forms.FileField(label=_("List of invitees (CSV file)"),
                           help_text=_("First row: name, email, organization (or ad soyad, e-posta, kurum); "
                                       "separated by commas or semicolons; at most 1 MB."),
                           widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,text/csv"}))
    language = forms.ChoiceField(label=_("Language of the invitation e-mails"), choices=settings.LANGUAGES,
                                 initial=settings.LANGUAGE_CODE)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "invite_%s")  # unique ids on the event page, which has other forms
        super().__init__(*args, **kwargs)


class TrainingRecordsForm(PeriodForm):
    """The period of the training records."""


class RecordForm(forms.Form):
    """What happened at an event: minutes, outcomes, how many came and which organizations took part."""

    minutes = forms.CharField(label=_("Minutes"), required=False, max_length=30_000,
                              help_text=_("Simple formatting: *emphasis*, **strong**, lists with -, links, "
                                          "# for a heading. Shown on the public page once the event is over."),
                              widget=forms.Textarea(attrs={"rows": 10, "dir": "auto"}))
    outcomes = forms.CharField(label=_("Outcomes"), required=False, max_length=5_000,
                               help_text=_("What was decided or agreed, what comes next. Shown on the public page "
                                           "once the event is over: write no one's personal details."),
                               widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}))
    attendee_count = forms.IntegerField(label=_("People who came"), required=False, min_value=0, max_value=100_000,
                                        help_text=_("Counted on the day, including people who did not register. "
                                                    "Leave empty to count the check-ins."))
    attending_organizations: forms.ModelMultipleChoiceField = forms.ModelMultipleChoiceField(
        label=_("Organizations that took part"), required=False, queryset=Organization.objects.none(),
        widget=forms.CheckboxSelectMultiple)
    attending_other = forms.CharField(label=_("Other organizations that took part"), required=False, max_length=500,
                                      help_text=_("Organizations not in the directory, separated by commas."),
                                      widget=forms.TextInput(attrs={"dir": "auto"}))

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        # The partner directory, the event's co-organizers, and whoever was chosen before (even if unlisted now).
        chosen = list(event.attending_organizations.values_list("pk", flat=True))
        partners = list(event.partners.values_list("pk", flat=True))
        queryset = Organization.objects.filter(Q(listed_in_directory=True) | Q(pk__in=chosen + partners)
                                               ).exclude(pk=event.organization_id)
        field = cast(forms.ModelMultipleChoiceField, self.fields["attending_organizations"])
        field.queryset = queryset
        field.choices = [(o.pk, o.name) for o in sorted_turkish(queryset, key=lambda o: o.name)]


class EventFileForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}),
                            help_text=_("For example: signed attendance sheet, presentation, photos of the day."))
    file = forms.FileField(label=_("File"), max_length=200,
                           help_text=_("PDF, image (PNG, JPEG, WebP), Word (.docx), PowerPoint (.pptx) or plain "
                                       "text (.txt); at most 20 MB."),
                           widget=forms.ClearableFileInput(attrs={
                               "accept": ".pdf,.png,.jpg,.jpeg,.webp,.docx,.pptx,.txt"}))


RATINGS = [(n, str(n)) for n in range(1, 6)]


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How was the event?"), choices=RATINGS, coerce=int, widget=forms.RadioSelect,
        help_text=_("1 is poor, 5 is very good."),
        error_messages={"required": _("Choose a rating from 1 to 5."),
                        "invalid_choice": _("Choose a rating from 1 to 5.")})
    text = forms.CharField(label=_("Comments (optional)"), required=False, max_length=2000,
                           help_text=_("Do not write your name or anyone else's: feedback is anonymous."),
                           widget=forms.Textarea(attrs={"rows": 4, "dir": "auto", "maxlength": 2000}))
    leave_empty = forms.CharField(required=False, label=_("Leave this empty"),
                                  widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

