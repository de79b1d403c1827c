"""Keyed digests: receipts keep their digests; other purposes get digests of their own."""

import hashlib
import hmac

import pytest

from birarada.core import crypto
from birarada.core.crypto import keyed_digest, lookup_digest
from birarada.incidents.receipts import receipt_digest


@pytest.fixture
def lookup_key(settings):
    settings.LOOKUP_KEY = "a-lookup-key-for-tests"
    crypto.reset_keyring()
    yield settings.LOOKUP_KEY
    crypto.reset_keyring()


def test_receipt_digests_are_unchanged(lookup_key):
    key = hashlib.sha256(b"birarada-lookup:" + lookup_key.encode()).digest()
    expected = hmac.new(key, b"receipt:ABCD2345EFGH6789", hashlib.sha256).hexdigest()
    assert receipt_digest("abcd-2345-efgh-6789") == expected
    assert keyed_digest("receipt", "ABCD2345EFGH6789") == expected == lookup_digest("receipt:ABCD2345EFGH6789")


def test_purposes_are_separate(lookup_key):
    digests = {keyed_digest(purpose, "okur_1") for purpose in ("receipt", "monitoring.author-handle", "events")}
    assert len(digests) == 3 and lookup_digest("okur_1") not in digests
    assert all(len(d) == 64 and int(d, 16) >= 0 for d in digests)


@pytest.mark.parametrize("purpose", ["", "receipt:x", "Receipt", "with space", ":"])
def test_a_purpose_is_a_plain_name(purpose):
    with pytest.raises(ValueError, match="purpose"):
        keyed_digest(purpose, "value")


def test_digests_follow_the_lookup_key(settings, lookup_key):
    before = keyed_digest("monitoring.author-handle", "okur_1")
    settings.LOOKUP_KEY = "another-lookup-key"
    crypto.reset_keyring()
    assert keyed_digest("monitoring.author-handle", "okur_1") != before
