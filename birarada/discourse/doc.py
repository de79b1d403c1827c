"""The document the pipeline's components read and fill in, one per analysed text.

Positions are offsets into the normalised key (``normalised.key``); ``normalised.span`` maps them back to the
original text. The tokens, sentences, clauses and quotations are found once, by the ``tokenise`` component, and
only for texts with a decisive lexicon match (the others need no structure: see ``components.scan_lexicon``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from .analysis import Analysis
from .lexicon import Match
from .normalise import NormalisedText

# Kinds of cue that attack a group when bound to it.
ATTACK_KINDS = ("threat", "violence_normalisation", "exclusion", "dehumanisation", "denial", "blame",
                "negative_emotion", "derogation", "symbolisation")
# Kinds that insult anyone: without a protected target they still make a text offensive.
INSULTING_KINDS = frozenset({"derogation", "dehumanisation", "insult", "profanity", "threat"})


@dataclass(slots=True)
class Hit:
    """One cue or target occurrence, in key coordinates."""

    kind: str
    start: int
    end: int
    match: Match
    negated: bool = False
    quoted: bool = False
    in_group: bool = False  # a target the speaker belongs to ("Kürdüm", "I'm a …")


@dataclass(slots=True)
class Evidence:
    """What the rule components found, for ``decide``."""

    protected: list[Hit] = field(default_factory=list)  # identity terms, slurs and implicit targets, with grounds
    unprotected: list[Hit] = field(default_factory=list)
    attacks: list[tuple[str, Hit, Hit | None]] = field(default_factory=list)  # (type, cue, bound target)
    offensive: list[Hit] = field(default_factory=list)  # profanity, insults and unbound insulting cues
    signals: list[tuple[str, int, int]] = field(default_factory=list)
    positive: bool = False
    counter_speech: bool = False
    in_group: bool = False
    negated_attack: bool = False  # an attack cue was negated ("nefret etmiyorum"): negated hate


@dataclass(slots=True, eq=False)
class Doc:
    """One text on its way through the pipeline; each component fills in its part."""

    text: str
    normalised: NormalisedText = field(init=False)  # set by the ``normalise`` component
    lang: str = "und"
    matches: list[Match] | None = None  # None until scanned
    decisive: bool = False  # a match that needs the full analysis (an attack cue, a group, an insult)
    # Empty until tokenised (immutable defaults: most texts are never tokenised, and a Doc is made per text).
    tokens: Sequence[int] = ()  # token starts
    token_ends: Sequence[int] = ()
    sentence_starts: Sequence[int] = ()
    clause_starts: Sequence[int] = ()
    quotes: Sequence[tuple[int, int]] = ()
    hits: Sequence[Hit] = ()  # the matches as hits, in order
    by_kind: dict[str, list[Hit]] = field(default_factory=dict)
    evidence: Evidence = field(default_factory=Evidence)
    reported: bool = False  # a quotation and a report word: the quotation is someone else's speech
    referred_sentences: AbstractSet[int] = frozenset()  # sentences about an attack by others
    reported_spans: Sequence[tuple[int, int]] = ()  # reported words judged by the speaker
    judges: AbstractSet[int] = frozenset()  # starts of the cues that judge reported words
    probability: float = 0.0  # the statistical model's
    analysis: Analysis | None = None

    def result(self) -> Analysis:
        """The analysis, once ``decide`` has run."""
        if self.analysis is None:
            raise RuntimeError("the pipeline has no decide component: the text was not analysed")
        return self.analysis

    @property
    def key(self) -> str:
        return self.normalised.key

    def token_index(self, pos: int) -> int:
        return bisect_right(self.tokens, pos) - 1

    def sentence(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos)

    def clause(self, pos: int) -> int:
        return bisect_right(self.clause_starts, pos)

    def neutralised(self, hit: Hit) -> bool:
        """The cue is not the speaker's: counter-speech, reported or quoted, or an attack by others referred to."""
        return (self.evidence.counter_speech or (self.reported and hit.quoted)
                or self.sentence(hit.start) in self.referred_sentences
                or any(a <= hit.start < b for a, b in self.reported_spans))
