"""An adopted 2025–2029 equality action plan for the demo city and a smaller draft for a district desk, with
objectives drawn from the seeds (equal access to urban services, combating hate speech, trainings for municipal
staff, participation of disadvantaged groups), budgets over two years and indicators the platform measures."""

from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from birarada.core.models import Organization
from birarada.plans import actions
from birarada.plans.choices import ActionStatus, OwnerKind
from birarada.plans.models import Plan

# An action: code, title, owner directorate or None, status, [(year, allocated, spent)], milestones (done, total).
DemoAction = tuple[str, str, str | None, ActionStatus, list[tuple[int, int, int]], tuple[int, int]]
# code, objective, actions
OBJECTIVES: list[tuple[str, str, list[DemoAction]]] = [
    ("H1", "Kentsel hizmetlere eşit erişim", [
        ("E1.1", "Toplu taşımada engelli erişimi denetimleri", "Ulaşım Dairesi", ActionStatus.ON_TRACK,
         [(2025, 850_000, 790_000), (2026, 900_000, 310_000)], (2, 3)),
        ("E1.2", "Göçmenler için çok dilli hizmet masası", "Sosyal Hizmetler Dairesi", ActionStatus.AT_RISK,
         [(2025, 400_000, 120_000), (2026, 450_000, 40_000)], (1, 4)),
    ]),
    ("H2", "Nefret söylemiyle mücadele", [
        ("E2.1", "Yerel medyada nefret söylemi izleme ve raporlama", None, ActionStatus.ON_TRACK,
         [(2025, 300_000, 285_000), (2026, 320_000, 150_000)], (3, 4)),
        ("E2.2", "Belediye iletişiminin ayrımcı dilden arındırılması", "Basın ve Halkla İlişkiler Dairesi",
         ActionStatus.LATE, [(2025, 150_000, 20_000)], (0, 2)),
    ]),
    ("H3", "Belediye personeline hak temelli eğitimler", [
        ("E3.1", "Tüm birimlere eşitlik ve ayrımcılık yasağı eğitimi", None, ActionStatus.ON_TRACK,
         [(2025, 200_000, 190_000), (2026, 220_000, 60_000)], (2, 3)),
    ]),
    ("H4", "Dezavantajlı grupların katılımı", [
        ("E4.1", "Beş grupla odak grup görüşmeleri ve değerlendirme raporu", None, ActionStatus.DONE,
         [(2025, 180_000, 176_500)], (3, 3)),
    ]),
]


@transaction.atomic
def load_demo_plans() -> str:
    izmir = Organization.objects.filter(slug="izmir").first()
    if izmir is None or Plan.objects.filter(organization=izmir).exists():
        return ""
    plan = actions.do_create_plan(
        izmir, slug="esitlik-eylem-plani-2025-2029", actor=None, title="Yerel Eşitlik Eylem Planı 2025–2029 (demo)",
        vision="Herkesin kentin hizmetlerine eşit eriştiği, nefret söyleminin görünür kılınıp azaltıldığı bir İzmir.",
        start_year=2025, end_year=2029, grounds=["migration", "disability", "gender", "ethnicity", "religion"],
        strategic_plan_refs="SA3, H3.2", sdg_targets=["10.2", "10.3", "11.2", "16.b"], weighting="budget")
    for code, title, rows in OBJECTIVES:
        objective = actions.do_add_objective(plan, code=code, title=title, actor=None)
        for a_code, a_title, directorate_name, status, budget, (done, total) in rows:
            directorate = actions.do_add_directorate(izmir, directorate_name, actor=None) if directorate_name else None
            action = actions.do_add_action(
                objective, code=a_code, title=a_title, actor=None,
                owner_kind=OwnerKind.DIRECTORATE if directorate else OwnerKind.UNIT, owner_directorate=directorate,
                starts_on=date(2025, 3, 1), ends_on=date(2026, 12, 31))
            for year, allocated, spent in budget:
                actions.do_set_budget_line(action, year=year, allocated=Decimal(allocated), spent=Decimal(spent),
                                           budget_code=f"46.01.{a_code}", actor=None)
            for n in range(total):
                milestone = actions.do_add_milestone(action, title=f"Aşama {n + 1}",
                                                     due_on=date(2025, 6, 1).replace(month=3 + 3 * n), actor=None)
                if n < done:
                    actions.do_complete_milestone(milestone, done_on=milestone.due_on, actor=None)
            if status != ActionStatus.NOT_STARTED:
                actions.do_update_action(action, status=status, actor=None)
    first = plan.objectives.order_by("code").first()
    hate = plan.objectives.get(code="H2")
    actions.do_add_indicator(plan, name="Alınan ayrımcılık başvuruları", objective=first, actor=None,
                             unit="başvuru", direction="up", computed_key="incidents.reports_received",
                             baseline=Decimal(40), baseline_on=date(2024, 12, 31), target=Decimal(120),
                             target_on=date(2029, 12, 31))
    actions.do_add_indicator(plan, name="İzlenen içeriklerde nefret söylemi oranı", objective=hate, actor=None,
                             unit="%", direction="down", computed_key="monitoring.share_hateful",
                             baseline=Decimal(30), baseline_on=date(2024, 12, 31), target=Decimal(15),
                             target_on=date(2029, 12, 31))
    trained = actions.do_add_indicator(plan, name="Eğitim alan belediye personeli", objective=plan.objectives.get(
        code="H3"), actor=None, unit="kişi", direction="up", baseline=Decimal(0), baseline_on=date(2024, 12, 31),
        target=Decimal(1500), target_on=date(2029, 12, 31))
    for day, value in ((date(2025, 6, 30), 180), (date(2025, 12, 31), 420)):
        actions.do_record_indicator_value(trained, measured_on=day, value=Decimal(value),
                                          source="İnsan Kaynakları eğitim kayıtları", actor=None)
    actions.do_change_plan_status(plan, "adopted", decision_number="2025/118", decision_date=date(2025, 2, 14),
                                  actor=None)
    actions.do_change_plan_status(plan, "in_force", actor=None)
    _reviews_and_notes(izmir, plan)
    actions.do_compute_indicators(plan, today=timezone.localdate())
    made = 1
    bornova = Organization.objects.filter(slug="bornova").first()
    if bornova is not None:
        draft = actions.do_create_plan(bornova, slug="esitlik-plani-2026-2028", actor=None,
                                       title="Bornova Eşitlik Planı 2026–2028 (taslak, demo)", start_year=2026,
                                       end_year=2028, grounds=["gender", "disability", "age"], weighting="weight")
        objective = actions.do_add_objective(draft, code="H1", title="Yaşlı ve engelli sakinlere evde destek",
                                             actor=None)
        actions.do_add_action(objective, code="E1.1", title="Evde bakım hizmetinin haritalanması", actor=None,
                              starts_on=date(2026, 1, 15), ends_on=date(2026, 9, 30))
        made += 1
    return f"Demo plans: {made} equality action plans (izmir adopted, bornova draft)."


def _reviews_and_notes(izmir: Organization, plan: Plan) -> None:
    """Two equality reviews of other directorates' work and published notes from a partner NGO."""
    today = timezone.localdate()
    transport = actions.do_add_directorate(izmir, "Ulaşım Dairesi", actor=None)
    culture = actions.do_add_directorate(izmir, "Kültür ve Sanat Dairesi", actor=None)
    bus = actions.do_log_review(izmir, title="302 numaralı yeni otobüs hattı", directorate=transport,
                                kind="project", grounds=["disability", "age"], actor=None,
                                received_on=today - timedelta(days=40), due_on=today - timedelta(days=10))
    actions.do_give_opinion(bus, opinion="conditional", reasons="Hattın dokuz durağından beşi tekerlekli sandalyeyle "
                            "kullanılamıyor.", recommendations=["Rampalı durak platformları", "Sesli durak anonsu"],
                            decided_on=today - timedelta(days=12), actor=None)
    first = bus.recommendations.earliest("pk")
    actions.do_follow_up_recommendation(first, adopted=True, on=today - timedelta(days=2), actor=None)
    actions.do_log_review(izmir, title="Kordon yaz festivali programı", directorate=culture, kind="event",
                          grounds=["ethnicity", "migration"], actor=None, received_on=today - timedelta(days=5),
                          due_on=today + timedelta(days=9))
    partner = Organization.objects.filter(slug="kusak-goc").first()
    action = plan.objectives.get(code="H1").actions.get(code="E1.2")
    if partner is not None:
        note = actions.do_add_monitoring_note(
            action, author_organization=partner, actor=None, rating=2,
            text="Çok dilli masa Konak'ta açıldı ama Arapça konuşan görevli yalnızca salı günleri var.")
        actions.do_moderate_note(note, publish=True, actor=None,
                                 answer="Teşekkürler. 2026'da ikinci bir Arapça bilen görevli için bütçe ayrıldı.")
