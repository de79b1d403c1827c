"""İzmir's listening phase, invented: five focus groups with people facing discrimination (gender and sexual
identity, ethnic identity, faith, refugee status, disability) and the meeting with civil society, their
findings (some raised by several groups), and recommendations — one already an action of the demo plan."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from birarada.core.models import Organization
from birarada.events import actions as events
from birarada.events.models import Event
from birarada.needs import actions
from birarada.needs.models import Finding, Study
from birarada.plans.models import Objective

# (slug, title, grounds, targets, profiles of the invented participants as (gender, age band, origin))
GROUPS = [
    ("odak-toplumsal-cinsiyet", "Odak grubu: toplumsal cinsiyet ve cinsel kimlik (demo)",
     ["gender", "sexual_orientation", "gender_identity"],
     {"gender": {"woman": 40, "man": 30, "non_binary": 20}, "age_band": {"18_29": 40, "30_44": 30, "45_64": 30}},
     [("woman", "18_29", "born_here"), ("non_binary", "18_29", "newcomer"), ("woman", "30_44", "settled"),
      ("man", "30_44", "born_here"), ("woman", "45_64", "born_here"), ("non_binary", "30_44", "born_here"),
      ("woman", "18_29", "settled")]),
    ("odak-etnik-kimlik", "Odak grubu: etnik kimlik (demo)", ["ethnicity"],
     {"gender": {"woman": 50, "man": 50}, "ethnicity": {"kurdish": 40, "roma": 40, "another_ethnic": 20}},
     [("man", "30_44", "born_here"), ("woman", "45_64", "settled"), ("man", "18_29", "born_here"),
      ("woman", "65_plus", "settled"), ("woman", "30_44", "born_here"), ("man", "45_64", "newcomer"),
      ("man", "30_44", "born_here"), ("woman", "18_29", "born_here")]),
    ("odak-inanc", "Odak grubu: inanç (demo)", ["religion"],
     {"gender": {"woman": 50, "man": 50}, "religion": {"alevi": 40, "christian": 20, "jewish": 20, "no_religion": 20}},
     [("woman", "45_64", "born_here"), ("man", "65_plus", "born_here"), ("woman", "30_44", "settled"),
      ("man", "45_64", "born_here"), ("woman", "18_29", "born_here"), ("man", "30_44", "newcomer")]),
    ("odak-multeci", "Odak grubu: mülteciler ve göçmenler (demo)", ["migration"],
     {"gender": {"woman": 50, "man": 50}, "migration": {"temporary_protection": 50, "international_protection": 30,
                                                        "residence_permit": 20}},
     # Mostly men came: the grid shows women under-represented, as in many real recruitments.
     [("man", "30_44", "newcomer"), ("man", "18_29", "newcomer"), ("man", "45_64", "newcomer"),
      ("woman", "30_44", "newcomer"), ("man", "30_44", "newcomer"), ("man", "18_29", "newcomer")]),
    ("odak-engellilik", "Odak grubu: engelli yurttaşlar (demo)", ["disability"],
     {"gender": {"woman": 50, "man": 50}, "age_band": {"18_29": 25, "30_44": 25, "45_64": 25, "65_plus": 25}},
     [("woman", "30_44", "born_here"), ("man", "65_plus", "born_here"), ("woman", "18_29", "born_here"),
      ("man", "45_64", "settled"), ("woman", "65_plus", "born_here"), ("man", "30_44", "born_here"),
      ("woman", "45_64", "settled"), ("man", "18_29", "born_here")]),
]

# A further self-declared answer, in turn, for the groups that balance it.
EXTRA = {
    "odak-etnik-kimlik": ("ethnicity", ["kurdish", "roma", "kurdish", "roma", "another_ethnic", "roma", "kurdish",
                                        "prefer_not"]),
    "odak-inanc": ("religion", ["alevi", "alevi", "christian", "jewish", "no_religion", "prefer_not"]),
}

HEALTH = "Sağlık hizmetlerine erişim"
NOTICES = "Belediye duyurularının dili"
# (group slug, text, quote, theme, areas)
FINDINGS = [
    ("odak-multeci", "Hastanelerde tercüman olmadığı için randevu ve tedavi süreçleri çocuklar aracılığıyla "
     "yürütülüyor.", "Doktora derdimi on yaşındaki oğlum anlatıyor.", HEALTH, ["health"]),
    ("odak-engellilik", "Sağlık kuruluşlarında işaret dili tercümanı ve erişilebilir randevu sistemi yok.",
     "Randevuyu telefonla alamıyorum, işitme engelliyim.", HEALTH, ["health"]),
    ("odak-toplumsal-cinsiyet", "Trans bireyler sağlık kuruluşlarında kimlikleri yüzünden aşağılanmaktan "
     "çekindikleri için başvurmuyor.", "Kapıdan dönüp geldim.", HEALTH, ["health"]),
    ("odak-multeci", "Belediye duyuruları yalnız Türkçe; sosyal yardım başvurularını kaçırıyoruz.",
     "Başvuru bittikten sonra duyduk.", NOTICES, ["municipal_services", "social_assistance"]),
    ("odak-etnik-kimlik", "Roman mahallelerine duyurular ulaşmıyor; dil sade değil.", "", NOTICES,
     ["municipal_services"]),
    ("odak-etnik-kimlik", "Kiralık ev ararken soyadı ve aksan yüzünden geri çevrilme yaşanıyor.",
     "Telefonda sesimi duyunca ev kiralanmış oluyor.", "Kira ve konutta ayrımcılık", ["housing"]),
    ("odak-inanc", "Cemevlerinin ibadet yeri olarak tanınmaması belediye hizmetlerinde eşitsizlik yaratıyor.", "",
     "İbadet yerlerine eşit hizmet", ["municipal_services"]),
    ("odak-engellilik", "Otobüs duraklarının çoğunda rampa ve sesli anons yok.", "Tek başıma çıkamıyorum.",
     "Toplu taşımada erişilebilirlik", ["transport"]),
    ("odak-toplumsal-cinsiyet", "Sosyal medyada belediye paylaşımlarının altındaki nefret söylemi yanıtsız "
     "kalıyor.", "", "Çevrimiçi nefret söylemi", ["online"]),
]


@transaction.atomic
def load_demo_study() -> str:
    izmir = Organization.objects.filter(slug="izmir").first()
    if izmir is None or Study.objects.filter(organization=izmir).exists():
        return ""
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    study = actions.do_create_study(
        izmir, slug="kapsayici-kent-ihtiyac-analizi", title="Kapsayıcı Kent ihtiyaç analizi (demo)", actor=None,
        purpose="Ayrımcılığa uğrayan grupların kentteki hizmetlere erişimde yaşadıklarını dinlemek ve kent "
                "politikalarına öneriler geliştirmek.",
        grounds=["gender", "sexual_orientation", "gender_identity", "ethnicity", "religion", "migration",
                 "disability"])
    cso = Event.objects.filter(organization=izmir, slug="stk-bulusmasi").first()
    if cso is not None:
        actions.do_add_event_to_study(study, cso, actor=None)
    events_by_slug = {}
    for number, (slug, title, grounds, targets, people) in enumerate(GROUPS):
        start = now - timedelta(days=40 - 2 * number, hours=-4)
        event = events.do_create_event(izmir, slug=slug, kind="focus_group", title=title, starts_at=start,
                                       ends_at=start + timedelta(hours=2), venue="Eşitlik Birimi toplantı salonu",
                                       is_public=False, actor=None, accessibility=["wheelchair", "childcare"])
        group = actions.do_add_event_to_study(study, event, actor=None)
        assert group is not None
        actions.do_set_grid(group, targets=targets, planned_size=8, target_grounds=grounds, actor=None)
        for gender, age, origin in people:
            profile = {"gender": gender, "age_band": age, "origin": origin}
            if slug == "odak-multeci":
                profile["migration"] = "temporary_protection" if age != "45_64" else "residence_permit"
            extra = EXTRA.get(slug)
            if extra:
                profile[extra[0]] = extra[1][len(group.participants.all()) % len(extra[1])]
            actions.do_add_participant(group, profile=profile, consent_on=start.date(), actor=None)
        events_by_slug[slug] = event
    findings: dict[str, list[Finding]] = {}
    for slug, text, quote, theme, areas in FINDINGS:
        findings.setdefault(theme, []).append(actions.do_add_finding(
            study, text=text, event=events_by_slug[slug], quote=quote, theme=theme, areas=areas, actor=None))
    health = actions.do_add_recommendation(
        study, text="Belediyenin sağlık ve sosyal hizmet noktalarında Arapça, Kürtçe ve işaret dili tercümanlığı "
                    "sağlansın; personele ayrımcılık yasağı eğitimi verilsin.", findings=findings[HEALTH], actor=None)
    actions.do_add_recommendation(
        study, text="Belediye duyuruları sade Türkçe ile Arapça ve Kürtçe yayımlansın, mahalle muhtarlıkları "
                    "aracılığıyla da duyurulsun.", findings=findings[NOTICES], actor=None)
    actions.do_add_recommendation(
        study, text="Tüm otobüs duraklarında rampa ve sesli anons için bir takvim hazırlansın.",
        findings=findings["Toplu taşımada erişilebilirlik"], actor=None)
    worship = actions.do_add_recommendation(
        study, text="Cemevlerine ibadet yerlerine sağlanan hizmetler eşit biçimde sağlansın.",
        findings=findings["İbadet yerlerine eşit hizmet"], actor=None)
    actions.do_decline_recommendation(worship, reason="Belediye meclisi kararı gerekiyor; öneri meclise iletildi.",
                                      actor=None)
    objective = Objective.objects.filter(plan__organization=izmir).order_by("plan__pk", "code").first()
    if objective is not None:
        actions.do_make_plan_action(health, objective, code=f"{objective.code}.9",
                                    title="Sağlık ve sosyal hizmet noktalarında çok dilli ve işaret dili desteği",
                                    actor=None)
    return "Demo needs assessment: 5 focus groups (one short of women), 9 findings, 4 recommendations."
