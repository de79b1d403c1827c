"""Model fields whose values are stored encrypted (see crypto.py); Python code sees plain values."""

import json
from typing import TYPE_CHECKING, Any

from django.db import models

if TYPE_CHECKING:
    from django.db.models.expressions import Combinable

    # django-stubs reads a field's value types from its type parameters (set, get): a dict, where a TextField
    # has a str. Django's own field classes take no parameters at run time.
    _JSONText = models.TextField[dict[str, Any] | Combinable, dict[str, Any]]
else:
    _JSONText = models.TextField

from birarada.core import crypto


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token. Cannot be searched or ordered in the database, by design."""

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return crypto.decrypt_text(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return crypto.encrypt_text(value)


class EncryptedJSONField(_JSONText):
    """A small JSON document (e.g. contact details) stored as one Fernet token."""

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return {}
        return json.loads(crypto.decrypt_text(value))

    def to_python(self, value):
        if isinstance(value, dict):
            return value
        if value in (None, ""):
            return {}
        return json.loads(value)

    def get_prep_value(self, value):
        if not value:
            return ""
        return crypto.encrypt_text(json.dumps(value, ensure_ascii=False, sort_keys=True))
