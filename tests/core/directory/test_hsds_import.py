"""Importing HSDS files in a workspace: preview, then all or nothing, with clear messages for broken files."""

import codecs
import io
import json
import uuid
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from birarada.core import hsds
from birarada.core.models import AuditEvent, Organization
from tests.conftest import en

IMPORT = "core:directory_import"


def upload(client, name, data, slug="izmir"):
    return client.post(en(IMPORT, slug), {"file": SimpleUploadedFile(name, data)})


def confirm(client, preview_response, slug="izmir"):
    digest = preview_response.context["digest"]
    return client.post(en(IMPORT, slug), {"confirm": "1", "digest": digest})


def profile(slug):
    o = Organization.objects.get(slug=slug)
    return (o.name, o.kind, o.city, o.province, o.country, o.grounds, o.offers, o.languages_served,
            o.accessibility, o.accessibility_notes, o.public_phone, o.address, o.website, o.public_email,
            o.description, o.uses_platform, o.listed_in_directory)


def listings():
    return {o.slug: profile(o.slug) for o in Organization.objects.filter(uses_platform=False, listed_in_directory=True)}


@pytest.mark.parametrize("export", ["core:directory_hsds_json", "core:directory_hsds_csv"])
def test_round_trip_export_then_import_into_an_empty_directory(client, partners, alice, export):
    data = client.get(en(export)).content
    before = listings()
    Organization.objects.filter(uses_platform=False).delete()
    client.force_login(alice)
    preview = upload(client, "directory.json" if export.endswith("json") else "directory.zip", data)
    assert preview.status_code == 200, preview.context["preview"].errors if preview.context["preview"] else \
        preview.context["form"].errors
    result = preview.context["preview"]
    assert len(result.creates) == len(before) == 6 and not result.updates and not result.warnings
    assert not result.ignored and not result.errors
    # The platform's own organizations keep their profiles.
    assert sorted(result.skipped) == ["Bornova Equality Desk", "Elsewhere Equality Unit", "İzmir Equality Unit"]
    assert AuditEvent.objects.filter(verb="directory.import").count() == 0  # the preview saves nothing
    response = confirm(client, preview)
    assert response.status_code == 302
    assert listings() == before  # same slugs, so the same HSDS ids: names, offers, languages and the rest
    event = AuditEvent.objects.get(verb="directory.import")
    assert event.organization.slug == "izmir" and event.actor == alice
    assert event.changes == {"created": 6, "updated": 0, "skipped": 3}
    # Importing the same file again changes nothing.
    again = upload(client, "directory.json" if export.endswith("json") else "directory.zip", data)
    assert len(again.context["preview"].unchanged) == 6 and not again.context["preview"].ok


def test_matches_by_id_and_by_name_and_city_and_updates_only_listings(client, partners, alice):
    document = json.loads(client.get(en("core:directory_hsds_json") + "?q=kusak").content)
    kusak = document["contents"][0]
    kusak["description"] = "Yeni açıklama."
    by_name = {"name": "SAHNE İZMİR", "description": "", "locations": [{"addresses": [{"city": "İzmir"}]}]}
    platform = {"name": "İzmir Equality Unit", "description": "overwritten?",
                "locations": [{"addresses": [{"city": "İzmir"}]}]}
    client.force_login(alice)
    preview = upload(client, "x.json", json.dumps([kusak, by_name, platform]).encode())
    result = preview.context["preview"]
    assert [c.organization.slug for c in result.updates] == ["kusak-goc", "sahne-izmir"]
    assert result.updates[0].values == {"description": "Yeni açıklama."}
    assert result.skipped == ["İzmir Equality Unit"]
    assert confirm(client, preview).status_code == 302
    assert Organization.objects.get(slug="kusak-goc").description == "Yeni açıklama."
    assert Organization.objects.get(slug="izmir").description == ""
    # The contact person is not in exchange files, so an update never removes it.
    assert Organization.objects.get(slug="kusak-goc").contact_name == "Ayşe Yılmaz"


def test_unknown_fields_are_warned_about_and_the_file_still_imports(client, alice, city):
    document = {"total_items": 1, "contents": [{
        "id": str(uuid.uuid4()), "name": "Yeni Umut Derneği", "description": "Kadın dayanışması.",
        "tax_id": "123", "alternate_name": "YUD", "year_incorporated": None,
        "services": [{"name": "Hukuki destek", "x_birarada_offer": "legal_aid", "fees_description": "Ücretsiz"}],
        "locations": [{"addresses": [{"city": "Mersin", "state_province": "Mersin", "country": "tr"}],
                       "transportation": "Otobüs 5"}],
    }]}
    client.force_login(alice)
    preview = upload(client, "yeni.json", json.dumps(document).encode())
    result = preview.context["preview"]
    assert result.ok and result.ignored == ["alternate_name", "locations.transportation", "services.fees_description",
                                            "tax_id"]
    html = preview.content.decode()
    assert "Ignored (the directory does not keep these fields):" in html and "alternate_name, locations." in html
    confirm(client, preview)
    created = Organization.objects.get(name="Yeni Umut Derneği")
    assert (created.offers, created.province, created.country, created.city) == (["legal_aid"], "33", "TR", "Mersin")
    assert created.uses_platform is False and created.listed_in_directory is True
    assert created.slug == "yeni-umut-dernegi"


def test_a_broken_record_is_an_error_with_its_number_and_nothing_is_saved(client, alice, city):
    document = [
        {"name": "İyi Dernek", "email": "iyi@example.org"},
        {"name": "", "description": "adı yok"},
        {"name": "Kötü Posta", "email": "not-an-address"},
        {"name": "Kötü Site", "website": "ht!tp://bad site"},
        {"name": "Bilinmeyen Hizmet", "services": [{"name": "?", "x_birarada_offer": "teleportation"}]},
    ]
    client.force_login(alice)
    count = Organization.objects.count()
    response = upload(client, "broken.json", json.dumps(document).encode())
    assert response.status_code == 400
    errors = response.context["preview"].errors
    assert any(e.startswith("organization 2:") and "name is missing" in e for e in errors)
    assert any(e.startswith("organization 3:") and "not-an-address" in e for e in errors)
    assert any(e.startswith("organization 4:") and "website" in e for e in errors)
    assert any(e.startswith("organization 5, services 1:") and "teleportation" in e for e in errors)
    assert 'name="confirm"' not in response.content.decode()
    assert "organization 2:" in response.content.decode()
    # Even a forged confirmation saves nothing: no preview was kept.
    assert client.post(en(IMPORT, "izmir"), {"confirm": "1", "digest": "0" * 64}).status_code == 302
    assert Organization.objects.count() == count
    assert not AuditEvent.objects.filter(verb="directory.import").exists()


def test_a_cp1254_csv_with_turkish_letters(client, alice, city):
    text = ("name;city;state_province;x_birarada_offers;x_birarada_languages;phone;x_birarada_grounds\r\n"
            "Çağdaş Yaşamı Destekleme Şubesi;Şanlıurfa;63;counselling;tr;0414 555 00 00;gender\r\n"
            "Işık Engelliler Derneği;Iğdır;;training;ku;;disability\r\n")
    client.force_login(alice)
    response = upload(client, "dernekler.csv", text.encode("cp1254"))
    assert response.status_code == 200, response.context["preview"].errors
    confirm(client, response)
    cagdas = Organization.objects.get(name="Çağdaş Yaşamı Destekleme Şubesi")
    assert (cagdas.city, cagdas.province, cagdas.offers, cagdas.languages_served, cagdas.public_phone) == (
        "Şanlıurfa", "63", ["counselling"], ["tr"], "0414 555 00 00")
    assert cagdas.grounds == ["gender"]
    isik = Organization.objects.get(name="Işık Engelliler Derneği")
    assert isik.city == "Iğdır" and isik.languages_served == ["ku"] and isik.slug == "isik-engelliler-dernegi"


@pytest.mark.parametrize("encode", [lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
                                    lambda t: t.encode("utf-16")])
def test_csv_in_utf8_with_bom_and_utf16(alice, city, encode):
    result = hsds.preview_file("organizations.csv", encode("name,city\r\nÖzgür Sahne,Eskişehir\r\n"))
    assert [c.values["name"] for c in result.creates] == ["Özgür Sahne"]


def test_an_unknown_column_in_a_csv_is_a_warning(alice, city):
    result = hsds.preview_file("o.csv", b"name,city,favourite_colour\r\nMavi Dernek,Van,blue\r\n")
    assert result.ok and result.ignored == ["favourite_colour"]


def test_a_broken_csv_row_names_its_row(alice, city):
    result = hsds.preview_file("o.csv", b"name,email\r\nA,a@example.org\r\n,b@example.org\r\nC,nope\r\n")
    assert not result.ok
    assert result.errors[0].startswith("organizations.csv, row 3:") and "name is missing" in result.errors[0]
    assert result.errors[1].startswith("organizations.csv, row 4:")


def test_a_zip_row_error_names_the_table_and_row(client, partners, alice):
    data = client.get(en("core:directory_hsds_csv")).content
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            content = source.read(name)
            if name == "services.csv":
                content = content.replace(b",legal_aid", b",flying")
            archive.writestr(name, content)
    result = hsds.preview_file("d.zip", out.getvalue())
    assert any(e.startswith("services.csv, row ") and "flying" in e for e in result.errors), result.errors


@pytest.mark.parametrize("name, data, message", [
    ("photo.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "neither HSDS JSON"),
    ("list.json", b'{"contents": [{"name": "A"}', "not valid JSON (line 1"),
    ("notes.txt", "Bir not, başka bir şey".encode(), "no “name” column"),
    ("empty.json", b"   ", "The file is empty"),
    ("numbers.json", b"[1, 2]", "not an object"),
])
def test_files_that_are_not_directories_get_a_clear_message(client, alice, city, name, data, message):
    client.force_login(alice)
    response = upload(client, name, data)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_zip_bomb_is_refused_without_unpacking(client, alice, city):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("organizations.csv", b"name\r\n" + b"A" * (40 * 1024 * 1024))
    assert len(out.getvalue()) < 200_000
    client.force_login(alice)
    response = upload(client, "bomb.zip", out.getvalue())
    assert response.status_code == 400
    assert "Nothing was unpacked" in response.content.decode()


def test_a_zip_with_too_many_entries_is_refused(alice, city):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("organizations.csv", b"name\r\nA\r\n")
        for n in range(30):
            archive.writestr(f"extra-{n}.csv", b"x")
    with pytest.raises(hsds.ImportFileError, match="holds 31 files"):
        hsds.preview_file("many.zip", out.getvalue())


def test_a_damaged_zip_and_a_zip_without_organizations(alice, city):
    with pytest.raises(hsds.ImportFileError, match="could not be opened"):
        hsds.preview_file("bad.zip", b"PK\x03\x04" + b"garbage" * 20)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("services.csv", b"id,name\r\n")
    with pytest.raises(hsds.ImportFileError, match="no organizations.csv"):
        hsds.preview_file("x.zip", out.getvalue())


def test_limits_on_size_and_count(client, alice, city, settings):
    with pytest.raises(hsds.ImportFileError, match="larger than 5 MB"):
        hsds.preview_file("big.json", b"[" + b" " * hsds.MAX_BYTES + b"]")
    many = json.dumps([{"name": f"D{n}"} for n in range(hsds.MAX_ORGANIZATIONS + 1)]).encode()
    with pytest.raises(hsds.ImportFileError, match="more than 5000 organizations"):
        hsds.preview_file("many.json", many)


def test_two_records_for_one_organization_are_an_error(alice, city):
    result = hsds.preview_file("d.json", json.dumps([{"name": "Aynı"}, {"name": "AYNI"}]).encode())
    assert result.errors == ["organization 2: the same organization as organization 1"]


def test_a_slug_taken_gets_a_number(alice, city):
    Organization.objects.create(slug="listed-ngo-x", name="Other", kind="ngo")
    result = hsds.preview_file("d.json", json.dumps([{"name": "Ngo", "x_birarada_slug": "ngo"},
                                                     {"name": "Elsewhere Unit", "x_birarada_slug": "elsewhere"}]
                                                    ).encode())
    assert [c.values["slug"] for c in result.creates] == ["ngo-2", "elsewhere-unit"]


def test_the_preview_is_kept_server_side_and_bound_to_the_file(client, alice, partners):
    client.force_login(alice)
    first = upload(client, "a.json", json.dumps([{"name": "Birinci Dernek"}]).encode())
    upload(client, "b.json", json.dumps([{"name": "İkinci Dernek"}]).encode())
    # The first page's confirmation no longer matches the kept file: nothing is saved.
    response = confirm(client, first)
    assert response.status_code == 302
    assert not Organization.objects.filter(name__in=["Birinci Dernek", "İkinci Dernek"]).exists()
    assert "upload the file again" in client.get(response["Location"]).content.decode()


def test_a_record_checked_again_on_confirmation(client, alice, partners):
    client.force_login(alice)
    record = {"name": "Geç Gelen", "description": "yeni", "x_birarada_slug": "gec-gelen"}
    preview = upload(client, "a.json", json.dumps([record]).encode())
    # Meanwhile someone else lists the same organization: the confirmation finds it and updates instead.
    Organization.objects.create(slug="gec-gelen", name="Geç Gelen", kind="ngo", description="önceki")
    assert confirm(client, preview).status_code == 302
    assert Organization.objects.filter(name="Geç Gelen").count() == 1
    assert AuditEvent.objects.get(verb="directory.import").changes["updated"] == 1


def test_a_file_from_other_software_without_our_codes(alice, city):
    """HSDS from another directory: offers found by name, languages by ISO 639-3 codes, accessibility in words
    kept as notes, a service we cannot place left out with a note."""
    document = [{"id": str(uuid.uuid4()), "name": "Open Door Centre", "description": "Drop-in.",
                 "services": [{"name": "Legal aid", "languages": [{"code": "ara"}, {"code": "kmr"}]},
                              {"name": "Yoga", "languages": [{"code": "eng"}, {"code": "xx", "name": "Klingon"}]}],
                 "locations": [{"location_type": "physical", "addresses": [{"city": "Ankara", "country": "TR"}],
                                "accessibility": [{"description": "Wheelchair access", "details": "via the lift"}]}]}]
    result = hsds.preview_file("other.json", json.dumps(document).encode())
    values = result.creates[0].values
    assert values["offers"] == ["legal_aid"]
    assert values["languages_served"] == ["ar", "ku", "en"]
    assert values["accessibility"] == [] and values["accessibility_notes"] == "Wheelchair access via the lift"
    assert values["city"] == "Ankara" and values["province"] == ""
    assert any("Yoga" in w for w in result.warnings) and any("Klingon" not in w and "xx" in w
                                                             for w in result.warnings)
    assert result.ok
