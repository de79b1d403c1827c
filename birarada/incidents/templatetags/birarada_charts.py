from django import template

register = template.Library()
ROW = 20


@register.filter
def bar_height(rows: int) -> int:
    return max(1, rows) * ROW


@register.filter
def bar_y(index: int) -> int:
    return index * ROW + 3


@register.filter
def bar_width(count, maximum) -> float:
    """Width in percent of the longest bar; suppressed public cells ('<5') draw no bar."""
    if not isinstance(count, int) or not maximum:
        return 0
    return round(100 * count / maximum, 1)
