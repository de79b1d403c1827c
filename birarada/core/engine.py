"""One discourse-engine Analyzer per process, loaded on first use (loading lexicons and models takes a moment).
Modules that read texts (monitoring, plans' civil-society notes, …) share it."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from birarada.discourse import Analyzer

_analyzer: Analyzer | None = None
_lock = threading.Lock()


def analyzer() -> Analyzer:
    global _analyzer
    if _analyzer is None:
        with _lock:
            if _analyzer is None:
                from birarada.discourse import Analyzer

                _analyzer = Analyzer()
    return _analyzer


def explanation_language() -> str:
    """The language to explain the engine's findings in: the page's (tr, en or ar), English on other pages."""
    from django.utils.translation import get_language

    from birarada.discourse.explain import READER_LANGS

    language = (get_language() or "").split("-")[0]
    return language if language in READER_LANGS else "en"
