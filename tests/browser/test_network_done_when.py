"""The "Network and shared learning" issue's "done when", in a real browser with the whole demo loaded:

- a newcomer finds the two cities (İzmir, Eskişehir) and the networks on the home page and follows them;
- searches the observatory by typing (Turkish "mülteci", English "refugee") and finds Nador and Mechelen;
- opens a method and prints its one-page card (PDF);
- follows the directory's HSDS JSON link: it parses, lists the demo organizations and no contact person;
- axe-core (WCAG 2.0–2.2 A and AA) finds nothing on the public pages in Turkish, Arabic (right to left) and
  Kurmanji (left to right), and the observatory and the directory fit a 390 px phone in Arabic.

The live server's database is emptied after every test, so each test loads the demo once."""

import io
import json
import re
from io import StringIO
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.utils import translation
from pypdf import PdfReader

from tests.browser.test_accessibility import violations

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/shots")
PHONE = {"viewport": {"width": 390, "height": 844}}

NETWORK = "esitlik-birimleri-agi"
NETWORK_NAME = "Türkiye Eşitlik Birimleri Ağı (demo)"
NADOR, MECHELEN = "nador-gocmen-kabul-ofisi", "mechelen-cesitlilik-ve-irkcilik"
METHOD = "karsi-soylem-yazim-atolyesi"
METHOD_TITLE = "Karşı söylem yazım atölyesi"
# A contact person is for signed-in staff only: the test gives two demo organizations one and looks for it.
CONTACTS = {"kusak-goc": ("Gizli Kişi Testoğlu", "gizli.kisi@example.org"),
            "eskisehir": ("Saklı Ad Soyad", "sakli.kisi@example.org")}


@pytest.fixture
def demo(demo_city, settings, tmp_path):
    """The demo city with every module's demo (events, network, …), as `make run` loads it, and a contact person
    on two organizations. Returns the demo password."""
    from birarada.core.models import Organization

    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("load_demo_city", stdout=StringIO())
    translation.deactivate()  # the command switches to English for its output
    for slug, (name, email) in CONTACTS.items():
        assert Organization.objects.filter(slug=slug).update(contact_name=name, contact_email=email) == 1
    return demo_city


def public_paths(language: str) -> list[str]:
    word = {"tr": "mülteci", "ku": "mülteci", "ar": "mülteci", "en": "refugee"}[language]
    return [
        f"/{language}/",
        f"/{language}/c/izmir/",
        f"/{language}/c/eskisehir/",
        f"/{language}/networks/",
        f"/{language}/networks/{NETWORK}/",
        f"/{language}/directory/",
        f"/{language}/directory/kusak-goc/",
        f"/{language}/observatory/",
        f"/{language}/observatory/?q={quote(word)}&theme=migration",
        f"/{language}/observatory/{NADOR}/",
        f"/{language}/methods/",
        f"/{language}/methods/{METHOD}/",
        f"/{language}/open-data/",
        f"/{language}/events/",
        f"/{language}/report/",
        f"/{language}/report/status/",
        f"/{language}/campaigns/",
    ]


def total(page) -> int:
    """The number of practices the observatory's list says it found ("12 uygulama")."""
    return int(re.sub(r"\D", "", page.locator("main p.meta[role=status]").inner_text()))


def search(page, word: str) -> list[str]:
    """Type the words into the observatory's search box, press its button, and return the practices found."""
    box = page.get_by_role("searchbox")
    box.click()
    box.press_sequentially(word, delay=20)
    page.locator("form[role=search] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/observatory/\?"))
    return [href.rstrip("/").rsplit("/", 1)[-1]
            for href in page.locator("main ul.cards h2 a").evaluate_all("links => links.map(a => a.href)")]


def test_a_newcomer_finds_cities_networks_practices_methods_and_partners(browser, live_server, demo):
    from birarada.core.models import Organization

    base = live_server.url
    context = browser.new_context(locale="tr-TR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        # 1. The home page: two cities and the network, each a link.
        page.goto(f"{base}/tr/")
        assert page.locator("html").get_attribute("lang") == "tr"
        cities = page.locator("section[aria-labelledby=cities-title] h3 a")
        assert sorted(cities.all_inner_texts()) == sorted([
            "Eskişehir Büyükşehir Belediyesi — Eşitlik Birimi (demo)",
            "İzmir Büyükşehir Belediyesi — Kentsel Adalet ve Eşitlik Birimi (demo)"])
        network_link = page.locator("main a", has_text=NETWORK_NAME).first
        assert network_link.get_attribute("href") == f"/tr/networks/{NETWORK}/"
        page.get_by_role("link", name="Eskişehir Büyükşehir Belediyesi — Eşitlik Birimi (demo)").click()
        page.wait_for_url(f"{base}/tr/c/eskisehir/")
        assert page.locator("h1").inner_text() == "Eskişehir Büyükşehir Belediyesi — Eşitlik Birimi (demo)"
        assert page.locator("main a", has_text=NETWORK_NAME).count() >= 1  # the networks it belongs to
        page.go_back()
        page.get_by_role("link", name=re.compile("^İzmir Büyükşehir")).click()
        page.wait_for_url(f"{base}/tr/c/izmir/")
        assert page.locator("h1").inner_text().startswith("İzmir Büyükşehir Belediyesi")
        page.go_back()
        page.locator("main a", has_text=NETWORK_NAME).first.click()
        page.wait_for_url(f"{base}/tr/networks/{NETWORK}/")
        assert page.locator("h1").inner_text() == NETWORK_NAME
        members = page.locator("main").inner_text()
        assert "Kuşak Göç ve Dayanışma Derneği (demo)" in members and "Eskişehir Büyükşehir" in members

        # 2. The observatory, searched by typing: Nador and Mechelen in Turkish and in English.
        page.goto(f"{base}/tr/observatory/")
        everything = total(page)
        found = search(page, "mülteci")
        assert NADOR in found and MECHELEN in found, found
        assert 2 <= total(page) == len(found) < everything  # the search narrows the list
        assert "q=m%C3%BClteci" in page.url
        assert page.get_by_role("searchbox").input_value() == "mülteci"
        page.goto(f"{base}/en/observatory/")
        found = search(page, "refugee")
        assert NADOR in found and MECHELEN in found, found
        assert total(page) == len(found) < everything
        page.locator(f"main ul.cards a[href$='/observatory/{NADOR}/']").click()
        page.wait_for_url(f"{base}/en/observatory/{NADOR}/")
        assert page.locator("h1").inner_text() == "Nador: universal rights in a city on a migration route"
        assert "Nador" in page.locator("main").inner_text()

        # 3. The method pool, a method, and its printable card: one page with the method's title.
        page.goto(f"{base}/tr/methods/")
        page.get_by_role("link", name=METHOD_TITLE).first.click()
        page.wait_for_url(f"{base}/tr/methods/{METHOD}/")
        assert page.locator("h1").inner_text() == METHOD_TITLE
        card = page.locator("main a[href$='/card.pdf']")
        assert card.count() == 1
        href = card.get_attribute("href")
        assert href == f"/tr/methods/{METHOD}/card.pdf"
        response = page.request.get(base + href)
        assert response.status == 200 and response.headers["content-type"] == "application/pdf"
        pdf = PdfReader(io.BytesIO(response.body()))
        assert len(pdf.pages) == 1
        assert METHOD_TITLE in " ".join(pdf.pages[0].extract_text().split())

        # 4. The directory's HSDS JSON link: it parses and lists the demo organizations, and no contact person.
        page.goto(f"{base}/tr/directory/")
        link = page.locator("main a[href*='/directory/hsds.json']")
        assert link.count() == 1
        with page.expect_response(re.compile(r"/directory/hsds\.json")) as answer:
            link.click()
        assert answer.value.status == 200
        body = answer.value.text()
        document = json.loads(body)
        slugs = {item.get("x_birarada_slug") for item in document["contents"]}
        listed = set(Organization.objects.in_directory().values_list("slug", flat=True))
        assert {"izmir", "eskisehir", "kusak-goc", "cukurova-goc", "dicle-esit-haklar", "sur-kolektif"} <= slugs
        assert slugs == listed and document["total_items"] == len(listed)
        names = {item["name"] for item in document["contents"]}
        assert "Kuşak Göç ve Dayanışma Derneği (demo)" in names
        for name, email in CONTACTS.values():
            assert name not in body and email not in body
        assert all(not item.get("contacts") for item in document["contents"])
    finally:
        context.close()


def test_the_public_pages_are_accessible_in_turkish_arabic_and_kurmanji(browser, live_server, demo, axe_source):
    base = live_server.url
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(bypass_csp=True)  # only to inject axe itself
    page = context.new_page()
    page.set_default_timeout(15_000)
    found: dict[str, list[str]] = {}
    directions = {"tr": "ltr", "ar": "rtl", "ku": "ltr"}
    try:
        for language in ("tr", "ar", "ku"):
            for path in public_paths(language):
                response = page.goto(base + path)
                assert response is not None and response.status == 200, path
                html = page.locator("html")
                assert html.get_attribute("lang") == language, path
                assert html.get_attribute("dir") == directions[language], path  # Arabic rtl, Kurmanji ltr
                assert page.locator("h1").count() == 1, path
                if path.endswith("/directory/"):
                    assert page.locator("svg.province-map a").count() >= 4, path  # İzmir, Eskişehir, Adana, …
                problems = violations(page, axe_source)
                if problems:
                    found[path] = problems
            # The observatory's search with a facet really filters.
            page.goto(f"{base}/{language}/observatory/?q={quote('mülteci')}&theme=migration")
            assert page.locator("input[name=theme][value=migration]").is_checked()
            assert page.locator(f"main ul.cards a[href$='/observatory/{NADOR}/']").count() == 1
    finally:
        context.close()

    # On a phone, in Arabic: nothing wider than the screen.
    wide = {}
    phone = browser.new_context(locale="ar", **PHONE)
    try:
        view = phone.new_page()
        view.set_default_timeout(15_000)
        for path in ("/ar/observatory/", f"/ar/observatory/?q={quote('mülteci')}&theme=migration", "/ar/directory/"):
            view.goto(base + path)
            assert view.locator("html").get_attribute("dir") == "rtl", path
            width = view.evaluate("document.documentElement.scrollWidth")
            if width > 390:
                wide[path] = width
        view.screenshot(path=str(SHOTS / "network-directory-ar-phone.png"), full_page=True)
    finally:
        phone.close()
    assert found == {}
    assert wide == {}
