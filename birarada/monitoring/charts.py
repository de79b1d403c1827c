"""Server-rendered SVG charts: no JavaScript, no external library, readable by screen readers (each chart
is an image with a title, and the page shows the same figures in a table beside it)."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

BAR_HEIGHT, GAP, LABEL_WIDTH, WIDTH = 22, 8, 230, 640


def bar_chart(rows: list[tuple[str, int]], *, title: str, chart_id: str) -> SafeString:
    """Horizontal bars: one row per label."""
    if not rows:
        return mark_safe("")
    biggest = max(value for _, value in rows) or 1
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    room = WIDTH - LABEL_WIDTH - 60
    bars = format_html_join(
        "\n",
        '<g><text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar"></rect>'
        '<text x="{}" y="{}" class="chart-value">{}</text></g>',
        (
            (LABEL_WIDTH - 8, GAP + i * (BAR_HEIGHT + GAP) + 16, label[:34],
             LABEL_WIDTH, GAP + i * (BAR_HEIGHT + GAP), max(1, round(room * value / biggest)), BAR_HEIGHT,
             LABEL_WIDTH + max(1, round(room * value / biggest)) + 6, GAP + i * (BAR_HEIGHT + GAP) + 16, value)
            for i, (label, value) in enumerate(rows)
        ),
    )
    return _svg(chart_id, title, WIDTH, height, bars)


def trend_chart(points: list[tuple[str, int, int]], *, title: str, chart_id: str) -> SafeString:
    """Columns over time: hateful (dark) stacked under offensive (light)."""
    if not points:
        return mark_safe("")
    height, bottom, left = 220, 190, 40
    biggest = max(h + o for _, h, o in points) or 1
    step = (WIDTH - left - 10) / len(points)
    width = max(1.0, step * 0.8)
    parts = []
    for i, (label, hateful, offensive) in enumerate(points):
        x = left + i * step
        h_px = round(160 * hateful / biggest, 1)
        o_px = round(160 * offensive / biggest, 1)
        parts.append(format_html(
            '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar"></rect>'
            '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar-light"></rect>',
            round(x, 1), bottom - h_px, round(width, 1), h_px, round(x, 1), bottom - h_px - o_px, round(width, 1), o_px,
        ))
    first, last = points[0][0], points[-1][0]
    parts.append(format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart-axis"></line>'
        '<text x="{}" y="{}" class="chart-label">{}</text>'
        '<text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text>'
        '<text x="4" y="36" class="chart-label">{}</text>',
        left, bottom, WIDTH - 10, bottom, left, bottom + 20, first, WIDTH - 10, bottom + 20, last, biggest,
    ))
    return _svg(chart_id, title, WIDTH, height, mark_safe("".join(parts)))


def _svg(chart_id: str, title: str, width: int, height: int, body) -> SafeString:
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="{}" viewBox="0 0 {} {}" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{}">{}</title>{}</svg>',
        chart_id, width, height, chart_id, title, body,
    )
