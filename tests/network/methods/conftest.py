"""The method pool's fixtures: a network ("agi") whose members are izmir (coordinating the network), bornova and
elsewhere; a partner NGO on the platform outside it; people who write methods and who edit the pool."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.utils import timezone

from birarada.core.models import Organization, OrganizationKind, Role
from birarada.network import methods as actions
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


def join(network: Organization, member: Organization, role: str = NetworkRole.MEMBER, *, days_ago: int = 30):
    return NetworkMembership.objects.create(network=network, member=member, role=role,
                                            joined_on=timezone.localdate() - timedelta(days=days_ago))


@pytest.fixture
def network(city):
    agi = Organization.objects.create(slug="agi", name="Kapsayıcı Kentler Ağı", kind=OrganizationKind.NETWORK,
                                      city="İzmir", uses_platform=True)
    join(agi, city["izmir"], NetworkRole.COORDINATOR)
    join(agi, city["bornova"])
    join(agi, city["elsewhere"])
    return agi


@pytest.fixture
def kusak(city):
    """A partner NGO on the platform, listed in the directory, in no network."""
    return Organization.objects.create(slug="kusak", name="Kuşak Derneği", kind=OrganizationKind.NGO,
                                       city="İzmir", uses_platform=True)


@pytest.fixture
def writer(city, make_member, network):
    """Writes methods for izmir (communications officer)."""
    return make_member("writer", city["izmir"], Role.COMMUNICATIONS)


@pytest.fixture
def editor(network, make_member):
    """The network's own coordinator: reviews and publishes its pool."""
    return make_member("editor", network, Role.COORDINATOR)


@pytest.fixture
def elsewhere_coordinator(city, make_member, network):
    """A coordinator of another member (elsewhere): writes methods, logs uses, sees its own events."""
    return make_member("elsewhere-coordinator", city["elsewhere"], Role.COORDINATOR)


METHOD = {
    "title": "Önyargı Çarkı: Işık ve Gölge",
    "language": "tr",
    "purpose": "Katılımcılar gündelik önyargıları fark eder ve karşı söylem geliştirir.",
    "grounds": ["migration", "ethnicity"],
    "audience": "Gençler ve belediye personeli",
    "group_min": 8,
    "group_max": 20,
    "duration_minutes": 90,
    "materials": "Kartlar, kalemler, bir çark",
    "steps": "Tanışma oyunu\nÇarkı çevirin ve kartı okuyun\nKüçük gruplarda tartışın\nDeğerlendirme",
    "facilitation": "Yargılamadan dinleyin.",
    "accessibility": "Kartların büyük puntolu ve kabartma yazılı sürümü var.",
    "risks": "Ayrımcı bir söz söylenirse durun ve kuralları hatırlatın.",
    "variations": "Çevrimiçi de yapılabilir.",
    "licence": "CC-BY-4.0",
}


def make_method(owner, network, *, publish: bool = False, **overrides):
    method = actions.do_create_method(owner, network=network, actor=None, **{**METHOD, **overrides})
    if publish:
        method = actions.do_publish_method(method, actor=None)
    return method


def form_data(network, **overrides) -> dict:
    """The method form's POST data."""
    data = {**METHOD, "network": network.pk, **overrides}
    return {key: value for key, value in data.items() if value is not None}


def make_event(organization, slug="atolye", *, days_ago: int = 3, is_public: bool = True, title="Önyargı atölyesi"):
    from birarada.events.actions import do_create_event

    start = timezone.now() - timedelta(days=days_ago)
    return do_create_event(organization, slug=slug, kind="workshop", title=title, starts_at=start,
                           ends_at=start + timedelta(hours=2), actor=None, is_public=is_public)


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


def docx_bytes(text: str = "Çark kartları") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def upload(name: str, data: bytes, content_type: str = "application/octet-stream"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type=content_type)
