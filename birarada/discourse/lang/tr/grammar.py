"""Turkish grammar the engine reads: how negation, in-group speech, referred attacks and clauses look in Turkish.

Patterns run on the folded key (see ``birarada.discourse.lang``). Every language's ``grammar`` module defines
the same names; a name that does not apply to a language is ``None`` or empty there.
"""

import re

# A sentence that refers back to a group named before: "Engelliler için rampa yapılmış. Bu sakatlar …",
# "Belediye Romanlara ev verdi, oysa onlar …".
REFERS_BACK = re.compile(r"\b(?:onlar\w*|bunlar\w*|sunlar\w*|hepsi\w*|bu adamlar\w*|bu insanlar\w*)\b")

# Language identification: function words (folded) and endings that only Turkish words carry.
STOPWORDS = ("ve bir bu da de icin cok ama degil gibi ne mi mu daha ben sen biz siz onlar olan oldu olarak kadar "
             "sonra simdi her hic hep bile diye ile ya yani iste zaten neden niye nasil nerede hala artik sey "
             "sadece bunu buna bunlar sonra once ki var yok olsun lazim gerek bence bizim sizin onun benim "
             "hepsi tum butun kendi ayni baska icinde uzerine gore neyse tamam evet hayir yine ayrica dahi")
TELLING_SUFFIXES = ("ler", "lar", "leri", "lari", "lere", "lara", "lerin", "larin", "lerden", "lardan", "yor",
                    "yorum", "yoruz", "mis", "mus", "dir", "dur", "sin", "sun", "madi", "medi", "acak", "ecek",
                    "mali", "meli")

# Conjunctions that open a new clause ("Suriyeliler değil, ama politikacılar …").
CLAUSE_WORDS = ("ama", "fakat", "ancak", "ve")

# Negation follows the word it negates: a negative verb ending on the word itself or on one of the next
# NEGATION_REACH words of its clause ("nefret etmiyorum", "güvenilir değil").
NEGATION = "follows"
NEGATION_REACH = 2
# A finite negative verb ending the word: "sağlamadı", "düşünemez", "olmayacak", "vermiyorlar" (not verbal
# nouns like "yürümesine"). Any such verb after a positive word negates it ("hiçbir katkı sağlamadı").
NEGATED_WORD = re.compile(r"\w\w(?:m[ae]d[iu](?:l[ae]r|m|k|n|n[iu]z)?|[ae]?m[ae]z(?:l[ae]r)?|"
                          r"[ae]?m[iu]yor(?:l[ae]r|um|uz|sun)?|m[ae]y[ae]c[ae]k(?:l[ae]r)?)$")
# Words that end like a negative verb but are not one: the name "Yılmaz".
NOT_NEGATED = frozenset({"yilmaz"})
# "Kadınlar aptal, ehliyet verilmesin": a wish in the negative ("let them not …") on a later word does not
# negate a descriptive cue before it; it is an exclusion of its own. Except the auxiliaries "olmasın",
# "demesin", "sanmasın", which do negate the word before.
NEGATIVE_WISH = re.compile(r"m[ae]s[iu]n(?:l[ae]r)?$")
WISH_AUXILIARIES = ("ol", "de", "san")
# "gitmesini istemiyorum" (I don't want them to leave): the negation belongs to the wish, not to an attack.
# ("kalmasını istemiyorum", I don't want them to stay, is still exclusion.)
WISH_VERB = "istem"
EMBEDDED_WISH = re.compile(r"\b(?:git|don|gonder|gonderil|kov|kovul|sur|surul|cik|defol|ayril|at|atil)"
                           r"m[ae](?:l[ae]r[iu]n[iu]|s[iu]n[iu])\s+$")

# In-group speech. "Kürdüm", "Suriyeliyim", "eşcinseliz": I am / we are, on the group name itself; not the
# possessive "çocuklarımız" (our children).
FIRST_PERSON_SUFFIX = re.compile(r"'?(?:y?[iu][mz](?:d[iu]r)?|l[ae]r[iu]z|y?[iu]m(?:\s|$))")
# A marker may also follow the group name by this many words: "Kürt olarak", "Nonoşlar olarak".
INGROUP_AFTER = 2
# "as cheap as a Jew" is a comparison, not "as a Jew" (English only).
COMPARISON_MARKER = None
AS_COMPARISON = None

# Attacks attributed to others, referred to rather than committed.
# Participles of report words within PARTICIPLE_REACH words after the attack ("Kürtlerden nefret edenler …",
# "hain diyenler").
PARTICIPLE_END = re.compile(r"(?:y?en|y?an)(?:l[ae]r)?(?:[iu]|[ae]|[iu]n|d[ae]n)?$")
PARTICIPLE_REACH = 2
# "Kürtlerden nefret etmek …", "Ermenilere hain demek …": the attack named as an act, not committed —
# unless the sentence goes on to approve of it ("… lazım", "… doğal").
INFINITIVE = re.compile(r"\w*m[ae]k(?:t[ae]n|[iu]|[ae]|[iu]n|l[ae])?")
APPROVAL = re.compile(r"\b(?:lazim|gerek|sart|dogal|normal|hakkimiz|farz|vacip)\b")
# "people who hate …" (English only).
WHO_BEFORE = None

# Reported speech introduced by a report verb and judged by the speaker from outside (English only: a Turkish
# report follows what it reports, and is found through PARTICIPLE_END).
REPORT_INTRODUCES = False
FIRST_PERSON_REPORTER = None
GERUND_COPULA = None

# Animal words used literally ("adopted a dog"), not as dehumanisation (English only).
ANIMAL_OWNERS: frozenset[str] = frozenset()
ARTICLES: frozenset[str] = frozenset()
PREDICATING: frozenset[str] = frozenset()

# How many words before and after a cue the group it is about may stand, for cues that only bind to an
# adjacent group: a group identity used as an insult ("Ermeni dölü") and a comparison ("Yahudi gibi").
SYMBOL_REACH = (1, 0)
COMPARE_REACH = (1, 1)
# Blame phrases whose cause is the group named right after them (English only), and how far after.
CAUSE_PHRASES = ()
CAUSE_REACH = (0, 3)
# A comparison word that insults by itself ("tipik Suriyeli").
TYPICAL = ("tipik",)
# Unprotected targets that address the reader ("you"), which makes a comparison insulting.
SECOND_PERSON_TARGETS: frozenset[str] = frozenset()
