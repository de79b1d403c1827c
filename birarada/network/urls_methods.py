"""Addresses of the methods part (included by urls.py): the public pool, an organization's methods and "we used
it" reports, and a network's review of its pool."""

from django.urls import path

from birarada.network.views import methods

W = "workspace/<slug:slug>/methods/"

urlpatterns = [
    path("methods/", methods.pool, name="methods"),
    path("methods/<slug:slug>/", methods.method, name="method"),
    path("methods/<slug:slug>/card.pdf", methods.method_card, name="method_card"),
    path("methods/<slug:slug>/files/<int:file_id>/", methods.method_file, name="method_file"),
    # An organization's contributors.
    path(W, methods.my_methods, name="my_methods"),
    path(W + "new/", methods.method_create, name="method_create"),
    path(W + "uses/", methods.method_use, name="method_use"),
    path(W + "<int:method_id>/", methods.method_edit, name="method_edit"),
    path(W + "<int:method_id>/files/", methods.method_file_add, name="method_file_add"),
    path(W + "<int:method_id>/files/<int:file_id>/", methods.my_method_file, name="my_method_file"),
    path(W + "<int:method_id>/files/<int:file_id>/remove/", methods.method_file_remove, name="method_file_remove"),
    # A network's editors.
    path(W + "review/", methods.review_methods, name="review_methods"),
    path(W + "review/<int:method_id>/", methods.review_method, name="review_method"),
    path(W + "review/<int:method_id>/publish/", methods.publish_method, name="publish_method"),
    path(W + "review/<int:method_id>/unpublish/", methods.unpublish_method, name="unpublish_method"),
    path(W + "review/<int:method_id>/files/<int:file_id>/", methods.review_method_file, name="review_method_file"),
]
