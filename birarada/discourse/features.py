"""Features for the statistical layer, shared by training and inference so they can never drift apart.

Two blocks:

* character 3- and 5-grams of the text lower-cased the Turkish way but *not* folded to ASCII, punctuation and
  emoji kept ("sık" and "sik", "!!!" and "?" tell offensive tweets apart; 5-fold macro-F1 0.777 against 0.771
  for the folded key), hashed into 2**22 buckets with FNV-1a over code points. The hashing runs in numpy over
  a whole batch of texts at once (``char_buckets``), so a batch of tweets costs a few vector operations instead
  of a dictionary lookup per n-gram — the difference between ~1,500 and 10,000+ texts a second;
* word unigrams and bigrams of the folded key (they carry phrases), looked up by name.

A feature's value is its count divided by the square root of the number of grams in its block (each
character order and the words are blocks). The
measurements behind these choices: benchmarks/discourse_model_experiments.py.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain, repeat

import numpy as np

from .normalise import NormalisedText

_WORD = re.compile(r"[^\W\d_]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_MENTION = re.compile(r"(?<!\w)@\w+")
_LINK = re.compile(r"https?://\S+|\bURL\b")
# Written into every model file and checked on loading: a model trained on other features would score garbage.
FEATURE_SET = "chars-tr-lower-3,5-scaled-apart/words-1-2"
# Orders 3 and 5: 3-4-5, 2-4 and 3-6 scored no better in 5-fold cross-validation, and cost more.
CHAR_ORDERS = (3, 5)
BUCKET_BITS = 22
BUCKETS = 1 << BUCKET_BITS
MAX_CHARS = 400  # long texts: the first 400 characters carry the signal and bound the cost
_FNV_OFFSET = np.uint64(14695981039346656037)
_FNV_PRIME = np.uint64(1099511628211)
_SHIFT = np.uint64(64 - BUCKET_BITS)
_MIX_SHIFT = np.uint64(33)
_MIX_PRIME = np.uint64(0xFF51AFD7ED558CCD)
_SEPARATOR = "\x00"


def words_of(normalised: NormalisedText) -> list[str]:
    key = normalised.key
    return (_ASCII_WORD if key.isascii() else _WORD).findall(key)  # the same words; ASCII is found faster


def _bare(original: str) -> str:
    """The original text with mentions and links blanked out: they are placeholders, not writing."""
    if "@" in original:
        original = _MENTION.sub(" ", original)
    if "http" in original or "URL" in original:
        original = _LINK.sub(" ", original)
    return original


def char_text(original: str) -> str:
    """The text the character n-grams are cut from: Turkish lower case of the bare text, runs of spaces made
    one, framed by spaces."""
    # str.replace + str.lower is several times faster than normalise.casefold_tr's translate table, and the
    # n-grams need no character-to-character mapping back to the original.
    lowered = _bare(original).replace("I", "ı").replace("İ", "i").lower()
    return " " + " ".join(lowered.split())[:MAX_CHARS] + " "


def char_buckets(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hash every character n-gram of every text in one pass.

    Returns (bucket of each n-gram, index of the text it belongs to, value of the occurrence). Each order is
    a block of its own: an occurrence is worth 1/sqrt(number of n-grams of its order in the text). Scaled
    together, the orders scored 0.772 in 5-fold macro-F1 against 0.777 apart, as the words weigh more then.
    """
    joined = _SEPARATOR.join(texts) + _SEPARATOR
    points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    owner_of_point = np.repeat(np.arange(len(texts)), lengths)
    separators = np.concatenate(([0], np.cumsum(points == 0)))
    buckets, owners, values = [], [], []
    for n in CHAR_ORDERS:
        windows = len(points) - n + 1
        if windows <= 0:
            continue
        h = np.full(windows, _FNV_OFFSET ^ np.uint64(n))
        for k in range(n):
            h = (h ^ points[k:k + windows]) * _FNV_PRIME
        h ^= h >> _MIX_SHIFT  # finalise (as in MurmurHash3's fmix64) so the top bits depend on every point
        h *= _MIX_PRIME
        h ^= h >> _MIX_SHIFT
        inside = separators[n:n + windows] == separators[:windows]  # the window holds no separator
        owner = owner_of_point[:windows][inside]
        buckets.append((h[inside] >> _SHIFT).astype(np.int64))
        owners.append(owner)
        values.append((1.0 / np.sqrt(np.maximum(np.bincount(owner, minlength=len(texts)), 1)))[owner])
    if not buckets:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(buckets), np.concatenate(owners), np.concatenate(values)


def word_grams(words: list[str]) -> list[str]:
    grams = ["w:" + w for w in words]
    grams.extend(map("b:{} {}".format, words, words[1:]))
    return grams


def word_score(weights: dict[str, float], words: list[str]) -> float:
    grams = word_grams(words)
    if not grams:
        return 0.0
    return sum(map(weights.get, grams, repeat(0.0))) / math.sqrt(len(grams))


class WordWeights:
    """The word block's weights keyed by word and by word pair, read from ``word_grams``' names once, so that
    scoring a text builds no strings; ``score`` adds the same terms in the same order as ``word_score``."""

    def __init__(self, weights: dict[str, float]):
        self.unigrams = {k[2:]: v for k, v in weights.items() if k.startswith("w:")}
        self.bigrams = {tuple(k[2:].split(" ", 1)): v for k, v in weights.items() if k.startswith("b:")}

    def score(self, words: list[str]) -> float:
        if not words:
            return 0.0
        pairs = zip(words, words[1:], strict=False)
        total = sum(chain(map(self.unigrams.get, words, repeat(0.0)), map(self.bigrams.get, pairs, repeat(0.0))))
        return total / math.sqrt(2 * len(words) - 1)


def char_scores(char_weights: np.ndarray, texts: list[str]) -> np.ndarray:
    """Sum of weight × value over each text's character n-grams."""
    bucket, owner, value = char_buckets(texts)
    return np.bincount(owner, weights=char_weights[bucket] * value, minlength=len(texts))


def word_counts(words: list[str]) -> dict[str, float]:
    """The word block of a text's feature vector, for training: {feature: value}."""
    grams = word_grams(words)
    return {g: c / math.sqrt(len(grams)) for g, c in Counter(grams).items()} if grams else {}
