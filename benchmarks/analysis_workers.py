"""Monitoring analysis on RQ/Redis: items per second with 1, 2 and 4 workers, and what a killed worker leaves.

    .venv/bin/python benchmarks/analysis_workers.py [--items 200000] [--workers 1,2,4] [--no-kill]
        [--order chronological|shuffled] [--jit off|on] [--redis redis://127.0.0.1:6379/9] [--keep]

Creates a separate database (birarada_bench_analysis, on the server of $DATABASE_URL or
postgres://postgres@127.0.0.1:5432) and uses its own Redis database (flushed at the start and the end). It stores
--items invented Turkish and English texts (city news, insults, hateful-sounding sentences), published over the
last twelve months and waiting for analysis, as an import leaves them. For each worker count it queues the
analysis the way an import does (`spread_analysis`), starts that many `manage.py run_worker --queues analysis`
processes, and times how long until no item waits; then it checks that the tasks' return values and the audit
log both count every item exactly once. With --kill (the default) two workers start, one is killed with SIGKILL
(every process of its session, since RQ's work horse has a process group of its own) when ~40 % of the items are
analysed, and the survivor must finish the rest without analysing anything twice.

Items are written in publication order by default (as an export lists them); --order shuffled writes them in
random order, so every batch of 500 spans the whole year (this changes how much of the daily tallies each batch
recounts). PostgreSQL's JIT is off for the benchmark database unless --jit on: analysis saves a batch with one
bulk UPDATE of 13 CASE expressions × 500 ids over every month partition, and with JIT each such statement spends
about 20 s compiling. Needs PostgreSQL (user postgres, trust auth) and Redis on loopback.
"""

import argparse
import base64
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
BENCH_DB = "birarada_bench_analysis"
ANALYSE_VERB = "monitoring.items_analyse"
POLL = 0.5
STALL = 180  # seconds without progress before a run is declared stuck

# --- Invented texts -----------------------------------------------------------------------------------------
# Everything below is made up for this benchmark: places of İzmir, ordinary city-hall news, a few insults and a
# few sentences that attack groups the way hateful posts do, so the engine has all three kinds to label.

DISTRICTS = ["Konak", "Karşıyaka", "Bornova", "Buca", "Çiğli", "Bayraklı", "Gaziemir", "Narlıdere", "Balçova",
             "Karabağlar", "Menemen", "Torbalı", "Urla", "Çeşme", "Seferihisar", "Foça", "Tire", "Ödemiş",
             "Bergama", "Aliağa", "Kemalpaşa", "Menderes", "Güzelbahçe", "Dikili", "Selçuk"]
PLACES_TR = ["Alsancak", "Kordon", "Kemeraltı", "Bostanlı", "Göztepe", "Hatay", "Evka-3", "Mavişehir",
             "Basmane", "Çamdibi", "Şirinyer", "Üçkuyular", "Fahrettin Altay", "Halkapınar", "İnciraltı"]
FACILITIES_TR = ["park", "kütüphane", "semt pazarı", "spor salonu", "sağlık ocağı", "otobüs durağı",
                 "bisiklet yolu", "kreş", "gençlik merkezi", "aşevi", "yüzme havuzu", "otopark", "meydan",
                 "kent bostanı", "huzurevi"]
ACTIONS_TR = ["yenileme çalışması başlattı", "açılış töreni düzenledi", "ihale ilan etti",
              "bakım için geçici olarak kapattı", "yeni bir proje sundu", "halka açık bir toplantı yaptı",
              "çalışma saatlerini uzattı", "ek bütçe ayırdı"]
EVENTS_TR = ["caz festivali", "kitap fuarı", "fotoğraf sergisi", "halk koşusu", "film gösterimi",
             "çocuk tiyatrosu", "hasat şenliği", "bilim günü", "geri dönüşüm atölyesi", "açık hava konseri"]
WHEN_TR = ["yarın", "bu hafta sonu", "pazartesi günü", "önümüzdeki ay", "cumartesi akşamı", "bayramdan sonra",
           "salı sabahı", "gelecek hafta"]
SERVICES_TR = ["su kesintisi", "metro seferleri", "vapur seferleri", "çöp toplama", "yol asfaltlama",
               "ağaçlandırma", "sokak aydınlatması", "kanalizasyon çalışması"]
NAMES = ["Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Emre", "Fatma", "Can", "Deniz", "Hakan", "Selin",
         "Burak", "Derya", "Kemal", "Irmak", "Ozan", "Gül", "Murat", "Ece", "Tarık"]
INSULTS_TR = ["aptal", "salak", "gerizekalı", "beyinsiz", "ahmak", "şerefsiz", "dangalak", "soytarı"]
GROUPS_TR = ["Suriyeliler", "mülteciler", "göçmenler", "Kürtler", "Romanlar", "Ermeniler", "eşcinseller",
             "Afganlar", "Aleviler", "yabancılar"]
HATE_TR = ["{g} bu şehirden defolup gitmeli, {d} artık bizim değil.",
           "{g} parazitten başka bir şey değil, {d} sokaklarını istila ettiler.",
           "{g} hastalık gibi yayılıyor, {d} halkı uyanmalı.",
           "{g} insan bile sayılmaz, hepsi {d} dışına sürülmeli.",
           "{d}'da {g} yüzünden yaşanmıyor, hepsini sınır dışı edin.",
           "{g} pislikten ibaret, {d} onlardan temizlenmeli."]
OFFENSIVE_TR = ["{n} tam bir {i}, {d} hakkında yine saçmalamış.",
                "Belediye başkanı {i} mi ne, {f} işini de batırdı.",
                "Sen ne {i} bir adamsın {n}, {d} meclisinde sus artık.",
                "{d} belediyesindeki o {i} müdür {f} için yine yalan söyledi.",
                "Bu {i} yorumları okumaktan bıktım, {n} git kendi işine bak."]
NEWS_TR = ["{d} Belediyesi {p} semtindeki {f} için {a}.",
           "{d}'da {w} {e} düzenlenecek; giriş ücretsiz.",
           "{p} bölgesinde {w} {s} yapılacak, {k} mahalle etkilenecek.",
           "{d} Belediyesi {k} yeni {f} için vatandaşların görüşünü soruyor.",
           "{n} Hanım, {p} semtindeki {f} açıldıktan sonra mahallenin rahatladığını anlattı.",
           "{d} ile {d2} arasında {s} nedeniyle {w} trafik yoğun olacak.",
           "Kent konseyi {w} {d} için {e} hazırlığını tamamladı, {k} gönüllü katılıyor.",
           "{p} ile {d} arasındaki yeni otobüs hattı {w} sefere başlıyor."]
PLACES_EN = ["the harbour", "the old bazaar", "the seafront", "the university campus", "the central station",
             "the ferry pier", "the market square", "the new tram line"]
FACILITIES_EN = ["park", "library", "bike lane", "community centre", "health clinic", "playground",
                 "swimming pool", "night shelter", "bus stop", "food bank"]
EVENTS_EN = ["jazz festival", "book fair", "photo exhibition", "street food market", "fun run", "film night",
             "science day", "recycling workshop", "open-air concert"]
WHEN_EN = ["tomorrow", "this weekend", "on Monday", "next month", "on Saturday evening", "next week",
           "after the holiday"]
INSULTS_EN = ["idiot", "moron", "clown", "useless fool", "joke", "pathetic liar", "halfwit"]
GROUPS_EN = ["refugees", "migrants", "Syrians", "Kurds", "Roma people", "gay people", "foreigners",
             "Muslims", "Jews"]
HATE_EN = ["{g} are vermin and must be driven out of {d}.",
           "{g} are a disease spreading through {d}, get rid of them.",
           "{g} are not even human, send every one of them back.",
           "We do not want {g} in {d}; they ruin everything they touch.",
           "{g} should be locked up before they take over {d}."]
OFFENSIVE_EN = ["The mayor of {d} is a {i}, that {f} plan is a disaster.",
                "What a {i} {n} is, wrong about {d} again.",
                "Shut up {n}, you {i}, nobody in {d} asked you.",
                "Only a {i} would close the {f} in {d} before the summer."]
NEWS_EN = ["{d} council will open a new {f} near {p} {w}.",
           "The {e} in {d} starts {w}; entry is free.",
           "Roadworks near {p} will close two lanes {w}, {k} buses are rerouted.",
           "{n} from {d} says the new {f} has changed life in the neighbourhood.",
           "Volunteers in {d} collected {k} bags of litter around {p} {w}.",
           "{d} council is asking residents about {k} new {f} sites."]
EXTRA_TR = ["Ayrıntılar belediyenin internet sitesinde.", "Vatandaşlar tepkili.", "Sizce doğru mu?",
            "Yetkililer açıklama yapmadı.", "Haberi paylaşın.", "Konu meclis gündeminde."]
EXTRA_EN = ["Details are on the council website.", "Residents are divided.", "What do you think?",
            "Officials did not comment.", "Please share.", "The council will vote on it."]


def invent_text(rng: random.Random) -> str:
    """One text: about 80 % news, 12 % insults, 8 % hateful-sounding; two in three in Turkish."""
    turkish = rng.random() < 0.67
    kind = rng.random()
    slots = {"d": rng.choice(DISTRICTS), "d2": rng.choice(DISTRICTS), "n": rng.choice(NAMES),
             "k": rng.randint(2, 480)}
    if turkish:
        slots.update(p=rng.choice(PLACES_TR), f=rng.choice(FACILITIES_TR), a=rng.choice(ACTIONS_TR),
                     e=rng.choice(EVENTS_TR), w=rng.choice(WHEN_TR), s=rng.choice(SERVICES_TR),
                     i=rng.choice(INSULTS_TR), g=rng.choice(GROUPS_TR))
        templates = HATE_TR if kind < 0.08 else OFFENSIVE_TR if kind < 0.20 else NEWS_TR
        extra = EXTRA_TR
    else:
        slots.update(p=rng.choice(PLACES_EN), f=rng.choice(FACILITIES_EN), e=rng.choice(EVENTS_EN),
                     w=rng.choice(WHEN_EN), i=rng.choice(INSULTS_EN), g=rng.choice(GROUPS_EN))
        templates = HATE_EN if kind < 0.08 else OFFENSIVE_EN if kind < 0.20 else NEWS_EN
        extra = EXTRA_EN
    sentences = [rng.choice(templates).format(**slots)]
    sentences += rng.sample(extra, rng.choice((0, 0, 1, 1, 2)))
    if rng.random() < 0.5:  # news reposted with a small difference, as posts are
        sentences.append(rng.choice(NEWS_TR if turkish else NEWS_EN).format(**{**slots, "k": rng.randint(2, 480)}))
    text = " ".join(sentences)
    return text[0].upper() + text[1:]


def invent_items(count: int, seed: int) -> list[tuple[str, str]]:
    """`count` texts that are distinct after normalisation, with their deduplication keys."""
    from birarada.monitoring.ingest import text_key

    rng = random.Random(seed)
    seen: set[str] = set()
    items = []
    while len(items) < count:
        text = invent_text(rng)
        if rng.random() < 0.3:  # a post number or a hashtag, as in exported posts
            text += f" #{rng.choice(DISTRICTS).replace('ç', 'c').replace('ş', 's')}{rng.randint(1, 9999)}"
        key = text_key(text)
        if key not in seen:
            seen.add(key)
            items.append((text, key))
    return items


# --- Database and workers -------------------------------------------------------------------------------------

# The scratch-database helpers are the monitoring benchmark's (this folder is on the path when a script runs).
from monitoring_scale import admin_sql, server_url  # noqa: E402

COPY_ITEMS = """COPY monitoring_item (organization_id, source_id, link, title, text, text_key, author_hash,
    published_at, collected_at, reach, state, lang, engine_label, engine_ground_bits, engine_type_bits,
    hateful_score, offensive_score, analysis, model_version, priority, label, ground_bits, type_bits, severity)
    FROM STDIN"""
RESET_ITEMS = """UPDATE monitoring_item SET state = 'new', lang = '', engine_label = '', engine_ground_bits = 0,
    engine_type_bits = 0, hateful_score = 0, offensive_score = 0, analysis = '{}', model_version = '', priority = 0,
    label = '', ground_bits = 0, type_bits = 0"""


def fill_items(organization, source, count: int, order: str) -> None:
    """Store `count` waiting items with COPY, as an import would have saved them (state "new")."""
    from django.db import connection
    from django.utils import timezone

    from birarada.monitoring.ingest import hash_handle

    rng = random.Random(7)
    texts = invent_items(count, seed=11)
    now = timezone.now()
    year = timedelta(days=365).total_seconds()
    moments = sorted(now - timedelta(seconds=rng.random() * year) for _ in range(count))
    if order == "shuffled":
        rng.shuffle(moments)
    handles = [hash_handle(f"@{rng.choice(NAMES).lower()}_{n}") for n in range(3000)]
    with connection.cursor() as cursor, cursor.cursor.copy(COPY_ITEMS) as copy:
        for n, ((text, key), published) in enumerate(zip(texts, moments, strict=True)):
            link = f"https://posts.example.invalid/{n}" if rng.random() < 0.6 else ""
            reach = None if rng.random() < 0.3 else min(10_000_000, int(rng.paretovariate(1.2) * 40))
            copy.write_row((organization.pk, source.pk, link, "", text, key, rng.choice(handles), published, now,
                            reach, "new", "", "", 0, 0, 0.0, 0.0, "{}", "", 0.0, "", 0, 0, ""))


def refresh_all_tallies(organization_id: int) -> None:
    """Recount every day's tally (the days given as one contiguous run, so the whole span is recounted)."""
    from birarada.monitoring.models import Item
    from birarada.monitoring.tallies import local_day, refresh_tallies

    span = Item.objects.filter(organization_id=organization_id).order_by("published_at")
    first = local_day(span.values_list("published_at", flat=True).first())
    last = local_day(span.reverse().values_list("published_at", flat=True).first())
    refresh_tallies(organization_id, {first + timedelta(days=d) for d in range((last - first).days + 1)})


def vacuum() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for table in ("monitoring_item", "monitoring_dailytally"):
            cursor.execute(f"VACUUM ANALYZE {table}")


def waiting_count() -> int:
    from birarada.monitoring.models import Item

    return Item.objects.filter(state="new").count()


def audit_since(first_id: int) -> tuple[int, int]:
    """(audit rows "monitoring.items_analyse" after `first_id`, the items they say were analysed)."""
    from birarada.core.models import AuditEvent

    rows = list(AuditEvent.objects.filter(pk__gt=first_id, verb=ANALYSE_VERB).values_list("changes", flat=True))
    return len(rows), sum(int(changes.get("items", 0)) for changes in rows)


def last_audit_id() -> int:
    from birarada.core.models import AuditEvent

    return AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


WORKER = [PYTHON, "manage.py", "run_worker", "--queues", "analysis"]


def session_members(session: int) -> list[int]:
    """Process ids of the session: an RQ worker, its scheduler and its work horse. The horse calls os.setpgrp(),
    so killing the worker's process group would leave it running; killing the session does not."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2:].split()  # state, ppid, pgrp, session, ...
            if int(fields[3]) == session:
                members.append(int(entry.name))
    return members


class Workers:
    """`count` run_worker processes, each the leader of its own session (so its work horse can be killed with it)."""

    def __init__(self, count: int, env: dict, logs: Path, label: str):
        self.processes = []
        self.logs = []
        for n in range(count):
            log = logs / f"{label}-worker{n + 1}.log"
            handle = log.open("w")
            self.processes.append(subprocess.Popen(WORKER, cwd=ROOT, env=env, stdout=handle,
                                                   stderr=subprocess.STDOUT, start_new_session=True))
            handle.close()
            self.logs.append(log)

    def wait_ready(self, queue, timeout: float = 60) -> float:
        """Seconds until every worker is registered with RQ on the queue."""
        from rq import Worker

        started = time.monotonic()
        while Worker.count(queue=queue) < len(self.processes):
            for process, log in zip(self.processes, self.logs, strict=True):
                if process.poll() is not None:
                    raise RuntimeError(f"a worker exited with {process.returncode} before it was ready; see {log}")
            if time.monotonic() - started > timeout:
                raise RuntimeError(f"the workers did not register with RQ within {timeout} s; see {self.logs}")
            time.sleep(0.1)
        return time.monotonic() - started

    def kill(self, n: int) -> int:
        """SIGKILL to every process of worker n's session, as if its machine were lost; returns how many."""
        members = session_members(self.processes[n].pid)
        for pid in members:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.processes[n].wait()
        return len(members)

    def stop(self) -> float:
        """SIGTERM (RQ's warm shutdown), a second SIGTERM after 5 s, SIGKILL after 15 s; returns the seconds taken.

        The second signal is needed: with rq 3.0 and redis-py 8.2 a worker's teardown may wait up to 60 s for its
        pub/sub thread (started with sleep_time=60) to notice it should stop."""
        started = time.monotonic()
        for sig, wait in ((signal.SIGTERM, 5), (signal.SIGTERM, 10), (signal.SIGKILL, 10)):
            for process in self.processes:
                if process.poll() is None:
                    with suppress(ProcessLookupError):
                        os.killpg(process.pid, sig)  # the worker and its scheduler
            deadline = time.monotonic() + wait
            while any(p.poll() is None for p in self.processes) and time.monotonic() < deadline:
                time.sleep(0.1)
            if all(p.poll() is not None for p in self.processes):
                break
        for process in self.processes:  # whatever is left: a work horse has a process group of its own
            for pid in session_members(process.pid):
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        return time.monotonic() - started

    def tail(self, lines: int = 15) -> str:
        return "\n".join(f"--- {log}\n" + "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
                         for log in self.logs)


def wait_until_analysed(total: int, workers: Workers, *, on_progress=None) -> float:
    """Poll the database every POLL seconds until no item is waiting; returns the elapsed seconds."""
    started = time.monotonic()
    last_left, last_change = total + 1, started
    while True:
        left = waiting_count()
        now = time.monotonic()
        if left == 0:
            return now - started
        if left != last_left:
            last_left, last_change = left, now
        elif now - last_change > STALL:
            raise RuntimeError(f"no progress for {STALL} s with {left} items waiting\n{workers.tail()}")
        if on_progress is not None:
            on_progress(total - left)
        time.sleep(POLL)


def wait_for_jobs(queue, expected: int, timeout: float = 120) -> None:
    """Wait until `expected` jobs of the queue have finished or failed and none is queued."""
    from rq.registry import FailedJobRegistry, FinishedJobRegistry

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = FinishedJobRegistry(queue=queue).count + FailedJobRegistry(queue=queue).count
        if done >= expected and queue.count == 0:
            return
        time.sleep(POLL)
    raise RuntimeError(f"only {done} of {expected} analysis jobs ended within {timeout} s")


def job_results(queue) -> tuple[int, int, dict[str, int], int]:
    """(finished jobs, sum of their return values, items per worker, failed jobs) for the queue."""
    from django_tasks_rq import Job
    from rq.registry import FailedJobRegistry, FinishedJobRegistry

    ids = FinishedJobRegistry(queue=queue).get_job_ids()
    per_worker: dict[str, int] = {}
    total = 0
    for job in Job.fetch_many(ids, connection=queue.connection):
        if job is None:
            continue
        result = job.latest_result()
        value = int(result.return_value or 0) if result is not None else 0
        total += value
        name = getattr(result, "worker_name", "") or "?"
        per_worker[name] = per_worker.get(name, 0) + value
    return len(ids), total, per_worker, FailedJobRegistry(queue=queue).count


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# --- The runs -------------------------------------------------------------------------------------------------

def prepare_run(organization_id: int, redis) -> float:
    """Items back to "new" (their tallies recounted), Redis emptied; returns the seconds it took."""
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(RESET_ITEMS)
    refresh_all_tallies(organization_id)
    vacuum()
    redis.flushdb()
    return time.perf_counter() - started


def scaling_run(count: int, items: int, env: dict, logs: Path) -> dict:
    from birarada.core import redisqueue
    from birarada.monitoring.tasks import spread_analysis

    queue = redisqueue.queue("analysis")
    first_audit = last_audit_id()
    workers = Workers(count, env, logs, f"scaling{count}")
    try:
        ready = workers.wait_ready(queue)
        tasks = spread_analysis(items)
        elapsed = wait_until_analysed(items, workers)
        wait_for_jobs(queue, tasks)
        finished, returned, per_worker, failed = job_results(queue)
    finally:
        stopped = workers.stop()
    rows, audited = audit_since(first_audit)
    return {"workers": count, "ready": ready, "stopped": stopped, "tasks": tasks, "elapsed": elapsed,
            "rate": items / elapsed, "finished": finished, "failed": failed, "returned": returned,
            "per_worker": per_worker, "audit_rows": rows, "audited": audited, "left": waiting_count()}


def report_scaling(result: dict, items: int, reset: float) -> None:
    once = result["returned"] == items and result["audited"] == items and result["left"] == 0
    shares = ", ".join(f"{v:,}" for v in sorted(result["per_worker"].values(), reverse=True))
    print(f"{result['workers']} worker(s): {items:,} items in {result['elapsed']:.1f} s = "
          f"{result['rate']:,.0f} items/s")
    print(f"    (workers ready in {result['ready']:.1f} s before the tasks were queued, stopped in "
          f"{result['stopped']:.1f} s; the reset before the run took {reset:.1f} s)")
    print(f"    tasks queued {result['tasks']}, finished {result['finished']}, failed {result['failed']}; "
          f"items analysed per worker: {shares}")
    print(f"    sum of the tasks' return values: {result['returned']:,}; audit rows {result['audit_rows']} saying "
          f"{result['audited']:,} items; left waiting: {result['left']}")
    print(f"    every item analysed exactly once: {verdict(once)}")


def current_job_of(queue, pid: int) -> str | None:
    from rq import Worker

    for worker in Worker.all(queue=queue):
        if worker.pid == pid:
            return worker.get_current_job_id()
    return None


def kill_run(items: int, env: dict, logs: Path) -> dict:
    from rq.registry import StartedJobRegistry

    from birarada.core import redisqueue
    from birarada.core.tasks import recover_abandoned_tasks
    from birarada.monitoring.tasks import spread_analysis

    queue = redisqueue.queue("analysis")
    started_registry = StartedJobRegistry(queue=queue, job_class=queue.job_class)
    first_audit = last_audit_id()
    workers = Workers(2, env, logs, "kill")
    killed: dict = {}

    def kill_at_40_percent(analysed: int) -> None:
        if not killed and analysed >= 0.4 * items:
            job = current_job_of(queue, workers.processes[0].pid)
            killed.update(job=job, processes=workers.kill(0), analysed=analysed, moment=time.monotonic())

    try:
        workers.wait_ready(queue)
        tasks = spread_analysis(items)
        started = time.monotonic()
        elapsed = wait_until_analysed(items, workers, on_progress=kill_at_40_percent)
        if not killed:
            raise RuntimeError("the analysis ended before 40 % could be seen; use more --items")
        # The survivor runs the other queued tasks, which find nothing left. Until RQ sees that the dead worker's
        # heartbeat ran out, its job stays in the started registry.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (
                queue.count or set(started_registry.get_job_ids(cleanup=False)) - {killed["job"]}):
            time.sleep(POLL)
        # RQ finds the job abandoned when something cleans the started registry (the sweep, a worker's maintenance)
        # after its heartbeat (job_monitoring_interval 30 s + 60 s) ran out. If it has not run out yet, the
        # benchmark does not wait: it cleans the registry as if 5 minutes had passed.
        still_started = killed["job"] in started_registry.get_job_ids(cleanup=False)
        expired = killed["job"] in started_registry.get_expired_job_ids(time.time())
        if still_started and not expired:
            started_registry.cleanup(timestamp=time.time() + 300)
        recovered = recover_abandoned_tasks.call()  # what the periodic sweep does: queue the dead job again
        wait_for_jobs(queue, tasks)
        finished, returned, per_worker, failed = job_results(queue)
    finally:
        workers.stop()
    rows, audited = audit_since(first_audit)
    return {"tasks": tasks, "elapsed": elapsed, "killed": killed, "killed_after": killed["moment"] - started,
            "still_started": still_started, "expired": expired, "recovered": recovered,
            "finished": finished, "failed": failed, "returned": returned, "per_worker": per_worker,
            "audit_rows": rows, "audited": audited, "left": waiting_count()}


def report_kill(result: dict, items: int, reset: float) -> None:
    killed = result["killed"]
    print(f"\nkill test, 2 workers (the reset before it took {reset:.1f} s):")
    print(f"    after {result['killed_after']:.1f} s, with {killed['analysed']:,} items analysed "
          f"({killed['analysed'] / items:.0%}), SIGKILL to the {killed['processes']} processes of worker 1's session "
          f"(the worker, its work horse and its scheduler if it ran one), which was running job {killed['job']}")
    print(f"    no item waiting any more {result['elapsed']:.1f} s after the tasks were queued")
    if not result["still_started"]:
        print("    when the survivor was idle, RQ had already moved the dead job out of its started registry")
    elif result["expired"]:
        print("    when the survivor was idle, the dead job was still 'started' but its 90 s heartbeat had run out: "
              "recover_abandoned_tasks found it without help")
    else:
        print("    when the survivor was idle, the dead job was still 'started' and its 90 s heartbeat had not run out "
              "yet; instead of waiting, the benchmark cleaned RQ's started registry with a timestamp 5 minutes "
              "ahead")
    print(f"    jobs queued again by recover_abandoned_tasks (the periodic sweep, called once): {result['recovered']}")
    print(f"    tasks queued {result['tasks']}, finished {result['finished']}, failed {result['failed']}; their "
          f"return values sum to {result['returned']:,} (what the dead job committed before it died is not in it)")
    print(f"    analysed according to the audit log ({result['audit_rows']} rows): {result['audited']:,} of "
          f"{items:,}; left waiting: {result['left']}")
    print(f"    none left waiting: {verdict(result['left'] == 0)}; "
          f"none analysed twice: {verdict(result['audited'] == items)}")


def run(args, env: dict) -> None:
    import django

    django.setup()
    import django_rq
    from django.core.management import call_command

    from birarada.core import actions as core_actions
    from birarada.monitoring.models import ImportBatch, Source, SourceKind

    call_command("migrate", verbosity=0)
    organization = core_actions.do_create_organization(actor=None, slug="izmir", name="İzmir (benchmark)",
                                                       kind="metropolitan", uses_platform=True)
    source = Source.objects.create(organization=organization, kind=SourceKind.IMPORT,
                                   name="Sosyal medya dışa aktarımı")
    redis = django_rq.get_connection("analysis")
    redis.flushdb()

    started = time.perf_counter()
    fill_items(organization, source, args.items, args.order)
    ImportBatch.objects.create(source=source, file_name="posts-12-months.jsonl", content=b"",
                               status=ImportBatch.Status.DONE, added=args.items)
    refresh_all_tallies(organization.pk)
    vacuum()
    print(f"stored {waiting_count():,} waiting items ({args.order} order) in {time.perf_counter() - started:.1f} s")
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"CPUs: {os.cpu_count()} (usable here: {usable}); PostgreSQL and the workers share them, so more than "
          f"{usable} workers cannot add much speed")
    print(f"PostgreSQL JIT for the benchmark database: {args.jit}")
    logs = Path(tempfile.mkdtemp(prefix="analysis-workers-"))
    print(f"worker logs: {logs}\n")

    results = []
    for count in args.workers:
        reset = prepare_run(organization.pk, redis)
        results.append(scaling_run(count, args.items, env, logs))
        report_scaling(results[-1], args.items, reset)
    if results:
        base = results[0]
        print(f"\n{'workers':>8} {'items/s':>10} {'vs ' + str(base['workers']) + ' worker(s)':>14}")
        for result in results:
            print(f"{result['workers']:>8} {result['rate']:>10,.0f} {result['rate'] / base['rate']:>13.2f}×")
    if args.kill:
        reset = prepare_run(organization.pk, redis)
        report_kill(kill_run(args.items, env, logs), args.items, reset)
    redis.flushdb()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200_000)
    parser.add_argument("--workers", type=lambda v: [int(n) for n in v.split(",") if n], default=[1, 2, 4],
                        help="comma-separated worker counts (default 1,2,4)")
    parser.add_argument("--kill", action=argparse.BooleanOptionalAction, default=True,
                        help="kill one of two workers mid-way (default on)")
    parser.add_argument("--order", choices=("chronological", "shuffled"), default="chronological",
                        help="order the items are stored in (default: by publication time)")
    parser.add_argument("--jit", choices=("off", "on"), default="off",
                        help="PostgreSQL JIT for the benchmark database (default off: with it, compiling each "
                             "batch's bulk UPDATE takes ~20 s)")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/9",
                        help="a Redis database for this benchmark only: it is flushed")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # progress shows up when the output goes to a file
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped by SIGTERM"))  # still stop workers, drop the db

    url = server_url()
    bench_url = url.replace(urlparse(url).path, f"/{BENCH_DB}", 1)
    admin_sql(url, f"DROP DATABASE IF EXISTS {BENCH_DB}")
    admin_sql(url, f"CREATE DATABASE {BENCH_DB}")
    admin_sql(url, f"ALTER DATABASE {BENCH_DB} SET jit = {args.jit}")
    os.environ.update({
        "DATABASE_URL": bench_url, "TASKS_BACKEND": "rq", "REDIS_URL": args.redis, "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1", "SECURE_SSL_REDIRECT": "0", "DJANGO_SETTINGS_MODULE": "birarada.settings",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-XYZ"),
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    })
    # A throw-away key for the settings' encrypted fields (the benchmark stores nothing confidential).
    os.environ.setdefault("BIRARADA_ENCRYPTION_KEYS", base64.urlsafe_b64encode(os.urandom(32)).decode())
    try:
        run(args, dict(os.environ))
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            admin_sql(url, f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")  # a killed worker's query may linger


if __name__ == "__main__":
    main()
