"""On the day and after, for the event's organizers: the printable check-in list, the record of what happened
(minutes, outcomes, who took part) and the files kept with it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core import uploads
from birarada.core.actions import record_audit
from birarada.core.types import AuthenticatedHttpRequest
from birarada.events import record
from birarada.events.access import access_event_by_id, access_event_file_by_id, files_of, registrations_of
from birarada.events.actions import EventError
from birarada.events.checkin import checkin_pdf
from birarada.events.choices import RegistrationStatus
from birarada.events.forms import EventFileForm, RecordForm


@login_required
@require_GET
def checkin_list(request: AuthenticatedHttpRequest, slug: str, event_id: int) -> HttpResponse:
    found, workspace = access_event_by_id(request.user, slug, event_id, manage=True)
    people = list(registrations_of(found, workspace).filter(status=RegistrationStatus.CONFIRMED,
                                                            purged_at__isnull=True))
    # The list holds registrants' names: who printed it is recorded.
    record_audit(actor=request.user, verb="event.checkin_list", organization=found.organization, target=found,
                 changes={"registrations": len(people)})
    response = HttpResponse(checkin_pdf(found, people), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="check-in-{found.slug}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


def _page(request, event, workspace, *, record_form=None, file_form=None, status=200):
    return render(request, "events/record.html", {
        "workspace": workspace, "event": event,
        "record_form": record_form or RecordForm(event=event, initial={
            "minutes": event.minutes, "outcomes": event.outcomes, "attendee_count": event.attendee_count,
            "attending_organizations": list(event.attending_organizations.values_list("pk", flat=True)),
            "attending_other": event.attending_other}),
        "file_form": file_form or EventFileForm(), "files": files_of(event, workspace)}, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def record_event(request: AuthenticatedHttpRequest, slug: str, event_id: int) -> HttpResponse:
    found, workspace = access_event_by_id(request.user, slug, event_id, manage=True)
    if request.method == "GET":
        return _page(request, found, workspace)
    form = RecordForm(request.POST, event=found)
    if form.is_valid():
        try:
            record.do_record_event(found, actor=request.user, **form.cleaned_data)
        except EventError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The record of the event is saved."))
            return redirect("events:event", slug=slug, event_id=found.pk)
    return _page(request, found, workspace, record_form=form, status=400)


@login_required
@require_POST
def file_upload(request: AuthenticatedHttpRequest, slug: str, event_id: int) -> HttpResponse:
    found, workspace = access_event_by_id(request.user, slug, event_id, manage=True)
    form = EventFileForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            record.do_add_event_file(found, title=form.cleaned_data["title"], upload=form.cleaned_data["file"],
                                     actor=request.user)
        except EventError as error:
            form.add_error("file", str(error))
        else:
            messages.success(request, _("The file is kept with the event's record."))
            return redirect("events:record", slug=slug, event_id=found.pk)
    return _page(request, found, workspace, file_form=form, status=400)


@login_required
@require_GET
def file_download(request: AuthenticatedHttpRequest, slug: str, event_id: int, file_id: int) -> FileResponse:
    item, _event, _workspace = access_event_file_by_id(request.user, slug, event_id, file_id)
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:  # the row outlived its file (restored from a backup without media)
        raise Http404 from None
    record.record_file_download(item, actor=request.user)
    response = FileResponse(handle, content_type=item.content_type, as_attachment=True,
                            filename=f"{item.event.slug}-{item.pk}{uploads.extension_for(item.content_type)}")
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def file_remove(request: AuthenticatedHttpRequest, slug: str, event_id: int, file_id: int) -> HttpResponse:
    item, found, _workspace = access_event_file_by_id(request.user, slug, event_id, file_id)
    record.do_remove_event_file(item, actor=request.user)
    messages.success(request, _("The file was removed."))
    return redirect("events:record", slug=slug, event_id=found.pk)
