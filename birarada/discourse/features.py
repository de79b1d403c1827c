"""Features for the statistical layer, shared by training and inference so they can never drift apart.

Two blocks:

* character 3- and 5-grams of the folded text (they survive misspellings, suffixes and leetspeak), hashed
  into 2**20 buckets with FNV-1a over code points. The hashing runs in numpy over a whole batch of texts at
  once (``char_buckets``), so a batch of tweets costs a few vector operations instead of a dictionary lookup
  per n-gram — the difference between ~1,500 and 10,000+ texts a second;
* word unigrams and bigrams (they carry phrases), looked up by name.

A feature's value is its count divided by the square root of the number of grams in its block.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import repeat

import numpy as np

from .normalise import NormalisedText

_WORD = re.compile(r"[^\W\d_]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
# 3-and-5 scored as well as 3-to-5 on held-out OffensEval, at two thirds of the cost.
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
    return _WORD.findall(normalised.key)


def padded(words: list[str]) -> str:
    """The text the character n-grams are cut from: words joined by one space, framed by spaces."""
    return " " + " ".join(words)[:MAX_CHARS] + " "


def char_buckets(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hash every character n-gram of every text in one pass.

    Returns (bucket of each n-gram, index of the text it belongs to, number of n-grams per text).
    """
    joined = _SEPARATOR.join(texts) + _SEPARATOR
    points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
    owner_of_point = np.repeat(np.arange(len(texts)), lengths)
    separators = np.concatenate(([0], np.cumsum(points == 0)))
    buckets, owners = [], []
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
        buckets.append((h[inside] >> _SHIFT).astype(np.int64))
        owners.append(owner_of_point[:windows][inside])
    bucket = np.concatenate(buckets) if buckets else np.zeros(0, dtype=np.int64)
    owner = np.concatenate(owners) if owners else np.zeros(0, dtype=np.int64)
    return bucket, owner, np.bincount(owner, minlength=len(texts))


def word_grams(words: list[str]) -> list[str]:
    grams = ["w:" + w for w in words]
    grams.extend(map("b:{} {}".format, words, words[1:]))
    return grams


def word_score(weights: dict[str, float], words: list[str]) -> float:
    grams = word_grams(words)
    if not grams:
        return 0.0
    return sum(map(weights.get, grams, repeat(0.0))) / math.sqrt(len(grams))


def char_scores(char_weights: np.ndarray, texts: list[str]) -> np.ndarray:
    """Sum of weight × value over each text's character n-grams."""
    bucket, owner, counts = char_buckets(texts)
    sums = np.bincount(owner, weights=char_weights[bucket], minlength=len(texts))
    return sums / np.sqrt(np.maximum(counts, 1))


def word_counts(words: list[str]) -> dict[str, float]:
    """The word block of a text's feature vector, for training: {feature: value}."""
    grams = word_grams(words)
    return {g: c / math.sqrt(len(grams)) for g, c in Counter(grams).items()} if grams else {}
