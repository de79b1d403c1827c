"""Every staff view of the incidents module × every role × own / other organization / district × anonymous
(tests/authz.py). Expected roles are written out by hand, not read from the permission table."""

import pytest
from django.db.models import Count
from django.urls import reverse

from birarada.core.models import Role
from birarada.incidents.access import access_case_by_id
from birarada.incidents.actions import do_refer_case
from tests import authz

CASE_ROLES = {"admin", "coordinator", "case_worker"}
STATS_ROLES = {"admin", "coordinator", "case_worker", "moderator", "viewer"}
REFERRAL_ROLES = {"admin", "partner"}


def _case_action(action, data):
    return authz.View(f"case_{action}", "incidents:case_action", CASE_ROLES, method="post", data=data,
                      objects=("case",), extra=(action,))


class TestIncidentsMatrix(authz.Matrix):
    namespace = "incidents"
    views = [
        authz.View("queue", "incidents:queue", CASE_ROLES),
        authz.View("case_detail", "incidents:case_detail", CASE_ROLES, objects=("case",)),
        _case_action("note", {"text": "a note"}),
        _case_action("status", {"status": "in_review"}),
        _case_action("assign", {"assignee": ""}),
        _case_action("deadline", {"due_on": "2030-01-01"}),
        _case_action("message", {"text": "We are looking into it."}),
        _case_action("refer", lambda o: {"partner": o["partner"], "summary": "what the partner needs"}),
        authz.View("evidence", "incidents:evidence_download", CASE_ROLES, objects=("case", "evidence")),
        authz.View("statistics", "incidents:statistics", STATS_ROLES, oversight=True),
        authz.View("referrals", "incidents:referrals", REFERRAL_ROLES),
        authz.View("referral_detail", "incidents:referral_detail", REFERRAL_ROLES, objects=("referral",)),
        authz.View("referral_update", "incidents:referral_detail", REFERRAL_ROLES, method="post",
                   data={"status": "accepted", "note": "on it"}, objects=("referral",)),
    ]

    @pytest.fixture
    def objects(self, city, make_case):
        """In each organization: a case with one evidence file, and a referral the organization received (of a
        second case of its own: the matrix needs one referral per organization)."""
        from birarada.incidents import evidence
        from birarada.incidents.models import Evidence

        city["ngo"].uses_platform = True
        city["ngo"].save(update_fields=["uses_platform"])
        found = {}
        for slug in authz.ORGANIZATIONS:
            case = make_case(organization=city[slug])[0]
            # Stored as if already checked: the matrix is about who reaches the file, not about file checks.
            clean = evidence.CleanFile("a.pdf", "application/pdf", b"%PDF-1.7 evidence")
            item = Evidence.objects.create(case=case, stored_name=evidence.store(clean), original_name="a.pdf",
                                           content_type=clean.content_type, size=len(clean.data))
            referred = make_case(organization=city[slug])[0]
            referral = do_refer_case(referred, city[slug], "summary", share_contact=False, actor=None)
            found[slug] = {"case": case.pk, "evidence": item.pk, "referral": referral.pk, "partner": city["ngo"].pk}
        return found

    def state(self, organization):
        from birarada.incidents.models import Case, Referral

        cases = (Case.objects.filter(organization=organization).order_by("pk")
                 .annotate(n_notes=Count("notes", distinct=True), n_messages=Count("messages", distinct=True),
                           n_referrals=Count("referrals", distinct=True))
                 .values_list("pk", "status", "assigned_to", "due_on", "n_notes", "n_messages", "n_referrals"))
        referrals = Referral.objects.filter(partner=organization).order_by("pk").values_list("pk", "status")
        return list(cases), list(referrals)


def test_access_case_by_id_gives_one_answer_for_missing_and_forbidden(city, make_member, make_case):
    from django.http import Http404

    izmir_case = make_case(organization=city["izmir"])[0].pk
    outsider = make_member("o", city["elsewhere"], Role.CASE_WORKER)
    for slug in ("izmir", "elsewhere", "nowhere"):
        for case_id in (izmir_case, 999_999, "abc", None, -1, 10**30):
            with pytest.raises(Http404):
                access_case_by_id(outsider, slug, case_id)
    insider = make_member("i", city["izmir"], Role.CASE_WORKER)
    case, workspace = access_case_by_id(insider, "izmir", izmir_case)
    assert case.pk == izmir_case and workspace.organization == city["izmir"]
    # The right person, but the address names another unit: the same answer.
    with pytest.raises(Http404):
        access_case_by_id(insider, "bornova", izmir_case)


@pytest.mark.parametrize("role", authz.ALL_ROLES)
def test_referrals_are_seen_only_by_the_partner_they_were_sent_to(client, city, make_member, make_case, role):
    from birarada.incidents.models import Referral

    city["ngo"].uses_platform = True
    city["ngo"].save(update_fields=["uses_platform"])
    do_refer_case(make_case(organization=city["izmir"])[0], city["ngo"], "summary", share_contact=False, actor=None)
    referral = Referral.objects.get()
    url = reverse("incidents:referral_detail", args=["ngo", referral.pk])
    client.force_login(make_member(f"ngo-{role}", city["ngo"], role))
    expected = 200 if role in REFERRAL_ROLES else 404
    assert client.get(url).status_code == expected
    client.force_login(make_member(f"izmir-{role}", city["izmir"], role))
    assert client.get(url).status_code == 404
