"""Answering an invitation to a campaign × every role × own / other organization / oversight / anonymous."""

import pytest

from birarada.campaigns.models import CampaignInvitation
from birarada.core.models import Organization
from tests import authz

MANAGERS = {"admin", "coordinator", "communications"}


class TestCampaignInvitationsMatrix(authz.Matrix):
    namespace = "campaigns"
    test_every_workspace_view_is_declared = None  # tests/campaigns/test_authorization.py checks the whole module
    views = [
        authz.View("decline", "campaigns:answer_invitation", MANAGERS, method="post", objects=("invitation",),
                   extra=("decline",)),
    ]

    @pytest.fixture
    def objects(self, city, make_campaign):
        from birarada.campaigns.invitations import do_invite_organization

        lead = Organization.objects.create(slug="network", name="A network", uses_platform=True)
        campaign = make_campaign(lead)
        return {slug: {"invitation": do_invite_organization(campaign, city[slug], actor=None).pk}
                for slug in authz.ORGANIZATIONS}

    def state(self, organization):
        return sorted(CampaignInvitation.objects.filter(organization=organization).values_list("pk", "status"))


def test_a_declined_invitation_can_be_sent_again(city, make_campaign):
    from birarada.campaigns.invitations import do_answer_invitation, do_invite_organization

    campaign = make_campaign(city["izmir"])
    invitation = do_answer_invitation(do_invite_organization(campaign, city["bornova"], actor=None), accept=False,
                                      actor=None)
    assert invitation.status == "declined" and not campaign.participants.exists()
    again = do_invite_organization(campaign, city["bornova"], actor=None)
    assert again.pk == invitation.pk and again.status == "invited"
