"""Per-client rate limits, shared by every web worker, with a sliding window.

- The client is the address the configured number of trusted reverse proxies saw (`TRUSTED_PROXY_COUNT`): behind
  one proxy, the last entry of X-Forwarded-For, which the proxy itself wrote; with none, REMOTE_ADDR. A client
  cannot choose its own address by sending the header, because entries left of the trusted ones are ignored.
- Counts live where every worker sees them: in the database (one row per bucket, client and window, increased
  with an atomic UPDATE), or in Redis when REDIS_URL is set. Rows of past windows are removed daily.
- The window slides: the count of the previous fixed window is weighted by how much of it still overlaps the
  last `window_seconds`, so a burst across a window boundary cannot double the allowance.
"""

from __future__ import annotations

import hashlib
import ipaddress
import time
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from birarada.core.models import RateCount


def client_address(request: HttpRequest) -> str:
    """The client's address, through `TRUSTED_PROXY_COUNT` trusted proxies (also used for sign-in lockouts)."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    if len(hops) < proxies:
        return remote  # fewer hops than proxies: the header was not written by our proxies
    candidate = hops[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def client_key(request: HttpRequest) -> str:
    return hashlib.sha256(client_address(request).encode()).hexdigest()[:24]


def _count(key: str, window: int, expires_in: int) -> tuple[int, int]:
    """Add one use to this window; returns (uses in this window, uses in the previous window)."""
    if settings.REDIS_URL:
        return _count_in_redis(key, window, expires_in)
    updated = RateCount.objects.filter(key=key, window=window).update(count=F("count") + 1)
    if not updated:
        try:
            with transaction.atomic():
                RateCount.objects.create(key=key, window=window, count=1,
                                         expires_at=timezone.now() + timedelta(seconds=expires_in))
        except IntegrityError:  # another worker created it first
            RateCount.objects.filter(key=key, window=window).update(count=F("count") + 1)
    counts = dict(RateCount.objects.filter(key=key, window__in=[window, window - 1]).values_list("window", "count"))
    return counts.get(window, 1), counts.get(window - 1, 0)


def _count_in_redis(key: str, window: int, expires_in: int) -> tuple[int, int]:
    """One round trip: INCR (creates the counter at 1), EXPIRE, and GET of the previous window, pipelined on the
    cache's Redis connection, under the cache's key prefix."""
    from django.core.cache import cache

    current_key = cache.make_and_validate_key(f"rl:{key}:{window}")
    previous_key = cache.make_and_validate_key(f"rl:{key}:{window - 1}")
    client = cache._cache.get_client(current_key, write=True)  # type: ignore[attr-defined]
    pipeline = client.pipeline(transaction=False)
    pipeline.incr(current_key)
    pipeline.expire(current_key, expires_in)
    pipeline.get(previous_key)
    current, _expiry, previous = pipeline.execute()
    return int(current), int(previous or 0)


def allow(request: HttpRequest, bucket: str, *, limit: int, window_seconds: int, now: float | None = None) -> bool:
    """Count one use of `bucket` by this client; False when more than `limit` uses fall in the last
    `window_seconds` (estimated from the current and the previous fixed window)."""
    now = time.time() if now is None else now
    window = int(now // window_seconds)
    elapsed = (now % window_seconds) / window_seconds
    current, previous = _count(f"{bucket}:{client_key(request)}", window, 2 * window_seconds + 5)
    return current + previous * (1.0 - elapsed) <= limit


def forget_old_counts() -> int:
    """Remove counts no window needs any more; returns how many rows went."""
    return RateCount.objects.filter(expires_at__lt=timezone.now()).delete()[0]
