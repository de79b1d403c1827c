"""Words typed without spaces, split back into words: "ihateimmigrants" → "i hate immigrants".

People drop spaces to slip past filters, and hashtags run words together. A run of letters is split only when

1. a group name, a slur or an attack word is in it (one regular-expression pass over the key finds those; most
   texts stop here),
2. the whole run divides into pieces that are each a known word — a lexicon term or one of the language's
   everyday ``JOINING_WORDS`` — with the endings the language adds ("immigrant|s", "suriyeli|lerden"); a term
   that matches as a prefix (Turkish verbs: "defol|sun", "nefret|ediyorum") may end the run with any ending,
3. at least one piece names a group or is a slur, and another is an attack word (or the group is named
   elsewhere in the text, one piece attacks and the others are function words: "Muslims arevermin"); a
   language's data may also allow a group with everyday words only, from a number of pieces up
   ("refugees|go|home" in English; never in Turkish, whose endings would make "bulurum" "bulu rum").

So "therapist" stays whole (no group in it), "kurtulus" stays whole (no piece fits "ulus"… unless every piece is
a known word *and* one names a group, which ordinary words almost never do; the checks measure it). The split
inserts spaces into the key; each space points at the original character after it, so spans still name the
original characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import accumulate
from types import ModuleType

from .lexicon import PROTECTED_KINDS, CompiledLexicon, trie_pattern
from .normalise import NormalisedText

# Words that attack (insults and swearing too); a run is split where one stands beside a group name.
ATTACK_WORD_KINDS = frozenset({"threat", "violence_normalisation", "exclusion", "dehumanisation", "negative_emotion",
                          "derogation", "profanity", "insult"})
# Kinds whose presence in a run makes the run worth a look.
ANCHOR_KINDS = PROTECTED_KINDS | ATTACK_WORD_KINDS
MAX_RUN = 60  # longer ones are not text someone typed to be read


class Segmenter:
    """Splits run-together words for one language, from its compiled lexicon and its joining words."""

    def __init__(self, lexicon: CompiledLexicon, joining_words: Iterable[str], ending: str,
                 pieces_without_attack: int | None = None, shortest_term: int = 3, keep_whole: Iterable[str] = (),
                 function_words: Iterable[str] = (), shortest_run: int = 5):
        self.kinds: dict[str, frozenset[str]] = {}  # piece → kinds of the terms with that stem
        self.prefixes: set[str] = set()  # stems that may end a run with any ending
        self.compounds: dict[str, tuple[int, ...]] = {}  # "blackpeople" → (5,): a phrase of the lexicon run together
        for stem, terms in lexicon.by_stem.items():
            if all(t.variant for t in terms):  # misspellings are not split out of run-together text
                continue
            words = stem.split(" ")
            if not all(w.isalpha() for w in words) or len(words) > 3:
                continue
            # Shorter terms still join a split as plain words, but do not count as a group or an attack.
            kinds = frozenset(t.kind for t in terms) if len(stem) >= shortest_term else frozenset()
            if len(words) > 1:
                stem = "".join(words)
                if stem in lexicon.by_stem:  # a word of its own ("queer", whose "qu eer" is a misspelling)
                    continue
                self.compounds[stem] = tuple(accumulate(len(w) for w in words[:-1]))
            self.kinds[stem] = self.kinds.get(stem, frozenset()) | kinds
            if any(t.prefix for t in terms):
                self.prefixes.add(stem)
        for word in joining_words:  # after the terms: a term's kinds win over the same everyday word
            self.kinds.setdefault(word.replace("'", ""), frozenset())
        self.ending = re.compile(ending)
        self.pieces_without_attack = pieces_without_attack
        self.keep_whole = tuple(keep_whole)
        self.function_words = frozenset(function_words)
        self.longest = max(map(len, self.kinds), default=0)
        anchors = [s for s, kinds in self.kinds.items() if kinds & ANCHOR_KINDS]
        # A run of letters long enough to hold two words, with a group name or an attack word in it: one pass of
        # the regular-expression engine over the text finds them.
        self.anchored_run = (re.compile(rf"(?<![a-z])(?=[a-z]{{{shortest_run},{MAX_RUN}}}(?![a-z]))[a-z]*?"
                                        rf"(?:{trie_pattern(anchors)})[a-z]*") if anchors else None)
        groups = [s for s, kinds in self.kinds.items() if kinds & PROTECTED_KINDS]
        self.group = re.compile(rf"(?<![a-z])(?:{trie_pattern(groups)})") if groups else None
        self._known: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    @classmethod
    def for_language(cls, lexicon: CompiledLexicon, words: ModuleType, ending: str) -> Segmenter:
        """From a language's ``words`` data module (``lang/<code>/words.py``)."""
        return cls(lexicon, words.JOINING_WORDS, ending, words.PIECES_WITHOUT_ATTACK, words.SHORTEST_TERM,
                   words.KEEP_WHOLE, words.FUNCTION_WORDS, words.SHORTEST_RUN)

    def split(self, normalised: NormalisedText) -> NormalisedText:
        """The text with spaces inserted where run-together words split; the same object when none do."""
        key = normalised.key
        if self.anchored_run is None:
            return normalised
        cuts: list[int] = []
        for run in self.anchored_run.finditer(key):
            start, end = run.span()
            if key.startswith(self.keep_whole, start):
                continue
            word = run.group()
            alone, beside_group = self._known_pieces(word)
            # Only a split that needs a group elsewhere in the text makes the group scan worth running.
            known = alone or (beside_group if beside_group and self._group_outside(key, start, end) else ())
            position = start
            for index, piece in enumerate(known):
                cuts.extend(position + cut for cut in self._inner_cuts(piece))
                position += len(piece)
                if index < len(known) - 1:
                    cuts.append(position)
        return _insert_spaces(normalised, cuts) if cuts else normalised

    def _known_pieces(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The pieces of a run alone and with a group named elsewhere, remembered: tweets repeat their words."""
        known = self._known.get(word)
        if known is None:
            if len(self._known) > 50_000:  # a bounded memory
                self._known.clear()
            division = self._divide(word)  # divided once, judged twice
            known = self._known[word] = (tuple(self._worth(word, division, False) or ()),
                                         tuple(self._worth(word, division, True) or ()))
        return known

    def _group_outside(self, key: str, start: int, end: int) -> bool:
        return self.group is not None and any(not start <= m.start() < end for m in self.group.finditer(key))

    def pieces(self, word: str, group_elsewhere: bool = False) -> list[str] | None:
        """The known pieces that make up ``word`` if the split is worth making, otherwise None.

        Worth making: a piece names a group and another attacks (or, in some languages, it has enough everyday
        pieces); or, with a group named elsewhere in the text (``group_elsewhere``), one piece attacks and the
        others are function words: "Ihate Muslims", "Muslims arevermin" (not "outrage", "Rotherham"). Among the
        ways to divide a run: a group first, then the most attack words, then the fewest pieces — "suriyeli|ler
        defol|sun", not the group name swallowing the rest as its ending."""
        return self._worth(word, self._divide(word), group_elsewhere)

    def _divide(self, word: str) -> tuple[bool, int, int, bool, tuple[int, ...]] | None:
        """The best way to divide ``word`` into known pieces (see ``pieces``), or None when there is none."""
        n = len(word)
        # best[i]: (a group seen, attack words, -pieces, only function words besides groups and attack words,
        # cut positions) for word[:i]
        best: list[tuple[bool, int, int, bool, tuple[int, ...]] | None] = [None] * (n + 1)
        best[0] = (False, 0, 0, True, ())
        for i in range(n):
            state = best[i]
            if state is None:
                continue
            protected, attacks, pieces, plain, cuts = state
            for j in range(i + 1, min(n, i + self.longest) + 1):
                piece = word[i:j]
                kinds = self.kinds.get(piece)
                if kinds is None or (j - i == 1 and i > 0):  # one letter alone only opens the run ("i")
                    continue
                attack, group = bool(kinds & ATTACK_WORD_KINDS), bool(kinds & PROTECTED_KINDS)
                head = (protected or group, attacks + attack, pieces - 1,
                        plain and (attack or group or piece in self.function_words))
                for end in self._ends(word, j, piece in self.prefixes):
                    current = best[end]
                    if current is None or head > current[:4]:
                        best[end] = head + (cuts + (end,),)
        return best[n]

    def _worth(self, word: str, division: tuple[bool, int, int, bool, tuple[int, ...]] | None,
               group_elsewhere: bool) -> list[str] | None:
        """The pieces of a division if the split is worth making (see ``pieces``)."""
        if division is None:
            return None
        protected, attacks, pieces, plain, cuts = division
        bounds = (0,) + cuts
        split = [word[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
        if pieces == -1:  # one piece: worth it only as a phrase of the lexicon run together ("blackpeople")
            return split if self._inner_cuts(word) else None
        if not protected:
            if not (group_elsewhere and attacks and plain):
                return None
        elif not (attacks or plain) and (self.pieces_without_attack is None or -pieces < self.pieces_without_attack):
            return None
        return split

    def _inner_cuts(self, piece: str) -> tuple[int, ...]:
        """Where the spaces of a run-together phrase of the lexicon go, the phrase being the piece's start."""
        for end in range(len(piece), 2, -1):
            cuts = self.compounds.get(piece[:end])
            if cuts is not None:
                return cuts
        return ()

    def _ends(self, word: str, stem_end: int, prefix: bool) -> Iterable[int]:
        """Where a piece whose stem ends at ``stem_end`` may end: the stem alone, the stem with an ending, or
        (a prefix term) the end of the run."""
        yield stem_end
        for end in range(stem_end + 1, min(len(word), stem_end + 8) + 1):
            if self.ending.fullmatch(word, stem_end, end):
                yield end
        if prefix and stem_end < len(word):
            yield len(word)


def _insert_spaces(normalised: NormalisedText, cuts: list[int]) -> NormalisedText:
    key = normalised.key
    offsets = list(normalised.offsets) if normalised.offsets is not None else list(range(len(key)))
    chars = list(key)
    for cut in sorted(set(cuts), reverse=True):
        chars.insert(cut, " ")
        offsets.insert(cut, offsets[cut])  # the space points at the character after it
    return NormalisedText(normalised.original, "".join(chars), tuple(offsets))
