"""Everyday English words the engine may find inside text typed without spaces ("ihateallmuslims",
"refugeesgohome"). A run-together word is split only when every piece is one of these words or a lexicon term
and one piece names a group (see ``segment``), so the list needs the short words hate is written with, not a
dictionary."""

JOINING_WORDS = """
i im i'm me my we us our you u ur your they them their he she his her it its this that these those there here
an the all every each any some no not never nothing none only just so very too more most less really
is are was were be been being am isnt arent wasnt dont doesnt didnt cant wont shouldnt
do does did have has had get gets got go goes gone going gonna wanna want wants need needs must should would
will shall can could may might let lets make makes made take takes keep keeps put send sent come comes came
to of in on at by for from with without into out off up down over back away home here there now today
and or but if then than when where why how who what which because since until after before
fucking fuckin bloody damn fuck shit
hate hates hated love loves like likes kill kills burn shoot hang deport ban stop remove ruin ruining
people person folks guys men man women woman kids children country city town street neighbourhood neighborhood
land world everything everyone everybody nobody someone somebody anyone one ones
same other others own real true good bad better worse best worst
go home go back get out leave stay die dead death rot trash scum vermin rats animals
""".split()

# A run with a group name and no attack word is split only into this many pieces or more: "refugeesgohome",
# but not "homegirl", "assyrian" or "indiana".
PIECES_WITHOUT_ATTACK = 3
# Group names and attack words this long or longer count in a split ("jewsarerats", "allfags").
SHORTEST_TERM = 3
# Words that start like a split but are one word ("the|rapist").
KEEP_WHOLE = ["therapist", "cockroach"]
# With the group named elsewhere, a run splits into an attack word and only these ("Ihate", "arevermin").
FUNCTION_WORDS = "i im we you they them are is was were be all the these those so very should must will to just".split()
# The shortest run of letters worth splitting: "ihate".
SHORTEST_RUN = 5
# Misspelt group names and attack words are matched from this many letters (swapped neighbours from one fewer).
FUZZY_SHORTEST = 5
FUZZY_CUES_SHORTEST = 5
# Group names of this many letters or more are also matched with a space typed inside ("Immi grants").
SPACED_SHORTEST = 5
# …and each of its two halves has this many letters or more ("As ians").
SPACED_HALF = 2
# Group names in the plural typed without the stem's last vowel (English plurals keep the stem).
PLURAL_WITHOUT_VOWEL = False
