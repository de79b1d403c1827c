"""English language data. Terms are lower case; whole-word matching with an optional plural is the default,
"*" marks a prefix ("hate*" matches hates, hated, hateful)."""

from . import grammar as grammar  # how the language is read; see grammar.py
from . import words as words  # everyday words for splitting run-together text (``segment``)
from .cues import (
    COMPARE,
    COUNTER,
    CUES,
    INGROUP,
    INSULT,
    NEGATION_BEFORE,
    POSITIVE,
    PROFANITY,
    REPORT,
    RHETORICAL,
    SECOND_PERSON,
)
from .groups import FUZZY_EXCLUDE, IDENTITY, IMPLICIT, NON_PROTECTED, SLURS
from .inclusive import INCLUSIVE

PREFIX_DEFAULT = False
WORD_END = r"(?:s|es|'s|s')?(?!\w)"
NEGATION_AFTER: list = []
NEGATED_VERB = None
SECOND_PERSON_PATTERN = None
# "Why are gay people even allowed to adopt?", "Why are Muslims still here?": the group sits inside the question.
PATTERNS: dict = {  # (pattern, words a text must contain for it to be tried[, payload as for lexicon terms])
    # The "echo", a name in triple parentheses marking it as Jewish, an antisemitic code documented in the ADL's
    # hate symbols database: "(((bankers)))", "(((the usual suspects)))".
    "implicit": [
        (r"\({3}[^()\n]{1,40}\){3}", ("(((",), ("religion", "derogation")),
    ],
    "exclusion": [
        (r"\bwhy (?:are|is|do|does|should|would)\b[^.?!\n]{0,50}?\b(?:allowed|still here|here at all)\b", ("why",)),
        (r"\b(?:even|still) allowed\b", ("allowed",)),
        (r"(?:(?<=\ws )|(?<=\ws  ))out\b\W*$", ("out",)),  # "MUSLIMS OUT", "refugees out!"
        # "send the refugees back", "kick every Mexican out", "drive the Muslims out of our town".
        (r"\b(?:send|sending|sent|kick|kicking|throw|throwing|thrown|drive|driving|driven|chase|chasing|ship|"
         r"shipping|force|forcing|push|pushing|run|boot|booting|get|round up|rounding up)\s+(?:\w+\s+){1,4}?"
         r"(?:back|out|away|home)\b", ("back", "out", "away", "home")),
        (r"\bwhy (?:are|is) there (?:still )?so many\b", ("many",)),
        # "a Roma-free neighbourhood": a place wanted free of the group named just before.
        (r"(?<=\w)-free\s+(?:neighbou?rhoods?|streets?|zones?|city|town|areas?|country|schools?|blocks?|estates?)\b",
         ("-free",)),
        (r"\bwhy\b[^.?!\n]{0,30}?\blet\w*\s+(?:\w+\s+){1,3}?(?:in|stay|come|settle)\b", ("let",)),
        (r"(?<=#)(?:stop|no|ban|anti|deport|block|expel|kick|remove)(?=\s)", ("#",)),  # "#StopIslam", "#NoRefugees"
        (r"\bwhen (?:will|are|do|does|is)\b[^.?!\n]{0,40}?\b(?:leave|go home|go back|get out|be gone|deported)\b", ("when",)),
        (r"\bwhy should (?:we|i|anyone|they)\b[^.?!\n]{0,30}?\b(?:tolerate|accept|allow|respect|welcome|hire|help|"
         r"care about|trust)\b", ("why",)),
    ],
    # Violence named and approved in one sentence: "beating up gays is just harmless fun", "attacking trans
    # women is acceptable", "I'm glad those immigrants got beaten".
    "violence_normalisation": [
        (r"\b(?:beat\w*|attack\w*|lynch\w*|violence|kill\w*|burn\w*|hit|hitting|punch\w*|stab\w*|shoot\w*|shot|"
         r"drown\w*|bash\w*|assault\w*|hurt\w*|torch\w*|massacre\w*|holocaust|genocide|rape\w*|smash\w*|"
         r"chased|set fire|mob)\b[^.!?\n]{0,60}?"
         r"\b(?:fun|acceptable|justified|understandable|deserved|the right thing|a good thing|fine|okay|ok|"
         r"necessary|no loss|good riddance|well done|about time|funny|hilarious|a hero|heroes|a medal|needed doing|"
         r"thank)\b",
         ("fun", "accept", "justif", "understand", "deserv", "right thing", "good thing", "fine", "okay", "ok",
          "necessary", "no loss", "riddance", "well done", "about time", "funny", "hilarious", "hero", "medal",
          "needed doing", "thank")),
        (r"\b(?:glad|happy|pleased|love it when|proud|deserved?|deserves|good on|best news|finally)\b[^.!?\n]{0,40}?"
         r"\b(?:beaten|attacked|killed|shot|burned|burnt|lynched|hurt|stabbed|bashed|drowned|the beating|a beating|"
         r"torched|bombed|smashed|chased|set fire)\b",
         ("glad", "happy", "pleased", "love it", "proud", "deserv", "good on", "best news", "finally")),
    ],
    # Arrival blamed for a decline in one sentence: "rents doubled thanks to the migrants", "the street was fine
    # until the Muslims moved in", "our town went to hell after the refugees came".
    "blame": [
        (r"\b(?:doubled|tripled|exploded|skyrocketed|went to hell|gone to hell|downhill|collapsed|fell apart|unsafe|"
         r"not safe|no longer safe|nobody feels safe|no one feels safe|ruined|worse|started|began|burglar\w*|"
         r"crime\w*|outbreak\w*|can'?t find (?:a )?(?:jobs?|work|homes?|flats?|houses?))\b[^.!?\n]{0,60}?"
         r"\b(?:thanks to|since|after|once|the moment|right when|because)\b",
         ("thanks to", "since", "after", "once", "the moment", "right when", "because")),
        (r"\b(?:thanks to|since|after|once|ever since)\b[^.!?\n]{0,60}?\b(?:doubled|tripled|exploded|skyrocketed|"
         r"went to hell|gone to hell|downhill|collapsed|fell apart|unsafe|not safe|no longer safe|nobody feels safe|"
         r"no one feels safe|ruined|worse)\b", ("thanks to", "since", "after", "once")),
        (r"\b(?:fine|peaceful|quiet|safe|nice|clean)\b[^.!?\n]{0,40}?\buntil\b", ("until",)),
        # "Every time there's a measles outbreak, check which Roma camp it started in."
        (r"\bevery time\b[^.!?\n]{0,40}?\b(?:crime|robbery|burglary|outbreak|stabbing|riot|theft|mugging|"
         r"disease|epidemic|break-in)", ("every time",)),
        # "Since the Arabs moved in, this area isn't ours anymore", "… and now it is not our city any more".
        (r"\b(?:isn'?t|is not|aren'?t|are not|no longer)\s+(?:ours|our (?:city|town|country|street|neighbou?rhood))"
         r"(?:\s+any\s?more)?\b", ("ours", "our ")),
        # "The Jews run the media", "they control the banks and the council".
        (r"\b(?:run|runs|control|controls|own|owns)\s+(?:the\s+|our\s+|all\s+(?:the\s+)?)?(?:media|banks|government|world|council|"
         r"press|money|hollywood|courts)\b", ("media", "bank", "government", "world", "council", "press", "money",
                                               "hollywood", "courts")),
        (r"\b(?:are|is) (?:the )?(?:reason|cause)\b[^.!?\n]{0,40}?\b(?:collaps\w*|fail\w*|ruin\w*|declin\w*|dying|"
         r"broken|crime|falling apart|going downhill)", ("reason", "cause")),
    ],
    # First person, future, or someone called on, then violence: "we'll burn their mosques", "I'm going to shoot
    # every …", "someone should torch the camp", "gonna smash every shop window".
    "threat": [
        (r"\b(?:we'?ll|we will|i'?ll|i will|gonna|going to|let'?s|we should|we must|we need to|someone should|"
         r"somebody should|someone needs to|somebody needs to|someone has to|people should|we have to|i'?m about to)"
         r"\s+(?:\w+\s+){0,2}?"
         r"(?:burn|kill|shoot|bomb|hang|stab|beat|destroy|attack|hurt|torch|lynch|murder|slaughter|gas|drown|"
         r"wipe out|get rid of|exterminate|execute|behead|smash|hunt|string up|slap|punch|bash|crush|break|"
         r"make \w+ pay|teach \w+ a lesson|clear \w+|deal with)\b",
         ("ll", "will", "gonna", "going to", "let", "should", "must", "need", "has to", "have to", "about to")),
        # Harm called for in the passive: "gay people should be thrown off roofs", "their boats should be sunk".
        (r"\b(?:should|must|need to|needs to|ought to|deserve to|deserves to)\s+(?:all\s+)?be\s+(?:\w+\s+)?"
         r"(?:thrown off|sunk|drowned|shot|hanged|hung|burned|burnt|gassed|lynched|executed|exterminated|"
         r"stoned|beaten|whipped|killed|castrated|put down|locked up and|culled|bombed)\b",
         ("should", "must", "need", "ought", "deserve")),
    ],
}

__all__ = ["FUZZY_EXCLUDE", "words", "IDENTITY", "IMPLICIT", "NON_PROTECTED", "SLURS", "COMPARE", "COUNTER", "CUES", "INGROUP", "INSULT",
           "NEGATION_BEFORE", "NEGATION_AFTER", "NEGATED_VERB", "PATTERNS", "POSITIVE", "PROFANITY", "REPORT", "RHETORICAL",
           "SECOND_PERSON", "INCLUSIVE", "PREFIX_DEFAULT", "WORD_END"]
