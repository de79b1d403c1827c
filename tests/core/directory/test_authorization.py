"""The import page in the shared matrix (tests/core/test_authorization.py: directory_import and
directory_import_preview, administrators only); here: a confirmation by anyone else saves nothing."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from birarada.core.models import AuditEvent, Organization
from tests import authz
from tests.conftest import en

FILE = json.dumps([{"name": "Yetkisiz Dernek"}]).encode()


@pytest.mark.parametrize("role", sorted(set(authz.ALL_ROLES) - {"admin"}))
def test_only_administrators_preview_and_confirm(client, city, alice, make_member, role):
    client.force_login(alice)
    preview = client.post(en("core:directory_import", "izmir"), {"file": SimpleUploadedFile("d.json", FILE)})
    digest = preview.context["digest"]
    client.force_login(make_member(f"person-{role}", city["izmir"], role))
    url = en("core:directory_import", "izmir")
    assert client.get(url).status_code == 404
    assert client.post(url, {"file": SimpleUploadedFile("d.json", FILE)}).status_code == 404
    assert client.post(url, {"confirm": "1", "digest": digest}).status_code == 404
    assert not Organization.objects.filter(name="Yetkisiz Dernek").exists()
    assert not AuditEvent.objects.filter(verb="directory.import").exists()


def test_a_metropolitan_administrator_cannot_import_through_a_district(client, city, alice):
    client.force_login(alice)
    assert client.get(en("core:directory_import", "bornova")).status_code == 404
    assert client.get(en("core:directory_import", "ngo")).status_code == 404  # a listing has no workspace
