from django.urls import path

from birarada.events.views import feedback, invitations, public, record, staff, training

app_name = "events"

W = "workspace/<slug:slug>/events/"

urlpatterns = [
    path(W, staff.events, name="events"),
    path(W + "training-records/", training.training_records, name="training_records"),
    path(W + "<int:event_id>/", staff.event, name="event"),
    # On the day and after (before event_change, whose <what>/ would take these addresses).
    path(W + "<int:event_id>/check-in.pdf", record.checkin_list, name="checkin_list"),
    path(W + "<int:event_id>/record/", record.record_event, name="record"),
    path(W + "<int:event_id>/files/", record.file_upload, name="file_upload"),
    path(W + "<int:event_id>/files/<int:file_id>/", record.file_download, name="file_download"),
    path(W + "<int:event_id>/files/<int:file_id>/remove/", record.file_remove, name="file_remove"),
    path(W + "<int:event_id>/invitations/", invitations.invite, name="invite"),
    path(W + "<int:event_id>/<str:what>/", staff.event_change, name="event_change"),
    path("events/", public.calendar, name="calendar"),
    path("events/calendar.ics", public.calendar_feed, name="calendar_feed"),
    path("events/cancel/<str:token>/", public.cancel, name="cancel"),
    path("events/invitation/<str:token>/", invitations.invitation, name="invitation"),
    path("certificates/<str:code>/", public.verify, name="verify"),
    path("events/<slug:organization>/<slug:event_slug>/", public.event, name="public_event"),
    path("events/<slug:organization>/<slug:event_slug>/event.ics", public.event_ics, name="public_event_ics"),
    path("events/<slug:organization>/<slug:event_slug>/feedback/", feedback.feedback, name="feedback"),
]
