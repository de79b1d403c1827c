"""The observatory at network scale: 50,000 published practices on PostgreSQL, faceted full-text search and the
open-data API listing, p50/p95.

    .venv/bin/python benchmarks/observatory_search.py [--practices 50000] [--searches 300] [--api-requests 200]
                                                      [--keep]

Creates a separate database (birarada_bench_observatory on postgres://postgres@127.0.0.1:5432, trust auth, as on
the CI machines), migrates it, loads the practices with bulk_create — each in Turkish and English (one in five in one
language only), with themes, grounds, areas, countries and populations drawn at random, the search text and facet
tags built by the same code as the observatory's actions (`network.indexing`) — then `VACUUM ANALYZE`.

The texts are made to have the word statistics of real prose: words are drawn with Zipf frequencies from the
project's own Turkish and English interface text (the msgstr and msgid words of birarada/locale/tr), several
thousand words, and each practice's theme words ("mülteci", "refugee", "kadın", "women", …) occur in the practices
of that theme, as they would. A search word is then in a few percent to a fifth of the texts, as in a real
observatory. `--uniform` instead draws every word from the ~60 theme words alone (every word in most texts): the
worst case for ranking and facet counting, printed for information.

Measured in this process (no network, no gunicorn):
- `network.search.search_practices` with a mix of queries (Turkish words and inflected forms such as
  "mültecilere", English words, two-word phrases, no query) and 0–2 facet filters, result page and facet counts
  included;
- `GET /api/v1/open/practices/?page=N` through Django's test client (routing, middleware, view, queries, JSON),
  on random pages, with and without a `city` filter.

Goals (network issue): faceted full-text search p95 ≤ 150 ms; API listing p95 ≤ 100 ms.
"""

import argparse
import base64
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SERVER = "postgres://postgres@127.0.0.1:5432"
BENCH_DB = "birarada_bench_observatory"
BATCH = 2000
SEARCH_GOAL_MS = 150
API_GOAL_MS = 100

CITIES = [("İzmir", "TR", 4_400_000), ("Eskişehir", "TR", 900_000), ("Adana", "TR", 2_270_000),
          ("Diyarbakır", "TR", 1_800_000), ("Mersin", "TR", 1_900_000), ("Kars", "TR", 280_000),
          ("Mechelen", "BE", 86_000), ("Grenoble", "FR", 163_000), ("Lisbon", "PT", 507_000),
          ("Barcelona", "ES", 1_600_000), ("Nador", "MA", 162_000), ("Seoul", "KR", 9_800_000),
          ("Goicoechea", "CR", 134_000), ("Gaziantep", "TR", 2_150_000), ("Ağrı", "TR", 510_000)]
TR_WORDS = ("mülteci göçmen kadın engelli yaşlı çocuk genç Roman Kürt Alevi LGBTİ+ mahalle belediye eşitlik birimi "
            "ayrımcılık nefret söylemi eğitim atölye panel odak grubu kampanya sanat tiyatro müzik gönüllü dernek "
            "barınma istihdam sağlık ulaşım erişilebilirlik danışma hukuki destek katılım meclis bütçe gösterge "
            "izleme rapor başvuru yönlendirme dayanışma kültür festival kütüphane okul öğretmen sosyal hizmet").split()
EN_WORDS = ("refugee migrant women disabled older children youth Roma Kurdish Alevi LGBTI neighbourhood municipality "
            "equality unit discrimination hate speech training workshop panel focus group campaign arts theatre "
            "music volunteer association housing employment health transport accessibility counselling legal "
            "support participation council budget indicator monitoring report complaint referral solidarity "
            "culture festival library school teacher social services").split()
SEARCHES = ["mülteci", "mültecilere", "refugee", "refugees", "kadın", "women", "nefret söylemi", "hate speech",
            "erişilebilirlik", "accessibility", "odak grubu", "Roman", "İZMİR", "barınma", "", "tiyatro atölye",
            "legal support", "ayrımcılık", "\"focus group\"", "göçmen -kampanya"]


def admin_sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


THEME_WORDS = {  # words a practice of the theme uses, (Turkish, English)
    "migration": (["mülteci", "göçmen", "sığınmacı", "uyum"], ["refugee", "migrant", "asylum", "reception"]),
    "nondiscrimination": (["ayrımcılık", "eşitlik", "çeşitlilik"], ["discrimination", "equality", "diversity"]),
    "gender_equality": (["kadın", "toplumsal cinsiyet", "şiddet"], ["women", "gender", "violence"]),
    "hate_speech": (["nefret söylemi", "medya", "dil"], ["hate speech", "media", "language"]),
    "accessibility": (["engelli", "erişilebilirlik"], ["disabled", "accessibility"]),
    "culture": (["sanat", "tiyatro", "müzik", "festival"], ["arts", "theatre", "music", "festival"]),
    "participation": (["katılım", "meclis", "mahalle"], ["participation", "council", "neighbourhood"]),
    "education": (["eğitim", "atölye", "öğretmen"], ["training", "workshop", "teacher"]),
}


class Vocabulary:
    """Words with Zipf frequencies from the project's Turkish and English interface text."""

    def __init__(self) -> None:
        import re
        from collections import Counter

        from babel.messages.pofile import read_po

        with open(ROOT / "birarada" / "locale" / "tr" / "LC_MESSAGES" / "django.po", "rb") as handle:
            catalog = read_po(handle)
        counts = {"tr": Counter(), "en": Counter()}
        for message in catalog:
            ids = message.id if isinstance(message.id, (tuple, list)) else (message.id,)
            strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
            counts["en"].update(w.lower() for text in ids for w in re.findall(r"[^\W\d_]{2,}", text or ""))
            counts["tr"].update(w.lower() for text in strings for w in re.findall(r"[^\W\d_]{2,}", text or ""))
        self.words = {}
        self.weights = {}
        for language, counter in counts.items():
            ranked = [w for w, _n in counter.most_common()]
            self.words[language] = ranked
            self.weights[language] = [1 / (rank + 2) for rank in range(len(ranked))]  # Zipf
        print(f"  vocabulary: {len(self.words['tr']):,} Turkish and {len(self.words['en']):,} English words")

    def sentence(self, rng: random.Random, language: str, n: int, themes: list[str]) -> str:
        words = rng.choices(self.words[language], self.weights[language], k=n)
        for theme in themes:
            if theme in THEME_WORDS and rng.random() < 0.5:
                words[rng.randrange(n)] = rng.choice(THEME_WORDS[theme][0 if language == "tr" else 1])
        return " ".join(words).capitalize() + "."


class Uniform:
    """The worst case: every word from the ~60 theme words."""

    def sentence(self, rng: random.Random, language: str, n: int, themes: list[str]) -> str:
        words = TR_WORDS if language == "tr" else EN_WORDS
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


def load(count: int, rng: random.Random, vocabulary) -> None:
    from django.db import connection
    from django.utils import timezone

    from birarada.core.models import Organization, OrganizationKind
    from birarada.core.vocabulary import Area, Ground
    from birarada.network import indexing
    from birarada.network.choices import PracticeStatus, Theme
    from birarada.network.models import Practice, PracticeTag, PracticeText

    network = Organization.objects.create(name="Bench network", slug="bench-network", kind=OrganizationKind.NETWORK,
                                          uses_platform=True)
    owner = Organization.objects.create(name="Bench city", slug="bench-city", city="İzmir",
                                        kind=OrganizationKind.METROPOLITAN_MUNICIPALITY, uses_platform=True)
    themes, grounds, areas = Theme.values, Ground.values, Area.values
    now = timezone.now()
    started = time.perf_counter()
    for first in range(0, count, BATCH):
        size = min(BATCH, count - first)
        practices = []
        for i in range(first, first + size):
            city, country, population = rng.choice(CITIES)
            practices.append(Practice(
                slug=f"practice-{i}", network=network, owner=owner, city=city, country=country,
                population=int(population * rng.uniform(0.8, 1.2)), started=rng.randint(2010, 2026),
                themes=rng.sample(themes, rng.randint(1, 3)), grounds=rng.sample(grounds, rng.randint(0, 3)),
                areas=rng.sample(areas, rng.randint(0, 2)), status=PracticeStatus.PUBLISHED,
                published_at=now - timezone.timedelta(minutes=i)))
        Practice.objects.bulk_create(practices)
        texts, tags = [], []
        for practice in practices:
            languages = rng.choice([("tr", "en")] * 4 + [("tr",), ("en",)])
            practice_texts = []
            for language in languages:
                def say(n: int) -> str:
                    return vocabulary.sentence(rng, language, n, practice.themes)  # noqa: B023

                text = PracticeText(
                    practice=practice, language=language, title=say(6)[:200], summary=say(25)[:600],
                    challenge=say(40), action=" ".join(say(15) for _ in range(6)), results=say(30),
                    quote=say(20), quote_by=f"{practice.city}")
                practice_texts.append(text)
            # The same text and tags the observatory's actions build (indexing.refresh_index does it row by row).
            shared = " ".join([practice.city, practice.country])
            for text in practice_texts:
                text.search_text = "\n".join(filter(None, [text.title, text.summary, text.challenge, text.action,
                                                           text.results, text.quote, text.quote_by, shared]))
            texts += practice_texts
            practice._prefetched_objects_cache = {"texts": practice_texts}  # for tags_of
            tags += [PracticeTag(practice=practice, facet=f, value=v) for f, v in indexing.tags_of(practice)]
        PracticeText.objects.bulk_create(texts)
        PracticeTag.objects.bulk_create(tags)
        done = first + size
        if done % 10000 == 0 or done == count:
            print(f"  {done:,} practices loaded ({time.perf_counter() - started:.0f} s)", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"  {PracticeText.objects.count():,} texts, {PracticeTag.objects.count():,} facet tags")


def measure_search(rng: random.Random, runs: int) -> list[float]:
    from birarada.core.vocabulary import Ground
    from birarada.network.choices import Theme
    from birarada.network.search import search_practices

    timings = []
    found = []
    for i in range(runs):
        query = SEARCHES[i % len(SEARCHES)]
        filters: dict[str, list[str]] = {}
        for facet, values in (("theme", Theme.values), ("ground", Ground.values), ("country", ["TR", "BE", "ES"])):
            if rng.random() < 0.35:
                filters[facet] = [rng.choice(values)]
        page = rng.choice([1, 1, 1, 2, 5])
        started = time.perf_counter()
        result = search_practices(query, filters, page=page)
        timings.append((time.perf_counter() - started) * 1000)
        found.append(result.total)
    print(f"  results per search: median {statistics.median(found):,.0f}, max {max(found):,}")
    return timings


def measure_api(rng: random.Random, runs: int, count: int) -> list[float]:
    from django.test import Client

    client = Client()
    timings = []
    pages = max(1, count // 50)
    for i in range(runs):
        url = f"/api/v1/open/practices/?page={rng.randint(1, pages)}"
        if i % 4 == 3:
            url = f"/api/v1/open/practices/?city={rng.choice(['izmir', 'Mechelen', 'ADANA'])}"
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}: {response.content[:300]!r}")
    return timings


def report(name: str, timings: list[float], goal: float) -> bool:
    p95 = percentile(timings, 0.95)
    print(f"{name}: {len(timings)} requests, p50 {percentile(timings, 0.5):.1f} ms, p95 {p95:.1f} ms, "
          f"max {max(timings):.1f} ms — goal p95 ≤ {goal:.0f} ms: {'met' if p95 <= goal else 'NOT met'}")
    return p95 <= goal


def run(args) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    rng = random.Random(2026)
    print(f"loading {args.practices:,} practices ({'uniform worst case' if args.uniform else 'Zipf prose'}) …",
          flush=True)
    load(args.practices, rng, Uniform() if args.uniform else Vocabulary())
    measure_search(rng, 20)  # warm-up: plans cached, pages in shared buffers
    print("faceted full-text search (search_practices):")
    search_ok = report("  search", measure_search(rng, args.searches), SEARCH_GOAL_MS)
    measure_api(rng, 10, args.practices)
    print("open-data API listing (/api/v1/open/practices/):")
    api_ok = report("  API", measure_api(rng, args.api_requests, args.practices), API_GOAL_MS)
    if not (search_ok and api_ok):
        sys.exit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=50_000)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--api-requests", type=int, default=200)
    parser.add_argument("--uniform", action="store_true",
                        help="texts of the ~60 theme words only (every word in most texts): the worst case")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    admin_sql(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
    admin_sql(f"CREATE DATABASE {BENCH_DB}")
    os.environ.update({
        "DATABASE_URL": f"{SERVER}/{BENCH_DB}", "DEBUG": "0", "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-XYZ"),
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "DJANGO_SETTINGS_MODULE": "birarada.settings",
    })
    os.environ.setdefault("BIRARADA_ENCRYPTION_KEYS", base64.urlsafe_b64encode(os.urandom(32)).decode())
    started = time.perf_counter()
    try:
        run(args)
    finally:
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # Django never got set up
            pass
        if not args.keep:
            admin_sql(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
        print(f"total time {time.perf_counter() - started:.0f} s" + ("" if args.keep else f"; {BENCH_DB} dropped"))


if __name__ == "__main__":
    main()
