from decimal import Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def money(amount, currency: str = "TRY") -> str:
    """An amount in the reader's number format, without decimals, with its currency (e.g. 1.250.000 TRY)."""
    if amount is None:
        return "—"
    return f"{number_format(Decimal(amount).quantize(Decimal(1)), decimal_pos=0, force_grouping=True)} {currency}"


@register.simple_tag
def budget_rows(budget) -> list[tuple[str, int]]:
    """(year, allocated in thousands) rows for the chart; the table beside it has the exact amounts."""
    return [(str(year.year), int(year.allocated // 1000)) for year in budget]



@register.filter
def label_name(value: str) -> str:
    """The engine's label ("hateful") in the reader's language."""
    from birarada.core.vocabulary import Label

    return str(dict(Label.choices).get(value, value))
