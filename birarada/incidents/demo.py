"""Invented sample cases for the demo city, so a newcomer sees a filled queue and statistics."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from birarada.core.models import Organization
from birarada.incidents import actions
from birarada.incidents.access import route_report
from birarada.incidents.actions import NewReport
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


# What the open cases of the demo are doing today: (status, assigned, deadline in days from today, reply waiting).
OPEN_CASES = [
    ("received", False, 13, False), ("received", False, 12, False), ("received", False, 9, False),
    ("in_review", True, 5, True), ("in_review", True, 2, False), ("in_review", True, -1, False),
    ("in_progress", True, 7, False), ("in_progress", True, 1, True), ("in_progress", True, -3, False),
    ("referred", True, 10, False), ("referred", True, 6, True),
]
PAST_CASES = 45


def _backdate(case: Case, received) -> None:
    # Demo data only: invented cases are placed in time so the queue and the statistics look like a year of
    # work ending today (no action moves time).
    Case.objects.filter(pk=case.pk).update(received_at=received, status_changed_at=received)
    case.refresh_from_db()


@transaction.atomic
def load_demo_cases() -> str:
    """A living queue relative to the day the demo is loaded: new reports waiting for triage, cases in review,
    in progress and referred, with deadlines ahead (and a few past), reporters' replies waiting, cases for the
    district desks, and a year of finished cases for the statistics."""
    organization = Organization.objects.filter(slug="izmir").first()
    if organization is None or Case.objects.filter(organization__in=[organization.pk, *organization.descendant_ids()]
                                                   ).exists():
        return ""
    users = {u.username: u for u in get_user_model().objects.filter(username__in=[
        "caseworker.izmir", "coordinator.izmir", "desk.bornova", "desk.karsiyaka"])}
    partner = Organization.objects.on_platform().filter(slug="kusak-goc").first()
    rng = random.Random(2026)  # the same demo every time, relative to today
    now = timezone.now()
    today = timezone.localdate()
    made = 0
    plan = [("open", spec) for spec in OPEN_CASES] + [("past", None)] * PAST_CASES
    for n, (kind, spec) in enumerate(plan):
        grounds, area, perpetrator, story = STORIES[n % len(STORIES)]
        district = rng.choice(DISTRICTS)
        report = NewReport(
            description=story, grounds=tuple(grounds), area=area, perpetrator=perpetrator, district=district,
            reporter_role=rng.choice(["self", "self", "witness", "on_behalf"]),
            consent_statistics=bool(n % 9), consent_referral=kind == "open" or bool(n % 3),
            consent_contact=bool(n % 2), contact={"name": "Demo", "email": f"demo{n}@example.invalid"},
        )
        unit = route_report(organization, district)
        case, _receipt = actions.do_submit_report(organization=unit, report=report, language="tr")
        made += 1
        if spec is not None:  # an open case (the past ones have no spec)
            status, assigned, due_in, reply = spec
            _backdate(case, now - timedelta(days=14 - due_in, hours=rng.randint(1, 8)))
            worker = users.get("caseworker.izmir") if unit == organization else users.get(f"desk.{unit.slug}")
            if assigned and worker is not None:
                actions.do_assign_case(case, worker, actor=users.get("coordinator.izmir"))
            actions.do_set_case_deadline(case, today + timedelta(days=due_in), actor=worker)
            if status != "received":
                actions.do_send_message_to_reporter(case, REPLIES[0], actor=worker)
            if status in ("in_progress", "referred") and case.status == "received":
                actions.do_change_case_status(case, "in_review", actor=worker)
            if status == "in_progress":
                actions.do_change_case_status(case, "in_progress", actor=worker)
            if status == "referred" and partner is not None:
                actions.do_refer_case(case, partner, "Hukuki danışmanlık gerekiyor; başvuru sahibi Arapça konuşuyor.",
                                      share_contact=False, actor=worker)
            if reply:
                actions.do_receive_reporter_message(case, "Saat 9 civarındaydı, yanımda bir tanık da vardı.")
            continue
        received = now - timedelta(days=rng.randint(20, 360), hours=rng.randint(0, 23))
        _backdate(case, received)
        actions.do_change_case_status(case, "in_review", actor=None)
        actions.do_send_message_to_reporter(case, REPLIES[0], actor=None)
        final = "resolved" if n % 3 else "closed"
        reason = rng.choice(["remedied", "apology", "informed"]) if final == "resolved" else "no_contact"
        actions.do_change_case_status(case, final, reason=reason, actor=None)
        finished = received + timedelta(days=rng.randint(3, 18))
        Case.objects.filter(pk=case.pk).update(finished_at=min(finished, now), status_changed_at=min(finished, now))
    return f"Demo cases: {made} invented discrimination reports (izmir and its district desks)."
