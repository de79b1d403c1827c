from django.contrib.auth import views as auth_views
from django.urls import path

from birarada.core.views import auth, cities, directory_exchange, opendata, public, workspace

app_name = "core"

urlpatterns = [
    path("", public.home, name="home"),
    path("directory/", public.directory, name="directory"),
    path("directory/hsds.json", directory_exchange.directory_hsds_json, name="directory_hsds_json"),
    path("directory/hsds.zip", directory_exchange.directory_hsds_csv, name="directory_hsds_csv"),
    path("directory/<slug:slug>/", public.organization_detail, name="organization_detail"),
    path("open-data/", opendata.open_data, name="open_data"),
    path("open-data/catalog.jsonld", opendata.open_data_catalog, name="open_data_catalog"),
    path("c/<slug:slug>/", cities.city_home, name="city"),
    path("accounts/login/", auth.SignInView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth.PasswordChangeView.as_view(), name="password_change"),
    path("workspace/", workspace.workspace_index, name="workspace"),
    path("workspace/<slug:slug>/", workspace.workspace_home, name="workspace_home"),
    path("workspace/<slug:slug>/members/", workspace.members, name="members"),
    path("workspace/<slug:slug>/members/add/", workspace.member_add, name="member_add"),
    path("workspace/<slug:slug>/members/<int:membership_id>/remove/", workspace.member_remove, name="member_remove"),
    path("workspace/<slug:slug>/profile/", workspace.profile, name="profile"),
    path("workspace/<slug:slug>/directory/import/", directory_exchange.directory_import, name="directory_import"),
    path("workspace/<slug:slug>/audit/", workspace.audit_log, name="audit_log"),
    path("workspace/<slug:slug>/units/", workspace.units, name="units"),
    path("workspace/<slug:slug>/system/", workspace.system, name="system"),
]
