"""Type names shared by the platform's signatures."""

from typing import TypeAlias

from django.contrib.auth.models import AnonymousUser, User
from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

# The platform uses Django's own user model (AUTH_USER_MODEL is not swapped). django-stubs types `request.user`
# as `User | AnonymousUser` and the foreign keys to AUTH_USER_MODEL as `User`, so the aliases name `User`.

#: The person making a request: signed in or not.
AnyUser: TypeAlias = User | AnonymousUser
#: The person an action is done by; None when a task, a command or a reporter without an account acts.
Actor: TypeAlias = User | None


class HtmxHttpRequest(HttpRequest):
    """Every request: django-htmx's middleware (in MIDDLEWARE) adds `request.htmx`."""

    htmx: HtmxDetails


class AuthenticatedHttpRequest(HtmxHttpRequest):
    """A request to a view behind `@login_required`: `request.user` is a signed-in person, never anonymous.
    Only for annotations: views receive Django's request object; the decorator is what makes this true."""

    user: User
