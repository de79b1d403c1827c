from typing import cast

from django import forms
from django.utils.translation import gettext_lazy as _

from birarada.core.files import FileReadError, decode_text, read_docx
from birarada.core.forms import PeriodForm
from birarada.core.vocabulary import DiscourseType, Ground, Label
from birarada.monitoring.imports import MAX_IMPORT_BYTES
from birarada.monitoring.vocabulary import RABAT_HELP, RATINGS, RabatFactor

MAX_DRAFT_CHARS = 100_000


class FeedForm(forms.Form):
    url = forms.URLField(label=_("Feed address (RSS or Atom)"), max_length=1000, assume_scheme="https")
    name = forms.CharField(label=_("Name"), max_length=200, required=False,
                           help_text=_("For example the newspaper's name. Empty: the address is used."))
    interval_minutes = forms.IntegerField(label=_("Read every (minutes)"), min_value=5, max_value=7 * 24 * 60,
                                          initial=60)


class PasteForm(forms.Form):
    text = forms.CharField(label=_("Text to analyse"), widget=forms.Textarea(attrs={"rows": 4}), max_length=20_000)


class ExportForm(forms.Form):
    file = forms.FileField(label=_("Export file (CSV or JSONL)"),
                           help_text=_("A CSV with a header row, or one JSON object per line."))
    source_name = forms.CharField(label=_("Source name"), max_length=200,
                                  help_text=_("For example: replies to the city's 21 March post."))
    text_column = forms.CharField(label=_("Column with the text"), initial="text", max_length=100)
    link_column = forms.CharField(label=_("Column with the link"), required=False, max_length=100)
    author_column = forms.CharField(label=_("Column with the author's handle"), required=False, max_length=100,
                                    help_text=_("Stored only as a keyed hash, never as the handle itself."))
    date_column = forms.CharField(label=_("Column with the date"), required=False, max_length=100)
    reach_columns = forms.CharField(label=_("Columns with reach figures"), required=False, max_length=300,
                                    help_text=_("Comma-separated, added up: for example likes,shares,replies."))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".tsv", ".txt", ".jsonl", ".ndjson", ".json")):
            raise forms.ValidationError(_("Choose a .csv or .jsonl file."))
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB; split it into several files."))
        return upload

    def mapping(self) -> dict:
        data = self.cleaned_data
        return {"text": data["text_column"], "link": data["link_column"], "author": data["author_column"],
                "published": data["date_column"],
                "reach": [c.strip() for c in data["reach_columns"].split(",") if c.strip()]}


class ReviewForm(forms.Form):
    label = forms.ChoiceField(label=_("Label"), choices=Label.choices, widget=forms.RadioSelect)
    grounds = forms.MultipleChoiceField(label=_("Grounds"), choices=Ground.choices, required=False,
                                        widget=forms.CheckboxSelectMultiple)
    types = forms.MultipleChoiceField(label=_("Discourse types"), choices=DiscourseType.choices, required=False,
                                      widget=forms.CheckboxSelectMultiple)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           max_length=2000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for factor in RabatFactor:
            self.fields[factor.value] = forms.TypedChoiceField(
                label=factor.label, choices=[("", _("not rated")), *RATINGS], coerce=int, empty_value=None,
                required=False, help_text=RABAT_HELP[factor.value],
            )

    def rabat_fields(self):
        return [self[f] for f in RabatFactor.values]

    def ratings(self) -> dict:
        return {f: self.cleaned_data.get(f) for f in RabatFactor.values}


class BulkReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("confirm", _("Confirm the engine's label")),
                                          ("none", _("Mark as neither hateful nor offensive"))])
    items = forms.TypedMultipleChoiceField(coerce=int, choices=[])

    def __init__(self, *args, item_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["items"]).choices = [(i, i) for i in item_ids]


class ReportForm(PeriodForm):
    title = forms.CharField(label=_("Title"), max_length=200)
    field_order = ["title", "since", "until"]


class DraftForm(forms.Form):
    text = forms.CharField(label=_("Draft text"), required=False, widget=forms.Textarea(attrs={"rows": 10}),
                           max_length=MAX_DRAFT_CHARS)
    file = forms.FileField(label=_("Or upload a .txt or .docx file"), required=False)

    def clean(self):
        super().clean()
        data = self.cleaned_data
        upload = data.get("file")
        if upload:
            data["text"] = read_upload(upload, self)
        if not data.get("text", "").strip() and not self.errors:
            raise forms.ValidationError(_("Paste a text or choose a file to check."))
        return data


def read_upload(upload, form) -> str:
    name = upload.name.lower()
    if upload.size > 5 * 1024 * 1024:
        form.add_error("file", _("The file is larger than 5 MB."))
        return ""
    if name.endswith(".txt"):
        try:
            return decode_text(upload.read())[:MAX_DRAFT_CHARS]
        except FileReadError:
            form.add_error("file", _("This file does not contain plain text. Save it as a .txt file and try again."))
            return ""
    if name.endswith(".docx"):
        try:
            return read_docx(upload)[:MAX_DRAFT_CHARS]
        except FileReadError:
            form.add_error("file", _("This file could not be read as a Word (.docx) document."))
            return ""
    form.add_error("file", _("Choose a .txt or .docx file."))
    return ""
