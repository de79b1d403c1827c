"""Forms of the observatory: the search's GET parameters, a practice's facts and language versions, files,
comments. They only validate; network/observatory.py changes things."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from birarada.core.models import Organization
from birarada.core.vocabulary import Area, Ground
from birarada.network.choices import PRACTICE_LANGUAGES, CitySize, Licence, Theme
from birarada.network.models import Practice, PracticeText
from birarada.network.observatory import FACT_FIELDS, MAX_COMMENT_CHARS, TEXT_FIELDS
from birarada.network.search import clean_query, page_number

# ---- the public search --------------------------------------------------------------------------------

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
FACET_CHOICES: dict[str, list[tuple[str, Any]]] = {
    "theme": list(Theme.choices), "ground": list(Ground.choices), "area": list(Area.choices),
    "size": list(CitySize.choices), "lang": list(PRACTICE_LANGUAGES),
}


@dataclass(frozen=True)
class SearchRequest:
    query: str
    filters: dict[str, list[str]]
    page: int
    page_given: str  # what the address said, to tell a wrong page number

    @property
    def page_was_wrong(self) -> bool:
        return bool(self.page_given) and str(self.page) != self.page_given


def search_request(params: QueryDict) -> SearchRequest:
    """What the observatory's GET form asks: the words, the chosen facet values (unknown ones dropped) and the
    page. Never fails."""
    filters: dict[str, list[str]] = {}
    for facet, choices in [*FACET_CHOICES.items(), ("country", [])]:
        allowed = {value for value, _label in choices}
        values = []
        for value in params.getlist(facet)[:50]:
            value = value.strip()
            if facet == "country":
                value = value.upper()
                known = bool(COUNTRY_CODE.match(value))
            else:
                known = value in allowed
            if known and value not in values:
                values.append(value)
        if values:
            filters[facet] = values
    given = params.get("page", "").strip()[:20]
    return SearchRequest(clean_query(params.get("q", "")), filters, page_number(given or 1), given)


# ---- writing a practice -------------------------------------------------------------------------------

def _label(model, name: str):
    return model._meta.get_field(name).verbose_name


def _help(model, name: str):
    return model._meta.get_field(name).help_text


class PracticeTextForm(forms.Form):
    """One language version of a practice."""

    title = forms.CharField(label=_label(PracticeText, "title"), max_length=200)
    summary = forms.CharField(label=_label(PracticeText, "summary"), max_length=600,
                              widget=forms.Textarea(attrs={"rows": 3}),
                              help_text=_("Two or three sentences: shown in the list of practices."))
    challenge = forms.CharField(label=_label(PracticeText, "challenge"), required=False,
                                widget=forms.Textarea(attrs={"rows": 4}))
    action = forms.CharField(label=_label(PracticeText, "action"), widget=forms.Textarea(attrs={"rows": 6}))
    results = forms.CharField(label=_label(PracticeText, "results"), required=False,
                              widget=forms.Textarea(attrs={"rows": 4}), help_text=_help(PracticeText, "results"))
    quote = forms.CharField(label=_label(PracticeText, "quote"), required=False,
                            widget=forms.Textarea(attrs={"rows": 2}))
    quote_by = forms.CharField(label=_label(PracticeText, "quote_by"), max_length=200, required=False)

    def __init__(self, *args, language: str | None = None, bidi: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # What is typed is in the version's language (labels stay in the page's).
        attrs = {"lang": language, "dir": "rtl" if bidi else "ltr"} if language else {"dir": "auto"}
        for name in TEXT_FIELDS:
            self.fields[name].widget.attrs.update(attrs)

    def text(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in TEXT_FIELDS}


def directory_organizations():
    """The organizations a practice may name as being behind it: those of the public directory."""
    return Organization.objects.in_directory().order_by("name")


class PracticeFactsForm(forms.Form):
    """Where, when, about what and by whom: the facts every language version shares."""

    city = forms.CharField(label=_label(Practice, "city"), max_length=100)
    country = forms.CharField(label=_label(Practice, "country"), min_length=2, max_length=2, initial="TR",
                              help_text=_help(Practice, "country"))
    population = forms.IntegerField(label=_("population of the city"), min_value=0, max_value=2_000_000_000,
                                    required=False)
    started = forms.IntegerField(label=_label(Practice, "started"), min_value=1900, max_value=2100, required=False)
    ended = forms.IntegerField(label=_label(Practice, "ended"), min_value=1900, max_value=2100, required=False,
                               help_text=_help(Practice, "ended"))
    themes = forms.MultipleChoiceField(label=_label(Practice, "themes"), choices=Theme.choices,
                                       widget=forms.CheckboxSelectMultiple,
                                       error_messages={"required": _("Choose at least one theme.")})
    grounds = forms.MultipleChoiceField(label=_label(Practice, "grounds"), choices=Ground.choices, required=False,
                                        widget=forms.CheckboxSelectMultiple)
    areas = forms.MultipleChoiceField(label=_label(Practice, "areas"), choices=Area.choices, required=False,
                                      widget=forms.CheckboxSelectMultiple)
    organizations = forms.ModelMultipleChoiceField(
        label=_label(Practice, "organizations"), queryset=Organization.objects.none(), required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Those listed in the partner directory; name the others below."))
    other_organizations = forms.CharField(label=_label(Practice, "other_organizations"), max_length=300,
                                          required=False)
    sources = forms.CharField(label=_label(Practice, "sources"), required=False,
                              widget=forms.Textarea(attrs={"rows": 3}), help_text=_help(Practice, "sources"))
    licence = forms.ChoiceField(label=_label(Practice, "licence"), choices=Licence.choices, initial=Licence.CC_BY)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organizations"].queryset = directory_organizations()  # type: ignore[attr-defined]

    def clean_country(self) -> str:
        value = self.cleaned_data["country"].strip().upper()
        if not COUNTRY_CODE.match(value):
            raise forms.ValidationError(_("Give the country as its two-letter code, such as TR or BE."))
        return value

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        started, ended = cleaned.get("started"), cleaned.get("ended")
        if started is not None and ended is not None and ended < started:
            self.add_error("ended", _("The practice cannot end before it started."))
        return cleaned

    def facts(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in FACT_FIELDS}

    @classmethod
    def initial_for(cls, practice: Practice) -> dict[str, Any]:
        initial: dict[str, Any] = {name: getattr(practice, name) for name in FACT_FIELDS}
        initial["organizations"] = [o.pk for o in practice.organizations.all()]
        return initial


class NewPracticeForm(PracticeTextForm, PracticeFactsForm):
    """A new practice: the network's observatory it goes to, its first language version and its facts."""

    network = forms.ModelChoiceField(label=_("observatory of the network"), queryset=Organization.objects.none(),
                                     empty_label=None)
    language = forms.ChoiceField(label=_("language of this first version"), choices=PRACTICE_LANGUAGES)

    field_order = ["network", "language", *TEXT_FIELDS, *FACT_FIELDS[:8], "organizations", *FACT_FIELDS[8:]]

    def __init__(self, *args, networks=None, **kwargs):
        super().__init__(*args, **kwargs)
        choices = networks if networks is not None else Organization.objects.none()
        self.fields["network"].queryset = choices  # type: ignore[attr-defined]


class PracticeFileForm(forms.Form):
    title = forms.CharField(label=_("title"), max_length=200)
    file = forms.FileField(label=_("file"), help_text=_("A picture (PNG, JPEG, WebP) or a PDF document, at most "
                                                        "20 MB. Pictures are shown on the practice's page."))


class CommentForm(forms.Form):
    text = forms.CharField(label=_("comment"), max_length=MAX_COMMENT_CHARS, widget=forms.Textarea(attrs={"rows": 4}))


class ReturnForm(forms.Form):
    comment = forms.CharField(label=_("What the authors should change"), max_length=MAX_COMMENT_CHARS,
                              widget=forms.Textarea(attrs={"rows": 4}))
