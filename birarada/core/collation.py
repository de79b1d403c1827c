"""Sorting names the Turkish way, on every database.

Python and SQLite compare code points, so "İzmir" (U+0130) sorts after "Zonguldak" and "Çiğli" after "Urla".
`turkish_key` orders by the Turkish alphabet — a b c ç d e f g ğ h ı i j k l m n o ö p r s ş t u ü v y z —
ignoring case (I/ı and İ/i the Turkish way); letters outside it (q, w, x, Arabic, …) keep their code-point order
after the Turkish letters they resemble, so mixed lists stay stable. Lists of organizations, districts and
people are small, so they are sorted in Python after the query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from birarada.discourse.normalise import casefold_tr

T = TypeVar("T")

ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyz"
_RANK = {letter: (index + 1) * 4 for index, letter in enumerate(ALPHABET)}
# Latin letters Turkish does not use sort right after their neighbours: q after p, w after v, x after w.
_RANK.update({"q": _RANK["p"] + 1, "w": _RANK["v"] + 1, "x": _RANK["v"] + 2})


def _rank(char: str) -> int:
    if char in _RANK:
        return _RANK[char]
    # Spaces, digits and punctuation before letters; other scripts after the Turkish alphabet.
    return ord(char) - 0x110000 if not char.isalpha() else 1_000 + ord(char)


def turkish_key(text: str) -> tuple[int, ...]:
    """A sort key: letters by their place in the Turkish alphabet, anything else by code point."""
    return tuple(_rank(char) for char in casefold_tr(text or ""))


def sorted_turkish(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    return sorted(items, key=lambda item: turkish_key(key(item)))
