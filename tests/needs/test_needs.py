"""Studies end to end: focus groups recruited against a grid, participants' data kept safe, findings and their
intersections, recommendations that become plan actions (both sides show the link), the report."""

import io
from datetime import date, timedelta

import pytest
from django.db import connection
from django.utils import timezone
from pypdf import PdfReader

from birarada.core.models import AuditEvent
from birarada.needs import actions, grid
from birarada.needs.indicators import participants_by_ground
from birarada.needs.models import FocusGroup, Participant, Recommendation
from birarada.plans.models import Action, IndicatorValue
from tests.needs.conftest import make_event

W = "/en/workspace/izmir/needs/"


def add_people(group, *genders):
    for gender in genders:
        actions.do_add_participant(group, profile={"gender": gender}, consent_on=date.today(), actor=None,
                                   name=f"Katılımcı {gender}")


def test_a_coordinator_builds_a_study_from_events(client, coordinator, study):
    client.force_login(coordinator)
    event = make_event(study.organization, "fg-roman", title="Roman yurttaşlarla odak grubu")
    response = client.post(f"{W}{study.pk}/event/", {"event": event.pk})
    group = FocusGroup.objects.get(event=event)
    assert response.status_code == 302 and response["Location"].endswith(f"groups/{group.pk}/")
    event_page = client.get(f"/en/workspace/izmir/events/{event.pk}/").content.decode()
    assert "Part of the needs assessment" in event_page and f"/en/workspace/izmir/needs/{study.pk}/" in event_page
    assert group.target_grounds == ["migration", "disability"]  # the study's grounds to start with
    # The grid form: shares over 100% in one dimension are refused and nothing changes.
    bad = client.post(f"{W}groups/{group.pk}/grid/", {"planned_size": 10, "t-gender-woman": 70, "t-gender-man": 40})
    assert bad.status_code == 400 and "more than 100%" in bad.content.decode()
    group.refresh_from_db()
    assert group.targets == {}
    ok = client.post(f"{W}groups/{group.pk}/grid/", {"planned_size": 6, "target_grounds": ["ethnicity"],
                                                    "t-gender-woman": 50, "t-gender-man": 50,
                                                    "t-age_band-65_plus": 20})
    assert ok.status_code == 302
    group.refresh_from_db()
    assert group.targets == {"gender": {"woman": 50, "man": 50}, "age_band": {"65_plus": 20}}
    assert group.target_grounds == ["ethnicity"] and group.planned_size == 6


def test_the_grid_shows_an_under_represented_cell_as_people_are_recruited(client, coordinator, groups):
    refugees, _disabled = groups
    client.force_login(coordinator)
    for gender in ("man", "man", "man"):
        response = client.post(f"{W}groups/{refugees.pk}/participant/", {
            "consent": "on", "consent_on": date.today().isoformat(), "p-gender": gender, "p-religion": "prefer_not",
            "name": "Ahmet Yılmaz"})
        assert response.status_code == 302
    page = client.get(f"{W}groups/{refugees.pk}/").content.decode()
    assert "Under-represented" in page and "Over-represented" in page
    rows = grid.grid(refugees.targets, actions.group_counts(refugees)[1], 3, refugees.planned_size)
    woman = next(c for r in rows for c in r.cells if c.category == "woman")
    assert (woman.count, woman.status, woman.needed) == (0, "under", 5)
    assert "Ahmet Yılmaz" in page  # the coordinator sees the list…
    assert AuditEvent.objects.filter(verb="needs.participants_view").exists()  # …and the opening is recorded
    assert "Ahmet" not in str(list(AuditEvent.objects.values_list("changes", flat=True)))


def test_participants_need_consent_and_nothing_half_saved(client, coordinator, groups):
    refugees, _disabled = groups
    client.force_login(coordinator)
    missing = client.post(f"{W}groups/{refugees.pk}/participant/", {"p-gender": "woman",
                                                                    "consent_on": date.today().isoformat()})
    future = client.post(f"{W}groups/{refugees.pk}/participant/", {
        "consent": "on", "consent_on": (date.today() + timedelta(days=3)).isoformat(), "p-gender": "woman"})
    unknown = client.post(f"{W}groups/{refugees.pk}/participant/", {
        "consent": "on", "consent_on": date.today().isoformat(), "p-gender": "martian"})
    assert [missing.status_code, future.status_code, unknown.status_code] == [400, 400, 400]
    assert "Consent cannot be given in the future." in future.content.decode()
    assert not Participant.objects.exists()


def test_profiles_are_encrypted_at_rest(groups):
    refugees, _disabled = groups
    actions.do_add_participant(refugees, profile={"gender": "woman", "migration": "temporary_protection"},
                               consent_on=date.today(), name="Fatma Şahin", contact="0532 000 00 00", actor=None)
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, contact, profile FROM needs_participant")
        raw = " ".join(str(v) for v in cursor.fetchone())
    assert "Fatma" not in raw and "temporary_protection" not in raw and "0532" not in raw
    assert Participant.objects.get().profile == {"gender": "woman", "migration": "temporary_protection"}


def test_withdrawal_erases_at_once_and_purge_keeps_only_counts(client, coordinator, groups, settings):
    refugees, _disabled = groups
    add_people(refugees, "woman", "woman", "man")
    client.force_login(coordinator)
    first = Participant.objects.filter(group=refugees).first()
    assert client.post(f"{W}groups/{refugees.pk}/withdraw/", {"participant": first.pk}).status_code == 302
    first.refresh_from_db()
    assert first.withdrawn_at and first.profile == {} and first.name == ""
    assert actions.group_counts(refugees) == (2, {"gender": {"woman": 1, "man": 1}})
    # Retention: once the group met long enough ago, the profiles go and the counts stay.
    settings.NEEDS_RETENTION_DAYS = 1
    from birarada.needs.tasks import purge_participant_profiles

    purge_participant_profiles.call()
    refugees.refresh_from_db()
    assert refugees.purged_at is not None
    assert not Participant.objects.filter(group=refugees).exclude(profile={}).exists()
    assert not Participant.objects.filter(group=refugees).exclude(name="").exists()
    assert actions.group_counts(refugees) == (2, {"gender": {"woman": 1, "man": 1}})
    refused = client.post(f"{W}groups/{refugees.pk}/participant/", {
        "consent": "on", "consent_on": date.today().isoformat(), "p-gender": "woman"}, follow=True)
    assert "retention period" in refused.content.decode()
    assert actions.group_counts(refugees)[0] == 2


def test_the_same_problem_for_several_grounds_is_an_intersection(client, coordinator, groups):
    refugees, disabled = groups
    client.force_login(coordinator)
    study = refugees.study
    for event, theme in ((refugees.event, "Sağlık hizmetine erişim"), (disabled.event, "SAĞLIK HİZMETİNE ERİŞİM")):
        response = client.post(f"{W}{study.pk}/finding/", {
            "text": "Hastanede tercüman ya da işaret dili yok.", "event": event.pk, "theme": theme,
            "areas": ["health"], "quote": "Derdimizi anlatamıyoruz."})
        assert response.status_code == 302
    client.post(f"{W}{study.pk}/finding/", {"text": "Kira artışı", "event": refugees.event.pk, "areas": ["housing"]})
    page = client.get(f"{W}{study.pk}/").content.decode()
    from birarada.needs.access import access_study_by_id
    from birarada.needs.report import study_report

    found, _workspace = access_study_by_id(coordinator, "izmir", study.pk)
    intersections = study_report(found).intersections
    assert len(intersections) == 1  # Turkish case-insensitive theme; the housing finding stands alone
    assert intersections[0].grounds == ["migration", "disability"] and intersections[0].groups == 2
    assert "Problems raised by several grounds" in page and "Migration and refugee status, Disability" in page
    # A finding from an event outside the study is refused.
    outside = make_event(study.organization, "baska")
    assert client.post(f"{W}{study.pk}/finding/", {"text": "x", "event": outside.pk}).status_code == 400


def test_a_finding_becomes_a_recommendation_then_a_plan_action_shown_on_both_sides(client, coordinator, groups,
                                                                                   plan):
    refugees, _disabled = groups
    study = refugees.study
    finding = actions.do_add_finding(study, text="Belediye duyuruları yalnız Türkçe.", event=refugees.event,
                                     areas=["municipal_services"], actor=None)
    assert finding.grounds == ["migration"]  # from the focus group
    client.force_login(coordinator)
    assert client.post(f"{W}{study.pk}/recommendation/", {
        "text": "Duyurular Arapça ve Kürtçe de yayımlansın.", "findings": [finding.pk]}).status_code == 302
    recommendation = Recommendation.objects.get()
    objective = plan.objectives.get()
    response = client.post(f"{W}{study.pk}/to_plan/", {
        "recommendation": recommendation.pk, "objective": objective.pk, "code": "E1.9",
        "title": "Çok dilli belediye duyuruları"})
    assert response.status_code == 302
    action = Action.objects.get(code="E1.9")
    recommendation.refresh_from_db()
    assert recommendation.plan_action == action and recommendation.status == "in_plan"
    assert (action.grounds, action.areas) == (["migration"], ["municipal_services"])
    assert plan.versions.filter(reason__contains=study.title).exists()  # the adopted plan kept its version
    # Both pages show the link.
    study_page = client.get(f"{W}{study.pk}/").content.decode()
    assert f"/en/workspace/izmir/plans/{plan.pk}/#action-{action.pk}" in study_page
    plan_page = client.get(f"/en/workspace/izmir/plans/{plan.pk}/").content.decode()
    assert f"/en/workspace/izmir/needs/{study.pk}/#rec-{recommendation.pk}" in plan_page
    assert "From the needs assessment" in plan_page
    # Twice is refused with a message; nothing more is added.
    again = client.post(f"{W}{study.pk}/to_plan/", {
        "recommendation": recommendation.pk, "objective": objective.pk, "code": "E1.10", "title": "x"}, follow=True)
    assert "already a plan action" in again.content.decode()
    assert Action.objects.filter(code="E1.10").count() == 0


def test_only_open_plans_of_the_same_organization_are_offered(client, coordinator, city, groups, plan):
    refugees, _disabled = groups
    study = refugees.study
    recommendation = actions.do_add_recommendation(study, text="Öneri", findings=[], actor=None)
    from birarada.plans import actions as plans

    other = plans.do_create_plan(city["elsewhere"], slug="p", actor=None, title="Başka", start_year=2026,
                                 end_year=2027)
    foreign = plans.do_add_objective(other, code="X", title="Başka hedef", actor=None)
    client.force_login(coordinator)
    response = client.post(f"{W}{study.pk}/to_plan/", {
        "recommendation": recommendation.pk, "objective": foreign.pk, "code": "X1", "title": "x"})
    assert response.status_code == 400 and not foreign.actions.exists()
    plans.do_change_plan_status(plan, "in_force", actor=None)
    plans.do_change_plan_status(plan, "closed", actor=None)
    with pytest.raises(actions.NeedsError, match="closed"):
        actions.do_make_plan_action(recommendation, plan.objectives.get(), code="E9", title="x", actor=None)


def test_declining_needs_a_reason(client, coordinator, groups):
    study = groups[0].study
    recommendation = actions.do_add_recommendation(study, text="Öneri", findings=[], actor=None)
    client.force_login(coordinator)
    empty = client.post(f"{W}{study.pk}/decline/", {"recommendation": recommendation.pk, "reason": ""})
    assert empty.status_code == 400
    assert client.post(f"{W}{study.pk}/decline/", {"recommendation": recommendation.pk,
                                                   "reason": "Bütçe yok"}).status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.status == "declined" and recommendation.decline_reason == "Bütçe yok"


def test_the_report_counts_in_aggregate_with_small_cells_suppressed(client, coordinator, groups):
    refugees, disabled = groups
    add_people(refugees, *["woman"] * 6, "man", "man")
    add_people(disabled, "woman", "man")
    actions.do_add_finding(refugees.study, text="Otobüs duraklarında rampa yok.", event=disabled.event,
                           areas=["transport"], quote="Tek başıma çıkamıyorum.", actor=None)
    client.force_login(coordinator)
    page = client.get(f"{W}{refugees.study.pk}/report/").content.decode()
    assert "10 people in 2 focus groups" in page
    assert "<td data-label=\"Participants\">7</td>" in page  # women: 6 + 1
    assert "&lt;5" in page  # men: 3
    assert "Katılımcı" not in page  # no names in the report
    pdf = client.get(f"{W}{refugees.study.pk}/report/?format=pdf")
    assert pdf["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Kapsayıcı kent ihtiyaç analizi" in text and "Tek başıma çıkamıyorum." in text and "<5" in text


def test_participants_by_ground_feed_plan_indicators(groups, plan):
    refugees, disabled = groups
    add_people(refugees, "woman", "man", "man")
    add_people(disabled, "woman")
    today = timezone.localdate()
    values = participants_by_ground({refugees.study.organization_id}, today - timedelta(days=30), today)
    assert values == {"": 4, "migration": 3, "disability": 1}
    from birarada.plans import actions as plans

    indicator = plans.do_add_indicator(plan, name="Dinlenen kişi", actor=None, computed_key="needs.participants",
                                       reason="yeni gösterge")
    plans.do_compute_indicators(plan)
    stored = dict(IndicatorValue.objects.filter(indicator=indicator).values_list("ground", "value"))
    assert {k: int(v) for k, v in stored.items()} == {"": 4, "migration": 3, "disability": 1}
