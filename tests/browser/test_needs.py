"""A coordinator reads a focus group's representation grid (women under-represented in the demo refugee group),
records a finding, writes a recommendation on it and turns it into an action of the demo equality plan; the
study and the plan link to each other."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from tests.browser.test_accessibility import violations
from tests.browser.test_staff_journey import sign_in

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/shots")
FINDING = "Mülteci kadınlar odak grubuna çocuk bakımı olmadığı için katılamadı (tarayıcı testi)."
RECOMMENDATION = "Odak gruplarında ve belediye kurslarında ücretsiz çocuk bakımı sağlansın (tarayıcı testi)."


@pytest.fixture
def demo_modules(demo_city):
    """The demo city with what its modules add (plans, events, the needs assessment), as `make run` loads it;
    `demo_city` alone creates only the organizations and the people. Returns the demo password."""
    call_command("load_demo_city", stdout=StringIO())
    translation.deactivate()  # the command switches to English for its output
    return demo_city


def test_a_finding_becomes_a_recommendation_and_a_plan_action_and_both_pages_link(browser, live_server, demo_modules,
                                                                                  axe_source):
    from birarada.events.models import Event
    from birarada.needs.models import FocusGroup, Recommendation, Study
    from birarada.plans.models import Action, Plan

    study = Study.objects.get(organization__slug="izmir", title="Kapsayıcı Kent ihtiyaç analizi (demo)")
    refugees = FocusGroup.objects.get(study=study, event__slug="odak-multeci")
    plan = Plan.objects.get(organization__slug="izmir", slug="esitlik-eylem-plani-2025-2029")
    assert plan.status in ("adopted", "in_force")  # decided by the assembly: changes need a reason
    objective = plan.objectives.order_by("code").first()
    assert objective is not None
    SHOTS.mkdir(parents=True, exist_ok=True)
    # bypass_csp only so that axe can be injected; the pages themselves run with their CSP otherwise.
    context = browser.new_context(locale="en-GB", bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    axe_found = {}
    try:
        sign_in(page, live_server, "coordinator.izmir", demo_modules)
        page.wait_for_url(re.compile(r"/tr/workspace/"))
        page.goto(f"{live_server.url}/en/workspace/izmir/needs/")
        page.get_by_role("link", name="Kapsayıcı Kent ihtiyaç analizi (demo)").click()
        study_url = f"{live_server.url}/en/workspace/izmir/needs/{study.pk}/"
        page.wait_for_url(study_url)
        assert page.locator("table").first.locator("tbody tr").count() == 5  # five focus groups

        # The refugee group: mostly men came, so women are under-represented.
        page.get_by_role("link", name="Odak grubu: mülteciler ve göçmenler (demo)").click()
        page.wait_for_url(f"{live_server.url}/en/workspace/izmir/needs/groups/{refugees.pk}/")
        gender = page.locator("table.grid", has=page.locator("caption", has_text="Gender"))
        women = gender.locator("tbody tr", has=page.locator("th", has_text="Woman"))
        assert "Under-represented" in women.inner_text()
        men = gender.locator("tbody tr", has=page.locator("th", has_text=re.compile(r"^Man$")))
        assert "Over-represented" in men.inner_text()
        axe_found["group"] = violations(page, axe_source)
        page.set_viewport_size({"width": 390, "height": 844})
        page.reload()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.screenshot(path=str(SHOTS / "needs-group-phone.png"), full_page=True)
        page.set_viewport_size({"width": 1280, "height": 900})

        # A finding heard at the refugee group.
        page.get_by_role("link", name=re.compile("Study: Kapsayıcı Kent")).click()
        page.wait_for_url(study_url)
        details = page.locator("details", has=page.locator("summary", has_text="Record a finding"))
        details.locator("summary").click()
        details.locator("[name=text]").fill(FINDING)
        details.locator("[name=event]").select_option(label="Odak grubu: mülteciler ve göçmenler (demo)")
        details.locator("[name=theme]").fill("Çocuk bakımı olmadan katılım")
        details.locator("[name=areas][value=social_assistance]").check()
        details.get_by_role("button", name="Record the finding").click()
        page.wait_for_url(study_url)
        finding = study.findings.get(text=FINDING)
        assert finding.event.slug == "odak-multeci" and finding.areas == ["social_assistance"]
        assert finding.grounds == ["migration"]  # the focus group's grounds, as the form promises
        assert FINDING in page.locator(f"#finding-{finding.pk}").inner_text()

        # A recommendation resting on it.
        details = page.locator("details", has=page.locator("summary", has_text="Write a recommendation"))
        details.locator("summary").click()
        details.locator("[name=text]").fill(RECOMMENDATION)
        details.locator(f"[name=findings][value='{finding.pk}']").check()
        details.get_by_role("button", name="Save the recommendation").click()
        page.wait_for_url(study_url)
        recommendation = Recommendation.objects.get(study=study, text=RECOMMENDATION)
        assert list(recommendation.findings.all()) == [finding]
        article = page.locator(f"#rec-{recommendation.pk}")
        assert article.get_by_role("link", name=re.compile("Mülteci kadınlar odak grubuna")).count() == 1

        # … becomes an action of the adopted demo plan.
        details = article.locator("details", has=page.locator("summary", has_text="Make it a plan action"))
        details.locator("summary").click()
        details.locator("[name=objective]").select_option(str(objective.pk))
        details.locator("[name=code]").fill("H1.99")
        details.locator("[name=title]").fill("Odak gruplarında çocuk bakımı")
        details.get_by_role("button", name="Add the action to the plan").click()
        page.wait_for_url(f"{study_url}#rec-{recommendation.pk}")
        action = Action.objects.get(objective=objective, code="H1.99")
        recommendation.refresh_from_db()
        assert recommendation.plan_action == action and recommendation.status == "in_plan"
        assert action.grounds == ["migration"] and action.areas == ["social_assistance"]
        to_plan = page.locator(f"#rec-{recommendation.pk} a[href$='#action-{action.pk}']")
        assert to_plan.inner_text().startswith("H1.99")
        assert page.locator(f"#rec-{recommendation.pk}").locator("details").count() == 0  # nothing left to decide
        axe_found["study"] = violations(page, axe_source)
        page.screenshot(path=str(SHOTS / "needs-study.png"), full_page=True)

        # The plan page says where the action came from and links back.
        to_plan.click()
        page.wait_for_url(f"{live_server.url}/en/workspace/izmir/plans/{plan.pk}/#action-{action.pk}")
        row = page.locator(f"#action-{action.pk}")
        assert "Odak gruplarında çocuk bakımı" in row.inner_text()
        origin = row.locator("p.origin")
        assert "From the needs assessment" in origin.inner_text()
        assert "Kapsayıcı Kent ihtiyaç analizi (demo)" in origin.inner_text()
        back = origin.locator(f"a[href$='/needs/{study.pk}/#rec-{recommendation.pk}']")
        assert back.count() == 1
        page.locator(f"#action-{action.pk}").scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "needs-plan.png"), full_page=True)
        back.click()
        page.wait_for_url(f"{study_url}#rec-{recommendation.pk}")
        assert RECOMMENDATION in page.locator(f"#rec-{recommendation.pk}").inner_text()
    finally:
        context.close()
    # The demo events are untouched by all this: the focus group is still an event of the unit.
    assert Event.objects.filter(slug="odak-multeci", organization__slug="izmir").exists()
    assert axe_found == {"group": [], "study": []}
