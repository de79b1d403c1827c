"""Turkish sorting: İzmir before Karşıyaka, Çiğli after Buca, ı before i, on every database."""

import pytest

from birarada.core.collation import sorted_turkish, turkish_key
from birarada.core.models import Organization, OrganizationKind, Role


def test_names_sort_by_the_turkish_alphabet():
    names = ["Zonguldak", "Karşıyaka", "İzmir", "Urla", "Çiğli", "Ödemiş", "Ilgaz", "Buca", "Şile", "Gaziemir",
             "ığdır", "istanbul", "Cide", "Ünye", "Sinop", "Ordu", "Ağrı", "Acıpayam"]
    assert sorted_turkish(names, key=str) == [
        "Acıpayam", "Ağrı", "Buca", "Cide", "Çiğli", "Gaziemir", "ığdır", "Ilgaz", "istanbul", "İzmir", "Karşıyaka",
        "Ordu", "Ödemiş", "Sinop", "Şile", "Urla", "Ünye", "Zonguldak"]
    # What plain sorting gets wrong.
    assert sorted(names).index("İzmir") > sorted(names).index("Zonguldak")


def test_case_does_not_matter_and_spaces_come_first():
    assert turkish_key("İZMİR") == turkish_key("izmir")
    assert turkish_key("IĞDIR") == turkish_key("ığdır")
    assert sorted_turkish(["Akademi", "Ak Sanat"], key=str) == ["Ak Sanat", "Akademi"]


@pytest.fixture
def cities(db):
    found = {}
    for slug, name in (("karsiyaka", "Karşıyaka Eşitlik Masası"), ("izmir", "İzmir Eşitlik Birimi"),
                       ("cigli", "Çiğli Eşitlik Masası")):
        found[slug] = Organization.objects.create(slug=slug, name=name, kind=OrganizationKind.NGO, city="İzmir",
                                                  uses_platform=True, listed_in_directory=True)
    return found


def test_the_directory_lists_organizations_in_turkish_order(client, cities):
    html = client.get("/tr/directory/").content.decode()
    html = html[html.index('id="results-heading"'):]  # the list, below the filters and the province map
    assert html.index("Çiğli") < html.index("İzmir") < html.index("Karşıyaka")


def test_a_person_lands_where_they_last_worked_then_in_turkish_order(client, cities, make_member):
    from birarada.core.actions import do_update_organization_profile

    worker = make_member("cw", cities["karsiyaka"], Role.ADMIN)
    make_member("cw", cities["izmir"], Role.ADMIN)
    client.force_login(worker)
    # No work recorded yet: the first in Turkish order (İzmir), not Karşıyaka.
    assert client.get("/tr/workspace/")["Location"] == "/tr/workspace/izmir/"
    client.logout()
    do_update_organization_profile(cities["karsiyaka"], description="Güncel.", actor=worker)
    client.force_login(worker)
    assert client.get("/tr/workspace/")["Location"] == "/tr/workspace/karsiyaka/"
