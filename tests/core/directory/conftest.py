"""A directory of partners in several provinces and one abroad, besides the shared small city (tests/conftest.py):
izmir (İzmir Equality Unit, on the platform), bornova, elsewhere (Eskişehir), ngo (Listed NGO, İzmir)."""

import pytest

from birarada.core.models import Organization, OrganizationKind


@pytest.fixture(autouse=True)
def english_messages():
    """Messages built in Python are read in English here (pages choose their language by address)."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def partners(city):
    def make(slug, name, **fields):
        fields.setdefault("kind", OrganizationKind.NGO)
        return Organization.objects.create(slug=slug, name=name, **fields)

    return {
        "kusak": make("kusak-goc", "Kuşak Göç Derneği", city="IZMIR", province="35", grounds=["migration"],
                      offers=["legal_aid", "interpretation"], languages_served=["tr", "ar", "fa"],
                      accessibility=["step_free", "sign_language"], accessibility_notes="Rampa arka kapıda.",
                      public_phone="+90 232 555 00 00", address="Alsancak Mah. 1453 Sok. No: 5",
                      description="Göçmenlere hukuki destek ve tercümanlık.", website="https://kusak.example.org",
                      public_email="bilgi@kusak.example.org", contact_name="Ayşe Yılmaz",
                      contact_email="ayse@kusak.example.org"),
        "sanat": make("sahne-izmir", "Sahne İzmir", kind=OrganizationKind.ARTS_INSTITUTION, city="izmir",
                      offers=["venue", "arts"], languages_served=["tr", "en"], accessibility=["step_free"]),
        "ankara": make("engelsiz-ankara", "Engelsiz Yaşam Ankara", city="Ankara", grounds=["disability"],
                       offers=["counselling"], languages_served=["tr", "tsm"],
                       accessibility=["step_free", "hearing_loop", "easy_read"]),
        "uni": make("ege-uni", "Ege Üniversitesi Toplumsal Cinsiyet Merkezi", kind=OrganizationKind.UNIVERSITY,
                    city="Bornova", province="35", offers=["research", "training"], languages_served=["tr", "en"]),
        "brussels": make("equinet-be", "Brussels Equality Network", city="Brussels", country="BE",
                         offers=["training"], languages_served=["fr", "en"]),
        "hidden": make("gizli", "Gizli Dernek", city="İzmir", listed_in_directory=False,
                       contact_name="Gizli Kişi"),
    }
