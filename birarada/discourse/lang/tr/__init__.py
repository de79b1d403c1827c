"""Turkish language data. Terms are folded (see ``birarada.discourse.lang``); prefix matching is the default
because Turkish adds suffixes ("Suriyeliler", "Suriyelilerden", "Suriyelilere" all start with "suriyeli")."""

from .groups import IDENTITY, NON_PROTECTED, SLURS
from .cues import (COMPARE, COUNTER, CUES, INGROUP, INSULT, NEGATION_AFTER, NEGATED_VERB, PATTERNS, POSITIVE,
                   PROFANITY, REPORT, SECOND_PERSON)
from .inclusive import INCLUSIVE

PREFIX_DEFAULT = True
# Case and number suffixes a whole-word term may carry ("Rum" → "Rumlar", "Rumlara", "Rum'un").
WORD_END = r"'?(?:l[ae]r)?(?:[iu]n[ie]?|[iu]|[ae]|y[aeiu]|n[iu]n|d[ae]n?|t[ae]n?|y?l[ae]|c[ae]|d[iu]r|l[iu]k?|s[iu])?(?!\w)"

__all__ = ["IDENTITY", "NON_PROTECTED", "SLURS", "COMPARE", "COUNTER", "CUES", "INGROUP", "INSULT",
           "NEGATION_AFTER", "NEGATED_VERB", "PATTERNS", "POSITIVE", "PROFANITY", "REPORT", "SECOND_PERSON",
           "INCLUSIVE", "PREFIX_DEFAULT", "WORD_END"]
