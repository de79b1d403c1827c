"""Every staff view of the incidents module × every role × own / other organization × anonymous."""

import pytest
from django.urls import reverse

from birarada.core.models import Role
from birarada.incidents.access import access_case_by_id
from birarada.incidents.actions import do_refer_case

ALL_ROLES = [r.value for r in Role]
CASE_ROLES = {"admin", "coordinator", "case_worker"}
STATS_ROLES = {"admin", "coordinator", "case_worker", "moderator", "viewer"}

# view -> (roles allowed in their own organization, how to build the address)
VIEWS = {
    "queue": (CASE_ROLES, lambda slug, case, ref: reverse("incidents:queue", args=[slug])),
    "case_detail": (CASE_ROLES, lambda slug, case, ref: reverse("incidents:case_detail", args=[slug, case])),
    "case_note": (CASE_ROLES, lambda slug, case, ref: reverse("incidents:case_action", args=[slug, case, "note"])),
    "case_status": (CASE_ROLES, lambda slug, case, ref: reverse("incidents:case_action", args=[slug, case, "status"])),
    "evidence": (CASE_ROLES, lambda slug, case, ref: reverse("incidents:evidence_download", args=[slug, case, ref])),
    "statistics": (STATS_ROLES, lambda slug, case, ref: reverse("incidents:statistics", args=[slug])),
    "referrals": ({"admin", "partner"}, lambda slug, case, ref: reverse("incidents:referrals", args=[slug])),
}


def call(client, view, slug, case_id):
    from birarada.incidents.models import Evidence

    evidence = Evidence.objects.filter(case_id=case_id).values_list("pk", flat=True).first() or 0
    url = VIEWS[view][1](slug, case_id, evidence)
    if view == "case_note":
        return client.post(url, {"text": "a note"})
    if view == "case_status":
        return client.post(url, {"status": "in_review"})
    return client.get(url)


@pytest.fixture
def cases(city, make_case):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from birarada.incidents import evidence
    from birarada.incidents.models import Evidence

    found = {}
    for slug in ("izmir", "bornova", "elsewhere"):
        case = make_case(organization=city[slug])[0]
        clean = evidence.clean_upload(SimpleUploadedFile("a.pdf", b"%PDF-1 x", "application/pdf"))
        Evidence.objects.create(case=case, stored_name=evidence.store(clean), original_name="a.pdf",
                                content_type=clean.content_type, size=len(clean.data))
        found[slug] = case.pk
    return found


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("view", list(VIEWS))
def test_own_organization(client, city, make_member, cases, role, view):
    client.force_login(make_member(f"p-{role}", city["izmir"], role))
    response = call(client, view, "izmir", cases["izmir"])
    if role in VIEWS[view][0]:
        assert response.status_code in (200, 302)
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("view", list(VIEWS))
def test_other_organization(client, city, make_member, cases, role, view):
    client.force_login(make_member(f"p-{role}", city["elsewhere"], role))
    assert call(client, view, "izmir", cases["izmir"]).status_code == 404
    # Nor a case of another unit through one's own workspace address.
    if view in ("case_detail", "case_note", "case_status", "evidence"):
        assert call(client, view, "elsewhere", cases["izmir"]).status_code == 404


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("view", list(VIEWS))
def test_metropolitan_staff_see_district_statistics_but_not_case_files(client, city, make_member, cases, role, view):
    client.force_login(make_member(f"p-{role}", city["izmir"], role))
    response = call(client, view, "bornova", cases["bornova"])
    if view == "statistics" and role in {"admin", "coordinator"}:
        assert response.status_code == 200
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("view", list(VIEWS))
def test_anonymous(client, city, cases, view):
    response = call(client, view, "izmir", cases["izmir"])
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_access_case_by_id_gives_one_answer_for_missing_and_forbidden(city, make_member, cases):
    from django.http import Http404

    outsider = make_member("o", city["elsewhere"], Role.CASE_WORKER)
    for slug in ("izmir", "elsewhere", "nowhere"):
        for case_id in (cases["izmir"], 999_999, "abc", None, -1, 10**30):
            with pytest.raises(Http404):
                access_case_by_id(outsider, slug, case_id)
    insider = make_member("i", city["izmir"], Role.CASE_WORKER)
    case, workspace = access_case_by_id(insider, "izmir", cases["izmir"])
    assert case.pk == cases["izmir"] and workspace.organization == city["izmir"]
    # The right person, but the address names another unit: the same answer.
    with pytest.raises(Http404):
        access_case_by_id(insider, "bornova", cases["izmir"])


@pytest.mark.parametrize("role", ALL_ROLES)
def test_referrals_are_seen_only_by_the_partner_they_were_sent_to(client, city, make_member, cases, role):
    from birarada.incidents.models import Case, Referral

    city["ngo"].uses_platform = True
    city["ngo"].save(update_fields=["uses_platform"])
    do_refer_case(Case.objects.get(pk=cases["izmir"]), city["ngo"], "summary", share_contact=False, actor=None)
    referral = Referral.objects.get()
    url = reverse("incidents:referral_detail", args=["ngo", referral.pk])
    client.force_login(make_member(f"ngo-{role}", city["ngo"], role))
    expected = 200 if role in {"partner", "admin"} else 404
    assert client.get(url).status_code == expected
    client.force_login(make_member(f"izmir-{role}", city["izmir"], role))
    assert client.get(url).status_code == 404
