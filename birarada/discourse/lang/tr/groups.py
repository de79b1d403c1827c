"""Turkish names of groups: who can be the target of hate, and who is not a protected group.

(term, ground, display name). Sources: everyday usage in Turkish news and social media, the Hrant Dink
Foundation's media-watch reports on hate speech (the groups they find targeted most: Syrians and refugees,
Armenians, Jews, Greeks/Rum, Kurds, Alevis, LGBTI+ people, women), and the Turkish Language Association
dictionary for inflections. "-xyz" after a term lists continuations that are a different word.
"""

IDENTITY = [
    # migration: refugees, asylum seekers, migrants and newcomers' nationalities
    ("suriyeli", "migration", "Suriyeliler"), ("surieli", "migration", "Suriyeliler"),
    ("suriyelı", "migration", "Suriyeliler"), ("multeci", "migration", "mülteciler"),
    ("gocmen", "migration", "göçmenler"), ("siginmaci", "migration", "sığınmacılar"),
    ("afgan~istan~ tazi", "migration", "Afganlar"), ("afganli", "migration", "Afganlar"), ("afganlar", "migration", "Afganlar"), ("kurtler", "ethnicity", "Kürtler"),
    ("pakistanli", "migration", "Pakistanlılar"), ("pakistani", "migration", "Pakistanlılar"),
    ("irakli", "migration", "Iraklılar"), ("iranli", "migration", "İranlılar"),
    ("ozbek", "migration", "Özbekler"), ("somalili", "migration", "Somalililer"),
    ("afrikali", "migration", "Afrikalılar"), ("sudanli", "migration", "Sudanlılar"),
    ("nijeryali", "migration", "Nijeryalılar"), ("senegalli", "migration", "Senegalliler"),
    ("ukraynali", "migration", "Ukraynalılar"), ("rus$~ya", "migration", "Ruslar"),
    ("turkmen", "migration", "Türkmenler"), ("yabanci$", "migration", "yabancılar"),
    ("kacak~ci~cilik~cil", "migration", "düzensiz göçmenler"), ("gecici koruma", "migration", "mülteciler"),
    ("yabanci uyruklu", "migration", "yabancı uyruklular"), ("misafirlerimiz", "migration", "mülteciler"),
    ("misafirler", "migration", "mülteciler"), ("suriyelı", "migration", "Suriyeliler"), ("surıyeli", "migration", "Suriyeliler"),
    ("acem~i", "ethnicity", "İranlılar"), ("tatar", "ethnicity", "Tatarlar"), ("pomak", "ethnicity", "Pomaklar"),
    ("dersimli", "ethnicity", "Dersimliler"), ("keldani", "ethnicity", "Keldaniler"), ("kürdistanli", "ethnicity", "Kürtler"),
    ("vehhabi", "religion", "Vehhabiler"), ("selefi", "religion", "Selefiler"), ("caferi", "religion", "Caferiler"),
    ("tarikatci", "religion", "tarikat mensupları"), ("hanimlar", "gender", "kadınlar"), ("kizlar", "gender", "kadınlar"),
    ("kadıncık", "gender", "kadınlar"), ("feministler", "gender", "feministler"), ("mulsteci", "migration", "mülteciler"),
    # ethnicity
    ("kurt~ar~ul~lar~la~ta~u~koy~ suru~ kopek~ yavru", "ethnicity", "Kürtler"), ("kurd", "ethnicity", "Kürtler"),
    ("ermeni", "ethnicity", "Ermeniler"), ("rum$", "ethnicity", "Rumlar"),
    ("arap~ca~sac", "ethnicity", "Araplar"), ("arab$", "ethnicity", "Araplar"),
    ("cingen", "ethnicity", "Romanlar"), ("roman$~ya", "ethnicity", "Romanlar"),
    ("romanlar", "ethnicity", "Romanlar"), ("kipti", "ethnicity", "Romanlar"),
    ("zenci", "ethnicity", "siyahlar"), ("siyahi", "ethnicity", "siyahlar"),
    ("siyah tenli", "ethnicity", "siyahlar"), ("laz$~im~iml", "ethnicity", "Lazlar"),
    ("cerkez", "ethnicity", "Çerkesler"), ("cerkes", "ethnicity", "Çerkesler"),
    ("zaza$", "ethnicity", "Zazalar"), ("suryani", "ethnicity", "Süryaniler"),
    ("asuri", "ethnicity", "Asuriler"), ("uygur", "ethnicity", "Uygurlar"),
    ("azeri", "ethnicity", "Azeriler"), ("gurcu", "ethnicity", "Gürcüler"),
    ("yunanli", "ethnicity", "Yunanlılar"), ("bulgar$", "ethnicity", "Bulgarlar"),
    ("turk$~iye~ule~uyu~usu", "ethnicity", "Türkler"), ("yoruk", "ethnicity", "Yörükler"),
    ("abaza$", "ethnicity", "Abazalar"), ("boşnak", "ethnicity", "Boşnaklar"), ("bosnak", "ethnicity", "Boşnaklar"),
    ("arnavut~kaldirim", "ethnicity", "Arnavutlar"), ("cinli~yor", "ethnicity", "Çinliler"),
    ("dom$", "ethnicity", "Domlar"), ("etiyopyali", "ethnicity", "Etiyopyalılar"),
    # religion, belief and sect
    ("yahudi", "religion", "Yahudiler"), ("musevi", "religion", "Museviler"),
    ("hristiyan", "religion", "Hristiyanlar"), ("hiristiyan", "religion", "Hristiyanlar"),
    ("musluman", "religion", "Müslümanlar"), ("islam$", "religion", "Müslümanlar"),
    ("alevi", "religion", "Aleviler"), ("sunni", "religion", "Sünniler"), ("sii$", "religion", "Şiiler"),
    ("ateist", "religion", "ateistler"), ("deist", "religion", "deistler"), ("dinsiz", "religion", "dinsizler"),
    ("ezidi", "religion", "Ezidiler"), ("yezidi", "religion", "Ezidiler"), ("katolik", "religion", "Katolikler"),
    ("ortodoks", "religion", "Ortodokslar"), ("protestan", "religion", "Protestanlar"),
    ("budist", "religion", "Budistler"), ("hindu$", "religion", "Hindular"), ("misyoner", "religion", "misyonerler"),
    ("yehova", "religion", "Yehova Şahitleri"), ("bahai", "religion", "Bahailer"), ("nusayri", "religion", "Nusayriler"),
    ("gayrimuslim", "religion", "gayrimüslimler"), ("dindar", "religion", "dindarlar"),
    ("basortulu", "religion", "başörtülü kadınlar"), ("carsafli", "religion", "çarşaflı kadınlar"),
    # gender
    ("kadin~ca", "gender", "kadınlar"), ("bayan$", "gender", "kadınlar"),
    ("kari$~des", "gender", "kadınlar"), ("karilar", "gender", "kadınlar"),
    ("hatun$", "gender", "kadınlar"), ("feminist", "gender", "feministler"), ("erkekler", "gender", "erkekler"),
    ("anneler", "gender", "anneler"), ("kadinlar", "gender", "kadınlar"),
    # sexual orientation
    ("escinsel", "sexual_orientation", "eşcinseller"), ("homoseksuel", "sexual_orientation", "eşcinseller"),
    ("gay$~et~ret~ri~e", "sexual_orientation", "geyler"), ("gey$", "sexual_orientation", "geyler"),
    ("lezbiyen", "sexual_orientation", "lezbiyenler"), ("lezbeyen", "sexual_orientation", "lezbiyenler"),
    ("biseksuel", "sexual_orientation", "biseksüeller"), ("lgbt", "sexual_orientation", "LGBTİ+ bireyler"), ("lgbti", "sexual_orientation", "LGBTİ+ bireyler"), ("lgbtq", "sexual_orientation", "LGBTİ+ bireyler"),
    ("lubunya", "sexual_orientation", "LGBTİ+ bireyler"), ("queer", "sexual_orientation", "kuirler"),
    ("kuir", "sexual_orientation", "kuirler"), ("homo$", "sexual_orientation", "eşcinseller"),
    # gender identity
    ("trans$~lat", "gender_identity", "trans bireyler"), ("transseksuel", "gender_identity", "trans bireyler"),
    ("transgender", "gender_identity", "trans bireyler"), ("travesti", "gender_identity", "trans kadınlar"),
    ("interseks", "gender_identity", "interseks bireyler"), ("nonbinary", "gender_identity", "non-binary bireyler"),
    ("non-binary", "gender_identity", "non-binary bireyler"), ("ikili olmayan", "gender_identity", "non-binary bireyler"),
    ("trans birey", "gender_identity", "trans bireyler"), ("trans kadin", "gender_identity", "trans kadınlar"),
    # disability
    ("engelli~yo~cen~cek~yec~yen~yor", "disability", "engelliler"), ("ozurlu", "disability", "engelliler"),
    ("sakatlar", "disability", "engelliler"),
    ("korler", "disability", "görme engelliler"),
    ("sagir", "disability", "işitme engelliler"), ("dilsiz", "disability", "konuşma engelliler"),
    ("otizmli", "disability", "otizmli bireyler"), ("otistik", "disability", "otizmli bireyler"),
    ("down sendrom", "disability", "Down sendromlu bireyler"), ("zihinsel engelli", "disability", "engelliler"),
    ("koturum", "disability", "engelliler"), ("topal$", "disability", "engelliler"),
    ("cuce", "disability", "kısa boylu bireyler"), ("tekerlekli sandalye", "disability", "engelliler"),
    ("akil hastalari", "disability", "ruhsal sorun yaşayanlar"), ("sizofren", "disability", "ruhsal sorun yaşayanlar"),
    # age
    ("yasli~k", "age", "yaşlılar"), ("yaslilar", "age", "yaşlılar"), ("ihtiyar", "age", "yaşlılar"),
    ("emekli", "age", "emekliler"), ("gencler~birlig", "age", "gençler"), ("genclik", "age", "gençler"),
    ("bunak", "age", "yaşlılar"), ("kocakari", "age", "yaşlı kadınlar"), ("boomer", "age", "yaşlılar"),
    ("moruk", "age", "yaşlılar"),
    # socioeconomic
    ("fakir", "socioeconomic", "yoksullar"), ("yoksul", "socioeconomic", "yoksullar"),
    ("evsiz", "socioeconomic", "evsizler"), ("dilenci", "socioeconomic", "dilenciler"),
    ("issiz", "socioeconomic", "işsizler"), ("koylu", "socioeconomic", "köylüler"),
    ("varos", "socioeconomic", "varoş mahalle sakinleri"), ("gecekondu", "socioeconomic", "gecekondu sakinleri"),
    ("asgari ucretli", "socioeconomic", "asgari ücretliler"), ("isci", "socioeconomic", "işçiler"),
    ("sokak cocuk", "socioeconomic", "sokakta yaşayan çocuklar"), ("cop toplayici", "socioeconomic", "atık toplayıcılar"),
    ("kagitci", "socioeconomic", "atık toplayıcılar"), ("mevsimlik isci", "socioeconomic", "mevsimlik işçiler"),
    ("ev isci", "socioeconomic", "ev işçileri"), ("hizmetci", "socioeconomic", "ev işçileri"),
    # other grounds
    ("hiv", "other", "HIV ile yaşayanlar"), ("aidsli", "other", "HIV ile yaşayanlar"),
    ("eski hukumlu", "other", "eski hükümlüler"), ("bagimli", "other", "bağımlılar"),
    # 2026.11-3: forms seen in real tweets that the list above missed (typos, slang, derivations, nationalities
    # by "-lı/-li"). Each was checked against the OffensEval-2020 tweets for matches inside unrelated words;
    # left out for that reason: "sakat" (football injuries), "avrat" (the oath "ana avrat"), "gariban", "velet",
    # "şişko", "allahsız/imansız" (insults at individuals), "türbanlı" (mostly in spam), "Yunan" (sports teams),
    # "Filistinli/İsrailli" (politics), "top" (ball; the slur is too ambiguous to match).
    ("suryeli", "migration", "Suriyeliler"), ("suryali", "migration", "Suriyeliler"),
    ("suriyali", "migration", "Suriyeliler"), ("suriyelli", "migration", "Suriyeliler"),
    ("ortadogulu", "migration", "Orta Doğulu göçmenler"), ("libyali", "migration", "Libyalılar"),
    ("bangladesli", "migration", "Bangladeşliler"), ("turkmenistanli", "migration", "Türkmenistanlılar"),
    ("afganistanli", "migration", "Afganlar"), ("ermenistanli", "ethnicity", "Ermeniler"),
    ("kara derili", "ethnicity", "siyahlar"), ("siyah derili", "ethnicity", "siyahlar"),
    ("siyahderili", "ethnicity", "siyahlar"), ("karaderili", "ethnicity", "siyahlar"),
    ("cekik gozlu", "ethnicity", "Asyalılar"), ("kurtce konusan", "ethnicity", "Kürtler"),
    ("sia$", "religion", "Şiiler"), ("agnostik", "religion", "agnostikler"),
    ("mecusi", "religion", "Mecusiler"), ("zerdust", "religion", "Zerdüştler"),
    ("transvestit", "gender_identity", "trans kadınlar"), ("trans erkek", "gender_identity", "trans erkekler"),
    ("down sendromlu", "disability", "Down sendromlu bireyler"),
    ("gorme engelli", "disability", "görme engelliler"), ("isitme engelli", "disability", "işitme engelliler"),
    ("z kusag", "age", "gençler"), ("65 yas", "age", "yaşlılar"), ("fakir fukara", "socioeconomic", "yoksullar"),
    ("muhacir", "migration", "göçmenler"), ("ahiska", "ethnicity", "Ahıska Türkleri"),
    ("dogulu", "ethnicity", "Doğulular"), ("tasrali", "socioeconomic", "taşralılar"), ("veletler", "age", "çocuklar"),
]

# One-letter misspellings of group names that are ordinary words, never generated as fuzzy matches (see
# rules._misspelt_variants); found by scanning the OffensEval-2020 Turkish tweets ("aralar" from "araplar",
# "süreli" from "suriyeli", "karlar" from "karılar", "dinar" from "dindar", "ateşten" from "ateist").
FUZZY_EXCLUDE = [
    "aralar", "hizmeti", "yunani", "sureli", "kizar", "engeli", "selfi", "yokusl", "sakalar", "cerez", "dileni",
    "cignen", "kilar", "karlar", "emeni", "kurler", "dinar", "diniz", "atist", "atest", "bular", "gomen",
    "gocen", "koler", "genler", "emreni", "bagimi", "carsafi", "dersimi", "erkeker", "siler", "yemeni",
    "kurtlr", "ozbe", "gurc", "zenc", "sirler", "evsi", "yasl", "kadnlar",
]

# Slurs: words whose use itself demeans a group. (term, ground)
SLURS = [
    ("ibne", "sexual_orientation"), ("nonos", "sexual_orientation"), ("gotveren", "sexual_orientation"),
    ("kulampara", "sexual_orientation"), ("luti$", "sexual_orientation"),
    ("lezbo", "sexual_orientation"), ("lut kavmi", "sexual_orientation"), ("sapkin", "sexual_orientation"), ("ibine", "sexual_orientation"),
    ("dönme$~li~ye~si~nin~k~z~d~m~ dolap~ dolab", "gender_identity"), ("donme$~li~ye~si~nin~k~z~d~m~ dolap~ dolab", "gender_identity"), ("yarim erkek", "gender_identity"),
    ("karılar=", "gender"), ("karilar=", "gender"), ("kılıç artığı", "ethnicity"), ("kılıç artıkları", "ethnicity"), ("kilic artigi", "ethnicity"),
    ("kilic artiklari", "ethnicity"), ("gavur~dag~ dag", "religion"), ("kafir", "religion"), ("kizilbas", "religion"), ("zindik", "religion"),
    ("yezit", "religion"), ("cifit", "religion"), ("yobaz", "religion"), ("dinci", "religion"),
    ("mum sondu", "religion"), ("kiro", "socioeconomic"), ("maganda", "socioeconomic"), ("tinerci", "socioeconomic"),
    ("zenci", "ethnicity"), ("arap uşagi", "ethnicity"), ("arap usagi", "ethnicity"), ("cingene kilikli", "ethnicity"),
    ("ermeni dol", "ethnicity"), ("ermeni tohum", "ethnicity"), ("rum dol", "ethnicity"), ("pic kurusu", "other"),
    ("suriyeli pic", "migration"), ("mongol$", "disability"), ("spastik", "disability"),
    ("kezban~ teyze~ hanim~ abla~ nine", "gender"), ("karı kılıklı", "gender"), ("kari kilikli", "gender"), ("bunak", "age"),
    # 2026.11-3 (usage on Turkish social media; Hrant Dink Foundation media-watch examples)
    ("kurdo$", "ethnicity"), ("cingo$", "ethnicity"), ("elgebete", "sexual_orientation"),
    ("feminazi", "gender"), ("femos$", "gender"), ("femoslar", "gender"), ("zonta", "socioeconomic"),
    ("apaci$", "socioeconomic"), ("apaciler", "socioeconomic"), ("gotos$", "sexual_orientation"), ("mongoloid", "disability"),
    ("yahudi dolleri", "religion"), ("yahudi tohum", "religion"), ("yunan dolleri", "ethnicity"),
    ("yunan tohum", "ethnicity"), ("kurt dolleri", "ethnicity"), ("arap dolleri", "ethnicity"),
    ("suriyeli dolleri", "migration"),
]

# Phrases that name no group yet attack one: (phrase, ground, discourse type).
IMPLICIT = [
    ("ülkene dön", "migration", "exclusion"), ("ülkenize dön", "migration", "exclusion"),
    ("ülkene geri dön", "migration", "exclusion"), ("geldiğin yere dön", "migration", "exclusion"),
    ("geldiğiniz yere dön", "migration", "exclusion"), ("memleketine dön", "migration", "exclusion"),
    ("türkçe konuş", "migration", "exclusion"), ("burası türkiye", "migration", "exclusion"),
    ("senin gibiler", "other", "symbolisation"), ("sizin gibiler", "other", "symbolisation"),
    # Coded terms of Turkish anti-refugee and nationalist discourse, as documented in the Hrant Dink
    # Foundation's media-monitoring reports on hate speech ("Medyada Nefret Söylemi ve Ayrımcı Dil"):
    # "Sessiz İstila" (the title of a 2022 anti-refugee short film, now a slogan), "Türkiye Türklerindir".
    ("sessiz istila", "migration", "dehumanisation"), ("sessiz istilacı", "migration", "dehumanisation"),
    ("türkiye türklerindir", "ethnicity", "exclusion"), ("suriyeli istilası", "migration", "dehumanisation"),
    ("afgan istilası", "migration", "dehumanisation"), ("mülteci istilası", "migration", "dehumanisation"),
    ("sığınmacı istilası", "migration", "dehumanisation"), ("göçmen istilası", "migration", "dehumanisation"),
] + [
    # "Suriye'ye geri dönsünler", "Afganistan'a postalayın": a call to send people back to a country names
    # them by the country. Only commands and wishes: "Suriye'ye döndüler", "geri dönüş" stay neutral.
    (f"{country}{apostrophe}{case} {back}{verb}", ground, "exclusion")
    for stem, case, ground in (
        ("suriye", "ye", "migration"), ("afganistan", "a", "migration"), ("pakistan", "a", "migration"),
        ("irak", "a", "migration"), ("somali", "ye", "migration"), ("afrika", "ya", "migration"),
        ("arabistan", "a", "migration"), ("ortadogu", "ya", "migration"), ("ermenistan", "a", "ethnicity"),
        ("yunanistan", "a", "ethnicity"), ("kurdistan", "a", "ethnicity"),
        ("collerine", "", "ethnicity"),
    )
    for country in (stem,)
    for apostrophe in (("",) if not case else ("", "'"))
    for back in ("", "geri ")
    for verb in ("donsun", "donsunler", "donun", "donmeli", "don=", "donmek zorunda", "gitsin", "gitsinler",
                 "gidin", "gitmeli", "defol", "gonderilsin", "gonderilmeli", "gonderin", "gonderelim", "yollayin",
                 "yollansin", "yollanmali", "postala", "surun", "surulsun", "surulmeli", "at=", "atin", "atilmali",
                 "atilsin")
]

# Groups that are not protected: abuse aimed at them is offensive, not hateful.
NON_PROTECTED = [
    "politikaci", "siyasetci", "milletvekil", "vekil", "bakan$", "hukumet", "iktidar", "muhalefet",
    "belediye", "baskan", "hakem", "futbolcu", "oyuncu", "takim", "taraftar", "fenerbahce", "fener$",
    "galatasaray", "besiktas", "trabzon", "yonetim", "patron", "sirket", "gazeteci", "yazar$", "sanatci",
    "unlu", "youtuber", "fenomen", "polis", "asker", "ogretmen", "doktor", "avukat", "hakim$", "savci",
    "bankaci", "emlakci", "esnaf", "trol", "bot$", "chp", "akp", "mhp", "hdp", "iyi parti", "parti",
    "yonetici", "muhabir", "kanal", "dizi", "film", "telefon", "uygulama", "bilgisayar", "araba", "mac$",
    "otobus", "metro", "trafik", "hava$", "sinav", "ders", "okul", "is yeri", "komsu", "kuzen", "patron",
]
