"""Per-language data as plain modules: ``lang/tr`` and ``lang/en``.

Every module exposes the same names (IDENTITY, SLURS, PROFANITY, CUES, …) so the engine loads any language
the same way. Terms are written in the folded key alphabet: lower case ASCII, Turkish letters without their
marks (ş→s, ı→i, ğ→g), because that is what ``normalise`` produces from any spelling of a word.
"""

from importlib import import_module
from types import ModuleType

SUPPORTED = ("tr", "en")


def load(code: str) -> ModuleType:
    if code not in SUPPORTED:
        raise LookupError(f"no language data for {code!r}; supported: {', '.join(SUPPORTED)}")
    return import_module(f"{__name__}.{code}")
