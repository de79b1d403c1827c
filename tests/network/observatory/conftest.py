"""The observatory's fixtures: a network ("agi") whose members are izmir (coordinating the network), bornova and
elsewhere; people who write practices and who edit the observatory; ready-made practices.

- `author`   — writes practices for izmir (communications officer)
- `editor`   — the network's own coordinator: reviews and publishes
- `rival`    — a coordinator of elsewhere, another member of the same network (sees none of izmir's drafts)
"""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.utils import timezone

from birarada.core.models import Organization, OrganizationKind, Role
from birarada.network import observatory as actions
from birarada.network.choices import NetworkRole
from birarada.network.models import NetworkMembership


@pytest.fixture(autouse=True)
def english_messages():
    """Actions' messages are read in English here (pages choose their language by address)."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def join(network: Organization, member: Organization, role: str = NetworkRole.MEMBER):
    return NetworkMembership.objects.create(network=network, member=member, role=role,
                                            joined_on=timezone.localdate() - timedelta(days=30))


@pytest.fixture
def network(city):
    agi = Organization.objects.create(slug="agi", name="Kapsayıcı Kentler Ağı", kind=OrganizationKind.NETWORK,
                                      city="İzmir", uses_platform=True)
    join(agi, city["izmir"], NetworkRole.COORDINATOR)
    join(agi, city["bornova"])
    join(agi, city["elsewhere"])
    return agi


@pytest.fixture
def author(city, make_member, network):
    return make_member("author", city["izmir"], Role.COMMUNICATIONS, first_name="Ayşe", last_name="Yılmaz")


@pytest.fixture
def editor(network, make_member):
    return make_member("editor", network, Role.COORDINATOR, first_name="Emre")


@pytest.fixture
def rival(city, make_member, network):
    return make_member("rival", city["elsewhere"], Role.COORDINATOR)


TURKISH = {
    "title": "Mültecilere Türkçe Kursu ve Mahalle Buluşmaları",
    "summary": "Belediye, mülteci kadınlar için mahalle merkezlerinde ücretsiz kurslar açtı.",
    "challenge": "Mülteciler hizmetlere ulaşamıyordu.",
    "action": "Dört mahallede haftalık kurslar ve komşuluk buluşmaları düzenlendi.",
    "results": "320 kişi kursu bitirdi.",
    "quote": "Artık komşularımla konuşabiliyorum.",
    "quote_by": "Bir katılımcı",
}
ENGLISH = {
    "title": "Welcoming Refugees in the Neighbourhood",
    "summary": "The city opened free language courses for refugee women in neighbourhood centres.",
    "challenge": "Refugees could not reach services.",
    "action": "Weekly courses and neighbourly meetings were held in four districts.",
    "results": "320 people finished the course.",
    "quote": "Now I can talk to my neighbours.",
    "quote_by": "A participant",
}
FACTS = {
    "city": "İzmir", "country": "TR", "population": 4_400_000, "started": 2021, "ended": None,
    "themes": ["migration", "social_inclusion"], "grounds": ["migration"], "areas": ["education"],
    "other_organizations": "Mahalle muhtarlıkları", "sources": "Belediye haberi https://example.org/haber",
    "licence": "CC-BY-4.0",
}


def make_practice(owner, network, *, language="tr", text=None, status="draft", organizations=(), **facts):
    """A practice of `owner` through the actions; `status` "in_review" or "published" moves it on."""
    practice = actions.do_create_practice(owner, network=network, language=language, actor=None,
                                          organizations=organizations,
                                          **{**FACTS, **facts}, **(text or (TURKISH if language == "tr" else ENGLISH)))
    if status in ("in_review", "published"):
        practice = actions.do_submit_practice(practice, actor=None)
    if status == "published":
        practice = actions.do_publish_practice(practice, actor=None)
    return practice


def new_form(network, **overrides) -> dict:
    """The new-practice form's POST data."""
    data = {"network": network.pk, "language": "tr", **TURKISH, **FACTS, **overrides}
    return {key: value for key, value in data.items() if value is not None}


def pdf_bytes() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png_bytes() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def upload(name: str, data: bytes, content_type: str = "application/octet-stream"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type=content_type)
