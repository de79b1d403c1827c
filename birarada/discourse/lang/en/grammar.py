"""English grammar the engine reads: how negation, in-group speech, reported speech and clauses look in English.

Patterns run on the lower-cased key. Every language's ``grammar`` module defines the same names; a name that
does not apply to a language is ``None`` or empty there (see ``lang/tr/grammar.py`` for the Turkish ones).
"""

import re

# Language identification: function words; English has no endings that tell it from other languages.
STOPWORDS = ("the and is are was were be been of to in that this it for with as on at by from have has had "
             "not but they their them you your we our he she his her what who why how all just so than then i my me "
             "you're youre such so to be very really people an im dont cant never always because if when get got "
             "like there these those would should could will can do does did don't i'm it's about into out up")
TELLING_SUFFIXES = ()

# Conjunctions that open a new clause ("I'm not racist, but …").
CLAUSE_WORDS = ("but", "however", "although", "and", "yet")

# A sentence that refers back to a group named before: "… Mexicans … . They're ruining everything."
REFERS_BACK = re.compile(r"\b(?:they|they'?re|theyre|them|their|these people|those people|every one of them|"
                         r"all of them|each of them)\b")

# Negation precedes the word it negates: "not", "never", "no" … (NEGATION_BEFORE in cues) at most
# NEGATION_REACH words before it, in its clause.
NEGATION = "precedes"
NEGATION_REACH = 5
NEGATED_WORD = None
NOT_NEGATED: frozenset[str] = frozenset()
NEGATIVE_WISH = None
WISH_AUXILIARIES = ()
WISH_VERB = None
EMBEDDED_WISH = None

# In-group speech: only markers before the group name ("I'm a …", "as a …"), no first-person ending.
FIRST_PERSON_SUFFIX = None
INGROUP_AFTER = 0
# "as cheap as a Jew" is a comparison, not "as a Jew": the marker "as" after "as <adjective>".
COMPARISON_MARKER = "as "
AS_COMPARISON = re.compile(r"\bas\s+\w+\s+$")

# Attacks attributed to others: "people who hate …", "whoever attacks …" (no participles as in Turkish).
PARTICIPLE_END = None
PARTICIPLE_REACH = 0
INFINITIVE = None
APPROVAL = None
WHO_BEFORE = re.compile(r"(?:\b(?:people|those|anyone|anybody|someone|somebody|everyone|everybody|person|one)\s+"
                        r"(?:who|that)|\bwhoever)\b(?:\s+\w+)?\s*$")

# Reported speech: the words after a report verb are someone else's when the speaker judges them from outside
# ("I'm sick of people calling immigrants rats", "Calling Jews vermin is disgusting") — but not a first-person
# opinion ("I think that …"), and a gerund subject ends at its copula ("… is vile").
REPORT_INTRODUCES = True
FIRST_PERSON_REPORTER = re.compile(r"\b(?:i|we|i\s+\w+|we\s+\w+)\s+$")
GERUND_COPULA = re.compile(r"\s(?:is|was|are|were|needs|makes|sounds)\s(?!\w+\s+(?:is|are|was|were)\s)")

# Animal words used literally: "adopted a dog", "walk the dog", "our cat" — unless a word before the article
# makes the animal a predicate ("they are a plague", "like a rat", "bunch of the …").
ANIMAL_OWNERS = frozenset({"my", "our", "his", "her", "their", "pet", "adopted", "adopt", "walked", "walk", "feed",
                           "fed"})
ARTICLES = frozenset({"a", "an", "the"})
PREDICATING = frozenset({"is", "are", "was", "were", "be", "been", "being", "like", "just", "but", "such", "what",
                         "of", "as", "them", "call", "called", "only", "nothing", "all", "more", "its", "it's",
                         "theyre", "they're", "re", "s"})

# How many words before and after a cue the group it is about may stand, for cues that only bind to an
# adjacent group: a group identity used as an insult ("you're such a …") and a comparison ("like a …").
SYMBOL_REACH = (2, 2)
COMPARE_REACH = (0, 2)
# The cause is the group named right after: "because of the migrants", not "refugees suffer because of the war".
CAUSE_PHRASES = ("because of", "fault of")
CAUSE_REACH = (0, 3)
# A comparison word that insults by itself ("typical …").
TYPICAL = ("typical",)
# Unprotected targets that address the reader, which makes a comparison insulting.
SECOND_PERSON_TARGETS = frozenset({"you"})
