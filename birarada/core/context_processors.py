from typing import Any

from django.http import HttpRequest

from birarada.core.access import organizations_of


def workspace(request: HttpRequest) -> dict[str, Any]:
    """The organizations a signed-in person can switch between, for the header."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"my_organizations": organizations_of(user)}
