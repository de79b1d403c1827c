from django import template

register = template.Library()


@register.filter
def bar_width(count, maximum) -> str:
    """Width in percent of the longest bar; suppressed public cells ('<5') draw no bar.

    A string, so the template never localises it into "76,9", which SVG would not read.
    """
    if not isinstance(count, int) or not maximum:
        return "0"
    return f"{100 * count / maximum:.1f}"
