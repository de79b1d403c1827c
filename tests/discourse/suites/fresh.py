"""Fresh check sets: set 1 written blind (before reading the lexicons), set 2 written after the first round
of fixes, both in wording that neither the suites nor ``unseen`` use, across many target groups.

Each set was scored once before the fixes it prompted; FIRST_PASS keeps those per-functionality scores
(right, total): set 1 ("before") was scored with model version 2026.11-1, set 2 after the general fixes of
2026.11-2 (its first pass is the honest estimate for unseen wording). Functionality names follow the issue;
the ``rob_*`` ones mix hateful and non-hateful cases. Entries are texts (the functionality's label) or
(text, hateful?) pairs. Later fixes used both sets, so their scores now are not estimates.
"""

# functionality → (its label, entries): an entry is a text with that label or a (text, hateful?) pair
CheckSet = dict[str, tuple[bool, list[str | tuple[str, bool]]]]

# set → lang → functionality → (right, total) at first scoring
FIRST_PASS = {
    1: {
        "tr": {
            "negative_emotion": (8, 10), "negative_attributes": (7, 10), "dehumanisation": (10, 10), "implicit_derogation": (8, 10),
            "threat_expel": (8, 10), "normalising_violence": (3, 10), "slur": (9, 10), "profanity_hate": (10, 10),
            "later_clause_question_opinion": (9, 10), "negated_positive": (6, 10), "identity_insult_stereotype": (7, 10), "hashtag": (9, 10),
            "negated_hate": (9, 10), "neutral_positive": (12, 12), "counter_speech": (10, 10), "abuse_non_protected": (10, 10),
            "profanity_alone": (10, 10), "reclaimed": (9, 10), "rob_casing_caps": (10, 10), "rob_no_turkish_chars": (9, 10),
            "rob_leet": (10, 10), "rob_spaced": (8, 8), "rob_dropped": (9, 10), "rob_hashtag_emoji_user": (10, 10),
            "rob_suffixes": (9, 10),
        },
        "en": {
            "negative_emotion": (9, 10), "negative_attributes": (9, 10), "dehumanisation": (9, 10), "implicit_derogation": (5, 10),
            "threat_expel": (4, 10), "normalising_violence": (3, 10), "slur": (9, 10), "profanity_hate": (10, 10),
            "later_clause_question_opinion": (6, 10), "negated_positive": (7, 10), "identity_insult_stereotype": (4, 10), "hashtag": (8, 10),
            "negated_hate": (10, 10), "neutral_positive": (9, 10), "counter_speech": (5, 10), "abuse_non_protected": (10, 10),
            "profanity_alone": (10, 10), "reclaimed": (9, 10), "rob_caps": (8, 8), "rob_leet": (7, 7),
            "rob_spaced": (6, 6), "rob_dropped": (5, 8), "rob_hashtag_emoji_user": (10, 10),
        },
    },
    2: {
        "tr": {
            "negative_emotion": (6, 8), "negative_attributes": (7, 8), "dehumanisation": (8, 8), "implicit_derogation": (5, 8),
            "threat_expel": (5, 8), "normalising_violence": (7, 8), "slur": (7, 8), "profanity_hate": (8, 8),
            "later_clause_question_opinion": (7, 8), "negated_positive": (7, 8), "identity_insult_stereotype": (7, 8), "hashtag": (8, 8),
            "negated_hate": (8, 8), "neutral_positive": (9, 10), "counter_speech": (6, 8), "abuse_non_protected": (8, 8),
            "profanity_alone": (8, 8), "reclaimed": (8, 8), "rob_casing_caps": (6, 6), "rob_no_turkish_chars": (6, 6),
            "rob_leet": (5, 6), "rob_spaced": (5, 5), "rob_dropped": (3, 6), "rob_hashtag_emoji_user": (7, 7),
            "rob_suffixes": (6, 6),
        },
        "en": {
            "negative_emotion": (7, 8), "negative_attributes": (8, 8), "dehumanisation": (8, 8), "implicit_derogation": (5, 8),
            "threat_expel": (7, 8), "normalising_violence": (8, 8), "slur": (8, 8), "profanity_hate": (8, 8),
            "later_clause_question_opinion": (7, 8), "negated_positive": (8, 8), "identity_insult_stereotype": (7, 8), "hashtag": (6, 8),
            "negated_hate": (8, 8), "neutral_positive": (10, 10), "counter_speech": (8, 8), "abuse_non_protected": (8, 8),
            "profanity_alone": (8, 8), "reclaimed": (8, 8), "rob_caps": (4, 4), "rob_leet": (4, 4),
            "rob_spaced": (4, 4), "rob_dropped": (4, 5), "rob_hashtag_emoji_user": (7, 7),
        },
    },
}

TR_1: CheckSet = {
 "negative_emotion": (True, [
  "Afganlardan tiksiniyorum, hepsinden.", "Çingenelere karşı içimde büyük bir öfke var.",
  "Ermenileri hiç sevmem, sevmeyeceğim de.", "Eşcinselleri gördükçe midem bulanıyor.",
  "Ateistlerden nefret ederim ben.", "Suriyelilere katlanamıyorum artık.", "Yahudilerden iğreniyorum.",
  "Kürtlere olan nefretim her gün artıyor.", "Trans bireylerden hoşlanmıyorum, gözüm görmesin.",
  "Göçmenlerden bıktım usandım."]),
 "negative_attributes": (True, [
  "Suriyeliler tembel ve pis insanlar.", "Romanların hepsi hırsız, istisnası yok.", "Kadınlar mantıklı düşünemez.",
  "Afganlar barbar bir millet.", "Aleviler ahlaksız insanlardır.", "Mültecilerin hepsi suçlu.",
  "Yahudiler açgözlü ve hilekârdır.", "Engelliler topluma yük oluyor.",
  "Yaşlılar bir işe yaramaz, sadece şikayet ederler.", "Hristiyanlar ikiyüzlü insanlar."]),
 "dehumanisation": (True, [
  "Suriyeliler hamamböceği gibi çoğalıyor.", "Afganlar sürü halinde gelen hayvanlar.",
  "Eşcinseller toplumu saran bir kanser.", "Çingeneler insan değil, sıçan bunlar.",
  "Kürtler mikrop gibi her yere yayılıyor.", "Mülteciler parazit, ülkenin kanını emiyor.",
  "Ermeniler köpekten farksız.", "Bu göçmenler tam bir veba salgını.", "Yahudiler asalaktır.",
  "Translar yaratık gibi."]),
 "implicit_derogation": (True, [
  "Şehirdeki bütün hırsızlıkların arkasında Suriyeliler var.", "Kiralar Afganlar yüzünden uçtu.",
  "Mahallemiz Çingeneler gelince çöplüğe döndü.", "İşsizliğin sebebi mülteciler, başka bir şey değil.",
  "Kürtler geldi, huzurumuz kaçtı.", "Ekonomi Yahudilerin oyunu yüzünden bu halde.",
  "Sokaklar göçmenler yüzünden güvenli değil artık.", "Ahlakımız eşcinseller yüzünden bozuldu.",
  "Hastaneler Suriyelilerle dolu, vatandaş sıra bekliyor.", "Bu şehrin pisliğinin sebebi Romanlar."]),
 "threat_expel": (True, [
  "Suriyeliler defolup gitsin.", "Afganları sınırdan geri atmak lazım, hepsini.",
  "Ermenilerin hepsini kesmek gerek.", "Eşcinselleri bu ülkeden kovacağız.",
  "Mültecileri toplayıp sınır dışı edin.", "Kürtleri ezeceğiz, görecekler.", "Çingeneleri mahalleden sürün.",
  "Yahudileri yakacağız.", "Göçmenler ülkemizden çıksın.", "Ateistlerin kafasını keseceğiz."]),
 "normalising_violence": (True, [
  "Suriyelileri dövenleri alkışlıyorum, iyi yapmışlar.", "Afganların evini yakanlar haklıydı.",
  "Ermenilere yapılan neyse az bile.", "Eşcinsellere saldıranlar kahramandır.",
  "Çingenelerin dayak yemesi hak edilmiş bir şey.", "Mültecileri denizde boğulmaya bırakmak doğru karar.",
  "Kürtleri öldürenlere madalya verilmeli.", "Yahudilere yapılan katliam iyi olmuş.",
  "Transları dövmek gayet normal.", "Göçmen kampını ateşe verenler helal olsun."]),
 "slur": (True, [
  "Şu çingen takımına bak.", "Gavurların hepsi aynı.", "İbneler yine yürüyüş yapıyor.",
  "Kızılbaşların sofrasına oturulmaz.", "Kıroların teki daha geldi.", "Dönmeler her yere sızmış.",
  "Şu sakatlara bak, ne işleri var burada.", "Ermeni tohumu herif.", "Bu pis zenciler.", "Gavur dölleri."]),
 "profanity_hate": (True, [
  "Siktirin gidin lan Suriyeliler.", "Amk Afganları, hepsi defolsun.", "Bu orospu çocuğu Ermeniler.",
  "Kürtlerin ananı sikeyim.", "Siktir olsun bütün mülteciler.", "Lanet olası Yahudiler.",
  "Piç göçmenler ülkeyi mahvetti.", "Amına koyduğumun eşcinselleri.", "Çingeneler aq hırsız pislikler.",
  "Kahrolası Aleviler."]),
 "later_clause_question_opinion": (True, [
  "Bence Suriyeliler bu ülkenin başına bela.", "Güzel bir gündü ama Afganlar her şeyi berbat etti, pislikler.",
  "Bu Kürtler neden hâlâ burada?", "Bana sorarsan eşcinseller hasta insanlar.", "Çingeneler neden hep çalıyor?",
  "Bence kadınlar oy kullanmamalı.", "Maç iyiydi ama stadyumda Suriyeliler vardı, iğrenç.",
  "Mülteciler ne zaman defolup gidecek?", "Bana göre Yahudiler dünyanın düşmanı.",
  "Kimse söylemiyor ama Ermeniler hain."]),
 "negated_positive": (True, [
  "Suriyeliler asla güvenilir insanlar olmadı.", "Afganlar hiçbir zaman medeni olmayacak.",
  "Kürtler bu ülkeye sadık değiller.", "Çingeneler hiç dürüst olmadı.", "Kadınlar asla iyi lider olamaz.",
  "Eşcinseller normal insanlar değil.", "Mülteciler bu ülkeye hiçbir katkı sağlamadı.",
  "Yahudilerin hiçbiri dürüst değildir.", "Aleviler asla gerçek Müslüman olamaz.",
  "Göçmenlerin hiçbiri çalışkan değil."]),
 "identity_insult_stereotype": (True, [
  "Ermeni gibi sinsi herif.", "Çingene gibi bağırma.", "Yahudi gibi hesapçı adam.",
  "Suriyeli gibi pis kokuyorsun.", "Sen ne Kürt gibi inatçısın.", "Kadın gibi dırdır etme.",
  "Arap gibi kafasız.", "Ne o, ibne gibi yürüyorsun.", "Afgan gibi kokuyorsun.", "Çingenelik yapma."]),
 "hashtag": (True, [
  "#AfganlarDefolsun", "#SuriyelilerGitsin", "#ErmenilereÖlüm", "#MültecilerGeriDönsün", "#KürtlerHain",
  "#ÇingenelerHırsız", "#YahudilereÖlüm", "#GöçmenİstemiyoruzArtık", "#SuriyeliİstilasınaDurDe",
  "#EşcinsellerHastadır"]),
 "negated_hate": (False, [
  "Suriyelilerden nefret etmiyorum.", "Afganlar pis değil, kimse de öyle demesin.", "Kürtler hain değildir.",
  "Eşcinseller hasta değil.", "Çingeneler hırsız değil, önyargılarınızı bırakın.",
  "Mültecilerin gitmesini istemiyorum.", "Ermenilere karşı hiçbir düşmanlığım yok.", "Kadınlar aptal değil.",
  "Yahudileri hiç küçümsemedim.", "Göçmenleri tehdit olarak görmüyorum."]),
 "neutral_positive": (False, [
  "Suriyeli komşum bugün bize yemek getirdi.", "Afgan öğrenciler üniversiteye kabul edildi.",
  "Kürtçe şarkılar çok güzel.", "Ermeni mimarların eserleri sergileniyor.", "Romanlar Hıdrellez'i kutladı.",
  "Eşcinsel çiftler için yeni bir dayanışma ağı kuruldu.", "Engelli bireyler için rampalar yapıldı.",
  "Yaşlılara ücretsiz ulaşım devam ediyor.", "Alevi cemevinde bir etkinlik düzenlendi.",
  "Mülteci kadınlar kooperatif kurdu.", "Yahudi cemaati sinagogda bayramı kutladı.",
  "Trans bireylerin haklarını savunuyoruz."]),
 "counter_speech": (False, [
  "'Suriyeliler defolsun' diyenler utanmalı.", "Afganlara hayvan diyen bu adamı kınıyorum.",
  "Kürtlerin hain olduğunu söylemek ırkçılıktır.", "'Çingeneler hırsızdır' demek düpedüz önyargı.",
  "Eşcinsellere hastalık diyenlere karşı durmalıyız.", "Mültecileri suçlamak kolay ama yanlış.",
  "Yahudilerden nefret ettiğini söyleyen paylaşım kabul edilemez.", "Ermenilere yönelik nefret söylemine hayır!",
  "Kadınlara aptal diyen yorumları raporladım.", "'Göçmenler ülkeden atılsın' sloganı nefret söylemidir."]),
 "abuse_non_protected": (False, [
  "Bu telefon tam bir çöp.", "Hakem kör müydü, rezalet.", "Şu belediye başkanı tam bir beceriksiz.",
  "Fenerbahçeliler ezik.", "Politikacıların hepsi yalancı.", "Bu film berbat, rezil.", "Ahmet aptalın teki.",
  "Trafik polisleri işe yaramaz.", "Patronum tam bir pislik.", "Bu otobüs şirketi rezalet, hepsi dolandırıcı."]),
 "profanity_alone": (False, [
  "Siktir ya, yine yağmur yağıyor.", "Amk bu ne trafik.", "Lan bu ne biçim maç, aq.",
  "Hay ağzına sıçayım bu işin.", "Orospu çocuğu yine kaçırdı topu.", "Siktiğimin internet bağlantısı.",
  "Hassiktir, anahtarı unuttum.", "Bok gibi bir gün.", "Amına koyayım, bilgisayar yine dondu.",
  "Siktir et, boşver."]),
 "reclaimed": (False, [
  "Biz lubunyalar olarak bugün onurla yürüyoruz.", "Ben bir ibneyim ve bundan utanmıyorum.",
  "Çingeneyiz, çalarız oynarız, neşeliyiz.", "Kızılbaşım, bununla övünüyorum.",
  "İbne olarak söylüyorum: bu dizi harika.", "Biz sakatlar olarak erişilebilirlik istiyoruz.",
  "Lubunya dilimizi seviyoruz.", "Kıro dediler, evet kıroyuz, ne olmuş.", "Gavur olarak bayramınızı kutlarım.",
  "Biz Kürtler olarak dilimize sahip çıkıyoruz."]),
 "rob_casing_caps": (True, [
  "SURİYELİLERDEN NEFRET EDİYORUM", "İBNELER DEFOLSUN", "KÜRTLERE ÖLÜM", "ermenileri İSTEMİYORUZ",
  "AFGANLAR İĞRENÇ", "ÇİNGENELER HIRSIZDIR", "MÜLTECİLER DEFOLSUN", "GÖÇMENLERİ İSTEMİYORUZ",
  ("SURİYELİ KOMŞULARIMIZI SEVİYORUZ", False), ("KÜRTÇE EĞİTİM HAKKI KONUŞULDU", False)]),
 "rob_no_turkish_chars": (True, [
  "Kurtleri istemiyoruz", "multeciler defolsun gitsin", "cingeneler hirsizdir", "gocmenler ulkemizi mahvetti",
  "escinseller hastadir", "ermeniler haindir", "afganlardan igreniyorum", "suriyelilere olum",
  ("multeci cocuklara yardim ediyoruz", False), ("escinsel bireylerin haklari insan haklaridir", False)]),
 "rob_leet": (True, [
  "Sur1yeliler defolsun", "Afg4nlar pis", "Kurtl3r hain", "3rmeniler hain", "Mult3ciler gitsin",
  "1bneler hasta", "C1ngeneler hirsiz", "G0cmenler defolsun", "Y4hudiler asalak",
  ("Sur1yeli komsum cok iyi biri", False)]),
 "rob_spaced": (True, [
  "S u r i y e l i l e r defolsun", "A f g a n l a r pis", "K ü r t l e r hain", "m ü l t e c i l e r gitsin",
  "Ç i n g e n e l e r hırsız", "E r m e n i l e r e ölüm", "i b n e l e r hasta",
  ("S u r i y e l i l e r e yardım edelim", False)]),
 "rob_dropped": (True, [
  "Suriylilerden nefret ediyorum", "Afgnlar pis", "Kürlter hain", "Mültcileri istemiyoruz",
  "Çingneler hırsız", "Ermneler hain", "Göçmnler defolsun", "Yahdiler asalak", "Suriyelier gitsin",
  ("Mültcilere yardım ettik", False)]),
 "rob_hashtag_emoji_user": (True, [
  "#KürtlereÖlüm", "#GöçmenlerDefolsun", "Suriyeliler 🤮🤮 defolsun", "Kürtler hain 😡",
  "Mülteciler 🖕 gitsin", "@USER Suriyeliler defolsun URL", "@USER @USER Afganlar pis hayvanlar",
  ("Suriyeli komşularımızı seviyoruz ❤️", False), ("@USER Kürtler hakkındaki bu haber çok güzel URL", False),
  ("#MültecilereKucakAç", False)]),
 "rob_suffixes": (True, [
  "Suriyelilerle aynı otobüse binmek istemiyorum, pis kokuyorlar.", "Afganlardaki bu pislik doğuştan.",
  "Ermenilerle yaşamak mümkün değil, hainler.", "Kürtlerinki hep bölücülük.", "Göçmenlerden bıktık, gitsinler.",
  "Eşcinsellerinize ölüm.", "Mültecilerinizi de alın gidin.", "Çingenelerdeki hırsızlık genetik.",
  ("Mültecilerimizi seviyoruz", False), ("Suriyelilerle birlikte iftar yaptık", False)]),
}

EN_1: CheckSet = {
 "negative_emotion": (True, [
  "I can't stand Muslims, never could.", "Honestly I despise immigrants.", "Gay people disgust me.",
  "I hate Mexicans with a passion.", "Jews make me sick.", "I loathe trans people.", "Refugees fill me with rage.",
  "So sick of women, I hate them all.", "I detest disabled people.", "Black people are so repulsive to me."]),
 "negative_attributes": (True, [
  "Immigrants are lazy and dishonest.", "Women are too stupid to run a company.", "Muslims are violent by nature.",
  "Gay men are all predators.", "Jews are greedy, every single one.", "Roma people are thieves.",
  "Old people are useless and a drain.", "Trans people are mentally ill.", "Disabled people are worthless.",
  "Refugees are criminals, all of them."]),
 "dehumanisation": (True, [
  "Immigrants are cockroaches.", "Muslims are a disease spreading across Europe.",
  "Those refugees are nothing but rats.", "Trans people are freaks, not humans.", "Jews are vermin.",
  "Gay people are animals.", "Black people are apes.", "Women are just cattle to be owned.",
  "Gypsies are a plague on this town.", "Mexicans breed like rabbits."]),
 "implicit_derogation": (True, [
  "Ever since the Somalis arrived crime has exploded here.", "Our schools went downhill because of all the immigrants.",
  "The housing crisis is the fault of refugees.", "Jews control the banks and ruin the economy.",
  "Neighbourhood was fine until the Muslims moved in.", "Gays are the reason society is collapsing.",
  "Rents doubled thanks to the migrants.", "Every riot in this city is started by Black youths.",
  "Hospitals are overwhelmed because of asylum seekers.", "Women in the workforce ruined the economy."]),
 "threat_expel": (True, [
  "All Muslims should be deported.", "We will hunt down every immigrant.", "Send the refugees back where they came from.",
  "I'm going to kill the next gay I see.", "Jews should be thrown out of this country.",
  "Trans people deserve to be shot.", "Kick every Mexican out.", "We should drive the Muslims out of our town.",
  "Immigrants, get out of our country.", "Someone should put a bullet in every refugee."]),
 "normalising_violence": (True, [
  "Beating up gays is just harmless fun.", "Whoever attacked that mosque full of Muslims did the right thing.",
  "Lynching Black people was justified.", "What happened to the Jews in the Holocaust was deserved.",
  "Those refugees drowning is no loss, good riddance.", "Attacking trans women is perfectly acceptable.",
  "I'm glad those immigrants got beaten.", "Violence against Muslims is totally understandable.",
  "Women who get hit probably deserved it.", "Those Roma deserved to have their camp burned."]),
 "slur": (True, [
  "Look at that faggot.", "Kikes run the media.", "Damn towelheads everywhere.", "Go back home, wetback.",
  "That tranny shouldn't be allowed here.", "A bunch of retards in this building.", "Spics are taking over.",
  "Some chink opened a shop.", "The dykes are marching again, disgusting.", "Gypos stole my bike."]),
 "profanity_hate": (True, [
  "Fuck all Muslims.", "Fucking immigrants ruin everything.", "Gay people are shit.", "Damn Jews, fuck them.",
  "Refugees can go fuck themselves.", "Trans people are fucking disgusting.", "Shitty Mexicans everywhere.",
  "Fuck women, they're all whores.", "Bloody Pakistanis, piss off.", "Disabled people are fucking useless."]),
 "later_clause_question_opinion": (True, [
  "Nice weather today, but those Muslims ruin every street they live on.", "I think immigrants are destroying this country.",
  "Why are there still so many refugees here?", "In my opinion, gay people are sick.",
  "Why do Jews always control everything?", "I'm not racist, but Black people are just more violent.",
  "Had a lovely dinner, until a group of Gypsies came in, filthy lot.", "Honestly? Women shouldn't vote.",
  "When will the migrants finally leave?", "Let's be real, trans people are delusional."]),
 "negated_positive": (True, [
  "Muslims will never be loyal citizens.", "Immigrants have never contributed anything.",
  "Women are not capable of leading.", "Gay people are not normal.", "Jews can never be trusted.",
  "Refugees aren't real people like us.", "No Mexican has ever been honest.",
  "Trans people will never be real women.", "Disabled people are not worth the money.",
  "Black people are not intelligent."]),
 "identity_insult_stereotype": (True, [
  "You're as cheap as a Jew.", "He drives like a woman, useless.", "Stop acting like a Gypsy thief.",
  "You smell like an Indian.", "That's so gay.", "You look like a terrorist Muslim.", "He's as lazy as a Mexican.",
  "You negotiate like a Jew.", "Don't be such a girl, man up.", "Quit whining like a retard."]),
 "hashtag": (True, [
  "#DeportThemAll immigrants", "#BanIslam", "#RefugeesNotWelcome", "#StopTheInvasion of migrants",
  "#GaysBurnInHell", "#JewsOut", "#KillAllMuslims", "#SendThemBack refugees", "#NoMoreMosques",
  "#TransIsAMentalIllness"]),
 "negated_hate": (False, [
  "I don't hate Muslims at all.", "Immigrants are not criminals.", "Gay people aren't sick.",
  "I would never hurt a refugee.", "Jews are not greedy.", "Trans people are not a threat.",
  "I have nothing against women drivers.", "Black people are not inferior.", "Disabled people are not a burden.",
  "I don't think Mexicans are lazy."]),
 "neutral_positive": (False, [
  "My Muslim colleague invited me to iftar.", "Refugee children joined the local football club.",
  "The gay couple next door adopted a dog.", "Jewish families celebrated Hanukkah downtown.",
  "Trans athletes spoke at the conference.", "Immigrants opened three new bakeries on our street.",
  "Disabled artists are showing their work this weekend.", "Women make up half the city council now.",
  "The Roma community hosted a music festival.", "Black history month starts tomorrow."]),
 "counter_speech": (False, [
  "Saying 'Muslims are terrorists' is plain bigotry.", "I'm sick of people calling immigrants rats.",
  "If you think gay people are sick, you're the problem.",
  "Posting 'deport all refugees' is hate speech and you should be ashamed.",
  "Calling Jews vermin is disgusting and needs to stop.", "Reported a tweet saying trans people should die.",
  "Stop saying women are stupid.", "It's racist to claim Black people are violent.",
  "People who shout 'Gypsies out' should be ashamed.", "He said disabled people are worthless; I told him that's vile."]),
 "abuse_non_protected": (False, [
  "This laptop is a piece of garbage.", "The referee is a blind idiot.", "Politicians are all liars.",
  "My landlord is a greedy pig.", "Yankees fans are morons.", "That movie was dumb as hell.",
  "Tom is such a loser.", "Lawyers are bloodsucking parasites.", "Bankers should all be locked up.",
  "This company's customer service is trash."]),
 "profanity_alone": (False, [
  "Fuck, I missed the bus.", "Holy shit, what a goal!", "This damn printer again.",
  "What the fuck is this weather.", "Shit, forgot my keys.", "Bloody hell, that was close.",
  "Fucking finally, Friday.", "Piss off, Monday.", "Damn, that pizza was good.", "Bullshit, no way that happened."]),
 "reclaimed": (False, [
  "As a queer woman, I love our pride parade.", "We dykes have the best bars.",
  "I'm a proud fag and I don't care who knows.", "Me and my niggas went out last night.", "Queer folk unite!",
  "Us crips know accessibility better than anyone.", "Being a dyke is the best thing that happened to me.",
  "Proud queer, proud of my community.", "We're here, we're queer, get used to it.",
  "As a fat old queen I approve this message."]),
 "rob_caps": (True, [
  "I HATE MUSLIMS", "IMMIGRANTS ARE PARASITES", "GAYS SHOULD DIE", "DEPORT ALL REFUGEES", "JEWS ARE VERMIN",
  "WOMEN ARE STUPID", ("WELCOME REFUGEES", False), ("PROUD OF OUR MUSLIM NEIGHBOURS", False)]),
 "rob_leet": (True, [
  "musl1ms are scum", "1mmigrants are rats", "g4ys are disgusting", "j3ws are vermin", "r3fugees go home",
  "look at that f4gg0t", ("r3fugees are welcome here", False)]),
 "rob_spaced": (True, [
  "M u s l i m s are vermin", "I hate J e w s", "r e f u g e e s should die", "g a y s are sick",
  "i m m i g r a n t s are rats", ("I love my g a y friends", False)]),
 "rob_dropped": (True, [
  "I hate Muslms", "Imigrants are rats", "refugess should be deported", "Jws are vermin",
  "trans peple are freaks", "womn are stupid", "Mexcans are criminals", ("I like my Muslm neighbours", False)]),
 "rob_hashtag_emoji_user": (True, [
  "#MuslimsOut", "#DeportAllMigrants", "Muslims 🤮🤮", "I hate gays 😡", "refugees go home 🖕",
  "@USER immigrants are filth URL", "@USER @USER all Jews are rats",
  ("Love my immigrant neighbours ❤️", False), ("@USER refugees welcome here URL", False), ("#RefugeesWelcome", False)]),
}

TR_2: CheckSet = {
 "negative_emotion": (True, [
  "Suriyeli görünce tepem atıyor, hiçbirini çekemiyorum.", "Ermenilere duyduğum nefret bitmez.",
  "Çingenelerden ölesiye nefret ediyorum.", "Lezbiyenlerden iğreniyorum açıkçası.",
  "Hristiyanları hiç sevmiyorum, hepsi aynı.", "Afgan göçmenlere tahammülüm kalmadı.",
  "Yahudi milletinden tiksiniyorum.", "Kürtlere karşı kinim var."]),
 "negative_attributes": (True, [
  "Afganlar pis kokulu ve kaba insanlar.", "Romanlar tembeldir, çalışmayı sevmezler.",
  "Kürtlerin hepsi cahil.", "Ateistler ahlaksız ve ruhsuz insanlardır.", "Kadınlar duygusal, karar veremezler.",
  "Mülteciler hep bedavacı.", "Ermeniler sinsi bir halktır.", "Engelliler ekonomiye yük."]),
 "dehumanisation": (True, [
  "Suriyeliler fareler gibi her yerde.", "Çingeneler sokak köpeği gibi.", "Afganlar çekirge sürüsü gibi geliyor.",
  "Eşcinseller bulaşıcı bir hastalık.", "Göçmenler ülkenin başına musallat olan haşereler.",
  "Yahudiler toplumun kanseri.", "Kürtler insan değil hayvan.", "Mülteciler asalak sürüsü."]),
 "implicit_derogation": (True, [
  "Ekmek fiyatları Suriyeliler yüzünden arttı.", "Mahallede hırsızlık Afganlar gelince patladı.",
  "Kira artışının tek sebebi göçmenler.", "Okullarımız mülteci çocuklarla doldu, bizimkiler sıra bekliyor.",
  "Sokaklar artık Suriyelilerin, biz yabancı olduk.", "Bu ülkeyi Yahudiler yönetiyor, her şey onların oyunu.",
  "Gençlerimiz eşcinseller yüzünden yoldan çıkıyor.", "Romanlar yüzünden parkta çocuk oynatamıyoruz."]),
 "threat_expel": (True, [
  "Bütün Suriyelileri otobüslere bindirip sınıra bırakın.", "Afganlar hemen sınır dışı edilmeli.",
  "Kürtlerin kökünü kazıyacağız.", "Ermenilere gününü göstereceğiz.", "Eşcinselleri taşlayarak öldürmeli.",
  "Göçmenleri ülkeden atın.", "Çingeneleri şehirden kovalım.", "Yahudilerin hepsi yok edilmeli."]),
 "normalising_violence": (True, [
  "Suriyeli çocuğu dövenleri tebrik ediyorum.", "Afgan kampını yakanlara helal olsun.",
  "Eşcinsellere saldırmak bence gayet doğal.", "Kürtlere sıkılan kurşun haklı bir tepkiydi.",
  "Mültecilerin linç edilmesi iyi oldu.", "Çingeneleri dövenler doğru yapmış.",
  "Ermenilere olanlar hak edilmişti.", "Transların dövülmesini normal buluyorum."]),
 "slur": (True, [
  "Bu gavurlar bayramımızı bozuyor.", "Ibneler her yerde.", "Zenciler mahalleye doldu.",
  "Kızılbaş takımı yine toplanmış.", "Şu Ermeni dölüne bak.", "Sakat herifler otobüste yer kaplıyor.",
  "Dönme takımı her yerde.", "Kıro sürüsü geldi yine."]),
 "profanity_hate": (True, [
  "Siktirin gidin lan Afganlar.", "Suriyelilerin amk, defolun.", "Orospu çocuğu Kürtler.",
  "Ermeni piçleri.", "Ananızı sikeyim eşcinseller.", "Lan bu mülteciler aq pislikler.",
  "Yahudilerin taa amına koyayım.", "Çingenelerin sülalesini sikeyim."]),
 "later_clause_question_opinion": (True, [
  "Bence Afganların hepsi suçlu.", "Bana kalırsa eşcinseller toplumu bozuyor.",
  "Hava güzel ama şu Suriyeliler her yeri kirletti.", "Neden hâlâ bu kadar mülteci var burada?",
  "Kürtler ne zaman gidecek?", "Açıkçası Ermenilere hiç güvenmiyorum, hainler.",
  "Bu Çingeneler niye hâlâ mahallemizde?", "Bence kadınlar çalışmamalı, evde oturmalı."]),
 "negated_positive": (True, [
  "Afganlar asla temiz insanlar olmadı.", "Suriyeliler hiçbir zaman bu ülkeye uyum sağlamadı.",
  "Kürtler asla güvenilir değildir.", "Ermeniler hiçbir zaman dostumuz olmadı.",
  "Eşcinseller asla iyi ebeveyn olamaz.", "Mültecilerin hiçbiri dürüst değil.",
  "Çingeneler asla namuslu olmaz.", "Kadınlar asla iyi şoför olamaz."]),
 "identity_insult_stereotype": (True, [
  "Yahudi gibi pinti.", "Suriyeli gibi davranma.", "Çingene gibi yaşıyorsun.", "Kadın gibi ağlama.",
  "Ermeni gibi sinsi sinsi bakıyor.", "Kürt gibi inat etme.", "Afgan kılıklı herif.", "Ibne gibi konuşma."]),
 "hashtag": (True, [
  "#SuriyelilerDefolsun", "#AfganlarSınırDışı", "#KürtlerHaindir", "#MültecilerGitsin",
  "#ÇingenelerDefolsun", "#ErmenilerYalancı", "#YahudilerAsalak", "#GöçmenlerÜlkemiziİşgalEtti"]),
 "negated_hate": (False, [
  "Kürtlerden nefret etmiyorum, hiç etmedim.", "Suriyeliler hırsız değildir.", "Ermeniler düşman değil.",
  "Eşcinsellerin gitmesini istemiyorum.", "Afganları tehdit olarak görmüyoruz.",
  "Çingeneler pis değil, yoksullar.", "Kadınlar zayıf değildir.", "Göçmenlere düşman değilim."]),
 "neutral_positive": (False, [
  "Suriyeli esnaf dükkanını yeniden açtı.", "Afgan mülteciler için kış yardımı başladı.",
  "Ermeni kilisesinde konser var.", "Romanların müziği çok güzel.", "Kürt sanatçının yeni albümü çıktı.",
  "Yaşlı komşumuza alışveriş yaptık.", "Eşcinsel bireyler onur yürüyüşü düzenledi.",
  "Engelli sporcular madalya kazandı.", "Alevi dedeler cemde konuştu.", "Göçmen kadınlar dikiş atölyesi açtı."]),
 "counter_speech": (False, [
  "Suriyelilere 'defolun' diye bağıranlar utansın.", "Kürtlere hain diyenler ırkçıdır.",
  "'Afganlar hayvan' diyen yorum nefret söylemidir.", "Ermenilere karşı bu nefret kabul edilemez.",
  "Eşcinsellere hasta demek ayrımcılıktır.", "Çingeneleri hırsız diye damgalamayın.",
  "Mültecilere yönelik saldırıları kınıyoruz.", "Kadınlara aptal diyen bu zihniyete karşıyız."]),
 "abuse_non_protected": (False, [
  "Bu bilgisayar tam bir hurda.", "Galatasaraylılar ezik.", "Bakanlar beceriksiz.", "Komşum tam bir salak.",
  "Hakem rezil, maçı sattı.", "Bu dizi berbat, senarist aptal.", "Patron hırsızın teki.", "Şu kargo şirketi rezalet."]),
 "profanity_alone": (False, [
  "Amk yine otobüsü kaçırdım.", "Siktir, telefonu düşürdüm.", "Lan ne kadar sıcak, aq.", "Bok gibi hava.",
  "Hassiktir, sınav bugünmüş.", "Orospu çocuğu gibi şans.", "Amına koyayım, yine zam gelmiş.", "Siktiğimin trafiği."]),
 "reclaimed": (False, [
  "Biz lubunyalar birbirimize sahip çıkarız.", "Kürdüm, çok şükür.", "Ben de bir Çingeneyim, müziğimizle gurur duyuyorum.",
  "Ibne olmak benim için bir onur.", "Biz Aleviler olarak cemimizi yapıyoruz.", "Sakat olarak bu rampayı istiyorum.",
  "Göçmen olarak bu ülkede çalışıyorum.", "Biz Suriyeliler de bu şehrin parçasıyız."]),
 "rob_casing_caps": (True, [
  "ERMENİLER DEFOLSUN", "SURİYELİLER PİS", "İBNELERE ÖLÜM", "AFGANLARI İSTEMİYORUZ", "kÜrTlEr HaİnDiR",
  ("SURİYELİ ÇOCUKLARA YARDIM", False)]),
 "rob_no_turkish_chars": (True, [
  "suriyeliler pis kokuyor", "cingenelerden nefret ediyorum", "kurtler bolucu haindir", "multecileri sinir disi edin",
  "escinsellere olum", ("gocmen kadinlar kooperatif kurdu", False)]),
 "rob_leet": (True, [
  "5uriyeliler defolsun", "afg@nlar pis", "kurtl3re olum", "mult3ciler asalak", "3scinseller hasta",
  ("5uriyeli komsum iyi biri", False)]),
 "rob_spaced": (True, [
  "A f g a n l a r defolsun", "s u r i y e l i l e r asalak", "K ü r t l e r e ölüm", "E r m e n i l e r hain",
  ("A f g a n l a r a yardım", False)]),
 "rob_dropped": (True, [
  "Suriyelleri istemiyoruz", "Afanlar defolsun", "Mültecler asalak", "Çingenler hırsız", "Ermenler hain",
  ("Suriylilere yardım kampanyası", False)]),
 "rob_hashtag_emoji_user": (True, [
  "#AfganİstilasınaHayır", "Suriyeliler 🐀🐀", "@USER Kürtler hain URL", "Mülteciler defolsun 😡😡",
  "@USER @USER Ermeniler yalancı", ("@USER mülteci çocuklara kitap gönderdik ❤️ URL", False),
  ("#SuriyeliKomşumaSahipÇıkıyorum", False)]),
 "rob_suffixes": (True, [
  "Suriyelilerinizi alın gidin.", "Afganlarınız pis.", "Kürtlerle aynı yerde oturmam, hainler.",
  "Ermenilerdeki bu kin bitmez, düşmandırlar.", "Göçmenlerdenmiş, tabii pis kokar.",
  ("Mültecilerle birlikte çalışıyoruz", False)]),
}

EN_2: CheckSet = {
 "negative_emotion": (True, [
  "Muslims make my blood boil.", "I truly despise gay people.", "Can't stand being around immigrants.",
  "Jewish people disgust me to my core.", "I hate trans people so much.", "Refugees? I loathe them.",
  "Nothing but contempt for Mexicans.", "Women make me sick."]),
 "negative_attributes": (True, [
  "Immigrants are dirty and lazy.", "Muslims are all terrorists.", "Women are too emotional to lead.",
  "Gay people are perverts.", "Black people are criminals.", "Jews are sneaky and greedy.",
  "Trans people are confused freaks.", "Disabled people are useless."]),
 "dehumanisation": (True, [
  "Refugees are a swarm of locusts.", "Muslims are savages, basically animals.", "Mexicans are vermin.",
  "Gay people are a disease on society.", "Immigrants are parasites.", "Jews are rats.",
  "Trans people are creatures, not people.", "Gypsies are filth."]),
 "implicit_derogation": (True, [
  "Our town went to hell after the refugees came.", "Crime is up because of the Muslims.",
  "Wages dropped thanks to immigrants.", "The Jews are behind every war.",
  "Since the Somalis moved here nobody feels safe.", "Gay people are ruining our children.",
  "The migrants took over our neighbourhood.", "Hospitals are full of immigrants and we wait for hours."]),
 "threat_expel": (True, [
  "Every Muslim should be shot.", "Deport the refugees now.", "We'll burn their mosques.",
  "Round up the immigrants and send them home.", "Gays should be hanged.", "Jews need to be wiped out.",
  "Throw the migrants out of our country.", "I will kill any trans person I meet."]),
 "normalising_violence": (True, [
  "Beating refugees is fine by me.", "Glad that mosque got burned down.", "Those gays deserved the beating.",
  "Attacks on Jews are justified.", "Lynching was good for Black people.", "Hurting trans people is okay.",
  "Violence against immigrants is necessary.", "Shooting Muslims was the right thing."]),
 "slur": (True, [
  "Fags everywhere these days.", "Look at those niggers.", "Another kike banker.", "Paki shop is closed again.",
  "Trannies in the bathroom.", "That retard can't even read.", "Wetbacks crossing the border.", "Some raghead yelled at me."]),
 "profanity_hate": (True, [
  "Fuck Muslims.", "Fucking refugees everywhere.", "Jews can fuck off.", "Shit-skinned immigrants.",
  "Gay people are fucking gross.", "Fuck every trans person.", "Mexicans are a bunch of assholes.",
  "Fuck off back to Africa, Black people."]),
 "later_clause_question_opinion": (True, [
  "I like pizza, but I hate Muslims.", "I believe immigrants are ruining Europe.",
  "Why do we still let refugees in?", "In my view, trans people are sick.",
  "Why are Jews so greedy?", "The concert was fine until the gays showed up, gross.",
  "Honestly, women belong in the kitchen.", "Why are there so many Mexicans here?"]),
 "negated_positive": (True, [
  "Immigrants are never honest.", "Muslims can't be trusted.", "Women are not smart enough for science.",
  "Gays aren't normal people.", "Refugees are not welcome here.", "Jews will never be loyal.",
  "Black people are not civilised.", "Trans women are not real women."]),
 "identity_insult_stereotype": (True, [
  "You're acting like a Jew with money.", "He screams like a girl.", "Typical Muslim behaviour, violent.",
  "You're so gay.", "You act like a retard.", "Cheap like a Jew.", "You smell like a Gypsy.",
  "He's as stupid as a woman."]),
 "hashtag": (True, [
  "#DeportMuslims", "#GaysAreSick", "#JewsAreRats", "#StopIslam", "#SendThemHome refugees",
  "#NoRefugees", "#BanMuslims", "#MigrantsGoHome"]),
 "negated_hate": (False, [
  "I don't hate immigrants.", "Muslims are not terrorists.", "Gay people are not perverts.",
  "Refugees aren't criminals.", "I'd never harm a Jew.", "Trans people are not confused.",
  "Women are not weak.", "I don't want Muslims deported."]),
 "neutral_positive": (False, [
  "Muslim doctors saved my life.", "The refugee choir sang beautifully.", "My gay uncle is visiting.",
  "Jewish bakery makes the best bread.", "Black artists won most awards.", "Trans rights are human rights.",
  "Immigrants built this city.", "Women's football is growing fast.", "Disabled veterans got new housing.",
  "The Roma festival was wonderful."]),
 "counter_speech": (False, [
  "Calling refugees animals is dehumanising and wrong.", "He tweeted 'Muslims out' and got banned, good.",
  "Stop calling gay people sick.", "Saying Jews are greedy is antisemitic.",
  "Whoever wrote 'kill trans people' on that wall should be ashamed.", "I can't believe people still say women are stupid.",
  "Claiming immigrants are rats is racist nonsense.", "If you think Black people are inferior, you're a bigot."]),
 "abuse_non_protected": (False, [
  "The government is a bunch of idiots.", "My phone is trash.", "Arsenal fans are clowns.",
  "That referee should be fired, useless.", "CEOs are greedy leeches.", "John is a complete moron.",
  "This game is garbage.", "Traffic wardens are the worst."]),
 "profanity_alone": (False, [
  "Fuck, my coffee spilled.", "Shit happens.", "Damn it, late again.", "What the hell, man.",
  "Fucking brilliant goal!", "Bloody rain.", "Holy crap, look at that.", "This is bullshit."]),
 "reclaimed": (False, [
  "We queers take care of our own.", "As a dyke, I love this show.", "My fellow fags, happy pride!",
  "Queer and proud.", "Us gays know how to party.", "I'm a crip and I'm fine with the word.",
  "We're queer and here to stay.", "Proud dyke here."]),
 "rob_caps": (True, [
  "MUSLIMS ARE RATS", "DEPORT ALL IMMIGRANTS", "I HATE GAYS", ("I LOVE MY MUSLIM NEIGHBOURS", False)]),
 "rob_leet": (True, [
  "j3ws are rats", "mu5lims are scum", "1mmigrants go home", ("r3fugees welcome", False)]),
 "rob_spaced": (True, [
  "J e w s are vermin", "I hate m u s l i m s", "g a y s should die", ("m u s l i m s are welcome", False)]),
 "rob_dropped": (True, [
  "Muslims are rts", "I hate imigrants", "refuges should be deported", "Mslims are terrorists",
  ("immigrnts are welcome", False)]),
 "rob_hashtag_emoji_user": (True, [
  "#RefugeesOut", "Immigrants 🐀🐀🐀", "@USER Muslims are terrorists URL", "Jews 🤮", "gays should die 🔫",
  ("@USER proud of our refugee neighbours ❤️ URL", False), ("#LoveIsLove", False)]),
}


SETS: dict[int, dict[str, CheckSet]] = {1: {"tr": TR_1, "en": EN_1}, 2: {"tr": TR_2, "en": EN_2}}


def cases(lang: str, sets=(1, 2)) -> list[tuple[str, str, bool]]:
    """(functionality, text, hateful?) for every case of the given sets in one language."""
    out = []
    for number in sets:
        for name, (default, items) in SETS[number][lang].items():
            for item in items:
                text, hateful = (item, default) if isinstance(item, str) else item
                out.append((name, text, hateful))
    return out


def first_pass(lang: str, number: int) -> float:
    figures = FIRST_PASS[number][lang].values()
    return sum(r for r, _ in figures) / sum(t for _, t in figures)
