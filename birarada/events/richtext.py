"""Minutes in simple Markdown, shown as safe HTML: Markdown makes the HTML, nh3 keeps only a few plain tags.

Raw HTML typed into the text, scripts, event-handler attributes, images and links to anything but http(s) and
mail addresses are removed; links open without telling the other site where they came from."""

from __future__ import annotations

import re

import markdown  # type: ignore[import-untyped]  # no stubs installed (types-Markdown)
import nh3
from django.utils.safestring import SafeString, mark_safe

TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote"}
ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_STARTS = ("http://", "https://", "mailto:")
_DEEP_HEADING = re.compile(r"<(/?)h[56]\b")


def _only_absolute_links(element: str, attribute: str, value: str) -> str | None:
    # nh3 lets relative addresses through whatever the schemes; a link in minutes must say where it goes.
    if element == "a" and attribute == "href" and not value.strip().lower().startswith(LINK_STARTS):
        return None
    return value


def render(text: str) -> SafeString:
    """The HTML of `text` (Markdown): paragraphs, line breaks, emphasis, lists, links, quotes. Headings start at
    the page's third level (the section around the minutes has the second): # is h3, ## and deeper h4."""
    if not text or not text.strip():
        return mark_safe("")
    html = markdown.markdown(text, extensions=["sane_lists", "nl2br", "toc"],
                             extension_configs={"toc": {"baselevel": 3}}, output_format="html")
    html = _DEEP_HEADING.sub(r"<\1h4", html)
    return mark_safe(nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                               attribute_filter=_only_absolute_links, link_rel="noopener noreferrer",
                               strip_comments=True))
