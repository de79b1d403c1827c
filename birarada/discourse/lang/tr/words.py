"""Everyday Turkish words (folded, as in the lexicons) the engine may find inside text typed without spaces
("suriyelilerdefolsun", "gocmenlerdennefretediyorum"). A run-together word is split only when every piece is
one of these words or a lexicon term, each with the case and number endings Turkish adds, and one piece names a
group (see ``segment``)."""

JOINING_WORDS = """
ben sen biz siz onlar bunlar sunlar bu su bunu sunu onu bunlari onlari hepsi hepsini hep tum tumu butun
her hic hicbir bir iki cok az daha en artik hala zaten bile sadece yalniz
ve ile ama fakat ya da de ki mi mu ne neden nicin nasil kim hangi icin gibi kadar sonra once
var yok degil evet hayir olsun olmasin olmaz olamaz olur oldu olmus olacak
ediyorum ediyoruz ediyor ederim ederiz etmek etmeli etsin edin eder
istiyorum istiyoruz istemiyorum istemiyoruz istemeyiz istemem
gitsin gitsinler gidin gitmeli gitmesi gonderin gonderilsin defolsun defolun
olmali lazim gerek sart hemen simdi bugun yarin
ulke ulkemiz ulkeden ulkemizden ulkeye sehir sehrimiz sehirden mahalle mahallemiz sokak sokaklar
insan insanlar adam kadin cocuk millet halk vatan toprak ev evine evlerine
kotu iyi pis temiz guzel
""".split()

# A run with a group name and no attack word stays whole: Turkish endings would split "bulurum" into "bulu rum".
PIECES_WITHOUT_ATTACK = None
# Turkish stems of three letters hide in too many words ("götürüşü" holds "göt" and "rus", "arabasına" "as"):
# only group names and attack words of four letters or more count in a split.
SHORTEST_TERM = 4
# Words that start like a split but are one word: "araba" (car) is not "Arap" + "as" (hang), "karışık" (mixed)
# not "karı" + "sik".
KEEP_WHOLE = ["araba", "karisik"]
# With the group named elsewhere, Turkish runs are not split on an attack word alone: no function words.
FUNCTION_WORDS: list[str] = []
# The shortest run of letters worth splitting: a group name and an attack word of four letters each: "kürtlerdefolsun".
SHORTEST_RUN = 8
# Misspelt group names and attack words are matched from this many letters (swapped neighbours from one fewer).
FUZZY_SHORTEST = 6
# Turkish attack words are all prefixes: only swapped neighbours, in stems of seven letters or more (shortest + 2),
# and only aimed at a group. Measured on the 31,756 training tweets: drops too turned 134 hateful, swaps from six
# letters 5 ("yorma…"), from seven 0.
FUZZY_CUES_SHORTEST = 5
# Group names of this many letters or more are also matched with a space typed inside ("Immi grants").
SPACED_SHORTEST = 6
# …and each of its two halves has this many letters or more (shorter halves make words of their own with Turkish endings: "yahu diye" is not "Yahudi").
SPACED_HALF = 3
# Group names in the plural typed without the stem's last vowel ("Mültecler", "Ermenler").
PLURAL_WITHOUT_VOWEL = True
