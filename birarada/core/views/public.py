from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from birarada.core.access import public_organization_by_slug
from birarada.core.models import Organization
from birarada.core.modules import home_sections
from birarada.core.views.cities import top_level_cities
from birarada.core.views.directory_page import directory_context, profile_context


@require_GET
def root(request: HttpRequest) -> HttpResponse:
    """`/` serves the city's language unless the visitor chose another one before."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        return redirect("core:home")


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    counts = {
        "organizations": Organization.objects.in_directory().count(),
        "cities": Organization.objects.in_directory().exclude(city="").values("city").distinct().count(),
    }
    return render(request, "core/home.html", {"counts": counts, "cities": top_level_cities(),
                                              "module_sections": home_sections()})


@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    """The partner directory: search, filters, the province map and the list (views/directory_page.py)."""
    return render(request, "core/directory.html", directory_context(request))


@require_GET
def organization_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organization = public_organization_by_slug(slug)
    return render(request, "core/organization_detail.html", profile_context(request, organization))


def set_language_cookie(response: HttpResponse, language: str) -> HttpResponse:
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response


@require_GET
def switch_language(request: HttpRequest, language: str) -> HttpResponse:
    """A plain link (no JavaScript, no form) that changes the language and remembers the choice.

    `next` is the page's address already translated into `language` by the switcher.
    """
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    target = request.GET.get("next", "")
    if not target.startswith(f"/{language}/") or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = f"/{language}/"
    return set_language_cookie(redirect(target), language)
