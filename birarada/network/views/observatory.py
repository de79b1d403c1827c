"""The observatory of good practices' pages.

- Public: the list with its search and facets (a GET form that works without JavaScript), a practice's page in
  the reader's language when it exists, and its files. Only published practices; a draft is missing (404).
- An organization's contributors (CONTRIBUTE_PRACTICES, its own staff): its practices, writing them, their
  language versions and files, submitting them and answering the editors.
- A network's editors (EDIT_OBSERVATORY in the network's workspace): what reached the observatory, comments,
  sending back to draft, publishing and unpublishing.
"""

from __future__ import annotations

import functools
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Prefetch, Value, When
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from birarada.core import uploads
from birarada.core.access import Workspace, access_workspace_by_slug, as_id
from birarada.core.types import AuthenticatedHttpRequest
from birarada.network import access
from birarada.network import observatory as actions
from birarada.network.access import (
    access_practice_by_id,
    network_workspace,
    networks_of,
    practices_of,
    practices_to_review,
    public_practice_by_slug,
)
from birarada.network.choices import LICENCE_URLS, PRACTICE_LANGUAGES, MethodStatus, PracticeStatus
from birarada.network.forms_observatory import (
    FACET_CHOICES,
    CommentForm,
    NewPracticeForm,
    PracticeFactsForm,
    PracticeFileForm,
    PracticeTextForm,
    ReturnForm,
    search_request,
)
from birarada.network.indexing import FACETS
from birarada.network.models import Practice, PracticeFile, PracticeText
from birarada.network.module import CONTRIBUTE_PRACTICES, EDIT_OBSERVATORY
from birarada.network.search import related_practices, search_practices, shown_text

PER_PAGE = 20
REVIEW_PAGE = 50
T = "network/observatory/"
LANGUAGE_NAMES = dict(PRACTICE_LANGUAGES)


# ---- shared by the pages ----------------------------------------------------------------------------------

@functools.lru_cache(maxsize=16)
def _territories(language: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_name(code: str) -> str:
    """A country's name in the page's language ("BE" → "Belçika" on a Turkish page); the code when unknown."""
    return _territories((translation.get_language() or "tr")[:2]).get(code, code)


def language_name(code: str) -> str:
    """A language's name in the page's language ("en" → "İngilizce" on a Turkish page)."""
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return LANGUAGE_NAMES.get(code, code)


def _bidi(code: str) -> bool:
    try:
        return bool(translation.get_language_info(code)["bidi"])
    except KeyError:
        return False


def _file_response(practice: Practice, item: PracticeFile, *, inline: bool) -> FileResponse:
    try:
        handle = item.file.open("rb")
    except (FileNotFoundError, OSError):  # the row outlived its file (restored from a backup without media)
        raise Http404 from None
    return FileResponse(handle, content_type=item.content_type, as_attachment=not inline,
                        filename=f"{practice.slug}-{item.pk}{uploads.extension_for(item.content_type)}")


def _file_of(practice: Practice, file_id: object) -> PracticeFile:
    item = practice.files.filter(pk=as_id(file_id)).first()
    if item is None:
        raise Http404
    return item


def _texts(practice: Practice) -> list[PracticeText]:
    """The practice's language versions in the usual order, each with `bidi` (written right to left)."""
    order = [code for code, _name in PRACTICE_LANGUAGES]
    texts = sorted(practice.texts.all(), key=lambda t: order.index(t.language) if t.language in order else 99)
    for text in texts:
        text.bidi = _bidi(text.language)  # type: ignore[attr-defined]
    return texts


def _files(practice: Practice) -> tuple[list[PracticeFile], list[PracticeFile]]:
    """(images, documents) of the practice."""
    found = list(practice.files.order_by("pk"))
    return [f for f in found if actions.is_image(f)], [f for f in found if not actions.is_image(f)]


def _facts(practice: Practice) -> dict[str, Any]:
    """What every page of a practice shows besides its text."""
    return {"country_name": country_name(practice.country), "sources": actions.sources_of(practice),
            "licence_url": LICENCE_URLS.get(practice.licence, ""),  # type: ignore[call-overload]
            "organizations": list(practice.organizations.order_by("name"))}


# ---- public -----------------------------------------------------------------------------------------------

FACET_LEGENDS = {"theme": gettext_lazy("Theme"), "ground": gettext_lazy("Ground"),
                 "area": gettext_lazy("Area of urban life"), "country": gettext_lazy("Country"),
                 "size": gettext_lazy("City size"), "lang": gettext_lazy("Language of the text")}


def _facet_groups(counts: dict[str, list[tuple[str, int]]], chosen: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Each facet with its values: label, count among the current results, whether chosen. Values without
    results are left out unless chosen (so a choice can always be undone)."""
    groups = []
    for facet in FACETS:
        counted = dict(counts.get(facet, []))
        selected = chosen.get(facet, [])
        if facet == "country":
            codes = [code for code, _n in counts.get(facet, [])] + [c for c in selected if c not in counted]
            labels = [(code, country_name(code)) for code in codes]
            labels.sort(key=lambda pair: pair[1])
        else:
            labels = [(value, str(label)) for value, label in FACET_CHOICES[facet]]
        options = [{"value": value, "label": label, "count": counted.get(value, 0), "checked": value in selected}
                   for value, label in labels if counted.get(value) or value in selected]
        if options:
            groups.append({"name": facet, "legend": FACET_LEGENDS[facet], "options": options})
    return groups


@require_GET
def observatory(request: HttpRequest) -> HttpResponse:
    wanted = search_request(request.GET)
    result = search_practices(wanted.query, wanted.filters, page=wanted.page, per_page=PER_PAGE)
    pager = Paginator(range(result.total), PER_PAGE).page(result.page)  # the shared pager's page
    notice = ""
    if wanted.page_given and wanted.page_given != str(result.page):
        notice = _("There is no page “%(asked)s”: here is page %(page)s of %(pages)s.") % {
            "asked": wanted.page_given, "page": result.page, "pages": result.pages}
    for item in result.items:
        item.country_name = country_name(item.country)  # type: ignore[attr-defined]
        item.language_names = [LANGUAGE_NAMES.get(c, c) for c in item.languages]  # type: ignore[attr-defined]
    return render(request, T + "list.html", {
        "result": result, "page": pager, "query": wanted.query,
        "facets": _facet_groups(result.facets, wanted.filters), "filtered": bool(wanted.query or wanted.filters),
        "notice": notice, "theme_labels": dict(FACET_CHOICES["theme"])})


@require_GET
def practice(request: HttpRequest, slug: str) -> HttpResponse:
    found = public_practice_by_slug(slug)
    texts = _texts(found)
    text = shown_text(texts)
    if text is None:  # published without a text cannot happen through the actions; never a 500
        raise Http404
    current = (translation.get_language() or "tr")[:2]
    versions = []
    for other in texts:
        if other.pk != text.pk:
            with translation.override(other.language):
                url = reverse("network:practice", args=[found.slug])
            versions.append({"code": other.language, "name": LANGUAGE_NAMES.get(other.language, other.language),
                             "url": url, "title": other.title})
    images, documents = _files(found)
    related = related_practices(found)
    for item in related:
        item.country_name = country_name(item.country)  # type: ignore[attr-defined]
    return render(request, T + "practice.html", {
        "practice": found, "text": text, "versions": versions, "elsewhere": text.language != current,
        "only_one": len(texts) == 1, "text_language_name": language_name(text.language),
        "page_language_name": language_name(current),
        "text_bidi": _bidi(text.language),
        "images": images, "documents": documents, "related": related,
        "methods": list(found.methods.filter(status=MethodStatus.PUBLISHED).order_by("title")),
        "theme_labels": dict(FACET_CHOICES["theme"]), **_facts(found)})


@require_GET
def practice_file(request: HttpRequest, slug: str, file_id: int) -> FileResponse:
    found = public_practice_by_slug(slug)
    item = _file_of(found, file_id)
    return _file_response(found, item, inline=actions.is_image(item))


# ---- an organization's contributors -------------------------------------------------------------------------

def _contributor(request: AuthenticatedHttpRequest, slug: str) -> Workspace:
    return access_workspace_by_slug(request.user, slug, CONTRIBUTE_PRACTICES, member=True)


@login_required
@require_GET
def my_practices(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = _contributor(request, slug)
    rows = list(practices_of(workspace).select_related("network").prefetch_related("texts")
                .order_by("-updated_at", "-pk"))
    for row in rows:
        row.shown = shown_text(list(row.texts.all()))  # type: ignore[attr-defined]
    return render(request, T + "mine.html", {"workspace": workspace, "practices": rows,
                                             "has_network": networks_of(workspace.organization).exists()})


@login_required
@require_http_methods(["GET", "POST"])
def practice_new(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    workspace = _contributor(request, slug)
    organization = workspace.organization
    networks = networks_of(organization)
    if not networks.exists():
        return render(request, T + "new.html", {"workspace": workspace, "form": None},
                      status=400 if request.method == "POST" else 200)
    language = (translation.get_language() or "tr")[:2]
    form = NewPracticeForm(request.POST or None, networks=networks, initial={
        "city": organization.city, "country": organization.country or "TR",
        "language": language if language in LANGUAGE_NAMES else "tr", "network": networks.first()})
    if request.method == "POST" and form.is_valid():
        try:
            created = actions.do_create_practice(
                organization, network=form.cleaned_data["network"], language=form.cleaned_data["language"],
                organizations=form.cleaned_data["organizations"], actor=request.user, **form.facts(), **form.text())
        except actions.PracticeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The practice is saved as a draft. Add other language versions and files, "
                                        "then submit it for review."))
            return redirect("network:my_practice", slug=slug, practice_id=created.pk)
    return render(request, T + "new.html", {"workspace": workspace, "form": form},
                  status=400 if form.errors else 200)


def _my_page(request, found: Practice, workspace: Workspace, *, file_form=None, comment_form=None,
             submit_error: str = "", status: int = 200) -> HttpResponse:
    texts = _texts(found)
    have = {t.language for t in texts}
    images, documents = _files(found)
    return render(request, T + "my_practice.html", {
        "workspace": workspace, "practice": found, "texts": texts, "shown": shown_text(texts),
        "missing_languages": [(code, name) for code, name in PRACTICE_LANGUAGES if code not in have],
        "complete": bool(actions.complete_texts(found)), "images": images, "documents": documents,
        "file_form": file_form or PracticeFileForm(), "comment_form": comment_form or CommentForm(),
        "comments": list(found.comments.all()), "submit_error": submit_error,
        "theme_labels": dict(FACET_CHOICES["theme"]), **_facts(found)}, status=status)


@login_required
@require_GET
def my_practice(request: AuthenticatedHttpRequest, slug: str, practice_id: int) -> HttpResponse:
    found, workspace = access_practice_by_id(request.user, slug, practice_id)
    return _my_page(request, found, workspace)


@login_required
@require_http_methods(["GET", "POST"])
def practice_edit(request: AuthenticatedHttpRequest, slug: str, practice_id: int) -> HttpResponse:
    found, workspace = access_practice_by_id(request.user, slug, practice_id)
    form = PracticeFactsForm(request.POST or None, initial=PracticeFactsForm.initial_for(found))
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_update_practice(found, actor=request.user, organizations=form.cleaned_data["organizations"],
                                       **form.facts())
        except actions.PracticeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The practice's facts are saved."))
            return redirect("network:my_practice", slug=slug, practice_id=found.pk)
    shown = shown_text(list(found.texts.all()))
    return render(request, T + "edit.html", {"workspace": workspace, "practice": found, "shown": shown,
                                             "form": form}, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def practice_text(request: AuthenticatedHttpRequest, slug: str, practice_id: int, language: str) -> HttpResponse:
    found, workspace = access_practice_by_id(request.user, slug, practice_id)
    if language not in LANGUAGE_NAMES:
        raise Http404
    existing = found.texts.filter(language=language).first()
    initial = {name: getattr(existing, name) for name in actions.TEXT_FIELDS} if existing else {}
    form = PracticeTextForm(request.POST or None, initial=initial, language=language, bidi=_bidi(language))
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_save_practice_text(found, language, actor=request.user, **form.text())
        except actions.PracticeError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The %(language)s version is saved.") % {"language": language_name(language)})
            return redirect("network:my_practice", slug=slug, practice_id=found.pk)
    return render(request, T + "text.html", {
        "workspace": workspace, "practice": found, "form": form, "language": language,
        "language_name": LANGUAGE_NAMES[language], "existing": existing,
        "bidi": _bidi(language)}, status=400 if form.errors else 200)


@login_required
@require_POST
def practice_file_add(request: AuthenticatedHttpRequest, slug: str, practice_id: int) -> HttpResponse:
    found, workspace = access_practice_by_id(request.user, slug, practice_id)
    form = PracticeFileForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            actions.do_add_practice_file(found, title=form.cleaned_data["title"], upload=form.cleaned_data["file"],
                                         actor=request.user)
        except actions.PracticeError as error:
            form.add_error("file", str(error))
        else:
            messages.success(request, _("The file is kept with the practice."))
            return redirect("network:my_practice", slug=slug, practice_id=found.pk)
    return _my_page(request, found, workspace, file_form=form, status=400)


@login_required
@require_GET
def my_practice_file(request: AuthenticatedHttpRequest, slug: str, practice_id: int, file_id: int) -> FileResponse:
    found, _workspace = access_practice_by_id(request.user, slug, practice_id)
    return _file_response(found, _file_of(found, file_id), inline=False)


@login_required
@require_POST
def practice_file_remove(request: AuthenticatedHttpRequest, slug: str, practice_id: int, file_id: int
                         ) -> HttpResponse:
    found, _workspace = access_practice_by_id(request.user, slug, practice_id)
    actions.do_remove_practice_file(_file_of(found, file_id), actor=request.user)
    messages.success(request, _("The file was removed."))
    return redirect("network:my_practice", slug=slug, practice_id=found.pk)


@login_required
@require_POST
def practice_submit(request: AuthenticatedHttpRequest, slug: str, practice_id: int) -> HttpResponse:
    found, workspace = access_practice_by_id(request.user, slug, practice_id)
    try:
        actions.do_submit_practice(found, actor=request.user)
    except actions.PracticeError as error:
        return _my_page(request, found, workspace, submit_error=str(error), status=400)
    messages.success(request, _("The practice was sent to the network's editors for review."))
    return redirect("network:my_practice", slug=slug, practice_id=found.pk)


@login_required
@require_POST
def practice_comment(request: AuthenticatedHttpRequest, slug: str, practice_id: int) -> HttpResponse:
    found, workspace = access_practice_by_id(request.user, slug, practice_id)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            actions.do_comment_practice(found, text=form.cleaned_data["text"], actor=request.user, by_editor=False)
        except actions.PracticeError as error:
            form.add_error("text", str(error))
        else:
            messages.success(request, _("Your answer was sent to the network's editors."))
            return redirect("network:my_practice", slug=slug, practice_id=found.pk)
    return _my_page(request, found, workspace, comment_form=form, status=400)


# ---- a network's editors ------------------------------------------------------------------------------------

REVIEW_ACTIONS = ("comment", "return", "publish", "unpublish")


@login_required
@require_GET
def review_practices(request: AuthenticatedHttpRequest, slug: str) -> HttpResponse:
    try:
        workspace = network_workspace(request.user, slug, EDIT_OBSERVATORY)
    except Http404:
        # The menu offers this page to editors of any organization: outside a network, say where to go instead.
        own = access.not_a_network_workspace(request.user, slug, EDIT_OBSERVATORY)
        if own is None:
            raise
        return render(request, T + "review_elsewhere.html", {
            "workspace": own,
            "networks": access.networks_user_may_open(request.user, own.organization, EDIT_OBSERVATORY)})
    rows = (practices_to_review(workspace).select_related("owner")
            .prefetch_related(Prefetch("texts", queryset=PracticeText.objects.order_by("pk")))
            .annotate(queue=Case(When(status=PracticeStatus.IN_REVIEW, then=Value(0)), default=Value(1),
                                 output_field=IntegerField()))
            .order_by("queue", "-updated_at", "-pk"))
    page = Paginator(rows, REVIEW_PAGE).get_page(request.GET.get("page"))
    for row in page:
        row.shown = shown_text(list(row.texts.all()))  # type: ignore[attr-defined]
        row.changed = actions.changed_after_publication(row)  # type: ignore[attr-defined]
    return render(request, T + "review_list.html", {"workspace": workspace, "page": page})


def _review_page(request, found: Practice, workspace: Workspace, *, comment_form=None, return_form=None,
                 error: str = "", status: int = 200) -> HttpResponse:
    texts = _texts(found)
    images, documents = _files(found)
    return render(request, T + "review_practice.html", {
        "workspace": workspace, "practice": found, "texts": texts, "shown": shown_text(texts),
        "images": images, "documents": documents, "comments": list(found.comments.all()),
        "changed": actions.changed_after_publication(found), "complete": bool(actions.complete_texts(found)),
        "comment_form": comment_form or CommentForm(), "return_form": return_form or ReturnForm(),
        "error": error, "theme_labels": dict(FACET_CHOICES["theme"]), **_facts(found)}, status=status)


@login_required
@require_GET
def review_practice(request: AuthenticatedHttpRequest, slug: str, practice_id: int) -> HttpResponse:
    found, workspace = access_practice_by_id(request.user, slug, practice_id, review=True)
    return _review_page(request, found, workspace)


@login_required
@require_GET
def review_practice_file(request: AuthenticatedHttpRequest, slug: str, practice_id: int, file_id: int
                         ) -> FileResponse:
    found, _workspace = access_practice_by_id(request.user, slug, practice_id, review=True)
    return _file_response(found, _file_of(found, file_id), inline=False)


@login_required
@require_POST
def review_practice_change(request: AuthenticatedHttpRequest, slug: str, practice_id: int, what: str
                           ) -> HttpResponse:
    found, workspace = access_practice_by_id(request.user, slug, practice_id, review=True)
    if what not in REVIEW_ACTIONS:
        raise Http404
    comment_form = return_form = None
    try:
        if what == "comment":
            comment_form = CommentForm(request.POST)
            if not comment_form.is_valid():
                return _review_page(request, found, workspace, comment_form=comment_form, status=400)
            actions.do_comment_practice(found, text=comment_form.cleaned_data["text"], actor=request.user,
                                        by_editor=True)
            done = _("Your comment was sent to the authors.")
        elif what == "return":
            return_form = ReturnForm(request.POST)
            if not return_form.is_valid():
                return _review_page(request, found, workspace, return_form=return_form, status=400)
            actions.do_return_practice(found, comment=return_form.cleaned_data["comment"], actor=request.user)
            done = _("The practice went back to its authors as a draft.")
        elif what == "publish":
            actions.do_publish_practice(found, actor=request.user)
            done = _("The practice is published.")
        else:
            actions.do_unpublish_practice(found, actor=request.user)
            done = _("The practice is no longer public; it waits in review.")
    except actions.PracticeError as error:
        return _review_page(request, found, workspace, comment_form=comment_form, return_form=return_form,
                            error=str(error), status=400)
    messages.success(request, done)
    if what == "return":
        return redirect("network:review_practices", slug=slug)
    return redirect("network:review_practice", slug=slug, practice_id=found.pk)
