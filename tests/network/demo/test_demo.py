"""The network demo: a second city, two networks, the observatory and the method pool, loaded twice without
duplicating anything."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from birarada.core.demo import demo_password, load_demo_city
from birarada.core.models import AuditEvent, Membership, Organization, OrganizationKind, Role
from birarada.events.demo import load_demo_events
from birarada.network import access, observatory
from birarada.network.choices import MethodStatus, NetworkRole, PracticeStatus
from birarada.network.demo import CULTURE_NETWORK, NETWORK, load_demo_network
from birarada.network.methods import steps_of
from birarada.network.models import (
    JointAction,
    Mentoring,
    MentoringMeeting,
    Method,
    MethodUse,
    NetworkMembership,
    Practice,
    PracticeTag,
    PracticeText,
    ReviewComment,
)
from birarada.network.search import search_practices

SEED_CITIES = {"Seoul", "Goicoechea", "Mechelen", "Nador", "Lisbon", "Grenoble", "Barcelona"}


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo_city()
    load_demo_events()
    return load_demo_network()


def counts():
    models = (Organization, Membership, NetworkMembership, Practice, PracticeText, PracticeTag, ReviewComment, Method,
              MethodUse, JointAction, Mentoring, MentoringMeeting, AuditEvent, get_user_model())
    return {model.__name__: model.objects.count() for model in models}


def test_loading_twice_creates_nothing_new(demo):
    before = counts()
    assert before["Practice"] == 12 and before["Method"] == 5
    again = load_demo_network()
    assert counts() == before
    assert again == demo and "admin.eskisehir" in demo and "coordinator.network" in demo


def test_it_needs_the_demo_city_first(db):
    assert load_demo_network() == ""
    assert not Practice.objects.exists()


def test_a_second_city_with_its_admin_and_partners_in_three_more_provinces(demo):
    eskisehir = Organization.objects.get(slug="eskisehir")
    assert (eskisehir.kind, eskisehir.city, eskisehir.province, eskisehir.uses_platform) == (
        OrganizationKind.METROPOLITAN_MUNICIPALITY, "Eskişehir", "26", True)
    admin = get_user_model().objects.get(username="admin.eskisehir")
    assert admin.check_password(demo_password())
    assert Membership.objects.filter(user=admin, organization=eskisehir, role=Role.ADMIN).exists()
    partners = Organization.objects.in_directory().partners()
    assert {o.kind for o in partners.filter(city="Eskişehir")} == {OrganizationKind.NGO,
                                                                   OrganizationKind.ARTS_INSTITUTION}
    assert partners.filter(province="01").exists() and partners.filter(province="21").exists()


def test_every_directory_profile_is_filled_and_valid(demo):
    izmir_demo = Organization.objects.filter(city="İzmir")
    assert izmir_demo.count() == 8 and set(izmir_demo.values_list("province", flat=True)) == {"35"}
    listed = Organization.objects.in_directory().exclude(kind=OrganizationKind.NETWORK)
    assert listed.count() == 17
    for organization in listed:
        organization.full_clean()
        assert organization.offers and organization.languages_served and organization.public_phone, organization
        assert organization.province, organization
    assert all(o.accessibility for o in listed.filter(slug__in=["izmir", "eskisehir", "engelsiz-kent"]))


def test_two_networks_with_members_joining_and_leaving(demo):
    network = Organization.objects.get(slug=NETWORK)
    assert (network.kind, network.uses_platform) == (OrganizationKind.NETWORK, True)
    members = NetworkMembership.objects.filter(network=network)
    assert members.get(member__slug="izmir").role == NetworkRole.COORDINATOR
    assert len(set(members.values_list("joined_on", flat=True))) == members.count()
    left = members.filter(left_on__isnull=False)
    assert list(left.values_list("member__slug", flat=True)) == ["renkli-adimlar"]
    current = access.current_memberships().filter(network=network)
    assert {"izmir", "eskisehir", "bornova", "karsiyaka", "kusak-goc"} <= set(
        current.values_list("member__slug", flat=True))
    assert "renkli-adimlar" not in set(current.values_list("member__slug", flat=True))
    assert set(current.filter(shares_statistics=True).values_list("member__slug", flat=True)) == {"izmir",
                                                                                                 "eskisehir"}
    coordinator = get_user_model().objects.get(username="coordinator.network")
    assert Membership.objects.filter(user=coordinator, organization=network, role=Role.COORDINATOR).exists()
    culture = NetworkMembership.objects.filter(network__slug=CULTURE_NETWORK)
    assert set(culture.values_list("member__city", flat=True)) == {"Eskişehir", "Adana", "Diyarbakır"}
    assert {OrganizationKind.DISTRICT_MUNICIPALITY, OrganizationKind.NGO, OrganizationKind.ARTS_INSTITUTION} <= set(
        culture.values_list("member__kind", flat=True))


def test_the_observatory_holds_the_seven_seed_cities_and_three_turkish_practices(demo):
    published = access.public_practices()
    assert published.count() == 10
    assert SEED_CITIES <= set(published.values_list("city", flat=True))
    assert published.filter(country="TR").count() == 3
    for practice in published.prefetch_related("texts"):
        languages = {t.language for t in practice.texts.all()}
        assert languages == ({"en"} if practice.city == "Lisbon" else {"tr", "en"}), practice.slug
        assert len(observatory.complete_texts(practice)) == len(languages), practice.slug
        assert practice.themes and practice.sources and practice.licence == "CC-BY-4.0"
        assert practice.published_at is not None and not observatory.changed_after_publication(practice)
        assert practice.network.slug == NETWORK
        assert access.current_memberships().filter(network=practice.network, member=practice.owner).exists()
        assert PracticeTag.objects.filter(practice=practice, facet="theme").exists()
        assert all(t.search_text for t in practice.texts.all())
        assert "http" not in practice.sources
    waiting = Practice.objects.get(status=PracticeStatus.IN_REVIEW)
    assert waiting.comments.count() == 1 and waiting.published_at is None
    assert Practice.objects.filter(status=PracticeStatus.DRAFT).count() == 1


@pytest.mark.parametrize("word", ["mülteci", "refugee"])
def test_refugee_practices_are_found_in_turkish_and_english(demo, word):
    found = {p.city for p in search_practices(word, {}).items}
    assert {"Nador", "Mechelen"} <= found


def test_the_method_pool_is_complete_and_used(demo):
    methods = access.public_methods()
    assert methods.count() == 5 and not Method.objects.exclude(status=MethodStatus.PUBLISHED).exists()
    for method in methods:
        assert 5 <= len(steps_of(method)) <= 8, method.slug
        for field in ("purpose", "audience", "materials", "facilitation", "accessibility", "risks", "variations"):
            assert getattr(method, field).strip(), (method.slug, field)
        assert method.grounds and method.group_min and method.group_max and method.duration_minutes
        assert method.language == "tr" and method.practices.exists() and method.developed_by.exists()
    uses = MethodUse.objects.all()
    assert uses.count() == 3 and all(1 <= u.rating <= 5 for u in uses)
    event = uses.get(event__isnull=False).event
    assert event is not None and event.organization.slug == "izmir" and event.slug == "egitim-1"
    assert uses.get(event=event).used_on == timezone.localdate(event.starts_at)


def test_joint_actions_and_mentoring_in_the_first_network(demo):
    actions = JointAction.objects.filter(network__slug=NETWORK)
    assert actions.count() == 2 and all(a.organizations.count() >= 3 for a in actions)
    pairs = Mentoring.objects.filter(network__slug=NETWORK)
    assert pairs.count() == 2 and all(p.meetings.count() >= 2 for p in pairs)
    assert pairs.filter(mentor__slug="eskisehir", mentee__city="Diyarbakır", mentee__kind="ngo").exists()
