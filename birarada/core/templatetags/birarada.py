from __future__ import annotations

from typing import TYPE_CHECKING

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

if TYPE_CHECKING:
    from birarada.core.access import Workspace

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: its own name, and this page's address in that language."""
    request = context["request"]
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": translate_url(path, code),
                "current": code == current,
                "bidi": info["bidi"],
            }
        )
    return links


@register.filter
def has_capability(workspace: Workspace | None, capability: str) -> bool:
    return workspace is not None and workspace.can(capability)


@register.simple_tag
def workspace_entries(workspace: Workspace | None) -> list[dict]:
    """The pages of the installed modules that this workspace's roles may open."""
    from birarada.core.modules import workspace_entries_for

    return workspace_entries_for(workspace) if workspace is not None else []


@register.simple_tag
def public_entries():
    from birarada.core.modules import public_entries as entries

    return entries()


@register.simple_tag
def module_summaries():
    """One sentence per installed module, so the home page promises only what is installed."""
    from birarada.core.modules import summaries

    return summaries()


@register.simple_tag
def bar_chart(rows, *, title, id):
    """An SVG bar chart of (label, count) rows, drawn by birarada.core.figures; '' for no rows.

    `id` is a word or number unique on the page; the chart's title gets the element id "chart-<id>".
    Show the same figures in a table beside the chart: the chart is an image with a title only.
    """
    from birarada.core.figures import bar_chart as draw

    return draw(list(rows), title=str(title), chart_id=f"chart-{id}")


@register.simple_tag(takes_context=True)
def page_url(context, number) -> str:
    """This page's address with `page` set to `number`, every filter kept."""
    query = context["request"].GET.copy()
    query["page"] = str(number)
    query.pop("format", None)
    return "?" + query.urlencode()


@register.simple_tag(takes_context=True)
def current_query(context, **changes) -> str:
    """This page's query string with some parameters changed (e.g. format="csv"), for links."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    for key, value in changes.items():
        query[key] = value
    return "?" + query.urlencode()


@register.filter
def ground_label(value: str) -> str:
    """A ground ("migration") in the reader's language."""
    from birarada.core.vocabulary import Ground

    return str(dict(Ground.choices).get(value, value))


@register.filter
def area_label(value: str) -> str:
    """An area of urban life ("health") in the reader's language."""
    from birarada.core.vocabulary import Area

    return str(dict(Area.choices).get(value, value))


@register.filter
def get_item(mapping, key):
    """mapping[key] in a template, or an empty list when it has none (for "{% for x in d|get_item:k %}")."""
    return mapping.get(key, ()) if hasattr(mapping, "get") else ()


@register.filter
def engine_explanation(analysis) -> str:
    """The engine's reason for a stored analysis (`Analysis.to_dict()`), in the page's language (tr, en or ar;
    English on other pages) rather than the language it was stored in."""
    from birarada.core.engine import explanation_language
    from birarada.discourse.explain import reason_from_dict

    if not isinstance(analysis, dict) or "label" not in analysis:
        return ""
    return reason_from_dict(analysis, explanation_language())
