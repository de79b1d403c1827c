"""Contributions: the public form (checked against the campaign's format on arrival), the curators' list with
previews and decisions, participating cities submitting from the staff side, the files behind the gallery, and
the final collage (PNG and PDF, for the whole campaign or one city)."""

from __future__ import annotations

import hashlib
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db.models import Count, Max
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import path, re_path
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from PIL import Image

from birarada.campaigns import access, collage, media
from birarada.campaigns.choices import MediaKind, SubmissionStatus
from birarada.campaigns.forms import CurateForm, StaffSubmissionForm, SubmissionForm
from birarada.campaigns.models import Campaign, Submission
from birarada.campaigns.submissions import (
    SubmissionError,
    accepted_kinds,
    do_curate,
    do_submit,
    open_categories,
    record_submitters_view,
    spec_summary,
    taking_submissions,
)
from birarada.core import ratelimit
from birarada.core.access import Workspace
from birarada.core.models import Organization
from birarada.core.types import AuthenticatedHttpRequest

SUBMISSIONS_PER_HOUR = 20
THUMBNAIL = 480
PAGE_SIZE = 200


def _specs(campaign: Campaign) -> list[dict]:
    labels = dict(MediaKind.choices)
    return [{"kind": labels.get(s.kind, s.kind), "summary": spec_summary(s), "instructions": s.instructions}
            for s in campaign.specs.all()]


# ---- the public form -----------------------------------------------------------------------------------------

@never_cache
@sensitive_post_parameters("submitter_name", "submitter_contact")
@require_http_methods(["GET", "POST"])
def submit(request: HttpRequest, organization: str, campaign_slug: str) -> HttpResponse:
    campaign = access.public_campaign(organization, campaign_slug)
    is_open = taking_submissions(campaign)
    form = SubmissionForm(request.POST or None, request.FILES or None, kinds=accepted_kinds(campaign),
                          categories=open_categories(campaign))
    problems: list[str] = []
    if request.method == "POST" and is_open:
        if not ratelimit.allow(request, "campaign-submit", limit=SUBMISSIONS_PER_HOUR, window_seconds=3600):
            return render(request, "core/too_many.html", status=429)
        if form.is_valid():
            data = form.cleaned_data
            if data["leave_empty"]:  # a robot filled the hidden field: thank it and keep nothing
                return render(request, "campaigns/submitted.html", {"campaign": campaign})
            try:
                do_submit(campaign, kind=data["kind"], title=data["title"], text=data["text"],
                          upload=data["file"], submitter_name=data["submitter_name"],
                          submitter_contact=data["submitter_contact"], consent_publish=data["consent_publish"],
                          consent_named=data["consent_named"], language=get_language() or "tr",
                          category=data.get("category"))
            except SubmissionError as error:
                problems = error.messages
            else:
                return render(request, "campaigns/submitted.html", {"campaign": campaign})
    status = 400 if problems or form.errors or (request.method == "POST" and not is_open) else 200
    return render(request, "campaigns/submit.html", {
        "campaign": campaign, "form": form, "problems": problems, "specs": _specs(campaign), "is_open": is_open,
        "file_was_chosen": request.method == "POST" and bool(request.FILES)}, status=status)


# ---- the curators' side ------------------------------------------------------------------------------------------

def _figures(submission: Submission) -> str:
    parts = []
    if submission.width and submission.height:
        parts.append(f"{submission.width} × {submission.height} px")
    if submission.seconds is not None:
        parts.append(_("%(n)s s") % {"n": submission.seconds.normalize()})
    if submission.file:
        parts.append(str(filesizeformat(submission.size)))
    elif submission.kind == MediaKind.TEXT:
        parts.append(_("%(n)s characters") % {"n": len(submission.text)})
    return " · ".join(parts)


def _list_page(request: AuthenticatedHttpRequest, campaign: Campaign, workspace: Workspace, submissions,
               *, form: StaffSubmissionForm | None = None, problems: list[str] | None = None,
               status: int = 200) -> HttpResponse:
    wanted = request.GET.get("status", "")
    rows = submissions.select_related("organization", "decided_by")
    if wanted in SubmissionStatus.values:
        rows = rows.filter(status=wanted)
    found = list(rows[:PAGE_SIZE])
    show_names = request.GET.get("names") == "1"
    if show_names and found:
        record_submitters_view(campaign, found, organization=workspace.organization, actor=request.user)
    counts = dict(submissions.order_by().values_list("status").annotate(n=Count("pk")))
    return render(request, "campaigns/submissions.html", {
        "workspace": workspace, "campaign": campaign, "leads": access.leads(campaign, workspace),
        "rows": [(s, _figures(s)) for s in found], "show_names": show_names, "wanted": wanted,
        "statuses": [(value, label, counts.get(value, 0)) for value, label in SubmissionStatus.choices],
        "total": sum(counts.values()), "specs": _specs(campaign),
        "form": form or StaffSubmissionForm(kinds=accepted_kinds(campaign), categories=open_categories(campaign)),
        "problems": problems or [],
        "curate_form": CurateForm()}, status=status)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def submissions(request: AuthenticatedHttpRequest, slug: str, campaign_id: int) -> HttpResponse:
    """The curation list; a POST is the organization's own contribution (a participating city's, or the lead's)."""
    campaign, workspace, rows = access.access_submissions(request.user, slug, campaign_id)
    if request.method == "GET":
        return _list_page(request, campaign, workspace, rows)
    form = StaffSubmissionForm(request.POST, request.FILES, kinds=accepted_kinds(campaign),
                               categories=open_categories(campaign))
    problems: list[str] = []
    if form.is_valid():
        data = form.cleaned_data
        try:
            do_submit(campaign, kind=data["kind"], title=data["title"], text=data["text"], upload=data["file"],
                      submitter_name=data["submitter_name"], submitter_contact=data["submitter_contact"],
                      consent_publish=data["consent_publish"], consent_named=data["consent_named"],
                      organization=workspace.organization, language=get_language() or "tr",
                      category=data.get("category"), actor=request.user)
        except SubmissionError as error:
            problems = error.messages
        else:
            messages.success(request, _("The contribution was received; it waits for a curator."))
            return redirect("campaigns:submissions", slug=slug, campaign_id=campaign.pk)
    return _list_page(request, campaign, workspace, rows, form=form, problems=problems, status=400)


@login_required
@require_POST
def curate(request: AuthenticatedHttpRequest, slug: str, campaign_id: int, submission_id: int) -> HttpResponse:
    """Approve or not accept a contribution: the lead organization's curators decide."""
    submission, campaign, workspace = access.access_submission_by_id(request.user, slug, campaign_id,
                                                                     submission_id)
    if not access.leads(campaign, workspace):
        raise Http404
    form = CurateForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose approve or not accept."))
        return redirect("campaigns:submissions", slug=slug, campaign_id=campaign.pk)
    approve = form.cleaned_data["decision"] == "approve"
    try:
        do_curate(submission, approve=approve, reason=form.cleaned_data["reason"], actor=request.user)
    except SubmissionError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("“%(title)s” is approved.") % {"title": submission.title} if approve else
                         _("“%(title)s” is not accepted.") % {"title": submission.title})
    return redirect(f"{_submissions_url(slug, campaign.pk)}#submission-{submission.pk}")


def _submissions_url(slug: str, campaign_id: int) -> str:
    from django.urls import reverse

    return reverse("campaigns:submissions", args=[slug, campaign_id])


def _thumbnail(submission: Submission) -> bytes | None:
    """A small JPEG of the photo for lists and the gallery; None when the file cannot be read."""
    try:
        with submission.file.open("rb") as handle, Image.open(handle) as image:
            image.draft("RGB", (THUMBNAIL, THUMBNAIL))
            small = image.convert("RGB")
            small.thumbnail((THUMBNAIL, THUMBNAIL))
            out = io.BytesIO()
            small.save(out, format="JPEG", quality=82)
            return out.getvalue()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def _file_response(submission: Submission, *, thumbnail: bool, attachment: bool) -> HttpResponseBase:
    if not submission.file:
        raise Http404
    if thumbnail and submission.kind == MediaKind.IMAGE:
        small = _thumbnail(submission)
        if small is None:
            raise Http404
        return HttpResponse(small, content_type="image/jpeg")
    try:
        handle = submission.file.open("rb")
    except FileNotFoundError:  # the row outlived its file (restored from a backup without media)
        raise Http404 from None
    extension = media.EXTENSIONS.get(submission.content_type, ".bin")
    return FileResponse(handle, content_type=submission.content_type or "application/octet-stream",
                        as_attachment=attachment,
                        filename=f"{submission.campaign.slug}-{submission.pk}{extension}")


@login_required
@require_GET
def submission_file(request: AuthenticatedHttpRequest, slug: str, campaign_id: int,
                    submission_id: int) -> HttpResponseBase:
    """A contribution's file for its curators, never at a public address."""
    submission, _campaign, _workspace = access.access_submission_by_id(request.user, slug, campaign_id,
                                                                       submission_id)
    response = _file_response(submission, thumbnail=request.GET.get("thumb") == "1", attachment=False)
    response["Cache-Control"] = "private, no-store"
    return response


# ---- the public side: the gallery's files and the collage ----------------------------------------------------

@require_GET
def gallery_file(request: HttpRequest, organization: str, campaign_slug: str,
                 submission_id: int) -> HttpResponseBase:
    """A file of the gallery: only approved contributions whose sender agreed to publication."""
    submission = access.gallery_item(organization, campaign_slug, submission_id)
    response = _file_response(submission, thumbnail=request.GET.get("thumb") == "1",
                              attachment=submission.kind == MediaKind.VIDEO)
    response["Cache-Control"] = "public, max-age=300"
    return response


def _city(campaign: Campaign, slug: str) -> Organization | None:
    if not slug:
        return None
    if campaign.organization.slug == slug:
        return campaign.organization
    found = campaign.participants.filter(slug=slug).first()
    if found is None:
        raise Http404
    return found


@require_GET
def collage_view(request: HttpRequest, organization: str, campaign_slug: str, fmt: str) -> HttpResponse:
    campaign = access.public_campaign(organization, campaign_slug)
    city = _city(campaign, request.GET.get("city", "")[:60])
    photos = access.gallery_of(campaign).filter(kind=MediaKind.IMAGE).exclude(file="")
    if city is not None:
        photos = photos.filter(organization=city)
    # The same picture until a decision, the title or the city changes.
    state = photos.aggregate(n=Count("pk"), last=Max("decided_at"), newest=Max("pk"))
    fingerprint = hashlib.sha256(repr((campaign.pk, campaign.title, campaign.hashtags, city and city.pk,
                                       state, get_language())).encode()).hexdigest()[:32]
    png = cache.get(f"campaigns:collage:{fingerprint}")
    if png is None:
        png = collage.collage_png(campaign, list(photos[:collage.MAX_TILES]), subtitle=city.name if city else "")
        cache.set(f"campaigns:collage:{fingerprint}", png, 3600)
    name = f"{campaign.slug}-collage{'-' + city.slug if city else ''}"
    if fmt == "pdf":
        response = HttpResponse(collage.collage_pdf(campaign, png), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
    else:
        response = HttpResponse(png, content_type="image/png")
        response["Content-Disposition"] = f'inline; filename="{name}.png"'
    response["Cache-Control"] = "public, max-age=300"
    return response


W = "workspace/<slug:slug>/campaigns/<int:campaign_id>/submissions/"
P = "campaigns/<slug:organization>/<slug:campaign_slug>/"

urlpatterns = [
    path(W, submissions, name="submissions"),
    path(W + "<int:submission_id>/curate/", curate, name="curate"),
    path(W + "<int:submission_id>/file/", submission_file, name="submission_file"),
    path(P + "submit/", submit, name="submit"),
    path(P + "gallery/<int:submission_id>/", gallery_file, name="gallery_file"),
    re_path(r"^campaigns/(?P<organization>[-a-zA-Z0-9_]+)/(?P<campaign_slug>[-a-zA-Z0-9_]+)/"
            r"collage\.(?P<fmt>png|pdf)$", collage_view, name="collage"),
]
