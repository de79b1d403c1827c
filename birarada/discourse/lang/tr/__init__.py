"""Turkish language data. Terms are folded (see ``birarada.discourse.lang``); prefix matching is the default
because Turkish adds suffixes ("Suriyeliler", "Suriyelilerden", "Suriyelilere" all start with "suriyeli")."""

from . import grammar as grammar  # how the language is read; see grammar.py
from . import words as words  # everyday words for splitting run-together text (``segment``)
from .cues import (
                   COMPARE,
                   COUNTER,
                   CUES,
                   INGROUP,
                   INSULT,
                   NEGATED_VERB,
                   NEGATION_AFTER,
                   PATTERNS,
                   POSITIVE,
                   PROFANITY,
                   REPORT,
                   RHETORICAL,
                   SECOND_PERSON,
                   SECOND_PERSON_PATTERN,
)
from .groups import FUZZY_EXCLUDE, IDENTITY, IMPLICIT, NON_PROTECTED, SLURS
from .inclusive import INCLUSIVE

PREFIX_DEFAULT = True
# Case and number suffixes a whole-word term may carry ("Rum" → "Rumlar", "Rumlara", "Rum'un").
# "y[iu][mz]": I am / we are after a vowel ("İbneyiz", "Romanıyım" is caught by the in-group marker instead).
_SUFFIX = r"(?:y[iu][mz]|[iu]m(?:[iu]z)?|[iu]n[iu]z|[iu]n[ie]?|[iu]|[ae]|y[aeiu]|n[iu]n|d[ae]n?|t[ae]n?|y?l[ae]|d[iu]r|l[iu]k?|s[iu]z?|k[iu])"
WORD_END = rf"'?(?:l[ae]r)?{_SUFFIX}?{_SUFFIX}?(?!\w)"

__all__ = ["FUZZY_EXCLUDE", "words", "IDENTITY", "IMPLICIT", "NON_PROTECTED", "SLURS", "COMPARE", "COUNTER", "CUES", "INGROUP", "INSULT",
           "NEGATION_AFTER", "NEGATED_VERB", "PATTERNS", "SECOND_PERSON_PATTERN", "POSITIVE", "PROFANITY", "REPORT", "RHETORICAL", "SECOND_PERSON",
           "INCLUSIVE", "PREFIX_DEFAULT", "WORD_END"]
