"""The campaigns module's authorization matrix is declared in parts (campaigns and toolkit, the editorial
calendar and impact, submissions, comments, the contest), each generating its own checks; this test makes sure
that together they declare every staff address of the module, so a new view cannot stay out of the matrix."""

from tests import authz
from tests.campaigns import (
    test_authorization_calendar,
    test_authorization_campaigns,
    test_authorization_comments,
    test_authorization_contest,
    test_authorization_invitations,
    test_authorization_submissions,
)


def test_the_parts_together_declare_every_workspace_view_of_campaigns():
    # The classes are reached through their modules: a class imported here by name would be collected twice.
    parts = (test_authorization_campaigns.TestCampaignsMatrix, test_authorization_calendar.TestCampaignPostsMatrix,
             test_authorization_submissions.TestSubmissionsMatrix,
             test_authorization_comments.TestCampaignCommentsMatrix,
             test_authorization_invitations.TestCampaignInvitationsMatrix,
             test_authorization_contest.TestContestMatrix)
    declared = {view.route for part in parts for view in part.views}
    missing = authz.workspace_routes("campaigns") - declared
    assert not missing, missing
    assert len(declared) >= 15  # a part that lost its views would show here
