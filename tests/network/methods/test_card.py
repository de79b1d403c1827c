"""The method card: one A4 page whatever the method's length, Turkish letters readable in the PDF's text."""

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from birarada.network.method_card import method_card_pdf, shorten
from tests.conftest import en

from .conftest import make_method

TITLE = "Şiddetsiz İletişim Çemberi: Ağaç, Güneş, Işık ve Öykü"


def pages_and_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def long_method(city, network):
    paragraph = ("Katılımcılar çemberde oturur, sırayla konuşur ve birbirini yargılamadan dinler; kolaylaştırıcı "
                 "süreyi tutar, sessiz kalanlara söz verir ve çatışmayı yumuşatır. ")
    return make_method(
        city["izmir"], network, publish=True, title=TITLE, purpose=paragraph * 40, audience="Gençler " * 30,
        materials=paragraph * 30, steps="\n".join(f"Adım {n}: " + paragraph * 3 for n in range(1, 61)),
        facilitation=paragraph * 40, accessibility=paragraph * 40, risks=paragraph * 40,
        variations=paragraph * 40)


def test_a_very_long_method_fits_on_one_page(long_method):
    data = method_card_pdf(long_method, page_url="https://esitlik.example.org/tr/methods/x/")
    count, text = pages_and_text(data)
    assert count == 1
    assert TITLE in text
    assert "…" in text  # long sections are cut, not dropped
    assert "Adım 1:" in text
    assert "more steps on the method's page" in text
    assert "https://esitlik.example.org/tr/methods/x/" in text
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (round(A4[0]), round(A4[1]))


def test_the_card_page_of_a_long_method_is_one_page_in_every_language(client, long_method):
    for language in ("tr", "en", "ar"):
        response = client.get(f"/{language}/methods/{long_method.slug}/card.pdf")
        assert response.status_code == 200, language
        count, text = pages_and_text(response.content)
        assert count == 1, language
        assert TITLE in text, language


def test_a_long_title_and_a_word_without_spaces_still_fit(city, network):
    method = make_method(city["izmir"], network, title=("Çğışöü İĞŞ " * 19)[:200],
                         steps="x" * 5000 + "\n" + "ş" * 3000, purpose="ı" * 9000)
    count, text = pages_and_text(method_card_pdf(method, page_url="https://example.org/m/"))
    assert count == 1
    assert "Çğışöü İĞŞ" in text


def test_a_short_method_is_shown_whole_with_its_licence_and_address(client, city, network):
    method = make_method(city["izmir"], network, publish=True)
    response = client.get(en("network:method_card", method.slug))
    assert response["Content-Disposition"] == f'inline; filename="{method.slug}.pdf"'
    count, text = pages_and_text(response.content)
    assert count == 1
    text = flat(text)
    for expected in ("Önyargı Çarkı: Işık ve Gölge", "Purpose", "Katılımcılar gündelik önyargıları",
                     "Audience: Gençler ve belediye personeli", "8 to 20 people", "90 minutes",
                     "Kartlar, kalemler, bir çark", "1. Tanışma oyunu", "4. Değerlendirme",
                     "Yargılamadan dinleyin.", "büyük puntolu", "Ayrımcı bir söz", "CC BY 4.0",
                     "https://creativecommons.org/licenses/by/4.0/", f"/en/methods/{method.slug}/"):
        assert expected in text, expected
    assert "…" not in text


def test_a_draft_has_no_card(client, city, network):
    method = make_method(city["izmir"], network)
    assert client.get(en("network:method_card", method.slug)).status_code == 404


@pytest.mark.parametrize("text,limit,expected", [
    ("kısa", 10, "kısa"),
    ("Bir iki üç dört beş altı", 12, "Bir iki üç…"),
    ("ğğğğğğğğğğğğğğğğ", 5, "ğğğğ…"),
])
def test_shorten_cuts_at_a_word_with_an_ellipsis(text, limit, expected):
    assert shorten(text, limit) == expected
    assert len(shorten(text, limit)) <= limit
