"""Per-client rate limits without third-party services: a counter per (bucket, client, time window)."""

import hashlib
import time

from django.core.cache import cache


def client_key(request) -> str:
    # Behind a trusted proxy, REMOTE_ADDR is set from X-Forwarded-For by the proxy configuration.
    address = request.META.get("REMOTE_ADDR", "")
    return hashlib.sha256(address.encode()).hexdigest()[:24]


def allow(request, bucket: str, *, limit: int, window_seconds: int) -> bool:
    """Count one use of `bucket` by this client; False once `limit` uses fall in the current window."""
    window = int(time.time() // window_seconds)
    key = f"rl:{bucket}:{client_key(request)}:{window}"
    if cache.add(key, 1, timeout=window_seconds + 5):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds + 5)
        return True
