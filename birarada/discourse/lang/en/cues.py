"""English cues, from the functionalities of HateCheck (Röttger et al. 2021) and everyday usage.
Whole words by default; "*" marks a prefix."""

CUES = {
    "negative_emotion": [
        "hate*", "h8*", "despise*", "detest*", "loath*", "abhor*", "can't stand", "cant stand", "cannot stand",
        "sick of", "fed up with", "tired of", "skin crawl", "revolts me", "revolt me", "revolt us", "disgust*", "repuls*", "revolting", "revolted", "can't bear",
        "makes me sick", "make me sick", "nauseat*", "vile", "🤮", "🤢", "😡", "enemy", "enemies",
        "rage", "fill me with", "fills me with", "furious at", "angry at", "can't tolerate", "cannot tolerate", "sickened by",
        "blood boil", "makes my blood", "make my blood", "contempt for", "nothing but contempt",
    ],
    "derogation": [
        "fanatic*", "zealot*", "sell their own mother", "sell their own mothers", "sell their mothers",
        "plot against", "plotting against", "plots against", "scheming against", "soulless", "heartless", "cold-hearted", "a dump", "into a dump",
        "dirty", "filthy", "smelly", "stink*", "lazy", "thief", "thieves", "criminal*", "rapist*", "terrorist*",
        "stupid", "dumb", "idiot*", "moron*", "primitive", "savage*", "barbaric", "barbarian*", "worthless",
        "inferior", "useless", "pathetic", "dangerous", "a threat", "a danger", "burden", "a drain", "greedy",
        "sneaky", "liar*", "fraud*", "pervert*", "perverted", "sick", "evil", "disgrace*", "degenerate*",
        "backward", "uncivili*", "ignorant", "incompetent", "weak", "hysterical", "emotional", "untrustworthy",
        "dishonest", "deceitful", "violent", "brutal", "unclean", "ugly", "gross", "freak*", "abomination*",
        "unnatural", "immoral", "sinful", "all the same",
        "nothing but", "good for nothing", "can't be trusted", "cannot be trusted",
        "not to be trusted", "never be trusted", "incapable", "not capable", "too stupid", "less intelligent",
        "scum*", "trash", "garbage", "waste of space", "waste of resources", "waste of money", "a waste", "can't even", "cant even", "waste of oxygen", "losers", "pedophile*", "paedophile*",
        "groomer*", "predator*", "creep*", "cheap", "stingy", "money-grubbing", "traitors", "snakes", "sinner*", "steal", "steals", "steal everything", "need a real man", "a real man", "drug dealer*", "gangster*", "murderer*", "dealers", "bring disease", "bring crime", "belong in a zoo", "a zoo", "rather die than", "a disaster", "should stick to", "a joke", "thug*", "useless eaters", "control the banks", "control the media", "run the world", "own the media", "control everything", "run everything", "behind every", "pull the strings", "lying", "always lying", "liar", "always lie",
        "delusional", "mentally ill", "are mentally ill", "is mentally ill", "are mental", "are sick in the head", "are mentally disturbed", "deranged", "unhinged", "sick in the head", "more violent", "more dangerous", "prone to", "cheapskate*", "two-faced", "hypocrite*", "parasitic", "leeches",
    ],
    "dehumanisation": [
        "animal*", "property", "objects", "an object", "just things", "beast*", "vermin", "rat", "rats", "cockroach*", "roach*", "pig", "pigs", "swine", "ape",
        "apes", "monkey*", "dog", "dogs", "mutt*", "parasite*", "leech*", "locust*", "plague", "disease*",
        "cancer", "virus", "infestation", "infest*", "filth", "subhuman*", "sub-human*", "not human",
        "not even human", "less than human", "nonhuman", "creature*", "insect*", "bugs", "maggot*", "worm*",
        "lice", "germ*", "tumor", "tumour", "breed like", "breeding like", "herd", "pack of", "swarm*",
        "🐀", "🐁", "🐷", "🐖", "🐒", "🐵", "🦍", "🪳", "🦟", "🦠", "🐍", "🐛",
        "cattle", "livestock", "to be owned", "breed", "vermins", "infestation of", "hordes", "horde",
    ],
    "threat": [
        # Verbs of violence in the forms that threaten or call for it; "killed", "shot", "drowned" are left
        # out because news reports use them about victims.
        "kill", "kill them", "kill all", "kill every", "killing them", "murder", "murder them", "shoot",
        "shoot them", "should be shot", "be shot", "shot dead", "hang them", "hang all", "should hang",
        "should be hanged", "lynch*", "burn them", "burn all", "burned alive", "exterminat*", "wipe out",
        "wipe them", "slaughter", "slaughter them", "massacre them", "gas them", "gas chamber*", "beat them",
        "beat up", "stab", "stab them", "behead*", "should die", "deserve to die", "deserves to die", "must die",
        "death to", "eradicat*", "eliminate them", "destroy them", "get rid of", "bomb them", "genocide",
        "final solution", "execute them", "should be executed", "put them down", "drown them", "castrat*",
        "sterili*", "rape them", "hurt them", "pay for this", "watch your back", "burn in hell", "rot in hell",
        "go to hell", "slit", "strangle*", "torture*", "punch*", "better off dead", "were dead", "all dead",
        "a dead one", "only good", "will burn",
        # calls and promises that name the harm, not the verb: "we'll be waiting with bats", "see what happens"
        "make them pay", "hunt them", "hunt down", "go hunt", "string up", "string them up",
        "break her neck", "break his neck", "break their necks", "break their legs", "break their bones",
        "waiting with bats", "getting my gun", "getting my knife", "get my gun", "get my knife",
        "coming for all of them", "coming for them", "start shooting", "regret it in blood", "pay in blood",
        "walks out alive", "walk out alive", "see what happens to", "get lynched", "be lynched",
        "torch the", "torch their", "set fire to", "burn down", "burn their", "smash their", "smash every", "gassed", "be gassed", "and die", "hurry up and die", "be killed", "all be killed", "should be killed", "be eliminated", "be wiped out", "would die", "all die", "just die", "🔫", "🔪", "💣", "⚰",
        "hunt down", "hunt them", "hunt every", "bullet", "bullets", "put down", "run them over", "shot on sight", "string them up",
    ],
    "violence_normalisation": [
        "deserved it", "deserve abuse", "deserves abuse", "deserve hate", "deserves hate", "deserve violence", "deserves violence", "deserve to be attacked", "deserves to be attacked", "deserve to be beaten", "deserve it", "deserved to be", "deserve to be", "had it coming", "good riddance",
        "serves them right", "served them right", "got what they deserved", "about time someone",
        "should have been", "should've been", "no loss", "not a loss", "nobody will miss", "no one will miss",
        "more of this", "need more of", "glad they", "glad it happened", "well done to whoever",
        "had it coming to them", "deserve every beating", "deserves every beating", "deserve a beating",
        "deserves a beating", "deserve to hang", "deserves to hang", "deserve to be shot", "deserves to be shot",
        "should get a medal", "deserve a medal", "deserves a medal", "is a hero", "are heroes", "a true hero",
        "did what needed doing", "did the right thing", "history will thank", "good on the", "good on them",
    ],
    "exclusion": [
        "out of our town", "out of our city", "out of our country", "out of our neighbourhood",
        "out of our neighborhood", "out of our streets", "out of our schools", "out of my country",
        "go back", "send them back", "sent back", "ship them", "deport*", "kick them out", "kick out",
        "throw them out", "get out", "keep out", "keep them out", "don't belong", "do not belong", "doesn't belong",
        "not welcome", "aren't welcome", "unwelcome", "still here", "why are they here", "why are there so many",
        "why do we let", "never let my", "wouldn't let my", "would never let", "never let them", "keep letting", "letting them in", "let them in", "letting in", "why do we allow", "why are they allowed", "why is it allowed", "should not be allowed",
        "shouldn't be allowed", "should be banned", "must be banned", "ban them", "ban all", "banned from",
        "should not vote", "shouldn't vote", "shouldn't have rights", "should not have rights", "no rights",
        "don't deserve rights", "stay in the kitchen", "belong in the kitchen", "back to the kitchen",
        "close the borders", "build the wall", "no place", "have no place", "segregat*", "keep away",
        "not allowed", "shouldn't be in", "should not be in", "should stay", "stay away", "don't hire",
        "never hire", "shouldn't work", "should not work", "shouldn't be hired", "out of our country",
        "out of my country", "our country", "take our jobs", "invaders", "invasion", "out now", "seen and not heard", "locked away", "locked up", "lock them up", "lock them away", "put away", "put in camps", "camps", "institutionali*", "outnow", "must go", "go home", "go away", "get lost", "leave our country", "ban",
        "no more", "thrown out", "kicked out", "driven out", "chased out", "removed from", "leave already", "finally leave", "so many of them", "still so many", "when will they leave", "send every", "send all", "deport every",
    ],
    "blame": [
        "because of them", "because of the", "blame", "their fault", "fault of", "ruin*", "destroy*",
        "taking over", "take over", "took over", "invad*", "flood*", "overrun", "stealing our", "steal our",
        "stole our", "took our", "taking our", "crime rate", "crime went up", "crime is up", "more crime",
        "responsible for", "drain on", "living off", "sponging", "scrounger*", "freeloader*", "leeching",
        "replacing us", "replace us", "replacement", "breeding", "outbreed*", "not safe anymore",
        "since they came", "went up since", "gone up since", "worse since", "got worse since", "up since the", "since they arrived", "ever since the", "went downhill", "gone downhill",
        "because of", "fault", "to blame",
    ],
    "denial": [
        "no such thing as", "doesn't exist", "don't exist", "do not exist", "not real", "isn't real",
        "aren't real", "just a phase", "a phase", "made up", "invented", "fake", "pretending", "confused",
        "only two genders", "two genders", "mental disorder", "mental illness", "can be cured", "cure them",
        "conversion therapy", "never happened", "didn't happen", "a hoax", "a myth", "playing the victim",
        "play the victim", "victim card", "race card", "overreacting",
    ],
    "symbolisation": [
        "such a", "what a", "you're so", "like such a", "like a little", "ur so", "act like a", "acting like a", "throw like a",
        "you people", "your kind", "those people", "these people",
        "that's so", "thats so", "so gay", "how gay", "too gay",
    ],
}

POSITIVE = [
    "love*", "like", "respect*", "admire*", "great", "wonderful", "amazing", "brilliant", "valuable",
    "honest", "hardworking", "hard-working", "hard working", "kind", "friendly", "trust", "trusted",
    "trustworthy", "support*", "stand with", "proud of", "welcome*", "deserve respect", "equal rights",
    "equal", "beautiful", "smart", "clever", "intelligent", "brave", "strong", "talented", "good people",
    "nice", "lovely", "generous", "peaceful", "decent", "enrich*", "contribut*", "thank*", "grateful",
    "celebrate*", "appreciate*", "value", "protect", "❤", "💕", "🤝", "👏", "🌈", "safe", "capable",
    "belong", "deserve", "deserves", "good", "best", "fine", "citizen*", "real citizens", "one of us", "part of", "matter", "matters", "human", "humans", "people too",
    "normal", "worth", "worthy", "real", "loyal", "reliable", "civilised", "civilized", "sane",
]

PROFANITY = [
    "fuck*", "f*ck*", "fck*", "fuk*", "motherfuck*", "shit*", "sh*t", "bullshit",
    "cunt*", "dick*", "asshole*", "arsehole*", "ass", "arse", "bastard*", "damn*", "crap*", "piss*",
    "wanker*", "twat*", "prick*", "pussy", "pussies", "cock*", "jackass",
    "douche*", "goddamn*", "stfu", "wtf", "fml", "bloody", "bollocks", "tits", "🖕",
]

INSULT = [
    "idiot*", "moron*", "stupid", "dumb", "loser*", "jerk*", "scumbag*", "clown*", "pathetic", "useless",
    "trash", "garbage", "disgrace*", "imbecile*", "cretin*", "dimwit*", "ignorant", "fool*", "lowlife",
    "scum*", "creep*", "rubbish", "awful", "terrible", "worst", "sucks", "suck",
]

COUNTER = [
    "hateful", "racist*", "bigot*", "homophob*", "transphob*",
    "islamophob*", "antisemit*", "anti-semit*", "xenophob*", "sexist", "misogyn*", "ableist",
    "ableism", "discriminat*", "unacceptable", "not acceptable", "not okay", "not ok", "shameful",
    "ashamed", "disgraceful", "wrong", "hurtful", "harmful", "offensive", "misguided",
    "ignorance", "can't believe", "cannot believe",
    "horrible", "appalling", "sickening", "condemn*", "speak out", "stand up", "no place for", "lost all respect",
    "you're wrong", "not true", "that's false", "dangerous rhetoric",
    ("stop calling", "standalone"), ("stop saying", "standalone"), ("stop spreading", "standalone"),
    ("stop blaming", "standalone"), ("scapegoating", "standalone"), ("the abuse", "standalone"),
    ("talking about people like that", "standalone"), ("has no place in", "standalone"),
    ("how dare", "standalone"), ("people who call", "standalone"), ("those who call", "standalone"),
    ("people who say", "standalone"), ("those who say", "standalone"), ("not true that", "standalone"),
    ("it's not true", "standalone"), ("isn't true", "standalone"), ("is a myth that", "standalone"),
    ("a lie that", "standalone"), ("hate how", "standalone"), ("hate the way", "standalone"),
    ("hate it when", "standalone"), ("hate that people", "standalone"), ("stop generalising", "standalone"),
    ("stop generalizing", "standalone"), ("racism", "standalone"), ("sexism", "standalone"),
    ("homophobia", "standalone"), ("transphobia", "standalone"), ("islamophobia", "standalone"),
    ("antisemitism", "standalone"), ("xenophobia", "standalone"), ("misogyny", "standalone"),
    ("hate crime*", "standalone"), ("hate speech", "standalone"), ("bigotry", "standalone"), ("discrimination", "standalone"), ("disgusting that", "standalone"), ("shameful that", "standalone"),
    ("sad that people", "standalone"), ("used to think", "standalone"), ("know better", "standalone"),
    ("i was wrong", "standalone"), ("nobody deserves", "standalone"), ("no one deserves", "standalone"), ("should be ashamed", "standalone"), ("reported a", "standalone"), ("reported this", "standalone"), ("reporting this", "standalone"), ("flagged", "standalone"), ("reported the", "standalone"), ("shame on", "standalone"),
    "bigoted", ("you're the problem", "standalone"), ("you are the problem", "standalone"), "prejudice*",
]
REPORT = [
    "say", "says", "said", "saying", "call", "calls", "called", "calling", "claim*", "tweet*", "post*",
    "statement*", "comment*", "remark*", "words like", "things like", "people like you", "shouting",
    "shouted", "chant*", "sign", "banner", "headline", "wrote", "writing", "write", "heard", "read",
    "quote*", "describing", "described", "referring", "refer", "suggest*", "think that", "thinks that",
    "believe that", "believes that",
    "you think", "think", "thinks", "shout", "shouts", "posting", "tweeting",
]

NEGATION_BEFORE = [
    "not", "never", "no~ matter", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt",
    "aren't", "arent", "wasn't", "weren't", "won't", "wont", "wouldn't", "can't", "cant", "cannot",
    "pretend to be", "pretends to be", "pretending to be",
    "nobody", "nothing~ disgusts me more~ i hate more~ annoys me more~ bothers me more~ angers me more~ is worse",
    "none", "nor", "neither", "hardly", "n't", "without", "no one", "never ever",
    "shouldn't", "mustn't", "i doubt", "doubt that",
]
# (marker, how many words before the group name it may stand): "we" only right before it ("we queers").
INGROUP = [
    "i'm a", "im a", "i am a", ("i'm", 2, 4), ("i am", 2, 4), ("we're", 2, 4), ("we are", 2, 4), "as a", "as an", "proud", ("us", 1),
    "my fellow", "fellow", "me and my", "our community", ("we", 1), "myself", "ourselves", "reclaim*",
]
SECOND_PERSON = ["you", "your", "you're", "youre", "ur", "u"]
COMPARE = ["like a", "like an", "typical", "such a"]

# Questions whose negation asks rather than negates: "Why can't they just go back?" (read as one term, so the
# "can't" in them does not negate what follows).
RHETORICAL = ["why can't", "why cant", "why don't", "why dont", "why won't", "why wont", "why doesn't",
              "why doesnt", "why aren't", "why arent", "why isn't", "why isnt", "why shouldn't", "why shouldnt"]
