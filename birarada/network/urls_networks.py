"""Addresses of the networks part (included by urls.py)."""

from django.urls import path

from birarada.network.views import networks as views

W = "workspace/<slug:slug>/network/"

urlpatterns = [
    path("networks/", views.networks, name="networks"),
    path("networks/<slug:slug>/", views.network, name="network"),
    path(W + "members/", views.members, name="members"),
    path(W + "members/<int:membership_id>/<str:what>/", views.member_change, name="member_change"),
    path(W + "joint-actions/", views.joint_actions, name="joint_actions"),
    path(W + "joint-actions/<int:action_id>/", views.joint_action, name="joint_action"),
    path(W + "mentoring/", views.mentoring, name="mentoring"),
    path(W + "mentoring/<int:mentoring_id>/", views.mentoring_pair, name="mentoring_pair"),
    path(W + "mentoring/<int:mentoring_id>/<str:what>/", views.mentoring_change, name="mentoring_change"),
    path(W + "statistics/", views.shared_statistics, name="statistics"),
    path("workspace/<slug:slug>/networks/", views.memberships, name="memberships"),
    path("workspace/<slug:slug>/networks/<int:membership_id>/share/", views.membership_share,
         name="membership_share"),
]
