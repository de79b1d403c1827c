"""Type names shared by the platform's signatures."""

from typing import TypeAlias

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

#: The person making a request: signed in or not.
AnyUser: TypeAlias = AbstractBaseUser | AnonymousUser
#: The person an action is done by; None when a task, a command or a reporter without an account acts.
Actor: TypeAlias = AbstractBaseUser | None
