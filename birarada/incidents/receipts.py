"""Receipt codes: how an anonymous reporter finds their case again.

16 characters from Crockford's base32 alphabet (80 bits of randomness), shown as four groups of four:
easy to read aloud and type, with no letters that look like digits. Only a keyed digest is stored, so
the database alone cannot reveal or test a receipt.
"""

import secrets

from birarada.core.crypto import lookup_digest

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 16
# What people type instead of the right character: O for zero, I/L for one (also Turkish dotted İ).
_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "İ": "1", "L": "1", "U": "V"})


def new_receipt() -> str:
    code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(code[i : i + 4] for i in range(0, LENGTH, 4))


def normalise_receipt(text: str) -> str | None:
    """The canonical form of a typed receipt, or None if it cannot be one."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    compact = "".join(ch for ch in text if ch not in " -–—_.\t\n").upper().translate(_CONFUSABLES)
    if len(compact) != LENGTH or any(ch not in ALPHABET for ch in compact):
        return None
    return compact


def receipt_digest(text: str) -> str | None:
    compact = normalise_receipt(text)
    return lookup_digest("receipt:" + compact) if compact else None
