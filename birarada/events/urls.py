from django.urls import path

from birarada.events.views import public, staff

app_name = "events"

W = "workspace/<slug:slug>/events/"

urlpatterns = [
    path(W, staff.events, name="events"),
    path(W + "<int:event_id>/", staff.event, name="event"),
    path(W + "<int:event_id>/<str:what>/", staff.event_change, name="event_change"),
    path("events/", public.calendar, name="calendar"),
    path("events/calendar.ics", public.calendar_feed, name="calendar_feed"),
    path("events/cancel/<str:token>/", public.cancel, name="cancel"),
    path("certificates/<str:code>/", public.verify, name="verify"),
    path("events/<slug:organization>/<slug:event_slug>/", public.event, name="public_event"),
    path("events/<slug:organization>/<slug:event_slug>/event.ics", public.event_ics, name="public_event_ics"),
]
