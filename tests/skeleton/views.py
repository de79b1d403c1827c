from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse

from birarada.core.access import access_workspace_by_slug
from tests.skeleton.module import TEND_GARDEN


@login_required
def garden(request: HttpRequest, slug: str) -> HttpResponse:
    workspace = access_workspace_by_slug(request.user, slug, TEND_GARDEN, member=True)
    return HttpResponse(f"Garden of {workspace.organization.slug}")
