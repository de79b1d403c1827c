"""Anonymous feedback on an event, from its start until some weeks after its end: a rating and optional
comments; no name, no address, nothing that links it to a registration."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from birarada.core import ratelimit
from birarada.events import record
from birarada.events.access import public_event
from birarada.events.actions import EventError
from birarada.events.forms import FeedbackForm


@never_cache
@require_http_methods(["GET", "POST"])
def feedback(request: HttpRequest, organization: str, event_slug: str) -> HttpResponse:
    found = public_event(organization, event_slug)
    refusal = record.feedback_refusal(found)
    if refusal:
        return render(request, "events/feedback.html", {"event": found, "refusal": refusal}, status=404)
    form = FeedbackForm(request.POST or None)
    if request.method == "POST":
        if not ratelimit.allow(request, "event-feedback", limit=10, window_seconds=3600):
            return render(request, "core/too_many.html", status=429)
        if form.is_valid():
            if form.cleaned_data["leave_empty"]:  # a robot filled the hidden field: thank it, keep nothing
                return render(request, "events/feedback_thanks.html", {"event": found})
            try:
                record.do_give_feedback(found, rating=form.cleaned_data["rating"], text=form.cleaned_data["text"])
            except EventError as error:
                form.add_error(None, str(error))
            else:
                return render(request, "events/feedback_thanks.html", {"event": found})
    return render(request, "events/feedback.html", {"event": found, "form": form},
                  status=400 if form.errors else 200)
