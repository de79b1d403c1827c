"""Invented sample cases for the demo city, so a newcomer sees a filled queue and statistics."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from birarada.core.models import Organization
from birarada.incidents import actions
from birarada.incidents.forms import ReportForm
from birarada.incidents.models import Case

# (grounds, area, perpetrator, story) — all invented, written for the demo.
STORIES = [
    (["migration"], "health", "service_staff",
     "Aile sağlığı merkezinde görevli, Suriyeli olduğumu duyunca randevu sistemine kaydımı yapmadı."),
    (["migration", "gender"], "transport", "service_staff",
     "Otobüs şoförü başörtülü ve Arapça konuştuğum için kartımı okutmama izin vermedi, herkesin önünde bağırdı."),
    (["gender_identity"], "municipal_services", "public_official",
     "Belediye masasında kimliğimdeki isimle görünüşüm uyuşmuyor diye başvurumu almadılar."),
    (["disability"], "transport", "business",
     "Tekerlekli sandalyem olduğu için dolmuş şoförü durmadı; rampa yok dedi."),
    (["ethnicity", "socioeconomic"], "housing", "private_person",
     "Ev sahibi Roman olduğumuzu öğrenince kira sözleşmesini imzalamaktan vazgeçti."),
    (["age"], "employment", "business",
     "İş görüşmesinde 55 yaşında olduğum için 'genç birini arıyoruz' denerek reddedildim."),
    (["religion"], "education", "service_staff",
     "Okulda öğretmen, Alevi olduğumuz için çocuğuma sınıfın önünde alaycı sorular sordu."),
    (["sexual_orientation"], "public_space", "private_person",
     "Parkta eşimle el ele yürürken bir grup bize hakaret etti, zabıta müdahale etmedi."),
    (["migration"], "online", "online_account",
     "Mahalle sosyal medya grubunda Afgan komşularımızı hedef gösteren paylaşımlar yapılıyor."),
    (["disability", "age"], "social_assistance", "public_official",
     "Yaşlı ve görme engelli annem için yardım başvurusunda belgeleri okumamız için kimse yardımcı olmadı."),
    (["gender"], "employment", "business",
     "Hamile olduğumu söyleyince deneme süresi bitmeden işime son verildi."),
    (["ethnicity"], "security", "public_official",
     "Kürtçe konuştuğumuz için parkta kimlik kontrolüne çağrıldık, başkalarına sorulmadı."),
]
DISTRICTS = ["Konak", "Bornova", "Karşıyaka", "Buca", "Bayraklı", "Karabağlar", "Çiğli"]
REPLIES = ["Bizimle paylaştığınız için teşekkür ederiz. Olayın saatini hatırlıyor musunuz?",
           "Kurumla görüştük; size bir özür mektubu iletilecek."]


@transaction.atomic
def load_demo_cases() -> str:
    organization = Organization.objects.filter(slug="izmir").first()
    if organization is None or Case.objects.filter(organization=organization).exists():
        return ""
    rng = random.Random(2026)  # the same demo every time
    now = timezone.now()
    for n in range(60):
        grounds, area, perpetrator, story = STORIES[n % len(STORIES)]
        form = ReportForm({
            "description": story, "grounds": grounds, "area": area, "perpetrator": perpetrator,
            "district": rng.choice(DISTRICTS), "reporter_role": rng.choice(["self", "self", "witness", "on_behalf"]),
            "consent_statistics": "on" if n % 9 else "", "consent_referral": "on" if n % 3 else "",
        })
        assert form.is_valid(), form.errors
        case, _receipt = actions.do_submit_report(organization=organization, report=form.as_report())
        received = now - timedelta(days=rng.randint(1, 330), hours=rng.randint(0, 23))
        # Demo data only: invented cases are backdated so the statistics span a year (no action moves time).
        Case.objects.filter(pk=case.pk).update(received_at=received, status_changed_at=received,
                                               due_on=(received + timedelta(days=14)).date())
        case.refresh_from_db()
        if n % 4 == 0:
            continue  # still waiting for triage
        actions.do_change_case_status(case, "in_review", actor=None)
        actions.do_send_message_to_reporter(case, REPLIES[0], actor=None)
        if n % 4 == 1:
            continue
        final = "resolved" if n % 3 else "closed"
        reason = rng.choice(["remedied", "apology", "informed"]) if final == "resolved" else "no_contact"
        actions.do_change_case_status(case, final, reason=reason, actor=None)
        finished = received + timedelta(days=rng.randint(3, 40))
        Case.objects.filter(pk=case.pk).update(finished_at=min(finished, now))
    return "Demo cases: 60 invented discrimination reports for izmir."
