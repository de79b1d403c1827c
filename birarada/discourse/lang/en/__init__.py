"""English language data. Terms are lower case; whole-word matching with an optional plural is the default,
"*" marks a prefix ("hate*" matches hates, hated, hateful)."""

from .groups import IDENTITY, NON_PROTECTED, SLURS
from .cues import (COMPARE, COUNTER, CUES, INGROUP, INSULT, NEGATION_BEFORE, POSITIVE, PROFANITY, REPORT,
                   SECOND_PERSON)
from .inclusive import INCLUSIVE

PREFIX_DEFAULT = False
WORD_END = r"(?:s|es|'s|s')?(?!\w)"
NEGATION_AFTER: list = []
NEGATED_VERB = None
PATTERNS: dict = {}

__all__ = ["IDENTITY", "NON_PROTECTED", "SLURS", "COMPARE", "COUNTER", "CUES", "INGROUP", "INSULT",
           "NEGATION_BEFORE", "NEGATION_AFTER", "NEGATED_VERB", "PATTERNS", "POSITIVE", "PROFANITY", "REPORT",
           "SECOND_PERSON", "INCLUSIVE", "PREFIX_DEFAULT", "WORD_END"]
