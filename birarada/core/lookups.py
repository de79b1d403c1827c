"""Organization lookups that every public request repeats (which unit receives a report, which desk serves a
district), kept for a minute in the shared cache.

Every saved or deleted organization moves a version number that is part of each key, so a change is seen at once
by every process sharing the cache (Redis with REDIS_URL); a change made without signals (a queryset update) is
seen within LOOKUP_SECONDS.
"""

from collections.abc import Callable
from typing import Any

from django.core.cache import cache

LOOKUP_SECONDS = 60
VERSION_KEY = "core:organizations:version"
_MISSING = object()


def organizations_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY) or 1
    return int(version)


def organizations_changed(**_signal: Any) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not there yet (or evicted): any new number differs from what keys were made with
        cache.set(VERSION_KEY, organizations_version() + 1, timeout=None)


def remembered(name: str, compute: Callable[[], Any], *parts: object) -> Any:
    """compute(), or what it returned for the same name and parts under the current organizations version."""
    key = ":".join(["core:lookup", name, str(organizations_version()), *(str(p)[:100] for p in parts)])
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout=LOOKUP_SECONDS)
    return value
