"""The public observatory: the list with its search box and facets (a plain GET form), paging that never fails,
a practice's page in the reader's language or another one it has, its facts, sources, files, licence and related
practices. Drafts and practices in review are missing for everyone here."""

import re

import pytest

from birarada.core.models import Organization, OrganizationKind
from birarada.network import observatory as actions
from tests.network.observatory.conftest import ENGLISH, TURKISH, make_practice, pdf_bytes, png_bytes, upload


@pytest.fixture
def published(city, network):
    return make_practice(city["izmir"], network, status="published")


def headings(html: str) -> list[int]:
    return [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]


def assert_heading_order(html: str) -> None:
    levels = headings(html)
    assert levels and levels[0] == 1 and levels.count(1) == 1, levels
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels


def test_the_observatory_is_offered_on_the_home_page(client, db):
    page = client.get("/en/").content.decode()
    assert "Observatory of good practices" in page and "/en/observatory/" in page


def test_the_list_shows_each_practice_with_its_facts(client, city, network, published):
    actions.do_save_practice_text(published, "en", actor=None, **ENGLISH)
    page = client.get("/en/observatory/").content.decode()
    assert_heading_order(page)
    assert "Welcoming Refugees in the Neighbourhood" in page  # the page's language
    assert "İzmir" in page and "Türkiye" in page and "4,400,000" in page
    assert "Migration and reception" in page and "Social inclusion" in page
    assert "Türkçe" in page and "English" in page and "1 practice" in page
    turkish = client.get("/tr/observatory/").content.decode()
    assert "Mültecilere Türkçe Kursu" in turkish


def test_facets_count_and_filter_without_javascript(client, city, network, published):
    make_practice(city["elsewhere"], network, status="published", language="en", country="BE", city="Gent",
                  themes=["culture"], grounds=["disability"], population=260_000)
    make_practice(city["bornova"], network, text={**TURKISH, "title": "Taslak"}, themes=["culture"])  # a draft
    page = client.get("/en/observatory/").content.decode()
    assert 'name="theme" value="culture"' in page and 'name="country" value="BE"' in page
    assert re.search(r'value="culture"> <span>Arts and culture <span class="meta">\(1\)', page)
    assert re.search(r'value="TR"> <span>Türkiye <span class="meta">\(1\)', page)
    main = page[page.index("<main"):]
    assert "<script" not in main and "style=" not in main
    only = client.get("/en/observatory/?country=BE&theme=culture&theme=migration").content.decode()
    assert "Gent" in only and "Mültecilere" not in only and "1 practice" in only
    assert 'value="BE" checked' in only
    nothing = client.get("/en/observatory/?country=BE&theme=migration").content.decode()
    assert "No practice matches this search" in nothing
    assert client.get("/en/observatory/?theme=nonsense&country=XYZ&lang=zz").status_code == 200


@pytest.mark.parametrize("query", ["?page=999", "?page=abc", "?page=-1", "?page=0", "?page=1.5", "?page=" + "9" * 40,
                                   "?q=%00", "?q=" + "ğ" * 600, "?q=%22%27%26%7C%21%28%29%3A%2A%3C%3E", "?q=-",
                                   "?theme=%00", "?country=%00%00"])
def test_odd_addresses_never_fail(client, published, query):
    response = client.get("/en/observatory/" + query)
    assert response.status_code == 200


def test_a_page_out_of_range_says_so(client, city, network):
    for n in range(21):
        make_practice(city["izmir"], network, status="published", text={**TURKISH, "title": f"Uygulama {n}"})
    first = client.get("/en/observatory/").content.decode()
    assert "Page 1 of 2" in first and "?page=2" in first and first.count('class="card"') == 20
    beyond = client.get("/en/observatory/?page=7").content.decode()
    assert "There is no page “7”: here is page 2 of 2." in beyond and beyond.count('class="card"') == 1
    wrong = client.get("/en/observatory/?page=abc").content.decode()
    assert "There is no page “abc”: here is page 1 of 2." in wrong


def test_a_practice_in_the_readers_language_or_another_one(client, city, network, published):
    english = client.get(f"/en/observatory/{published.slug}/").content.decode()
    assert "This practice exists in Turkish only." in english
    assert '<h1 lang="tr" dir="ltr">Mültecilere Türkçe Kursu' in english
    turkish = client.get(f"/tr/observatory/{published.slug}/").content.decode()
    assert "exists in" not in turkish and '<h1 lang="tr"' in turkish
    actions.do_save_practice_text(published, "ar", actor=None, title="دروس اللغة للاجئين", summary="ملخص",
                                  action="ما تم")
    arabic = client.get(f"/ar/observatory/{published.slug}/").content.decode()
    assert '<h1 lang="ar" dir="rtl">' in arabic
    kurdish = client.get(f"/ku/observatory/{published.slug}/").content.decode()
    assert '<h1 lang="tr" dir="ltr">' in kurdish
    assert 'href="/ar/observatory/' in kurdish and 'hreflang="ar"' in kurdish
    english = client.get(f"/en/observatory/{published.slug}/").content.decode()
    assert "This practice does not exist in English: here it is in Turkish." in english


def test_the_practice_page_shows_everything(client, city, network, media):
    directory = Organization.objects.create(slug="kusak", name="Kuşak Derneği", kind=OrganizationKind.NGO)
    hidden = Organization.objects.create(slug="gizli", name="Listelenmeyen Vakıf", kind=OrganizationKind.NGO,
                                         listed_in_directory=False)
    practice = make_practice(city["izmir"], network, organizations=[directory, hidden], ended=2023, sources=(
        "Belediye haberi https://example.org/haber\nRapor http://example.org/rapor.pdf\n"
        "Kötü javascript:alert(1)\nYalnızca başlık\nhttps://example.org/yalin"))
    actions.do_add_practice_file(practice, title="Kurs fotoğrafı", upload=upload("kurs.png", png_bytes()), actor=None)
    actions.do_add_practice_file(practice, title="Değerlendirme raporu", upload=upload("rapor.pdf", pdf_bytes()),
                                 actor=None)
    actions.do_submit_practice(practice, actor=None)
    actions.do_publish_practice(practice, actor=None)
    response = client.get(f"/en/observatory/{practice.slug}/")
    page = response.content.decode()
    assert_heading_order(page)
    assert "İzmir" in page and "Türkiye" in page and "4,400,000" in page and "2021–2023" in page
    assert '<a href="/en/directory/kusak/"><bdi>Kuşak Derneği</bdi></a>' in page
    assert "Listelenmeyen Vakıf" in page and "/directory/gizli/" not in page
    assert "Mahalle muhtarlıkları" in page
    assert "Migration and reception" in page and "Migration and refugee status" in page and "Education" in page
    assert "Mülteciler hizmetlere ulaşamıyordu." in page and "320 kişi kursu bitirdi." in page
    assert re.search(r"<blockquote><p>Artık komşularımla konuşabiliyorum.</p></blockquote>\s*"
                     r"<figcaption>— <cite>Bir katılımcı</cite></figcaption>", page)
    assert '<a href="https://example.org/haber"' in page and '<a href="http://example.org/rapor.pdf"' in page
    assert '<a href="https://example.org/yalin"' in page
    assert 'href="javascript' not in page and "Kötü javascript:alert(1)" in page and "Yalnızca başlık" in page
    assert '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in page
    picture, document = practice.files.order_by("pk")
    assert f'<img src="/en/observatory/{practice.slug}/files/{picture.pk}/" alt="Kurs fotoğrafı"' in page
    assert f'<a href="/en/observatory/{practice.slug}/files/{document.pk}/" download>Değerlendirme raporu</a>' in page
    served = client.get(f"/en/observatory/{practice.slug}/files/{document.pk}/")
    assert served.status_code == 200 and served["Content-Type"] == "application/pdf"
    assert "attachment" in served["Content-Disposition"]
    assert b"".join(served.streaming_content) == pdf_bytes()
    assert client.get(f"/en/observatory/{practice.slug}/files/999999/").status_code == 404
    other = make_practice(city["izmir"], network, status="published", text={**TURKISH, "title": "Başka"})
    assert client.get(f"/en/observatory/{other.slug}/files/{picture.pk}/").status_code == 404  # not its file


def test_a_licence_without_an_address_is_named_only(client, city, network):
    practice = make_practice(city["izmir"], network, status="published", licence="all-rights-reserved")
    page = client.get(f"/en/observatory/{practice.slug}/").content.decode()
    assert "All rights reserved (ask the authors)" in page and 'rel="license"' not in page


def test_related_practices_share_the_most_themes_and_grounds(client, city, network, published):
    closest = make_practice(city["bornova"], network, status="published", text={**TURKISH, "title": "En yakın"},
                            themes=["migration", "social_inclusion"], grounds=["migration"])
    near = [make_practice(city["bornova"], network, status="published", text={**TURKISH, "title": f"Yakın {n}"},
                          themes=["migration"], grounds=[]) for n in range(4)]
    make_practice(city["bornova"], network, status="published", text={**TURKISH, "title": "Uzak"},
                  themes=["culture"], grounds=["disability"])
    make_practice(city["bornova"], network, status="in_review", text={**TURKISH, "title": "İncelemede"},
                  themes=["migration", "social_inclusion"], grounds=["migration"])
    page = client.get(f"/tr/observatory/{published.slug}/").content.decode()
    related = page[page.index('id="related-title"'):]
    titles = re.findall(r"<bdi>([^<]+)</bdi></a></h3>", related)
    assert titles[0] == "En yakın" and len(titles) == 4 and set(titles[1:]) <= {f"Yakın {n}" for n in range(4)}
    assert "Uzak" not in related and "İncelemede" not in related and closest and near


def test_drafts_and_practices_in_review_are_missing(client, city, network):
    draft = make_practice(city["izmir"], network)
    waiting = make_practice(city["izmir"], network, status="in_review", text={**TURKISH, "title": "Bekleyen"})
    actions.do_add_practice_file(draft, title="Foto", upload=upload("f.png", png_bytes()), actor=None)
    for practice in (draft, waiting):
        assert client.get(f"/en/observatory/{practice.slug}/").status_code == 404
    item = draft.files.get()
    assert client.get(f"/en/observatory/{draft.slug}/files/{item.pk}/").status_code == 404
    assert client.get("/en/observatory/no-such-practice/").status_code == 404
    listing = client.get("/en/observatory/?q=bekleyen").content.decode()
    assert "0 practices" in listing


def test_the_methods_used_are_linked_when_published(client, city, network, published):
    from birarada.network.models import Method

    common = {"owner": city["izmir"], "network": network, "purpose": "Amaç", "audience": "Gençler", "steps": "Bir"}
    used = Method.objects.create(slug="onyargi-carki", title="Önyargı Çarkı", status="published", **common)
    hidden = Method.objects.create(slug="taslak-yontem", title="Taslak Yöntem", status="draft", **common)
    used.practices.add(published)
    hidden.practices.add(published)
    page = client.get(f"/en/observatory/{published.slug}/").content.decode()
    assert "Methods used" in page and '<a href="/en/methods/onyargi-carki/"><bdi>Önyargı Çarkı</bdi></a>' in page
    assert "Taslak Yöntem" not in page
