from django.urls import path

from birarada.core.converters import register_format_converter
from birarada.plans.views import coordination, importing, notes, public, reviews, staff

app_name = "plans"


register_format_converter("planfmt", "csv", "json", "pdf")

W = "workspace/<slug:slug>/plans/"

urlpatterns = [
    path(W, staff.plans, name="plans"),
    path(W + "districts/", coordination.districts, name="districts"),
    path(W + "<int:plan_id>/", staff.plan, name="plan"),
    path(W + "<int:plan_id>/import/", importing.plan_import, name="plan_import"),
    path(W + "<int:plan_id>/<str:what>/", staff.plan_change, name="plan_change"),
    path("workspace/<slug:slug>/equality-reviews/", reviews.reviews, name="reviews"),
    path("workspace/<slug:slug>/equality-reviews/<int:review_id>/", reviews.review, name="review"),
    path("workspace/<slug:slug>/equality-reviews/<int:review_id>/<str:what>/", reviews.review_change,
         name="review_change"),
    path("workspace/<slug:slug>/plan-notes/", notes.notes, name="notes"),
    path("workspace/<slug:slug>/plan-notes/moderate/", notes.moderate_note, name="moderate_note"),
    path("workspace/<slug:slug>/plan-notes/write/", notes.write_note, name="write_note"),
    path("plans/", public.plans, name="public_plans"),
    path("plans/<slug:organization>/<slug:plan_slug>/", public.plan, name="public_plan"),
    path("plans/<slug:organization>/<slug:plan_slug>/plan.<planfmt:fmt>", public.plan_file, name="public_plan_file"),
    path("plans/<slug:organization>/<slug:plan_slug>/versions/<int:version_id>.json", public.plan_version,
         name="public_plan_version"),
]
