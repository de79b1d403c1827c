from django.urls import path, register_converter

from birarada.plans.views import public, staff

app_name = "plans"


class FileFormat:
    regex = "csv|json"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FileFormat, "planfmt")

W = "workspace/<slug:slug>/plans/"

urlpatterns = [
    path(W, staff.plans, name="plans"),
    path(W + "<int:plan_id>/", staff.plan, name="plan"),
    path(W + "<int:plan_id>/<str:what>/", staff.plan_change, name="plan_change"),
    path("plans/", public.plans, name="public_plans"),
    path("plans/<slug:organization>/<slug:plan_slug>/", public.plan, name="public_plan"),
    path("plans/<slug:organization>/<slug:plan_slug>/plan.<planfmt:fmt>", public.plan_file, name="public_plan_file"),
]
