"""Comments pour in under a campaign page: concurrent comments through gunicorn + PostgreSQL, screened by the task
worker with the discourse engine.

Creates a scratch database (migrations + demo city) with a public campaign, starts gunicorn with the production
settings and a task worker (`manage.py run_worker`), has many client threads post the campaign's comment form
(a realistic mix of neutral, offensive, hateful and counter-speech Turkish comments, each from its own resident's
address), then waits until no comment is pending. Prints comments/s accepted and the seconds from acceptance to
screening (median, 95th percentile), and checks in the database that no comment was lost, none was published
unscreened, every hateful one was held and every counter-speech one published.

    .venv/bin/python benchmarks/comment_moderation.py [--comments 10000] [--clients 32] [--workers 4]
                                                      [--task-workers 1]

Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), as on the CI machines.
"""

import argparse
import http.client
import json
import os
import queue
import random
import re
import subprocess
import sys
import threading
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import live_platform
from event_registration import check, manage_shell, proxy_headers

DATABASE = "birarada_bench_comments"
ORGANIZATION = "izmir"  # from load_demo_city
CAMPAIGN = "bench-refugee-day"
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
THANKS = "once it has been checked"

# What people write under a World Refugee Day campaign. Each comment gets its own number at the end.
TEXTS = {
    "neutral": [
        "Bu kampanyayı çok beğendim, emeği geçenlere teşekkürler.",
        "Mahallemizde de böyle bir etkinlik yapılsa çok güzel olur.",
        "Komşumuz Halep'ten geldi, çocukları bizim çocuklarla aynı okulda okuyor.",
        "Afişleri nereden indirebiliriz? Okulumuzda asmak istiyoruz.",
        "Birlikte yaşamak emek ister, bu çalışma için teşekkür ederiz.",
    ],
    "offensive": [
        "Ne saçma bir kampanya, salaklar.",
        "Siz ne biçim belediyesiniz, aptal mısınız?",
        "Bu kadar gereksiz bir iş olamaz, geri zekalılar.",
    ],
    "hateful": [
        "Suriyeliler pis hayvanlar, hepsi defolup gitsin!",
        "Göçmenler suçlu, hepsi sınır dışı edilmeli.",
        "Mülteciler bu ülkeye yük, hepsini geri gönderin.",
    ],
    "counter_speech": [
        "“Suriyeliler pis hayvanlar” diye yazanları şiddetle kınıyoruz. Bu nefret söylemidir.",
        "Mültecilere “hepsi defolsun” diyenleri kınıyoruz; nefret söylemine karşı birlikte duralım.",
    ],
}
MIX = {"neutral": 0.6, "offensive": 0.15, "hateful": 0.15, "counter_speech": 0.1}

CREATE_CAMPAIGN = f"""
from datetime import timedelta
from django.utils import timezone
from birarada.campaigns.models import Campaign
from birarada.core.models import Organization
today = timezone.localdate()
Campaign.objects.create(organization=Organization.objects.get(slug={ORGANIZATION!r}), slug={CAMPAIGN!r},
                        title="World Refugee Day (benchmark)", the_day=today + timedelta(days=10), starts_on=today,
                        ends_on=today + timedelta(days=20), message="Birlikte yaşıyoruz.", hold_offensive=True)
"""

COUNT_PENDING = f"""
from birarada.campaigns.models import Comment
print(Comment.objects.filter(campaign__slug={CAMPAIGN!r}, status="pending").count())
"""

READ_BACK = f"""
import json
from birarada.campaigns.models import Comment
rows = Comment.objects.filter(campaign__slug={CAMPAIGN!r}).values_list(
    "author", "status", "engine_label", "created_at", "screened_at", "source")
print(json.dumps([[a, s, label, c.timestamp(), sc.timestamp() if sc else None, src]
                  for a, s, label, c, sc, src in rows]))
"""


def environment() -> dict:
    # As in event_registration.py: every request carries the headers the production proxy adds, one address per
    # resident (TRUSTED_PROXY_COUNT=1), so the per-client limit on comments stays in force and each simulated
    # resident is its own client; BEHIND_TLS_PROXY=1 keeps the production (Secure) cookies working on loopback.
    return live_platform.environment(DATABASE, TRUSTED_PROXY_COUNT="1", BEHIND_TLS_PROXY="1")


def plan(total: int, seed: int = 12) -> list[tuple[str, str]]:
    """(kind, text) for each comment, in the proportions of MIX."""
    rng = random.Random(seed)
    kinds = rng.choices(list(MIX), weights=list(MIX.values()), k=total)
    return [(kind, f"{rng.choice(TEXTS[kind])} ({n + 1})") for n, kind in enumerate(kinds)]


def submit(port, page, path, jobs, go, comments, results, errors, lock):
    """One client thread: open the campaign page once (the CSRF cookie and token), then post comments, each as a
    different resident."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", page, headers=proxy_headers(0))
        response = connection.getresponse()
        body = response.read().decode()
        cookies = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookies.load(header)
        cookie, token = cookies["csrftoken"].value, CSRF_FIELD.search(body).group(1)
    except (OSError, http.client.HTTPException, KeyError, AttributeError) as error:
        with lock:
            errors.append(f"page: {error!r}")
        return
    go.wait()
    while True:
        try:
            n = jobs.get_nowait()
        except queue.Empty:
            break
        body = urlencode({"csrfmiddlewaretoken": token, "author": f"Sakin {n}", "text": comments[n][1],
                          "leave_empty": ""})
        headers = {**proxy_headers(n), "Content-Type": "application/x-www-form-urlencoded",
                   "Cookie": f"csrftoken={cookie}", "Referer": f"https://127.0.0.1:{port}{page}"}
        sent = time.monotonic()
        try:
            connection.request("POST", path, body, headers)
            response = connection.getresponse()
            answer = response.read().decode()
            with lock:
                if response.status == 200 and THANKS in answer:
                    results.append((n, time.monotonic() - sent))
                else:
                    errors.append(f"POST {response.status}")
        except (OSError, http.client.HTTPException) as error:
            with lock:
                errors.append(repr(error))
            connection.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--task-workers", type=int, default=1, help="task workers screening the comments")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds to wait for the screening")
    args = parser.parse_args()

    env = environment()
    checks: list = []
    with live_platform.scratch_database(DATABASE, env):
        manage_shell(env, CREATE_CAMPAIGN)
        workers = [subprocess.Popen([live_platform.PYTHON, "manage.py", "run_worker", "--interval", "0.2"],
                                    cwd=live_platform.ROOT, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
                   for _ in range(args.task_workers)]
        try:
            with live_platform.gunicorn(env, args.workers) as port:
                measure(args, env, port, checks)
        finally:
            for worker in workers:
                worker.terminate()
            for worker in workers:
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    worker.kill()
    if not all(checks):
        sys.exit(1)


def measure(args, env: dict, port: int, checks: list) -> None:
    total = args.comments
    page = f"/en/campaigns/{ORGANIZATION}/{CAMPAIGN}/"
    path = page + "comment/"
    comments = plan(total)
    lock = threading.Lock()
    results: list[tuple[int, float]] = []
    errors: list[str] = []
    jobs: queue.Queue[int] = queue.Queue()
    for n in range(total):
        jobs.put(n)
    go = threading.Event()
    threads = [threading.Thread(target=submit, args=(port, page, path, jobs, go, comments, results, errors, lock))
               for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    started = time.monotonic()
    go.set()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started

    # The worker screens while comments arrive; wait for what is left.
    waited_from = time.monotonic()
    pending = int(manage_shell(env, COUNT_PENDING) or 0)
    while pending and time.monotonic() - waited_from < args.timeout:
        time.sleep(2)
        pending = int(manage_shell(env, COUNT_PENDING) or 0)
    drained = time.monotonic() - started

    rows = json.loads(manage_shell(env, READ_BACK))
    by_author = {author: (status, label, created, screened) for author, status, label, created, screened, _ in rows}
    waits = [screened - created for _, _, created, screened in by_author.values() if screened is not None]
    latencies = [seconds for _, seconds in results]
    statuses: dict[str, dict[str, int]] = {kind: {} for kind in TEXTS}
    for n, (kind, _text) in enumerate(comments):
        status = by_author.get(f"Sakin {n}", ("missing",))[0]
        statuses[kind][status] = statuses[kind].get(status, 0) + 1
    unscreened_published = sum(1 for status, _, _, screened in by_author.values()
                               if status == "published" and screened is None)
    still_pending = sum(1 for status, *_ in by_author.values() if status == "pending")

    print("settings: DEBUG=0 (production) behind a simulated TLS proxy, TRUSTED_PROXY_COUNT=1, one X-Forwarded-For "
          "address per resident (the per-client comment limit stays in force)")
    print(f"gunicorn workers: {args.workers}, task workers: {args.task_workers}, client threads: {args.clients}, "
          f"cores: {os.cpu_count()}")
    print(f"comments accepted: {len(results)} in {elapsed:.2f} s = {len(results) / elapsed:.1f} comments/s")
    if latencies:
        print(f"response time: median {percentile(latencies, 0.5) * 1000:.0f} ms, "
              f"95th percentile {percentile(latencies, 0.95) * 1000:.0f} ms")
    if waits:
        print(f"acceptance to screened: median {percentile(waits, 0.5):.1f} s, "
              f"95th percentile {percentile(waits, 0.95):.1f} s, max {max(waits):.1f} s; all screened "
              f"{drained:.1f} s after the first comment was sent")
    print(f"errors: {len(errors)} {sorted(set(errors))[:5]}")
    print("status by kind of comment: " + "; ".join(
        f"{kind}: {', '.join(f'{s} {c}' for s, c in sorted(found.items()))}" for kind, found in statuses.items()))

    print("checks:")
    check(f"every comment accepted: {len(results)} of {total}, {len(errors)} errors",
          len(results) == total and not errors, checks)
    check(f"none lost: {len(rows)} comments stored, {len(by_author)} distinct residents",
          len(rows) == len(by_author) == total, checks)
    check(f"none left unscreened: {still_pending} pending", still_pending == 0, checks)
    check(f"none published unscreened: {unscreened_published}", unscreened_published == 0, checks)
    check("every hateful comment held", set(statuses["hateful"]) <= {"held"}, checks)
    check("every counter-speech comment published", set(statuses["counter_speech"]) <= {"published"}, checks)
    check("every offensive comment held (the campaign holds offensive comments)",
          set(statuses["offensive"]) <= {"held"}, checks)
    print(f"result: {'all checks passed' if all(checks) else 'SOME CHECKS FAILED'}")


if __name__ == "__main__":
    main()
