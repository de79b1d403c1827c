"""A network's staff add members, run joint actions and mentoring; the public page shows them (never the
meetings' notes); bad input is refused with a message and nothing saved; coordinating members act for the network."""

import re
from datetime import timedelta

from django.utils import timezone

from birarada.core.models import AuditEvent, Role
from birarada.network.models import JointAction, Mentoring, MentoringMeeting, NetworkMembership
from tests.conftest import en
from tests.network.networks.conftest import long_ago


def main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main"):html.index("</main>")]


def test_staff_build_the_network_and_the_public_page_shows_it(client, network, network_staff, members):
    client.force_login(network_staff)
    joined = long_ago(30).isoformat()
    for slug, role in (("izmir", "coordinator"), ("elsewhere", "member"), ("ankara", "member"), ("ngo", "member")):
        response = client.post(en("network:members", network.slug),
                               {"organization": members[slug].pk, "role": role, "joined_on": joined})
        assert response.status_code == 302, main(response)
    assert set(NetworkMembership.objects.filter(network=network).values_list("member__slug", "role")) == {
        ("izmir", "coordinator"), ("elsewhere", "member"), ("ankara", "member"), ("ngo", "member")}
    page = main(client.get(en("network:members", network.slug)))
    assert "İzmir Equality Unit" in page and "Listed NGO" in page
    # Who is already a member is no longer offered.
    add_form = page[page.index('id="add-title"'):]
    assert f'value="{members["izmir"].pk}"' not in add_form and f'value="{network.pk}"' not in add_form

    today = timezone.localdate()
    response = client.post(en("network:joint_actions", network.slug), {
        "title": "Ortak nefret söylemi izleme haftası", "goal": "İki kentte aynı hafta yerel medyayı izlemek.",
        "organizations": [members["izmir"].pk, members["elsewhere"].pk], "starts_on": today.isoformat(),
        "ends_on": (today + timedelta(days=30)).isoformat(), "steps": "Yöntem seç\n\n  Gönüllüleri eğit  \n",
        "outcomes": "Ortak rapor yayımlandı.", "status": "under_way", "public": "on"})
    assert response.status_code == 302, main(response)
    action = JointAction.objects.get(network=network)
    assert action.steps == "Yöntem seç\nGönüllüleri eğit"
    assert set(action.organizations.values_list("slug", flat=True)) == {"izmir", "elsewhere"}
    hidden = client.post(en("network:joint_actions", network.slug), {
        "title": "İç hazırlık toplantısı", "goal": "Gizli gündem.", "status": "planned",
        "organizations": [members["izmir"].pk, members["ankara"].pk], "starts_on": today.isoformat(),
        "ends_on": today.isoformat()})
    assert hidden.status_code == 302 and not JointAction.objects.get(title="İç hazırlık toplantısı").public

    response = client.post(en("network:mentoring", network.slug), {
        "mentor": members["izmir"].pk, "mentee": members["ankara"].pk, "topics": "Başvuru karşılama, eşitlik planı",
        "starts_on": long_ago(10).isoformat(), "public": "on"})
    pair = Mentoring.objects.get(network=network)
    assert response.status_code == 302 and response["Location"] == en("network:mentoring_pair", network.slug, pair.pk)
    response = client.post(en("network:mentoring_change", network.slug, pair.pk, "meeting"), {
        "held_on": long_ago(2).isoformat(), "summary": "Gizli not: vaka dosyalarını birlikte okuduk",
        "next_steps": "Ankara ilk planını yazacak"})
    assert response.status_code == 302
    staff_page = main(client.get(en("network:mentoring_pair", network.slug, pair.pk)))
    assert "Gizli not: vaka dosyalarını birlikte okuduk" in staff_page

    client.logout()
    public = main(client.get(en("network:network", network.slug)))
    assert "Eşitlik Birimleri Ağı" in public and "ulusal ağı" in public
    assert "4 members" in public and "in 3 cities" in public
    # Cities in Turkish order: Ankara, Eskişehir, İzmir; the NGO is in İzmir too.
    cities = re.findall(r"<h3><bdi>([^<]+)</bdi></h3>", public[:public.index('id="joint-title"')])
    assert cities == ["Ankara", "Eskişehir", "İzmir"]
    izmir_group = public[public.index("<bdi>İzmir</bdi></h3>"):public.index('id="joint-title"')]
    assert "İzmir Equality Unit" in izmir_group and "Listed NGO" in izmir_group
    assert "coordinator of the network" in izmir_group
    assert f'href="{en("core:organization_detail", "izmir")}"' in public
    # Joint actions: only the public one, with its members, period, status, goal and outcomes.
    assert "Ortak nefret söylemi izleme haftası" in public and "İç hazırlık toplantısı" not in public
    assert "Under way" in public and "aynı hafta yerel medyayı" in public and "Ortak rapor yayımlandı." in public
    joint = public[public.index('id="joint-title"'):public.index('id="mentoring-title"')]
    assert "İzmir Equality Unit" in joint and "Elsewhere Equality Unit" in joint
    # Mentoring: the pair, its topics and its number of meetings; never the notes.
    mentoring = public[public.index('id="mentoring-title"'):public.index('id="learning-title"')]
    assert "Ankara Eşitlik Birimi" in mentoring and "Başvuru karşılama" in mentoring
    assert re.search(r"data-label=\"Meetings\">1</td>", mentoring)
    assert "Gizli not" not in public and "ilk planını" not in public

    listing = main(client.get(en("network:networks")))
    assert "Eşitlik Birimleri Ağı" in listing and "4 members" in listing and "3 cities" in listing


def test_each_change_writes_one_audit_row_for_the_network(client, network, network_staff, members, join):
    client.force_login(network_staff)
    before = AuditEvent.objects.count()
    client.post(en("network:members", network.slug),
                {"organization": members["izmir"].pk, "role": "member", "joined_on": long_ago().isoformat()})
    membership = NetworkMembership.objects.get(network=network, member=members["izmir"])
    client.post(en("network:member_change", network.slug, membership.pk, "role"), {"role": "coordinator"})
    client.post(en("network:member_change", network.slug, membership.pk, "end"),
                {"left_on": long_ago(5).isoformat()})
    rows = list(AuditEvent.objects.order_by("pk")[before:].values_list("verb", "organization__slug"))
    assert rows == [("network.member_add", "esitlik-agi"), ("network.member_role", "esitlik-agi"),
                    ("network.member_end", "esitlik-agi")]
    membership.refresh_from_db()
    assert membership.role == "coordinator" and membership.left_on == long_ago(5)
    page = main(client.get(en("network:members", network.slug)))
    assert "Past members" in page and "İzmir Equality Unit" in page[page.index("Past members"):]
    # A past member may join again; it chooses again whether to share.
    response = client.post(en("network:members", network.slug),
                           {"organization": members["izmir"].pk, "role": "member",
                            "joined_on": timezone.localdate().isoformat()})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.left_on is None and membership.joined_on == timezone.localdate()
    assert AuditEvent.objects.latest("pk").changes["previous"]["left_on"] == long_ago(5).isoformat()


def test_bad_input_is_refused_with_a_message_and_nothing_saved(client, network, network_staff, members, join):
    izmir, elsewhere = join(members["izmir"]), join(members["elsewhere"])
    client.force_login(network_staff)
    audit = AuditEvent.objects.count()
    today = timezone.localdate()

    # Left before it joined.
    response = client.post(en("network:member_change", network.slug, izmir.pk, "end"),
                           {"left_on": (izmir.joined_on - timedelta(days=1)).isoformat()})
    assert response.status_code == 400
    assert "cannot leave before it joined" in main(response)
    izmir.refresh_from_db()
    assert izmir.left_on is None

    joint = {"title": "Tek başına", "goal": "Bir hedef", "starts_on": today.isoformat(),
             "ends_on": today.isoformat(), "status": "planned"}
    # One organization only.
    response = client.post(en("network:joint_actions", network.slug), {**joint, "organizations": [izmir.member_id]})
    assert response.status_code == 400 and "at least two organizations" in main(response)
    # An organization that is not a member.
    response = client.post(en("network:joint_actions", network.slug),
                           {**joint, "organizations": [izmir.member_id, members["ankara"].pk]})
    assert response.status_code == 400 and "Only current members of the network can take part" in main(response)
    # Ends before it starts.
    response = client.post(en("network:joint_actions", network.slug),
                           {**joint, "organizations": [izmir.member_id, elsewhere.member_id],
                            "ends_on": (today - timedelta(days=1)).isoformat()})
    assert response.status_code == 400 and "cannot end before it starts" in main(response)
    assert not JointAction.objects.exists()

    # Mentor and mentee the same.
    pair = {"topics": "Planlama", "starts_on": long_ago(20).isoformat()}
    response = client.post(en("network:mentoring", network.slug),
                           {**pair, "mentor": izmir.member_id, "mentee": izmir.member_id})
    assert response.status_code == 400 and "two different organizations" in main(response)
    # A mentee that is not a member.
    response = client.post(en("network:mentoring", network.slug),
                           {**pair, "mentor": izmir.member_id, "mentee": members["ankara"].pk})
    assert response.status_code == 400 and "Only current members of the network can be mentored" in main(response)
    assert not Mentoring.objects.exists()

    # A meeting in the future; a meeting before the pair started.
    from birarada.network import networks as actions

    started = actions.do_create_mentoring(network, mentor=izmir.member, mentee=elsewhere.member, topics="Plan",
                                          starts_on=long_ago(20), actor=None)
    audit = AuditEvent.objects.count()
    for held_on, message in (((today + timedelta(days=1)), "the date is in the future"),
                             (long_ago(30), "before the mentoring started")):
        response = client.post(en("network:mentoring_change", network.slug, started.pk, "meeting"),
                               {"held_on": held_on.isoformat(), "summary": "Not"})
        assert response.status_code == 400 and message in main(response)
    # Ended before it started.
    response = client.post(en("network:mentoring_change", network.slug, started.pk, "end"),
                           {"ends_on": long_ago(30).isoformat()})
    assert response.status_code == 400 and "cannot end before it started" in main(response)
    # An organization already a member; one that does not exist.
    response = client.post(en("network:members", network.slug),
                           {"organization": izmir.member_id, "role": "member", "joined_on": today.isoformat()})
    assert response.status_code == 400 and "not a member yet" in main(response)
    response = client.post(en("network:members", network.slug),
                           {"organization": "999999", "role": "member", "joined_on": today.isoformat()})
    assert response.status_code == 400
    assert not MentoringMeeting.objects.exists()
    started.refresh_from_db()
    assert started.ends_on is None
    assert AuditEvent.objects.count() == audit
    assert NetworkMembership.objects.filter(network=network).count() == 2


def test_a_member_that_left_cannot_join_a_new_joint_action(network, members, join):
    from birarada.network import networks as actions

    izmir, elsewhere, ankara = join(members["izmir"]), join(members["elsewhere"]), join(members["ankara"])
    today = timezone.localdate()
    action = actions.do_save_joint_action(network, title="Ortak eylem", goal="Hedef", actor=None,
                                          organizations=[izmir.member, elsewhere.member], starts_on=long_ago(60),
                                          ends_on=long_ago(10), status="done")
    actions.do_end_membership(elsewhere, left_on=long_ago(5), actor=None)
    try:
        actions.do_save_joint_action(network, title="Yeni", goal="Hedef", actor=None, starts_on=today,
                                     ends_on=today, organizations=[izmir.member, elsewhere.member])
    except actions.NetworkError as error:
        assert "Elsewhere Equality Unit" in str(error)
    else:
        raise AssertionError("an organization that left joined a new joint action")
    # The finished action can still be written up with the organization that has left since.
    actions.do_save_joint_action(network, action=action, title="Ortak eylem", goal="Hedef", actor=None,
                                 organizations=[izmir.member, elsewhere.member, ankara.member],
                                 starts_on=long_ago(60), ends_on=long_ago(10), status="done",
                                 outcomes="Rapor yazıldı")
    action.refresh_from_db()
    assert action.outcomes == "Rapor yazıldı" and action.organizations.count() == 3


def test_the_edit_page_changes_a_joint_action(client, network, network_staff, members, join):
    from birarada.network import networks as actions

    izmir, elsewhere, ankara = join(members["izmir"]), join(members["elsewhere"]), join(members["ankara"])
    action = actions.do_save_joint_action(network, title="Eylem", goal="Hedef", actor=None, starts_on=long_ago(9),
                                          ends_on=long_ago(1), organizations=[izmir.member, elsewhere.member])
    client.force_login(network_staff)
    page = main(client.get(en("network:joint_action", network.slug, action.pk)))
    assert 'value="Eylem"' in page
    response = client.post(en("network:joint_action", network.slug, action.pk), {
        "title": "Eylem", "goal": "Hedef", "organizations": [izmir.member_id, ankara.member_id],
        "starts_on": long_ago(9).isoformat(), "ends_on": long_ago(1).isoformat(), "status": "done",
        "outcomes": "Bitti"})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == "done" and set(action.organizations.values_list("slug", flat=True)) == {"izmir", "ankara"}
    assert AuditEvent.objects.latest("pk").verb == "network.joint_action_update"


def test_a_coordinating_member_acts_for_the_network_a_plain_member_does_not(client, network, members, join,
                                                                                make_member):
    join(members["izmir"], role="coordinator")
    join(members["elsewhere"])
    for role in (Role.ADMIN, Role.COORDINATOR):
        client.force_login(make_member(f"izmir-{role}", members["izmir"], role))
        for page in ("network:members", "network:joint_actions", "network:mentoring", "network:statistics"):
            response = client.get(en(page, network.slug))
            assert response.status_code == 200, (role, page)
        assert "you act for the network as staff of a coordinating member" in main(
            client.get(en("network:members", network.slug)))
        response = client.post(en("network:members", network.slug), {
            "organization": members["ankara"].pk, "role": "member", "joined_on": long_ago().isoformat()})
        assert response.status_code == 302
        NetworkMembership.objects.filter(member=members["ankara"]).delete()
    # Others of the coordinating member, and the coordinators of a plain member, do not.
    for user in (make_member("izmir-viewer", members["izmir"], Role.VIEWER),
                 make_member("izmir-caseworker", members["izmir"], Role.CASE_WORKER),
                 make_member("else-coord", members["elsewhere"], Role.COORDINATOR),
                 make_member("else-admin", members["elsewhere"], Role.ADMIN)):
        client.force_login(user)
        for page in ("network:members", "network:joint_actions", "network:mentoring", "network:statistics"):
            assert client.get(en(page, network.slug)).status_code == 404, (user.username, page)
        assert client.post(en("network:members", network.slug), {
            "organization": members["ankara"].pk, "role": "member",
            "joined_on": long_ago().isoformat()}).status_code == 404
    assert not NetworkMembership.objects.filter(member=members["ankara"]).exists()


def test_a_coordinating_member_that_left_no_longer_acts(client, network, members, join, make_member):
    from birarada.network import networks as actions

    izmir = join(members["izmir"], role="coordinator")
    client.force_login(make_member("izmir-coord", members["izmir"], Role.COORDINATOR))
    assert client.get(en("network:members", network.slug)).status_code == 200
    actions.do_end_membership(izmir, left_on=long_ago(1), actor=None)
    assert client.get(en("network:members", network.slug)).status_code == 404


def test_in_a_city_the_menu_entries_lead_to_an_explanation_not_a_404(client, network, members, join, make_member):
    join(members["izmir"], role="coordinator")
    coordinator = make_member("izmir-coord", members["izmir"], Role.COORDINATOR)
    client.force_login(coordinator)
    home = main(client.get(en("core:workspace_home", "izmir")))
    assert en("network:members", "izmir") in home and en("network:statistics", "izmir") in home
    for page in ("network:members", "network:statistics", "network:joint_actions", "network:mentoring"):
        response = client.get(en(page, "izmir"))
        assert response.status_code == 200
        text = main(response)
        assert "This organization is not a network" in text
        # It points to the network the city coordinates.
        assert "Eşitlik Birimleri Ağı" in text and en(
            "network:statistics" if page == "network:statistics" else "network:members", network.slug) in text
    # Nothing can be done there.
    assert client.post(en("network:members", "izmir"), {"organization": members["ankara"].pk, "role": "member",
                                                         "joined_on": long_ago().isoformat()}).status_code == 404
    # Someone without the capability in the city still gets 404.
    client.force_login(make_member("izmir-partner", members["izmir"], Role.PARTNER))
    assert client.get(en("network:members", "izmir")).status_code == 404
    # The network's own workspace lists the pages, with the subnavigation.
    client.force_login(make_member("net-admin", network, Role.ADMIN))
    page = main(client.get(en("network:members", network.slug)))
    assert en("network:joint_actions", network.slug) in page and en("network:mentoring", network.slug) in page


def test_a_member_chooses_to_share_its_statistics(client, network, members, join, make_member):
    membership = join(members["izmir"])
    admin = make_member("izmir-admin", members["izmir"], Role.ADMIN)
    client.force_login(admin)
    page = main(client.get(en("network:memberships", "izmir")))
    assert "Eşitlik Birimleri Ağı" in page and "Not shared" in page
    assert "aggregated counts of the reports you received and of the items your monitoring checked" in page
    response = client.post(en("network:membership_share", "izmir", membership.pk), {"share": "1"})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.shares_statistics
    event = AuditEvent.objects.latest("pk")
    assert (event.verb, event.organization_id, event.changes) == (
        "network.statistics_share", members["izmir"].pk, {"network": "esitlik-agi", "shares_statistics": True})
    assert "Stop sharing with" in main(client.get(en("network:memberships", "izmir")))
    assert client.post(en("network:membership_share", "izmir", membership.pk), {"share": "0"}).status_code == 302
    membership.refresh_from_db()
    assert not membership.shares_statistics
    # A made-up answer is refused.
    count = AuditEvent.objects.count()
    assert client.post(en("network:membership_share", "izmir", membership.pk), {"share": "yes"}).status_code == 400
    assert AuditEvent.objects.count() == count
    # The network's staff cannot choose for the member.
    client.force_login(make_member("net-admin", network, Role.ADMIN))
    assert client.post(en("network:membership_share", network.slug, membership.pk), {"share": "1"}).status_code == 404
    assert client.post(en("network:membership_share", "izmir", membership.pk), {"share": "1"}).status_code == 404
    membership.refresh_from_db()
    assert not membership.shares_statistics


def test_the_public_page_links_published_practices_and_methods(client, network, members, join):
    from birarada.network.models import Method, Practice, PracticeText

    join(members["izmir"])
    published = Practice.objects.create(slug="kent-konseyi", network=network, owner=members["izmir"], city="İzmir",
                                        country="TR", status="published", published_at=timezone.now())
    PracticeText.objects.create(practice=published, language="en", title="Youth council against hate",
                                summary="s", action="a")
    PracticeText.objects.create(practice=published, language="tr", title="Nefrete karşı gençlik meclisi",
                                summary="s", action="a")
    draft = Practice.objects.create(slug="taslak", network=network, owner=members["izmir"], city="İzmir",
                                    country="TR")
    PracticeText.objects.create(practice=draft, language="en", title="Draft practice", summary="s", action="a")
    Method.objects.create(slug="diyalog-masasi", owner=members["izmir"], network=network, title="Dialogue table",
                          purpose="p", audience="a", steps="s", status="published", published_at=timezone.now())
    Method.objects.create(slug="gizli", owner=members["izmir"], network=network, title="Unpublished method",
                          purpose="p", audience="a", steps="s")
    page = main(client.get(en("network:network", network.slug)))
    assert "Youth council against hate" in page and "Draft practice" not in page
    assert "Dialogue table" in page and "Unpublished method" not in page
    assert f'href="{en("network:method", "diyalog-masasi")}"' in page
    turkish = client.get(f"/tr/{en('network:network', network.slug).split('/', 2)[2]}").content.decode()
    assert "Nefrete karşı gençlik meclisi" in turkish


def test_a_network_that_does_not_use_the_platform_has_no_public_page(client, network):
    network.uses_platform = False
    network.save()
    assert client.get(en("network:network", network.slug)).status_code == 404
    assert "Eşitlik Birimleri Ağı" not in main(client.get(en("network:networks")))


def test_pages_answer_in_arabic_and_kurmanji(client, network, network_staff, members, join):
    join(members["izmir"], role="coordinator")
    client.force_login(network_staff)
    from django.utils.translation import check_for_language

    # Kurmanji is served once its translations are compiled (birarada/locale/ku).
    for language in ["ar", "tr"] + (["ku"] if check_for_language("ku") else []):
        for url in (f"/{language}/networks/", f"/{language}/networks/{network.slug}/",
                    f"/{language}/workspace/{network.slug}/network/members/",
                    f"/{language}/workspace/{network.slug}/network/statistics/"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert response.content.decode().count("<h1") == 1
