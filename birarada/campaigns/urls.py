"""The campaigns module's addresses: each part of the module keeps its own list (the campaign page's changes
take only their own words, through the `campaign_change` converter, so the order does not matter)."""

from birarada.campaigns.views import comments, contest, impact, posts, public, staff, submissions

app_name = "campaigns"

urlpatterns = (posts.urlpatterns + impact.urlpatterns + submissions.urlpatterns + comments.urlpatterns
               + contest.urlpatterns + staff.urlpatterns + public.urlpatterns)
