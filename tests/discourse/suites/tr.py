"""Turkish functional suite. Hateful cases attack a protected group; the rest must not be labelled hateful."""


def _group(nom, abl, acc, dat, gen, sg, camel):
    return {"NOM": nom, "ABL": abl, "ACC": acc, "DAT": dat, "GEN": gen, "SG": sg, "CAMEL": camel,
            "NOMC": nom[:1].upper() + nom[1:]}


GROUPS = [
    _group("Suriyeliler", "Suriyelilerden", "Suriyelileri", "Suriyelilere", "Suriyelilerin", "Suriyeli", "Suriyeliler"),
    _group("Kürtler", "Kürtlerden", "Kürtleri", "Kürtlere", "Kürtlerin", "Kürt", "Kürtler"),
    _group("kadınlar", "kadınlardan", "kadınları", "kadınlara", "kadınların", "kadın", "Kadınlar"),
    _group("Ermeniler", "Ermenilerden", "Ermenileri", "Ermenilere", "Ermenilerin", "Ermeni", "Ermeniler"),
    _group("eşcinseller", "eşcinsellerden", "eşcinselleri", "eşcinsellere", "eşcinsellerin", "eşcinsel", "Eşcinseller"),
    _group("Yahudiler", "Yahudilerden", "Yahudileri", "Yahudilere", "Yahudilerin", "Yahudi", "Yahudiler"),
    _group("engelliler", "engellilerden", "engellileri", "engellilere", "engellilerin", "engelli", "Engelliler"),
    _group("Afganlar", "Afganlardan", "Afganları", "Afganlara", "Afganların", "Afgan", "Afganlar"),
    _group("trans bireyler", "trans bireylerden", "trans bireyleri", "trans bireylere", "trans bireylerin", "trans", "TransBireyler"),
    _group("Aleviler", "Alevilerden", "Alevileri", "Alevilere", "Alevilerin", "Alevi", "Aleviler"),
    _group("mülteciler", "mültecilerden", "mültecileri", "mültecilere", "mültecilerin", "mülteci", "Mülteciler"),
    _group("yaşlılar", "yaşlılardan", "yaşlıları", "yaşlılara", "yaşlıların", "yaşlı", "Yaşlılar"),
    _group("Romanlar", "Romanlardan", "Romanları", "Romanlara", "Romanların", "Roman", "Romanlar"),
    _group("fakirler", "fakirlerden", "fakirleri", "fakirlere", "fakirlerin", "fakir", "Fakirler"),
]
ROUNDS_PER_TEMPLATE = 5

FUNCTIONALITIES = {
    "negative_emotion_h": (True, [
        "{ABL} nefret ediyorum.", "{ABL} iğreniyorum, hepsinden.", "{ACC} gördükçe midem bulanıyor.",
        "{ABL} tiksiniyorum artık.", "Şu {DAT} tahammülüm kalmadı, nefret ediyorum.",
    ]),
    "negative_attribute_h": (True, [
        "{NOMC} pis ve tembel.", "Bütün {NOM} hırsızdır.", "{NOMC} hepsi yalancı, hepsi aynı.",
        "{NOMC} cahil ve ilkel insanlar.", "{NOMC} ahlaksız, güvenilmez tipler.",
    ]),
    "dehumanisation_h": (True, [
        "{NOMC} hayvandan farksız.", "{NOMC} bu ülkenin kanseri.", "{NOMC} haşere gibi her yeri sardı.",
        "{NOMC} insan değil, sürü.", "{NOMC} birer parazit.",
    ]),
    "implicit_derogation_h": (True, [
        "Bu şehrin hali {NOM} yüzünden.", "{NOMC} geldi, mahalle mahvoldu.", "Kiralar {GEN} yüzünden arttı.",
        "Sokaklar {NOM} yüzünden güvenli değil.", "{NOMC} işimizi elimizden aldı.",
    ]),
    "threat_h": (True, [
        "{ACC} tek tek öldüreceğiz.", "{NOMC} kurşuna dizilmeli.", "{ACC} bu ülkeden kovun.",
        "{ACC} sınır dışı edin, hepsini!", "Eline geçen {ACC} gebertsin.",
    ]),
    "normalised_violence_h": (True, [
        "{DAT} yapılan saldırı az bile.", "{NOMC} dövüldü, oh olsun!", "{NOMC} ne yaşadıysa hak ettiler.",
        "{DAT} yapılan linç müstahak.", "Evleri yakılan {NOM} bunu hak etti.",
    ]),
    "slur_h": (True, [
        "Bu ibneler her yerde.", "Gavurların hepsi aynı.", "Kızılbaşlar yine sahnede.", "Şu zencilere bak.",
        "Kıro herifler mahalleyi doldurdu.", "Bu mongol ne anlıyor ki.", "Nonoşlar yine yürüyüş yapıyor.",
        "Kafirler bayramımızı bozmasın.", "Götverenler televizyonda ne arıyor.", "Spastik herif yolu kapatmış.",
        "Yobazlar yine ortalığı karıştırıyor.", "İbnelere yer yok.", "Ermeni dölleri yine konuşuyor.",
        "Bu gavurlar ne istiyor.", "Zenciler mahalleye taşınmış.", "Şu ibneye bak.", "Kezbanlar yine sokakta.",
        "Dinciler her yeri sardı.", "Bu kıroları kim çağırdı.", "Kızılbaş takımı toplanmış.",
    ]),
    "profanity_h": (True, [
        "Siktir olsun gitsin bütün {NOM}.", "{NOMC} orospu çocuğudur hepsi.", "Amk {GEN} hepsi aynı.",
        "{ACC} sikeyim, hepsini.", "Bu kahpe {NOM} yüzünden batıyoruz amk.",
    ]),
    "clause_question_opinion_h": (True, [
        "Bence {NOM} bu ülkede yaşamamalı.", "{NOMC} neden hâlâ burada?", "Açık konuşayım, {NOM} bu ülkeye yük.",
        "Dışarıdan iyi görünüyorlar ama {NOM} aslında hain.", "Bana sorarsanız {NOM} ülkelerine dönsün.",
    ]),
    "negated_positive_h": (True, [
        "{NOMC} asla güvenilir olmadılar.", "{NOMC} hiçbir zaman dürüst olmadı.", "{ACC} asla sevmeyeceğim.",
        "{NOMC} saygıyı hak etmiyor.", "{DAT} hiç güvenmiyorum.",
    ]),
    "stereotype_symbolisation_h": (True, [
        "{SG} gibi cimri olma.", "Tipik {SG}, yine yalan söylüyor.", "{SG} gibi pis kokuyorsun.",
        "Sen tam bir {SG} gibi davranıyorsun, iğrenç.", "{SG} kılıklı herif.",
    ]),
    "hashtag_h": (True, [
        "#{CAMEL}Defolsun", "#{CAMEL}İstemiyoruz bıktık artık", "Yeter! #{CAMEL}GeriGönderilsin",
        "{NOMC} gitsin #{CAMEL}Defolsun", "#{CAMEL}SınırDışı",
    ]),
    "spelling_h": (True, [
        "suriyelilerden nefret ediyorum", "kurtlerden igreniyorum", "multeciler defolsun", "Sur1yeliler defolsun",
        "S u r i y e l i l e r defolsun", "Suriyelier pislik", "SURİYELİLER DEFOLSUN", "KÜRTLERİ İSTEMİYORUZ",
        "@USER Suriyeliler ülkelerine dönsün URL", "Suriyeliler 🐀🐀🐀", "Müteciler hepsi hırsız",
        "y4hud1ler hain", "Afganlaaar defoooolsun", "ermenilerden nefret ediyorum!!!", "Kadınlar aptal 🤮",
        "e s c i n s e l l e r hastalıklı", "ŞU ALEVİLER YOK EDİLMELİ", "eşcnseller sapık", "engelilerden tiksiniyorum",
        "@USER @USER multecileri geri gonderin",
    ]),
    "negated_hate_nh": (False, [
        "{ABL} nefret etmiyorum.", "{NOMC} pis değil.", "{NOMC} kötü insanlar değildir.",
        "{ABL} asla nefret etmem.", "{NOMC} hırsız değil, hepimiz gibi insan.",
    ]),
    "neutral_mention_nh": (False, [
        "{NOMC} ile aynı mahallede yaşıyoruz.", "Bugün {NOM} hakkında bir belgesel izledim.",
        "{GEN} çoğu İzmir'de yaşıyor.", "Belediye {DAT} yönelik yeni bir program açtı.",
        "Komşumuz {SG} bir aile.",
    ]),
    "positive_mention_nh": (False, [
        "{ACC} seviyorum.", "{NOMC} bu şehrin zenginliği.", "{NOMC} çok çalışkan ve dürüst insanlar.",
        "{DAT} selam olsun, iyi ki varsınız.", "{GEN} yanındayız.",
    ]),
    "counter_quote_nh": (False, [
        "'{NOM} defolsun' diyenler utanmalı.", "\"{NOM} pislik\" demek nefret söylemidir.",
        "Birisi '{ABL} nefret ediyorum' yazmış, çok üzüldüm.", "\"{ACC} öldürün\" diye bağıranları kınıyoruz.",
        "'{NOM} hayvandır' sözleri kabul edilemez.",
    ]),
    "counter_reference_nh": (False, [
        "{ABL} nefret ettiğini söyleyen herkes ırkçıdır.", "{DAT} yönelik nefret söylemine karşıyız.",
        "{ACC} hayvana benzetmek kabul edilemez.", "{DAT} defolun demek ayrımcılıktır.",
        "{ACC} suçlu ilan eden bu dil utanç verici.",
    ]),
    "abuse_nonprotected_nh": (False, [
        "Bu telefon tam bir çöp.", "Politikacıların hepsi yalancı.", "Sen tam bir salaksın.",
        "Bu hükümet beceriksiz.", "Hakem rezil, maçı sattı.", "Şu otobüs şoförü tam bir hayvan.",
        "Patronum aşağılık biri.", "Bu dizi berbat, senaristi aptal.", "Taraftarlar yine rezalet çıkardı.",
        "Milletvekilleri hırsız.", "Bu uygulama işe yaramaz.", "Komşum tam bir pislik.",
        "Yönetim beceriksizlerle dolu.", "Trafik berbat, herkes salak.", "Şu bilgisayardan nefret ediyorum.",
        "Bakan yalancı ve cahil.", "Bu takım rezil oldu.", "Gazeteciler hain.", "Hakemden nefret ediyorum.",
        "Belediye başkanı beceriksiz.",
    ]),
    "profanity_nh": (False, [
        "Siktir et, boşver.", "Amk yine yağmur yağıyor.", "Lan bu maç ne böyle.", "Hay sikeyim, otobüsü kaçırdım.",
        "Bok gibi bir gün.", "Amına koyayım, sınav çok zordu.", "Siktir, anahtarları unuttum.",
        "Ulan ne güzel gol attı.", "Boktan bir hafta geçirdim.", "Amk trafiği bitmiyor.",
        "Lan yine mi zam geldi.", "Hay amk, kahve döküldü.", "Siktir git dedim ve kapattım.",
        "Bu ne biçim hava amk.", "Orospu çocuğu gibi şanslıymış.", "Sikik internet yine koptu.",
        "Bok gibi yemek yaptım.", "Lan çok güldüm.", "Amk saat kaç olmuş.", "Siktir et maçı, yürüyüşe çıkalım.",
    ]),
    "reclaimed_nh": (False, [
        "İbneyiz, buradayız, alışın!", "Biz lubunyalar gururluyuz.", "Ben de bir nonoş olarak gururluyum.",
        "Kuir olarak burada olmaktan mutluyum.", "Ben Kürdüm ve gururluyum.", "Biz Çingeneler müziğimizi seviyoruz.",
        "Eşcinselim ve bununla gurur duyuyorum.", "Ben bir Suriyeliyim ve İzmir benim evim.",
        "Biz Aleviler cemevinde buluştuk.", "Trans olarak yaşamak cesaret ister, gururluyum.",
        "Ben Ermeniyim, bu şehir benim de şehrim.", "Biz engelliler olarak haklarımızı istiyoruz.",
        "Lubunya olarak bu yürüyüşteyim.", "Ben göçmenim ve burada çalışıyorum.", "Biz kadınlar olarak susmayacağız.",
        "Ben de ibne olarak bu onur yürüyüşündeyim.", "Biz Romanlar olarak müziğimizle gurur duyuyoruz.",
        "Ben de bir Yahudi olarak bu şehri seviyorum.", "Biz mülteciler olarak dayanışma istiyoruz.",
        "Nonoşlar olarak kendi partimizi yaptık.",
    ]),
}
