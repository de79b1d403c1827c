"""Forms of the campaigns module. Each part of the module keeps its forms in its own block."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

# ---- comments (birarada/campaigns/comments.py) --------------------------------------------------------------

PLATFORMS = [("x", "X / Twitter"), ("instagram", "Instagram"), ("facebook", "Facebook"), ("youtube", "YouTube"),
             ("website", _("Website")), ("other", _("Another platform"))]


class CommentForm(forms.Form):
    author = forms.CharField(label=_("Name shown (optional)"), max_length=80, required=False,
                             help_text=_("Leave it empty to comment without a name."),
                             widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "nickname"}))
    text = forms.CharField(label=_("Your comment"), max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 4, "dir": "auto", "maxlength": 2000}))
    leave_empty = forms.CharField(required=False, label=_("Leave this empty"),
                                  widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write a comment."))
        return text


class CommentImportForm(forms.Form):
    campaign = forms.TypedChoiceField(label=_("Campaign"), coerce=int)
    platform = forms.ChoiceField(label=_("Platform"), choices=PLATFORMS)
    file = forms.FileField(label=_("Export file (CSV or JSON lines)"),
                           help_text=_("One comment a row, at most 5 MB and 20,000 rows. The comment is in the "
                                       "column named below; a name shown, if any, in the other."))
    text_column = forms.CharField(label=_("Column of the comment"), max_length=60, initial="text")
    author_column = forms.CharField(label=_("Column of the name shown (optional)"), max_length=60,
                                    required=False, initial="author")

    def __init__(self, *args, campaigns=(), **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["campaign"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(c.pk, c.title) for c in campaigns]


# ---- campaigns, phases, messages, toolkit (birarada/campaigns/actions.py, toolkit.py) -----------------------

def _set_choices(form: forms.Form, name: str, choices) -> None:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    field.choices = choices


def _campaign_fields():
    """The fields of a campaign a person writes, shared by the create and the change form."""
    from birarada.core.forms import DateInput
    from birarada.core.vocabulary import Ground

    return {
        "title": forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"})),
        "the_day": forms.DateField(label=_("The day"), required=False, widget=DateInput(),
                                   help_text=_("Empty with an international day: its next date.")),
        "starts_on": forms.DateField(label=_("Campaign starts"), required=False, widget=DateInput(),
                                     help_text=_("Empty: eight weeks before the day, to prepare well in advance.")),
        "ends_on": forms.DateField(label=_("Campaign ends"), required=False, widget=DateInput(),
                                   help_text=_("Empty: two weeks after the day, for the highlights.")),
        "grounds": forms.MultipleChoiceField(label=_("Grounds"), choices=Ground.choices, required=False,
                                             widget=forms.CheckboxSelectMultiple,
                                             help_text=_("Empty with an international day: the grounds it "
                                                         "concerns.")),
        "message": forms.CharField(label=_("Main message"), widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
                                   help_text=_("One message for everyone taking part; each city may adapt it.")),
        "audience": forms.CharField(label=_("Audience"), max_length=300, required=False,
                                    widget=forms.TextInput(attrs={"dir": "auto"})),
        "objectives": forms.CharField(label=_("Objectives"), required=False,
                                      widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"})),
        "hashtags": forms.CharField(label=_("Hashtags"), max_length=300, required=False,
                                    widget=forms.TextInput(attrs={"dir": "ltr"}),
                                    help_text=_("The common hashtag first, separated by spaces: it gathers every "
                                                "city's posts.")),
        "is_public": forms.BooleanField(label=_("Public page (message, countdown, toolkit)"), required=False,
                                        initial=True),
    }


class CampaignForm(forms.Form):
    day_key = forms.ChoiceField(label=_("International day"), required=False)
    slug = forms.SlugField(label=_("Short name in addresses"), max_length=60)

    field_order = ["title", "slug", "day_key", "the_day", "starts_on", "ends_on", "grounds", "message", "audience",
                   "objectives", "hashtags", "is_public"]

    def __init__(self, *args, **kwargs):
        from birarada.campaigns.days import DAYS

        super().__init__(*args, **kwargs)
        self.fields.update(_campaign_fields())
        _set_choices(self, "day_key", [("", _("None: free dates"))] + [
            (d.key, f"{d.title} ({d.day}.{d.month})") for d in DAYS])
        self.order_fields(self.field_order)

    def clean(self):
        super().clean()
        data = self.cleaned_data
        if not data.get("day_key") and not data.get("the_day") and "the_day" not in self.errors:
            self.add_error("the_day", _("Give the day, or choose an international day."))
        the_day, starts, ends = data.get("the_day"), data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The campaign ends before it starts."))
        elif the_day and starts and starts > the_day:
            self.add_error("starts_on", _("The campaign must start on or before the day."))
        elif the_day and ends and ends < the_day:
            self.add_error("ends_on", _("The campaign must end on or after the day."))
        return data


class CampaignChangeForm(forms.Form):
    hold_offensive = forms.BooleanField(label=_("Hold offensive comments for review"), required=False,
                                        help_text=_("Hateful comments are always held."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fields = _campaign_fields()
        for name in ("the_day", "starts_on", "ends_on"):
            fields[name].required = True
            fields[name].help_text = ""
        fields["grounds"].help_text = ""
        self.fields = {**fields, "hold_offensive": self.fields["hold_offensive"]}

    def clean(self):
        super().clean()
        data = self.cleaned_data
        the_day, starts, ends = data.get("the_day"), data.get("starts_on"), data.get("ends_on")
        if the_day and starts and ends and not starts <= the_day <= ends:
            self.add_error("the_day", _("The day must fall within the campaign's dates."))
        return data


class PhaseForm(forms.Form):
    phase = forms.IntegerField(widget=forms.HiddenInput)
    starts_on = forms.DateField(label=_("Starts"))
    ends_on = forms.DateField(label=_("Ends"))

    def __init__(self, *args, **kwargs):
        from birarada.core.forms import DateInput

        super().__init__(*args, **kwargs)
        self.fields["starts_on"].widget = DateInput()
        self.fields["ends_on"].widget = DateInput()


class ChecklistItemForm(forms.Form):
    phase = forms.TypedChoiceField(label=_("Phase"), coerce=int)
    text = forms.CharField(label=_("Task"), max_length=300, widget=forms.TextInput(attrs={"dir": "auto"}))

    def __init__(self, *args, phases=(), **kwargs):
        super().__init__(*args, **kwargs)
        _set_choices(self, "phase", [(p.pk, p.get_kind_display()) for p in phases])


class MessageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    text = forms.CharField(label=_("Message"), required=False, max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
                           help_text=_("Empty: remove your message in this language."))

    def __init__(self, *args, **kwargs):
        from django.conf import settings

        super().__init__(*args, **kwargs)
        _set_choices(self, "language", list(settings.LANGUAGES))


class JoinForm(forms.Form):
    organization = forms.TypedChoiceField(label=_("Organization to invite"), coerce=int)
    note = forms.CharField(label=_("A word to the invited organization (optional)"), max_length=500, required=False,
                           widget=forms.TextInput(attrs={"dir": "auto"}))

    def __init__(self, *args, organizations=(), **kwargs):
        super().__init__(*args, **kwargs)
        _set_choices(self, "organization", [(o.pk, o.name) for o in organizations])


class AssetForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"))
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}))
    file = forms.FileField(label=_("File"), help_text=_("PDF, PNG, JPEG, WebP, Word, PowerPoint, a ZIP of logos, "
                                                        "MP4 or WebM video, or plain text; at most 25 MB. A "
                                                        "profile frame is a PNG with a transparent middle."))
    spec = forms.CharField(label=_("Format to keep"), max_length=300, required=False,
                           widget=forms.TextInput(attrs={"dir": "auto"}),
                           help_text=_("For example: 1080 × 1080 px, PNG, at most 2 MB."))

    def __init__(self, *args, **kwargs):
        from birarada.campaigns.choices import AssetKind

        super().__init__(*args, **kwargs)
        _set_choices(self, "kind", AssetKind.choices)


class SpecForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"))
    min_width = forms.IntegerField(label=_("Minimum width (px)"), min_value=1, required=False)
    min_height = forms.IntegerField(label=_("Minimum height (px)"), min_value=1, required=False)
    aspect_ratio = forms.CharField(label=_("Aspect ratio"), max_length=10, required=False,
                                   help_text=_("For example 1:1, 4:5 or 16:9. Empty: any."))
    max_megabytes = forms.DecimalField(label=_("Maximum size (MB)"), required=False, max_digits=6,
                                       decimal_places=1, min_value=0)
    max_seconds = forms.IntegerField(label=_("Maximum duration (seconds, videos)"), min_value=1, required=False)
    max_characters = forms.IntegerField(label=_("Maximum length (characters, texts)"), min_value=1,
                                        required=False)
    instructions = forms.CharField(label=_("Instructions for contributors"), required=False, max_length=4000,
                                   widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}))

    def __init__(self, *args, **kwargs):
        from birarada.campaigns.choices import MediaKind

        super().__init__(*args, **kwargs)
        _set_choices(self, "kind", MediaKind.choices)

    def clean_aspect_ratio(self):
        from birarada.campaigns.actions import CampaignError, parse_aspect_ratio

        value = self.cleaned_data["aspect_ratio"]
        try:
            ratio = parse_aspect_ratio(value)
        except CampaignError as error:
            raise forms.ValidationError(str(error)) from None
        return f"{ratio[0]}:{ratio[1]}" if ratio else ""


class FrameForm(forms.Form):
    photo = forms.FileField(label=_("Your photo"), help_text=_("JPEG, PNG or WebP, at most 10 MB. It is framed "
                                                                "and sent back to you; nothing is kept."),
                             widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}))


# ---- submissions (birarada/campaigns/submissions.py) ---------------------------------------------------------

class SubmissionForm(forms.Form):
    """A contribution from a resident (no account). The file is checked against the campaign's specification
    by the action, not here: the form only carries what was sent."""

    kind = forms.ChoiceField(label=_("What you send"), widget=forms.RadioSelect)
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}),
                            help_text=_("A few words on what it shows; it is also the description read aloud "
                                        "to people who cannot see the picture."))
    file = forms.FileField(label=_("Photo or video"), required=False,
                           help_text=_("For a photo or a video. If the page comes back with a message, choose the "
                                       "file again: browsers do not keep a chosen file."),
                           widget=forms.ClearableFileInput(attrs={
                               "accept": "image/jpeg,image/png,image/webp,video/mp4,video/quicktime,video/webm"}))
    text = forms.CharField(label=_("Text"), required=False,
                           widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
                           help_text=_("For a text; with a photo or video, an optional caption."))
    submitter_name = forms.CharField(label=_("Your name (optional)"), max_length=200, required=False,
                                     widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "name"}))
    submitter_contact = forms.CharField(label=_("E-mail or phone (optional)"), max_length=200, required=False,
                                        help_text=_("Only if the curators may write to you about it."),
                                        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "email"}))
    consent_publish = forms.BooleanField(label=_("I agree that the campaign may publish it (on its page, in the "
                                                 "gallery and the final collage). The people it shows agree too."),
                                         required=False)
    consent_named = forms.BooleanField(label=_("Show my name with it."), required=False)
    leave_empty = forms.CharField(required=False, label=_("Leave this empty"),
                                  widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    category: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Contest category (optional)"), queryset=None, required=False, empty_label=_("Not in the contest"),
        help_text=_("The jury scores approved contributions entered in a category."))

    def __init__(self, *args, kinds=None, categories=None, **kwargs):
        super().__init__(*args, **kwargs)
        from birarada.campaigns.choices import MediaKind

        category = self.fields["category"]
        assert isinstance(category, forms.ModelChoiceField)
        if categories is None or not categories.exists():
            del self.fields["category"]  # no contest, or every category closed: no question
        else:
            category.queryset = categories
            category.label_from_instance = lambda c: c.title  # type: ignore[method-assign,assignment]

        labels = dict(MediaKind.choices)
        kinds = kinds or list(labels)
        kind = self.fields["kind"]
        assert isinstance(kind, forms.ChoiceField)
        kind.choices = [(k, labels[k]) for k in kinds]
        if len(kinds) == 1:
            self.fields["kind"].initial = kinds[0]


class StaffSubmissionForm(SubmissionForm):
    """A participating organization's staff submitting for their city: the consent is theirs to have gathered."""

    consent_publish = forms.BooleanField(label=_("The people it shows agreed to its publication."),
                                         required=False, initial=True)
    consent_named = forms.BooleanField(label=_("Show the name below with it."), required=False)
    submitter_name = forms.CharField(label=_("Name to show (optional)"), max_length=200, required=False,
                                     widget=forms.TextInput(attrs={"dir": "auto"}))
    submitter_contact = forms.CharField(label=_("Contact (optional)"), max_length=200, required=False,
                                        widget=forms.TextInput(attrs={"dir": "ltr"}))
    leave_empty = None  # type: ignore[assignment]  # staff are signed in: no honeypot


class CurateForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Not accept"))])
    reason = forms.CharField(label=_("Reason"), max_length=300, required=False,
                             widget=forms.TextInput(attrs={"dir": "auto"}))
