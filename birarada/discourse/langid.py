"""Language identification from scripts, letters and function words; offline and cheap.

Tweets are short, so a character n-gram model trained on little data guesses wildly. Function words and a
few tell-tale letters (ı ğ ş for Turkish, ê î û with "û/ji/di" for Kurmanji, ə for Azerbaijani, ß ä for
German) decide most cases; scripts decide the rest (Arabic, Cyrillic, Greek…). When nothing decides, the
answer is "und" and the caller may fall back on its lexicons.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from itertools import chain
from operator import itemgetter, methodcaller

from .lang.en import grammar as en_grammar
from .lang.tr import grammar as tr_grammar
from .normalise import fold, normalise

_SCRIPTS = [  # (code, pattern): the first script that dominates decides
    ("ar", re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("ru", re.compile(r"[\u0400-\u04FF]")),
    ("el", re.compile(r"[\u0370-\u03FF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("hy", re.compile(r"[\u0530-\u058F]")),
    ("ka", re.compile(r"[\u10A0-\u10FF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("ja", re.compile(r"[\u3040-\u30FF]")),
    ("ko", re.compile(r"[\uAC00-\uD7AF]")),
    ("hi", re.compile(r"[\u0900-\u097F]")),
    ("th", re.compile(r"[\u0E00-\u0E7F]")),
]
_SORANI = re.compile(r"[ێۆڕڵەڤ]")  # letters used in Kurdish (Sorani) Arabic script, not in Arabic
_PERSIAN = re.compile(r"[پچژگ]|(?<!\S)(?:از|است|را|این|برای|نیست|هستند)(?!\S)")
_URDU = re.compile(r"[ٹڈڑںے]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# Function words, folded (so ASCII-typed Turkish counts too). Words shared by several languages are left out. The
# supported languages keep theirs in their grammar (lang/<code>/grammar.py).
_STOPWORDS = {
    "tr": tr_grammar.STOPWORDS,
    "en": en_grammar.STOPWORDS,
    "ku": "u ji di bi ku ew vê wê ez tu em hun hûn ye in bû be ne na jî ji bo li min te me wan wî we her "
          "hemû gelek pir çi çima kî kengê ev va an yan yê ya tê dê dikin dike heye tune nîne bila",
    "de": "der die das und ist nicht ich sie es mit sich auf für fur dem den ein eine einen auch als wie "
          "wir ihr sind war hat haben werden noch nur aber oder wenn schon kein keine",
    "fr": "le la les et est une des du pas je tu il elle nous vous ils sont avec pour dans sur qui que "
          "mais ou donc ce cette ces au aux son sa ses leur tres plus",
    "es": "el la los las y es una unos del que por para con no se su sus pero como mas muy esta estan "
          "son fue al lo le yo tu nosotros ellos hay",
    "it": "il lo la gli le e di che non per con una sono della del questo questa anche ma come piu io tu "
          "noi voi loro sempre",
    "pt": "o os as e de que nao não para com uma um do da dos das por mais como mas eu voce você nos "
          "eles ela ele isso esta",
    "nl": "de het een en is niet ik je wij zij van dat die voor met op maar ook als nog zijn bij dit",
    "az": "və bu bir ki da də üçün ilə amma deyil mən sən biz siz onlar nə niyə çox",
    "id": "dan yang di ini itu tidak dengan untuk dari ada saya kamu kami mereka akan sudah juga",
}
_STOPSETS = {lang: frozenset(fold(w) for w in words.split()) for lang, words in _STOPWORDS.items()}
_TURKISH_LETTERS = re.compile(r"[ıİğĞşŞ]")
_KURMANJI_LETTERS = re.compile(r"[êîû]")
_GERMAN_LETTERS = re.compile(r"[ßäÄ]")
_AZERI_LETTERS = re.compile(r"[əƏ]")
_SPANISH_LETTERS = re.compile(r"[ñ¿¡]")
_FRENCH_LETTERS = re.compile(r"[àèùœ]")


_STOP_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPSETS.items():
    for _word in _words:
        _STOP_LANGS[_word] = _STOP_LANGS.get(_word, ()) + (_lang,)
_TURKISH_ONLY = frozenset("ıİğĞ")  # letters of Turkish (and Azerbaijani) but not of Kurmanji
_NON_LATIN = re.compile(r"[^\x00-\u024F\u1E00-\u1EFF\u2000-\u2BFF\U0001F000-\U0001FAFF\uFE0F\u200D]")
_TR_SUFFIXES = tr_grammar.TELLING_SUFFIXES
_ends_tr = methodcaller("endswith", _TR_SUFFIXES)


def identify(text: str, key: str | None = None) -> str:
    """Return an ISO 639-1 code ("tr", "en", "ku", "ar", …) or "und" when the evidence is too thin."""
    if not text.isascii():
        if _NON_LATIN.search(text):
            code = _script(text)
            if code:
                return code
        if not _TURKISH_ONLY.isdisjoint(text) and "ə" not in text and "Ə" not in text:
            return "tr"  # ı and ğ: Turkish, whatever else the text holds
    if key is None:
        key = normalise(text).key
    words = _WORD.findall(key)
    if not words:
        return "und"
    # Function words count one each; some letters weigh more, or half more (a Counter holds whole counts only).
    scores: defaultdict[str, float] = defaultdict(
        float, Counter(chain.from_iterable(filter(None, map(_STOP_LANGS.get, words)))))
    scores["tr"] += sum(map(_ends_tr, words))
    if not text.isascii():
        scores["tr"] += 2 * len(_TURKISH_LETTERS.findall(text))
        scores["ku"] += 1.5 * len(_KURMANJI_LETTERS.findall(text))
        scores["de"] += 2 * len(_GERMAN_LETTERS.findall(text))
        scores["az"] += 3 * len(_AZERI_LETTERS.findall(text))
        scores["es"] += 2 * len(_SPANISH_LETTERS.findall(text))
        scores["fr"] += len(_FRENCH_LETTERS.findall(text))
    ranked = heapq.nlargest(2, scores.items(), key=itemgetter(1))  # as Counter.most_common(2)
    if not ranked:
        return "und"
    best, top = ranked[0]
    if top < 1 or (best not in ("tr", "en") and top < 2):
        return "und"  # one function word is no evidence for a language we cannot analyse
    if len(ranked) > 1 and ranked[1][1] == top:  # a tie: prefer a supported language, else undecided
        tied = {lang for lang, score in scores.items() if score == top}
        for lang in ("tr", "en", "ku"):
            if lang in tied:
                return lang
        return "und"
    return best


def _script(text: str) -> str | None:
    letters = _LETTER.findall(text)
    if not letters:
        return None
    sample = "".join(letters)
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) * 2 >= len(sample):
            if code == "ar":
                if _SORANI.search(sample):
                    return "ku"
                if _URDU.search(sample):
                    return "ur"
                if _PERSIAN.search(text):
                    return "fa"
            return code
    return None
