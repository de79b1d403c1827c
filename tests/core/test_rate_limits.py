"""Rate limits and sign-in lockouts behind a reverse proxy: per real client, shared by all workers, sliding."""

from django.test import RequestFactory
from django.urls import reverse

from birarada.core import ratelimit
from birarada.core.models import RateCount
from tests.conftest import PASSWORD

PROXY = "10.0.0.2"


def request_from(client_ip: str, *, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": PROXY if forwarded is not None else client_ip}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_the_client_address_comes_through_the_configured_number_of_proxies(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert ratelimit.client_address(request_from("203.0.113.5", forwarded="198.51.100.7")) == PROXY
    settings.TRUSTED_PROXY_COUNT = 1
    assert ratelimit.client_address(request_from("x", forwarded="198.51.100.7")) == "198.51.100.7"
    # A client that sends its own header cannot choose its address: only the entry our proxy wrote counts.
    assert ratelimit.client_address(request_from("x", forwarded="1.1.1.1, 198.51.100.7")) == "198.51.100.7"
    settings.TRUSTED_PROXY_COUNT = 2
    assert ratelimit.client_address(request_from("x", forwarded="1.1.1.1, 198.51.100.7, 10.0.0.1")) == "198.51.100.7"
    # Fewer hops than proxies, or garbage: the proxy's own address, never the text sent.
    assert ratelimit.client_address(request_from("x", forwarded="198.51.100.7")) == PROXY
    settings.TRUSTED_PROXY_COUNT = 1
    assert ratelimit.client_address(request_from("x", forwarded="<script>")) == PROXY


def test_residents_behind_one_proxy_each_have_their_own_allowance(db, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(3):
        assert ratelimit.allow(request_from("x", forwarded="198.51.100.7"), "report", limit=3, window_seconds=3600)
    assert not ratelimit.allow(request_from("x", forwarded="198.51.100.7"), "report", limit=3, window_seconds=3600)
    # Another resident through the same proxy is not blocked by the first one.
    assert ratelimit.allow(request_from("x", forwarded="198.51.100.8"), "report", limit=3, window_seconds=3600)


def test_counts_live_in_the_database_so_every_worker_sees_them(db, settings):
    settings.REDIS_URL = ""
    request = request_from("198.51.100.9")
    ratelimit.allow(request, "status", limit=10, window_seconds=60, now=1_000_000.0)
    ratelimit.allow(request, "status", limit=10, window_seconds=60, now=1_000_001.0)
    [row] = RateCount.objects.all()
    assert row.count == 2 and "198.51.100.9" not in row.key  # the address itself is not stored


def test_with_redis_the_counts_live_in_redis_and_slide_the_same_way(db, settings):
    """The Redis path (REDIS_URL): one pipelined round trip a use, counters expire on their own, nothing in the
    database. Uses the local Redis's database 4."""
    import redis

    url = "redis://127.0.0.1:6379/4"
    redis.Redis.from_url(url).flushdb()
    settings.REDIS_URL = url
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url,
                                   "KEY_PREFIX": "t"}}
    request = request_from("198.51.100.11")
    hour = 3600
    start = 2_000 * hour
    for second in range(5):
        assert ratelimit.allow(request, "report", limit=5, window_seconds=hour, now=start + hour - 10 + second)
    assert not ratelimit.allow(request, "report", limit=5, window_seconds=hour, now=start + hour + 60)
    assert ratelimit.allow(request, "report", limit=5, window_seconds=hour, now=start + 2 * hour - 300)
    assert not RateCount.objects.exists()
    keys = redis.Redis.from_url(url).keys("t:*rl:report:*")
    assert len(keys) == 2 and all(0 < redis.Redis.from_url(url).ttl(k) <= 2 * hour + 5 for k in keys)
    redis.Redis.from_url(url).flushdb()


def test_the_window_slides_so_a_burst_at_the_boundary_does_not_double_the_allowance(db):
    request = request_from("198.51.100.10")
    hour = 3600
    start = 1_000 * hour
    for second in range(5):  # five uses at the very end of one hour …
        assert ratelimit.allow(request, "report", limit=5, window_seconds=hour, now=start + hour - 10 + second)
    # … and the first minutes of the next hour still count them.
    assert not ratelimit.allow(request, "report", limit=5, window_seconds=hour, now=start + hour + 60)
    # Once most of the previous hour has slid out, uses are allowed again.
    assert ratelimit.allow(request, "report", limit=5, window_seconds=hour, now=start + 2 * hour - 300)


def test_old_counts_are_removed(db):
    from datetime import timedelta

    from django.utils import timezone

    RateCount.objects.create(key="report:old", window=1, count=3, expires_at=timezone.now() - timedelta(hours=1))
    RateCount.objects.create(key="report:new", window=2, count=1, expires_at=timezone.now() + timedelta(hours=1))
    assert ratelimit.forget_old_counts() == 1
    assert list(RateCount.objects.values_list("key", flat=True)) == ["report:new"]


def test_wrong_passwords_lock_that_account_from_that_address_only(client, city, alice, bob, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    attacker = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.66"}
    colleague = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.20"}
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("core:login"), {"username": "alice", "password": "wrong"}, **attacker)
    assert client.post(reverse("core:login"), {"username": "alice", "password": PASSWORD},
                       **attacker).status_code == 429
    # The same account from the office, and another account from the attacker's address, still sign in.
    response = client.post(reverse("core:login"), {"username": "alice", "password": PASSWORD}, **colleague)
    assert response.status_code == 302
    client.logout()
    response = client.post(reverse("core:login"), {"username": "bob", "password": PASSWORD}, **attacker)
    assert response.status_code == 302
