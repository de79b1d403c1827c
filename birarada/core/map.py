"""An offline map of Türkiye's provinces for the partner directory: no tiles, no map server, no JavaScript.

Each province is one circle at its centre's latitude and longitude (birarada/core/provinces.py), projected
equirectangularly with the longitudes scaled by cos(latitude) so the country keeps its shape, and fitted to the
drawing. Neighbouring capitals lie close (Isparta and Burdur, the Marmara provinces), so circles that would
overlap are pushed apart a little, once, when the layout is first needed: an honest schematic, not a survey.

Circles are shaded in five steps by the number of organizations; a province without any is drawn pale with a
dark outline. Every outline and every legend swatch has at least 3:1 contrast with the white page (WCAG 1.4.11),
so no shape relies on its fill to be seen, and the numbers are also in each shape's title and in a table that
the page shows beside the map.

Numbers in the SVG are written by Python (never localised into "12,5", which SVG cannot read).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from birarada.core.provinces import PROVINCES, Province

WIDTH = 640  # the drawing's width in SVG units; the height follows from Türkiye's shape
PAD = 14
RADIUS = 9.5
GAP = 1.5  # the least space between two circles

# Fills from pale to dark (the site's accent hue). Step 0: no organization.
NONE_FILL = "#ffffff"
FILLS = ("#fbe4d8", "#f4b394", "#e07a52", "#b34a21", "#6e2209")
# Outlines: dark grey (7:1 on white) for provinces without organizations, near-black for the others.
NONE_STROKE = "#6b6b76"
STROKE = "#1b1b1f"
SELECTED_STROKE = "#1d4ed8"  # the province the directory is filtered by (the site's focus colour)


@dataclass(frozen=True)
class Step:
    low: int
    high: int
    fill: str

    @property
    def label(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


def steps(counts: Mapping[str, int]) -> list[Step]:
    """The five shading steps for these counts (fewer when the largest count is below five): equal ranges
    from 1 to the largest count."""
    largest = max(counts.values(), default=0)
    if largest <= 0:
        return []
    found: list[Step] = []
    low = 1
    for index in range(5):
        high = max(low, math.ceil(largest * (index + 1) / 5))
        if index == 4:
            high = largest
        if low > largest:
            break
        found.append(Step(low, high, FILLS[index if largest >= 5 else _spread(index, largest)]))
        low = high + 1
    return found


def _spread(index: int, count: int) -> int:
    """With fewer than five steps, use the palette's ends and middle, so 1 of 2 is pale and 2 of 2 is dark."""
    if count == 1:
        return 4
    return round(index * 4 / (count - 1))


def step_for(count: int, found: list[Step]) -> Step | None:
    return next((s for s in found if s.low <= count <= s.high), None) if count > 0 else None


def _project(province: Province, reference_latitude: float) -> tuple[float, float]:
    return province.longitude * math.cos(math.radians(reference_latitude)), -province.latitude


@functools.cache
def layout() -> tuple[dict[str, tuple[float, float]], float]:
    """(circle centre per plate number, drawing height), computed once."""
    reference = (min(p.latitude for p in PROVINCES) + max(p.latitude for p in PROVINCES)) / 2
    raw = {p.code: _project(p, reference) for p in PROVINCES}
    xs, ys = [x for x, _y in raw.values()], [y for _x, y in raw.values()]
    scale = (WIDTH - 2 * PAD) / (max(xs) - min(xs))
    points = {code: [PAD + (x - min(xs)) * scale, PAD + (y - min(ys)) * scale] for code, (x, y) in raw.items()}
    # Push overlapping circles apart, symmetrically and in a fixed order, so the layout is always the same.
    least = 2 * RADIUS + GAP
    codes = sorted(points)
    for _round in range(300):
        moved = False
        for i, first in enumerate(codes):
            for second in codes[i + 1:]:
                a, b = points[first], points[second]
                dx, dy = b[0] - a[0], b[1] - a[1]
                distance = math.hypot(dx, dy)
                if distance >= least:
                    continue
                if distance < 1e-6:
                    dx, dy, distance = 1.0, 0.0, 1.0
                push = (least - distance) / 2 + 0.01
                ux, uy = dx / distance, dy / distance
                a[0] -= ux * push
                a[1] -= uy * push
                b[0] += ux * push
                b[1] += uy * push
                moved = True
        if not moved:
            break
    # Fit the result back into the drawing.
    xs, ys = [p[0] for p in points.values()], [p[1] for p in points.values()]
    shift_x, shift_y = PAD + RADIUS - min(xs), PAD + RADIUS - min(ys)
    width_used = max(xs) - min(xs)
    fit = min(1.0, (WIDTH - 2 * (PAD + RADIUS)) / width_used)
    centres = {code: (round(PAD + RADIUS + (p[0] + shift_x - PAD - RADIUS) * fit, 1),
                      round(PAD + RADIUS + (p[1] + shift_y - PAD - RADIUS) * fit, 1))
               for code, p in points.items()}
    height = round(max(y for _x, y in centres.values()) + RADIUS + PAD, 1)
    return centres, height


def _number(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def count_title(name: str, count: int) -> str:
    if count == 0:
        return _("%(province)s: no organizations") % {"province": name}
    return ngettext("%(province)s: %(count)d organization", "%(province)s: %(count)d organizations",
                    count) % {"province": name, "count": count}


def province_map(counts: Mapping[str, int], *, href: Callable[[str], str], title: str, selected: str = "",
                 map_id: str = "province-map") -> SafeString:
    """The map as inline SVG: one circle per province (`data-province` is its plate number), shaded by
    `counts` (plate number → organizations); provinces with organizations link to `href(plate number)`.

    The drawing is a group of links named by `title`, not role="img": an image's children are hidden from
    assistive technology, and these links must be reachable. Provinces without organizations are decoration
    there (aria-hidden): their titles still show on hover, and the page's table lists the numbers."""
    centres, height = layout()
    found = steps(counts)
    shapes = []
    for province in PROVINCES:
        x, y = centres[province.code]
        count = counts.get(province.code, 0)
        step = step_for(count, found)
        is_selected = province.code == selected
        stroke = SELECTED_STROKE if is_selected else STROKE if step else NONE_STROKE
        circle = format_html(
            '<circle cx="{}" cy="{}" r="{}" fill="{}" stroke="{}" stroke-width="{}" data-province="{}"{}>'
            "{}</circle>",
            _number(x), _number(y), _number(RADIUS), step.fill if step else NONE_FILL, stroke,
            "3" if is_selected else "1.5", province.code,
            format_html(' data-count="{}"', count),
            format_html("<title>{}</title>", count_title(province.name, count)) if not step else "",
        )
        if step:
            shapes.append(format_html('<a href="{}"{}><title>{}</title>{}</a>', href(province.code),
                                      mark_safe(' aria-current="true"') if is_selected else "",
                                      count_title(province.name, count), circle))
        else:
            shapes.append(format_html('<g aria-hidden="true">{}</g>', circle))
    body = format_html_join("\n", "{}", ((shape,) for shape in shapes))
    title_id = f"{map_id}-title"
    return format_html(
        '<svg id="{}" class="chart province-map" role="group" aria-labelledby="{}" viewBox="0 0 {} {}" '
        'direction="ltr" xmlns="http://www.w3.org/2000/svg"><title id="{}">{}</title>{}</svg>',
        map_id, title_id, WIDTH, _number(height), title_id, title, body,
    )


def legend(counts: Mapping[str, int]) -> list[dict[str, str]]:
    """The legend's entries: fill, outline and label, from "no organization" to the darkest step."""
    entries = [{"fill": NONE_FILL, "stroke": NONE_STROKE, "label": _("none")}]
    entries += [{"fill": s.fill, "stroke": STROKE, "label": s.label} for s in steps(counts)]
    return entries
