from django.urls import path

from tests.skeleton import views

app_name = "skeleton"

urlpatterns = [path("workspace/<slug:slug>/garden/", views.garden, name="garden")]
