import re

import pytest


@pytest.mark.django_db
def test_root_serves_turkish_by_default(client):
    response = client.get("/", follow=True, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.redirect_chain[-1][0] == "/tr/"
    assert '<html lang="tr" dir="ltr">' in response.content.decode()


@pytest.mark.django_db
def test_root_remembers_a_chosen_language(client):
    client.get("/language/ar/?next=/ar/")
    response = client.get("/")
    assert response["Location"] == "/ar/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, lang, direction",
    [("/tr/", "tr", "ltr"), ("/en/", "en", "ltr"), ("/ar/", "ar", "rtl")],
)
def test_home_in_each_language(client, path, lang, direction):
    html = client.get(path).content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/tr/", "/en/directory/", "/ar/accounts/login/"])
def test_every_page_has_a_language_switcher_to_the_same_page(client, path):
    html = client.get(path).content.decode()
    rest = path.split("/", 2)[2]
    for code in ("tr", "en", "ar"):
        assert f'href="/language/{code}/?next=/{code}/{rest}"' in html


@pytest.mark.django_db
def test_language_switch_refuses_foreign_redirects(client):
    response = client.get("/language/en/?next=https://evil.example/")
    assert response["Location"] == "/en/"


@pytest.mark.django_db
def test_home_links_to_what_exists(client):
    html = client.get("/en/").content.decode()
    assert 'href="/en/directory/"' in html
    assert "/en/accounts/login/" in html


@pytest.mark.django_db
def test_turkish_home_is_translated(client):
    html = client.get("/tr/").content.decode()
    assert "Nefret söylemi" in html or "nefret söylemi" in html
    assert "Paydaş rehberi" in html


@pytest.mark.django_db
def test_arabic_home_is_translated(client):
    html = client.get("/ar/").content.decode()
    assert "دليل الشركاء" in html


def test_directory_lists_and_filters(client, city):
    html = client.get("/en/directory/").content.decode()
    for name in ("İzmir Equality Unit", "Bornova Equality Desk", "Listed NGO"):
        assert name in html
    ngos = client.get("/en/directory/?kind=ngo").content.decode()
    assert "Listed NGO" in ngos and "Bornova Equality Desk" not in ngos
    gender = client.get("/en/directory/?ground=gender").content.decode()
    assert "Listed NGO" in gender and "İzmir Equality Unit" not in gender
    # Unknown filter values are ignored, not an error.
    assert client.get("/en/directory/?kind=<script>&ground=x").status_code == 200


def test_organization_page_and_unlisted_organization(client, city):
    assert "Bornova Equality Desk" in client.get("/en/directory/izmir/").content.decode()
    city["ngo"].listed_in_directory = False
    city["ngo"].save(update_fields=["listed_in_directory"])
    assert client.get("/en/directory/ngo/").status_code == 404


@pytest.mark.django_db
def test_security_headers(client):
    response = client.get("/tr/", secure=True)
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "max-age=31536000" in response["Strict-Transport-Security"]


@pytest.mark.django_db
def test_no_third_party_assets(client):
    html = client.get("/tr/").content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources
    assert all(not s.startswith(("http://", "https://", "//")) for s in sources), sources


@pytest.mark.django_db
def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
