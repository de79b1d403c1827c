from typing import cast

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from birarada.core.collation import sorted_turkish
from birarada.core.forms import DateInput
from birarada.core.vocabulary import Area, Ground
from birarada.incidents.actions import NewReport
from birarada.incidents.choices import IZMIR_DISTRICTS, CaseStatus, ClosureReason, Perpetrator, ReporterRole


def district_choices():
    districts = sorted_turkish(settings.INCIDENTS_DISTRICTS or IZMIR_DISTRICTS, key=str)
    return [("", _("I'd rather not say / not in the city"))] + [(d, d) for d in districts]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class ReportForm(forms.Form):
    """What a resident tells us. Used by the web form and, through the same validation, by the API.

    `districts`: the districts of the city the report goes to, when it is not the configured city."""

    def __init__(self, *args, districts: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if districts is not None:
            field = cast(forms.ChoiceField, self.fields["district"])
            field.choices = [("", _("I'd rather not say / not in the city")), *((d, d) for d in districts)]

    description = forms.CharField(
        label=_("What happened?"),
        help_text=_("In your own words and language. Who treated you differently, and how? "
                    "You do not have to give names."),
        widget=forms.Textarea(attrs={"rows": 7, "dir": "auto"}),
        min_length=10,
        max_length=10_000,
    )
    grounds = forms.MultipleChoiceField(
        label=_("Why do you think you were treated this way?"),
        help_text=_("Choose all that apply."),
        choices=Ground.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    area = forms.ChoiceField(label=_("Where in city life did it happen?"), choices=[("", "—"), *Area.choices])
    occurred_on = forms.DateField(
        label=_("Date"), required=False, widget=DateInput(),
        help_text=_("If you know it."),
    )
    occurred_approx = forms.CharField(
        label=_("Or about when?"), required=False, max_length=200,
        help_text=_("For example: “last spring”, “every week since March”."),
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    district = forms.ChoiceField(label=_("District"), required=False, choices=district_choices)
    place = forms.CharField(
        label=_("Neighbourhood or place"), required=False, max_length=200,
        help_text=_("Optional. For example a bus line, a hospital or a service desk."),
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    perpetrator = forms.ChoiceField(
        label=_("Who did it?"), required=False, choices=Perpetrator.choices, widget=forms.RadioSelect
    )
    reporter_role = forms.ChoiceField(
        label=_("Who is reporting?"), choices=ReporterRole.choices, widget=forms.RadioSelect
    )
    contact_name = forms.CharField(label=_("Name (or a nickname)"), required=False, max_length=120,
                                   widget=forms.TextInput(attrs={"dir": "auto"}))
    contact_email = forms.EmailField(label=_("E-mail address"), required=False,
                                     widget=forms.EmailInput(attrs={"dir": "ltr"}))
    contact_phone = forms.RegexField(
        label=_("Phone number"), required=False, max_length=30, regex=r"^[0-9+()\-\s]{6,30}$",
        error_messages={"invalid": _("Use only digits, spaces and + ( ) -.")},
        widget=forms.TextInput(attrs={"dir": "ltr", "inputmode": "tel"}),
    )
    consent_contact = forms.BooleanField(label=_("You may contact me about this report."), required=False)
    consent_referral = forms.BooleanField(
        label=_("You may pass my case to a partner organization (for example a legal aid NGO) if that helps."),
        required=False,
    )
    consent_statistics = forms.BooleanField(
        label=_("You may count my report, without any personal details, in the city's statistics."),
        required=False,
    )
    # A field people never see; automated spam fills it in.
    # A fresh random value per form: a second POST of the same form (reload, double click) stores nothing twice.
    submission = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    leave_empty = forms.CharField(
        required=False, label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_occurred_on(self):
        value = self.cleaned_data.get("occurred_on")
        if value and value > timezone.localdate():
            raise forms.ValidationError(_("This date is in the future."))
        return value

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("consent_contact") and not (data.get("contact_email") or data.get("contact_phone")):
            self.add_error(
                "contact_email",
                _("To be contacted, give an e-mail address or a phone number — or untick “You may contact me”."),
            )
        return data

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("leave_empty"))

    def as_report(self) -> NewReport:
        """The validated report as plain values for `do_submit_report`."""
        data = self.cleaned_data
        keys = {"contact_name": "name", "contact_email": "email", "contact_phone": "phone"}
        return NewReport(
            description=data["description"], grounds=tuple(data["grounds"]), area=data["area"],
            reporter_role=data["reporter_role"], occurred_on=data.get("occurred_on"),
            occurred_approx=data.get("occurred_approx", ""), district=data.get("district", ""),
            place=data.get("place", ""), perpetrator=data.get("perpetrator", ""),
            contact={short: data[name] for name, short in keys.items() if data.get(name)},
            consent_contact=bool(data.get("consent_contact")), consent_referral=bool(data.get("consent_referral")),
            consent_statistics=bool(data.get("consent_statistics")),
        )


class EvidenceForm(forms.Form):
    evidence = MultipleFileField(
        label=_("Photos or documents (optional)"),
        required=False,
        help_text=_("JPEG, PNG, WebP or PDF. Location and camera details are removed from photos."),
    )

    def clean_evidence(self):
        files = self.cleaned_data.get("evidence") or []
        if len(files) > settings.INCIDENTS_MAX_FILES:
            raise forms.ValidationError(
                _("You can attach at most %(n)s files.") % {"n": settings.INCIDENTS_MAX_FILES}
            )
        return files


class ReceiptForm(forms.Form):
    receipt = forms.CharField(
        label=_("Your receipt code"), max_length=64,
        help_text=_("The 16 characters you received, like ABCD-1234-EFGH-5678."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )


class ReplyForm(forms.Form):
    text = forms.CharField(label=_("Your answer"), widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
                           max_length=5000)


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Internal note"), widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
                           max_length=5000)


class MessageForm(forms.Form):
    text = forms.CharField(
        label=_("Message to the reporter"), widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}), max_length=5000,
        help_text=_("The reporter reads it with their receipt code. Do not include other people's personal data."),
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=CaseStatus.choices)
    reason = forms.ChoiceField(
        label=_("Reason (when resolving or closing)"), required=False, choices=[("", "—"), *ClosureReason.choices]
    )

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if data.get("status") in CaseStatus.final_values() and not data.get("reason"):
            self.add_error("reason", _("Say why the case is resolved or closed."))
        return data


class AssignForm(forms.Form):
    assignee = forms.ChoiceField(label=_("Case worker"), required=False)

    def __init__(self, *args, case_workers=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["assignee"]).choices = [("", _("Nobody"))] + [
            (str(u.pk), u.get_full_name() or u.username) for u in case_workers
        ]


class DeadlineForm(forms.Form):
    due_on = forms.DateField(label=_("Deadline"), required=False, widget=DateInput())


class ReferralForm(forms.Form):
    partner = forms.ChoiceField(label=_("Partner organization"))
    summary = forms.CharField(
        label=_("What the partner needs to know"), widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"}),
        max_length=5000,
        help_text=_("Write only what the partner needs. The reporter's own words are not sent."),
    )
    share_contact = forms.BooleanField(label=_("Share the reporter's contact details"), required=False)

    def __init__(self, *args, partners=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["partner"]).choices = [(str(p.pk), p.name) for p in partners]


class TransferForm(forms.Form):
    destination = forms.ChoiceField(label=_("Unit"))
    note = forms.CharField(
        label=_("Why (for the audit log)"), required=False, max_length=500,
        widget=forms.TextInput(attrs={"dir": "auto"}),
        help_text=_("Do not write the reporter's personal data here."),
    )

    def __init__(self, *args, destinations=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["destination"]).choices = [(str(o.pk), o.name) for o in destinations]
