from django.urls import path

from birarada.needs.views import staff

app_name = "needs"

W = "workspace/<slug:slug>/needs/"

urlpatterns = [
    path(W, staff.studies, name="studies"),
    path(W + "<int:study_id>/", staff.study, name="study"),
    path(W + "<int:study_id>/report/", staff.study_report, name="report"),
    path(W + "<int:study_id>/<str:what>/", staff.study_change, name="study_change"),
    path(W + "groups/<int:group_id>/", staff.group, name="group"),
    path(W + "groups/<int:group_id>/<str:what>/", staff.group_change, name="group_change"),
]
