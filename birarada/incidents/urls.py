from django.urls import path

from birarada.incidents.views import partner, public, staff

app_name = "incidents"

urlpatterns = [
    path("report/", public.report, name="report"),
    path("report/done/", public.report_done, name="report_done"),
    path("report/status/", public.status, name="status"),
    path("statistics/", public.public_statistics, name="public_statistics"),
    path("workspace/<slug:slug>/cases/", staff.queue, name="queue"),
    path("workspace/<slug:slug>/cases/statistics/", staff.statistics, name="statistics"),
    path("workspace/<slug:slug>/cases/<int:case_id>/", staff.case_detail, name="case_detail"),
    path("workspace/<slug:slug>/cases/<int:case_id>/<str:action>/", staff.case_action, name="case_action"),
    path("workspace/<slug:slug>/cases/<int:case_id>/evidence/<int:evidence_id>/", staff.evidence_download,
         name="evidence_download"),
    path("workspace/<slug:slug>/referrals/", partner.referrals, name="referrals"),
    path("workspace/<slug:slug>/referrals/<int:referral_id>/", partner.referral_detail, name="referral_detail"),
]
