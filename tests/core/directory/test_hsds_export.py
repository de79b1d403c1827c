"""Open Referral HSDS export: public fields of listed organizations only, the directory's filters, JSON and ZIP."""

import csv
import io
import json
import uuid
import zipfile

from django.utils import translation

from birarada.core import hsds
from birarada.core.vocabulary import Offer
from tests.conftest import en


def get_json(client, query=""):
    response = client.get(en("core:directory_hsds_json") + query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content.decode("utf-8"))


def test_json_is_an_hsds_page_of_listed_organizations(client, partners):
    document = get_json(client)
    assert document["total_items"] == len(document["contents"]) == 9  # 4 of the shared city + 5 listed here
    names = {o["name"] for o in document["contents"]}
    assert "Kuşak Göç Derneği" in names and "Gizli Dernek" not in names


def test_json_has_the_public_fields_mapped_and_never_the_contact_person(client, partners):
    text = client.get(en("core:directory_hsds_json")).content.decode("utf-8")
    assert "Ayşe Yılmaz" not in text and "ayse@kusak.example.org" not in text and "Gizli" not in text
    kusak = next(o for o in json.loads(text)["contents"] if o["x_birarada_slug"] == "kusak-goc")
    assert kusak["id"] == str(uuid.uuid5(hsds.NAMESPACE, "kusak-goc"))
    assert kusak["email"] == "bilgi@kusak.example.org" and kusak["website"] == "https://kusak.example.org"
    assert kusak["x_birarada_kind"] == "ngo" and kusak["x_birarada_grounds"] == ["migration"]
    assert kusak["phones"][0]["number"] == "+90 232 555 00 00"
    location = kusak["locations"][0]
    address = location["addresses"][0]
    assert (address["address_1"], address["city"], address["state_province"], address["country"]) == (
        "Alsancak Mah. 1453 Sok. No: 5", "IZMIR", "İzmir", "TR")
    assert [s["x_birarada_offer"] for s in kusak["services"]] == ["legal_aid", "interpretation"]
    assert kusak["services"][0]["name"] == "Legal aid" and kusak["services"][0]["status"] == "active"
    assert [lang["code"] for lang in kusak["services"][0]["languages"]] == ["tr", "ar", "fa"]
    assert {a.get("x_birarada_code") for a in location["accessibility"]} == {"step_free", "sign_language", None}
    assert any(a["description"] == "Rampa arka kapıda." for a in location["accessibility"])
    assert "contacts" not in kusak


def test_json_labels_follow_the_page_language(client, partners):
    response = client.get("/tr/directory/hsds.json?offer=legal_aid")
    kusak = json.loads(response.content)["contents"][0]
    with translation.override("tr"):
        assert kusak["services"][0]["name"] == str(Offer.LEGAL_AID.label)
    assert kusak["services"][0]["x_birarada_offer"] == "legal_aid"


def test_json_follows_the_directory_filters(client, partners):
    document = get_json(client, "?language=tsm")
    assert [o["name"] for o in document["contents"]] == ["Engelsiz Yaşam Ankara"]
    assert get_json(client, "?q=NOTHING-MATCHES")["empty"] is True


def test_zip_has_linked_csv_tables_and_a_datapackage(client, partners):
    response = client.get(en("core:directory_hsds_csv") + "?city=izmir")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert set(archive.namelist()) == {"datapackage.json", "organizations.csv", "phones.csv", "locations.csv",
                                       "addresses.csv", "services.csv", "languages.csv", "accessibility.csv"}

    def rows(name):
        return list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8"))))

    organizations = {r["id"]: r for r in rows("organizations.csv")}
    kusak_id = str(uuid.uuid5(hsds.NAMESPACE, "kusak-goc"))
    assert organizations[kusak_id]["name"] == "Kuşak Göç Derneği"
    assert organizations[kusak_id]["x_birarada_grounds"] == "migration"
    assert "Engelsiz Yaşam Ankara" not in {r["name"] for r in organizations.values()}
    services = [r for r in rows("services.csv") if r["organization_id"] == kusak_id]
    assert {s["x_birarada_offer"] for s in services} == {"legal_aid", "interpretation"}
    languages = [r for r in rows("languages.csv") if r["service_id"] == services[0]["id"]]
    assert {r["code"] for r in languages} == {"tr", "ar", "fa"}
    phones = rows("phones.csv")
    assert phones == [{"id": phones[0]["id"], "organization_id": kusak_id, "number": "+90 232 555 00 00"}]
    whole = b"".join(archive.read(n) for n in archive.namelist()).decode("utf-8")
    assert "Ayşe" not in whole and "ayse@" not in whole
    package = json.loads(archive.read("datapackage.json"))
    assert package["profile"] == "tabular-data-package"
    resources = {r["name"]: r for r in package["resources"]}
    assert resources["services"]["schema"]["foreignKeys"] == [
        {"fields": "organization_id", "reference": {"resource": "organizations", "fields": "id"}}]
    assert [f["name"] for f in resources["organizations"]["schema"]["fields"]][:2] == ["id", "name"]


def test_spreadsheet_formulas_are_neutralised_but_phone_numbers_kept():
    assert hsds._cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert hsds._cell("+90 (232) 555-00-00") == "+90 (232) 555-00-00"
    assert hsds._strip_guard("'=1+2") == "=1+2" and hsds._strip_guard("'tırnak") == "'tırnak"


def test_directory_page_links_both_exports_with_its_filters(client, partners):
    html = client.get(en("core:directory") + "?offer=venue").content.decode()
    assert 'href="/en/directory/hsds.json?offer=venue"' in html
    assert 'href="/en/directory/hsds.zip?offer=venue"' in html
