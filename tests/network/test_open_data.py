"""The network's open datasets, through the observatory's and the method pool's own actions: a practice or a
method appears when the network's editors publish it, with every language version, and leaves when unpublished."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from birarada.core.models import Organization, OrganizationKind
from birarada.network import methods, observatory
from birarada.network.models import NetworkMembership


@pytest.fixture
def network(city):
    agi = Organization.objects.create(slug="agi", name="Kapsayıcı Kentler Ağı", kind=OrganizationKind.NETWORK,
                                      city="İzmir", uses_platform=True)
    NetworkMembership.objects.create(network=agi, member=city["izmir"], role="coordinator",
                                     joined_on=timezone.localdate() - timedelta(days=30))
    return agi


def rows(client, key, query=""):
    response = client.get(f"/api/v1/open/{key}/?{query}")
    assert response.status_code == 200
    return json.loads(response.content)["results"]


def test_a_practice_appears_once_published_in_every_language(client, city, network):
    practice = observatory.do_create_practice(
        city["izmir"], network=network, language="tr", actor=None, themes=["hate_speech"], city="İzmir",
        title="Mahalle diyalog masaları", summary="Komşular bir araya geldi.", action="Her ay bir masa kuruldu.")
    observatory.do_save_practice_text(practice, "ar", actor=None, title="طاولات الحوار", summary="اجتمع الجيران.",
                                      action="طاولة كل شهر.")
    assert rows(client, "practices") == []
    observatory.do_submit_practice(practice, actor=None)
    assert rows(client, "practices") == []  # in review: not yet
    observatory.do_publish_practice(practice, actor=None)
    [row] = rows(client, "practices")
    assert row["slug"] == practice.slug and row["languages"] == ["ar", "tr"]
    assert row["texts"]["ar"]["title"] == "طاولات الحوار" and row["texts"]["tr"]["action"] == "Her ay bir masa kuruldu."
    assert row["themes"] == ["hate_speech"] and row["url"].endswith(f"/tr/observatory/{practice.slug}/")
    raw = client.get("/api/v1/open/practices/").content
    assert "طاولات الحوار".encode() in raw  # UTF-8, not \\u escapes
    observatory.do_unpublish_practice(practice, actor=None)
    assert rows(client, "practices") == []


def test_a_method_appears_once_published(client, city, network):
    method = methods.do_create_method(city["izmir"], network=network, actor=None, title="Empati yürüyüşü",
                                      purpose="Bakış açısı değiştirmek", audience="Gençler",
                                      steps="Eşleşin\nYürüyün\nKonuşun", language="tr", licence="CC-BY-4.0")
    assert rows(client, "methods") == []
    methods.do_publish_method(method, actor=None)
    [row] = rows(client, "methods")
    assert row["title"] == "Empati yürüyüşü" and row["steps"] == ["Eşleşin", "Yürüyün", "Konuşun"]
    assert row["owner"] == {"slug": "izmir", "name": "İzmir Equality Unit"}
    assert row["network"] == {"slug": "agi", "name": "Kapsayıcı Kentler Ağı"}
    methods.do_unpublish_method(method, actor=None)
    assert rows(client, "methods") == []


def test_no_network_membership_is_published(client, city, network):
    listed = {d["key"] for d in json.loads(client.get("/api/v1/open/").content)["datasets"]}
    assert not any("member" in key for key in listed)
    organizations = rows(client, "organizations", "page_size=500")
    assert all("network" not in row for row in organizations)
