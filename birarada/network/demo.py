"""The network demo: a second city on the platform, two networks, an observatory of good practices and a method
pool, so a newcomer sees many cities learning from each other.

- Eskişehir joins İzmir on the platform, with partners there and in Adana and Diyarbakır; every directory profile
  (what an organization offers, the languages it serves people in, its accessibility) is filled in.
- "Türkiye Eşitlik Birimleri Ağı (demo)" joins equality units and NGOs (one member left it); "Kültür ve Haklar Ağı
  (demo)" joins municipal units, NGOs and arts institutions of Eskişehir, Adana and Diyarbakır, the way the seed's
  Connect for ImpAct project describes such a network (seeds/001).
- The observatory holds the seven cities of the Inclusive Cities Observatory's "Pulse" (seeds/003) and three
  Turkish practices (seeds/000, 001, 002), each told here in our own short words; one more practice waits for
  review and one is a draft.
- The method pool holds five methods written for the demo, with three "we used it" reports.

Organizations, people, telephone numbers and addresses marked "(demo)" are invented. Practices retell the seed
documents; their sources are listed by title.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from birarada.core import actions
from birarada.core.demo import demo_password
from birarada.core.models import Organization, OrganizationKind, Role
from birarada.events.models import Event
from birarada.network.choices import CollaborationStatus, Licence, MethodStatus, NetworkRole, PracticeStatus
from birarada.network.indexing import refresh_index
from birarada.network.models import (
    JointAction,
    Mentoring,
    MentoringMeeting,
    Method,
    MethodUse,
    NetworkMembership,
    Practice,
    PracticeText,
    ReviewComment,
)

K = OrganizationKind
NETWORK = "esitlik-birimleri-agi"
CULTURE_NETWORK = "kultur-ve-haklar-agi"

# ---- organizations ------------------------------------------------------------------------------------------

ORGANIZATIONS: list[dict[str, Any]] = [
    {"slug": "eskisehir", "name": "Eskişehir Büyükşehir Belediyesi — Eşitlik Birimi (demo)",
     "kind": K.METROPOLITAN_MUNICIPALITY, "city": "Eskişehir", "province": "26", "uses_platform": True,
     "grounds": ["gender", "disability", "age", "migration", "socioeconomic"],
     "description": "Kentte eşit hizmet erişimini izleyen, belediye birimlerine eşitlik danışmanlığı veren ve "
                    "sivil toplumla birlikte ayrımcılığa karşı çalışan birim.",
     "offers": ["training", "counselling", "mentoring", "venue"], "languages_served": ["tr", "en", "ar"],
     "accessibility": ["step_free", "accessible_toilet", "easy_read"],
     "public_phone": "0222 555 01 26", "address": "Örnek Bulvarı No: 26, Tepebaşı / Eskişehir (demo adres)"},
    {"slug": "porsuk-dayanisma", "name": "Porsuk Hak Temelli Dayanışma Derneği (demo)", "kind": K.NGO,
     "city": "Eskişehir", "province": "26", "grounds": ["gender", "sexual_orientation", "gender_identity"],
     "description": "Toplumsal cinsiyet eşitliği ve LGBTİ+ hakları için danışmanlık, eğitim ve savunuculuk "
                    "yapan dernek.",
     "offers": ["counselling", "psychosocial", "training"], "languages_served": ["tr", "en"],
     "accessibility": ["step_free"],
     "public_phone": "0222 555 02 26", "address": "Deneme Sokak No: 4, Odunpazarı / Eskişehir (demo adres)"},
    {"slug": "odunpazari-sahne", "name": "Odunpazarı Ortak Sahne Kolektifi (demo)", "kind": K.ARTS_INSTITUTION,
     "city": "Eskişehir", "province": "26", "grounds": ["ethnicity", "migration", "disability"],
     "description": "Forum tiyatrosu ve müzikle farklı toplulukları buluşturan, salonunu hak örgütlerine açan "
                    "kolektif.",
     "offers": ["arts", "venue", "training"], "languages_served": ["tr", "ku"],
     "accessibility": ["step_free", "hearing_loop"],
     "public_phone": "0222 555 03 26", "address": "Sahne Sokak No: 9, Odunpazarı / Eskişehir (demo adres)"},
    {"slug": "cukurova-goc", "name": "Çukurova Göç ve Dayanışma Derneği (demo)", "kind": K.NGO, "city": "Adana",
     "province": "01", "grounds": ["migration", "ethnicity"],
     "description": "Mülteci ve göçmenlere hukuki danışmanlık, tercümanlık ve yönlendirme hizmeti veren dernek.",
     "offers": ["legal_aid", "interpretation", "counselling"], "languages_served": ["tr", "ar", "fa", "en"],
     "accessibility": ["step_free", "child_friendly"],
     "public_phone": "0322 555 01 01", "address": "Deneme Caddesi No: 17, Seyhan / Adana (demo adres)"},
    {"slug": "seyhan-sanat-evi", "name": "Seyhan Kültür Sanat Evi (demo)", "kind": K.ARTS_INSTITUTION,
     "city": "Adana", "province": "01", "grounds": ["gender", "age", "ethnicity"],
     "description": "Kadınlar ve gençlerle fotoğraf, müzik ve hikâye anlatımı atölyeleri düzenleyen sanat evi.",
     "offers": ["arts", "venue"], "languages_served": ["tr", "ar"], "accessibility": ["step_free"],
     "public_phone": "0322 555 02 01", "address": "Sanat Sokak No: 3, Seyhan / Adana (demo adres)"},
    {"slug": "seyhan-esitlik", "name": "Seyhan Belediyesi Eşitlik Masası (demo)", "kind": K.DISTRICT_MUNICIPALITY,
     "city": "Adana", "province": "01", "grounds": ["gender", "disability", "migration"],
     "description": "İlçe belediyesinde kadınların, engellilerin ve göçmenlerin hizmetlere erişimini izleyen masa.",
     "offers": ["counselling", "training"], "languages_served": ["tr", "ar"],
     "accessibility": ["step_free", "accessible_toilet"],
     "public_phone": "0322 555 03 01", "address": "Belediye Meydanı No: 1, Seyhan / Adana (demo adres)"},
    {"slug": "dicle-esit-haklar", "name": "Dicle Eşit Haklar Derneği (demo)", "kind": K.NGO, "city": "Diyarbakır",
     "province": "21", "grounds": ["ethnicity", "gender", "socioeconomic"],
     "description": "Anadili nedeniyle ya da yoksulluk yüzünden hizmet dışında kalanlar için belgeleme ve "
                    "danışmanlık yapan dernek.",
     "offers": ["counselling", "research", "legal_aid"], "languages_served": ["tr", "ku", "zza"],
     "accessibility": ["step_free"],
     "public_phone": "0412 555 01 21", "address": "Deneme Sokak No: 8, Kayapınar / Diyarbakır (demo adres)"},
    {"slug": "sur-kolektif", "name": "Sur Kültür Sanat Kolektifi (demo)", "kind": K.ARTS_INSTITUTION,
     "city": "Diyarbakır", "province": "21", "grounds": ["ethnicity", "religion"],
     "description": "Kentin farklı dillerini ve inançlarını müzik, sergi ve söyleşilerle görünür kılan kolektif.",
     "offers": ["arts", "venue", "training"], "languages_served": ["tr", "ku", "zza", "ar"],
     "accessibility": ["step_free", "child_friendly"],
     "public_phone": "0412 555 02 21", "address": "Eski Çarşı Sokak No: 2, Sur / Diyarbakır (demo adres)"},
    {"slug": "yenisehir-esitlik", "name": "Yenişehir Belediyesi Eşitlik Masası (demo)",
     "kind": K.DISTRICT_MUNICIPALITY, "city": "Diyarbakır", "province": "21", "grounds": ["gender", "age"],
     "description": "İlçe belediyesinde toplumsal cinsiyet eşitliği ve yaşlılar için hizmet erişimini izleyen masa.",
     "offers": ["counselling"], "languages_served": ["tr", "ku"], "accessibility": ["step_free"],
     "public_phone": "0412 555 03 21", "address": "Belediye Caddesi No: 1, Yenişehir / Diyarbakır (demo adres)"},
    {"slug": NETWORK, "name": "Türkiye Eşitlik Birimleri Ağı (demo)", "kind": K.NETWORK, "city": "",
     "province": "", "uses_platform": True,
     "grounds": ["gender", "migration", "disability", "ethnicity", "sexual_orientation", "gender_identity"],
     "description": "Belediyelerin eşitlik birimleri ve masaları ile hak temelli derneklerin deneyim paylaştığı, "
                    "iyi uygulama gözlemevini ve yöntem havuzunu birlikte yürüttüğü ağ.",
     "offers": ["mentoring", "training", "research"], "languages_served": ["tr", "en"], "accessibility": [],
     "public_phone": "", "address": ""},
    {"slug": CULTURE_NETWORK, "name": "Kültür ve Haklar Ağı (demo)", "kind": K.NETWORK, "city": "",
     "province": "", "uses_platform": True, "grounds": ["ethnicity", "gender", "disability", "migration"],
     "description": "Eskişehir, Adana ve Diyarbakır'da belediye birimlerini, hak temelli dernekleri ve kültür-sanat "
                    "kurumlarını ayrımcılığa karşı ortak işler üretmek için buluşturan ağ.",
     "offers": ["mentoring", "arts"], "languages_served": ["tr", "ku", "ar"], "accessibility": [],
     "public_phone": "", "address": ""},
]

# The İzmir demo city's organizations (birarada/core/demo.py) get a full directory profile too.
IZMIR_PROFILES: dict[str, dict[str, Any]] = {
    "izmir": {"offers": ["training", "counselling", "research", "venue"], "languages_served": ["tr", "ar", "ku", "en"],
              "accessibility": ["step_free", "accessible_toilet", "sign_language"],
              "public_phone": "0232 555 01 35", "address": "Örnek Bulvarı No: 35, Konak / İzmir (demo adres)"},
    "bornova": {"offers": ["counselling", "training"], "languages_served": ["tr", "ar"],
                "accessibility": ["step_free"],
                "public_phone": "0232 555 02 35", "address": "Deneme Caddesi No: 12, Bornova / İzmir (demo adres)"},
    "karsiyaka": {"offers": ["counselling", "psychosocial"], "languages_served": ["tr", "ku"],
                  "accessibility": ["step_free", "accessible_toilet"],
                  "public_phone": "0232 555 03 35", "address": "Sahil Sokak No: 5, Karşıyaka / İzmir (demo adres)"},
    "kusak-goc": {"offers": ["legal_aid", "psychosocial", "interpretation", "counselling"],
                  "languages_served": ["tr", "ar", "fa", "ps", "en"], "accessibility": ["step_free", "child_friendly"],
                  "public_phone": "0232 555 04 35", "address": "Deneme Sokak No: 21, Konak / İzmir (demo adres)"},
    "renkli-adimlar": {"offers": ["counselling", "psychosocial", "research"], "languages_served": ["tr", "en"],
                       "accessibility": [], "public_phone": "0232 555 05 35", "address": ""},
    "engelsiz-kent": {"offers": ["research", "training", "counselling"], "languages_served": ["tr", "tsm"],
                      "accessibility": ["step_free", "accessible_toilet", "sign_language", "easy_read", "braille"],
                      "public_phone": "0232 555 06 35",
                      "address": "Erişim Sokak No: 7, Buca / İzmir (demo adres)"},
    "roman-haklari": {"offers": ["counselling", "training"], "languages_served": ["tr"], "accessibility": [],
                      "public_phone": "0232 555 07 35", "address": ""},
    "ortak-sahne": {"offers": ["arts", "venue", "training"], "languages_served": ["tr", "ku", "ar"],
                    "accessibility": ["step_free", "hearing_loop"],
                    "public_phone": "0232 555 08 35", "address": "Sahne Sokak No: 1, Alsancak / İzmir (demo adres)"},
}
PROFILE_FIELDS = ("offers", "languages_served", "accessibility", "public_phone", "address")

PEOPLE = [
    # username, first name, last name, organization slug, role
    ("admin.eskisehir", "Nazlı", "Kaplan", "eskisehir", Role.ADMIN),
    ("coordinator.network", "Barış", "Ekinci", NETWORK, Role.COORDINATOR),
]

# ---- the networks -----------------------------------------------------------------------------------------------

# (network, member, role, joined, left, shares its statistics)
MEMBERSHIPS = [
    (NETWORK, "izmir", NetworkRole.COORDINATOR, date(2022, 3, 1), None, True),
    (NETWORK, "bornova", NetworkRole.MEMBER, date(2022, 5, 2), None, False),
    (NETWORK, "renkli-adimlar", NetworkRole.MEMBER, date(2022, 6, 6), date(2024, 6, 30), False),
    (NETWORK, "karsiyaka", NetworkRole.MEMBER, date(2022, 9, 5), None, False),
    (NETWORK, "eskisehir", NetworkRole.MEMBER, date(2023, 1, 16), None, True),
    (NETWORK, "kusak-goc", NetworkRole.MEMBER, date(2023, 4, 3), None, False),
    (NETWORK, "porsuk-dayanisma", NetworkRole.MEMBER, date(2024, 2, 12), None, False),
    (NETWORK, "dicle-esit-haklar", NetworkRole.MEMBER, date(2024, 9, 2), None, False),
    (CULTURE_NETWORK, "eskisehir", NetworkRole.COORDINATOR, date(2024, 7, 1), None, False),
    (CULTURE_NETWORK, "porsuk-dayanisma", NetworkRole.MEMBER, date(2024, 7, 1), None, False),
    (CULTURE_NETWORK, "odunpazari-sahne", NetworkRole.MEMBER, date(2024, 7, 1), None, False),
    (CULTURE_NETWORK, "cukurova-goc", NetworkRole.MEMBER, date(2024, 7, 8), None, False),
    (CULTURE_NETWORK, "seyhan-sanat-evi", NetworkRole.MEMBER, date(2024, 7, 8), None, False),
    (CULTURE_NETWORK, "seyhan-esitlik", NetworkRole.MEMBER, date(2024, 7, 15), None, False),
    (CULTURE_NETWORK, "dicle-esit-haklar", NetworkRole.MEMBER, date(2024, 7, 15), None, False),
    (CULTURE_NETWORK, "sur-kolektif", NetworkRole.MEMBER, date(2024, 7, 15), None, False),
    (CULTURE_NETWORK, "yenisehir-esitlik", NetworkRole.MEMBER, date(2024, 7, 22), None, False),
]

# ---- the observatory ---------------------------------------------------------------------------------------------

PULSE = "Inclusive Cities Observatory (UCLG) — Pulse: Diversity and Nondiscrimination"
IZMIR_BOOK = ("For an Inclusive İzmir — All Together We Are İzmir (İzmir Metropolitan Municipality, "
              "Directorate of Urban Justice and Equity)")
EQUALITY_UNITS = "Local governments and human rights in Türkiye: the place of Equality Units (consultation input)"
EQUALITY_UNITS_2 = ("Association for Monitoring Gender Equality (2021), Current Situation Analysis of Municipal "
                    "Equality Units")
CONNECT = "Connect for ImpAct — project description (Eskişehir, Adana, Diyarbakır, 2024)"

PRACTICES: list[dict[str, Any]] = [
    {"slug": "seul-insan-haklari-kenti", "owner": "izmir", "author": "coordinator.izmir", "days_ago": 300,
     "city": "Seoul", "country": "KR", "population": 9_800_000,
     "other_organizations": "Seoul Metropolitan Government, Human Rights Department",
     "themes": ["human_rights_city", "nondiscrimination"], "grounds": ["gender", "socioeconomic"],
     "areas": ["housing", "public_space", "municipal_services"], "sources": PULSE,
     "texts": {
         "tr": {"title": "Seul: insan haklarını kent yaşamının her alanına taşımak",
                "summary": "Seul, kurduğu İnsan Hakları Dairesi ile belediye içinde kalıcı bir insan hakları "
                           "sistemi oluşturdu; şimdi ayrımcılık, cinsel taciz ve zorla tahliye gibi sorunlara "
                           "daha kararlı eğiliyor.",
                "challenge": "Yaklaşık on milyon kişinin yaşadığı bir kentte hakların kâğıt üzerinde kalmaması; "
                             "ayrımcılığın, cinsel tacizin ve zorla tahliyelerin gündelik hayatın sorunları olarak "
                             "sürmesi.",
                "action": "Kent yönetimi insan hakları için ayrı bir daire kurdu ve art arda iki insan hakları "
                          "politika ana planı hazırladı. İkinci plan üç işe öncelik veriyor: insanı merkeze alan "
                          "kamusal mekânlar, kente yayılan bir insan hakları kültürü ve farklılıklara saygı "
                          "konusunda farkındalık.",
                "results": "Dairenin kuruluşundan bu yana geçen yaklaşık yedi yılda Seul, belediyeler arasında "
                           "öncü sayılan bir insan hakları sistemi kurdu. İnsan Hakları Dairesi'ne göre ikinci "
                           "ana planın amacı, hakları sakinlerin yaşamının her alanına genişletmek."},
         "en": {"title": "Seoul: bringing human rights into every part of city life",
                "summary": "Seoul has built a municipal human rights system around its Human Rights Department and "
                           "now takes on discrimination, sexual harassment and forced evictions more firmly.",
                "challenge": "Making rights real in a city of almost ten million people, where discrimination, "
                             "sexual harassment and forced evictions remain everyday problems.",
                "action": "The city set up a dedicated human rights department and adopted two successive human "
                          "rights policy master plans. The second one puts three things first: public spaces "
                          "designed around people, a human rights culture that reaches the whole city, and "
                          "awareness that differences deserve respect.",
                "results": "In the seven or so years since the department was created, Seoul has built what is "
                           "regarded as a pioneering municipal human rights system. The Human Rights Department "
                           "describes the second master plan as a way to extend rights into every part of "
                           "residents' lives."}}},
    {"slug": "goicoechea-diyalog-masalari", "owner": "eskisehir", "author": "admin.eskisehir", "days_ago": 280,
     "city": "Goicoechea", "country": "CR", "population": 133_557,
     "other_organizations": "Municipalidad de Goicoechea, Human Development Department",
     "themes": ["social_inclusion", "participation", "education"], "grounds": ["socioeconomic"],
     "areas": ["municipal_services", "public_space"], "sources": PULSE,
     "texts": {
         "tr": {"title": "Goicoechea: diyalog masalarıyla katılımcı insani gelişme",
                "summary": "Kosta Rika'nın başkentinin çeperindeki bu çeşitli belediyede İnsani Gelişme Dairesi, "
                           "ayrımcılığa karşı farkındalık kampanyalarını, yöneticilere insan hakları eğitimini ve "
                           "katılımcı bütçeyi bir arada yürütüyor.",
                "challenge": "Başkentin çeperinde, farklı toplulukların yaşadığı bir belediyede sakinlerin kendi "
                             "mahallelerine dair kararlara gerçekten katılabilmesi.",
                "action": "Daire, ayrımcılığa karşı farkındalık kampanyaları düzenledi, yerel yöneticilere insan "
                          "hakları eğitimi verdi ve katılımcı bütçe süreçleri kurdu. En dikkat çeken araç "
                          "'diyalog masaları': mahallede yapılan atölyelerde sakinler örgütleniyor ve kamu "
                          "politikalarını belediyeyle birlikte tasarlıyor.",
                "results": "İnsani Gelişme Dairesi diyalog masalarını yurttaş katılımında öncü bir süreç olarak "
                           "anlatıyor: amaç toplulukların kendi kendini örgütlemesi ve politikaların birlikte "
                           "üretilmesi."},
         "en": {"title": "Goicoechea: human development through dialogue tables",
                "summary": "In a diverse municipality on the edge of Costa Rica's capital, the Human Development "
                           "Department combines awareness campaigns against discrimination, human rights training "
                           "for local officials and participatory budgeting.",
                "challenge": "Letting residents of a diverse, peripheral municipality take a real part in the "
                             "decisions about their neighbourhoods.",
                "action": "The department ran awareness campaigns on non-discrimination, trained local officials "
                          "in human rights and opened participatory budgets. Its best-known tool is the dialogue "
                          "table: community workshops where residents organise themselves and design public "
                          "policies together with the municipality.",
                "results": "The Human Development Department presents the dialogue tables as a pioneering "
                           "participation process, meant to help communities organise themselves and to co-create "
                           "policy."}}},
    {"slug": "mechelen-cesitlilik-ve-irkcilik", "owner": "kusak-goc", "author": "partner.kusak", "days_ago": 260,
     "city": "Mechelen", "country": "BE", "population": 85_655,
     "other_organizations": "City of Mechelen",
     "themes": ["nondiscrimination", "migration"], "grounds": ["migration", "ethnicity", "religion"],
     "areas": ["public_space", "municipal_services"], "sources": PULSE,
     "texts": {
         "tr": {"title": "Mechelen: çeşitliliği sahiplenen, ırkçılığa karşı duran küçük kent",
                "summary": "Ortaçağ geçmişi olan bu Flaman kenti, göçü ve çeşitliliği toplumsal uyumun parçası "
                           "olarak anlatıyor ve başka kentleri de kimseyi geride bırakmamaya çağırıyor.",
                "challenge": "Yabancı düşmanlığının ve popülist söylemin yükseldiği bir dönemde göçmenleri ve "
                             "mültecileri de kapsayan bir birlikte yaşama anlayışını savunmak.",
                "action": "Kent yönetimi göçü bir tehdit olarak değil, kentin gündelik hayatının bir parçası "
                          "olarak anlatan bir dil benimsedi; çeşitliliği ve toplumsal uyumu öne çıkaran bu mesajı "
                          "uluslararası platformlarda da savunuyor.",
                "results": "Belediye Başkanı Bart Somers, yabancı düşmanlığının toplumsal hareketliliği ve "
                           "özgürlüğü yok ettiğini, ayrımcılıkla mücadelenin bu değerleri korumanın yolu olduğunu "
                           "vurguluyor.",
                "quote": "Batılı değerlerimize gerçekten inanıyorsanız, yapmanız gereken ayrımcılıkla ve "
                         "ırkçılıkla mücadele etmektir. (çeviri)",
                "quote_by": "Bart Somers, Mechelen Belediye Başkanı"},
         "en": {"title": "Mechelen: a small city that embraces diversity and stands against racism",
                "summary": "This Flemish city with a medieval past speaks of migration and diversity as part of "
                           "social cohesion, and calls on other cities to leave no one behind.",
                "challenge": "Defending a way of living together that includes migrants and refugees while "
                             "xenophobia and populist talk are on the rise.",
                "action": "The city chose to speak of migration as part of everyday urban life rather than as a "
                          "threat, and carries this message of diversity and cohesion to the international "
                          "community.",
                "results": "Mayor Bart Somers argues that xenophobia destroys social mobility and freedom, and that "
                           "fighting discrimination is how those values are kept.",
                "quote": "If you really believe in our Western values, what you have to do is fight against "
                         "discrimination and racism.",
                "quote_by": "Bart Somers, Mayor of Mechelen"}}},
    {"slug": "nador-gocmen-kabul-ofisi", "owner": "kusak-goc", "author": "partner.kusak", "days_ago": 240,
     "city": "Nador", "country": "MA", "population": 161_726,
     "other_organizations": "Nador Municipal Council",
     "themes": ["migration", "nondiscrimination", "remedy"], "grounds": ["migration", "ethnicity"],
     "areas": ["health", "education", "municipal_services"], "sources": PULSE,
     "texts": {
         "tr": {"title": "Nador: göç yolundaki kentte herkes için temel haklar",
                "summary": "Yakın tarihi boyunca göçle biçimlenen Faslı kent, Avrupa yolundaki göçmenlerin ve "
                           "mültecilerin yaşam koşullarını iyileştirmek ve evrensel haklara erişimini sağlamak için "
                           "kapsamlı bir yaklaşım benimsedi.",
                "challenge": "Melilla sınırının kapanmasının ardından bölgeye gelen ve tel örgüleri aşmaya çalışan "
                             "çok sayıda göçmen ile mülteci; eğitime, sağlığa ve kamu hizmetlerine erişimin "
                             "önündeki engeller.",
                "action": "Belediye, göçmenler için bir kabul ofisi açtı. Ofis, gelenleri eğitim programlarına, "
                          "sağlık hizmetlerine ve kamu kurumlarına yönlendiriyor; durumun zorlaştığı dönemlerde "
                          "belediye diğer yerel yönetimlerle birlikte çözüm arıyor.",
                "results": "Belediye Meclisi Başkan Yardımcısı Amina El Oualid'in anlattığına göre kabul ofisi, "
                           "sınırın kapanmasıyla gelen zor dönemde kentin göçe verdiği yanıtın merkezi oldu."},
         "en": {"title": "Nador: universal rights in a city on a migration route",
                "summary": "Shaped by migration throughout its recent history, this Moroccan city has taken a "
                           "comprehensive approach to the living conditions of migrants and refugees on their way "
                           "to Europe and to their access to universal rights.",
                "challenge": "After the Melilla border closed, many migrants and refugees arrived trying to get past "
                             "the fence, with little access to education, health care or public services.",
                "action": "The municipality opened a reception office for migrants that refers people to education "
                          "programmes, health services and public administration; when the situation becomes "
                          "especially hard it works with other local authorities on a joint answer.",
                "results": "As Amina El Oualid, Vice-President of Nador Municipal Council, explains, the reception "
                           "office became the centre of the city's response in the difficult period after the "
                           "border closed."}}},
    {"slug": "lizbon-somos", "owner": "bornova", "author": "desk.bornova", "days_ago": 220,
     "city": "Lisbon", "country": "PT", "population": 506_892, "started": 2015,
     "other_organizations": "Lisbon City Council",
     "themes": ["education", "human_rights_city", "nondiscrimination"], "grounds": [],
     "areas": ["education"], "sources": PULSE,
     "texts": {
         "en": {"title": "Lisbon: SOMOS, a local culture of human rights",
                "summary": "Since 2015 Lisbon's SOMOS programme has used awareness-raising and capacity-building "
                           "to grow a local culture of human rights and democratic citizenship.",
                "challenge": "Turning human rights from a legal framework into something residents and municipal "
                             "staff know and practise.",
                "action": "SOMOS is the city's programme of Education for Democratic Citizenship and Human Rights. "
                          "It brings together initiatives that raise awareness among residents and build the "
                          "capacity of those who work with them.",
                "results": "The Inclusive Cities Observatory features the programme as an in-depth case study."}}},
    {"slug": "grenoble-yabanci-sakinler-konseyi", "owner": "eskisehir", "author": "admin.eskisehir",
     "days_ago": 200, "city": "Grenoble", "country": "FR", "population": 162_780,
     "other_organizations": "City of Grenoble, Council of Foreign Residents",
     "themes": ["participation", "nondiscrimination", "migration"], "grounds": ["migration"],
     "areas": ["municipal_services"], "sources": PULSE,
     "texts": {
         "tr": {"title": "Grenoble: yabancı sakinlerin de söz sahibi olduğu kapsayıcı yurttaşlık",
                "summary": "Ekonomik canlılığı nedeniyle geçen yüzyılda çok sayıda göçmen alan Grenoble, katılım, "
                           "insan hakları eğitimi ve sivil toplumun güçlenmesi üzerine kurulu bir yurttaşlık "
                           "anlayışı geliştiriyor.",
                "challenge": "Yıllardır kentte yaşayan, vergi ödeyen ve mahalle hayatına katılan yabancı uyruklu "
                             "sakinlerin belediye kararlarında sesinin olmaması.",
                "action": "Kent, yurttaşlığı uyrukla değil ikametle tanımlayan bir Yabancı Sakinler Konseyi'ni "
                          "destekliyor; bunun yanında insan hakları eğitimi veriyor ve sivil toplum örgütlerini "
                          "güçlendiriyor.",
                "results": "Belediye Başkan Yardımcısı Bernard Macret'ye göre amaç, yabancı sakinlerin belediye "
                           "yaşamına katılımının yerel demokrasiyi zenginleştirdiğini ve toplumsal uyumu "
                           "hızlandırdığını göstermek."},
         "en": {"title": "Grenoble: inclusive citizenship with a voice for foreign residents",
                "summary": "A city that received many migrants over the last century thanks to its economic "
                           "vitality, Grenoble builds citizenship on participation, human rights education and a "
                           "stronger civil society.",
                "challenge": "Foreign residents who have lived in the city for years, pay taxes and take part in "
                             "neighbourhood life had no voice in municipal decisions.",
                "action": "The city supports a Council of Foreign Residents based on residence rather than "
                          "nationality, alongside human rights education and support for civil society "
                          "organisations.",
                "results": "For Deputy Mayor Bernard Macret, the point is to show that foreign residents' "
                           "participation enriches local democracy and speeds up social cohesion."}}},
    {"slug": "barselona-islamofobiye-karsi-plan", "owner": "izmir", "author": "coordinator.izmir",
     "days_ago": 180, "city": "Barcelona", "country": "ES", "population": 1_600_000, "started": 2017,
     "other_organizations": "Barcelona City Council; human rights defenders; Barcelona's Muslim community",
     "themes": ["nondiscrimination", "remedy", "hate_speech"], "grounds": ["religion", "ethnicity"],
     "areas": ["public_space", "media", "municipal_services"], "sources": PULSE,
     "texts": {
         "tr": {"title": "Barselona: İslamofobiye karşı belediye planı",
                "summary": "Barselona 2017 başında, insan hakları savunucuları ve kentin Müslüman topluluğuyla "
                           "birlikte hazırladığı İslamofobiyle mücadele eylem planını başlattı.",
                "challenge": "Bir inancı ya da kültürel geçmişi yüzünden kentin bir bölümünün şüpheli gibi "
                             "görülmesi; ayrımcılığın yerel toplumsal uyumu tehdit etmesi.",
                "action": "Plan üç yönde ilerliyor: farkındalık yaratmak, ayrımcılığa uğrayanları güçlendirmek ve "
                          "mağdurlar için giderim sağlamak. Eylemler topluluğa danışılarak belirlendi.",
                "results": "Belediye Başkan Yardımcısı Jaume Asens, kentin yükselen uluslararası eğilimlerin "
                           "dışında olmadığını ve ayrımcılığın her biçimine karşı durulması gerektiğini söylüyor.",
                "quote": "Ayrımcılığı, nedeni ne olursa olsun, yerel toplumsal uyum ve kapsayıcılık için en büyük "
                         "tehditlerden biri olarak görüyoruz. (çeviri)",
                "quote_by": "Jaume Asens, Barselona Belediye Başkan Yardımcısı"},
         "en": {"title": "Barcelona: a municipal plan against Islamophobia",
                "summary": "In early 2017 Barcelona launched a municipal measure against Islamophobia, drawn up with "
                           "human rights defenders and the city's Muslim community.",
                "challenge": "Part of the city's population came to be seen as suspect for their religion or "
                             "cultural background, and discrimination threatened local cohesion.",
                "action": "The plan works in three directions: raising awareness, empowering the people targeted "
                          "and guaranteeing reparation for victims. Its actions were chosen in consultation with "
                          "the community.",
                "results": "Deputy Mayor Jaume Asens notes that the city is not shielded from the international "
                           "climate and that every form of discrimination must be answered.",
                "quote": "We understand discrimination, whatever the reason, as one of the biggest threats to local "
                         "social cohesion and inclusion.",
                "quote_by": "Jaume Asens, Deputy Mayor of Barcelona"}}},
    {"slug": "izmir-kapsayici-kent-kampanyasi", "owner": "izmir", "author": "coordinator.izmir", "days_ago": 150,
     "city": "İzmir", "country": "TR", "population": 4_400_000, "started": 2022, "ended": 2023,
     "organizations": ["izmir"],
     "other_organizations": "BM Mülteciler Yüksek Komiserliği (UNHCR) Türkiye",
     "themes": ["hate_speech", "nondiscrimination", "participation", "education"],
     "grounds": ["gender", "sexual_orientation", "gender_identity", "ethnicity", "religion", "migration"],
     "areas": ["media", "online", "municipal_services", "public_space"], "sources": IZMIR_BOOK,
     "texts": {
         "tr": {"title": "İzmir: nefret söylemi ve ayrımcılığa karşı kapsayıcı kent kampanyası",
                "summary": "Kentsel Adalet ve Eşitlik Şube Müdürlüğü, UNHCR ile birlikte 2022'de başlattığı "
                           "iletişim kampanyasında önce dinledi, sonra anlattı: odak grupları, paneller, eğitimler "
                           "ve kısa videolar.",
                "challenge": "Kentte toplumsal cinsiyet, cinsel yönelim, etnik kimlik, inanç ve mülteci ya da "
                             "göçmen olmak nedeniyle yaşanan ayrımcılığın ve nefret söyleminin görünmez kalması; "
                             "ayrımcılıkların iç içe geçmesi.",
                "action": "Haziran 2022'de bir açılış paneliyle başlayan kampanyada Temmuz'da ayrımcılık "
                          "alanında çalışan sivil toplum örgütleriyle buluşuldu. Temmuz–Ağustos 2022'de beş ayrı "
                          "grupla odak grup görüşmeleri yapıldı; katılımcılar cinsiyet, yaş, engellilik, sınıf ve "
                          "inanç bakımından dengeli seçildi. Bulgular bir rapora ve kent politikası önerilerine "
                          "dönüştü; Aralık 2022'de İnsan Hakları Haftası'nda 'Bir Arada Yaşama Sözümüz Var' paneli "
                          "yapıldı. 2023'te dört kısa video ile bir eğitim videosu hazırlandı, belediye personeline "
                          "ve derneklere eğitimler verildi.",
                "results": "Rapor kitaplaştı ve 2023 İzmir Kitap Fuarı'nda tanıtıldı; kapanış etkinliği Diyalog "
                           "Merkezi'nde kampanyayı destekleyen kişi ve kurumlarla yapıldı. Odak gruplar, "
                           "ayrımcılığın kesişen biçimlerini görünür kıldı."},
         "en": {"title": "İzmir: an inclusive-city campaign against hate speech and discrimination",
                "summary": "The Directorate of Urban Justice and Equity and UNHCR ran a communication campaign from "
                           "2022 that listened first and spoke second: focus groups, panels, trainings and short "
                           "videos.",
                "challenge": "Discrimination and hate speech against people for their gender, sexual orientation, "
                             "ethnic identity, faith or refugee and migrant status went unseen, and often overlapped.",
                "action": "The campaign opened with a panel in June 2022 and a meeting with civil society "
                          "organisations in July. In July and August 2022 focus groups met with five groups, their "
                          "participants balanced by gender, age, disability, class and faith. The findings became "
                          "a report with policy recommendations, presented at the \"We Have a Promise to Live "
                          "Together\" panel in Human Rights Week, December 2022. In 2023 the campaign produced four "
                          "short videos and a training video and trained municipal staff and NGOs.",
                "results": "The report became a book, shown at the 2023 İzmir Book Fair; a closing event at the "
                           "Dialogue Center brought together everyone who had taken part. The focus groups made "
                           "intersecting forms of discrimination visible."}}},
    {"slug": "turkiye-esitlik-birimleri", "owner": "eskisehir", "author": "admin.eskisehir", "days_ago": 120,
     "city": "Türkiye", "country": "TR", "population": None, "started": 2014,
     "other_organizations": "Belediyelerin eşitlik birimleri ve eşitlik masaları",
     "themes": ["planning", "gender_equality", "nondiscrimination"],
     "grounds": ["gender", "age", "disability", "migration", "socioeconomic"],
     "areas": ["municipal_services", "social_assistance"], "sources": f"{EQUALITY_UNITS}\n{EQUALITY_UNITS_2}",
     "texts": {
         "tr": {"title": "Türkiye'de belediye eşitlik birimleri",
                "summary": "Kadın Dostu Kentler programının etkisi azaldıktan sonra kadın örgütlerinin ve LGBTİ+ "
                           "hareketinin 2014 yerel seçimlerindeki savunuculuğuyla yeniden gündeme gelen eşitlik "
                           "birimleri, belediyelerde eşitlik politikasının taşıyıcısı oldu.",
                "challenge": "Eşitlik birimlerinin yasal dayanağı, kadrosu ve kendi bütçesi yok; belediye "
                             "örgütündeki yerleri birbirinden farklı ve yönetim değişikliklerinden kolayca "
                             "etkileniyorlar. Birimler arasında deneyim paylaşımı da sınırlı.",
                "action": "Pek çok belediye eşitlik birimi kurdu ve yerel eşitlik eylem planı hazırladı. Bazıları "
                          "birimin alanını toplumsal cinsiyetten yaşlılığa, gençliğe, engelliliğe, göçmenlere ve "
                          "yoksulluğa genişletti. Birimlerin dört temel işi var: ayrımcılığa uğrayan gruplar için "
                          "politika tasarlamak, bu grupların hizmetlere eşit erişimini ve karar süreçlerine "
                          "katılımını sağlamak, ihtiyaç analizi ve personel eğitimi yürütmek, hak temelli "
                          "derneklerle eşgüdüm kurmak. Bir büyükşehrin eşitlik birimi, ilçelerdeki eşitlik "
                          "masalarını düzenli olarak ziyaret edip teknik destek veriyor.",
                "results": "Avrupa Yerel Yaşamda Kadın-Erkek Eşitliği Şartı'nı Türkiye'de 34 belediye imzaladı. "
                           "Eşitlik hedeflerinin stratejik planlara ve bütçeye somut olarak yazılması, birimlerin "
                           "etkili olmasının ön koşulu olarak görülüyor."},
         "en": {"title": "Municipal equality units in Türkiye",
                "summary": "After the Women Friendly Cities programme lost momentum, advocacy by women's "
                           "organisations and the LGBTİ+ movement around the 2014 local elections brought equality "
                           "units back, and they became the carriers of equality policy in municipalities.",
                "challenge": "Equality units have no legal basis, no staff positions of their own and no budget of "
                             "their own; their place in the municipal organisation varies and changes of "
                             "administration easily undo them. Units rarely share experience.",
                "action": "Many municipalities set up equality units and adopted local equality action plans. Some "
                          "widened the unit's remit from gender to age, youth, disability, migrants and poverty. "
                          "Units have four core tasks: designing policy for groups facing discrimination, ensuring "
                          "their equal access to services and their participation in decisions, running needs "
                          "assessments and staff training, and coordinating with rights-based NGOs. One "
                          "metropolitan equality unit visits the equality desks of its districts regularly and "
                          "gives them technical support.",
                "results": "In Türkiye 34 municipalities have signed the European Charter for Equality of Women and "
                           "Men in Local Life. Writing equality targets and their budgets into strategic plans is "
                           "seen as the precondition for units to be effective."}}},
    {"slug": "connect-for-impact-yontem-havuzu", "owner": "eskisehir", "author": "admin.eskisehir",
     "days_ago": 60, "city": "Eskişehir, Adana, Diyarbakır", "country": "TR", "population": None,
     "started": 2024, "ended": 2024, "organizations": ["eskisehir"],
     "other_organizations": "Connect for ImpAct ortakları: belediye birimleri, hak temelli dernekler, kültür-sanat "
                            "kurumları; Almanya Federal Cumhuriyeti Büyükelçiliği'nin desteğiyle",
     "themes": ["culture", "nondiscrimination", "accessibility", "education"],
     "grounds": ["ethnicity", "gender", "disability", "migration"],
     "areas": ["public_space", "municipal_services"], "sources": CONNECT,
     "texts": {
         "tr": {"title": "Connect for ImpAct: yöntem havuzu ve mentorluk",
                "summary": "Temmuz–Aralık 2024'te Eskişehir, Adana, Diyarbakır ve çevre illerde belediye "
                           "birimleri, hak temelli dernekler ve kültür-sanat kurumları ayrımcılığa karşı birlikte "
                           "üretmek için bir araya geldi.",
                "challenge": "Kutuplaşmanın beslediği nefret söylemi ve ayrımcı uygulamalar artarken farklı "
                             "hak alanlarında çalışan kurumların birbirinin stratejisini ve kaynaklarını "
                             "tanımaması; yerel iş birliklerinin sürdürülememesi.",
                "action": "Proje kesişimsel bir bakışı, sektörler arası düşünmeyi ve bölgesel ağları öne aldı: "
                          "kapasite geliştirme programları, mentorluk, deneyim paylaşımı ve ağ kurma çalışmaları "
                          "yapıldı; ayrımcılıkla mücadele, kapsayıcılık ve erişilebilirlik üzerine bir araç seti "
                          "ve yöntem havuzu oluşturuldu; katılımcı kurumlar kendi bölgelerinde küçük ölçekli ortak "
                          "uygulamalar yürüttü.",
                "results": "Kurumlar birbirinin yöntemlerini öğrendi ve yerel ağlarını sürdürmek için somut iş "
                           "birliği alanları belirledi; yöntem havuzu başka kentlerin de kullanımına açıldı."},
         "en": {"title": "Connect for ImpAct: a method pool and mentoring",
                "summary": "From July to December 2024, municipal units, rights-based NGOs and arts institutions in "
                           "Eskişehir, Adana, Diyarbakır and nearby provinces worked together against "
                           "discrimination.",
                "challenge": "Hate speech and discriminatory practices fed by polarisation were rising, while "
                             "organisations working on different rights rarely knew each other's strategies and "
                             "resources, and local cooperation did not last.",
                "action": "The project put an intersectional perspective, cross-sector thinking and regional "
                          "networks first: capacity building, mentoring, experience sharing and networking; a "
                          "toolkit and method pool on anti-discrimination, inclusion and accessibility; and small "
                          "joint actions that the partners ran in their own regions.",
                "results": "The partners learned each other's methods and agreed on concrete areas of cooperation to "
                           "keep their local networks going; the method pool is open to other cities."}}},
    # Waiting for the network's editors (with one comment) and a draft, both invented for the demo.
    {"slug": "karsiyaka-cok-dilli-duyurular", "owner": "karsiyaka", "author": "desk.karsiyaka", "days_ago": None,
     "status": PracticeStatus.IN_REVIEW, "city": "İzmir", "country": "TR", "population": None, "started": 2024,
     "organizations": ["karsiyaka"], "other_organizations": "",
     "themes": ["migration", "social_inclusion"], "grounds": ["migration", "ethnicity"],
     "areas": ["municipal_services", "social_assistance"], "sources": "",
     "texts": {
         "tr": {"title": "Karşıyaka'da çok dilli mahalle duyuruları (demo)",
                "summary": "Eşitlik masası sosyal yardım ve etkinlik duyurularını Türkçe, Arapça ve Kurmancî "
                           "olarak, sade bir dille mahalle muhtarlıklarına ulaştırdı.",
                "action": "Duyurular sade Türkçe ile yeniden yazıldı, gönüllü çevirmenlerle Arapçaya ve Kurmancîye "
                          "çevrildi; muhtarlıklarda ve mahalle derneklerinde asıldı.",
                "results": "İlk üç ayda sosyal yardım başvurularında Arapça konuşan hanelerin payı arttı "
                           "(demo verisi)."}}},
    {"slug": "bornova-erisilebilir-oyun-alanlari", "owner": "bornova", "author": "desk.bornova", "days_ago": None,
     "status": PracticeStatus.DRAFT, "city": "İzmir", "country": "TR", "population": None, "started": 2025,
     "organizations": ["bornova"], "other_organizations": "Engelsiz Kent Derneği (demo)",
     "themes": ["accessibility"], "grounds": ["disability", "age"], "areas": ["public_space"], "sources": "",
     "texts": {
         "tr": {"title": "Bornova'da erişilebilir oyun alanları denetimi (demo)",
                "summary": "Eşitlik masası engelli çocukların aileleriyle birlikte ilçedeki oyun alanlarını "
                           "denetliyor.",
                "action": "Taslak: denetim formu ve ilk beş parkın sonuçları eklenecek."}}},
]

REVIEW_COMMENT = ("Çok güzel bir uygulama. Yayımlamadan önce iki şey rica ediyoruz: başvuru sayılarının hangi "
                  "dönemi kapsadığını yazın ve çevirmenlerin nasıl seçildiğini bir cümleyle anlatın.")

# ---- the method pool ---------------------------------------------------------------------------------------------

METHODS: list[dict[str, Any]] = [
    {"slug": "temsil-cizelgeli-odak-grup", "owner": "izmir", "author": "coordinator.izmir", "days_ago": 140,
     "developed_by": ["izmir"], "practices": ["izmir-kapsayici-kent-kampanyasi"],
     "title": "Temsil çizelgeli odak grup",
     "purpose": "Ayrımcılığa daha sık maruz kalan bir topluluğun belediye hizmetlerinde yaşadığı engelleri kendi "
                "sözleriyle dinlemek; katılımcıları seçerken kesişen farklılıkları (cinsiyet, yaş, engellilik, "
                "sınıf, inanç) bir çizelgeyle dengelemek.",
     "grounds": ["gender", "ethnicity", "religion", "migration", "disability", "age"],
     "audience": "Bir topluluktan sakinler; eşitlik birimi kolaylaştırır, ilgili hizmet birimi dinleyici olabilir",
     "group_min": 6, "group_max": 10, "duration_minutes": 120,
     "materials": "Temsil çizelgesi (satırlarda hedef gruplar, sütunlarda cinsiyet, yaş, engellilik, sınıf); "
                  "aydınlatılmış onam formu; soru rehberi; not tutucu için şablon; gerekiyorsa tercüman.",
     "steps": "Hangi hizmet alanını konuşacağınızı ve topluluğu belirleyin.\n"
              "Temsil çizelgesini hazırlayın ve ortak derneklerle birlikte katılımcı adaylarını çizelgeye "
              "yerleştirin.\n"
              "Boş kalan hücreler için yeniden davet edin; en az altı katılımcı olmadan başlamayın.\n"
              "Oturumu onam, gizlilik ve kayıt kurallarıyla açın.\n"
              "Soru rehberiyle ilerleyin: nerede, ne zaman, kimden ayrımcılık gördünüz; nasıl bir kent "
              "istiyorsunuz?\n"
              "Son yarım saatte katılımcılarla birlikte öneri listesi çıkarın.\n"
              "Notları kimliksizleştirip iki hafta içinde katılımcılara özet gönderin.",
     "facilitation": "İki kolaylaştırıcı çalışın: biri soruları yönetir, diğeri not tutar ve söz almayanları "
                     "izler. Katılımcıların deneyimini tartışmaya açmayın; yalnızca dinleyin ve netleştirin.",
     "accessibility": "Basamaksız bir mekân seçin, işaret dili ya da sözlü tercüme ihtiyacını davette sorun, "
                      "çocuk bakımı ve yol masrafı sağlayın.",
     "risks": "Katılımcılar tanınırsa zarar görebilir: ad, adres ve ayırt edici ayrıntıları notlara yazmayın. "
              "Travmatik bir anlatı gelirse oturumu durdurup destek kuruluşuna yönlendirin.",
     "variations": "Çevrim içi yapılabilir; o zaman grubu altı kişiyle sınırlayın. Gençlerle yapılırsa veli onamı "
                   "alın ve süreyi 90 dakikaya indirin."},
    {"slug": "mahalle-diyalog-masasi", "owner": "eskisehir", "author": "admin.eskisehir", "days_ago": 110,
     "developed_by": ["eskisehir"], "practices": ["goicoechea-diyalog-masalari"],
     "title": "Mahalle diyalog masası",
     "purpose": "Bir mahallenin sakinleriyle belediye birimlerini aynı masaya oturtup mahallede eşit hizmet "
                "için birlikte öneri üretmek; sakinlerin kendi aralarında örgütlenmesini desteklemek.",
     "grounds": ["socioeconomic", "migration", "age"],
     "audience": "Mahalle sakinleri, muhtar, mahalle dernekleri ve ilgili belediye birimlerinden çalışanlar",
     "group_min": 12, "group_max": 30, "duration_minutes": 150,
     "materials": "Mahalle haritası, masa başına büyük kâğıt ve kalemler, yapışkan notlar, oylama için "
                  "çıkartmalar, ikram.",
     "steps": "Mahallenin örgütleriyle birlikte gün, yer ve konu başlıklarını belirleyin.\n"
              "Katılımcıları dört-altı kişilik masalara karışık oturtun; her masada bir belediye çalışanı olsun.\n"
              "Her masa haritada sorunlu yerleri ve hizmete ulaşamayanları işaretlesin.\n"
              "Masalar en önemli üç sorun için öneri yazsın.\n"
              "Öneriler duvara asılsın, herkes üç çıkartmayla oy versin.\n"
              "En çok oy alan önerilerin sorumlu birimini ve bir sonraki buluşma tarihini birlikte belirleyin.\n"
              "Bir ay içinde önerilerin ne olduğunu sakinlere yazılı olarak bildirin.",
     "facilitation": "Belediye çalışanları masada dinleyici ve bilgi verici olarak bulunsun, savunmaya geçmesin. "
                     "Az konuşanlara söz vermek için masalarda konuşma sırası kullanın.",
     "accessibility": "Buluşmayı akşam ya da hafta sonu yapın, çocuk köşesi kurun, gerekirse tercüman bulundurun, "
                      "haritayı büyük puntolu ve sesli betimlemeyle de sunun.",
     "risks": "Yerine getirilemeyecek sözler güveni bozar: masada yalnızca takip edebileceğiniz şeyleri "
              "üstlenin. Tartışma bir grubu hedef alırsa kolaylaştırıcı ortak kuralları hatırlatsın.",
     "variations": "Gençlerle okul ya da gençlik merkezinde; göçmen sakinlerle dernekleriyle birlikte ve iki "
                   "dilde yapılabilir."},
    {"slug": "forum-tiyatrosu-nefret-soylemi", "owner": "eskisehir", "author": "admin.eskisehir", "days_ago": 90,
     "developed_by": ["eskisehir", "odunpazari-sahne"], "practices": ["connect-for-impact-yontem-havuzu"],
     "title": "Nefret söylemine karşı forum tiyatrosu atölyesi",
     "purpose": "Gündelik hayatta tanık olunan bir nefret söylemi anını sahnede canlandırıp seyircinin sahneye "
                "çıkarak farklı müdahaleleri denemesini sağlamak.",
     "grounds": ["ethnicity", "migration", "gender", "disability"],
     "audience": "Gençler, belediye çalışanları ya da dernek gönüllüleri; bir tiyatrocu ve bir hak uzmanı "
                 "kolaylaştırır",
     "group_min": 12, "group_max": 25, "duration_minutes": 180,
     "materials": "Boş bir salon, sandalyeler, birkaç basit kostüm parçası, sahne için bant, su.",
     "steps": "Isınma oyunlarıyla grubu tanıştırın ve güvenli alan kurallarını birlikte yazın.\n"
              "Katılımcılardan tanık oldukları kısa bir nefret söylemi anını anlatmalarını isteyin.\n"
              "Bir anı seçip üç-dört kişilik bir grupla iki dakikalık bir sahneye dönüştürün.\n"
              "Sahneyi bir kez baştan sona oynayın.\n"
              "Sahneyi yeniden oynayın; seyirci 'dur' diyerek tanığın yerine geçip başka bir tepki denesin.\n"
              "Her müdahaleden sonra grupla neyin işe yaradığını konuşun.\n"
              "Kapanışta herkes gerçek hayatta deneyeceği bir tepkiyi söylesin.",
     "facilitation": "Hedef alınan kişinin rolünü o gruptan biri oynamak zorunda değildir; rolleri gönüllülere "
                     "bırakın. Nefret söylemini sahnede tekrar ederken sözcükleri yumuşatın.",
     "accessibility": "Tekerlekli sandalyeyle dolaşılabilecek bir salon seçin, sahneleri sözlü olarak da "
                      "betimleyin, işaret dili tercümanı için önceden sorun.",
     "risks": "Canlandırma katılımcılarda eski yaraları açabilir: istemeyen izleyici kalabilir, atölye sonrası "
              "konuşmak isteyenler için bir destek kişisi hazır olsun.",
     "variations": "Çevrim içi nefret söylemi için sahneyi bir mesajlaşma grubu olarak kurgulayın; kısa sürümü "
                   "90 dakikada tek sahneyle yapılabilir."},
    {"slug": "ayrimci-dil-personel-egitimi", "owner": "izmir", "author": "coordinator.izmir", "days_ago": 70,
     "developed_by": ["izmir"], "practices": ["izmir-kapsayici-kent-kampanyasi", "turkiye-esitlik-birimleri"],
     "title": "Belediye personeline ayrımcı dil eğitimi",
     "purpose": "Hizmet veren belediye çalışanlarının yazışmalarda, duyurularda ve yüz yüze hizmette ayrımcı dili "
                "fark etmesini ve kapsayıcı karşılıklar kullanmasını sağlamak.",
     "grounds": ["ethnicity", "migration", "gender", "disability", "age", "religion"],
     "audience": "Vezne, çağrı merkezi, sosyal hizmet ve basın birimlerinden belediye çalışanları",
     "group_min": 10, "group_max": 25, "duration_minutes": 180,
     "materials": "Belediyenin kendi duyurularından seçilmiş (kimliksizleştirilmiş) örnekler, kapsayıcı dil "
                  "rehberi, katılım belgesi, ön ve son test.",
     "steps": "Ön testi uygulayın.\n"
              "Ayrımcılık yasağını ve eşit hizmet yükümlülüğünü kısa bir sunumla anlatın.\n"
              "Küçük gruplara belediyenin kendi duyurularından örnekler verin; ayrımcı ifadeleri bulsunlar.\n"
              "Gruplar ifadeleri kapsayıcı biçimde yeniden yazsın ve sunsun.\n"
              "Yüz yüze hizmette zor bir anı iki kişilik canlandırmayla çalışın.\n"
              "Her birimin yarın değiştireceği bir metni seçmesini isteyin.\n"
              "Son testi uygulayıp katılım belgelerini verin.",
     "facilitation": "Kimseyi suçlamadan örnekler üzerinden çalışın; amaç kişileri değil metinleri düzeltmek. "
                     "Yöneticilerin de katılması değişikliği kolaylaştırır.",
     "accessibility": "Sunumları büyük puntolu ve sade dille hazırlayın, materyalleri önceden erişilebilir PDF "
                      "olarak paylaşın.",
     "risks": "Katılımcılar savunmaya geçebilir: mevzuata ve hizmet kalitesine dayanın. Örneklerde çalışanların "
              "adları görünmesin.",
     "variations": "Çevrim içi iki oturuma bölünebilir; basın birimi için sosyal medya paylaşımlarına "
                   "odaklanan bir sürüm yapılabilir."},
    {"slug": "karsi-soylem-yazim-atolyesi", "owner": "kusak-goc", "author": "partner.kusak", "days_ago": 50,
     "developed_by": ["kusak-goc"],
     "practices": ["izmir-kapsayici-kent-kampanyasi", "barselona-islamofobiye-karsi-plan"],
     "title": "Karşı söylem yazım atölyesi",
     "purpose": "Sosyal medyada mültecileri ve göçmenleri hedef alan paylaşımlara nefreti büyütmeden, olgulara "
                "ve ortak değerlere dayanan yanıtlar yazmayı öğrenmek.",
     "grounds": ["migration", "ethnicity", "religion"],
     "audience": "Dernek gönüllüleri, gençler, belediye iletişim birimi çalışanları",
     "group_min": 8, "group_max": 16, "duration_minutes": 150,
     "materials": "Kimliksizleştirilmiş örnek paylaşımlar, olgu kartları (güvenilir kaynaklardan kısa bilgiler), "
                  "yanıt şablonu, projeksiyon.",
     "steps": "Nefret söylemini, saldırgan dili ve eleştiriyi örneklerle ayırt edin.\n"
              "Bir yanıtın kime yazıldığını konuşun: saldırgana değil, sessiz okura.\n"
              "Olgu kartlarını tanıtın ve bir yanıtın üç parçasını gösterin: kabul, olgu, ortak değer.\n"
              "Çiftler halinde iki örnek paylaşıma yanıt yazın.\n"
              "Yanıtları okuyun; grup hangi yanıtın sessiz okuru ikna edeceğini tartışsın.\n"
              "Ne zaman yanıt vermemek ve bildirmek gerektiğini konuşun.",
     "facilitation": "Örnek paylaşımları yansıtırken hedef alınan grubun üyelerinin de salonda olabileceğini "
                     "unutmayın; en ağır ifadeleri kısaltın.",
     "accessibility": "Örnekleri ekran okuyucuyla okunabilir metin olarak da dağıtın; Arapça konuşan katılımcılar "
                      "için iki dilli olgu kartları hazırlayın.",
     "risks": "Katılımcılar yazdıkları yanıtlar yüzünden çevrim içi saldırıya uğrayabilir: kişisel hesap yerine "
              "kurum hesabı kullanmayı ve gizlilik ayarlarını konuşun.",
     "variations": "Video yanıtlar için bir çekim bölümü eklenebilir; kampanya dönemlerinde ortak bir yanıt "
                   "havuzu oluşturulabilir."},
]

# (method, organization, days ago or an event of the events module's demo, rating, report)
METHOD_USES: list[tuple[str, str, int | tuple[str, str], int, str]] = [
    ("ayrimci-dil-personel-egitimi", "izmir", ("izmir", "egitim-1"), 4,
     "Vezne ve çağrı merkezinden 25 kişi katıldı. Kendi duyurularımızla çalışmak çok işe yaradı; canlandırma "
     "bölümüne daha fazla zaman ayırmak gerekiyor."),
    ("mahalle-diyalog-masasi", "eskisehir", 45, 4,
     "İki mahallede yaptık; yaşlı sakinler ilk kez belediye çalışanlarıyla aynı masaya oturdu. Öneri takibini "
     "muhtarlarla birlikte yürütmek güveni artırdı."),
    ("forum-tiyatrosu-nefret-soylemi", "kusak-goc", 20, 5,
     "Gençlerle yaptık; en güçlü an seyircinin sahneye çıkıp tanığın yerine geçtiği bölümdü. Destek kişisinin "
     "hazır bulunması önemliydi."),
]

# (title, goal, organizations, starts (days from today), ends, status, steps, outcomes)
JOINT_ACTIONS = [
    ("Ortak nefret söylemi izleme haftası (demo)",
     "Yerel basında ve belediyelerin sosyal medya hesaplarının altında göçmenleri hedef alan nefret söylemini aynı "
     "hafta, aynı ölçütlerle izleyip karşılaştırmak.",
     ["izmir", "eskisehir", "kusak-goc"], -200, -190, CollaborationStatus.DONE,
     "Ortak izleme ölçütlerini belirlemek\nHer kentten iki kişiyi eğitmek\nBir hafta boyunca izlemek\n"
     "Bulguları ortak bir kısa raporda yayımlamak",
     "Üç kentte 400'ü aşkın içerik incelendi (demo verisi); ortak rapor iki belediyenin iletişim birimlerine "
     "sunuldu."),
    ("Eşitlik birimleri için ortak personel eğitimi modülü (demo)",
     "Belediye personeline ayrımcı dil eğitiminin ortak bir modülünü hazırlamak ve dört belediyede denemek.",
     ["izmir", "eskisehir", "bornova", "karsiyaka"], -40, 80, CollaborationStatus.UNDER_WAY,
     "Yöntem havuzundaki eğitimi ortak modüle dönüştürmek\nHer belediyede bir deneme eğitimi yapmak\n"
     "Ön ve son test sonuçlarını karşılaştırmak\nModülü yöntem havuzunda güncellemek",
     ""),
]

# (mentor, mentee, topics, starts, ends, meetings: (days after start, summary, next steps))
MENTORINGS = [
    ("eskisehir", "dicle-esit-haklar", "Belediyeyle iş birliği kurmak; ayrımcılık vakalarını belgelemek",
     date(2024, 9, 16), None,
     [(0, "Tanışma toplantısı: derneğin belgeleme deneyimi ve belediyelerle ilişkisi konuşuldu.",
       "Dernek son altı ayın başvurularını ortak bir şablona aktaracak."),
      (45, "Belgeleme şablonu birlikte gözden geçirildi; kişisel verilerin korunması için düzeltmeler yapıldı.",
       "Yenişehir eşitlik masasıyla ilk ortak toplantı ayarlanacak.")]),
    ("izmir", "eskisehir", "Başvuru alma ve vaka yönetimi; odak grup tasarımı",
     date(2023, 2, 6), date(2023, 12, 29),
     [(0, "İzmir'in başvuru alma süreci ve vaka kayıt düzeni anlatıldı.",
       "Eskişehir kendi başvuru formunun taslağını hazırlayacak."),
      (120, "Eskişehir'in ilk odak grup planı temsil çizelgesiyle birlikte çalışıldı.",
       "İlk odak grubundan sonra değerlendirme toplantısı yapılacak.")]),
]


# ---- loading -----------------------------------------------------------------------------------------------------

def _organizations(by_slug: dict[str, Organization]) -> None:
    for row in ORGANIZATIONS:
        if row["slug"] in by_slug:
            continue
        fields = {"uses_platform": False, **row}
        by_slug[row["slug"]] = actions.do_create_organization(actor=None, **fields)
    for slug, profile in IZMIR_PROFILES.items():
        organization = by_slug.get(slug)
        if organization is None:
            continue
        missing = {name: value for name, value in profile.items() if not getattr(organization, name)}
        if organization.province == "":
            missing["province"] = "35"
        if missing:  # Demo data only: fill what is empty, never overwrite what someone wrote since.
            Organization.objects.filter(pk=organization.pk).update(**missing)


def _people(by_slug: dict[str, Organization]) -> dict[str, Any]:
    password = demo_password()
    users = get_user_model().objects
    for username, first, last, slug, role in PEOPLE:
        user = users.filter(username=username).first()
        if user is None:
            user = users.create_user(username, email=f"{username}@demo.invalid", password=password,
                                     first_name=first, last_name=last)
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        actions.do_add_membership(by_slug[slug], user, role, actor=None)
    wanted = {row[0] for row in PEOPLE} | {p["author"] for p in PRACTICES} | {m["author"] for m in METHODS}
    return {u.username: u for u in users.filter(username__in=wanted)}


def _memberships(by_slug: dict[str, Organization]) -> None:
    for network, member, role, joined, left, shares in MEMBERSHIPS:
        NetworkMembership.objects.get_or_create(
            network=by_slug[network], member=by_slug[member],
            defaults={"role": role, "joined_on": joined, "left_on": left, "shares_statistics": shares})


def _backdate(item: Practice | Method, published_at: datetime | None) -> None:
    """Written two weeks before it was published and not changed since (demo data only: `update` leaves
    `auto_now` alone), so editors do not see every demo practice as "changed after publication"."""
    when = published_at or timezone.now()
    type(item).objects.filter(pk=item.pk).update(created_at=when - timedelta(days=14), updated_at=when)


def _practices(by_slug: dict[str, Organization], people: dict[str, Any]) -> dict[str, Practice]:
    network, now = by_slug[NETWORK], timezone.now()
    found = {}
    for row in PRACTICES:
        status = row.get("status", PracticeStatus.PUBLISHED)
        practice, created = Practice.objects.get_or_create(slug=row["slug"], defaults={
            "network": network, "owner": by_slug[row["owner"]], "author": people.get(row["author"]),
            "city": row["city"], "country": row["country"], "population": row["population"],
            "other_organizations": row["other_organizations"], "started": row.get("started"),
            "ended": row.get("ended"), "themes": row["themes"], "grounds": row["grounds"], "areas": row["areas"],
            "sources": row["sources"], "licence": Licence.CC_BY, "status": status,
            "published_at": now - timedelta(days=row["days_ago"]) if status == PracticeStatus.PUBLISHED else None})
        if created:
            for language, text in row["texts"].items():
                PracticeText.objects.create(practice=practice, language=language, **text)
            practice.organizations.set([by_slug[slug] for slug in row.get("organizations", [])])
            refresh_index(practice)
            _backdate(practice, practice.published_at)
        found[row["slug"]] = practice
    waiting = found["karsiyaka-cok-dilli-duyurular"]
    editor = people.get("coordinator.network")
    ReviewComment.objects.get_or_create(practice=waiting, text=REVIEW_COMMENT, defaults={
        "author": editor, "author_name": editor.get_full_name() if editor else "coordinator.network"})
    return found


def _methods(by_slug: dict[str, Organization], people: dict[str, Any], practices: dict[str, Practice]
             ) -> dict[str, Method]:
    network, now = by_slug[NETWORK], timezone.now()
    found = {}
    for row in METHODS:
        fields = {k: v for k, v in row.items() if k not in ("slug", "owner", "author", "days_ago", "developed_by",
                                                                "practices")}
        method, created = Method.objects.get_or_create(slug=row["slug"], defaults={
            **fields, "owner": by_slug[row["owner"]], "network": network, "language": "tr",
            "author": people.get(row["author"]), "licence": Licence.CC_BY, "status": MethodStatus.PUBLISHED,
            "published_at": now - timedelta(days=row["days_ago"])})
        if created:
            method.developed_by.set([by_slug[slug] for slug in row["developed_by"]])
            method.practices.set([practices[slug] for slug in row["practices"]])
            _backdate(method, method.published_at)
        found[row["slug"]] = method
    return found


def _method_uses(by_slug: dict[str, Organization], methods: dict[str, Method]) -> None:
    today = timezone.localdate()
    for slug, organization, when, rating, report in METHOD_USES:
        method = methods[slug]
        if method.uses.filter(organization=by_slug[organization]).exists():
            continue
        event = None
        if isinstance(when, tuple):
            event = Event.objects.filter(organization__slug=when[0], slug=when[1]).first()
            used_on = timezone.localdate(event.starts_at) if event is not None else today - timedelta(days=30)
        else:
            used_on = today - timedelta(days=when)
        MethodUse.objects.create(method=method, organization=by_slug[organization], event=event, used_on=used_on,
                                 rating=rating, report=report)


def _collaboration(by_slug: dict[str, Organization]) -> None:
    network, today = by_slug[NETWORK], timezone.localdate()
    for title, goal, members, starts, ends, status, steps, outcomes in JOINT_ACTIONS:
        action, created = JointAction.objects.get_or_create(network=network, title=title, defaults={
            "goal": goal, "starts_on": today + timedelta(days=starts), "ends_on": today + timedelta(days=ends),
            "status": status, "steps": steps, "outcomes": outcomes})
        if created:
            action.organizations.set([by_slug[slug] for slug in members])
    for mentor, mentee, topics, starts_on, ends_on, meetings in MENTORINGS:
        mentoring, created = Mentoring.objects.get_or_create(
            network=network, mentor=by_slug[mentor], mentee=by_slug[mentee],
            defaults={"topics": topics, "starts_on": starts_on, "ends_on": ends_on})
        if created:
            MentoringMeeting.objects.bulk_create(
                MentoringMeeting(mentoring=mentoring, held_on=starts_on + timedelta(days=days), summary=summary,
                                 next_steps=next_steps)
                for days, summary, next_steps in meetings)


@transaction.atomic
def load_demo_network() -> str:
    """Create what is missing of the network demo (after the İzmir demo city); returns a line to print."""
    if not Organization.objects.filter(slug="izmir").exists():
        return ""
    slugs = [row["slug"] for row in ORGANIZATIONS] + list(IZMIR_PROFILES)
    by_slug = {o.slug: o for o in Organization.objects.filter(slug__in=slugs)}
    _organizations(by_slug)
    people = _people(by_slug)
    _memberships(by_slug)
    practices = _practices(by_slug, people)
    methods = _methods(by_slug, people, practices)
    _method_uses(by_slug, methods)
    _collaboration(by_slug)
    published = sum(1 for p in practices.values() if p.status == PracticeStatus.PUBLISHED)
    return (f"Demo network: Eskişehir joins İzmir on the platform; 2 networks; {published} published good "
            f"practices (and one in review, one draft), {len(methods)} methods. Network accounts (same password): "
            f"admin.eskisehir (Eskişehir), coordinator.network (Türkiye Eşitlik Birimleri Ağı).")
