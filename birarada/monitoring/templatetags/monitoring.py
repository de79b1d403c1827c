from django import template

from birarada.core.vocabulary import DiscourseType, Ground, Label
from birarada.monitoring.vocabulary import SeverityLevel

register = template.Library()


@register.filter
def ground_labels(values) -> list[str]:
    labels = dict(Ground.choices)
    return [str(labels.get(v, v)) for v in values or ()]


@register.filter
def type_labels(values) -> list[str]:
    labels = dict(DiscourseType.choices)
    return [str(labels.get(v, v)) for v in values or ()]


@register.filter
def label_display(value) -> str:
    return str(dict(Label.choices).get(value, value or "—"))


@register.filter
def severity_display(value) -> str:
    return str(dict(SeverityLevel.choices).get(value, value or "—"))


@register.filter
def percent(value) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"
