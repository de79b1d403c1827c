"""Fixtures of the networks part: a national network of equality units with members in several cities.

- `network`       — "Eşitlik Birimleri Ağı", an organization of kind network on the platform
- `network_staff` — its own coordinator
- `members`       — organizations of several cities: izmir (metropolitan), elsewhere (Eskişehir), ankara,
                    ngo (listed in the directory, not on the platform); none a member yet
"""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from birarada.core.models import Organization, OrganizationKind, Role
from birarada.network import networks as actions
from birarada.network.choices import NetworkRole


@pytest.fixture(autouse=True)
def english_messages():
    """Actions' messages are read in English here (pages choose their language by address)."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def network(city):
    return Organization.objects.create(
        slug="esitlik-agi", name="Eşitlik Birimleri Ağı", kind=OrganizationKind.NETWORK, uses_platform=True,
        description="Türkiye'deki eşitlik birimlerinin ulusal ağı.", city="Ankara")


@pytest.fixture
def network_staff(network, make_member):
    return make_member("net-coord", network, Role.COORDINATOR)


@pytest.fixture
def members(city):
    ankara = Organization.objects.create(
        slug="ankara", name="Ankara Eşitlik Birimi", kind=OrganizationKind.METROPOLITAN_MUNICIPALITY,
        city="Ankara", uses_platform=True)
    return {"izmir": city["izmir"], "elsewhere": city["elsewhere"], "ankara": ankara, "ngo": city["ngo"]}


def long_ago(days: int = 400) -> date:
    return timezone.localdate() - timedelta(days=days)


@pytest.fixture
def join(network):
    """`join(organization, role="member", shares=False)`: a membership that started long ago."""

    def make(organization, role=NetworkRole.MEMBER, shares=False, joined_on=None):
        membership = actions.do_add_member(network, organization, role=role, joined_on=joined_on or long_ago(),
                                           actor=None)
        if shares:
            actions.do_set_statistics_sharing(membership, share=True, actor=None)
        return membership

    return make
