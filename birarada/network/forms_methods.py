"""Forms of the method pool: the public filters, writing a method, attaching a file, reporting a use.

The forms only check what people typed; the actions in methods.py save (and check again)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from birarada.core.collation import sorted_turkish
from birarada.core.forms import DateInput
from birarada.core.models import Organization
from birarada.core.vocabulary import Ground
from birarada.network.choices import PRACTICE_LANGUAGES, Licence, MethodStatus
from birarada.network.methods import MAX_REPORT_CHARS
from birarada.network.models import Method, Practice

SORTS = (("title", _("Title (A to Z)")), ("rating", _("Rating (best first)")))
RATINGS = [(n, str(n)) for n in range(5, 0, -1)]


def practice_title(practice: Practice, language: str | None = None) -> str:
    """A practice's title in `language` (the page's by default), else in the first language it has."""
    texts = list(practice.texts.all())
    wanted = language or get_language() or "tr"
    text = next((t for t in texts if t.language == wanted), None) or (texts[0] if texts else None)
    return text.title if text is not None else practice.slug


def _text(label, *, rows: int = 3, required: bool = False, help_text="") -> forms.CharField:
    return forms.CharField(label=label, required=required, help_text=help_text,
                           widget=forms.Textarea(attrs={"rows": rows, "dir": "auto"}))


class MethodFilterForm(forms.Form):
    """The pool's filters: a GET form, so the address says what is shown and can be shared."""

    ground = forms.ChoiceField(label=_("Ground"), required=False,
                               choices=[("", _("All grounds")), *Ground.choices])
    audience = forms.CharField(label=_("Audience (words)"), required=False, max_length=100,
                               widget=forms.TextInput(attrs={"type": "search", "dir": "auto"}))
    duration = forms.IntegerField(label=_("Lasts at most (minutes)"), required=False, min_value=1,
                                  max_value=10_000)
    group = forms.IntegerField(label=_("For a group of (people)"), required=False, min_value=1, max_value=10_000)
    language = forms.ChoiceField(label=_("Language"), required=False,
                                 choices=[("", _("All languages")), *PRACTICE_LANGUAGES])
    sort = forms.ChoiceField(label=_("Order"), required=False, choices=SORTS)


class MethodForm(forms.Form):
    """A method as its organization writes it. `networks` are the networks the organization belongs to; a
    published method stays in its network (the field is then shown but not changed)."""

    network = forms.ModelChoiceField(label=_("Method pool of the network"), queryset=Organization.objects.none(),
                                     empty_label=None,
                                     help_text=_("The network whose editors review and publish the method."))
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}))
    language = forms.ChoiceField(label=_("Language it is written in"), choices=PRACTICE_LANGUAGES)
    purpose = _text(_("Purpose"), required=True, help_text=_("What the method is for, in a few sentences."))
    grounds = forms.MultipleChoiceField(label=_("Grounds"), choices=Ground.choices, required=False,
                                        widget=forms.CheckboxSelectMultiple)
    audience = forms.CharField(label=_("Audience"), max_length=300, widget=forms.TextInput(attrs={"dir": "auto"}),
                               help_text=_("Who takes part: young people, municipal staff, neighbours…"))
    group_min = forms.IntegerField(label=_("Group size from"), required=False, min_value=1, max_value=10_000)
    group_max = forms.IntegerField(label=_("Group size up to"), required=False, min_value=1, max_value=10_000)
    duration_minutes = forms.IntegerField(label=_("Duration (minutes)"), required=False, min_value=1,
                                          max_value=10_000)
    materials = _text(_("Materials"))
    steps = _text(_("Steps"), rows=8, required=True, help_text=_("One step per line, in order."))
    facilitation = _text(_("Facilitation notes"))
    accessibility = _text(_("Accessibility notes"),
                          help_text=_("How people with disabilities, children or people who speak another "
                                      "language take part."))
    risks = _text(_("Risks and how to handle them"))
    variations = _text(_("Variations"))
    licence = forms.ChoiceField(label=_("Licence"), choices=Licence.choices, initial=Licence.CC_BY)
    practices = forms.ModelMultipleChoiceField(label=_("Practices that use it"), queryset=Practice.objects.none(),
                                               required=False, widget=forms.CheckboxSelectMultiple,
                                               help_text=_("Published practices of the observatory."))
    developed_by = forms.ModelMultipleChoiceField(
        label=_("Developed by"), queryset=Organization.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Organizations on the platform listed in the directory that developed the method."))

    def __init__(self, *args: Any, networks: QuerySet[Organization], practices: QuerySet[Practice],
                 developers: QuerySet[Organization], method: Method | None = None, **kwargs: Any) -> None:
        if method is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                **{name: getattr(method, name) for name in (
                    "title", "language", "purpose", "grounds", "audience", "group_min", "group_max",
                    "duration_minutes", "materials", "steps", "facilitation", "accessibility", "risks",
                    "variations", "licence")},
                "network": method.network_id,
                "practices": list(method.practices.values_list("pk", flat=True)),
                "developed_by": list(method.developed_by.values_list("pk", flat=True))}
        super().__init__(*args, **kwargs)
        network = self.fields["network"]
        assert isinstance(network, forms.ModelChoiceField)
        if method is not None and method.status == MethodStatus.PUBLISHED:
            # Shown, not changed: the network that published the method keeps it.
            network.queryset = Organization.objects.filter(pk=method.network_id)
            network.disabled = True
            network.help_text = _("A published method stays in the pool of the network that published it.")
        else:
            network.queryset = networks
        chosen = self.fields["practices"]
        assert isinstance(chosen, forms.ModelMultipleChoiceField)
        chosen.queryset = practices
        language = get_language()
        chosen.choices = [(p.pk, f"{practice_title(p, language)} ({p.city})")
                          for p in sorted_turkish(practices.prefetch_related("texts"),
                                                  key=lambda p: practice_title(p, language))]
        developed = self.fields["developed_by"]
        assert isinstance(developed, forms.ModelMultipleChoiceField)
        developed.queryset = developers
        developed.choices = [(o.pk, o.name) for o in sorted_turkish(developers, key=lambda o: o.name)]

    def clean_title(self) -> str:
        title = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError(_("Give the method a title."))
        return title

    def clean_steps(self) -> str:
        steps = self.cleaned_data["steps"].strip()
        if not any(line.strip() for line in steps.splitlines()):
            raise forms.ValidationError(_("Write the steps, one a line."))
        return steps

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        low, high = data.get("group_min"), data.get("group_max")
        if low is not None and high is not None and high < low:
            self.add_error("group_max", _("The largest group is smaller than the smallest one."))
        return data


class MethodFileForm(forms.Form):
    title = forms.CharField(label=_("Title of the file"), max_length=200,
                            widget=forms.TextInput(attrs={"dir": "auto"}))
    file = forms.FileField(label=_("File"),
                           help_text=_("A PDF, an image (PNG, JPEG, WebP), a Word (.docx) or PowerPoint (.pptx) "
                                       "file, at most 20 MB."),
                           widget=forms.FileInput(attrs={
                               "accept": ".pdf,.png,.jpg,.jpeg,.webp,.docx,.pptx"}))


class EventChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.title} ({timezone.localtime(obj.starts_at):%d.%m.%Y})"


class MethodUseForm(forms.Form):
    """"We used it": which published method, when, how well it worked, and at which of one's own events."""

    method = forms.ModelChoiceField(label=_("Method"), queryset=Method.objects.none(), to_field_name="slug",
                                    empty_label=_("Choose a method"))
    used_on = forms.DateField(label=_("Used on"), widget=DateInput())
    rating = forms.TypedChoiceField(label=_("How well did it work? (5 is best)"), choices=RATINGS, coerce=int,
                                    widget=forms.RadioSelect,
                                    error_messages={"invalid_choice": _("Choose a rating from 1 to 5."),
                                                    "required": _("Choose a rating from 1 to 5.")})
    report = forms.CharField(label=_("How it went"), max_length=MAX_REPORT_CHARS,
                             widget=forms.Textarea(attrs={"rows": 5, "dir": "auto",
                                                          "maxlength": MAX_REPORT_CHARS}),
                             help_text=_("A few sentences for other organizations: what worked, what you would "
                                         "change. Shown on the method's public page."))
    event = EventChoiceField(label=_("At one of your events (optional)"), queryset=None, required=False,
                             empty_label=_("No event"))

    def __init__(self, *args: Any, methods: QuerySet[Method], events: QuerySet, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        method = self.fields["method"]
        assert isinstance(method, forms.ModelChoiceField)
        method.queryset = methods
        method.choices = [("", _("Choose a method")),
                          *((m.slug, m.title) for m in sorted_turkish(methods, key=lambda m: m.title))]
        event = self.fields["event"]
        assert isinstance(event, forms.ModelChoiceField)
        event.queryset = events
        if not events.exists():
            del self.fields["event"]

    def clean_used_on(self):
        used_on = self.cleaned_data["used_on"]
        if used_on > timezone.localdate():
            raise forms.ValidationError(_("The date is in the future: report a use once it happened."))
        return used_on

    def clean_report(self) -> str:
        report = self.cleaned_data["report"].strip()
        if not report:
            raise forms.ValidationError(_("Say in a few words how it went."))
        return report
