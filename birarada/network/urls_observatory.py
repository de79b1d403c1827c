"""Addresses of the observatory part (included by urls.py): the public observatory, an organization's practices,
and a network's review of its observatory."""

from django.urls import path

from birarada.network.views import observatory as views

W = "workspace/<slug:slug>/practices/"
P = W + "<int:practice_id>/"
R = "workspace/<slug:slug>/observatory/review/"

urlpatterns = [
    path("observatory/", views.observatory, name="observatory"),
    path("observatory/<slug:slug>/", views.practice, name="practice"),
    path("observatory/<slug:slug>/files/<int:file_id>/", views.practice_file, name="practice_file"),
    # An organization's contributors.
    path(W, views.my_practices, name="my_practices"),
    path(W + "new/", views.practice_new, name="practice_new"),
    path(P, views.my_practice, name="my_practice"),
    path(P + "edit/", views.practice_edit, name="practice_edit"),
    path(P + "text/<str:language>/", views.practice_text, name="practice_text"),
    path(P + "files/", views.practice_file_add, name="practice_file_add"),
    path(P + "files/<int:file_id>/", views.my_practice_file, name="my_practice_file"),
    path(P + "files/<int:file_id>/remove/", views.practice_file_remove, name="practice_file_remove"),
    path(P + "submit/", views.practice_submit, name="practice_submit"),
    path(P + "comment/", views.practice_comment, name="practice_comment"),
    # A network's editors.
    path(R, views.review_practices, name="review_practices"),
    path(R + "<int:practice_id>/", views.review_practice, name="review_practice"),
    path(R + "<int:practice_id>/files/<int:file_id>/", views.review_practice_file, name="review_practice_file"),
    path(R + "<int:practice_id>/<str:what>/", views.review_practice_change, name="review_practice_change"),
]
