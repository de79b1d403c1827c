"""Search of the observatory of good practices: words and facets over published practices.

`search_practices(query, filters, page=…, per_page=…)` is the one entry point (the public list and the benchmark
use it). Filters combine as AND across facets and OR within one facet; facet counts are one GROUP BY over the
practice tags (network/indexing.py keeps them) of the matching practices.

- PostgreSQL: each text's generated tsvector (migration 0002, Turkish, English or simple configuration) is
  matched with `websearch_to_tsquery` in the three configurations OR-ed together, so a Turkish word finds Turkish
  texts ("mültecilere" stems like "mülteci"), an English one English texts, and any word the simple texts; one
  result per practice (its best text), ranked by `ts_rank` of its title and summary. One statement finds the
  matching practices once (a materialized CTE) and returns the page, the total and the facet counts; then one
  query reads the page's practices and one their texts. Without words or filters (the first page) the facet
  counts of all published practices are cached until a published practice changes.
- SQLite (development, the demo): every word of the query, case-folded the Turkish way and with Turkish letters
  folded to ASCII ("multeci" finds "mülteci"), must occur in a text's `search_text` folded the same way (an SQL
  function registered on the connection); newest first.

Any input is accepted: quotes, operators, lone signs, NUL bytes, very long queries (cut to 200 characters).
"""

from __future__ import annotations

import dataclasses
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, F, Func, Prefetch, Q, QuerySet, TextField
from django.utils import translation

from birarada.discourse.normalise import casefold_tr
from birarada.network.access import public_practices
from birarada.network.choices import PRACTICE_LANGUAGES, PracticeStatus
from birarada.network.indexing import FACETS
from birarada.network.models import Practice, PracticeTag, PracticeText

MAX_QUERY_CHARACTERS = 200
MAX_WORDS = 12  # the SQLite fallback looks for at most this many words
MAX_VALUES_PER_FACET = 30
MAX_VALUE_CHARACTERS = 40  # PracticeTag.value's length
ALL_FACETS_SECONDS = 3600
LANGUAGE_ORDER = [code for code, _name in PRACTICE_LANGUAGES]

# The three configurations OR-ed: a query finds Turkish, English and other texts alike. The Turkish and simple
# ones also read the query lower-cased the Turkish way ("KADIN" → "kadın", which PostgreSQL would make "kadin"), and
# the Turkish stems are stemmed once more: the stemmer makes "mülteci" of "mültecilere" but "mülteç" of "mülteci",
# so the second pass lets an inflected word find the plain one (the simple configuration finds the other way).
# Each variant is read first and the distinct ones OR-ed (the planner would take "izmir" six times over for a
# word found everywhere, and scan every text instead of using the index).
QUERY_VARIANTS = """SELECT websearch_to_tsquery('pg_catalog.turkish', %s)::text,
    websearch_to_tsquery('pg_catalog.english', %s)::text, websearch_to_tsquery('pg_catalog.simple', %s)::text,
    websearch_to_tsquery('pg_catalog.turkish', %s)::text,
    to_tsquery('pg_catalog.turkish', websearch_to_tsquery('pg_catalog.turkish', %s)::text)::text,
    websearch_to_tsquery('pg_catalog.simple', %s)::text"""


def _query_variants(query: str) -> list[str]:
    """The distinct non-empty tsqueries (as text) the query gives in the configurations above."""
    lowered = casefold_tr(query)
    with connection.cursor() as cursor:
        cursor.execute(QUERY_VARIANTS, [query, query, query, lowered, lowered, lowered])
        found = cursor.fetchone() or ()
    return list(dict.fromkeys(v for v in found if v))


SQLITE_FOLD = "birarada_search_fold"


@dataclass(frozen=True)
class SearchResult:
    """One page of results. Each item has `hit_text` (the text that matched, or the one to show) and
    `languages` (the codes of the languages it exists in)."""

    items: list[Practice]
    total: int
    page: int
    pages: int
    facets: dict[str, list[tuple[str, int]]]


# ---- cleaning what people typed ---------------------------------------------------------------------------

def clean_query(query: str) -> str:
    """The query without control characters (NUL included) and extra spaces, at most 200 characters; '' when it
    holds no letter or digit (only punctuation searches nothing)."""
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in str(query or ""))
    text = " ".join(text.split())[:MAX_QUERY_CHARACTERS].strip()
    return text if any(ch.isalnum() for ch in text) else ""


def clean_filters(filters: dict[str, list[str]] | None) -> dict[str, list[str]]:
    """Known facets only, each with its distinct non-empty values (country codes upper-case)."""
    cleaned: dict[str, list[str]] = {}
    for facet, values in (filters or {}).items():
        if facet not in FACETS:
            continue
        if isinstance(values, str):
            values = [values]
        kept: list[str] = []
        for value in values or ():
            value = str(value).replace("\x00", "").strip()[:MAX_VALUE_CHARACTERS]
            if facet == "country":
                value = value.upper()
            if value and value not in kept:
                kept.append(value)
        if kept:
            cleaned[facet] = kept[:MAX_VALUES_PER_FACET]
    return cleaned


_TURKISH_TO_ASCII = str.maketrans("çğıöşüâîû", "cgiosuaiu")


def fold(text: str) -> str:
    """Case-folded the Turkish way (I→ı, İ→i), then Turkish and other accented letters as plain ASCII ones:
    "MÜLTECİ", "mülteci" and "multeci" give the same."""
    folded = casefold_tr(text).translate(_TURKISH_TO_ASCII)
    if folded.isascii():
        return folded
    return "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))


def query_words(query: str) -> list[str]:
    """The folded words of a query, each once, for the SQLite fallback."""
    words: list[str] = []
    for word in re.findall(r"\w+", fold(query)):
        if word not in words:
            words.append(word)
    return words[:MAX_WORDS]


# ---- the search -------------------------------------------------------------------------------------------

def search_practices(query: str, filters: dict[str, list[str]], *, page: int = 1, per_page: int = 20
                     ) -> SearchResult:
    """Published practices matching `query` (any words; '' for all) and `filters` ({facet: [values]}), one page of
    them, with the facet counts over all the matching practices. A page past the end gives the last page."""
    per_page = max(1, min(int(per_page), 100))
    query = clean_query(query)
    cleaned = clean_filters(filters)
    base = _filtered(public_practices(), cleaned)
    if not query:
        return _browse(base, page, per_page, everything=not cleaned)
    if connection.vendor == "postgresql":
        return _search_postgresql(base, query, page, per_page)
    return _search_folded(base, query, page, per_page)


def _filtered(practices: QuerySet[Practice], filters: dict[str, list[str]]) -> QuerySet[Practice]:
    for facet, values in filters.items():
        practices = practices.filter(pk__in=PracticeTag.objects.filter(facet=facet, value__in=values)
                                     .values("practice_id"))
    return practices


def page_number(page: object) -> int:
    """A page number from anything: 1 for what is not a positive whole number."""
    try:
        number = int(page)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return 1
    return min(max(number, 1), 10**6)


def _pages(total: int, page: object, per_page: int) -> tuple[int, int]:
    """(the page number within the pages there are, the number of pages)."""
    pages = max(1, math.ceil(total / per_page))
    return min(page_number(page), pages), pages


def facet_counts(practices: QuerySet[Practice]) -> dict[str, list[tuple[str, int]]]:
    """{facet: [(value, count), …]} over `practices`, most frequent first: one GROUP BY."""
    rows = (PracticeTag.objects.filter(practice_id__in=practices.order_by().values("pk")).values_list("facet", "value")
            .annotate(n=Count("id")).order_by())
    return _facets_from_rows(rows)


def _facets_from_rows(rows) -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {facet: [] for facet in FACETS}
    for facet, value, count in rows:
        found.setdefault(facet, []).append((value, count))
    for values in found.values():
        values.sort(key=lambda pair: (-pair[1], pair[0]))
    return found


def _with_texts(practices: QuerySet[Practice]) -> QuerySet[Practice]:
    return practices.prefetch_related(Prefetch("texts", queryset=PracticeText.objects.order_by("pk")))


def shown_text(texts: list[PracticeText]) -> PracticeText | None:
    """The text to show: the page's language when the practice has it, else the first in the usual order."""
    if not texts:
        return None
    language = (translation.get_language() or "tr")[:2]
    return min(texts, key=lambda t: (t.language != language, _language_rank(t.language), t.pk))


def _language_rank(code: str) -> int:
    return LANGUAGE_ORDER.index(code) if code in LANGUAGE_ORDER else len(LANGUAGE_ORDER)


def _decorate(item: Practice, hit: PracticeText | None) -> Practice:
    texts = list(item.texts.all())
    item.hit_text = hit or shown_text(texts)  # type: ignore[attr-defined]
    item.languages = sorted({t.language for t in texts}, key=_language_rank)  # type: ignore[attr-defined]
    return item


def _browse(base: QuerySet[Practice], page: int, per_page: int, *, everything: bool = False) -> SearchResult:
    if connection.vendor == "postgresql":
        return _browse_postgresql(base, page, per_page, everything=everything)
    total = base.count()
    number, pages = _pages(total, page, per_page)
    start = (number - 1) * per_page
    items = [_decorate(p, None) for p in _with_texts(base.order_by("-published_at", "-pk"))[start:start + per_page]]
    return SearchResult(items, total, number, pages, facet_counts(base))


def _browse_postgresql(base: QuerySet[Practice], page: int, per_page: int, *, everything: bool) -> SearchResult:
    """Newest first, without words: like `_search_postgresql`, the filtered practices are found once for the page,
    the total and the facet counts. Without filters (the observatory's first page) the facet counts of every
    published practice come from the cache while no published practice changed."""
    base_sql, base_params = base.order_by().values("pk", "published_at").query.sql_with_params()
    facets_sql = """
        UNION ALL
        (SELECT 2, COUNT(*), NULL, g.facet, g.value FROM network_practicetag g
         WHERE g.practice_id IN (SELECT id FROM found) GROUP BY g.facet, g.value)"""
    key = _all_facets_key() if everything else None
    cached = cache.get(key) if key else None
    sql = f"""
        WITH found (id, published_at) AS MATERIALIZED ({base_sql})
        (SELECT 0, id, NULL::bigint, '', '' FROM found ORDER BY published_at DESC NULLS LAST, id DESC
         LIMIT %s OFFSET %s)
        UNION ALL
        SELECT 1, COUNT(*), NULL, '', '' FROM found {facets_sql if cached is None else ""}"""
    result = _run_combined(sql, base_params, page, per_page)
    if cached is not None:
        return dataclasses.replace(result, facets=cached)
    if key:
        cache.set(key, result.facets, ALL_FACETS_SECONDS)
    return result


def _all_facets_key() -> str:
    """A cache key that changes whenever a published practice is added, changed (its `updated_at`), published or
    unpublished."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*), MAX(updated_at), MAX(published_at) FROM network_practice WHERE status = %s",
                       [PracticeStatus.PUBLISHED.value])
        count, changed, published = cursor.fetchone()
    database = connection.settings_dict.get("NAME", "")
    return f"network:observatory-facets:{database}:{count}:{changed and changed.timestamp()}:" \
           f"{published and published.timestamp()}"


def _run_combined(sql: str, params: Sequence[Any], page: int, per_page: int) -> SearchResult:
    """Run one of the combined statements above: rows (0, practice, text) of the page in order, (1, total) and
    (2, count, -, facet, value)."""

    def run(number: int) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, per_page, (number - 1) * per_page])
            return list(cursor.fetchall())

    number = page_number(page)
    rows = run(number)
    total = next(r[1] for r in rows if r[0] == 1)
    if number > 1 and not any(r[0] == 0 for r in rows) and total:  # past the end: the last page
        number = _pages(total, number, per_page)[0]
        rows = run(number)
    number, pages = _pages(total, number, per_page)
    hits = [(r[1], r[2]) for r in rows if r[0] == 0]
    found = _with_texts(Practice.objects.filter(pk__in=[practice_id for practice_id, _text in hits])).in_bulk()
    items = []
    for practice_id, text_id in hits:
        item = found.get(practice_id)
        if item is not None:
            hit = next((t for t in item.texts.all() if t.pk == text_id), None) if text_id else None
            items.append(_decorate(item, hit))
    facets = _facets_from_rows((r[3], r[4], r[1]) for r in rows if r[0] == 2)
    return SearchResult(items, total, number, pages, facets)


def _search_postgresql(base: QuerySet[Practice], query: str, page: int, per_page: int) -> SearchResult:
    params = _query_variants(query)
    if not params:  # only stop words: nothing to look for
        return SearchResult([], 0, 1, 1, _facets_from_rows([]))
    tsquery = "(" + " || ".join(["%s::tsquery"] * len(params)) + ")"
    # The best of the variants' ranks, not the rank of their union: a text would otherwise gain by holding two
    # stems of one word ("mülteci" and "mültecilere") over a text that says "mülteci" five times.
    rank = "GREATEST(" + ", ".join(["ts_rank(m.rank_vector, %s::tsquery)"] * len(params)) + ")"
    base_sql, base_params = base.order_by().values("pk").query.sql_with_params()
    # One statement: the texts matching the words (from the GIN index alone, before any filter, so no text's large
    # vector is read), the matching practices among the filtered ones once each with their best text and its rank,
    # then the page in rank order (kind 0), the total (kind 1) and the facet counts (kind 2). The rank reads the
    # small title + summary vector (migration 0003). The facet counts join the tags to the hits (one per practice).
    sql = f"""
        WITH matching AS MATERIALIZED (
            SELECT t.id, t.practice_id, t.rank_vector FROM network_practicetext t WHERE t.search_vector @@ {tsquery}
        ), hits AS MATERIALIZED (
            SELECT DISTINCT ON (m.practice_id) m.practice_id, m.id AS text_id, {rank} AS rank
            FROM matching m
            WHERE m.practice_id IN ({base_sql})
            ORDER BY m.practice_id, rank DESC, m.id
        )
        (SELECT 0, practice_id, text_id, '', '' FROM hits ORDER BY rank DESC, practice_id DESC
         LIMIT %s OFFSET %s)
        UNION ALL
        SELECT 1, COUNT(*), NULL, '', '' FROM hits
        UNION ALL
        (SELECT 2, COUNT(*), NULL, g.facet, g.value FROM network_practicetag g
         JOIN hits h ON h.practice_id = g.practice_id GROUP BY g.facet, g.value)"""
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        # PostgreSQL's cost model does not count reading each text's large vector back from TOAST storage, so for
        # a frequent word it scans every text (reading every vector) where the GIN index answers without reading
        # them: several times slower for a word in a third of the texts. Only this statement is told to use the
        # index; the setting is put back at once (the request may go on in the same transaction).
        cursor.execute("SET LOCAL enable_seqscan = off")
        try:
            return _run_combined(sql, [*params, *params, *base_params], page, per_page)
        finally:
            cursor.execute("SET LOCAL enable_seqscan = on")


def _register_sqlite_fold() -> None:
    """The fold above as an SQL function of this SQLite connection (registering again is harmless)."""
    connection.ensure_connection()
    raw = connection.connection
    if raw is not None:
        raw.create_function(SQLITE_FOLD, 1, _sql_fold, deterministic=True)


def _sql_fold(value: object) -> str:
    try:
        return fold(value) if isinstance(value, str) else ""
    except Exception:  # an exception inside SQLite would become an OperationalError for the whole query
        return ""


def _search_folded(base: QuerySet[Practice], query: str, page: int, per_page: int) -> SearchResult:
    words = query_words(query)
    if not words:
        return _browse(base, page, per_page)
    _register_sqlite_fold()
    texts = PracticeText.objects.filter(practice__in=base).annotate(
        folded=Func(F("search_text"), function=SQLITE_FOLD, output_field=TextField()))
    for word in words:
        texts = texts.filter(folded__contains=word)
    matching = base.filter(pk__in=texts.values("practice_id"))
    total = matching.count()
    number, pages = _pages(total, page, per_page)
    start = (number - 1) * per_page
    items = []
    for item in _with_texts(matching.order_by("-published_at", "-pk"))[start:start + per_page]:
        hits = [t for t in item.texts.all() if all(word in fold(t.search_text) for word in words)]
        items.append(_decorate(item, shown_text(hits)))
    return SearchResult(items, total, number, pages, facet_counts(matching))


def related_practices(practice: Practice, *, limit: int = 4) -> list[Practice]:
    """Other published practices sharing the most themes and grounds with `practice` (newest first among
    equals), each with `hit_text` and `languages`."""
    shared = Q(facet="theme", value__in=list(practice.themes)) | Q(facet="ground", value__in=list(practice.grounds))
    rows = list(PracticeTag.objects.filter(shared, practice__status=PracticeStatus.PUBLISHED)
                .exclude(practice_id=practice.pk).values("practice_id").annotate(n=Count("id"))
                .order_by("-n", "-practice_id")[:limit])
    found = _with_texts(Practice.objects.filter(pk__in=[r["practice_id"] for r in rows])).in_bulk()
    return [_decorate(found[r["practice_id"]], None) for r in rows if r["practice_id"] in found]
