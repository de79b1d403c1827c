"""Normalisation that keeps every character traceable to the original text.

Matching happens on a *key*: the text casefolded the Turkish way (I→ı, İ→i), with diacritics and leetspeak
folded to plain ASCII letters ("Kürtlere" and "kurtlere" and "KÜRTLERE" give the same key). Every step of
the common path is a one-to-one character mapping, so an index into the key is an index into the original
text and spans need no bookkeeping. The rarer rewrites that change the length (spaced letters, stretched
letters, CamelCase hashtags) run only when a cheap test says they are needed, and carry an offset table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TURKISH_UPPER = str.maketrans({"I": "ı", "İ": "i"})


def casefold_tr(text: str) -> str:
    """Lower-case Turkish correctly: "I"→"ı" and "İ"→"i" (str.lower() gets both wrong)."""
    lowered = text.translate(_TURKISH_UPPER).lower()
    if len(lowered) != len(text):  # a character whose lower case is longer; keep it one-to-one
        lowered = "".join(ch.translate(_TURKISH_UPPER).lower()[:1] or ch for ch in text)
    return lowered


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[:1]
        if base.isascii() and base.isalpha() and base != ch:
            table[code] = base.lower()
    table.update({ord("ı"): "i", ord("ß"): "s", ord("ø"): "o", ord("æ"): "a", ord("œ"): "o", ord("ə"): "e"})
    # Leetspeak: digits and symbols typed in place of letters ("Sur1yeliler", "mu$lum").
    table.update({ord("0"): "o", ord("1"): "i", ord("3"): "e", ord("4"): "a", ord("5"): "s",
                  ord("7"): "t", ord("@"): "a", ord("$"): "s", ord("€"): "e", ord("!"): "!"})
    # Typographic apostrophes and quotes become plain ones so "Kürt’ler" splits like "Kürt'ler".
    table.update({ord("’"): "'", ord("‘"): "'", ord("`"): "'", ord("´"): "'",
                  ord("“"): '"', ord("”"): '"', ord("«"): '"', ord("»"): '"', ord("„"): '"'})
    return table


_FOLD = _build_fold_table()


def fold(text: str) -> str:
    """ASCII-fold an already casefolded text; one output character per input character."""
    return text.translate(_FOLD)



def _build_key_table() -> dict[int, str]:
    """One table from any spelling to the key: Turkish casefold, then fold. Both "I" and "İ" end as "i",
    so a single str.translate pass does the work of casefold_tr + fold (the hot path)."""
    table = {}
    for code in list(range(0x20, 0x250)) + [ord(c) for c in "’‘´“”«»„€"]:
        ch = chr(code)
        folded = fold(casefold_tr(ch))
        if folded != ch and len(folded) == 1:
            table[code] = folded
    return table


_KEY = _build_key_table()
# Cyrillic and Greek letters that look like Latin ones, typed to slip past filters ("Muslіms" with a Cyrillic і).
# Read as Latin only inside a Latin text (see ``_homoglyphs``), so Russian or Greek text is left alone.
_LOOKALIKES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ϲ": "c",
    # capitals, by their shape (Cyrillic "Н" is an H, Greek "Μ" an M)
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t", "У": "y",
    "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k",
    "Μ": "m", "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
}
_LOOKALIKE_KEY = str.maketrans(_LOOKALIKES)
_NON_LATIN_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0261]")
_LATIN_LETTER = re.compile(r"[a-zA-Z\u00c0-\u024f]")
# Characters that hide inside a word without showing: zero-width spaces and joiners, the soft hyphen, the word
# joiner, the byte-order mark, and combining marks ("Mu̶slims", or Turkish typed decomposed, "u" + U+0308).
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\u0300-\u036f]")
_PLACEHOLDER = re.compile(r"(?<!\w)@\w+|\bURL\b|https?://\S+")
# Three or more single letters separated by one space, dot, dash or star: "S u r i y e l i".
_SPACED = re.compile(r"(?<!\w)(?:[^\W\d_][ .\-_*]){2,}[^\W\d_](?!\w)")
# The same letter three or more times: "nefreeeet", "pisssss".
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
_HASHTAG = re.compile(r"#(\w+)")
# Spaced or stretched letters in a key (which has no capitals: CamelCase hashtags are read on the text).
_NEEDS_REWRITE = re.compile(r"(?:^|[\s.\-_*])[^\W\d_][ .\-_*][^\W\d_][ .\-_*][^\W\d_](?!\w)|([^\W\d_])\1\1")
# The same tests for a key of plain ASCII (most texts, once folded), each a simpler pattern the engine runs faster.
_ASCII_SPACED = re.compile(r"(?:^|[\s.\-_*])[a-z][ .\-_*][a-z][ .\-_*][a-z](?!\w)")
_ASCII_STRETCHED = re.compile(r"([a-z])\1\1")
_CAMEL_HASHTAG = re.compile(r"#\w*[a-zçğıöşü][A-ZÇĞİÖŞÜ]")  # read on the original text: the key has no capitals
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """The matching key of a text; ``offsets[i]`` is the original index of ``key[i]`` (None = identity)."""

    original: str
    key: str
    offsets: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a key span back to a span of the original text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


_NUMBER = re.compile(r"(?<![^\W\d_])\d[\d.,:/]*(?![^\W\d_])")


def normalise(text: str) -> NormalisedText:
    if "@" in text or "URL" in text or "http" in text:  # mentions and links are placeholders, not content
        key = _PLACEHOLDER.sub(_blank, text).translate(_KEY)  # blanked before leetspeak makes "@" an "a"
    else:
        key = text.translate(_KEY)
    if not key.isascii() and _NON_LATIN_LETTER.search(key):
        key = _homoglyphs(key)
    if _DIGIT.search(text):  # leetspeak is for digits inside words, not numbers
        key = _restore_numbers(text, key)
    if key.isascii():
        needs_rewrite = _ASCII_STRETCHED.search(key) or _ASCII_SPACED.search(key)
    else:
        needs_rewrite = _NEEDS_REWRITE.search(key) or _INVISIBLE.search(key)
    if needs_rewrite or ("#" in text and _CAMEL_HASHTAG.search(text)):
        return _rewrite(text, key)
    return NormalisedText(text, key)


def _homoglyphs(key: str) -> str:
    """Look-alike letters read as Latin, in a text written mostly in Latin letters (one-to-one, spans unchanged).
    A word that mixes scripts is read as Latin whatever the text ("Rеfugees" in a Cyrillic post too)."""
    if len(_LATIN_LETTER.findall(key)) > len(_NON_LATIN_LETTER.findall(key)):
        return key.translate(_LOOKALIKE_KEY)
    return re.sub(r"\w+", _word_homoglyphs, key)


def _word_homoglyphs(word: re.Match) -> str:
    return word.group().translate(_LOOKALIKE_KEY) if _LATIN_LETTER.search(word.group()) else word.group()


def _blank(placeholder: re.Match) -> str:
    """A mention (@USER), URL or link as spaces, so every other character keeps its place."""
    return " " * (placeholder.end() - placeholder.start())


def _restore_numbers(text: str, key: str) -> str:
    parts, pos = [], 0
    for m in _NUMBER.finditer(text):
        parts.append(key[pos:m.start()])
        parts.append(m.group())
        pos = m.end()
    parts.append(key[pos:])
    return "".join(parts)


def _rewrite(text: str, key: str) -> NormalisedText:
    """Length-changing rewrites, with an offset table. Runs on a small share of texts."""
    # 0. Invisible characters go (each kept character keeps its original index).
    offsets = list(range(len(key)))
    if not key.isascii() and _INVISIBLE.search(key):
        offsets = [i for i, ch in enumerate(key) if not _INVISIBLE.match(ch)]
        key = "".join(key[i] for i in offsets)
    # 1. CamelCase hashtags: "#SuriyelilerDefolsun" → "#suriyeliler defolsun" (case is read from the original).
    inserts = [i for match in _HASHTAG.finditer(text) for i in range(match.start(1) + 1, match.end())
               if text[i].isupper()
               and (text[i - 1].islower()
                    or (text[i - 1].isupper() and i + 1 < match.end() and text[i + 1].islower()))]
    if inserts:
        position = {original: index for index, original in enumerate(offsets)}
        chars = list(key)
        for i in reversed(inserts):  # from the end, so earlier positions stay valid
            if i in position:
                chars.insert(position[i], " ")
                offsets.insert(position[i], i)
        key = "".join(chars)
    # 2. Spaced letters, then 3. stretched letters; each keeps the offsets of the letters it keeps.
    for pattern, keep in ((_SPACED, _letters_only), (_STRETCHED, _first_only)):
        pieces: list[str] = []
        new_offsets: list[int] = []
        pos = 0
        for match in pattern.finditer(key):
            pieces.append(key[pos:match.start()])
            new_offsets.extend(offsets[pos:match.start()])
            for i in keep(key, match):
                pieces.append(key[i])
                new_offsets.append(offsets[i])
            pos = match.end()
        pieces.append(key[pos:])
        new_offsets.extend(offsets[pos:])
        key, offsets = "".join(pieces), new_offsets
    return NormalisedText(text, key, tuple(offsets))


def _letters_only(key: str, match: re.Match) -> list[int]:
    return [i for i in range(match.start(), match.end()) if key[i].isalpha()]


def _first_only(key: str, match: re.Match) -> list[int]:
    return [match.start()]
