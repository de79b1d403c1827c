from django.urls import path

from birarada.incidents.views import api

urlpatterns = [
    path("reports", api.submit_report, name="api_submit_report"),
    path("reports/status", api.report_status, name="api_report_status"),
]
