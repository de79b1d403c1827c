"""axe-core (WCAG 2.0–2.2 A and AA) finds nothing on the observatory's public and workspace pages, in Turkish and
Arabic, with a practice that has every part (picture, document, quote, sources, related practices)."""

import pytest

from birarada.network import observatory as actions
from tests.browser.conftest import axe_source, browser  # noqa: F401 (fixtures)
from tests.network.observatory.conftest import ENGLISH, TURKISH, make_practice, pdf_bytes, png_bytes, upload

pytestmark = pytest.mark.browser
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def violations(page, source):
    page.add_script_tag(content=source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"]]


def test_the_observatorys_pages_have_no_accessibility_violations(browser, axe_source, live_server, client,  # noqa: F811
                                                                  settings, transactional_db, city, network, author,
                                                                  editor):
    practice = make_practice(city["izmir"], network, organizations=[city["ngo"]])
    actions.do_save_practice_text(practice, "en", actor=None, **ENGLISH)
    actions.do_add_practice_file(practice, title="Kurs günü", upload=upload("k.png", png_bytes()), actor=None)
    actions.do_add_practice_file(practice, title="Rapor", upload=upload("r.pdf", pdf_bytes()), actor=None)
    actions.do_submit_practice(practice, actor=None)
    actions.do_comment_practice(practice, text="Kaynak ekler misiniz?", actor=editor, by_editor=True)
    waiting = make_practice(city["bornova"], network, status="in_review", text={**TURKISH, "title": "Bekleyen"})
    actions.do_publish_practice(practice, actor=None)
    make_practice(city["bornova"], network, status="published", text={**TURKISH, "title": "Komşu uygulama"})
    public = ["/tr/observatory/", "/ar/observatory/", "/en/observatory/?q=mülteci&theme=migration",
              "/tr/observatory/?page=9", f"/tr/observatory/{practice.slug}/", f"/ar/observatory/{practice.slug}/",
              f"/ku/observatory/{practice.slug}/"]
    mine = ["/tr/workspace/izmir/practices/", "/tr/workspace/izmir/practices/new/",
            f"/tr/workspace/izmir/practices/{practice.pk}/", f"/ar/workspace/izmir/practices/{practice.pk}/edit/",
            f"/tr/workspace/izmir/practices/{practice.pk}/text/ar/"]
    review = ["/tr/workspace/agi/observatory/review/", f"/tr/workspace/agi/observatory/review/{practice.pk}/",
              f"/ar/workspace/agi/observatory/review/{waiting.pk}/"]
    found = {}
    for person, paths in ((None, public), (author, mine), (editor, review)):
        context = browser.new_context(bypass_csp=True)  # only to inject axe itself
        if person is not None:
            client.force_login(person)
            name = settings.SESSION_COOKIE_NAME
            context.add_cookies([{"name": name, "value": client.cookies[name].value, "url": live_server.url}])
        page = context.new_page()
        for path in paths:
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            assert page.url == live_server.url + path.replace("mülteci", "m%C3%BClteci"), page.url  # no redirect
            problems = violations(page, axe_source)
            if problems:
                found[path] = problems
        context.close()
    assert found == {}
