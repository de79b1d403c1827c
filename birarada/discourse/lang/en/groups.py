"""English names of groups. (term, ground, display name). Sources: the target groups of HateCheck
(Röttger et al. 2021) widened to every ground, common usage in news and social media, and style guides
(the AP Stylebook, the UN Disability Inclusive Language Guidelines, GLAAD's Media Reference Guide)."""

IDENTITY = [
    ("muslim", "religion", "Muslims"), ("moslem", "religion", "Muslims"), ("islam", "religion", "Muslims"),
    ("jew", "religion", "Jews"), ("jewish people", "religion", "Jews"), ("jewish", "religion", "Jews"),
    ("christian", "religion", "Christians"), ("catholic", "religion", "Catholics"), ("hindu", "religion", "Hindus"),
    ("sikh", "religion", "Sikhs"), ("buddhist", "religion", "Buddhists"), ("atheist", "religion", "atheists"),
    ("mormon", "religion", "Mormons"), ("alevi", "religion", "Alevis"), ("yazidi", "religion", "Yazidis"),
    ("black people", "ethnicity", "Black people"), ("black folk", "ethnicity", "Black people"),
    ("black men", "ethnicity", "Black people"), ("black women", "ethnicity", "Black people"),
    ("black person", "ethnicity", "Black people"), ("black guy", "ethnicity", "Black people"),
    ("black kid", "ethnicity", "Black people"), ("black youth", "ethnicity", "Black people"), ("black teen", "ethnicity", "Black people"), ("black folks", "ethnicity", "Black people"), ("black community", "ethnicity", "Black people"),
    ("blacks", "ethnicity", "Black people"), ("african american", "ethnicity", "Black people"),
    ("white people", "ethnicity", "white people"), ("whites", "ethnicity", "white people"),
    ("asian", "ethnicity", "Asian people"), ("chinese", "ethnicity", "Chinese people"),
    ("mexican", "ethnicity", "Mexicans"), ("latino", "ethnicity", "Latinos"), ("latina", "ethnicity", "Latinos"),
    ("latinx", "ethnicity", "Latinos"), ("hispanic", "ethnicity", "Hispanics"), ("arab", "ethnicity", "Arabs"),
    ("roma", "ethnicity", "Roma"), ("romani", "ethnicity", "Roma"), ("gypsy", "ethnicity", "Roma"),
    ("gypsies", "ethnicity", "Roma"), ("african", "ethnicity", "Africans"), ("indians", "ethnicity", "Indians"), ("indian", "ethnicity", "Indians"), ("mosque", "religion", "Muslims"), ("synagogue", "religion", "Jews"),
    ("pakistani", "ethnicity", "Pakistanis"), ("kurd", "ethnicity", "Kurds"), ("kurdish", "ethnicity", "Kurds"),
    ("armenian", "ethnicity", "Armenians"), ("native american", "ethnicity", "Native Americans"),
    ("aboriginal", "ethnicity", "Aboriginal people"), ("indigenous people", "ethnicity", "Indigenous people"),
    ("people of colo", "ethnicity", "people of colour"), ("turks", "ethnicity", "Turks"),
    ("immigrant", "migration", "immigrants"), ("migrant", "migration", "migrants"), ("refugee", "migration", "refugees"),
    ("asylum seeker", "migration", "asylum seekers"), ("foreigner", "migration", "foreigners"),
    ("illegals", "migration", "undocumented migrants"), ("illegal alien", "migration", "undocumented migrants"),
    ("illegal immigrant", "migration", "undocumented migrants"), ("syrian", "migration", "Syrians"),
    ("afghan", "migration", "Afghans"), ("somali", "migration", "Somalis"), ("newcomer", "migration", "newcomers"),
    ("women", "gender", "women"), ("woman", "gender", "women"), ("females", "gender", "women"),
    ("girls", "gender", "women"), ("girl", "gender", "women"), ("feminist", "gender", "feminists"), ("ladies", "gender", "women"),
    ("gay", "sexual_orientation", "gay people"), ("gay people", "sexual_orientation", "gay people"),
    ("gay men", "sexual_orientation", "gay people"), ("lesbian", "sexual_orientation", "lesbians"),
    ("bisexual", "sexual_orientation", "bisexual people"), ("homosexual", "sexual_orientation", "gay people"),
    ("queer", "sexual_orientation", "queer people"), ("lgbt*", "sexual_orientation", "LGBTQ+ people"),
    ("trans", "gender_identity", "trans people"), ("trans people", "gender_identity", "trans people"),
    ("trans women", "gender_identity", "trans people"), ("trans men", "gender_identity", "trans people"),
    ("transgender", "gender_identity", "trans people"), ("transsexual", "gender_identity", "trans people"),
    ("non-binary", "gender_identity", "non-binary people"), ("nonbinary", "gender_identity", "non-binary people"),
    ("enby", "gender_identity", "non-binary people"), ("intersex", "gender_identity", "intersex people"),
    ("disabled", "disability", "disabled people"), ("disabled people", "disability", "disabled people"),
    ("people with disabilities", "disability", "disabled people"), ("handicapped", "disability", "disabled people"),
    ("autistic", "disability", "autistic people"), ("wheelchair user", "disability", "disabled people"),
    ("blind people", "disability", "blind people"), ("deaf", "disability", "deaf people"),
    ("mentally ill", "disability", "people with mental illness"), ("down syndrome", "disability", "people with Down syndrome"),
    ("cripple", "disability", "disabled people"), ("crippled", "disability", "disabled people"),
    ("old people", "age", "older people"), ("elderly", "age", "older people"), ("the old", "age", "older people"),
    ("senior", "age", "older people"), ("boomer", "age", "older people"), ("pensioner", "age", "older people"),
    ("older people", "age", "older people"), ("old person", "age", "older people"), ("old man", "age", "older people"), ("old men", "age", "older people"), ("old woman", "age", "older people"), ("old women", "age", "older people"), ("old folk", "age", "older people"), ("old lady", "age", "older people"), ("old ladies", "age", "older people"), ("teenager", "age", "young people"), ("young people", "age", "young people"),
    ("poor people", "socioeconomic", "poor people"), ("the poor", "socioeconomic", "poor people"),
    ("homeless", "socioeconomic", "homeless people"), ("working class", "socioeconomic", "working-class people"),
    ("welfare recipient", "socioeconomic", "people on welfare"), ("beggar", "socioeconomic", "homeless people"),
    ("people on benefits", "socioeconomic", "people on welfare"), ("low-income", "socioeconomic", "poor people"),
    ("hiv positive", "other", "people living with HIV"), ("hiv+", "other", "people living with HIV"),
    # 2026.11-3: nationalities and groups that were missing
    ("romanian", "ethnicity", "Romanians"), ("polish people", "ethnicity", "Polish people"),
    ("nigerian", "ethnicity", "Nigerians"), ("haitian", "ethnicity", "Haitians"), ("ukrainian", "migration", "Ukrainians"),
    ("eastern european", "ethnicity", "Eastern Europeans"), ("filipino", "ethnicity", "Filipinos"),
    ("vietnamese", "ethnicity", "Vietnamese people"), ("korean", "ethnicity", "Korean people"),
    ("iranian", "ethnicity", "Iranians"), ("iraqi", "migration", "Iraqis"), ("palestinian", "ethnicity", "Palestinians"),
    ("israeli", "ethnicity", "Israelis"), ("albanian", "ethnicity", "Albanians"), ("aborigine", "ethnicity", "Aboriginal people"),
    ("shia", "religion", "Shia Muslims"), ("shiites", "religion", "Shia Muslims"), ("sunni", "religion", "Sunni Muslims"),
    ("millennial", "age", "young people"), ("zoomer", "age", "young people"), ("schizophrenic", "disability", "people with schizophrenia"),
    ("amputee", "disability", "disabled people"), ("fat people", "other", "fat people"),
]

# One-letter misspellings of group names that are ordinary words, never generated as fuzzy matches.
FUZZY_EXCLUDE = ["koran", "shite", "shites"]

# A slur that is also an ordinary word keeps its ordinary sense before the words after the tilde: "a faggot of
# sticks", "faggots and peas", "a spastic colon", "the chink in his armour", "the tranny in my car" (gearbox),
# "the dyke was built" (a sea wall), "retarded the spread".
SLURS = [
    ("nigger", "ethnicity"), ("niggers", "ethnicity"), ("nigga", "ethnicity"), ("niggas", "ethnicity"),
    ("niggaz", "ethnicity"), ("negro", "ethnicity"), ("negroes", "ethnicity"), ("coon~ hound~ dog~ hunt~skin~ cat", "ethnicity"),
    ("jigaboo", "ethnicity"), ("porch monkey", "ethnicity"), ("spic", "ethnicity"), ("wetback", "ethnicity"),
    ("beaner", "ethnicity"), ("chink~ in~ of~s in~s of", "ethnicity"), ("gook", "ethnicity"), ("zipperhead", "ethnicity"),
    ("kike", "religion"), ("yid", "religion"), ("heeb", "religion"), ("raghead", "religion"),
    ("towelhead", "religion"), ("towel head", "religion"), ("sand nigger", "ethnicity"), ("camel jockey", "ethnicity"),
    ("paki", "ethnicity"), ("pikey", "ethnicity"), ("gyppo", "ethnicity"), ("gypo", "ethnicity"), ("gippo", "ethnicity"), ("redskin", "ethnicity"),
    ("squaw", "ethnicity"), ("tranny~ in my~ in the~ in his~ in her~ on my~ fluid~ oil~ rebuild~ swap~ needs", "gender_identity"), ("trannies", "gender_identity"),
    ("shemale", "gender_identity"), ("faggot~ of sticks~ of wood~ of twigs~s of sticks~s of wood~s and peas~s and mash~s in gravy~s with gravy", "sexual_orientation"),
    ("fag", "sexual_orientation"), ("faggit", "sexual_orientation"), ("fagg*~ot of sticks~ot of wood~ot of twigs~ots of sticks~ots of wood~ots and peas~ots and mash~ots in gravy~ots with gravy", "sexual_orientation"),
    ("dyke~ was~ wall~ walls~ path~ road~ broke~ burst~ keeper~s and canals~ system", "sexual_orientation"), ("homo~ sapiens~ erectus", "sexual_orientation"), ("poofter", "sexual_orientation"),
    ("poof", "sexual_orientation"), ("lesbo", "sexual_orientation"), ("retard~ the~ its~ growth", "disability"),
    ("retarded~ the~ its~ their~ growth", "disability"), ("spaz", "disability"), ("spastic~ colon~ paralysis~ diplegia~ muscle~ cerebral~ bowel", "disability"), ("mong", "disability"),
    ("mongoloid", "disability"), ("midget", "disability"), ("white trash", "socioeconomic"),
    ("trailer trash", "socioeconomic"), ("hillbilly", "socioeconomic"), ("kuffar", "religion"),
    ("infidel", "religion"), ("muzzie", "religion"), ("mozzie", "religion"), ("dune coon", "ethnicity"),
    ("chav", "socioeconomic"), ("feminazi", "gender"), ("bitch*", "gender"), ("biatch", "gender"), ("slut*", "gender"), ("whore*", "gender"), ("hoe", "gender"), ("hoes", "gender"), ("thot*", "gender"), ("femoid", "gender"), ("foid", "gender"), ("old hag", "age"), ("wrinkly", "age"),
]

# Phrases that name no group yet attack one: (phrase, ground, discourse type).
IMPLICIT = [
    ("go back to africa", "ethnicity", "exclusion"), ("back to the jungle", "ethnicity", "dehumanisation"),
    ("go back to your country", "migration", "exclusion"), ("go back where you came from", "migration", "exclusion"),
    ("go back to where you came from", "migration", "exclusion"), ("speak english", "migration", "exclusion"),
    ("your kind", "other", "symbolisation"), ("you people", "other", "symbolisation"),
    # White-supremacist slogans and codes, as documented in the ADL's hate symbols database: the "Great
    # Replacement", "you will not replace us" (Charlottesville, 2017), the "14 words", "white genocide".
    ("will not replace us", "ethnicity", "exclusion"), ("won't replace us", "ethnicity", "exclusion"),
    ("great replacement", "ethnicity", "exclusion"), ("white genocide", "ethnicity", "exclusion"),
    ("keep this city white", "ethnicity", "exclusion"), ("keep our city white", "ethnicity", "exclusion"),
    ("keep this country white", "ethnicity", "exclusion"), ("keep our country white", "ethnicity", "exclusion"),
    ("keep our neighbourhood white", "ethnicity", "exclusion"), ("keep our neighborhood white", "ethnicity", "exclusion"),
    ("future for white children", "ethnicity", "exclusion"),
]

NON_PROTECTED = [
    "politician", "government", "minister", "senator", "congress", "president", "mayor", "council",
    "referee", "player", "team", "fan", "supporter", "manager", "boss", "company", "corporation",
    "journalist", "reporter", "media", "celebrity", "influencer", "police", "cop", "soldier", "teacher",
    "doctor", "lawyer", "judge", "banker", "landlord", "troll", "bot", "democrat", "republican", "tory",
    "tories", "liberal", "conservative", "party", "phone", "laptop", "computer", "car", "bus", "train",
    "weather", "traffic", "movie", "show", "game", "exam", "school", "neighbor", "neighbour", "you",
]
