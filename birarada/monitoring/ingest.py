"""Turning raw entries (from a feed, an export or a paste) into deduplicated items.

An entry is new unless the organization already has an item with the same link or the same normalised
text. Author handles are never stored: only a keyed hash, so the same author can be recognised
without being named.
"""

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags

from birarada.core.crypto import keyed_digest
from birarada.discourse.normalise import casefold_tr
from birarada.monitoring.locks import hold_organization_lock
from birarada.monitoring.models import Item, Source

MAX_TEXT = 20_000
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass
class Entry:
    text: str
    title: str = ""
    link: str = ""
    author: str = ""
    published_at: datetime | None = None
    reach: int | None = None


def plain_text(value: str) -> str:
    """Text from what may be HTML: tags removed, entities decoded, whitespace collapsed."""
    text = html.unescape(strip_tags(value or ""))
    return _SPACES.sub(" ", text).strip()


def text_key(text: str) -> str:
    """Equal for texts that differ only in case, accents of form, punctuation or spacing."""
    normalised = casefold_tr(unicodedata.normalize("NFKC", text)).casefold()
    normalised = _NOT_WORD.sub(" ", normalised).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


HANDLE_PURPOSE = "monitoring.author-handle"


def handle_key(handle: str) -> str:
    """An author handle as compared: without '@' and spaces around it, in lower case, with dotted and
    dotless i made one letter. Platforms compare handles in English case ("@Irmak" is "@irmak") while
    exports may hold names in Turkish case ("IŞIL" is "Işıl"); folding i and ı together serves both."""
    return casefold_tr((handle or "").strip().lstrip("@")).replace("ı", "i").casefold()


def hash_handle(handle: str) -> str:
    """A keyed hash of an author handle ('' for none): the lookup key's digest for HANDLE_PURPOSE (see
    birarada.core.crypto), so it follows BIRARADA_LOOKUP_KEY, not SECRET_KEY, and never equals a
    digest made for another purpose."""
    key = handle_key(handle)
    return keyed_digest(HANDLE_PURPOSE, key) if key else ""


def safe_link(value: str) -> str:
    """The link if it is an http(s) address with a host, else '' — a feed or an export may carry javascript:,
    data: or file: links, which a reviewer's click must never run or open."""
    link = (value or "").strip()
    if len(link) > 1000 or any(ch in link for ch in "\x00\r\n\t "):
        return ""
    parts = urlsplit(link)
    return link if parts.scheme.lower() in ("http", "https") and parts.hostname else ""


def to_item(source: Source, entry: Entry, now: datetime) -> Item | None:
    title = plain_text(entry.title)[:500]
    body = plain_text(entry.text)
    text = body if not title or body.startswith(title) else f"{title}. {body}" if body else title
    text = text[:MAX_TEXT]
    if not text:
        return None
    published = entry.published_at or now
    if timezone.is_naive(published):
        published = timezone.make_aware(published, timezone.get_current_timezone())
    return Item(
        organization_id=source.organization_id,
        source=source,
        link=safe_link(entry.link),
        title=title,
        text=text,
        text_key=text_key(text),
        author_hash=hash_handle(entry.author),
        published_at=min(published, now),
        collected_at=now,
        reach=entry.reach if entry.reach is None or entry.reach >= 0 else None,
    )


def store_entries(source: Source, entries: list[Entry]) -> tuple[int, int]:
    """Save the entries that are new for the source's organization; returns (added, duplicates).

    Items are saved waiting for analysis: a worker analyses them in batches.
    """
    now = timezone.now()
    candidates, seen_keys, seen_links = [], set(), set()
    for entry in entries:
        item = to_item(source, entry, now)
        if item is None or item.text_key in seen_keys or (item.link and item.link in seen_links):
            continue
        seen_keys.add(item.text_key)
        if item.link:
            seen_links.add(item.link)
        candidates.append(item)
    added = 0
    for start in range(0, len(candidates), 500):
        chunk = candidates[start:start + 500]
        keys = {i.text_key for i in chunk}
        links = {i.link for i in chunk if i.link}
        with transaction.atomic():
            # Workers polling two feeds of one organization take turns here, so the same text arriving from both
            # is saved once (on PostgreSQL the table is partitioned by month and its unique keys include the
            # month, so they cannot catch a copy published on another day).
            hold_organization_lock("items", source.organization_id)
            known = Item.objects.filter(organization_id=source.organization_id).filter(
                Q(text_key__in=keys) | Q(link__in=links)
            ).values_list("text_key", "link")
            known_keys = {k for k, _ in known}
            known_links = {link for _, link in known if link}
            fresh = [i for i in chunk if i.text_key not in known_keys and not (i.link and i.link in known_links)]
            Item.objects.bulk_create(fresh, ignore_conflicts=True)
        added += len(fresh)
    if candidates:
        from birarada.monitoring.tallies import refresh_tallies_for

        refresh_tallies_for(candidates)
    return added, len(entries) - added
