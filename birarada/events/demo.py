"""İzmir's sequence, invented and relative to today: an opening panel and a meeting with civil society behind us,
two staff trainings held (attendance and certificates), another training open for registration (with a waiting
list), an interim panel and the closing event ahead. The focus groups between them are the needs module's demo."""

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from birarada.core.models import Organization
from birarada.events import actions
from birarada.events.models import Event

PEOPLE = ["Elif Şahin", "Murat Aydın", "Rania Haddad", "Zeynep Kaya", "Ahmet Demir", "Leyla Bozkurt",
          "Can Öztürk", "Hatice Arslan"]


@transaction.atomic
def load_demo_events() -> str:
    izmir = Organization.objects.filter(slug="izmir").first()
    if izmir is None or Event.objects.filter(organization=izmir).exists():
        return ""
    now = timezone.now().replace(minute=0, second=0, microsecond=0)

    def event(slug, kind, title, days, hours=2, **extra):
        start = now + timedelta(days=days)
        return actions.do_create_event(izmir, slug=slug, kind=kind, title=title, starts_at=start,
                                       ends_at=start + timedelta(hours=hours), actor=None,
                                       venue=extra.pop("venue", "Kültürpark, İzmir"), **extra)

    event("acilis-paneli", "panel", "Kapsayıcı Kent açılış paneli (demo)", -60, languages="Türkçe, Kürtçe",
          accessibility=["wheelchair", "sign_language"])
    event("stk-bulusmasi", "cso_meeting", "Hak temelli STK'larla buluşma (demo)", -45, hours=3)
    def held_training(slug, title, days, people, attended):
        held = event(slug, "training", title, 5, hours=3, training_hours=Decimal(3), capacity=25,
                     accessibility=["wheelchair"], topics="Ayrımcılık yasağı, eşit hizmet, nefret söylemi")
        for n, name in enumerate(people):
            actions.do_register(held, name=name, contact={"email": f"demo.{slug}.{n}@example.invalid"},
                                organization_name="İzmir Büyükşehir Belediyesi")
        held.registrations.update(participant_kind="municipal_staff", directorate="Sosyal Hizmetler Dairesi")
        # Demo data only: the training moves back to its real date once its registrations are in.
        Event.objects.filter(pk=held.pk).update(starts_at=now + timedelta(days=days),
                                                ends_at=now + timedelta(days=days, hours=3))
        held.refresh_from_db()
        actions.do_record_attendance(held, set(held.registrations.values_list("pk", flat=True)[:attended]),
                                     actor=None)
        actions.do_issue_certificates(held, actor=None)

    held_training("egitim-1", "Belediye personeline ayrımcılık yasağı eğitimi — 1 (demo)", -20, PEOPLE[:6], 5)
    held_training("egitim-1b", "Belediye personeline ayrımcılık yasağı eğitimi — 2 (demo)", -10, PEOPLE[2:], 4)
    upcoming = event("egitim-2", "training", "Nefret söylemini tanıma ve raporlama eğitimi (demo)", 12, hours=3,
                     training_hours=Decimal(3), capacity=6, languages="Türkçe, Arapça",
                     accessibility=["wheelchair", "interpretation"], interpretation_into="Arapça",
                     description="Belediye personeli ve ortak kuruluşlar için uygulamalı eğitim.")
    actions.do_add_agenda_item(upcoming, title="Nefret söylemi nedir? Rabat eşik testi",
                               starts_at=upcoming.starts_at, ends_at=upcoming.starts_at + timedelta(hours=1),
                               people="Doç. Dr. Deniz Yıldız (Ege Üniversitesi)", actor=None)
    actions.do_add_agenda_item(upcoming, title="Uygulama: izleme kuyruğunda değerlendirme",
                               starts_at=upcoming.starts_at + timedelta(hours=1, minutes=15),
                               ends_at=upcoming.ends_at, people="Eşitlik Birimi", actor=None)
    for n, name in enumerate(PEOPLE):
        actions.do_register(upcoming, name=name, contact={"email": f"demo.katilimci{n}@example.invalid"})
    event("ara-panel", "panel", "Ara değerlendirme paneli (demo)", 30, accessibility=["captions"])
    event("kapanis", "closing", "Kapsayıcı Kent kapanış etkinliği (demo)", 75, hours=3,
          accessibility=["wheelchair", "sign_language", "captions"], languages="Türkçe, Kürtçe, Arapça")
    return ("Demo events: 7 (a panel and a CSO meeting held, two staff trainings with certificates, one open, "
            "an interim panel and the closing event ahead).")
