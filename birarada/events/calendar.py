"""Events as iCalendar (RFC 5545) files, with the icalendar library."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from birarada.events.models import Event


def ics_for(events: list[Event], request: HttpRequest) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//birarada//events//TR")
    calendar.add("version", "2.0")
    for event in events:
        entry = CalendarEvent()
        entry.add("uid", f"event-{event.pk}@{request.get_host()}")
        entry.add("summary", event.title)
        entry.add("dtstart", event.starts_at)
        entry.add("dtend", event.ends_at)
        entry.add("dtstamp", event.created_at)
        if event.venue:
            entry.add("location", event.venue)
        entry.add("url", request.build_absolute_uri(reverse("events:public_event", args=[event.organization.slug,
                                                                                  event.slug])))
        if event.description:
            entry.add("description", event.description)
        if event.status == "cancelled":
            entry.add("status", "CANCELLED")
        calendar.add_component(entry)
    return calendar.to_ical()
