"""A city with public and non-public things of every kind the open data publishes.

Each non-public thing carries a marker word in its text ("GİZLİ" — secret) so a test can assert that no answer
of the API, no dump and no page contains it anywhere."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from birarada.core.models import Organization, OrganizationKind

SECRET = "GİZLİ"


def make_practice(network, owner, slug, *, status="published", city="İzmir", published_at=None, languages=("tr",),
                  licence="CC-BY-4.0"):
    from birarada.network.models import Practice, PracticeText

    practice = Practice.objects.create(
        slug=slug, network=network, owner=owner, city=city, country="TR", population=4_400_000,
        themes=["nondiscrimination"], grounds=["migration"], areas=["transport"], started=2024,
        sources="Rapor https://example.org/rapor\n\nBasın https://example.org/basin", licence=licence, status=status,
        published_at=published_at if published_at is not None else (timezone.now() if status == "published" else None),
    )
    titles = {"tr": "Otobüste eşit hizmet: şoförlere eğitim", "en": "Equal service on the bus", "ar": "خدمة متساوية",
              "ku": "Xizmeta wekhev"}
    for language in languages:
        secret = f" {SECRET}" if status != "published" else ""
        PracticeText.objects.create(practice=practice, language=language, title=titles[language] + secret,
                                    summary=f"Özet ({language}){secret}", action="Eğitim verildi; ışık, ğ, ş, ç, ö.",
                                    search_text="x" * 50)
    return practice


@pytest.fixture
def open_city(city):
    """The conftest city plus: an unlisted organization with a contact person, a network, published and draft
    practices and methods, a public and an invitation-only event, an adopted and a draft plan, a published and an
    unpublished media-watch report."""
    from birarada.events.models import Event
    from birarada.monitoring.models import MediaWatchReport
    from birarada.network.models import Method
    from birarada.plans.models import Plan

    izmir, ngo = city["izmir"], city["ngo"]
    ngo.contact_name, ngo.contact_email = "Ayşe Kişi", "ayse.kisi@example.org"
    ngo.public_phone = "+90 232 000 00 00"
    ngo.save()
    hidden = Organization.objects.create(slug="hidden", name=f"Unlisted {SECRET}", kind=OrganizationKind.NGO,
                                         city="İzmir", listed_in_directory=False,
                                         contact_name="Hidden Person", contact_email="hidden@example.org")
    network = Organization.objects.create(slug="icc", name="Inclusive Cities Network", kind=OrganizationKind.NETWORK,
                                          city="Barcelona", country="ES", uses_platform=True)
    published = make_practice(network, izmir, "bus-training", languages=("tr", "en"),
                              published_at=timezone.make_aware(datetime(2026, 3, 10, 12)))
    published.organizations.add(izmir, ngo)
    other_city = make_practice(network, city["elsewhere"], "eskisehir-cafe", city="Eskişehir",
                               published_at=timezone.make_aware(datetime(2025, 5, 1, 12)))
    draft = make_practice(network, izmir, "draft-practice", status="draft")
    in_review = make_practice(network, izmir, "review-practice", status="in_review")
    method = Method.objects.create(slug="dialogue-table", owner=izmir, network=network, title="Diyalog masası",
                                   purpose="Komşuları buluşturmak", audience="Mahalle sakinleri",
                                   steps="Tanışma\n\nKonuşma\nKapanış", status="published",
                                   published_at=timezone.now())
    method.practices.add(published, draft)
    method.developed_by.add(ngo)
    Method.objects.create(slug="draft-method", owner=izmir, network=network, title=f"Taslak {SECRET}",
                          purpose="-", audience="-", steps="-", status="draft")
    start = timezone.make_aware(datetime(2026, 5, 4, 10))
    public_event = Event.objects.create(organization=izmir, slug="panel", kind="panel", title="Nefret söylemi paneli",
                                       starts_at=start, ends_at=start + timedelta(hours=2), venue="Kültürpark",
                                       is_public=True, accessibility=["wheelchair"])
    Event.objects.create(organization=izmir, slug="closed-meeting", kind="cso_meeting",
                         title=f"Kapalı toplantı {SECRET}", starts_at=start, ends_at=start + timedelta(hours=2),
                         is_public=False)
    adopted = Plan.objects.create(organization=izmir, slug="eep", title="Eşitlik Eylem Planı", start_year=2025,
                                  end_year=2029, status="adopted", decision_number="2025/7",
                                  decision_date=date(2025, 2, 1))
    objective = adopted.objectives.create(code="H1", title="Hizmetlere eşit erişim")
    action = objective.actions.create(code="E1.1", title="Otobüslerde erişilebilirlik")
    action.budget_lines.create(year=2025, allocated=Decimal("300000.00"), spent=Decimal("1250.50"))
    Plan.objects.create(organization=izmir, slug="draft-plan", title=f"Taslak plan {SECRET}", start_year=2026,
                        end_year=2030, status="draft")
    report = MediaWatchReport.objects.create(organization=izmir, title="Mart 2026 medya izleme",
                                             since=date(2026, 3, 1), until=date(2026, 3, 31),
                                             published_at=timezone.now(),
                                             published_data={"since": "2026-03-01", "until": "2026-03-31",
                                                             "totals": {"items": 120, "hateful": 12},
                                                             "by_ground": [["migration", 9]], "by_type": [],
                                                             "by_source": [["Yerel Gazete", 9, 3]], "trend": [],
                                                             "trend_unit": "day", "severity": [],
                                                             "examples": [{"text": "örnek", "link": ""}]})
    MediaWatchReport.objects.create(organization=izmir, title=f"Taslak rapor {SECRET}", since=date(2026, 4, 1),
                                    until=date(2026, 4, 30))
    return {**city, "hidden": hidden, "network": network, "practice": published, "other_practice": other_city,
            "draft_practice": draft, "review_practice": in_review, "method": method, "event": public_event,
            "plan": adopted, "report": report}


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
