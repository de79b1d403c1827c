"""English language data. Terms are lower case; whole-word matching with an optional plural is the default,
"*" marks a prefix ("hate*" matches hates, hated, hateful)."""

from .groups import IDENTITY, IMPLICIT, NON_PROTECTED, SLURS
from .cues import (COMPARE, COUNTER, CUES, INGROUP, INSULT, NEGATION_BEFORE, POSITIVE, PROFANITY, REPORT,
                   SECOND_PERSON)
from .inclusive import INCLUSIVE

PREFIX_DEFAULT = False
WORD_END = r"(?:s|es|'s|s')?(?!\w)"
NEGATION_AFTER: list = []
NEGATED_VERB = None
SECOND_PERSON_PATTERN = None
# "Why are gay people even allowed to adopt?", "Why are Muslims still here?": the group sits inside the question.
PATTERNS: dict = {  # (pattern, words a text must contain for it to be tried)
    "exclusion": [
        (r"\bwhy (?:are|is|do|does|should|would)\b[^.?!\n]{0,50}?\b(?:allowed|still here|here at all)\b", ("why",)),
        (r"\b(?:even|still) allowed\b", ("allowed",)),
        (r"(?:(?<=\ws )|(?<=\ws  ))out\b\W*$", ("out",)),  # "MUSLIMS OUT", "refugees out!"
        (r"\bwhy should (?:we|i|anyone|they)\b[^.?!\n]{0,30}?\b(?:tolerate|accept|allow|respect|welcome|hire|help|"
         r"care about|trust)\b", ("why",)),
    ],
}

__all__ = ["IDENTITY", "IMPLICIT", "NON_PROTECTED", "SLURS", "COMPARE", "COUNTER", "CUES", "INGROUP", "INSULT",
           "NEGATION_BEFORE", "NEGATION_AFTER", "NEGATED_VERB", "PATTERNS", "POSITIVE", "PROFANITY", "REPORT",
           "SECOND_PERSON", "INCLUSIVE", "PREFIX_DEFAULT", "WORD_END"]
