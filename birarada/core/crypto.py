"""Encryption at rest for personal data (incident narratives, contact details, evidence files).

Keys come from the environment variable BIRARADA_ENCRYPTION_KEYS: a comma-separated list of Fernet keys
(AES-128-CBC + HMAC-SHA256), newest first. New data is encrypted with the first key; any listed key
decrypts. Rotation: put a new key first, run `manage.py rotate_encryption_keys`, then drop the old key.
`manage.py generate_encryption_key` prints a new key.
"""

import functools
import hashlib
import hmac
import re

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@functools.cache
def _keyring() -> MultiFernet:
    keys = list(settings.ENCRYPTION_KEYS)
    if not keys:
        raise ImproperlyConfigured("Set BIRARADA_ENCRYPTION_KEYS (see README, 'Encryption keys').")
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError:
        raise ImproperlyConfigured(
            "BIRARADA_ENCRYPTION_KEYS holds a value that is not a Fernet key; "
            "create one with `manage.py generate_encryption_key`."
        ) from None


def reset_keyring() -> None:
    """Forget the cached keys (after the settings changed, e.g. in tests)."""
    _keyring.cache_clear()
    _lookup_key.cache_clear()


def encrypt_bytes(data: bytes) -> bytes:
    return _keyring().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return _keyring().decrypt(token)
    except InvalidToken:
        raise ImproperlyConfigured(
            "Stored data cannot be decrypted with the configured keys: was a key removed before rotation finished?"
        ) from None


def rotate_bytes(token: bytes) -> bytes:
    """Re-encrypt with the newest key."""
    return _keyring().rotate(token)


def encrypt_text(text: str) -> str:
    return encrypt_bytes(text.encode("utf-8")).decode("ascii")


def decrypt_text(token: str) -> str:
    return decrypt_bytes(token.encode("ascii")).decode("utf-8")


@functools.cache
def _lookup_key() -> bytes:
    # Lookups (receipt digests, hashed handles) use their own key, so rotating the encryption keys
    # never makes a receipt unfindable.
    return hashlib.sha256(b"birarada-lookup:" + settings.LOOKUP_KEY.encode()).digest()


def lookup_digest(value: str) -> str:
    """A keyed, deterministic digest for finding a record by a secret (a receipt) without storing it."""
    return hmac.new(_lookup_key(), value.encode("utf-8"), hashlib.sha256).hexdigest()


_PURPOSE = re.compile(r"[a-z0-9][a-z0-9_.-]*")


def keyed_digest(purpose: str, value: str) -> str:
    """lookup_digest of "<purpose>:<value>": a keyed digest that cannot be mistaken for one made for
    another purpose (a handle hashed for monitoring never equals a receipt's digest). 64 hex characters.

    `purpose` is a fixed name such as "receipt" or "monitoring.author-handle" (lower-case letters, digits,
    '.', '_' and '-'; no ':', so the value cannot shift into it). keyed_digest("receipt", r) is the
    digest receipts have always had: lookup_digest("receipt:" + r).
    """
    if not _PURPOSE.fullmatch(purpose):
        raise ValueError(f"A digest purpose is a lower-case name without ':', not {purpose!r}")
    return lookup_digest(f"{purpose}:{value}")
